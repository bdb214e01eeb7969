package org.autoheal.strategy.pip;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import org.autoheal.service.PidRecord;
import org.autoheal.strategy.install.InstallRecord;

/**
 * Content of {@code state/pip.json}: the last pip install AutoHeal started in a home. It is
 * written when pip starts and again when it ends, so an AutoHeal that starts after a crash can
 * wait for a pip that is still running and check what it left ({@code recover.InstallRecovery}).
 * One file is enough: heals of one home never run at the same time (the home lock).
 * Read back, it is only a claim: recovery checks it against today's config ({@code recover.TrustedPip})
 * and never runs the interpreter or command it names.
 *
 * @param process      the pip process (pid, start time against pid reuse, argv, workdir, log and offset)
 * @param tool         the toolchain being healed
 * @param importName   the module that must import afterwards (validated before pip ran)
 * @param distribution what pip installs
 * @param deadline     when AutoHeal would have killed pip (limits.pip_timeout after the start)
 * @param exit         pip's exit code; null while it runs, or when AutoHeal died before it ended
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PipRecord(PidRecord process, String tool, String importName, String distribution, String deadline,
                        Integer exit) implements InstallRecord {

    public static Path file(Path stateDir) {
        return stateDir.resolve("pip.json");
    }

    @Override
    public PipRecord ended(int exitCode) {
        return new PipRecord(process, tool, importName, distribution, deadline, exitCode);
    }

}
