package org.autoheal.recover;

import java.time.Instant;
import java.util.Optional;
import org.autoheal.config.Home;
import org.autoheal.strategy.install.InstallRecord;

/**
 * An install record ({@code state/pip.json}, {@code state/npm.json}) checked against today's
 * config: the per-tool part of {@link InstallRecovery}. What it may wait for, kill and verify
 * comes from today's config, never from the record as written ({@link TrustedPip}, {@link TrustedNpm}).
 */
interface TrustedInstall {

    /** Either a checked record or the reason it is refused (one sentence, safe to print). */
    record Checked(Optional<TrustedInstall> trusted, String refusal) {
        static Checked refused(String why) {
            return new Checked(Optional.empty(), why);
        }

        static Checked trusted(TrustedInstall trusted) {
            return new Checked(Optional.of(trusted), null);
        }
    }

    InstallRecord record();

    /** The recorded deadline, never later than limits.pip_timeout after the recorded start. */
    Instant deadline();

    /** The recorded process, when it still runs and is the installer today's config names. */
    Optional<ProcessHandle> ours();

    /** Why no process was waited for ({@link #ours} is empty): it ended, or a live pid is not ours. */
    String notOurs();

    /** What recovery waits for, e.g. "pip (pid 42), started by an AutoHeal that stopped, to finish installing x". */
    String waitingFor();

    /** Checks with today's toolchain what the run left, and says so; {@code exit} tells how the run ended. */
    Recovered finish(Unfinished u, String exit, Home home);
}
