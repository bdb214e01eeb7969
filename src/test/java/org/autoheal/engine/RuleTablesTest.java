package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autoheal.facts.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge tables of rules/data: the jar's shared, a home's own read strictly, each broken one named with its place. */
class RuleTablesTest {
    @TempDir Path home;

    private void write(String rel, String text) throws Exception {
        Path f = home.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** The problems of the home's tables, each as {@code file:line:col: message}. */
    private List<String> problems() {
        RuleCompileException e = (RuleCompileException) org.assertj.core.api.Assertions.catchThrowable(() -> RuleTables.forHome(home));
        assertThat(e).as("the tables should be rejected").isNotNull();
        return e.problems().stream().map(RuleProblem::toString).toList();
    }

    @Test
    void theBundledTables_passTheStrictReader_andMeanWhatTheRulesExpect() {
        Knowledge k = RuleTables.bundled().known();
        assertThat(k.causeOfCode("ECONNREFUSED")).isEqualTo("connection");
        assertThat(k.causeOfCode("ERR_REQUIRE_ESM")).isEqualTo("import_error");
        assertThat(k.causeOfCode("EADDRINUSE")).isNull();
        assertThat(k.causeOfType(List.of("Unknown", "PackageNotFoundError"))).isEqualTo("missing_module");
        assertThat(k.closeFailure("1006")).isTrue();
        assertThat(k.closeFailure("1000")).isFalse();
        assertThat(k.closeMeaning("1011")).isEqualTo("internal error");
        assertThat(k.closeMeaning("4403")).as("the application's own range").isEqualTo("application-defined");
        assertThat(k.closeFailure("4403")).isTrue();
        assertThat(k.closeMeaning("5000")).isNull();
        assertThat(k.closeFailure("abc")).isFalse();
        assertThat(k.servicePort("postgresql")).isEqualTo(5432);
        assertThat(k.servicePort("AMQPS")).as("as a URI's scheme, any case").isEqualTo(5671);
        assertThat(k.servicePort("mongodb+srv")).as("an SRV URL is its scheme's").isEqualTo(27017);
        assertThat(k.servicePort("tcp")).as("a service scheme without a usual port").isEqualTo(Knowledge.NO_PORT);
        assertThat(k.servicePort("https")).as("a web URL").isNull();
        assertThat(k.servicePort("cassandra")).isNull();
        assertThat(k.carriesNoErrno("python", List.of("ValueError"))).isTrue();
        assertThat(k.carriesNoErrno("python", List.of("ValueError", "OSError"))).as("every class must be listed").isFalse();
        assertThat(k.carriesNoErrno("python", List.of())).isFalse();
        assertThat(k.carriesNoErrno("node", List.of("ValueError"))).as("a language the table does not list").isFalse();
        assertThat(k.carriesNoErrno(null, List.of("ValueError"))).isFalse();
        assertThat(RuleTables.bundled().known()).as("read once, shared").isSameAs(k);
        assertThat(RuleTables.bundled().digest()).isNull();
    }

    @Test
    void aHomeWithoutTablesOfItsOwn_usesTheSharedBundledOnes() throws Exception {
        assertThat(RuleTables.forHome(home)).as("no rules/").isSameAs(RuleTables.bundled());
        write("rules/site.drl", "package x;\n");
        write("rules/data/README.md", "notes, not a table\n");
        write("rules/data/site.examples.json", "[]");
        assertThat(RuleTables.forHome(home)).as("rules/ without tables").isSameAs(RuleTables.bundled());
    }

    @Test
    void aHomesOwnTable_replacesThatTable_theOthersComeFromTheJar() throws Exception {
        write("rules/data/error_codes.json", """
                {"about": "site codes", "codes": {"EADDRINUSE": "connection", "ERR_INVALID_PACKAGE_TARGET": "import_error"}}
                """);
        RuleTables tables = RuleTables.forHome(home);
        Knowledge k = tables.known();
        assertThat(k.causeOfCode("EADDRINUSE")).isEqualTo("connection");
        assertThat(k.causeOfCode("ERR_INVALID_PACKAGE_TARGET")).isEqualTo("import_error");
        assertThat(k.causeOfCode("ECONNREFUSED")).as("the home's table replaces the jar's whole").isNull();
        assertThat(k.causeOfType(List.of("PackageNotFoundError"))).as("from the jar").isEqualTo("missing_module");
        assertThat(k.closeFailure("1006")).as("from the jar").isTrue();
        assertThat(tables.digest()).isNotNull();

        write("rules/data/error_codes.json", "{\"codes\": {\"EADDRINUSE\": \"file_not_found\"}}");
        RuleTables edited = RuleTables.forHome(home);
        assertThat(edited.known().causeOfCode("EADDRINUSE")).isEqualTo("file_not_found");
        assertThat(edited.digest()).as("an edit is another version of the rules").isNotEqualTo(tables.digest());
    }

    @Test
    void aSyntaxErrorOrDuplicateKey_isNamedWithLineAndColumn() throws Exception {
        write("rules/data/error_codes.json", "{\n  \"codes\": {\n    \"EADDRINUSE\": \"connection\",\n  }\n}\n");
        assertThat(problems()).singleElement().asString().startsWith("rules/data/error_codes.json:4:3: Unexpected character ('}'");

        write("rules/data/error_codes.json", "{\"codes\": {\n  \"EX\": \"connection\",\n  \"EX\": \"permission\"}}");
        assertThat(problems()).singleElement().asString().startsWith("rules/data/error_codes.json:3:").contains("Duplicate field 'EX'");

        write("rules/data/error_codes.json", "{\"codes\": {}} trailing");
        assertThat(problems()).singleElement().asString().startsWith("rules/data/error_codes.json:1:");

        write("rules/data/error_codes.json", "");
        assertThat(problems()).containsExactly("rules/data/error_codes.json:1:1: the file is empty; write a JSON object");

        write("rules/data/error_codes.json", "[\"ECONNREFUSED\"]");
        assertThat(problems()).containsExactly("rules/data/error_codes.json:1:1: expected a JSON object, found a list");
    }

    @Test
    void aWrongShape_isNamedWithItsJsonPathAndLine() throws Exception {
        write("rules/data/error_codes.json", """
                {
                  "codes": {
                    "EADDRINUSE": 3,
                    "EBUSY": "Busy Device",
                    "E 1": "connection"
                  },
                  "extra": true
                }
                """);
        assertThat(problems()).containsExactly(
                "rules/data/error_codes.json:3:5: expected a cause name such as \"connection\" (lower case letters, digits and _), "
                        + "found the number 3 (at codes.EADDRINUSE)",
                "rules/data/error_codes.json:4:5: expected a cause name such as \"connection\" (lower case letters, digits and _), "
                        + "found the string \"Busy Device\" (at codes.EBUSY)",
                "rules/data/error_codes.json:5:5: expected a name as printed (no spaces, 1 to 200 characters) as the key, "
                        + "found 'E 1' (at codes[\"E 1\"])",
                "rules/data/error_codes.json:7:3: unknown field 'extra'; known fields: about, codes (at extra)");

        write("rules/data/error_codes.json", "{\"about\": 1}");
        assertThat(problems()).containsExactly(
                "rules/data/error_codes.json:1:1: field 'codes' missing: expected an object",
                "rules/data/error_codes.json:1:2: expected a string, found the number 1 (at about)");
    }

    @Test
    void exceptionClassesAndCloseCodes_areCheckedToo() throws Exception {
        write("rules/data/exception_classes.json", "{\"python\": {\"ConnectionError\": \"connection\"}, \"java\": [\"x\"]}");
        write("rules/data/websocket_close_codes.json", """
                {"codes": {
                   "1006": {"meaning": "abnormal closure", "failure": "yes"},
                   "999": {"meaning": "too low", "failure": true},
                   "1011": {"meaning": "internal error", "failure": true, "colour": "red"}},
                 "application_range": {"from": 4999, "to": 4000, "meaning": "app", "failure": true}}
                """);
        assertThat(problems()).containsExactly(
                "rules/data/exception_classes.json:1:47: expected an object, found a list (at java)",
                "rules/data/websocket_close_codes.json:2:44: expected true or false, found the string \"yes\" (at codes.1006.failure)",
                "rules/data/websocket_close_codes.json:3:4: expected a close code from 1000 to 4999 as the key, found '999' (at codes.999)",
                "rules/data/websocket_close_codes.json:4:59: unknown field 'colour'; known fields: failure, meaning (at codes.1011.colour)",
                "rules/data/websocket_close_codes.json:5:38: 'to' (4000) is below 'from' (4999) (at application_range.to)");
    }

    @Test
    void aTableAutoHealDoesNotRead_isAnError_notIgnored() throws Exception {
        write("rules/data/errno.json", "{\"codes\": {}}");
        assertThat(problems()).containsExactly("rules/data/errno.json:0:0: not a table AutoHeal reads; the tables in rules/data/ "
                + "are errno_free_classes.json, error_codes.json, exception_classes.json, service_schemes.json, websocket_close_codes.json "
                + "(rename or move this file)");
    }

    @Test
    void aHomesServiceSchemes_addAScheme_forTheParsersAndTheArgv() throws Exception {
        write("rules/data/service_schemes.json", """
                {"about": "site services", "schemes": {"cassandra": 9042, "postgresql": 5432, "tcp": null}}
                """);
        Knowledge k = RuleTables.forHome(home).known();
        assertThat(k.servicePort("cassandra")).isEqualTo(9042);
        assertThat(k.servicePort("redis")).as("the home's table replaces the jar's whole").isNull();
        assertThat(k.causeOfCode("ECONNREFUSED")).as("from the jar").isEqualTo("connection");

        String text = "ConnectionRefusedError: [Errno 111] Connection refused\nwhile connecting to cassandra://cass.internal/shop\n";
        var own = org.autoheal.parse.ErrorParsers.parse(new org.autoheal.parse.ErrorInput(null, null, 1, text, k));
        assertThat(own.getHost()).isEqualTo("cass.internal");
        assertThat(own.getPort()).as("the scheme's usual port, from the table").isEqualTo(9042);
        var jars = org.autoheal.parse.ErrorParsers.parse(new org.autoheal.parse.ErrorInput(null, null, 1, text));
        assertThat(jars.getHost()).as("no such scheme in the jar's table").isNull();

        assertThat(ContextFacts.addresses(List.of("app", "--db=cassandra://cass.internal/shop"), k))
                .containsExactly(new org.autoheal.facts.ArgvAddress(null, "cass.internal", 9042));
        assertThat(ContextFacts.addresses(List.of("app", "--db=cassandra://cass.internal/shop"), RuleTables.bundled().known())).isEmpty();
    }

    static final String RETRIED_THEN_CONFIG_ERROR = """
            WARNING retrying: [Errno 111] Connection refused
            Traceback (most recent call last):
              File "app.py", line 3, in <module>
                load()
            ConfigError: no database configured
            """;

    @Test
    void aHomesErrnoFreeClasses_keepAnotherLinesErrnoFromThoseErrors() throws Exception {
        var jars = org.autoheal.parse.ErrorParsers.parse(new org.autoheal.parse.ErrorInput(null, null, 1, RETRIED_THEN_CONFIG_ERROR));
        assertThat(jars.getErrno()).as("ConfigError may be an OSError: the retried refusal's errno").isEqualTo(111);

        write("rules/data/errno_free_classes.json", "{\"python\": [\"ValueError\", \"ConfigError\"]}");
        Knowledge k = RuleTables.forHome(home).known();
        var own = org.autoheal.parse.ErrorParsers.parse(new org.autoheal.parse.ErrorInput(null, null, 1, RETRIED_THEN_CONFIG_ERROR, k));
        assertThat(own.getType()).isEqualTo("ConfigError");
        assertThat(own.getErrno()).as("a class the home lists carries no errno").isNull();
        assertThat(own.getCode()).isNull();
    }

    @Test
    void errnoFreeClasses_areCheckedToo() throws Exception {
        write("rules/data/errno_free_classes.json", """
                {"python": "ValueError",
                 "java": ["ok.Error", "a b", 3, "ok.Error"]}
                """);
        assertThat(problems()).containsExactly(
                "rules/data/errno_free_classes.json:1:2: expected a list of exception classes, found the string \"ValueError\" (at python)",
                "rules/data/errno_free_classes.json:2:23: expected an exception class as printed (no spaces, 1 to 200 characters), "
                        + "found the string \"a b\" (at java[1])",
                "rules/data/errno_free_classes.json:2:30: expected an exception class as printed (no spaces, 1 to 200 characters), "
                        + "found the number 3 (at java[2])",
                "rules/data/errno_free_classes.json:2:33: 'ok.Error' is listed twice (at java[3])");
    }

    @Test
    void serviceSchemes_areCheckedToo() throws Exception {
        write("rules/data/service_schemes.json", """
                {"schemes": {
                   "Cassandra": 9042,
                   "mongodb+srv": 27017,
                   "http": 80,
                   "scylla": "9042",
                   "kafka": 90920,
                   "zk": 2181.5},
                 "ports": {}}
                """);
        assertThat(problems()).containsExactly(
                "rules/data/service_schemes.json:2:4: expected a URL scheme as the parsers read it (a-z first, then 1 to 15 of a-z, "
                        + "0-9 and +) as the key, found 'Cassandra' (at schemes.Cassandra)",
                "rules/data/service_schemes.json:3:4: a mongodb+srv URL is read as mongodb's: list that scheme instead (at schemes[\"mongodb+srv\"])",
                "rules/data/service_schemes.json:4:4: http, https, ws and wss URLs are read as web URLs (the url detail), not as a "
                        + "service's (at schemes.http)",
                "rules/data/service_schemes.json:5:4: expected a port from 1 to 65535, or null for a scheme with no usual port, "
                        + "found the string \"9042\" (at schemes.scylla)",
                "rules/data/service_schemes.json:6:4: expected a port from 1 to 65535, or null for a scheme with no usual port, "
                        + "found the number 90920 (at schemes.kafka)",
                "rules/data/service_schemes.json:7:4: expected a port from 1 to 65535, or null for a scheme with no usual port, "
                        + "found the number 2181.5 (at schemes.zk)",
                "rules/data/service_schemes.json:8:2: unknown field 'ports'; known fields: about, schemes (at ports)");
    }

    @Test
    void aHomeRuleBase_decidesWithItsTables_theSameRulesWithTheJarsDoNot() throws Exception {
        write("rules/connection.drl", Files.readString(Path.of("rules/connection.drl")));
        write("rules/data/error_codes.json", "{\"codes\": {\"EADDRINUSE\": \"connection\"}}");
        RuleBase own = RuleCompiler.compileHome(home, home.resolve("cache")).with(List.of());
        RuleBase jar = RuleCompiler.compile(RuleSources.forHome(home), List.of(), home.resolve("cache"));
        var error = org.autoheal.parse.ErrorParsers.parse(org.autoheal.parse.ErrorInput.of(null, "OSError: [Errno 98] Address already in use"));
        assertThat(own.decide(error, DecisionContext.EMPTY).primary().getCause()).isEqualTo("connection");
        // the same fact decided again by a rule base with the jar's tables: its cached lookups do not leak across
        assertThat(jar.decide(error, DecisionContext.EMPTY).diagnosed()).isFalse();
        assertThat(own.version()).as("the tables join the version").isNotEqualTo(jar.version());
        assertThat(own.tables().known()).isNotSameAs(RuleTables.bundled().known());
    }

    @Test
    void theRulesCacheKeepsTheJarsTables_soAStartFromItReadsNoTableJson() throws Exception {
        Path cache = home.resolve("cache");
        java.util.Map<String, String> sources = java.util.Map.of("rules/site.drl", """
                package org.autoheal.rules.site;
                import org.autoheal.facts.*;
                rule "Anything"
                when
                    $e : ToolchainError( typeCause == "connection" )
                then
                end
                """);
        assertThat(RuleCompiler.compile(sources, List.of(), cache).fromCache()).isFalse(); // compiled, then cached
        RuleBaseCache.Cached entry = new RuleBaseCache(cache).read(sources);
        assertThat(entry).isNotNull();
        assertThat(entry.bundledTables().causeOfCode("ECONNREFUSED")).isEqualTo("connection");
        assertThat(entry.bundledTables().causeOfType(List.of("PackageNotFoundError"))).isEqualTo("missing_module");
        assertThat(entry.bundledTables().closeMeaning("4403")).isEqualTo("application-defined");
        assertThat(entry.bundledTables().servicePort("rediss")).isEqualTo(6379);
        assertThat(entry.bundledTables().servicePort("tcp")).isEqualTo(Knowledge.NO_PORT);
        assertThat(entry.bundledTables().carriesNoErrno("python", List.of("KeyError"))).isTrue();
        assertThat(RuleCompiler.compile(sources, List.of(), cache).fromCache()).isTrue();
    }

    @Test
    void aBrokenTable_stopsTheHomesRulesFromLoading() throws Exception {
        write("rules/data/error_codes.json", "{\"codes\": {\"EADDRINUSE\": null}}");
        assertThatThrownBy(() -> RuleCompiler.compileHome(home, home.resolve("cache")))
                .isInstanceOf(RuleCompileException.class)
                .hasMessage("rules/data/error_codes.json:1:12: expected a cause name such as \"connection\" "
                        + "(lower case letters, digits and _), found null (at codes.EADDRINUSE)");
    }
}
