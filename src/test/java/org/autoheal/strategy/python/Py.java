package org.autoheal.strategy.python;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helper: runs the real python3 independently of the code under test. */
final class Py {
    record Result(int exit, String output) {
    }

    private Py() {
    }

    static Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", "-B"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("python3 " + args[0] + " did not finish");
        }
        return new Result(p.exitValue(), out);
    }

    /** Compiles {@code file} with py_compile; exit 0 means it compiles. */
    static Result compile(Path file) throws IOException, InterruptedException {
        return run(file.getParent(), "-c", "import sys; compile(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1], 'exec')",
                file.toString());
    }
}
