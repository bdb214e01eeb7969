package org.autoheal.facts;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Knowledge that is a table, read by rules through the global {@code known} and by {@link ToolchainError}'s
 * {@code typeCause}/{@code codeCause}: exception classes and error codes that mean one cause, WebSocket close
 * codes; and by the parsers and the argv reading: the URL schemes of databases, brokers and caches, the exception
 * classes that carry no errno. The tables are the JSON files under {@code rules/data/} of the rules in service (a home's own, else
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
    private final Map<String, Integer> servicePorts; // scheme to usual port; NO_PORT: none
    private final Map<String, java.util.Set<String>> errnoFree; // language to exception classes that carry no errno

    /** A service scheme's port when it has no usual one ({@code tcp}): only a URL that writes a port gives one. */
    public static final int NO_PORT = -1;

    /**
     * @param applicationRange null when the table defines none
     * @param servicePorts     URL scheme (lower case) to its usual port, {@link #NO_PORT} for none
     * @param errnoFree        language ({@code python}) to the exception classes that never carry an errno
     */
    public Knowledge(Map<String, String> typeCauses, Map<String, String> codeCauses, Map<Integer, Close> closeCodes,
                     CloseRange applicationRange, Map<String, Integer> servicePorts, Map<String, java.util.Set<String>> errnoFree) {
        this.typeCauses = Map.copyOf(typeCauses);
        this.codeCauses = Map.copyOf(codeCauses);
        this.closeCodes = Map.copyOf(closeCodes);
        this.applicationRange = applicationRange;
        this.servicePorts = Map.copyOf(servicePorts);
        Map<String, java.util.Set<String>> free = new HashMap<>();
        errnoFree.forEach((language, types) -> free.put(language, java.util.Set.copyOf(types)));
        this.errnoFree = Map.copyOf(free);
    }

    /**
     * The tables as plain data for the rules cache: read back in a cold start before the rules, where Java
     * serialization of maps and records cost 20-25 ms (docs/performance.md, session 13).
     */
    public void write(DataOutput out) throws IOException {
        writeMap(out, typeCauses);
        writeMap(out, codeCauses);
        out.writeInt(closeCodes.size());
        for (var e : closeCodes.entrySet()) {
            out.writeInt(e.getKey());
            writeClose(out, e.getValue());
        }
        out.writeBoolean(applicationRange != null);
        if (applicationRange != null) {
            out.writeInt(applicationRange.from());
            out.writeInt(applicationRange.to());
            writeClose(out, applicationRange.close());
        }
        out.writeInt(servicePorts.size());
        for (var e : servicePorts.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        out.writeInt(errnoFree.size());
        for (var e : errnoFree.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (String t : e.getValue()) out.writeUTF(t);
        }
    }

    /** The tables {@link #write} wrote. */
    public static Knowledge read(DataInput in) throws IOException {
        Map<String, String> types = readMap(in);
        Map<String, String> codes = readMap(in);
        Map<Integer, Close> closes = new HashMap<>();
        for (int i = count(in); i > 0; i--) closes.put(in.readInt(), readClose(in));
        CloseRange range = in.readBoolean() ? new CloseRange(in.readInt(), in.readInt(), readClose(in)) : null;
        Map<String, Integer> ports = new HashMap<>();
        for (int i = count(in); i > 0; i--) ports.put(in.readUTF(), in.readInt());
        Map<String, java.util.Set<String>> free = new HashMap<>();
        for (int i = count(in); i > 0; i--) {
            String language = in.readUTF();
            java.util.Set<String> classes = new java.util.HashSet<>();
            for (int j = count(in); j > 0; j--) classes.add(in.readUTF());
            free.put(language, classes);
        }
        return new Knowledge(types, codes, closes, range, ports, free);
    }

    private static void writeMap(DataOutput out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (var e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInput in) throws IOException {
        Map<String, String> map = new HashMap<>();
        for (int i = count(in); i > 0; i--) map.put(in.readUTF(), in.readUTF());
        return map;
    }

    private static void writeClose(DataOutput out, Close c) throws IOException {
        out.writeUTF(c.meaning());
        out.writeBoolean(c.failure());
    }

    private static Close readClose(DataInput in) throws IOException {
        return new Close(in.readUTF(), in.readBoolean());
    }

    private static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) throw new IOException("bad table size " + n);
        return n;
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

    /**
     * The usual port of a database, broker or cache URL scheme ({@code postgresql}: 5432; {@code mongodb+srv} is
     * {@code mongodb}'s), {@link #NO_PORT} for a service scheme without one, null for a scheme that is no such service.
     */
    public Integer servicePort(String scheme) {
        if (scheme == null) return null;
        String s = scheme.toLowerCase(java.util.Locale.ROOT);
        if (s.endsWith("+srv")) s = s.substring(0, s.length() - 4); // DNS SRV lookup of the same service: URL syntax
        return servicePorts.get(s);
    }

    /**
     * True when every one of a signal's exception classes (as printed) is one that never carries an errno in its
     * language ({@code ValueError}, {@code KeyError}): another line's {@code [Errno N]} is then not its errno.
     * False for no classes, or a language the table does not list.
     */
    public boolean carriesNoErrno(String language, Collection<String> types) {
        java.util.Set<String> free = language == null ? null : errnoFree.get(language);
        if (free == null || types.isEmpty()) return false;
        for (String t : types) if (!free.contains(t)) return false;
        return true;
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
