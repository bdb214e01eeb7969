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

    static Stream<Arguments> repairs() {
        return Stream.of(
                arguments("line comment", "{\"a\": 1 // one\n}", "{\"a\":1}", "removed comment at line 1"),
                arguments("block comment", "/* head */ [1, /* mid */ 2]", "[1,2]", "removed 2 comments at line 1"),
                arguments("hash comment", "# conf\n{\"a\": 1}\n# end", "{\"a\":1}", "removed 2 comments at lines 1, 3"),
                arguments("trailing comma in object", "{\"a\": 1,\n}", "{\"a\":1}", "removed trailing comma at line 1"),
                arguments("trailing comma in array", "[1, 2, ]", "[1,2]", "removed trailing comma at line 1"),
                arguments("single-quoted string", "{\"a\": 'x'}", "{\"a\":\"x\"}",
                        "replaced single quotes with double quotes for the string at line 1"),
                arguments("single-quoted key", "{'a': 1}", "{\"a\":1}",
                        "replaced single quotes with double quotes for the string at line 1"),
                arguments("unquoted key", "{a_1: 1, $b: 2}", "{\"a_1\":1,\"$b\":2}", "quoted 2 unquoted keys at line 1"),
                arguments("missing comma, newline", "{\"a\": 1\n \"b\": 2}", "{\"a\":1,\"b\":2}", "inserted missing comma at line 2"),
                arguments("missing comma, space", "[1 2 \"x\" {} []]", "[1,2,\"x\",{},[]]", "inserted 4 missing commas at line 1"),
                arguments("missing comma before unquoted key", "{a: 1 b: 2}", "{\"a\":1,\"b\":2}", "inserted missing comma at line 1"),
                arguments("python literals", "[True, False, None]", "[true,false,null]",
                        "replaced 3 Python literals (True/False/None) at line 1"),
                arguments("unclosed brackets", "{\"a\": [1, {\"b\": 2", "{\"a\":[1,{\"b\":2}]}",
                        "closed 3 brackets left open at end of file (opened at line 1)"),
                arguments("unclosed after trailing comma", "[1,\n2,\n", "[1,2]", "closed bracket left open at end of file (opened at line 1)"),
                arguments("unclosed string", "{\"a\": \"hello", "{\"a\":\"hello\"}", "closed string left open at end of file (opened at line 1)"),
                arguments("unclosed string then newline", "[\"x\",\n\"hello  \n\n", "[\"x\",\"hello  \"]",
                        "closed string left open at end of file (opened at line 2)"),
                arguments("byte order mark", "\uFEFF{\"a\": 1}", "{\"a\":1}", "removed byte order mark"),
                arguments("raw tab in string", "[\"a\tb\"]", "[\"a\\tb\"]", "escaped raw control character in the string at line 1"),
                arguments("escaped single quote in double quotes", "[\"it\\'s\"]", "[\"it's\"]",
                        "dropped needless backslash before ' in the string at line 1"),
                arguments("python repr of a dict", "{'host': 'db', 'port': 5432, 'debug': True, 'extra': None}",
                        "{\"host\":\"db\",\"port\":5432,\"debug\":true,\"extra\":null}", "replaced 2 Python literals"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void whenTextHasOneKindOfSlip_thenRepairsItAndNamesTheFix(String name, String input, String expected, String fix)
            throws Exception {
        assertThatThrownBy(() -> STRICT.readTree(input)).as("the input must really be broken").isNotNull();

        JsonRepair result = repairer.repair(input);

        assertThat(STRICT.readTree(result.json())).isEqualTo(STRICT.readTree(expected));
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
                arguments("{\"a\": 1, \"a\": 2}", "1:10: duplicate key \"a\" (first at 1:2)"),
                arguments("[1,,2]", "1:4: two commas in a row"),
                arguments("[,1]", "1:2: unexpected ',' right after '['"),
                arguments("{\"a\" 1}", "1:6: expected ':' after key \"a\" but found number 1"),
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
                arguments("{\"a\": \"x\n, \"b\": 2}", "1:9: the string opened at 1:7 is not closed before the end of its line"),
                arguments("[\"\\x41\"]", "1:3: unknown escape \\x"),
                arguments("[\"\\u12\"]", "1:3: escape \\u must be followed by four hex digits"),
                arguments("[\"\\ud800\"]", "1:2: the string holds an unpaired surrogate \\uD800"),
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
    void whenCorpusHasTrailingCommaBeforeBrace_thenRemovesIt() throws Exception {
        JsonRepair r = repairer.repair("{\n  \"name\": \"svc\",\n  \"port\": 8080,\n}\n");
        assertThat(r.json()).isEqualTo("{\n  \"name\": \"svc\",\n  \"port\": 8080\n}\n");
        assertThat(r.fixes()).containsExactly("removed trailing comma at line 3");
    }

    @Test
    void whenCorpusHasSingleQuotedKeysAndStrings_thenDoubleQuotesThem() throws Exception {
        JsonRepair r = repairer.repair("{'host': 'db', 'port': 5432}");
        assertThat(r.json()).isEqualTo("{\n  \"host\": \"db\",\n  \"port\": 5432\n}\n");
        assertThat(r.fixes()).containsExactly("replaced single quotes with double quotes for 3 strings at line 1");
    }

    @Test
    void whenCorpusMissesCommaBetweenMembers_thenInsertsIt() throws Exception {
        JsonRepair r = repairer.repair("{\"a\": 1\n \"b\": 2}");
        assertThat(r.json()).isEqualTo("{\n  \"a\": 1,\n  \"b\": 2\n}\n");
        assertThat(r.fixes()).containsExactly("inserted missing comma at line 2");
    }

    @Test
    void whenCorpusHasPythonLiterals_thenUsesJsonLiterals() throws Exception {
        JsonRepair r = repairer.repair("{\"debug\": True, \"retries\": None}");
        assertThat(r.json()).isEqualTo("{\n  \"debug\": true,\n  \"retries\": null\n}\n");
        assertThat(r.fixes()).containsExactly("replaced 2 Python literals (True/False/None) at line 1");
    }

    @Test
    void whenAllSlipsCombine_thenRepairsEachAndListsThemInOrder() throws Exception {
        String input = """
                \uFEFF// service config
                {
                  name: 'api',          # unquoted key, single quotes
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
                  "ports": [
                    80,
                    443
                  ],
                  "retries": null,
                  "hosts": [
                    "a",
                    "b"
                  ]
                }
                """);
        assertThat(r.fixes()).containsExactly(
                "removed byte order mark",
                "removed 3 comments at lines 1, 3, 6",
                "quoted unquoted key at line 3",
                "replaced single quotes with double quotes for 2 strings at lines 3, 4",
                "replaced 2 Python literals (True/False/None) at lines 4, 6",
                "inserted 2 missing commas at lines 5, 7",
                "removed trailing comma at line 5",
                "closed 2 brackets left open at end of file (opened at lines 7, 2)");
    }

    @Test
    void whenStringsHoldCommentMarkersQuotesAndBrackets_thenTheyStayByteForByte() throws Exception {
        String input = "{\n"
                + "  \"url\": \"http://host//path\", // real comment\n"
                + "  \"glob\": \"/* not a comment */\", # real comment\n"
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
        assertThat(r.json()).isEqualTo(numbers.replace("[", "[\n  ").replace(", ", ",\n  ").replace("]", "\n]\n"));
    }

    @Test
    void whenTextIsAlreadyStrictJson_thenPrettyPrintsItWithNoFixes() throws Exception {
        JsonRepair r = repairer.repair("{\"a\":[1,{\"b\":null}],\"e\":{},\"f\":[],\"s\":\"x\"}");
        assertThat(r.fixes()).isEmpty();
        assertThat(r.hasFixes()).isFalse();
        assertThat(r.json()).isEqualTo("""
                {
                  "a": [
                    1,
                    {
                      "b": null
                    }
                  ],
                  "e": {},
                  "f": [],
                  "s": "x"
                }
                """);
    }

    @Test
    void whenTopLevelValueIsAScalar_thenKeepsIt() throws Exception {
        assertThat(repairer.repair("'x' // c").json()).isEqualTo("\"x\"\n");
        assertThat(repairer.repair("None").json()).isEqualTo("null\n");
        assertThat(repairer.repair(" 42 ").fixes()).isEmpty();
    }

    @Test
    void whenKeyOrderIsUnsorted_thenItIsPreserved() throws Exception {
        JsonRepair r = repairer.repair("{z: 1, a: 2, m: 3}");
        assertThat(r.json()).isEqualTo("{\n  \"z\": 1,\n  \"a\": 2,\n  \"m\": 3\n}\n");
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
        String input = "{\n  \"a\": 1,\n  \"b\" 2\n}";
        assertThatThrownBy(() -> repairer.repair(input))
                .isInstanceOfSatisfying(UnrepairableJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(7);
                    assertThat(e.reason()).isEqualTo("expected ':' after key \"b\" but found number 2");
                });
    }

    @Test
    void whenLinesEndWithCrLfOrCr_thenPositionsCountThemOnce() {
        assertThatThrownBy(() -> repairer.repair("{\r\n\"a\": 1,\r\n\r\"b\" 2}"))
                .hasMessageStartingWith("4:5: expected ':'");
    }

    @Test
    void whenManyFixesOfOneKind_thenLineListIsCapped() throws Exception {
        StringBuilder commented = new StringBuilder("[\n");
        for (int i = 0; i < 15; i++) commented.append(i).append(", // c\n");
        commented.append("]");
        JsonRepair r = repairer.repair(commented.toString());
        assertThat(r.fixes()).contains("removed 15 comments at lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 5 more");
    }

    @Test
    void whenRepairSucceeds_thenOutputAlwaysParsesStrictlyAndEndsWithNewline() throws Exception {
        for (Arguments a : repairs().toList()) {
            String json = repairer.repair((String) a.get()[1]).json();
            assertThat(json).endsWith("\n").doesNotContain("\r").doesNotContain("\t");
            assertThat(STRICT.readTree(json)).isNotNull();
        }
    }
}
