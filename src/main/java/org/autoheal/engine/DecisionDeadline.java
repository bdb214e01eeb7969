package org.autoheal.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.autoheal.facts.ToolchainError;

/**
 * Runs each decision on a worker thread and waits at most {@code limits.decision_timeout} for it.
 * Past the deadline the decision is abandoned: the caller gets an undiagnosed decision whose
 * warning names the rule that was running, the session is halted and the worker interrupted
 * (a {@code Thread.sleep} in a rule ends there). A rule that spins without looking cannot be
 * stopped inside the JVM, so its thread goes on: such <em>stuck</em> decisions are counted. A rule
 * base with {@value #STUCK_PER_RULE_BASE} stuck decisions is out of service (its decisions are
 * refused at once, so it cannot take more threads; a reload that passes serves new rules), and at
 * {@value #STUCK_IN_PROCESS} in the process the fatal handler is called (the CLI exits: only a new
 * JVM frees those threads). A rule that exhausts the heap is reported to the fatal handler too.
 * Embedders that set no handler get the warning in the decision instead.
 */
public final class DecisionDeadline {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DecisionDeadline.class);
    public static final Duration DEFAULT = Duration.ofSeconds(2);
    static final int STUCK_PER_RULE_BASE = 2;
    static final int STUCK_IN_PROCESS = 4;
    /** How long an abandoned worker may take to leave before it counts as stuck. */
    private static final long GRACE_MILLIS = 250;
    /** The most a starved decision may take, in deadlines (see {@link #starved}). */
    static final int MAX_STRETCH = 4;
    private static final String ABANDONED = "decision abandoned";
    private static final String OUT_OF_SERVICE = "the rules are out of service";
    private static final String STUCK_TEXT = " decisions are stuck in rules";

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new Workers());
    private static final Object LOCK = new Object();
    private static final Map<RuleBase, Stuck> STUCK_BY_RULES = new WeakHashMap<>(); // guarded by LOCK
    private static int stuckInProcess;                                       // guarded by LOCK
    private static String lastStuck = "?";                                   // guarded by LOCK
    private static volatile Consumer<String> fatal;

    private final Duration timeout;

    public DecisionDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * What to do when rules leave the process unusable (heap exhausted, too many stuck threads):
     * the CLI prints the message and exits; without a handler the decision just says it.
     */
    public static void onFatal(Consumer<String> handler) {
        fatal = handler;
    }

    /** Decisions abandoned past their deadline whose threads are still running, in this process. */
    public static int stuckInProcess() {
        synchronized (LOCK) {
            return stuckInProcess;
        }
    }

    /** Why {@code rules} are out of service (too many stuck decisions), or null while they serve. */
    public static String outOfService(RuleBase rules) {
        synchronized (LOCK) {
            Stuck s = STUCK_BY_RULES.get(rules);
            if (stuckInProcess >= STUCK_IN_PROCESS) {
                return stuckInProcess + STUCK_TEXT + " that ignore their deadline (the last in "
                        + lastStuck + ") and cannot be stopped inside this JVM; "
                        + "fix the rule and restart AutoHeal";
            }
            if (s == null || s.count < STUCK_PER_RULE_BASE) return null;
            return OUT_OF_SERVICE + ": " + s.count + " decisions are still running in " + s.where
                    + ", past limits.decision_timeout and cannot be stopped; fix or remove the rule "
                    + "(a reload whose rules pass puts them in service)";
        }
    }

    /** Decides with the trace, under the deadline. */
    public Decision decide(RuleBase rules, ToolchainError error, DecisionContext ctx) {
        return decide(rules, error, ctx, true);
    }

    public Decision decide(RuleBase rules, ToolchainError error, DecisionContext ctx, boolean traced) {
        String refused = outOfService(rules);
        if (refused != null) return nothingDecided(rules, error, refused);
        DecisionWatch watch = new DecisionWatch();
        Future<Decision> result = WORKERS.submit(() -> work(rules, error, ctx, traced, watch));
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // as before the deadline, a caller that is stopping (watch on SIGTERM) gets its decision
                    // finished, within the deadline; it keeps its interrupt
                    interrupted = true;
                } catch (TimeoutException e) {
                    if (!starved(watch, start)) return abandon(rules, error, watch, overdue());
                    end = System.nanoTime() + recheck();
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * Past the deadline, whether to wait a little longer: the decision's thread wants to run but a busy machine has
     * given it less than half the deadline in CPU so far (a cold JVM's first decision beside a build), up to
     * {@value #MAX_STRETCH} times the deadline in all. A rule that spins on a machine that lets it run has its CPU by
     * then and is abandoned on time; one that sleeps or waits is not runnable and is abandoned on time too.
     */
    private boolean starved(DecisionWatch watch, long start) {
        return System.nanoTime() - start < MAX_STRETCH * timeout.toNanos() && watch.starved(timeout.toNanos() / 2);
    }

    private long recheck() {
        return Math.max(TimeUnit.MILLISECONDS.toNanos(1), timeout.toNanos() / 4);
    }

    private String overdue() {
        return "was still running after " + text(timeout) + " (limits.decision_timeout)";
    }

    private static Decision work(RuleBase rules, ToolchainError error, DecisionContext ctx, boolean traced,
                                 DecisionWatch watch) {
        watch.started(Thread.currentThread());
        StartLog.mark("decision started");
        try {
            return rules.decide(error, ctx, traced, watch);
        } catch (OutOfMemoryError e) {
            return outOfMemory(rules, error, watch, e);
        } finally {
            synchronized (LOCK) { // with markStuck under the same lock, a count never misses its end
                if (watch.ended()) {
                    stuckInProcess--;
                    STUCK_BY_RULES.get(rules).count--;
                }
            }
        }
    }

    private static Decision outOfMemory(RuleBase rules, ToolchainError error, DecisionWatch watch, OutOfMemoryError e) {
        // the rule's garbage went with the frames that held it: there is room to say what happened
        String where = RunningRule.describe(rules.catalog(), watch, e.getStackTrace());
        String message = where + ", exhausted the Java heap (" + (Runtime.getRuntime().maxMemory() >> 20)
                + " MiB, the JVM's -Xmx) while deciding";
        Consumer<String> handler = fatal;
        if (handler != null) handler.accept(message);
        return nothingDecided(rules, error, message + ": " + ABANDONED + ", nothing was decided");
    }

    private Decision abandon(RuleBase rules, ToolchainError error, DecisionWatch watch, String why) {
        String where = RunningRule.describe(rules.catalog(), watch, watch.stack()); // before the interrupt moves it
        watch.abandon();
        String warning = where + ", " + why + ": " + ABANDONED + ", nothing was decided";
        if (watch.awaitEnd(GRACE_MILLIS)) return nothingDecided(rules, error, warning);
        int inProcess;
        int inRules;
        synchronized (LOCK) {
            if (!watch.markStuck()) return nothingDecided(rules, error, warning); // it left meanwhile
            Stuck s = STUCK_BY_RULES.computeIfAbsent(rules, r -> new Stuck());
            s.count++;
            s.where = where;
            lastStuck = where;
            inRules = s.count;
            inProcess = ++stuckInProcess;
        }
        warning += "; its thread does not stop (" + inRules + " such in these rules; at " + STUCK_PER_RULE_BASE
                + " they are taken out of service)";
        LOG.warn("{}", warning); // a daemon's operator learns it from the log, not only from one incident
        if (inRules == STUCK_PER_RULE_BASE) LOG.error("{}", outOfService(rules));
        Consumer<String> handler = fatal;
        if (inProcess >= STUCK_IN_PROCESS && handler != null) handler.accept(outOfService(rules));
        return nothingDecided(rules, error, warning);
    }

    /**
     * A watchdog for decisions that run on their caller's own thread ({@code diagnose --batch}):
     * {@link #decide} hands nothing to a worker (a thread hand-off per error cost more than the
     * decision), and one watchdog thread for all of them enforces the same deadline the same way.
     * Close it when the batch ends.
     */
    public Watchdog watchdog(RuleBase rules) {
        return new Watchdog(rules);
    }

    /**
     * Past its deadline a decision is abandoned exactly as {@link DecisionDeadline#decide} abandons
     * one: the session is halted, the thread interrupted, the warning names the running rule, and
     * a thread that does not leave within the grace counts as stuck. A stuck decision's caller
     * cannot return, so its abandoned decision goes to the {@code ifStuck} callback instead (on the
     * watchdog's thread); the caller should carry on with another thread.
     */
    public final class Watchdog implements AutoCloseable {
        private final RuleBase rules;
        private final Set<Running> running = ConcurrentHashMap.newKeySet();
        private final Thread thread;
        private volatile boolean closed;

        private Watchdog(RuleBase rules) {
            this.rules = rules;
            this.thread = new Thread(this::watch, "autoheal-deadline");
            thread.setDaemon(true);
            thread.start();
        }

        public RuleBase rules() {
            return rules;
        }

        /** Decides on this thread, under the deadline; see {@link Watchdog} for a decision that never ends. */
        public Decision decide(ToolchainError error, DecisionContext ctx, boolean traced, Consumer<Decision> ifStuck) {
            String refused = outOfService(rules);
            if (refused != null) return nothingDecided(rules, error, refused);
            DecisionWatch watch = new DecisionWatch();
            watch.started(Thread.currentThread());
            Running r = new Running(error, watch, System.nanoTime(), ifStuck);
            running.add(r);
            Decision d;
            try {
                d = rules.decide(error, ctx, traced, watch);
            } catch (RuntimeException e) {
                if (!watch.wasAbandoned()) throw e;
                d = null; // a halted or interrupted decision may throw: the watchdog's verdict stands
            } catch (OutOfMemoryError e) {
                d = outOfMemory(rules, error, watch, e);
            } finally {
                running.remove(r);
                synchronized (LOCK) {
                    if (watch.ended()) {
                        stuckInProcess--;
                        STUCK_BY_RULES.get(rules).count--;
                    }
                }
            }
            if (!watch.wasAbandoned()) return d;
            Thread.interrupted(); // the watchdog's interrupt was for the abandoned decision, not the next one
            return r.verdict.join();
        }

        private void watch() {
            long tick = recheck();
            while (!closed) {
                long now = System.nanoTime();
                long next = now + tick;
                for (Running r : running) {
                    if (now - r.deadline < 0) {
                        next = Math.min(next, r.deadline);
                        continue;
                    }
                    if (starved(r.watch, r.start)) {
                        r.deadline = now + tick;
                        continue;
                    }
                    running.remove(r);
                    Decision d = abandon(rules, r.error, r.watch, overdue());
                    r.verdict.complete(d);
                    try {
                        if (!r.watch.hasEnded()) r.ifStuck.accept(d);
                    } catch (RuntimeException e) {
                        LOG.error("the handler of a stuck decision failed", e);
                    }
                }
                LockSupport.parkNanos(this, Math.max(0, next - System.nanoTime()));
            }
        }

        @Override
        public void close() {
            closed = true;
            LockSupport.unpark(thread);
        }

        /** A decision on its caller's thread: identity, not value equality (two decisions about equal errors are two). */
        private final class Running {
            final ToolchainError error;
            final DecisionWatch watch;
            final long start;
            volatile long deadline;
            final Consumer<Decision> ifStuck;
            final CompletableFuture<Decision> verdict = new CompletableFuture<>();

            Running(ToolchainError error, DecisionWatch watch, long start, Consumer<Decision> ifStuck) {
                this.error = error;
                this.watch = watch;
                this.start = start;
                this.deadline = start + timeout.toNanos();
                this.ifStuck = ifStuck;
            }
        }
    }

    /** The warning of a decision that was abandoned or refused, or null for a decision the rules made. */
    public static String abandonment(Decision d) {
        if (!d.diagnoses().isEmpty() || d.warnings().size() != 1) return null;
        String w = d.warnings().get(0);
        return w.contains(": " + ABANDONED + ", ") || w.startsWith(OUT_OF_SERVICE) || w.contains(STUCK_TEXT) ? w : null;
    }

    private static Decision nothingDecided(RuleBase rules, ToolchainError error, String warning) {
        return new Decision(error, List.of(), List.of(), List.of(), List.of(warning), rules.version());
    }

    private static String text(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    private static final class Stuck {
        int count;
        String where;
    }

    /** Daemon threads: a stuck decision must not keep the JVM from exiting. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "autoheal-decision-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
