package org.autoheal.reload;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Rule name to a hash of the rule's text ({@code rule "..."} through {@code end}), and the
 * difference between two such maps: what a reload added, changed or removed.
 */
final class RuleHashes {
    private RuleHashes() {
    }

    public record Diff(List<String> added, List<String> changed, List<String> removed) {
        public boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }
    }

    /** Hashes of every rule in the DRL texts (file to text); files that do not parse are skipped. */
    public static Map<String, String> of(Map<String, String> sources) {
        Map<String, String> out = new HashMap<>();
        sources.values().forEach(text -> out.putAll(ofFile(text)));
        return out;
    }

    /** As {@link #of}, re-parsing only texts not in {@code cache} (text to its rules' hashes), which is updated. */
    static Map<String, String> of(Map<String, String> sources, Map<String, Map<String, String>> cache) {
        Map<String, Map<String, String>> now = new HashMap<>();
        sources.values().forEach(text -> now.put(text, cache.containsKey(text) ? cache.get(text) : ofFile(text)));
        cache.keySet().retainAll(now.keySet());
        cache.putAll(now);
        Map<String, String> out = new HashMap<>();
        now.values().forEach(out::putAll);
        return out;
    }

    static Map<String, String> ofFile(String text) {
        PackageDescr pkg;
        try {
            pkg = new DrlParser().parse(false, new StringReader(text));
        } catch (DroolsParserException e) {
            return Map.of(); // compiled sources always parse; this only guards a caller passing raw files
        }
        if (pkg == null) return Map.of();
        Map<String, String> out = new HashMap<>();
        for (RuleDescr r : pkg.getRules()) {
            int start = Math.max(0, r.getStartCharacter());
            int end = r.getEndCharacter() < start ? text.length() : Math.min(text.length(), r.getEndCharacter() + 1);
            out.put(r.getName(), sha256(text.substring(start, end)));
        }
        return Map.copyOf(out);
    }

    public static Diff diff(Map<String, String> before, Map<String, String> after) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        after.forEach((name, hash) -> {
            String old = before.get(name);
            if (old == null) added.add(name);
            else if (!old.equals(hash)) changed.add(name);
        });
        before.keySet().stream().filter(n -> !after.containsKey(n)).forEach(removed::add);
        added.sort(null);
        changed.sort(null);
        removed.sort(null);
        return new Diff(List.copyOf(added), List.copyOf(changed), List.copyOf(removed));
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
