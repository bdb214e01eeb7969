package org.autoheal.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.autoheal.api.AutoHeal;
import org.autoheal.engine.Decision;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables of rules/data belong to the rules (DESIGN §6): editing one alone reloads, and the next decision
 * uses the new table; a broken table is rejected with its place and the previous rules and tables keep serving.
 */
class ReloadTablesTest {
    static final String ADDRESS_IN_USE = "OSError: [Errno 98] Address already in use";
    final List<ReloadEvent> events = new CopyOnWriteArrayList<>();
    @TempDir Path dir;
    AutoCloseable watch;

    @AfterEach
    void close() throws Exception {
        if (watch != null) watch.close();
    }

    static String codes(String addressInUse) {
        return "{\"codes\": {\"ECONNREFUSED\": \"connection\", \"EADDRINUSE\": " + addressInUse + "}}\n";
    }

    @Test
    void whenOnlyATableIsEdited_thenTheWatcherReloads_andABrokenTableIsRejectedWhileTheOldOneServes() throws Exception {
        TestHome home = new TestHome(dir).withDefaultRules("connection.drl");
        home.write("rules/data/error_codes.json", codes("\"file_not_found\""));
        AutoHeal autoheal = AutoHeal.open(dir);
        autoheal.onReload(events::add);
        watch = autoheal.watchForChanges();
        assertThat(cause(autoheal)).as("connection.drl has no rule for file_not_found").isNull();
        String first = autoheal.snapshot().rules().version();

        home.write("rules/data/error_codes.json", codes("\"connection\""));
        ReloadEvent served = Wait.first("a served reload", events, 0, ReloadEvent::ok);
        assertThat(served.files()).containsExactly("rules/data/error_codes.json");
        assertThat(served.version()).as("the tables are part of the rules version").isNotEqualTo(first);
        assertThat(cause(autoheal)).isEqualTo("connection");
        String second = autoheal.snapshot().rules().version();

        int seen = events.size();
        home.write("rules/data/error_codes.json", codes("3"));
        ReloadEvent rejected = Wait.first("a rejected reload", events, seen, e -> !e.ok());
        assertThat(rejected.errors()).containsExactly("rules/data/error_codes.json:1:42: expected a cause name such as "
                + "\"connection\" (lower case letters, digits and _), found the number 3 (at codes.EADDRINUSE)");
        assertThat(rejected.summary()).startsWith("rejected after ").contains("rules/data/error_codes.json:1:42")
                .endsWith("the previous rules and config stay in service");
        assertThat(autoheal.snapshot().rules().version()).isEqualTo(second);
        assertThat(cause(autoheal)).isEqualTo("connection");

        seen = events.size();
        Files.delete(dir.resolve("rules/data/error_codes.json")); // the jar's table again: EADDRINUSE means nothing there
        Wait.first("a served reload after the delete", events, seen, ReloadEvent::ok);
        assertThat(cause(autoheal)).isNull();
        assertThat(autoheal.snapshot().rules().version()).isNotEqualTo(second);
    }

    @Test
    void whenAServiceSchemeIsAdded_thenTheWatcherReloads_andTheNextParseReadsItsUrls() throws Exception {
        TestHome home = new TestHome(dir).withDefaultRules("connection.drl");
        home.write("rules/data/service_schemes.json", "{\"schemes\": {\"postgresql\": 5432}}\n");
        AutoHeal autoheal = AutoHeal.open(dir);
        autoheal.onReload(events::add);
        watch = autoheal.watchForChanges();
        String refused = "ConnectionRefusedError: [Errno 111] Connection refused\nwhile connecting to cassandra://cass.internal/shop\n";
        assertThat(autoheal.parse(refused, null, 1).getHost()).isNull();

        home.write("rules/data/service_schemes.json", "{\"schemes\": {\"postgresql\": 5432, \"cassandra\": 9042}}\n");
        ReloadEvent served = Wait.first("a served reload", events, 0, ReloadEvent::ok);
        assertThat(served.files()).containsExactly("rules/data/service_schemes.json");
        var error = autoheal.parse(refused, null, 1);
        assertThat(error.getHost() + ":" + error.getPort()).isEqualTo("cass.internal:9042");
        Decision d = autoheal.diagnose(refused, null);
        assertThat(d.primary().getError().getPort()).isEqualTo(9042);
    }

    private static String cause(AutoHeal autoheal) {
        Decision d = autoheal.diagnose(ADDRESS_IN_USE, null);
        return d.diagnosed() ? d.primary().getCause() : null;
    }
}
