package org.autoheal.reload;

import static org.assertj.core.api.Assertions.assertThat;

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
 * DESIGN §6/§9: the watcher rejects a rule base whose examples fail, names the failing example and
 * keeps the rules in service; editing the examples file alone triggers the reload that accepts it.
 */
class ReloadExamplesTest {
    final List<ReloadEvent> events = new CopyOnWriteArrayList<>();
    @TempDir Path dir;
    AutoCloseable watch;

    @AfterEach
    void close() throws Exception {
        if (watch != null) watch.close();
    }

    static String examples(String cause) {
        return """
                [{"name": "the marker diagnoses", "text": "boom SITE_MARKER", "expect": {"cause": "%s"}},
                 {"name": "other text does not", "text": "all quiet", "expect": {"cause": null}}]
                """.formatted(cause);
    }

    @Test
    void aReloadWhoseExamplesFail_isRejectedNamingThem_andTheOldRulesServe() throws Exception {
        TestHome home = new TestHome(dir);
        home.write("rules/site/marker.drl", TestHome.markerRule("Site marker", 95, "marker_v1", "SITE_MARKER"));
        home.write("rules/site/marker.examples.json", examples("marker_v1"));
        AutoHeal autoheal = AutoHeal.open(dir);
        autoheal.onReload(events::add);
        watch = autoheal.watchForChanges();
        String before = autoheal.snapshot().rules().version();

        // the rule changes its cause; its example still says marker_v1: the reload is rejected
        home.write("rules/site/marker.drl", TestHome.markerRule("Site marker", 95, "marker_v2", "SITE_MARKER"));
        ReloadEvent rejected = Wait.first("a rejected reload", events, 0, e -> !e.ok());
        assertThat(rejected.errors()).anyMatch(e -> e.equals("rules/site/marker.examples.json: example \"the marker diagnoses\": "
                + "cause: expected 'marker_v1', got 'marker_v2' (rule \"Site marker\")"));
        assertThat(rejected.errors()).noneMatch(e -> e.contains("other text does not"));
        assertThat(rejected.summary()).as("the watch line").startsWith("rejected after ")
                .contains("rules/site/marker.examples.json: example \"the marker diagnoses\": cause: expected 'marker_v1'");
        assertThat(autoheal.snapshot().rules().version()).isEqualTo(before);
        assertThat(cause(autoheal, "boom SITE_MARKER")).isEqualTo("marker_v1");

        // updating the examples file alone is a change to the rules: the same rules now pass and serve
        int seen = events.size();
        home.write("rules/site/marker.examples.json", examples("marker_v2"));
        ReloadEvent served = Wait.first("a served reload", events, seen, ReloadEvent::ok);
        assertThat(served.files()).anyMatch(f -> f.endsWith("marker.examples.json"));
        assertThat(cause(autoheal, "boom SITE_MARKER")).isEqualTo("marker_v2");
    }

    @Test
    void aBrokenExamplesFile_isRejectedWithItsPlace() throws Exception {
        TestHome home = new TestHome(dir);
        home.write("rules/site/marker.drl", TestHome.markerRule("Site marker", 95, "marker_v1", "SITE_MARKER"));
        AutoHeal autoheal = AutoHeal.open(dir);
        autoheal.onReload(events::add);
        watch = autoheal.watchForChanges();
        home.write("rules/site/marker.examples.json", "[{\"name\": \"no expectation\", \"text\": \"boom\"}]");
        ReloadEvent rejected = Wait.first("a rejected reload", events, 0, e -> !e.ok());
        assertThat(rejected.errors()).anyMatch(e -> e.contains("rules/site/marker.examples.json: [0].expect: expected an object"));
    }

    private static String cause(AutoHeal autoheal, String text) {
        Decision d = autoheal.diagnose(text, null);
        return d.diagnosed() ? d.primary().getCause() : null;
    }
}
