package org.autoheal.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.exec.ExecuteStreamHandler;

/**
 * Reads a process's stdout and stderr into bounded buffers, plus a third one with both
 * interleaved in the order the chunks arrived. Stdin is closed at once: toolchains get no input.
 * <p>
 * Waiting for the pipes is bounded: a background grandchild may inherit them and keep them
 * open long after the process exited. After the grace period the readers are abandoned (daemon
 * threads, they end when the pipe finally closes) and {@link #pipesLeftOpen()} says so.
 */
final class OutputCapture implements ExecuteStreamHandler {

    private final BoundedBuffer stdout;
    private final BoundedBuffer stderr;
    private final BoundedBuffer combined;
    private final Duration pipeGrace;
    private final List<Thread> readers = new ArrayList<>();
    private InputStream processStdout;
    private InputStream processStderr;
    private volatile boolean pipesLeftOpen;

    OutputCapture(int maxBytesPerStream, RunSpec.Keep keep, Duration pipeGrace) {
        this.stdout = new BoundedBuffer(maxBytesPerStream, keep);
        this.stderr = new BoundedBuffer(maxBytesPerStream, keep);
        this.combined = new BoundedBuffer(maxBytesPerStream, keep);
        this.pipeGrace = pipeGrace;
    }

    @Override
    public void setProcessInputStream(OutputStream processStdin) throws IOException {
        processStdin.close();
    }

    @Override
    public void setProcessOutputStream(InputStream in) {
        processStdout = in;
    }

    @Override
    public void setProcessErrorStream(InputStream in) {
        processStderr = in;
    }

    @Override
    public void start() {
        readers.add(reader(processStdout, stdout, "stdout"));
        readers.add(reader(processStderr, stderr, "stderr"));
        readers.forEach(Thread::start);
    }

    @Override
    public void stop() {
        long deadline = System.nanoTime() + pipeGrace.toNanos();
        for (Thread reader : readers) {
            try {
                reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (reader.isAlive()) {
                pipesLeftOpen = true;
            }
        }
    }

    String stdout() { return stdout.text(); }
    String stderr() { return stderr.text(); }
    String combined() { return combined.text(); }
    boolean pipesLeftOpen() { return pipesLeftOpen; }

    private Thread reader(InputStream in, BoundedBuffer own, String name) {
        Thread thread = new Thread(() -> pump(in, own), "autoheal-exec-" + name);
        thread.setDaemon(true);
        return thread;
    }

    private void pump(InputStream in, BoundedBuffer own) {
        byte[] chunk = new byte[8192];
        // whole lines go to the combined output, so a line written in pieces (Python's unbuffered
        // stderr writes the text and the newline separately) is not split by the other stream
        java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                if (pipesLeftOpen) {
                    continue; // the result was already taken; drain so the writer does not block
                }
                own.write(chunk, 0, n);
                int lastNewline = -1;
                for (int i = n - 1; i >= 0; i--) {
                    if (chunk[i] == '\n') {
                        lastNewline = i;
                        break;
                    }
                }
                if (lastNewline < 0 && partial.size() < 65536) {
                    partial.write(chunk, 0, n);
                    continue;
                }
                int upTo = lastNewline < 0 ? n : lastNewline + 1;
                partial.write(chunk, 0, upTo);
                byte[] lines = partial.toByteArray();
                combined.write(lines, 0, lines.length);
                partial.reset();
                partial.write(chunk, upTo, n - upTo);
            }
        } catch (IOException e) {
            // the executor closed the stream after giving up on it: nothing more to read
        }
        byte[] rest = partial.toByteArray();
        if (rest.length > 0) combined.write(rest, 0, rest.length);
    }
}
