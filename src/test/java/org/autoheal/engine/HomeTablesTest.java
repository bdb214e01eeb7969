package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.autoheal.api.AutoHeal;
import org.autoheal.config.ConfigException;
import org.autoheal.engine.Decision;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home with its own copy of the rules uses its own rules/data tables (DESIGN §3, §8): an edited table
 * changes what `diagnose` and the API conclude; a broken one stops the commands that load rules with the
 * file, line, column and JSON path, as a rule that does not compile does.
 */
class HomeTablesTest {
    static final String ADDRESS_IN_USE = "OSError: [Errno 98] Address already in use";
    static final String NODE_PACKAGE_TARGET = """
            node:internal/modules/esm/resolve:303
              return new ERR_INVALID_PACKAGE_TARGET(
                     ^

            Error [ERR_INVALID_PACKAGE_TARGET]: Invalid "exports" main target "./x.js" defined in the package config \
            /app/node_modules/foo/package.json imported from /app/main.mjs
                at new NodeError (node:internal/errors:405:5)
                at file:///app/main.mjs:1:8 {
              code: 'ERR_INVALID_PACKAGE_TARGET'
            }

            Node.js v20.10.0
            """;

    @TempDir Path home;
    @TempDir Path plain;

    /** The repository's rules/ (DRL, examples and tables) copied into the home, as a user starts a rules folder of their own. */
    private void copyRules() throws IOException {
        Path from = Path.of("rules");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = home.resolve("rules").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
    }

    private Path errorCodes() {
        return home.resolve("rules/data/error_codes.json");
    }

    private static JsonNode diagnosis(Cli.Output r) {
        return r.jsonObject().get("diagnosis");
    }

    @Test
    void whenAHomeEditsItsErrorCodes_thenTheCliAndTheApiDiagnoseWithThem_andTheJarsTablesStayAsTheyAre() throws Exception {
        copyRules();
        assertThat(diagnosis(Cli.run(home, "diagnose", "--json", ADDRESS_IN_USE)).isNull()).as("not in the shipped table").isTrue();

        ObjectNode table = (ObjectNode) Json.MAPPER.readTree(errorCodes().toFile());
        ((ObjectNode) table.get("codes")).put("EADDRINUSE", "connection").put("ERR_INVALID_PACKAGE_TARGET", "import_error");
        Files.writeString(errorCodes(), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(table));

        Cli.Output errno = Cli.run(home, "diagnose", "--json", ADDRESS_IN_USE);
        assertThat(errno.exit()).as(errno.all()).isZero();
        assertThat(diagnosis(errno).get("cause").asText()).isEqualTo("connection");
        assertThat(diagnosis(errno).get("details").get("code").asText()).isEqualTo("EADDRINUSE");
        Cli.Output node = Cli.run(home, "diagnose", "--json", NODE_PACKAGE_TARGET);
        assertThat(diagnosis(node).get("cause").asText()).as(node.all()).isEqualTo("import_error");
        assertThat(diagnosis(node).get("rule").asText()).isEqualTo("Node import refused by its code");

        Decision viaApi = AutoHeal.open(home).diagnose(ADDRESS_IN_USE, null);
        assertThat(viaApi.primary().getCause()).isEqualTo("connection");

        Cli.Output check = Cli.run(home, "rules", "check");
        assertThat(check.exit()).as(check.all()).isZero();

        // a home without rules/ of its own keeps the jar's tables
        assertThat(diagnosis(Cli.run(plain, "diagnose", "--json", ADDRESS_IN_USE)).isNull()).isTrue();
        assertThat(AutoHeal.open(plain).diagnose(ADDRESS_IN_USE, null).diagnosed()).isFalse();
    }

    static final String CASSANDRA_REFUSED = "ConnectionRefusedError: [Errno 111] Connection refused\n"
            + "while connecting to cassandra://cass.internal/shop\n";

    @Test
    void whenAHomeAddsAServiceScheme_thenDiagnoseAndTheApiReadItsUrlsHostAndUsualPort() throws Exception {
        copyRules();
        JsonNode before = diagnosis(Cli.run(home, "diagnose", "--json", CASSANDRA_REFUSED));
        assertThat(before.get("cause").asText()).isEqualTo("connection");
        assertThat(before.get("details").has("host")).as("cassandra is not in the shipped table").isFalse();

        Path schemes = home.resolve("rules/data/service_schemes.json");
        ObjectNode table = (ObjectNode) Json.MAPPER.readTree(schemes.toFile());
        ((ObjectNode) table.get("schemes")).put("cassandra", 9042);
        Files.writeString(schemes, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(table));

        Cli.Output after = Cli.run(home, "diagnose", "--json", CASSANDRA_REFUSED);
        assertThat(after.exit()).as(after.all()).isZero();
        assertThat(diagnosis(after).get("details").get("host").asText()).isEqualTo("cass.internal");
        assertThat(diagnosis(after).get("details").get("port").asText()).isEqualTo("9042");
        var error = AutoHeal.open(home).parse(CASSANDRA_REFUSED, null, 1);
        assertThat(error.getHost() + ":" + error.getPort()).isEqualTo("cass.internal:9042");
        assertThat(AutoHeal.open(plain).parse(CASSANDRA_REFUSED, null, 1).getHost()).as("the jar's table").isNull();
    }

    @Test
    void whenAHomeTableIsBroken_thenTheCommandsThatLoadRulesNameItsPlace_andStop() throws Exception {
        copyRules();
        Files.writeString(errorCodes(), """
                {
                  "codes": {
                    "ECONNREFUSED": "connection",
                    "EADDRINUSE": ["connection"]
                  }
                }
                """);
        String problem = "rules/data/error_codes.json:4:5: expected a cause name such as \"connection\" "
                + "(lower case letters, digits and _), found a list (at codes.EADDRINUSE)";

        Cli.Output diagnose = Cli.run(home, "diagnose", ADDRESS_IN_USE);
        assertThat(diagnose.exit()).as(diagnose.all()).isEqualTo(2); // bad configuration (DESIGN §4), as a broken rule file
        assertThat(diagnose.err()).contains(problem);
        assertThat(diagnose.out()).isEmpty();

        Cli.Output check = Cli.run(home, "rules", "check");
        assertThat(check.exit()).as(check.all()).isEqualTo(1);
        assertThat(check.err()).contains(problem).contains("1 error(s); the rules were not loaded");

        assertThatThrownBy(() -> AutoHeal.open(home)).isInstanceOf(ConfigException.class).hasMessageContaining(problem);
    }
}
