package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;

/** A Python error line pasted alone (no traceback), as users type it into `autoheal diagnose`. */
class BarePythonErrorTest {
    @Test
    void bareModuleNotFoundLine_isReadAsPython() {
        ToolchainError e = ErrorParsers.parse(ErrorInput.of(null, "ModuleNotFoundError: No module named 'yaml'"));
        assertThat(e.getLanguage()).isEqualTo("python");
        assertThat(e.getType()).isEqualTo("ModuleNotFoundError");
        assertThat(e.getModule()).isEqualTo("yaml");
    }

    @Test
    void plainTextIsNotMistakenForAnError() {
        ToolchainError e = ErrorParsers.parse(ErrorInput.of(null, "note: waiting for job 42"));
        assertThat(e.getLanguage()).isEqualTo("unknown");
        assertThat(e.getType()).isNull();
    }
}
