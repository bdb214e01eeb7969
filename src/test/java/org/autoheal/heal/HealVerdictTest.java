package org.autoheal.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.junit.jupiter.api.Test;

class HealVerdictTest {
    private static ToolchainError parsed(String text) {
        return ErrorParsers.parse(new ErrorInput("app", List.of("python3", "app.py"), 1, text));
    }

    private static final String MISSING_YAML = """
            Traceback (most recent call last):
              File "app.py", line 1, in <module>
                import yaml
            ModuleNotFoundError: No module named 'yaml'
            """;

    @Test
    void whenTheRerunPasses_thenHealed() {
        assertThat(HealVerdict.of(parsed(MISSING_YAML), null)).isEqualTo(HealVerdict.PASSES).matches(HealVerdict::healed);
    }

    @Test
    void whenTheRerunFailsWithTheSameError_thenNotHealed() {
        assertThat(HealVerdict.of(parsed(MISSING_YAML), parsed(MISSING_YAML)))
                .isEqualTo(HealVerdict.ORIGINAL_ERROR_REMAINS).matches(v -> !v.healed());
    }

    @Test
    void whenTheOriginalErrorIsOneSignalOfTheRerun_thenNotHealed() {
        ToolchainError rerun = parsed(MISSING_YAML + """

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "app.py", line 3, in <module>
                    raise SystemExit(2)
                RuntimeError: setup failed
                """);
        assertThat(rerun.getEvidence()).hasSizeGreaterThan(1);
        assertThat(HealVerdict.of(parsed(MISSING_YAML), rerun)).isEqualTo(HealVerdict.ORIGINAL_ERROR_REMAINS);
    }

    @Test
    void whenTheRerunFailsWithAnotherError_thenHealedAndTheNextProblemIsNext() {
        ToolchainError next = parsed("""
                Traceback (most recent call last):
                  File "app.py", line 4, in <module>
                    open("config/settings.json")
                FileNotFoundError: [Errno 2] No such file or directory: 'config/settings.json'
                """);
        assertThat(HealVerdict.of(parsed(MISSING_YAML), next)).isEqualTo(HealVerdict.ORIGINAL_ERROR_GONE).matches(HealVerdict::healed);
    }
}
