package org.autoheal.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The lines of {@code diagnose --batch}, decided on a pool and handed back in input order. Lines
 * travel in chunks (a thread hand-off per line cost about as much as parsing it), and at most a
 * window of chunks is in flight, so memory stays bounded whatever the input's length. A line whose
 * decision is stuck (a rule that ignores its deadline) gets its result from the deadline watchdog;
 * the pool then grows by one thread, which carries on with the rest of that chunk.
 */
final class BatchLines implements AutoCloseable {
    /** Decides one line; {@code ifStuck} takes its result if the thread deciding it never comes back. */
    interface Decider {
        String decide(int number, String text, Consumer<String> ifStuck) throws IOException;
    }

    static final int CHUNK_LINES = 32;
    static final int CHUNK_CHARS = 128 * 1024;
    private final ThreadPoolExecutor pool;
    private final Decider decider;
    private final int window;
    private final Deque<Chunk> inFlight = new ArrayDeque<>();
    private Chunk filling = new Chunk();

    BatchLines(int threads, Decider decider) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "autoheal-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.decider = decider;
        this.window = threads * 2;
    }

    /** Adds a line to decide; returns the results that are ready, in input order. */
    List<String> add(String text, int number) {
        filling.add(text, number, null);
        return filling.full() ? submit() : List.of();
    }

    /** Adds a line whose result is already known (a line too long to read). */
    List<String> addResult(String result) {
        filling.add(null, 0, result);
        return filling.full() ? submit() : List.of();
    }

    /** After the last line: every remaining result, in order. */
    List<String> finish() {
        List<String> out = new ArrayList<>();
        if (filling.size > 0) out.addAll(submit());
        while (!inFlight.isEmpty()) inFlight.poll().await(out);
        return out;
    }

    private List<String> submit() {
        Chunk c = filling;
        filling = new Chunk();
        c.start();
        inFlight.add(c);
        pool.execute(c);
        List<String> out = new ArrayList<>();
        while (inFlight.size() > window || !inFlight.isEmpty() && inFlight.peek().done()) inFlight.poll().await(out);
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private final class Chunk implements Runnable {
        private final String[] texts = new String[CHUNK_LINES];
        private final int[] numbers = new int[CHUNK_LINES];
        private final AtomicReferenceArray<String> results = new AtomicReferenceArray<>(CHUNK_LINES);
        private final AtomicInteger next = new AtomicInteger();
        private int size;
        private long chars;
        private CountDownLatch left;
        private volatile Throwable failure;

        void add(String text, int number, String result) {
            texts[size] = text;
            numbers[size] = number;
            if (result != null) results.set(size, result);
            chars += text == null ? 0 : text.length();
            size++;
        }

        boolean full() {
            return size == CHUNK_LINES || chars >= CHUNK_CHARS;
        }

        void start() {
            int toDecide = 0;
            for (int i = 0; i < size; i++) if (texts[i] != null) toDecide++;
            left = new CountDownLatch(toDecide);
        }

        boolean done() {
            return left.getCount() == 0;
        }

        @Override
        public void run() {
            try {
                for (int i; (i = next.getAndIncrement()) < size; ) {
                    if (texts[i] == null) continue;
                    int line = i;
                    set(line, decider.decide(numbers[line], texts[line], stuck -> {
                        if (set(line, stuck)) carryOn();
                    }));
                }
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
                while (left.getCount() > 0) left.countDown();
            }
        }

        /** The thread that took this chunk is stuck in a rule: another takes its place and the chunk's rest. */
        private void carryOn() {
            synchronized (pool) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
            pool.execute(this);
        }

        private boolean set(int i, String result) {
            if (!results.compareAndSet(i, null, result)) return false;
            left.countDown();
            return true;
        }

        void await(List<String> out) {
            try {
                left.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while diagnosing the batch", e);
            }
            Throwable f = failure;
            if (f instanceof RuntimeException r) throw r;
            if (f instanceof Error err) throw err;
            if (f instanceof IOException io) throw new UncheckedIOException(io);
            for (int i = 0; i < size; i++) out.add(results.get(i));
        }
    }
}
