package org.autoheal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.service.CommandProbe;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Toolchains and probes run with English messages, keeping the character encoding. */
@Tag(Tags.PROCESS)
class MessageLocaleTest {
    private static final String PRINT_ENV = "import json, os; print(json.dumps(dict(os.environ)))";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void whenToolchainRuns_thenItGetsTheCMessagesLocaleAndNoLanguage() throws Exception {
        RunResult r = new ProcessRunner().run(RunSpec.of(dir, "python3", "-c", PRINT_ENV).withEnv(Map.of("APP", "1")));

        Map<String, String> env = parse(r.stdout());
        assertThat(env).containsEntry("LC_MESSAGES", "C").containsEntry("APP", "1")
                .doesNotContainKeys("LANGUAGE", "LC_ALL");
        if (System.getenv("LANG") != null) assertThat(env).containsEntry("LANG", System.getenv("LANG"));
    }

    @Test
    void whenToolchainEnvSetsALocale_thenItIsLeftAsConfigured() throws Exception {
        RunResult r = new ProcessRunner().run(RunSpec.of(dir, "python3", "-c", PRINT_ENV)
                .withEnv(Map.of("LC_ALL", "C.UTF-8", "LANGUAGE", "fr")));

        Map<String, String> env = parse(r.stdout());
        assertThat(env).containsEntry("LC_ALL", "C.UTF-8").containsEntry("LANGUAGE", "fr");
        assertThat(env.get("LC_MESSAGES")).isEqualTo(System.getenv("LC_MESSAGES"));
    }

    @Test
    void whenLcAllIsInherited_thenItsValueMovesToLcCtypeAndMessagesAreC() throws Exception {
        Map<String, String> inherited = new HashMap<>(System.getenv());
        inherited.put("LC_ALL", "C.UTF-8");
        inherited.put("LANGUAGE", "de:en");
        inherited.put("LANG", "de_DE.UTF-8");
        ProcessBuilder pb = new ProcessBuilder(List.of("python3", "-c", PRINT_ENV)).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(MessageLocale.environment(inherited, Map.of()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();

        Map<String, String> env = parse(out);
        assertThat(env).containsEntry("LC_CTYPE", "C.UTF-8").containsEntry("LC_MESSAGES", "C")
                .containsEntry("LANG", "de_DE.UTF-8").doesNotContainKeys("LC_ALL", "LANGUAGE");
    }

    @Test
    void whenCommandProbeRuns_thenItSeesTheCMessagesLocale() {
        String check = "import os, sys; sys.exit(0 if os.environ.get('LC_MESSAGES') == 'C' and 'LANGUAGE' not in os.environ else 3)";
        var up = new CommandProbe(List.of("python3", "-c", check), dir, Map.of()).check(Duration.ofSeconds(20));
        var asConfigured = new CommandProbe(List.of("python3", "-c", check), dir, Map.of("LC_MESSAGES", "POSIX"))
                .check(Duration.ofSeconds(20));

        assertThat(up.up()).as(up.detail()).isTrue();
        assertThat(asConfigured.up()).isFalse();
    }

    private static Map<String, String> parse(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
    }
}
