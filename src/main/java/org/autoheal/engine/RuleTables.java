package org.autoheal.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.autoheal.facts.Knowledge;

/**
 * The knowledge tables a rule base decides with ({@code rules/data/*.json}: error codes, exception classes,
 * WebSocket close codes, service URL schemes, classes without an errno; rules read them through the global
 * {@code known} and the signals' {@code typeCause} and {@code codeCause}, the parsers and the argv reading through
 * {@link #known()} too). They are found as the rule files are: a home whose {@code rules/} has its own tables
 * uses them, each table it lacks coming from the jar; a home without tables of its own uses the jar's, which
 * are read once per JVM, when a decision first needs them (or taken from the rules cache), and shared.
 */
public final class RuleTables {
    private static final RuleTables BUNDLED = new RuleTables(null, null);
    private static volatile Knowledge bundled;

    private final Knowledge own;
    private final String digest;

    private RuleTables(Knowledge own, String digest) {
        this.own = own;
        this.digest = digest;
    }

    /** The tables shipped in the jar. */
    public static RuleTables bundled() {
        return BUNDLED;
    }

    /**
     * The tables of the home at {@code home}: its {@code rules/data/*.json} when it has any (read and checked
     * now), else the jar's.
     *
     * @throws RuleCompileException a table of the home is broken: every problem with file, line, column and JSON path
     */
    public static RuleTables forHome(Path home) throws RuleCompileException {
        Path rules = home.resolve("rules");
        Map<String, String> own = Files.isDirectory(rules) ? RuleSources.ownTables(rules) : Map.of();
        if (own.isEmpty()) return BUNDLED;
        Map<String, String> files = new TreeMap<>(own);
        for (String t : TableReader.TABLES) {
            if (!files.containsKey(TableReader.FOLDER + t)) files.put(TableReader.FOLDER + t, RuleSources.bundledTable(t));
        }
        return new RuleTables(TableReader.read(files), digest(own));
    }

    /** The tables to look things up in. */
    public Knowledge known() {
        if (own != null) return own;
        Knowledge k = bundled;
        if (k == null) { // two threads may both read them: the same content, no harm
            Map<String, String> files = new TreeMap<>();
            for (String t : TableReader.TABLES) files.put(TableReader.FOLDER + t, RuleSources.bundledTable(t));
            try {
                k = TableReader.read(files);
            } catch (RuleCompileException e) {
                throw new IllegalStateException("the tables bundled in the jar are broken:\n" + e.getMessage(), e);
            }
            bundled = k;
        }
        return k;
    }

    /** The jar's tables as the rules cache kept them ({@link RuleBaseCache}): no need to read them again. */
    static void offerBundled(Knowledge k) {
        if (bundled == null && k != null) bundled = k;
    }

    /** Names and texts as a 64-bit checksum (CRC-32C and CRC-32, as {@link CacheKey}: no SHA-256 set up at a start). */
    private static String digest(Map<String, String> files) {
        CRC32C a = new CRC32C();
        CRC32 b = new CRC32();
        files.forEach((name, text) -> {
            for (String s : new String[] {name, text}) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                a.update(bytes);
                a.update(0);
                b.update(bytes);
                b.update(0);
            }
        });
        return String.format("%08x%08x", a.getValue(), b.getValue());
    }

    /** A hash of the home's own table files; null for the jar's. It joins the rules version: the tables decide too. */
    public String digest() {
        return digest;
    }
}
