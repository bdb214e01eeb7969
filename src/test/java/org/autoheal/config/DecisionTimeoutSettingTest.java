package org.autoheal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limits.decision_timeout}: parsed like the other durations, 2s by default, bounded. */
class DecisionTimeoutSettingTest {
    @TempDir Path home;

    private HomeConfig load(String settings) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/autoheal.json"), settings);
        return HomeConfig.load(new Home(home));
    }

    @Test
    void defaultsToTwoSeconds_andReadsWhatIsWritten() throws Exception {
        assertThat(load("{}").decisionTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(load("{\"limits\": {\"decision_timeout\": \"750ms\"}}").decisionTimeout()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void aBadOrUnboundedValue_isAConfigErrorNamingTheSetting() {
        assertThatThrownBy(() -> load("{\"limits\": {\"decision_timeout\": \"soon\"}}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("config/autoheal.json: limits.decision_timeout");
        assertThatThrownBy(() -> load("{\"limits\": {\"decision_timeout\": \"1ms\"}}"))
                .isInstanceOf(ConfigException.class).hasMessage("config/autoheal.json: limits.decision_timeout must be 10ms..10m, not 1ms");
        assertThatThrownBy(() -> load("{\"limits\": {\"decision_timeout\": \"1h\"}}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must be 10ms..10m");
    }
}
