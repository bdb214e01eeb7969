package org.autoheal.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line a live process runs, read from {@code /proc/PID/cmdline} (the JDK's view where
 * there is no /proc), and whether it is a command AutoHeal would have launched. A pid file or
 * {@code state/pip.json} can be forged with another process's pid and its real start time; the
 * command line, compared with the argv today's config names, is what tells our process from it.
 */
public final class LiveCommand {
    private static final int MAX_BYTES = 256 * 1024;

    private LiveCommand() {
    }

    /** The argv of process {@code pid}; empty when it is gone or cannot be read (then it is never signalled). */
    public static Optional<List<String>> of(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        if (Files.isDirectory(Path.of("/proc/self"))) {
            try {
                byte[] bytes = Files.readAllBytes(cmdline);
                if (bytes.length == 0 || bytes.length > MAX_BYTES) return Optional.empty(); // a zombie, or not sane
                return Optional.of(split(bytes));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().command().flatMap(cmd -> h.info().arguments().map(args -> {
            List<String> argv = new ArrayList<>();
            argv.add(cmd);
            argv.addAll(List.of(args));
            return argv;
        })));
    }

    /**
     * True when {@code actual} ends with {@code expected}: the arguments exactly, the program by
     * its file name (a PATH lookup or a venv path changes how it is written). Words before it are
     * allowed: {@code setsid} while it has not exec'd yet, or the interpreter of a {@code #!} script.
     */
    public static boolean runs(List<String> actual, List<String> expected) {
        if (expected.isEmpty() || actual.size() < expected.size()) return false;
        int from = actual.size() - expected.size();
        if (!sameProgram(actual.get(from), expected.get(0))) return false;
        return actual.subList(from + 1, actual.size()).equals(expected.subList(1, expected.size()));
    }

    /**
     * True when {@code actual} is some program followed by exactly {@code arguments} (e.g. an
     * interpreter wrapper that exec'd the real python keeps the arguments, not the program name).
     */
    public static boolean runsArguments(List<String> actual, List<String> arguments) {
        return actual.size() > arguments.size()
                && actual.subList(actual.size() - arguments.size(), actual.size()).equals(arguments);
    }

    /** The argv as one bounded, printable line for messages. */
    public static String show(List<String> argv) {
        return Texts.clip(String.join(" ", argv), 200);
    }

    private static boolean sameProgram(String actual, String expected) {
        return actual.equals(expected) || fileName(actual).equals(fileName(expected)) && !fileName(expected).isEmpty();
    }

    private static String fileName(String program) {
        int slash = program.lastIndexOf('/');
        return slash < 0 ? program : program.substring(slash + 1);
    }

    private static List<String> split(byte[] bytes) {
        List<String> argv = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == 0) {
                if (i > start || i < bytes.length) argv.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return argv;
    }
}
