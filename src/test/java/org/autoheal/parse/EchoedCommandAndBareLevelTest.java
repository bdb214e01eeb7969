package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;

/**
 * Two readings of shell output (fresh4 kinds): a decoder error right after the command that read the file (bash -x's
 * {@code + cmd file}, make's echo) belongs to that file, not to the first JSON file the output named; and a bare level
 * word below error level ({@code WARN db: ...}) starts a log line, while {@code ERROR: ...} stays a tool's own message.
 */
class EchoedCommandAndBareLevelTest {
    private static ToolchainError parse(String text, String... argv) {
        ToolchainError e = ErrorParsers.parse(new ErrorInput("bash", List.of(argv), 1, text));
        Bounds.assertBounded(e);
        return e;
    }

    @Test
    void decoderErrorAfterATracedCommand_isThatCommandsJsonFile() {
        String text = """
                + for f in conf/*.json
                + jq empty conf/a.json
                + for f in conf/*.json
                + jq empty conf/b.json
                parse error: Expected value before ',' at line 1, column 9
                """;
        ToolchainError e = parse(text, "bash", "-x", "scripts/check.sh");
        assertThat(e.getJsonFile()).isEqualTo("conf/b.json");
        assertThat(e.detail("json_line")).isEqualTo("1");
    }

    @Test
    void decoderErrorThatNamesItsFile_keepsIt() {
        String text = """
                + python3 tools/load.py conf/b.json
                conf/a.json: Expecting ',' delimiter: line 3 column 5 (char 20)
                """;
        assertThat(parse(text, "bash", "-x", "run.sh").getJsonFile()).isEqualTo("conf/a.json");
    }

    @Test
    void bareWarnAndInfoWords_areLogLines_bareErrorIsNot() {
        assertThat(LogLine.of("WARN db: Connection refused, retrying in 1s")).isNotNull()
                .satisfies(l -> assertThat(l.level()).isEqualTo("warning"));
        assertThat(LogLine.of("INFO ready")).isNotNull();
        assertThat(LogLine.of("ERROR: relation \"users\" does not exist")).isNull();
        assertThat(LogLine.of("WARNING: 3 files changed")).isNull();
        ToolchainError e = parse("INFO job: started\nWARN cache: cannot open cache/index.json: No such file or directory, rebuilding\n"
                + "check failed: 1 warnings\n", "bash", "check.sh");
        assertThat(e.getEvidence()).filteredOn(s -> "log".equals(s.getOrigin())).extracting(ToolchainError::getLevel).containsOnly("warning");
    }
}
