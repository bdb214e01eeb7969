package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;

/** The npm/pnpm script header above a shell's "not found" (texts as npm 10 and pnpm print them). */
class NpmScriptHeaderTest {
    private static ToolchainError parse(String text) {
        return ErrorParsers.parse(new ErrorInput("t", List.of("npm", "run", "build"), 127, text));
    }

    @Test
    void aProgramOfTheScriptsCommand_namesTheScript() {
        ToolchainError e = parse("\n> webapp@1.2.0 build\n> rimraf dist && tsc -p .\n\nsh: 1: rimraf: not found\n");
        assertThat(e.detail("program")).isEqualTo("rimraf");
        assertThat(e.detail("npm_script")).isEqualTo("build");
    }

    @Test
    void pnpmsHeaderWithItsFolder_andAScopedPackage() {
        ToolchainError e = parse("\n> @acme/site@0.3.1 test:unit /home/u/site\n> echo start; vitest run\n\nstart\nsh: 1: vitest: not found\n");
        assertThat(e.detail("npm_script")).isEqualTo("test:unit");
    }

    @Test
    void aProgramTheScriptDoesNotRun_isNotTheScripts() {
        ToolchainError e = parse("\n> webapp@1.2.0 build\n> ./scripts/build.sh\n\n./scripts/build.sh: 3: esbuild: not found\n");
        assertThat(e.detail("program")).isEqualTo("esbuild");
        assertThat(e.detail("npm_script")).isNull();
    }

    @Test
    void quotedLinesWithoutAPackageHeader_areNoScript() {
        ToolchainError e = parse("> note: run the linter first\n> eslint src\nsh: 1: eslint: not found\n");
        assertThat(e.detail("npm_script")).isNull();
    }

    @Test
    void withoutAHeader_thereIsNoScript() {
        assertThat(parse("sh: 1: rimraf: not found\n").detail("npm_script")).isNull();
    }
}
