package org.autoheal.facts;

/**
 * Context: the toolchain's program ({@code command[0]}) cannot be run. {@code reason} is
 * {@code not_executable} (a file without the execute bit) or {@code missing} (no such file, or
 * not on PATH); {@code path} is relative to the workdir, as the argv names it.
 */
public record UnrunnableProgram(String path, String reason, String shown) {
    public static final String NOT_EXECUTABLE = "not_executable";
    public static final String MISSING = "missing";
}
