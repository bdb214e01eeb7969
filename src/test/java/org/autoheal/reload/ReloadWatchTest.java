package org.autoheal.reload;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.autoheal.api.AutoHeal;
import org.autoheal.engine.Decision;
import org.autoheal.facts.Proposal;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** AutoHeal watching a real home: files edited on disk change the next decision, broken ones do not. */
class ReloadWatchTest {
    final List<ReloadEvent> events = new CopyOnWriteArrayList<>();
    static final String MISSING_YAML = "Traceback (most recent call last):\n  File \"tools/a.py\", line 1, in <module>\n"
            + "    import yaml\nModuleNotFoundError: No module named 'yaml'\n";
    static final String PREFER_CREATE = """
            package org.autoheal.rules.site;
            dialect "mvel"
            import org.autoheal.facts.*;

            rule "Site: create first"
                salience %d
            when
                $d : Diagnosis( cause == "missing_module" )
            then
                insert( Proposal.of("create_missing", $d).with("path", "site.cfg") );
            end
            """;

    @TempDir Path dir;
    TestHome home;
    AutoHeal autoheal;
    AutoCloseable watch;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger reloaderLog = (Logger) LoggerFactory.getLogger(Reloader.class);

    @BeforeEach
    void open() throws Exception {
        home = new TestHome(dir).withDefaultRules("missing_module.drl", "custom_patterns.drl");
        log.start();
        reloaderLog.addAppender(log);
        reloaderLog.setLevel(Level.INFO);
    }

    void watch() {
        autoheal = AutoHeal.open(dir);
        autoheal.onReload(events::add);
        watch = autoheal.watchForChanges();
    }

    @AfterEach
    void close() throws Exception {
        if (watch != null) watch.close();
        reloaderLog.detachAppender(log);
        reloaderLog.setLevel(null);
    }

    String firstStrategy() {
        Decision d = autoheal.diagnose(MISSING_YAML, null);
        return d.proposals().isEmpty() ? null : d.proposals().get(0).getStrategy();
    }

    String cause(String text) {
        Decision d = autoheal.diagnose(text, null);
        return d.diagnosed() ? d.primary().getCause() : null;
    }

    @Test
    void whenRuleAddedInNewSubfolderThenEdited_thenNextDecisionFollowsEachEdit() throws Exception {
        watch();
        assertThat(firstStrategy()).isEqualTo("install_module");

        home.write("rules/site/local/prefer.drl", PREFER_CREATE.formatted(90));
        Wait.value("the new rule to rank first", this::firstStrategy, "create_missing"::equals);
        ReloadEvent added = Wait.first("a served reload adding the rule", events, 0, e -> e.ok() && !e.added().isEmpty());
        assertThat(added.added()).containsExactly("Site: create first");
        assertThat(added.changed()).isEmpty();
        assertThat(added.files()).anyMatch(f -> f.startsWith("rules/site"));

        int seen = events.size();
        home.write("rules/site/local/prefer.drl", PREFER_CREATE.formatted(10)); // below install_module's 60
        Wait.value("the lowered rule to rank after install_module", this::firstStrategy, "install_module"::equals);
        assertThat(autoheal.diagnose(MISSING_YAML, null).proposals()).extracting(Proposal::getStrategy)
                .containsSubsequence("install_module", "create_missing");
        ReloadEvent changed = Wait.first("a reload changing the rule", events, seen, e -> e.ok() && !e.changed().isEmpty());
        assertThat(changed.changed()).containsExactly("Site: create first");
        assertThat(changed.added()).isEmpty();

        seen = events.size();
        Files.delete(dir.resolve("rules/site/local/prefer.drl"));
        ReloadEvent removed = Wait.first("a reload removing the rule", events, seen, e -> e.ok() && !e.removed().isEmpty());
        assertThat(removed.removed()).containsExactly("Site: create first");
        assertThat(autoheal.diagnose(MISSING_YAML, null).proposals()).extracting(Proposal::getStrategy)
                .doesNotContain("create_missing");
        assertThat(log.list).anyMatch(e -> e.getFormattedMessage().contains("added [Site: create first]"));
        assertThat(log.list).anyMatch(e -> e.getFormattedMessage().contains("removed [Site: create first]"));
    }

