package org.autoheal.service;

import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecuteResultHandler;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ProcessDestroyer;
import org.apache.commons.exec.PumpStreamHandler;
import org.autoheal.exec.MessageLocale;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs a configured argv (never through a shell) with Apache Commons Exec, a timeout and a
 * bounded capture of stdout+stderr. On timeout the process and its descendants are killed
 * forcibly, so a command that ignores SIGTERM cannot hang AutoHeal.
 */
final class CommandRunner {
    private static final int OUTPUT_TAIL_BYTES = 4096;

    /** Outcome of one run; {@code exitCode} is -1 when it timed out or could not start ({@code error} says why). */
    record Outcome(List<String> argv, int exitCode, boolean timedOut, String error, String output, Duration elapsed) {
        boolean succeeded() {
            return exitCode == 0 && !timedOut && error == null;
        }

        String summary() {
            if (error != null) return "could not run " + argv + ": " + error;
            if (timedOut) return argv + " timed out after " + Texts.human(elapsed) + " and was killed";
            String out = output.isBlank() ? "" : ": " + Texts.clip(output.strip(), 300);
            return argv + " exited " + exitCode + out;
        }
    }

    private CommandRunner() {
    }

    static Outcome run(List<String> argv, Path workdir, Map<String, String> env, Duration timeout) {
        long t0 = System.nanoTime();
        CommandLine line = new CommandLine(argv.get(0));
        argv.subList(1, argv.size()).forEach(a -> line.addArgument(a, false));
        TailBuffer output = new TailBuffer(OUTPUT_TAIL_BYTES);
        PumpStreamHandler pump = new PumpStreamHandler(output);
        pump.setStopTimeout(Duration.ofMillis(500));
        DefaultExecutor executor = DefaultExecutor.builder()
                .setWorkingDirectory(workdir.toFile())
                .setExecuteStreamHandler(pump)
                .get();
        executor.setExitValues(null); // any exit code is an answer, not an exception
        ProcessCapture capture = new ProcessCapture();
        executor.setProcessDestroyer(capture);
        DefaultExecuteResultHandler handler = new DefaultExecuteResultHandler();
        try {
            executor.execute(line, MessageLocale.environment(env), handler);
            handler.waitFor(timeout);
            if (!handler.hasResult()) {
                capture.killTree();
                handler.waitFor(Duration.ofSeconds(2));
                return new Outcome(argv, -1, true, null, output.text(), elapsed(t0));
            }
        } catch (IOException e) {
            return new Outcome(argv, -1, false, e.getMessage() + " (in " + workdir + ")", "", elapsed(t0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            capture.killTree();
            return new Outcome(argv, -1, false, "interrupted", output.text(), elapsed(t0));
        }
        if (handler.getException() != null) {
            Throwable cause = handler.getException().getCause() != null ? handler.getException().getCause() : handler.getException();
            return new Outcome(argv, -1, false, cause.getMessage() + " (in " + workdir + ")", output.text(), elapsed(t0));
        }
        return new Outcome(argv, handler.getExitValue(), false, null, output.text(), elapsed(t0));
    }

    private static Duration elapsed(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Commons Exec hands every launched process to its destroyer: the one hook that exposes the Process. */
    private static final class ProcessCapture implements ProcessDestroyer {
        private volatile Process process;

        @Override
        public boolean add(Process p) {
            process = p;
            return true;
        }

        @Override
        public boolean remove(Process p) {
            return true;
        }

        @Override
        public int size() {
            return process == null ? 0 : 1;
        }

        void killTree() {
            Process p = process;
            if (p == null) return;
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
