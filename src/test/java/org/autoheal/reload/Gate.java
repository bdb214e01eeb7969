package org.autoheal.reload;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Called from a test rule's consequence: holds a decision half-way until the test lets it go. */
public final class Gate {
    private static volatile CountDownLatch entered = new CountDownLatch(1);
    private static volatile CountDownLatch release = new CountDownLatch(1);

    private Gate() {
    }

    static void reset() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    public static void pass() throws InterruptedException {
        entered.countDown();
        if (!release.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("Gate never released");
    }

    static void awaitEntered() throws InterruptedException {
        if (!entered.await(30, TimeUnit.SECONDS)) throw new AssertionError("no decision reached the gate in 30 s");
    }

    static void release() {
        release.countDown();
    }
}
