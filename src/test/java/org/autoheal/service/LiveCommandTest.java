package org.autoheal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Telling the process AutoHeal launched from another one by the command line it runs. */
@Tag(Tags.PROCESS)
class LiveCommandTest {
    @Test
    void theConfiguredArgvMatches_asWrittenOrBehindSetsidOrAShebangInterpreter() {
        List<String> start = List.of("python3", "tools/srv.py", "--port", "8765");
        assertThat(LiveCommand.runs(start, start)).isTrue();
        assertThat(LiveCommand.runs(List.of("/usr/bin/setsid", "python3", "tools/srv.py", "--port", "8765"), start)).isTrue();
        assertThat(LiveCommand.runs(List.of("/opt/py/bin/python3", "tools/srv.py", "--port", "8765"), start))
                .as("a PATH lookup or shim writes the program out in full").isTrue();
        assertThat(LiveCommand.runs(List.of("/usr/bin/python3", "tools/srv.py", "--port", "8765"),
                List.of("tools/srv.py", "--port", "8765"))).as("a #! script runs behind its interpreter").isTrue();
    }

    @Test
    void anotherCommandLine_doesNotMatch() {
        List<String> start = List.of("python3", "tools/srv.py", "--port", "8765");
        assertThat(LiveCommand.runs(List.of("sleep", "1000"), start)).isFalse();
        assertThat(LiveCommand.runs(List.of("python3", "tools/srv.py", "--port", "8766"), start)).isFalse();
        assertThat(LiveCommand.runs(List.of("python3", "tools/srv.py", "--port", "8765", "--extra"), start)).isFalse();
        assertThat(LiveCommand.runs(List.of("perl", "tools/srv.py", "--port", "8765"), start)).isFalse();
        assertThat(LiveCommand.runs(List.of("tools/srv.py", "--port", "8765"), start)).isFalse();
        assertThat(LiveCommand.runs(List.of(), start)).isFalse();
        assertThat(LiveCommand.runsArguments(List.of("-m", "pip", "install"), List.of("-m", "pip", "install")))
                .as("arguments need a program before them").isFalse();
    }

    @Test
    void aRealProcessCommandLine_isReadFromProc() throws Exception {
        Process p = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(LiveCommand.of(p.pid())).contains(List.of("sleep", "30"));
            assertThat(LiveCommand.of(p.pid()).map(a -> LiveCommand.runs(a, List.of("sleep", "30")))).contains(true);
        } finally {
            p.destroyForcibly();
        }
        assertThat(LiveCommand.of(999_999_999L)).isEmpty();
    }
}
