package org.autoheal.strategy.npm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import org.autoheal.service.PidRecord;
import org.autoheal.strategy.install.InstallRecord;

/**
 * Content of {@code state/npm.json}: the last npm run AutoHeal started in a home, written when npm
 * starts and again when it ends, so an AutoHeal started after a crash can wait for it and check
 * what it left ({@code recover.InstallRecovery}). Read back it is only a claim: recovery checks it
 * against today's config ({@code recover.TrustedNpm}) and never runs the command it names.
 *
 * @param process     the npm process (pid, start time against pid reuse, argv, folder, log and offset)
 * @param tool        the toolchain being healed
 * @param module      the specifier that must resolve afterwards
 * @param packageName the package that provides it
 * @param mode        {@link NpmPlan.Mode} name
 * @param folder      the package.json folder npm ran in
 * @param deadline    when AutoHeal would have killed npm (limits.pip_timeout after the start)
 * @param exit        npm's exit code; null while it runs, or when AutoHeal died before it ended
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NpmRecord(PidRecord process, String tool, String module, String packageName, String mode,
                        String folder, String deadline, Integer exit) implements InstallRecord {

    public static Path file(Path stateDir) {
        return stateDir.resolve("npm.json");
    }

    @Override
    public NpmRecord ended(int exitCode) {
        return new NpmRecord(process, tool, module, packageName, mode, folder, deadline, exitCode);
    }
}
