package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import org.autoheal.facts.ToolchainError;
import org.autoheal.testing.Tags;

/**
 * Every parser ErrorParsers dispatches to, fuzzed with 10 000 inputs each: real outputs of its
 * language (the shared corpus plus canonical samples) mutated by byte flips, truncation, removed,
 * duplicated and swapped lines, huge lines, pieces of other formats and plain noise. The parser
 * itself must not throw, and the whole parse must give a fact within every limit. Seeds are
 * random per run; jqwik prints the seed of a failure to replay it.
 */
@Tag(Tags.SLOW)
class ParsersFuzzTest {
    private static final int TRIES = 10_000;
    private static final Map<String, LanguageParser> PARSERS = Map.of("python", new PythonParser(), "java", new JavaParser(),
            "node", new NodeParser(), "shell", new ShellParser(), "curl", new CurlParser());

    private static final List<String> PYTHON = seeds("python3", """
            Traceback (most recent call last):
              File "/p/tools/app.py", line 3, in <module>
                import yaml
            ModuleNotFoundError: No module named 'yaml'
            """, """
              File "/p/tools/greet.py", line 1
                def greet(name)
                               ^
            SyntaxError: expected ':'
            """, "python3: can't open file '/p/x.py': [Errno 2] No such file or directory\n");
    private static final List<String> JAVA = seeds("java", """
            Exception in thread "main" java.io.IOException: Cannot run program "./run.sh": error=13, Permission denied
            \tat java.base/java.lang.ProcessBuilder.start(ProcessBuilder.java:1143)
            Caused by: java.io.IOException: error=13, Permission denied
            \t... 3 more
            """);
    private static final List<String> NODE = seeds("node", """
            node:internal/modules/cjs/loader:1080
              throw err;
              ^

            Error: Cannot find module 'express'
            Require stack:
            - /p/app.js
                at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15) {
              code: 'MODULE_NOT_FOUND',
              requireStack: [ '/p/app.js' ]
            }

            Node.js v20.1.0
            """);
    private static final List<String> SHELL = seeds("bash", "bash: line 1: ./tools/run.sh: Permission denied\n",
            "sh: 1: deploy: not found\n", "./run.sh: line 3: config/x.env: No such file or directory\n", "zsh: command not found: jq\n");
    private static final List<String> CURL = seeds("curl", "curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Connection refused\n",
            "curl: (22) The requested URL returned error: 503\n", "curl: (6) Could not resolve host: api.example\n");

    private static List<String> seeds(String tool, String... samples) {
        List<String> out = new ArrayList<>(Arrays.asList(samples));
        Corpus.cases().stream().filter(c -> c.tool().equals(tool)).map(Corpus.Case::text).forEach(out::add);
        return List.copyOf(out);
    }