    @Test
    void whenRuleFileBroken_thenOldRulesServeAndErrorHasLocation_andFixingItSwapsIn() throws Exception {
        home.write("rules/site/marker.drl", TestHome.markerRule("Site marker", 95, "marker_v1", "SITE_MARKER"));
        watch();
        assertThat(cause("boom SITE_MARKER")).isEqualTo("marker_v1");
        String before = autoheal.snapshot().rules().version();

        home.write("rules/site/marker.drl", TestHome.markerRule("Site marker", 95, "marker_v2", "SITE_MARKER"));
        home.write("rules/site/broken.drl", """
                package org.autoheal.rules.site;
                dialect "mvel"
                import org.autoheal.facts.*;

                rule "Broken"
                when
                    $e : ToolchainError( raw == )
                then
                    insert( Diagnosis.of("broken", $e) );
                end
                """);
        ReloadEvent rejected = Wait.first("a rejected reload", events, 0, e -> !e.ok());
        assertThat(rejected.errors()).isNotEmpty()
                .allMatch(err -> err.matches("rules/site/broken\\.drl:[1-9]\\d*:\\d+: .+"), "file:line:col: message")
                .anyMatch(err -> err.startsWith("rules/site/broken.drl:7:"));
        assertThat(rejected.version()).isEqualTo(before);
        assertThat(autoheal.snapshot().rules().version()).isEqualTo(before);
        assertThat(cause("boom SITE_MARKER")).as("the good edit in the same batch waits too").isEqualTo("marker_v1");
        assertThat(log.list).anyMatch(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().startsWith("rules/site/broken.drl:7:"));

        home.write("rules/site/broken.drl", TestHome.markerRule("Broken", 90, "fixed_now", "FIXED_MARKER"));
        Wait.value("the fixed rules to serve", () -> cause("boom SITE_MARKER"), "marker_v2"::equals);
        assertThat(cause("x FIXED_MARKER y")).isEqualTo("fixed_now");
        // listeners hear of a swap just after it serves: wait for the event rather than read it at once
        Wait.value("the fixed reload's event", () -> events.get(events.size() - 1), ReloadEvent::ok);
    }

    @Test
    void whenCustomPatternAdded_thenDecisionUsesIt() throws Exception {
        watch();
        String text = "worker 3: E_DISK_FULL at /var/cache/app\n";
        assertThat(autoheal.diagnose(text, null).diagnosed()).isFalse();
        home.write("config/autoheal_patterns.json", """
                {"DiskFull": {"pattern": "E_DISK_FULL at (?<path>\\\\S+)", "solution": "create_missing",
                              "description": "cache volume full"}}
                """);
        Wait.value("the new pattern to diagnose", () -> cause(text), "DiskFull"::equals);
        Decision d = autoheal.diagnose(text, null);
        assertThat(d.proposals().get(0).getStrategy()).isEqualTo("create_missing");
        assertThat(d.proposals().get(0).get("path")).isEqualTo("/var/cache/app");
    }

    @Test
    void whenToolchainsFileBroken_thenRejectedWithLocation_andOldConfigStays() throws Exception {
        home.write("config/toolchains.json", "{\"toolchains\": {\"a\": {\"command\": [\"true\"]}}}\n");
        watch();
        home.write("config/toolchains.json", "{\"toolchains\": {\n  \"a\": {\"command\": [\"true\"]},\n  \"b\": {\"command\": [\"true\"],}\n}}\n");
        ReloadEvent rejected = Wait.first("a rejected reload", events, 0, e -> !e.ok());
        assertThat(rejected.files()).containsExactly("config/toolchains.json");
        assertThat(rejected.errors()).singleElement().asString().startsWith("config/toolchains.json:3:");
        assertThat(autoheal.config().toolchains()).containsOnlyKeys("a");

        home.write("config/toolchains.json", "{\"toolchains\": {\"b\": {\"command\": [\"true\"]}}}\n");
        Wait.value("the fixed config to serve", () -> autoheal.config().toolchains().keySet(), k -> k.contains("b"));
        assertThat(autoheal.config().toolchains()).containsOnlyKeys("b");
        assertThat(autoheal.snapshot().config()).isSameAs(autoheal.config());
    }
}
