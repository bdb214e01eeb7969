package org.autoheal.engine;

import java.io.ObjectInputFilter;
import java.util.List;

/**
 * What a rules cache entry may deserialize: classes of the JDK, Drools, KIE, MVEL and AutoHeal (arrays by their
 * element type), to a depth of 200; anything else is rejected. It decides as the JDK's pattern filter
 * {@code maxdepth=200;java.**;org.drools.**;org.kie.**;org.mvel2.**;org.autoheal.**;!*} did, but once per class:
 * the pattern filter runs for every object, array and reference of the entry (tens of thousands) and matched the
 * class name against each pattern through a stream every time, a fifth of the Java time of reading the packages
 * in a cold start (docs/performance.md, "Session 12: what the rules cache entry holds").
 */
final class CacheClassFilter implements ObjectInputFilter {
    static final CacheClassFilter INSTANCE = new CacheClassFilter();
    static final int MAX_DEPTH = 200;
    private static final List<String> PACKAGES = List.of("java.", "org.drools.", "org.kie.", "org.mvel2.", "org.autoheal.");

    private static final ClassValue<Status> DECIDED = new ClassValue<>() {
        @Override
        protected Status computeValue(Class<?> type) {
            Class<?> c = type;
            while (c.isArray()) c = c.getComponentType();
            if (c.isPrimitive()) return Status.UNDECIDED; // as the pattern filter: an array of primitives is not a class
            String name = c.getName();
            for (String p : PACKAGES) if (name.startsWith(p)) return Status.ALLOWED;
            return Status.REJECTED;
        }
    };

    private CacheClassFilter() {
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.depth() < 0 || info.references() < 0 || info.streamBytes() < 0) return Status.REJECTED;
        Class<?> c = info.serialClass();
        return c == null ? Status.UNDECIDED : DECIDED.get(c);
    }
}
