package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.autoheal.engine.RuleSources;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin SPI end to end, on the documented example (examples/plugin): its source is compiled
 * against the test classpath, jarred with its services file into {@code <home>/plugins/}, its rule
 * is added to the home's rules next to the defaults, and {@code repair --yes} heals with it.
 */
@Tag(Tags.PROCESS)
class PluginEndToEndTest {
    static final Path EXAMPLE = Path.of("examples/plugin");
    static final Path SOURCE = EXAMPLE.resolve("src/main/java/org/example/autoheal/RemoveStaleLock.java");

    @TempDir Path dir;
    @TempDir Path work;
    TestHome home;

    @BeforeEach
    void homeWithTheExampleRule() throws Exception {
        home = new TestHome(dir);
        for (Map.Entry<String, String> rule : RuleSources.bundled().entrySet()) home.write(rule.getKey(), rule.getValue());
        home.write("rules/stale_lock.drl", Files.readString(EXAMPLE.resolve("rules/stale_lock.drl")));
        home.write("tools/app.py", """
                import os, sys
                lock = 'run/app.lock'
                if os.path.exists(lock):
                    print('stale lock ' + lock + ' held by pid ' + open(lock).read().strip())
                    sys.exit(1)
                print('app ran')
                """);
        home.toolchains("{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
    }

    private String serviceName() throws Exception {
        return Files.readString(EXAMPLE.resolve("src/main/resources/META-INF/services/org.autoheal.strategy.Strategy")).strip();
    }

    @Test
    void theExamplePluginHealsAStaleLock_andIsBackedUpLikeAnyStrategy() throws Exception {
        PluginJars.build(work, SOURCE, serviceName(), dir.resolve("plugins/stale-lock.jar"));
        home.write("run/app.lock", "999999999\n"); // no such pid (above pid_max)

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        JsonNode inc = r.incident(0);
        assertThat(inc.get("diagnosis").get("cause").asText()).isEqualTo("stale_lock");
        JsonNode attempt = inc.get("attempts").get(0);
        assertThat(attempt.get("strategy").asText()).isEqualTo("remove_stale_lock");
        assertThat(attempt.get("rule").asText()).isEqualTo("Remove stale lock");
        assertThat(attempt.get("outcome").asText()).isEqualTo("healed");
        assertThat(dir.resolve("run/app.lock")).doesNotExist();
        String manifest = Files.readString(dir.resolve(attempt.get("backups").get(0).asText()));
        assertThat(manifest).contains("app.lock");
    }

    @Test
    void thePluginRefusesALiveLock_andChangesNothing() throws Exception {
        PluginJars.build(work, SOURCE, serviceName(), dir.resolve("plugins/stale-lock.jar"));
        home.write("run/app.lock", ProcessHandle.current().pid() + "\n");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("refused");
        assertThat(r.firstAttempt().get("detail").asText()).contains("which is running; not removing a live lock");
        assertThat(dir.resolve("run/app.lock")).exists();
    }

    @Test
    void withoutThePlugin_theProposalIsAnErrorNamingTheMissingStrategy() throws Exception {
        home.write("run/app.lock", "999999999\n");
        Cli.Output r = home.autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("error");
        assertThat(r.firstAttempt().get("detail").asText()).contains("no strategy named 'remove_stale_lock'");
        assertThat(dir.resolve("run/app.lock")).exists();
    }

    @Test
    void aPluginNamedLikeABuiltIn_isAClearConfigError() throws Exception {
        Path clash = work.resolve("src/org/example/autoheal/Clash.java");
        Files.createDirectories(clash.getParent());
        Files.writeString(clash, Files.readString(SOURCE).replace("class RemoveStaleLock", "class Clash")
                .replace("\"remove_stale_lock\"", "\"fix_permissions\""));
        PluginJars.build(work, clash, "org.example.autoheal.Clash", dir.resolve("plugins/clash.jar"));

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("two strategies are named 'fix_permissions'");
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void aBrokenJar_orAServicesFileNamingAMissingClass_isAClearConfigError() throws Exception {
        home.write("plugins/broken.jar", "this is not a zip file\n");
        Cli.Output r = home.autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("plugins/broken.jar");

        Files.delete(dir.resolve("plugins/broken.jar"));
        PluginJars.build(work, SOURCE, "org.example.autoheal.NoSuchStrategy", dir.resolve("plugins/missing.jar"));
        Cli.Output m = home.autoheal("repair", "--yes", "--json");
        assertThat(m.exit()).as(m.all()).isEqualTo(2);
        assertThat(m.err()).contains("plugins/").contains("org.example.autoheal.NoSuchStrategy");
    }
}
