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

    /** urllib wraps the OSError in angle brackets: the strerror detail must not keep the closing one. */
    @Test
    void urlErrorStrerrorWithoutTheBracket() {
        ToolchainError e = ErrorParsers.parse(ErrorInput.of(null, "urllib.error.URLError: <urlopen error [Errno 111] Connection refused>"));
        assertThat(e.getErrno()).isEqualTo(111);
        assertThat(e.getDetails()).containsEntry("strerror", "Connection refused");
    }
}