    /**
     * ErrorParsers runs every parser on the text; one that throws leaves a parse_error detail, which
     * {@link Bounds#assertBounded} rejects. Short inputs also go to the named parser alone, so
     * an exception shows with its own stack trace.
     */
    private static void check(String parser, String text) {
        ErrorInput in = new ErrorInput("fuzz", List.of("tool", "a b", "ws://127.0.0.1:1/x"), 1, text);
        if (text.length() < 2_000) PARSERS.get(parser).parse(Lines.of(ErrorText.bound(text, ErrorText.DEFAULT_MAX_BYTES)), in);
        ToolchainError e = ErrorParsers.parse(in);
        Bounds.assertBounded(e);
        assertThat(e.getRaw().length()).isLessThanOrEqualTo(Math.min(text.length(), ErrorText.DEFAULT_MAX_BYTES));
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void pythonParser(@ForAll("python") String text) {
        check("python", text);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void javaParser(@ForAll("java") String text) {
        check("java", text);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void nodeParser(@ForAll("node") String text) {
        check("node", text);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void shellParser(@ForAll("shell") String text) {
        check("shell", text);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void curlParser(@ForAll("curl") String text) {
        check("curl", text);
    }

    /** Any text and any limit: the raw text kept never exceeds the limit asked for. */
    @Property(tries = 2000, shrinking = ShrinkingMode.BOUNDED)
    void anyLimitIsRespected(@ForAll("python") String text, @ForAll("limits") int limit) {
        ToolchainError e = ErrorParsers.parse(ErrorInput.of("fuzz", text), limit);
        assertThat(e.getRaw().length()).isLessThanOrEqualTo(limit);
        assertThat(e.getMessage().length()).isLessThanOrEqualTo(Caps.MAX_FIELD);
    }

    /** Regression: noise lines above a bare error line used to swallow it (found by the hostile suite). */
    @Example
    void bareErrorLineAfterLongNoise_isStillParsed() {
        String text = ("x".repeat(1023) + "\n").repeat(60) + "PermissionError: [Errno 13] Permission denied: '/p/run.sh'\n";
        ToolchainError e = ErrorParsers.parse(ErrorInput.of("t", text));
        assertThat(e.getType()).isEqualTo("PermissionError");
        assertThat(e.getPath()).isEqualTo("/p/run.sh");
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.integers().between(0, 70_000);
    }

    @Provide
    Arbitrary<String> python() {
        return mutated(PYTHON);
    }

    @Provide
    Arbitrary<String> java() {
        return mutated(JAVA);
    }

    @Provide
    Arbitrary<String> node() {
        return mutated(NODE);
    }

    @Provide
    Arbitrary<String> shell() {
        return mutated(SHELL);
    }

    @Provide
    Arbitrary<String> curl() {
        return mutated(CURL);
    }

    /** A seed (sometimes two, concatenated) put through 1 to 8 random mutations. */
    private static Arbitrary<String> mutated(List<String> seeds) {
        return Arbitraries.randomValue(random -> {
            String text = seeds.get(random.nextInt(seeds.size()));
            if (random.nextInt(5) == 0) text += pick(random, PYTHON, JAVA, NODE, SHELL, CURL);
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) text = Mutations.cap(Mutations.apply(random, text));
            return text;
        });
    }

    @SafeVarargs
    private static String pick(Random random, List<String>... all) {
        List<String> list = all[random.nextInt(all.length)];
        return list.get(random.nextInt(list.size()));
    }

    /** The mutations of real output that fuzzing applies. */
    static final class Mutations {
        private static final String[] PIECES = {"Traceback (most recent call last):\n", "  File \"", "\", line ", ", in <module>\n",
            "\tat a.b.C.m(C.java:3)\n", "Caused by: ", "    at ", " {\n", "  code: 'EACCES',\n", "}\n", "[cause]: ", "bash: ",
            ": Permission denied", ": No such file or directory", "curl: (", ") ", " port ", "ws://", "http://[::1", ":99999",
            "'", "\"", "(", ")", "^", "\u0000", "\u001b[31m", "\r", "\uFFFD", "😀", "\u202E", "99999999999999999999", "-1",
            "ModuleNotFoundError: No module named '", "Error: Cannot find module '", "error=13, ", "Errno "};

        /** Inputs stay above the parse limit (64 KiB) but small enough to keep 10 000 tries fast. */
        static final int MAX_TEXT = 70_000;

        private Mutations() {
        }

        static String cap(String text) {
            return text.length() <= MAX_TEXT ? text : text.substring(text.length() - MAX_TEXT);
        }

        static String apply(Random r, String text) {
            return switch (r.nextInt(9)) {
                case 0 -> flipBytes(r, text);
                case 1 -> text.substring(0, r.nextInt(text.length() + 1));                 // truncate
                case 2 -> text.substring(r.nextInt(text.length() + 1));                    // lose the head
                case 3 -> editLines(r, text, true);                                        // remove a line
                case 4 -> editLines(r, text, false);                                       // duplicate lines
                case 5 -> insert(r, text, longLine(r, r.nextInt(6) == 0 ? MAX_TEXT : 5_000));
                case 6 -> insert(r, text, PIECES[r.nextInt(PIECES.length)]);
                case 7 -> insert(r, text, noise(r));
                default -> swapLines(r, text);
            };
        }

        /** Flips random bits of the UTF-8 bytes and decodes them back the way error output is read. */
        static String flipBytes(Random r, String text) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            if (b.length == 0) return text;
            for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            return r.nextBoolean() ? ErrorText.decode(b, b.length) : new String(b, StandardCharsets.UTF_8);
        }

        static String editLines(Random r, String text, boolean remove) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int i = r.nextInt(lines.size());
            if (remove) {
                lines.remove(i);
            } else {
                int end = Math.min(lines.size(), i + 1 + r.nextInt(4));
                List<String> block = List.copyOf(lines.subList(i, end));
                int size = 1 + block.stream().mapToInt(String::length).sum();
                // sometimes thousands of copies (a recursion traceback), never past the text cap
                int times = Math.min(r.nextInt(8) == 0 ? 500 + r.nextInt(3000) : 1 + r.nextInt(3), 1 + MAX_TEXT / size);
                for (int t = 0; t < times; t++) lines.addAll(end, block);
            }
            return String.join("\n", lines);
        }

        static String swapLines(Random r, String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
            return String.join("\n", lines);
        }

        /** A line of up to {@code max} characters: past the per-line limit (4096) and, when huge, past the parse limit. */
        static String longLine(Random r, int max) {
            String unit = PIECES[r.nextInt(PIECES.length)] + "x";
            return unit.repeat(1 + r.nextInt(max) / unit.length()) + (r.nextBoolean() ? "\n" : "");
        }

        static String noise(Random r) {
            StringBuilder s = new StringBuilder();
            for (int i = 0, n = r.nextInt(60); i < n; i++) s.append((char) (r.nextBoolean() ? r.nextInt(128) : r.nextInt(0xFFFF)));
            return s.toString();
        }

        static String insert(Random r, String text, String piece) {
            int at = r.nextInt(text.length() + 1);
            if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) at--;
            return text.substring(0, at) + piece + text.substring(at);
        }
    }
}
