package org.autoheal.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.engine.RuleBase;

/**
 * The examples part of a reload's trial (DESIGN §6): a rule base whose examples fail is rejected
 * like one that does not compile, naming the failing examples. An example is decided in its own
 * scratch home, so the outcome depends only on the rules and the examples: a pair that passed
 * once is not run again (a config-only reload costs nothing here), and a home without
 * {@code rules/} (the jar's rules and examples) has nothing to run.
 */
public final class ExampleTrial {
    static final int SHOWN = 10;
    private static final Map<String, Boolean> PASSED = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 16;
        }
    });

    private ExampleTrial() {
    }

    /**
     * Null when every example of the home passes on {@code rules}, else the lines saying which failed
     * and how, the first failure first (the watch line shows it, with the count of the others).
     */
    public static List<String> failures(RuleBase rules, Path home) {
        // without rules/ the home decides with the jar's rules, whose examples the build runs (BundledExamplesTest);
        // a reload there changes config only, and an example never sees the home's config
        if (!java.nio.file.Files.isDirectory(home.resolve("rules"))) return null;
        Map<String, String> texts;
        List<RuleExample> examples;
        try {
            texts = ExampleFiles.texts(home);
            examples = ExampleFiles.read(texts);
        } catch (ExampleFileException e) {
            return List.of("rule examples: " + e.getMessage());
        }
        if (examples.isEmpty()) return null;
        String key = rules.version() + "\n" + digest(texts);
        if (PASSED.containsKey(key)) return null;
        List<String> lines = new ExampleRunner(rules).run(examples).failureLines();
        if (lines.isEmpty()) {
            PASSED.put(key, true);
            return null;
        }
        List<String> out = new ArrayList<>(lines.subList(0, Math.min(SHOWN, lines.size())));
        if (lines.size() > SHOWN) out.add("… and " + (lines.size() - SHOWN) + " more failing example lines (autoheal rules test)");
        return out;
    }

    private static String digest(Map<String, String> texts) {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            texts.forEach((file, text) -> {
                md.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
            });
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
