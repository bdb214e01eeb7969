package org.autoheal.facts;

import java.util.Collection;
import java.util.Map;

/**
 * Knowledge that is a table, read by rules through the global {@code known} and by {@link ToolchainError}'s
 * {@code typeCause}/{@code codeCause}: exception classes and error codes that mean one cause, WebSocket close
 * codes. The tables are the JSON files under {@code rules/data/} of the rules in service (a home's own, else
 * the jar's), read and checked by the engine; this class only looks them up and decides nothing.
 */
public final class Knowledge implements java.io.Serializable {
    private static final long serialVersionUID = 1L; // kept in the rules cache, whose key names this code

    /** What one close code means, and whether the connection ended abnormally (a websocket cause). */
    public record Close(String meaning, boolean failure) implements java.io.Serializable {
    }

    /** The close codes an application defines itself (RFC 6455: 4000-4999), all meaning the same. */
    public record CloseRange(int from, int to, Close close) implements java.io.Serializable {
        boolean contains(int code) {
            return code >= from && code <= to;
        }
    }

    private final Map<String, String> typeCauses;
    private final Map<String, String> codeCauses;
    private final Map<Integer, Close> closeCodes;
    private final CloseRange applicationRange;

    /** @param applicationRange null when the table defines none */
    public Knowledge(Map<String, String> typeCauses, Map<String, String> codeCauses, Map<Integer, Close> closeCodes,
                     CloseRange applicationRange) {
        this.typeCauses = Map.copyOf(typeCauses);
        this.codeCauses = Map.copyOf(codeCauses);
        this.closeCodes = Map.copyOf(closeCodes);
        this.applicationRange = applicationRange;
    }

    /** The cause that the first of these exception names (as printed, full or simple) means; null when none is known. */
    public String causeOfType(Collection<String> types) {
        for (String t : types) {
            String c = typeCauses.get(t);
            if (c != null) return c;
        }
        return null;
    }

    /** The cause an error code (ECONNREFUSED, ERR_REQUIRE_ESM, ...) means; null when unknown. */
    public String causeOfCode(String code) {
        return code == null ? null : codeCauses.get(code);
    }

    /** True when a WebSocket close code says the connection ended abnormally. */
    public boolean closeFailure(String code) {
        Close c = close(code);
        return c != null && c.failure();
    }

    /** What a close code means ("internal error"); null when not in the table. */
    public String closeMeaning(String code) {
        Close c = close(code);
        return c == null ? null : c.meaning();
    }

    private Close close(String code) {
        Integer n = number(code);
        if (n == null) return null;
        Close c = closeCodes.get(n);
        return c != null || applicationRange == null || !applicationRange.contains(n) ? c : applicationRange.close();
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
