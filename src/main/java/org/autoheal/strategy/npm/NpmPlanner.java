package org.autoheal.strategy.npm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.autoheal.backup.ConfinedFiles;
import org.autoheal.strategy.Refusal;

/**
 * Decides what npm does for a missing package, without running anything: the governing
 * package.json (nearest above the failing file, inside the roots) must declare the package,
 * or install.allow must list it; install.deny always refuses. The package name from the error
 * only selects; npm never receives it unless it is allow-listed (and then validated).
 */
final class NpmPlanner {
    private final List<String> allow;
    private final List<String> deny;

    public NpmPlanner(List<String> allow, List<String> deny) {
        this.allow = allow == null ? List.of() : List.copyOf(allow);
        this.deny = deny == null ? List.of() : List.copyOf(deny);
    }

    /**
     * @param module the specifier Node could not resolve (untrusted)
     * @param start  the failing file's folder (confined), or the workdir when the error names no file
     * @param roots  the toolchain's real roots
     * @param npm    the npm program from config
     */
    public NpmPlan plan(String module, Path start, List<Path> roots, ConfinedFiles files, String npm) throws Refusal {
        String pkg = NpmNames.packageOf(module == null ? "" : module);
        var bad = NpmNames.problem(pkg);
        if (bad.isPresent()) throw new Refusal("not installing " + NpmNames.quote(module) + ": " + bad.get());
        if (deny.contains(pkg)) throw new Refusal("'" + pkg + "' is on install.deny in config/autoheal.json");
        Path file = PackageJson.nearest(start, roots).orElseThrow(() -> new Refusal("no package.json in " + start
                + " or above it inside the toolchain's roots, so nothing declares '" + pkg + "'; add it to a package.json"
                + " (npm install " + pkg + ") or list it in install.allow in config/autoheal.json"));
        PackageJson json;
        try {
            json = PackageJson.read(files, file);
        } catch (IOException | RuntimeException e) {
            throw new Refusal("cannot read " + file + ": " + e.getMessage());
        }
        var foreign = json.foreignLockfile();
        if (foreign.isPresent()) {
            throw new Refusal(json.folder() + " has " + foreign.get() + " and no npm lockfile: the project installs with"
                    + " another package manager, and AutoHeal runs only npm; install with that tool");
        }
        Path lock = json.lockfile().orElse(null);
        if (json.declares(pkg)) {
            return new NpmPlan(module, pkg, file, lock, lock != null ? NpmPlan.Mode.CI : NpmPlan.Mode.INSTALL, npm);
        }
        if (!allow.contains(pkg)) {
            throw new Refusal("'" + pkg + "' is not declared in " + file + " (dependencies, devDependencies,"
                    + " optionalDependencies), so AutoHeal does not install it; declare it there, or list it in"
                    + " install.allow in config/autoheal.json to let AutoHeal run npm install " + pkg);
        }
        return new NpmPlan(module, pkg, file, lock, NpmPlan.Mode.ADD, npm);
    }
}
