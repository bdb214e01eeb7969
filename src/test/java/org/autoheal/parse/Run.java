package org.autoheal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real program (argv, never a shell line) in a folder and parses its combined output. */
final class Run {

    record Result(int exitCode, String text) {
    }

    private Run() {
    }

    /** Skips (not fails) a test when the machine lacks the program it runs, e.g. node or dash on a slim CI image. */
    static void requireOnPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean found = java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && java.nio.file.Files.isExecutable(Path.of(d, program)));
        org.junit.jupiter.api.Assumptions.assumeTrue(found, program + " is not on PATH");
    }

    static Result run(Path dir, String... argv) throws IOException, InterruptedException {
        requireOnPath(argv[0]);
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("NODE_OPTIONS");
        pb.environment().remove("PYTHONSTARTUP");
        Process p = pb.start();
        p.getOutputStream().close();
        String text;
        try (InputStream in = p.getInputStream()) {
            text = ErrorText.read(in, ErrorText.DEFAULT_MAX_BYTES);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("still running after 60s: " + String.join(" ", argv) + " in " + dir);
        }
        return new Result(p.exitValue(), text);
    }

    static org.autoheal.facts.ToolchainError parse(Path dir, String... argv) throws IOException, InterruptedException {
        Result r = run(dir, argv);
        return ErrorParsers.parse(new ErrorInput(argv[0], List.of(argv), r.exitCode(), r.text()));
    }
}
