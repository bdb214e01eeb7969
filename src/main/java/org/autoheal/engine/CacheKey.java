package org.autoheal.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.kie.api.KieBase;

/**
 * What a cached rule base depends on: the rule files (names and text), the code that compiled
 * them and whose classes they name (AutoHeal's jar or class folder, the Drools jars) and the JVM.
 * A rebuilt jar, an upgraded Drools or another Java gives another key, so a stale entry is never read.
 * The key only names the file: an entry also holds {@link #code()} and the rule files themselves,
 * compared exactly when it is read ({@link RuleBaseCache}), so the key is a cheap 64-bit checksum
 * (CRC-32C and CRC-32, intrinsics even in a cold JVM) instead of a SHA-256, which cost 20-30 ms of
 * a start to compute before the JIT compiled it.
 */
final class CacheKey {
    private static volatile String code;

    private CacheKey() {
    }

    static String of(Map<String, String> sources) {
        CRC32C a = new CRC32C();
        CRC32 b = new CRC32();
        java.util.function.Consumer<String> update = s -> {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            a.update(bytes);
            a.update(0);
            b.update(bytes);
            b.update(0);
        };
        update.accept(code());
        sources.forEach((file, text) -> {
            update.accept(file);
            update.accept(text);
        });
        return String.format("%08x%08x", a.getValue(), b.getValue());
    }

    /** The JVM and the code locations a compiled rule base depends on. */
    static String code() {
        String c = code;
        if (c == null) {
            c = System.getProperty("java.vm.version") + "|" + location(CacheKey.class) + "|" + location(KieBase.class)
                    + "|" + location(org.drools.mvel.MVELConstraint.class) + "|" + location(org.mvel2.MVEL.class);
            code = c;
        }
        return c;
    }

    /** A jar by path, size and time; a class folder (tests, IDE) by the size and time of every file in it. */
    static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return type.getName() + "@unknown";
        try {
            Path p = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(p)) return p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
            try (Stream<Path> files = Files.walk(p)) {
                MessageDigest md = sha256();
                files.filter(Files::isRegularFile).sorted().forEach(f -> {
                    try {
                        update(md, f + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        update(md, f + ":unreadable");
                    }
                });
                return p + ":" + HexFormat.of().formatHex(md.digest());
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return source.getLocation() + ":" + System.nanoTime(); // unknown code: never matches a cached entry
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
