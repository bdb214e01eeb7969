package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.autoheal.facts.ToolchainError;
import org.autoheal.testing.Tags;

/** Whatever the text and the argv, parsing never throws and every field stays within its cap. */
@Tag(Tags.SLOW)
class ParserFuzzTest {
    private static final List<String> CORPUS = Corpus.cases().stream().map(Corpus.Case::text).toList();
    /** Pieces of every format the parsers know, so random texts reach deep into their branches. */
    private static final List<String> FRAGMENTS = List.of("\n", "\n", " ", "  ", "    ", "\t", "'", "\"", ":", ": ",
            "(", ")", "[", "]", "{", "}\n", ",", "^", "~~~^^^", "Traceback (most recent call last):\n", "  File \"",
            "\", line ", "12", "0", "99999999999", "-13", ", in <module>\n", "/usr/lib/python3.11/x.py", "<frozen runpy>",
            "ValueError: ", "json.decoder.JSONDecodeError: ", "SyntaxError: ", "ModuleNotFoundError: No module named '",
            "No module named ", "cannot import name '", "' from '", "[Errno 13] Permission denied: '", "[Errno ",
            PythonTraceback.DURING, PythonTraceback.CAUSE, "[Previous line repeated 5 more times]",
            "Exception in thread \"main\" ", "java.io.IOException: ", "Caused by: ", "\tat a.b.C.m(C.java:3)\n",
            "Cannot run program \"", "error=13, ", "Error [ERR_MODULE_NOT_FOUND]: Cannot find package '", "<ref *1> ",
            "Error: connect ECONNREFUSED ", "    at ", "(node:net:1:2)", " {\n", "  errno: -111,\n", "  code: 'EACCES',\n",
            "  path: './x.sh',\n", "  [cause]: Error: ", "Node.js v20\n", "node:events:1\n", "bash: line 1: ", "sh: 1: ",
            "zsh: ", "./run.sh: line 3: ", "Permission denied", "No such file or directory", "not found", "12345 ",
            "Segmentation fault", "curl: (7) Failed to connect to ", " port ", "127.0.0.1", "127.0.0.1:8080", "localhost:",
            "('127.0.0.1', 58559)", "host='h', port=", "ws://", "wss://h:99999/x", "http://[::1]:80/", "HTTP 503",
            "status code 503", "line 3 column 4 (char 5)", " in JSON at position ", "config/settings.json", "a.json",
            "python3: ", "can't open file '", "Sorry: ", "\u0000", "\u001B[31m", "\uFFFD", "😀", "\u202E", "\r\n", "\r");

    private static void check(ErrorInput in) {
        ToolchainError e = ErrorParsers.parse(in);
        Bounds.assertBounded(e);
        assertThat(e.getRaw().length()).isLessThanOrEqualTo(Math.max(0, in.text().length()));
    }

    @Property(tries = 2000)
    void randomStringsNeverThrow(@ForAll @StringLength(max = 3000) String text,
                                 @ForAll @Size(max = 6) List<@StringLength(max = 40) String> argv) {
        check(new ErrorInput("fuzz", argv, 1, text));
    }

    @Property(tries = 2000)
    void fragmentsOfKnownFormatsNeverThrow(@ForAll("fragmentTexts") String text) {
        check(new ErrorInput("fuzz", List.of("python3", "tools/a.py", "ws://127.0.0.1:1/x"), 2, text));
    }

    @Property(tries = 2000)
    void mutatedCorpusTextsNeverThrow(@ForAll("mutatedCorpus") String text) {
        check(new ErrorInput("fuzz", null, null, text));
    }

    @Property(tries = 2000)
    void randomBytesDecodeToCleanBoundedText(@ForAll @Size(max = 4000) byte[] bytes, @ForAll("limits") int limit) {
        String text = ErrorText.decode(bytes, limit);
        assertThat(text.length()).isLessThanOrEqualTo(limit);
        assertThat(text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')).isTrue();
        check(new ErrorInput("fuzz", null, 1, text));
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.integers().between(0, 5000);
    }

    @Provide
    Arbitrary<String> fragmentTexts() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(300).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mutatedCorpus() {
        Arbitrary<String> base = Arbitraries.of(CORPUS);
        Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(30));
        Arbitrary<List<Mutation>> mutations = Combinators.combine(
                Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), insert)
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(base, mutations).as((text, ms) -> {
            String t = text;
            for (Mutation m : ms) t = m.apply(t);
            return t;
        });
    }

    /** Delete a range, insert a piece, duplicate a range, or cut the text at a point. */
    record Mutation(int op, double at, double len, String piece) {
        String apply(String t) {
            int a = (int) (at * t.length());
            int b = Math.min(t.length(), a + (int) (len * 200));
            return switch (op) {
                case 0 -> t.substring(0, a) + t.substring(b);
                case 1 -> t.substring(0, a) + piece + t.substring(a);
                case 2 -> t.length() > 20_000 ? t : t.substring(0, b) + t.substring(a, b) + t.substring(b);
                default -> t.substring(0, a);
            };
        }
    }
}
