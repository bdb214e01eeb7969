package org.autoheal.strategy.pip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a pure-Python wheel (PEP 427, binary distribution format) without
 * setuptools or network, so tests and the demo can fill an offline wheelhouse.
 * The wheel holds the module, METADATA, WHEEL and a RECORD with sha256 hashes.
 */
public final class WheelBuilder {
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*((a|b|rc)[0-9]+)?(\\.post[0-9]+)?(\\.dev[0-9]+)?");
    private static final long FIXED_TIME = 315_532_800_000L + 86_400_000L; // 1980-01-02: zip epoch, reproducible

    /** As {@link #build(Path, String, String, String, String, boolean)} with a package layout. */
    public Path build(Path outDir, String distribution, String version, String importName, String moduleSource)
            throws IOException {
        return build(outDir, distribution, version, importName, moduleSource, true);
    }

    /**
     * Writes {@code <dist>-<version>-py3-none-any.whl} into {@code outDir} (created if
     * needed) and returns its path. {@code moduleSource} becomes {@code <import>/__init__.py}
     * when {@code asPackage}, else {@code <import>.py}; parents of a dotted import name
     * become packages with empty {@code __init__.py} files.
     */
    public Path build(Path outDir, String distribution, String version, String importName,
                      String moduleSource, boolean asPackage) throws IOException {
        PackageNames.distributionProblem(distribution).ifPresent(p -> { throw new IllegalArgumentException(p); });
        PackageNames.importNameProblem(importName).ifPresent(p -> { throw new IllegalArgumentException(p); });
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("wheel version " + PackageNames.quote(version)
                    + " is not a simple PEP 440 version such as 1.0 or 2.1.0rc1");
        }
        String escaped = escape(distribution);
        String distInfo = escaped + "-" + version + ".dist-info";

        Map<String, byte[]> files = new LinkedHashMap<>();
        String[] parts = importName.split("\\.");
        String dir = "";
        for (int i = 0; i < parts.length - 1; i++) {
            dir += parts[i] + "/";
            files.put(dir + "__init__.py", new byte[0]);
        }
        String last = parts[parts.length - 1];
        files.put(dir + (asPackage ? last + "/__init__.py" : last + ".py"), moduleSource.getBytes(StandardCharsets.UTF_8));
        files.put(distInfo + "/METADATA", utf8("Metadata-Version: 2.1\nName: " + distribution
                + "\nVersion: " + version + "\nSummary: Built offline by AutoHeal's WheelBuilder\n"));
        files.put(distInfo + "/WHEEL", utf8("Wheel-Version: 1.0\nGenerator: autoheal-wheelbuilder\n"
                + "Root-Is-Purelib: true\nTag: py3-none-any\n"));
        files.put(distInfo + "/RECORD", record(files, distInfo + "/RECORD"));

        Files.createDirectories(outDir);
        Path wheel = outDir.resolve(escaped + "-" + version + "-py3-none-any.whl");
        Path temp = Files.createTempFile(outDir, ".wheel-", ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                for (var file : files.entrySet()) writeEntry(zip, file.getKey(), file.getValue());
            }
            Files.move(temp, wheel, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return wheel;
    }

    /** Wheel file-name escaping: runs of '-', '_', '.' become '_', lower case. */
    static String escape(String distribution) {
        return distribution.replaceAll("[-_.]+", "_").toLowerCase(Locale.ROOT);
    }

    /** RECORD rows: path,sha256=<urlsafe base64 without padding>,size; RECORD itself unhashed. */
    private static byte[] record(Map<String, byte[]> files, String recordPath) {
        StringBuilder out = new StringBuilder();
        files.forEach((path, bytes) -> out.append(path).append(",sha256=").append(sha256(bytes))
                .append(',').append(bytes.length).append('\n'));
        return utf8(out.append(recordPath).append(",,\n").toString());
    }

    static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java platform must provide", e);
        }
    }

    private static void writeEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
