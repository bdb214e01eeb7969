package org.autoheal.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.autoheal.config.Home;
import org.autoheal.config.Toolchain;
import org.autoheal.facts.UnrunnableProgram;

/**
 * Is the toolchain's program there and executable? {@code command[0]} with a slash is a path
 * (relative to the workdir); without one it is looked up on AutoHeal's PATH, as the JVM does
 * when it starts the process.
 */
final class ExecutableCheck {
    private final Home home;
    private final String path;

    ExecutableCheck(Home home, String path) {
        this.home = home;
        this.path = path == null ? "" : path;
    }

    Check check(Toolchain t) {
        String program = t.command().get(0);
        if (program.contains("/")) {
            Path file = t.workdir().resolve(program).normalize();
            return file(t.name(), program, file);
        }
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir).resolve(program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Check.ok(t.name(), Check.EXECUTABLE, program, "found on PATH: " + candidate);
            }
        }
        return Check.failed(t.name(), Check.EXECUTABLE, program, "'" + program
                + "' is not on PATH; install it or write its full path in config/toolchains.json");
    }

    /** The same check as a fact for the rules: the program that cannot run, or null when it can. */
    UnrunnableProgram unrunnable(Toolchain t) {
        String program = t.command().get(0);
        if (!program.contains("/")) {
            return check(t).ok() ? null : new UnrunnableProgram(program, UnrunnableProgram.MISSING, program);
        }
        Path file = t.workdir().resolve(program).normalize();
        if (!Files.isRegularFile(file)) return new UnrunnableProgram(program, UnrunnableProgram.MISSING, home.show(file));
        return Files.isExecutable(file) ? null : new UnrunnableProgram(program, UnrunnableProgram.NOT_EXECUTABLE, home.show(file));
    }

    private Check file(String tool, String program, Path file) {
        String shown = home.show(file);
        if (!Files.exists(file)) {
            return Check.failed(tool, Check.EXECUTABLE, program, shown + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            return Check.failed(tool, Check.EXECUTABLE, program, shown + " is not a regular file");
        }
        if (!Files.isExecutable(file)) {
            return Check.failed(tool, Check.EXECUTABLE, program, shown + " is not executable (" + mode(file)
                    + "); `autoheal repair --tool " + tool + "` can add the execute bit");
        }
        return Check.ok(tool, Check.EXECUTABLE, program, shown + " is executable (" + mode(file) + ")");
    }

    private static String mode(Path file) {
        var posix = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
        if (posix == null) return "mode unknown"; // not a POSIX file system
        try {
            return PosixFilePermissions.toString(posix.readAttributes().permissions());
        } catch (IOException e) {
            return "mode unknown";
        }
    }
}
