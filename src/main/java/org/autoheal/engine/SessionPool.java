package org.autoheal.engine;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Sessions of one rule base, reused across decisions: creating a session costs more than the
 * decision itself. A released session is reset to its just-created state (no facts, no agenda,
 * no globals, no listeners), so memory stays flat and no decision sees another's facts. A
 * session whose firing failed is disposed, never reused; at most {@code maxIdle} are kept.
 */
final class SessionPool {
    private final KieBase kieBase;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    SessionPool(KieBase kieBase, int maxIdle) {
        this.kieBase = kieBase;
        this.maxIdle = maxIdle;
    }

    KieSession acquire() {
        KieSession s = idle.pollFirst();
        if (s == null) {
            s = kieBase.newKieSession();
            SegmentOrderMemories.install(s); // a cheaper reset at release; without it, Drools' own
            return s;
        }
        idleCount.decrementAndGet();
        return s;
    }

    /** Returns a session after a decision; {@code reusable} false (a rule failed) disposes it. */
    void release(KieSession s, boolean reusable) {
        if (reusable && s instanceof StatefulKnowledgeSessionImpl impl && idleCount.get() < maxIdle) {
            try {
                impl.reset();
            } catch (RuntimeException e) {
                s.dispose();
                return;
            }
            if (impl.getFactCount() == 0) {
                idleCount.incrementAndGet();
                idle.offerFirst(s);
                return;
            }
        }
        s.dispose();
    }

    /** Idle sessions and the facts they hold (must be 0): for tests of the no-leftovers promise. */
    int idleSessions() {
        return idleCount.get();
    }

    long factsInIdleSessions() {
        return idle.stream().mapToLong(KieSession::getFactCount).sum();
    }
}
