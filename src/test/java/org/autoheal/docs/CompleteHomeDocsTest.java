package org.autoheal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 11: the complete home the README and docs/rules.md show is a home that loads, with
 * every field a newcomer needs, and the two documents show the same one.
 */
class CompleteHomeDocsTest {
    @TempDir Path home;

    static String block(String doc, String name) throws Exception {
        Matcher m = Pattern.compile("```json home=" + name + "\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of(doc)));
        assertThat(m.find()).as(doc + " has a ```json home=" + name + " block").isTrue();
        return m.group(1);
    }

    @Test
    void theReadmesCompleteHomeLoads_withEveryFieldANewcomerNeeds() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"), block("README.md", "toolchains"));
        Files.writeString(home.resolve("config/autoheal.json"), block("README.md", "settings"));
        Files.writeString(home.resolve("config/autoheal_patterns.json"), block("README.md", "patterns"));
        HomeConfig config = HomeConfig.load(new Home(home));
        Toolchain router = config.toolchain("model_router");
        assertThat(router.pip()).containsExactly("--no-index", "--find-links", "wheelhouse");
        assertThat(router.requires()).containsExactly("yaml");
        assertThat(router.dependsOn()).containsExactly("mcp_server");
        assertThat(router.templates()).containsKey("config/router.json");
        assertThat(config.toolchain("report").workdir()).isEqualTo(home.toAbsolutePath().normalize().resolve("reports"));
        assertThat(config.services().get("web").start()).isNotEmpty();
        assertThat(config.services().values()).allMatch(s -> s.probe() != null);
        assertThat(config.patterns()).hasSize(2);
        assertThat(config.patterns().get(1).getSolution()).isNull(); // diagnose only

        Cli.Output r = Cli.run(home, "diagnose", "--json", "OSError: [Errno 98] Address already in use (port 8765)");
        assertThat(r.out()).as(r.err()).contains("\"cause\":\"AddrInUse\"").contains("\"strategy\":\"free_port\"").contains("\"port\":\"8765\"");
    }

    @Test
    void rulesMdShowsTheSameHome() throws Exception {
        assertThat(block("docs/rules.md", "toolchains")).isEqualTo(block("README.md", "toolchains"));
    }
}
