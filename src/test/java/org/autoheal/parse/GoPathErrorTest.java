package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;

/** Go's {@code op path: strerror} (docker, kubectl, terraform print it alone, after "Error: ", or inside a sentence). */
class GoPathErrorTest {
    private static ToolchainError parse(String text) {
        return ErrorParsers.parse(new ErrorInput("t", List.of("tool"), 1, text));
    }

    @Test
    void alone_givesTheErrnoAndTheCallsPath() {
        ToolchainError e = parse("open images/app.tar: no such file or directory\n");
        assertThat(e.getErrno()).isEqualTo(2);
        assertThat(e.getPath()).isEqualTo("images/app.tar");
    }

    @Test
    void afterCobrasErrorPrefix_thePathAndErrnoAreRead() {
        ToolchainError e = parse("Error: open config/app.yml: no such file or directory\n");
        assertThat(e.getErrno()).isEqualTo(2);
        assertThat(e.getPath()).isEqualTo("config/app.yml");
    }

    @Test
    void aFolderWithoutSlashOrExtension_isTheCallsOperand() {
        ToolchainError e = parse("Error handling -chdir option: chdir infra: no such file or directory\n");
        assertThat(e.getPath()).isEqualTo("infra");
        assertThat(parse("Error: mkdir /var/lib/app: permission denied\n").getErrno()).isEqualTo(13);
    }

    @Test
    void anOrdinaryTwoWordSubject_isNoCall() {
        ToolchainError e = parse("loading plugins: no such file or directory\n");
        assertThat(e.getPath()).isNull();
    }
}
