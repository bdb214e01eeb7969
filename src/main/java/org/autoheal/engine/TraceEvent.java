package org.autoheal.engine;

import java.util.List;

/**
 * One step of a decision: a rule matched facts, fired, or had its match cancelled.
 * Kept as data so {@code diagnose}, {@code --dry-run} and {@code why} all show the same trace.
 */
public record TraceEvent(String event, String rule, String file, int line, int salience,
                         List<String> facts, String note) {
    public static final String MATCHED = "matched";
    public static final String FIRED = "fired";
    public static final String CANCELLED = "cancelled";

    public String location() {
        return file + ":" + line;
    }
}
