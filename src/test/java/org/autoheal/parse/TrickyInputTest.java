package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;

/** Hostile and degenerate inputs: the parser always returns a bounded fact and invents nothing. */
class TrickyInputTest {
    private static final String TAIL = """
            Traceback (most recent call last):
              File "/app/tools/run.py", line 3, in <module>
                import yaml
            ModuleNotFoundError: No module named 'yaml'
            """;

    private static ToolchainError parse(String text) {
        ToolchainError e = ErrorParsers.parse(new ErrorInput("t", List.of("python3", "tools/run.py"), 1, text));
        Bounds.assertBounded(e);
        return e;
    }

    @Test
    void emptyAndWhitespaceOnly_giveAFactWithoutDetails() {
        for (String text : new String[] {"", "   \n\t\n  ", "\n\n\n"}) {
            ToolchainError e = parse(text);
            assertThat(e.getType()).isNull();
            assertThat(e.getMessage()).isEmpty();
            assertThat(e.getLanguage()).isEqualTo("unknown");
            assertThat(e.getExitCode()).isEqualTo(1);
            assertThat(e.getMentionedFiles()).containsExactly("tools/run.py");
        }
        ToolchainError none = ErrorParsers.parse(null);
        assertThat(none).isNotNull();
        assertThat(none.getRaw()).isEmpty();
    }

    @Test
    void unknownText_givesTheLastNonBlankLineAsMessage() {
        ToolchainError e = parse("working...\nsomething odd happened here\n\n   \n");
        assertThat(e.getMessage()).isEqualTo("something odd happened here");
        assertThat(e.getType()).isNull();
    }

    @Test
    void binaryWithNulsAndInvalidUtf8_isCleanedAndStillParsed() {
        byte[] junk = new byte[5000];
        new Random(42).nextBytes(junk);
        byte[] tail = TAIL.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[junk.length + 1 + tail.length];
        System.arraycopy(junk, 0, all, 0, junk.length);
        all[junk.length] = '\n';
        System.arraycopy(tail, 0, all, junk.length + 1, tail.length);
        String text = ErrorText.decode(all, ErrorText.DEFAULT_MAX_BYTES);
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r').count()).isZero();
        ToolchainError e = parse(text);
        assertThat(e.getModule()).isEqualTo("yaml");
        ToolchainError raw = parse(new String(junk, StandardCharsets.ISO_8859_1));   // not cleaned by the caller
        assertThat(raw.getRaw()).doesNotContain("\u0000");
    }

    @Test
    void tenMegabytes_areBoundedToTheLast64KiBAndTheTracebackIsFound() {
        String big = "progress line that goes on and on\n".repeat(300_000) + TAIL;
        assertThat(big.length()).isGreaterThan(10_000_000);
        ToolchainError e = parse(big);
        assertThat(e.getRaw()).hasSize(ErrorText.DEFAULT_MAX_BYTES).endsWith(TAIL);
        assertThat(e.getModule()).isEqualTo("yaml");
        String read = ErrorText.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), ErrorText.DEFAULT_MAX_BYTES);
        assertThat(parse(read).getModule()).isEqualTo("yaml");
    }

    @Test
    void truncatedTraceback_headerOnly_isPythonWithoutType() {
        ToolchainError e = parse("Traceback (most recent call last):\n");
        assertThat(e.getLanguage()).isEqualTo("python");
        assertThat(e.getType()).isNull();
        assertThat(e.getMessage()).isEqualTo("Traceback (most recent call last):");
        ToolchainError cut = parse("Traceback (most recent call last):\n  File \"/app/x.py\", line 4, in main\n    op");
        assertThat(cut.getType()).isNull();
        assertThat(cut.getFile()).isEqualTo("/app/x.py");
        assertThat(cut.getLine()).isEqualTo(4);
    }

    @Test
    void aMillionShortLines() {
        ToolchainError e = parse("x\n".repeat(1_000_000) + TAIL);
        assertThat(e.getModule()).isEqualTo("yaml");
        assertThat(parse("y\n".repeat(1_000_000)).getMessage()).isEqualTo("y");
    }

    @Test
    void oneLineOf100000Characters() {
        String line = "ValueError: " + "z".repeat(100_000);
        ToolchainError e = parse(line);
        assertThat(e.getMessage()).hasSize(Caps.MAX_FIELD);
        assertThat(e.getType()).as("only the last 64 KiB are read: the head of this line is gone").isNull();
        String longMessage = "ValueError: " + "z".repeat(60_000);
        ToolchainError tb = parse("Traceback (most recent call last):\n  File \"/a.py\", line 1, in <module>\n" + longMessage + "\n");
        assertThat(tb.getType()).as("the head of an overlong line is kept").isEqualTo("ValueError");
        assertThat(tb.getMessage()).hasSize(Caps.MAX_FIELD);
    }

    @Test
    void nestedChainsKeepOnlyTheLastChainAndAreBounded() {
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n  File \"/old.py\", line 1, in <module>\n"
                + "KeyError: 'unrelated earlier crash'\nnoise\n");
        for (int i = 0; i < 200; i++) {
            sb.append("Traceback (most recent call last):\n  File \"/app/m.py\", line ").append(i + 1)
                    .append(", in f\n    g()\nE").append(i).append("Error: level ").append(i)
                    .append(" No module named 'm").append(i).append("'\n\n")
                    .append(i % 2 == 0 ? PythonTraceback.DURING : PythonTraceback.CAUSE).append("\n\n");
        }
        sb.append("Traceback (most recent call last):\n  File \"/app/m.py\", line 999, in f\nFinalError: top\n");
        ToolchainError e = parse(sb.toString());
        assertThat(e.getType()).isEqualTo("FinalError");
        assertThat(e.getLine()).isEqualTo(999);
        assertThat(e.getTypes()).hasSize(Caps.MAX_LIST - 1).doesNotContain("KeyError");
        assertThat(e.getChain()).hasSize(Caps.MAX_LIST).first().isEqualTo("E0Error: level 0 No module named 'm0'");
        assertThat(e.getModule()).isEqualTo("m199");
        assertThat(e.getOtherModules()).hasSize(Caps.MAX_LIST).startsWith("m198");
    }

    @Test
    void hostileRepetitionsStayLinearAndInventNothing() {
        String[] hostile = {"(".repeat(65536), "'a' ".repeat(16000), "1.1.1.1:".repeat(8000), "ws://".repeat(13000),
            "  File \"x\", line 1\n".repeat(3000), "    at (".repeat(8000), "bash: line 1: ".repeat(5000),
            "Error: x\n    at y (z:1:2)\n".repeat(3000), "Caused by: a.B: c\n\tat a.B.c(B.java:1)\n".repeat(2000),
            "line 1 column 2 (char ".repeat(3000), "No module named ".repeat(4000), "[Errno ".repeat(9000)};
        for (String h : hostile) {
            ToolchainError e = parse(h);
            assertThat(e.getModule()).as(h.substring(0, 12)).isNull();
            assertThat(e.getPath()).as(h.substring(0, 12)).isNull();
        }
    }
}
