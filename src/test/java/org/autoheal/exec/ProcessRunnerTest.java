package org.autoheal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag(Tags.PROCESS)
class ProcessRunnerTest {

    private final ProcessRunner runner = new ProcessRunner();

    @TempDir
    Path dir;

    private RunResult python(String code, String... args) {
        List<String> argv = new ArrayList<>(List.of("python3", "-c", code));
        argv.addAll(List.of(args));
        return runner.run(RunSpec.of(dir, argv));
    }

    @Test
    void whenProgramExits_thenExitCodeIsReported() {
        RunResult failed = python("import sys; sys.exit(3)");
        RunResult passed = python("print('fine')");

        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(failed.ok()).isFalse();
        assertThat(failed.startError()).isNull();
        assertThat(passed.exitCode()).isZero();
        assertThat(passed.ok()).isTrue();
        assertThat(passed.stdout()).isEqualTo("fine\n");
    }

    @Test
    void whenEnvIsGiven_thenItIsAddedToTheInheritedEnvironment() {
        RunSpec spec = RunSpec.of(dir, "python3", "-c",
                        "import os; print(os.environ['AUTOHEAL_X'], 'PATH' in os.environ)")
                .withEnv(Map.of("AUTOHEAL_X", "hello world"));

        assertThat(runner.run(spec).stdout()).isEqualTo("hello world True\n");
    }

    @Test
    void whenWorkdirIsGiven_thenProcessStartsThere() throws IOException {
        RunResult result = python("import os; print(os.getcwd())");

        assertThat(result.stdout().strip()).isEqualTo(dir.toRealPath().toString());
        assertThat(result.workdir()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void whenBothStreamsWrite_thenEachIsCapturedAndCombinedHasBoth() {
        RunResult result = python("import sys; print('to out', flush=True); print('to err', file=sys.stderr)");

        assertThat(result.stdout()).isEqualTo("to out\n");
        assertThat(result.stderr()).isEqualTo("to err\n");
        assertThat(result.combined()).contains("to out\n").contains("to err\n");
    }

    @Test
    void whenOutputIsHuge_thenHeadAndTailAreKeptWithOmittedCount() {
        RunSpec spec = RunSpec.of(dir, "python3", "-c",
                        "import sys; sys.stdout.write('H' * 100 + 'x' * 3000000 + 'T' * 100)")
                .withMaxOutputBytes(4096);

        RunResult result = runner.run(spec);

        long omitted = 3_000_200 - 4096;
        assertThat(result.stdout()).startsWith("H".repeat(100) + "x")
                .endsWith("x" + "T".repeat(100))
                .contains("\n… " + omitted + " bytes omitted …\n")
                .hasSizeLessThan(4096 + 100);
        assertThat(result.combined()).contains("… " + omitted + " bytes omitted …");
        assertThat(result.ok()).isTrue();
    }

    @Test
    void whenArgumentsLookLikeShell_thenTheyArePassedLiterally() throws IOException {
        List<String> hostile = List.of("a b", "it's", "\"quoted\"", ";", "$(touch pwned)", "${HOME}", "`id`",
                "", "*", "x\ny", "--", "\\n", "&& rm -rf x");

        RunResult result = python("import sys, json; print(json.dumps(sys.argv[1:]))", hostile.toArray(String[]::new));

        List<String> received = new ObjectMapper().readValue(result.stdout(), new TypeReference<List<String>>() { });
        assertThat(received).isEqualTo(hostile);
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void whenProgramPathHasSpacesAndQuotes_thenItRunsAsIs() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("my \"odd\" dir"));
        Path script = Files.writeString(folder.resolve("run it.sh"), "#!/bin/sh\necho \"ran: $1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

        RunResult result = runner.run(RunSpec.of(folder, script.toString(), "x y"));

        assertThat(result.stdout()).isEqualTo("ran: x y\n");
        assertThat(result.workdir()).isEqualTo(folder.toAbsolutePath());
    }

    @Test
    void whenScriptIsNotExecutable_thenStartErrorIsAFactNotAnException() throws IOException {
        Path script = dir.resolve("run.sh");
        Files.writeString(script, "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));

        RunResult result = runner.run(RunSpec.of(dir, "./run.sh"));

        assertThat(result.exitCode()).isNull();
        assertThat(result.ok()).isFalse();
        assertThat(result.startError()).contains("Cannot run program \"./run.sh\"").contains("error=13, Permission denied");
        assertThat(result.describe()).contains("[./run.sh]").contains(dir.toString()).contains("could not start");
    }

    @Test
    void whenProgramIsMissing_thenStartErrorSaysSo() {
        RunResult result = runner.run(RunSpec.of(dir, "autoheal-no-such-program"));

        assertThat(result.exitCode()).isNull();
        assertThat(result.startError()).contains("autoheal-no-such-program").contains("error=2");
    }

    @Test
    void whenWorkdirIsMissing_thenStartErrorNamesIt() {
        Path missing = dir.resolve("gone");

        RunResult result = runner.run(RunSpec.of(missing, "python3", "-c", "pass"));

        assertThat(result.exitCode()).isNull();
        assertThat(result.startError()).contains(missing.toString());
    }

    @Test
    void describe_namesCommandFolderExitValueAndOutputEnds() {
        RunResult result = python("import sys; print('first line'); print('y' * 20000); print('last line'); sys.exit(7)");

        assertThat(result.describe())
                .contains("[python3 -c 'import sys;")
                .contains("in folder " + dir.toAbsolutePath())
                .contains("exited with 7")
                .contains("first line")
                .contains("last line")
                .contains("characters not shown")
                .hasSizeLessThan(4000);
    }
}
