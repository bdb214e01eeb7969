package org.autoheal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The daemon's log keeps news and drops what only repeats the last round. */
class RoundLogTest {
    final List<String> out = new ArrayList<>();
    final RoundLog log = new RoundLog(out::add);

    void round(String... lines) {
        for (String l : lines) log.accept(l);
        log.flush();
    }

    @Test
    void aWatchedToolchainRunningCleanIsSaidOnce_andAgainAfterAFailure() {
        round("[a] run: ./a.sh", "[a] healthy (exit 0)");
        round("[a] run: ./a.sh", "[a] healthy (exit 0)");
        assertThat(out).containsExactly("[a] run: ./a.sh", "[a] healthy (exit 0)");
        out.clear();
        round("[a] run: ./a.sh", "[a] failed: boom", "[a] failing", "[a] round result: failing");
        round("[a] run: ./a.sh", "[a] healthy (exit 0)");
        assertThat(out).containsExactly("[a] run: ./a.sh", "[a] failed: boom", "[a] failing", "[a] round result: failing",
                "[a] run: ./a.sh", "[a] healthy (exit 0)");
    }

    @Test
    void stillFailingInTheSameWait_printsNothing_butOtherToolchainsAndEventsGoThrough() {
        round("[a] run: ./a.sh", "[a] still failing (connection), still deferred: flapping control: backoff",
                "[b] run: ./b.sh", "[b] failed: boom", "reload: serving after 300 ms");
        assertThat(out).containsExactly("[b] run: ./b.sh", "[b] failed: boom", "reload: serving after 300 ms");
    }

    @Test
    void aRunLineIsHeldOnlyUntilTheNextLine() {
        log.accept("[a] run: ./slow.sh");
        assertThat(out).isEmpty();
        log.accept("[a] failed: boom");
        assertThat(out).containsExactly("[a] run: ./slow.sh", "[a] failed: boom");
    }
}
