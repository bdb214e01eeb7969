package org.autoheal.strategy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonRepairerTest {
    private final JsonRepairer repairer = new JsonRepairer();
    /** A strict reader independent of the production one: default Jackson plus duplicate detection. */
    private static final ObjectMapper STRICT = Strict.MAPPER;

    /** name, input, the exact repaired text (only the broken bytes differ), the report line. */
    static Stream<Arguments> repairs() {
        return Stream.of(
                arguments("line comment", "{\"a\": 1 // one\n}", "{\"a\": 1\n}", "line 1, column 9: removed comment \"// one\""),
                arguments("block comment", "/* head */ [1, /* mid */ 2]", "[1, 2]", "line 1, column 16: removed comment \"/* mid */\""),
                arguments("comment lines", "# conf\n{\"a\": 1}\n  // end\n", "{\"a\": 1}\n", "line 3, column 3: removed comment \"// end\""),
                arguments("trailing comma in object", "{\"a\": 1,\n}", "{\"a\": 1\n}", "line 1, column 8: removed trailing comma"),
                arguments("trailing comma in array", "[1, 2, ]", "[1, 2]", "line 1, column 6: removed trailing comma"),
                arguments("comma after the object", "{\"a\":2},", "{\"a\":2}", "line 1, column 8: removed comma after the end of the top-level value"),
                arguments("comma after the array", "[1,2,3],\n", "[1,2,3]\n", "removed comma after the end of the top-level value"),
                arguments("single-quoted string", "{\"a\": 'x'}", "{\"a\": \"x\"}",
                        "line 1, column 7: replaced single quotes with double quotes"),
                arguments("single-quoted key", "{'a': 1}", "{\"a\": 1}", "replaced single quotes with double quotes"),
                arguments("single quotes around a double quote", "['say \"hi\"']", "[\"say \\\"hi\\\"\"]", "escaped 2 \""),
                arguments("curly double quotes", "{\u201Ca\u201D:\u201Cb\u201D}", "{\"a\":\"b\"}",
                        "replaced typographic quotes \u201C\u201D with double quotes"),
                arguments("curly single quotes", "{\u2018a\u2019: \u2018b\u2019}", "{\"a\": \"b\"}",
                        "replaced typographic quotes \u2018\u2019 with double quotes"),
                arguments("no-break space", "{\"a\":\u00A01}", "{\"a\": 1}", "replaced U+00A0 (no-break space) with a space"),
                arguments("ideographic space and zero-width space", "[1,\u3000\u200B2]", "[1, 2]", "removed U+200B (zero-width space)"),
                arguments("zero-width no-break space inside", "{\"a\": 1,\uFEFF\"b\": 2}", "{\"a\": 1,\"b\": 2}", "removed U+FEFF"),
                arguments("typographic spaces", "[\u2003\u202F\u205F1]", "[   1]", "U+2003 (typographic space)"),
                arguments("unquoted key", "{a_1: 1, $b: 2}", "{\"a_1\": 1, \"$b\": 2}", "line 1, column 10: quoted unquoted key $b"),
                arguments("missing comma, newline", "{\"a\": 1\n \"b\": 2}", "{\"a\": 1,\n \"b\": 2}", "line 1, column 8: inserted missing comma"),
                arguments("missing comma, space", "[1 2 \"x\" {} []]", "[1, 2, \"x\", {}, []]", "inserted missing comma"),
                arguments("missing comma before unquoted key", "{a: 1 b: 2}", "{\"a\": 1, \"b\": 2}", "inserted missing comma"),
                arguments("python literals", "[True, False, None]", "[true, false, null]", "replaced Python literal None with null"),
                arguments("unclosed brackets", "{\"a\": [1, {\"b\": 2", "{\"a\": [1, {\"b\": 2}]}",
                        "closed the '[' opened at 1:7 with ] at end of file"),
                arguments("unclosed after trailing comma", "[1,\n2,\n", "[1,\n2]\n", "removed trailing comma"),
                arguments("unclosed string, one place fits", "{\"time\":\"12:20}", "{\"time\":\"12:20\"}",
                        "line 1, column 15: closed the string opened at 1:9 here"),
                arguments("unclosed single-quoted string", "{'a': 'b}\n", "{\"a\": \"b\"}\n", "closed the string opened at 1:7"),
                arguments("unclosed typographic string", "[\u201Cx\u201D, \u201Cy]", "[\"x\", \"y\"]", "closed the string opened at 1:7"),
                arguments("unclosed string in an array", "[\"abc]", "[\"abc\"]", "closed the string opened at 1:2"),
                arguments("unclosed string before more lines", "{\"a\": \"x\n, \"b\": 2}", "{\"a\": \"x\"\n, \"b\": 2}",
                        "closed the string opened at 1:7"),
                arguments("missing colon", "{\"a\" 1}", "{\"a\": 1}", "line 1, column 5: inserted missing ':' after key a"),
                arguments("missing colons between keys and values", "{\n\"a\" \"b\",\n'c'{}, d [1]}",
                        "{\n\"a\": \"b\",\n\"c\":{}, \"d\": [1]}", "line 3, column 4: inserted missing ':' after key c"),
                arguments("line break typed inside a string", "[\"hello\nworld\"]", "[\"hello\\nworld\"]",
                        "line 1, column 2: escaped 1 line break inside the string opened at 1:2, which goes on to a closing quote"),
                arguments("CRLF inside a key", "{\"a\r\nb\": 1,\r\n \"c\": 2}", "{\"a\\r\\nb\": 1,\r\n \"c\": 2}",
                        "escaped 1 line break inside the string opened at 1:2"),
                arguments("byte order mark", "\uFEFF{\"a\": 1}", "{\"a\": 1}", "line 1, column 1: removed byte order mark"),
                arguments("raw tab in string", "[\"a\tb\"]", "[\"a\\tb\"]", "escaped 1 raw control character in the string"),
                arguments("escaped single quote in double quotes", "[\"it\\'s\"]", "[\"it's\"]",
                        "dropped 1 needless backslash before ' in the string"),
                arguments("python repr of a dict", "{'host': 'db', 'port': 5432, 'debug': True, 'extra': None}",
                        "{\"host\": \"db\", \"port\": 5432, \"debug\": true, \"extra\": null}", "replaced Python literal True"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void whenTextHasOneKindOfSlip_thenEditsOnlyThatAndNamesTheEdit(String name, String input, String expected, String fix)
            throws Exception {
        assertThatThrownBy(() -> STRICT.readTree(input)).as("the input must really be broken").isNotNull();

        JsonRepair result = repairer.repair(input);

        assertThat(result.json()).isEqualTo(expected);
        assertThat(STRICT.readTree(result.json())).isNotNull();
        assertThat(String.join("\n", result.fixes())).contains(fix);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("{{{:::", "1:2: expected a key in quotes but found '{'"),
                arguments("\u0000\u0001\u00ff\u00fe", "1:1: unexpected character U+0000"),
                arguments(new String(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, StandardCharsets.UTF_8),
                        "1:1: unexpected character U+FFFD"),
                arguments("{\"a\": NaN}", "1:7: NaN has no JSON equivalent"),
                arguments("[-Infinity]", "1:2: -Infinity has no JSON equivalent"),
                arguments("[Infinity]", "1:2: Infinity has no JSON equivalent"),
                arguments("[1,,2]", "1:4: two commas in a row"),
                arguments("[,1]", "1:2: unexpected ',' right after '['"),
                arguments("{\"key\": \"apple \"bee\" carrot\"}", "1:20: expected ':' after key \"bee\" but found string \" carrot\""),
                arguments("{\"a\": 1 \"b\" 2}", "1:13: expected ':' after key \"b\" but found number 2"),
                arguments("{\"a\" }", "1:6: expected ':' after key \"a\" but found '}'"),
                arguments("{\"a\" \"b\": 1}", "1:9: expected a key in quotes but found ':'"),
                arguments("[\"a\nb\", \"c\nd\"]", "1:4: the string opened at 1:2 has no closing quote on its line; no place"),
                arguments("{\"a\": }", "1:7: expected a value but found '}'"),
                arguments("{\"a\": ", "1:7: a value is missing at end of file"),
                arguments("[1, 2}", "1:6: found '}' but the '[' opened at 1:1 is still open"),
                arguments("{\"a\": 1}}", "1:9: unexpected '}' after the end of the top-level value"),
                arguments("{\"a\": 1} {\"b\": 2}", "1:10: unexpected '{' after the end"),
                arguments("{\"a\": undefined}", "1:7: unquoted word undefined is not a JSON value"),
                arguments("[0x1F]", "1:2: invalid number 0x1F"),
                arguments("[.5]", "1:2: invalid number .5"),
                arguments("[+1]", "1:2: invalid number +1"),
                arguments("[01]", "1:2: invalid number 01"),
                arguments("{my-key: 1}", "1:2: unquoted text my-key is not a plain identifier"),
                arguments("['it's']", "1:6: unquoted word s is not a JSON value"),
                arguments("[1 /* open", "1:4: comment '/*' is never closed"),
                arguments("[\"https://x/,2]", "1:16: the string opened at 1:2 has no closing quote on its line; it could close at 1:13 or at 1:14"),
                arguments("[\"\\\"]", "1:6: the string opened at 1:2 has no closing quote on its line; it holds \\\""),
                arguments("['", "1:3: the string opened at 1:2 has no closing quote on its line; no place for it"),
                arguments("\"", "1:2: the string opened at 1:1 has no closing quote on its line; no place for it"),
                arguments("{\"a\": \"hello", "1:13: the string opened at 1:7 has no closing quote on its line; no place for it"),
                arguments("{\"a\": \"b  \n}", "1:11: the string opened at 1:7 has no closing quote on its line; it could close at 1:9 or at 1:10"),
                arguments("{\"a\":\"b\"}#{}", "1:10: unexpected character '#'"),
                arguments("{\"a\": 1, # not at the start of the line\n}", "1:10: unexpected character '#'"),
                arguments("[1,2,3], [4]", "1:8: unexpected ',' after the end of the top-level value"),
                arguments("[\"a\" \u2028]", "1:6: unexpected character U+2028"),
                arguments("[\"\\x41\"]", "1:3: unknown escape \\x"),
                arguments("[\"\\u12\"]", "1:3: escape \\u must be followed by four hex digits"),
                arguments("[\"abc\\", "1:6: the file ends right after a backslash"),
                arguments("", "1:1: no JSON value found"),
                arguments("  // only a comment\n", "2:1: no JSON value found"),
                arguments("{1: \"a\"}", "1:2: expected a key in quotes but found number 1"),
                arguments("[1e99999999999]", "1:2: number 1e99999999999 has an exponent out of range"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusals")
    void whenRepairWouldNeedAGuess_thenRefusesWithPosition(String input, String message) {
        assertThatThrownBy(() -> repairer.repair(input))
                .isInstanceOf(UnrepairableJsonException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void whenCorpusHasTrailingCommaBeforeBrace_thenRemovesOnlyTheComma() throws Exception {
        JsonRepair r = repairer.repair("{\n  \"name\": \"svc\",\n  \"port\": 8080,\n}\n");
        assertThat(r.json()).isEqualTo("{\n  \"name\": \"svc\",\n  \"port\": 8080\n}\n");
        assertThat(r.fixes()).containsExactly("line 3, column 15: removed trailing comma");
    }

    @Test
    void whenLayoutIsUnusual_thenItIsKeptByteForByte() throws Exception {
        String input = "{\r\n\t\"z\" :  1.50E+3 ,\r\n\t\"a\":[ \"\\u00e9\\/\" ,\t-0.0 ,],\r\n\t\"m\"\t:\ttrue,\r\n}";
        JsonRepair r = repairer.repair(input);
        assertThat(r.json()).isEqualTo("{\r\n\t\"z\" :  1.50E+3 ,\r\n\t\"a\":[ \"\\u00e9\\/\" ,\t-0.0 ],\r\n\t\"m\"\t:\ttrue\r\n}");
        assertThat(r.fixes()).containsExactly("line 3, column 26: removed trailing comma", "line 4, column 12: removed trailing comma");
    }

    @Test
    void whenAllSlipsCombine_thenEditsEachAndListsThemWithLineAndColumn() throws Exception {
        String input = """
                \uFEFF// service config
                {
                  name: 'api',          // unquoted key, single quotes
                  # a whole-line hash comment
                  'debug': True,
                  "ports": [80 443,],
                  /* retries */ "retries": None
                  "hosts": ["a", "b"
                """;
        JsonRepair r = repairer.repair(input);
        assertThat(r.json()).isEqualTo("""
                {
                  "name": "api",
                  "debug": true,
                  "ports": [80, 443],
                  "retries": null,
                  "hosts": ["a", "b"]}
                """);
        assertThat(r.fixes()).containsExactly(
                "line 1, column 1: removed byte order mark",
                "line 1, column 1: removed comment \"// service config\"",
                "line 3, column 3: quoted unquoted key name",
                "line 3, column 9: replaced single quotes with double quotes",
                "line 3, column 25: removed comment \"// unquoted key, single quotes\"",
                "line 4, column 3: removed comment \"# a whole-line hash comment\"",
                "line 5, column 3: replaced single quotes with double quotes",
                "line 5, column 12: replaced Python literal True with true",
                "line 6, column 15: inserted missing comma",
                "line 6, column 19: removed trailing comma",
                "line 7, column 3: removed comment \"/* retries */\"",
                "line 7, column 28: replaced Python literal None with null",
                "line 7, column 32: inserted missing comma",
                "line 8, column 21: closed the '[' opened at 8:12 with ] at end of file",
                "line 8, column 21: closed the '{' opened at 2:1 with } at end of file");
    }

    @Test
    void whenStringsHoldCommentMarkersQuotesAndBrackets_thenTheyStayByteForByte() throws Exception {
        String input = "{\n"
                + "  \"url\": \"http://host//path\", // real comment\n"
                + "  \"glob\": \"/* not a comment */\", // real comment\n"
                + "  # real comment, alone on its line\n"
                + "  \"tag\": \"#hash\",\n"
                + "  'apos': 'it\\'s \"quoted\", {ok} [1,]',\n"
                + "  \"dq\": \"say \\\"hi\\\" 'there'\",\n"
                + "  \"words\": 'True False None NaN',\n"
                + "  \"closers\": \"}]},\",\n"
                + "}";
        JsonNode out = STRICT.readTree(repairer.repair(input).json());
        assertThat(out.get("url").textValue()).isEqualTo("http://host//path");
        assertThat(out.get("glob").textValue()).isEqualTo("/* not a comment */");
        assertThat(out.get("tag").textValue()).isEqualTo("#hash");
        assertThat(out.get("apos").textValue()).isEqualTo("it's \"quoted\", {ok} [1,]");
        assertThat(out.get("dq").textValue()).isEqualTo("say \"hi\" 'there'");
        assertThat(out.get("words").textValue()).isEqualTo("True False None NaN");
        assertThat(out.get("closers").textValue()).isEqualTo("}]},");
        assertThat(out.size()).isEqualTo(7);
    }

    @Test
    void whenStringsUseUnicodeEscapes_thenTheDecodedCharactersSurvive() throws Exception {
        JsonRepair r = repairer.repair("['caf\\u00e9 \\ud83d\\ude00 \\u0000 \\u2028', \"\\/\"]");
        JsonNode out = STRICT.readTree(r.json());
        assertThat(out.get(0).textValue()).isEqualTo("café \uD83D\uDE00 \u0000 \u2028");
        assertThat(out.get(1).textValue()).isEqualTo("/");
        assertThat(r.json()).contains("\\u0000"); // control characters are escaped, never raw
    }

    @Test
    void whenNumbersAreExactOrHuge_thenTheirTextIsKeptExactly() throws Exception {
        String numbers = "[1.10, 12345678901234567890, -0, -0.0, 1e5, 1E-7, 2.5e+300,"
                + " 0.1000000000000000055511151231257827021181583404541015625, 123456789012345678901234567890.000]";
        JsonRepair r = repairer.repair(numbers.replace("]", ",]"));
        assertThat(r.json()).isEqualTo(numbers);
    }

    @Test
    void whenTextIsAlreadyStrictJson_thenItComesBackUnchangedWithNoFixes() throws Exception {
        String strict = "{\"a\":[1,{\"b\":null}],\"e\":{},\"f\":[],\"s\":\"x\\ud800\"}";
        JsonRepair r = repairer.repair(strict);
        assertThat(r.fixes()).isEmpty();
        assertThat(r.hasFixes()).isFalse();
        assertThat(r.json()).isSameAs(strict);
    }

    @Test
    void whenKeysAreDuplicated_thenBothStay_forTheyAreValidJsonAndLoadersKeepTheLast() throws Exception {
        assertThat(repairer.repair("{\"a\": 1, \"a\": 2}").fixes()).isEmpty();
        assertThat(repairer.repair("{\"a\": 1, \"a\": 2,}").json()).isEqualTo("{\"a\": 1, \"a\": 2}");
    }

    @Test
    void whenTopLevelValueIsAScalar_thenKeepsIt() throws Exception {
        assertThat(repairer.repair("'x' // c").json()).isEqualTo("\"x\"");
        assertThat(repairer.repair("None\n").json()).isEqualTo("null\n");
        assertThat(repairer.repair(" 42 ").fixes()).isEmpty();
    }

    @Test
    void whenKeyOrderIsUnsorted_thenItIsPreserved() throws Exception {
        assertThat(repairer.repair("{z: 1, a: 2, m: 3}").json()).isEqualTo("{\"z\": 1, \"a\": 2, \"m\": 3}");
    }

    @Test
    void whenNestingIsAtTheLimit_thenRepairs_andOneDeeperIsRefused() throws Exception {
        String atLimit = "[".repeat(1000) + "]".repeat(1000);
        assertThat(STRICT.readTree(repairer.repair(atLimit).json())).isEqualTo(STRICT.readTree(atLimit));
        assertThatThrownBy(() -> repairer.repair("[".repeat(1001) + "]".repeat(1001)))
                .isInstanceOf(UnrepairableJsonException.class)
                .hasMessage("1:1001: brackets nest deeper than 1000 levels; refusing to repair such a file");
    }

    @Test
    void whenNestingIsAbsurd_thenRefusesWithoutStackOverflow() {
        assertThatThrownBy(() -> repairer.repair("{\"a\":".repeat(200_000)))
                .isInstanceOf(UnrepairableJsonException.class)
                .hasMessageContaining("nest deeper than 1000");
    }

    @Test
    void whenTextIsOverTheSizeLimit_thenRefusesBeforeParsing() throws Exception {
        JsonRepairer small = new JsonRepairer(20, 10);
        assertThat(small.repair("[\"0123456789abcd\"]").fixes()).isEmpty(); // exactly 18 bytes
        assertThatThrownBy(() -> small.repair("[\"" + "é".repeat(10) + "\"]")) // 24 bytes in 14 chars
                .isInstanceOf(UnrepairableJsonException.class)
                .hasMessage("0:0: the text is 24 bytes, over the limit of 20 bytes; refusing to repair a file this large");
        assertThatThrownBy(() -> small.repair("x".repeat(100)))
                .hasMessageContaining("at least 100 bytes");
    }

    @Test
    void whenLimitsAreOutOfRange_thenConstructorSaysWhich() {
        assertThatThrownBy(() -> new JsonRepairer(0, 10)).hasMessageContaining("maxBytes");
        assertThatThrownBy(() -> new JsonRepairer(10, 5000)).hasMessageContaining("maxDepth must be 1..2000");
    }

    @Test
    void whenRefused_thenExceptionExposesLineAndColumn() {
        String input = "{\n  \"a\": 1,\n  \"b\" ,\n}";
        assertThatThrownBy(() -> repairer.repair(input))
                .isInstanceOfSatisfying(UnrepairableJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(7);
                    assertThat(e.reason()).isEqualTo("expected ':' after key \"b\" but found ','");
                });
    }

    @Test
    void whenLinesEndWithCrLfOrCr_thenPositionsCountThemOnce() {
        assertThatThrownBy(() -> repairer.repair("{\r\n\"a\": 1,\r\n\r\"b\" ,}"))
                .hasMessageStartingWith("4:5: expected ':'");
    }

    @Test
    void whenAnUnclosedStringHasTooManyPlacesToTry_thenRefusesRatherThanSearchLong() {
        String input = "{\"a\": \"" + "x".repeat(StringCloser.MAX_PLACES + 1) + "}";
        assertThatThrownBy(() -> repairer.repair(input))
                .hasMessageContaining("the line is too long to try every place for the quote; close it by hand");
        String big = "[" + "1,".repeat(1_000_000) + "\"abcdefghijklmnopqrstuvwxyz]";
        assertThatThrownBy(() -> repairer.repair(big)).hasMessageContaining("too long to try every place");
    }

    @Test
    void whenOneOfTwoStringsIsUnclosed_thenTheOtherIsNotTakenForItsEnd() throws Exception {
        assertThat(repairer.repair("{\"a\": \"x\",\n \"b\": \"y}\n").json()).isEqualTo("{\"a\": \"x\",\n \"b\": \"y\"}\n");
        assertThatThrownBy(() -> repairer.repair("{\"a\": \"x,\n \"b\": \"y}\n")).isInstanceOf(UnrepairableJsonException.class);
    }

    @Test
    void whenManyFixes_thenTheReportIsCappedAndSaysHowManyMore() throws Exception {
        StringBuilder commented = new StringBuilder("[\n");
        for (int i = 0; i < 60; i++) commented.append(i).append(", // c\n");
        commented.append("]");
        JsonRepair r = repairer.repair(commented.toString());
        assertThat(r.fixes()).hasSize(Fixes.MAX_SHOWN + 1).startsWith("line 2, column 4: removed comment \"// c\"");
        assertThat(r.fixes().get(Fixes.MAX_SHOWN)).isEqualTo("and 11 more edits of the same kinds (the backup keeps the original)");
    }

    @Test
    void whenRepairSucceeds_thenOutputParsesStrictlyAndKeepsLineEndings() throws Exception {
        for (Arguments a : repairs().toList()) {
            String input = (String) a.get()[1];
            String json = repairer.repair(input).json();
            assertThat(STRICT.readTree(json)).isNotNull();
            assertThat(json.endsWith("\n")).as(input).isEqualTo(input.endsWith("\n"));
        }
    }
}
