package org.autoheal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A {@code python} for a toolchain's {@code "python"} field that appends every argv to a log:
 * {@code -m pip} fails fast (there is no package index in tests), every other call runs the real
 * python3. A test reads the log to see whether pip ran and with what.
 */
public final class RecordingPython {
    private final Path path;
    private final Path log;

    private RecordingPython(Path path, Path log) {
        this.path = path;
        this.log = log;
    }

    /** Writes the script at {@code path} (executable), logging to {@code log}. */
    static RecordingPython write(Path path, Path log) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "#!/bin/sh\nprintf '%s ' \"$@\" >> '" + log + "'\necho >> '" + log + "'\n"
                + "if [ \"$1\" = -m ] && [ \"$2\" = pip ]; then echo 'fake pip: no index in tests' >&2; exit 1; fi\n"
                + "exec python3 \"$@\"\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new RecordingPython(path, log);
    }

    public Path path() {
        return path;
    }

    /** One line per call: the arguments separated by spaces. */
    public Path log() {
        return log;
    }

    /** From now on {@code -m pip} hangs (sleeps 120 s) instead of failing: for pip timeouts. */
    public void hangOnPip() throws IOException {
        Files.writeString(path, Files.readString(path)
                .replace("echo 'fake pip: no index in tests' >&2; exit 1", "exec sleep 120"));
    }

    /** pip was never started. */
    public void assertPipNeverRan() throws IOException {
        String calls = Files.exists(log) ? Files.readString(log) : "";
        assertThat(calls.lines().filter(l -> l.startsWith("-m pip"))).as("pip calls").isEmpty();
    }
}
