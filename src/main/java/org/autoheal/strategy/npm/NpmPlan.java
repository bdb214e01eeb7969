package org.autoheal.strategy.npm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One npm run decided by {@link NpmPlanner}: in the folder of the governing package.json,
 * {@code npm ci} (a lockfile exists), {@code npm install} (none), or, for a package that
 * package.json does not declare but install.allow lists, {@code npm install -- NAME}.
 *
 * @param module      the specifier from the error (validated), e.g. {@code lodash/fp}
 * @param packageName the package that provides it, e.g. {@code lodash}
 * @param packageJson the governing package.json
 * @param lockfile    npm's lockfile beside it, or null
 * @param mode        what npm does
 * @param npm         the npm program, from config
 */
public record NpmPlan(String module, String packageName, Path packageJson, Path lockfile, Mode mode, String npm) {

    public enum Mode {
        /** {@code npm ci}: the lockfile's exact tree. */
        CI("ci"),
        /** {@code npm install}: what package.json declares. */
        INSTALL("install"),
        /** {@code npm install -- NAME}: an allow-listed package package.json does not declare. */
        ADD("install");

        public final String command;

        Mode(String command) {
            this.command = command;
        }
    }

    public Path folder() {
        return packageJson.getParent();
    }

    public Optional<Path> lock() {
        return Optional.ofNullable(lockfile);
    }

    /** The full argv: npm, then {@link #arguments}. */
    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(npm);
        argv.addAll(arguments(mode, packageName));
        return argv;
    }

    /**
     * npm's arguments for {@code mode}; the package name only for {@link Mode#ADD}, behind
     * {@code --} so it is never read as an option. Crash recovery builds the same list.
     */
    public static List<String> arguments(Mode mode, String packageName) {
        List<String> args = new ArrayList<>(List.of(mode.command, "--no-audit", "--no-fund"));
        if (mode == Mode.ADD) {
            args.add("--");
            args.add(packageName);
        }
        return List.copyOf(args);
    }
}
