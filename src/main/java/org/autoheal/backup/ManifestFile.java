package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads and writes {@code manifest.json}. Written atomically after every entry, so a crash
 * never loses a recorded backup. A manifest read back is checked before anything trusts it:
 * a tampered one must not make a rollback write outside the paths it names or read a copy
 * outside its folder.
 */
final class ManifestFile {

    static final String NAME = "manifest.json";
    /** 2: paths relative to the home or a named root, the toolchain, what the heal left. Absent: 1 (absolute paths). */
    static final int FORMAT = 2;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The whole manifest as stored. */
    record Manifest(@JsonProperty("incident") String incident,
                    @JsonProperty("created_at") String createdAt,
                    @JsonProperty("format") Integer format,
                    @JsonProperty("tool") String tool,
                    @JsonProperty("entries") List<BackupEntry> entries) {
    }

    private ManifestFile() {
    }

    static void write(Path folder, Manifest manifest) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.write(folder.resolve(NAME), JSON.writeValueAsBytes(manifest));
    }

    static Manifest read(Path folder, String incidentId) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BackupException("no backup for incident " + incidentId + ": " + file + " does not exist");
        }
        Manifest manifest;
        try {
            manifest = JSON.readValue(file.toFile(), Manifest.class);
        } catch (JsonProcessingException e) {
            throw new BackupException(file + " is not a valid backup manifest: " + e.getOriginalMessage(), e);
        }
        if (manifest == null || !incidentId.equals(manifest.incident()) || manifest.entries() == null) {
            throw new BackupException(file + " does not describe incident " + incidentId);
        }
        int format = manifest.format() == null ? 1 : manifest.format();
        if (format != 1 && format != FORMAT) {
            throw new BackupException(file + " has manifest format " + format + ", which this AutoHeal does not know;"
                    + " nothing was restored");
        }
        for (BackupEntry entry : manifest.entries()) {
            check(file, entry, format);
        }
        return manifest;
    }

    private static void check(Path file, BackupEntry entry, int format) throws BackupException {
        String problem = null;
        if (entry == null || entry.path() == null || entry.path().isEmpty() || entry.path().indexOf('\0') >= 0) {
            problem = "an entry has no path";
        } else if (format == 1 && (entry.root() != null || !isAbsoluteNormal(entry.path()))) {
            problem = "a format 1 entry has no absolute, normalised path";
        } else if (format != 1 && !isRelativeNormal(entry.path())) {
            problem = "an entry's path is not relative to the home or its root (absolute, or with '..')";
        } else if (format != 1 && entry.root() != null && !isAbsoluteNormal(entry.root())) {
            problem = "an entry names a root that is not an absolute, normalised path";
        } else if (entry.healed() != null && !validHealed(entry.healed())) {
            problem = "bad healed state";
        } else if (entry.created()) {
            return;
        } else if (entry.mode() == null || !NameChecks.octalMode(entry.mode())) {
            problem = "bad mode " + entry.mode();
        } else if (entry.sha256() == null || !NameChecks.hex(entry.sha256(), 64)) {
            problem = "bad sha256";
        } else if (!entry.modeOnly() && (entry.copy() == null || !NameChecks.word(entry.copy(), 1, 151, "_.-") || entry.copy().startsWith("."))) {
            problem = "bad copy name " + entry.copy();
        }
        if (problem != null) {
            throw new BackupException(file + " is not a valid backup manifest: " + problem
                    + (entry != null && entry.path() != null ? " (entry " + PathRefusedException.shown(entry.path(), 200) + ")" : "")
                    + "; nothing was restored");
        }
    }

    private static boolean isAbsoluteNormal(String path) {
        try {
            Path p = Path.of(path);
            return p.isAbsolute() && p.normalize().toString().equals(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isRelativeNormal(String path) {
        try {
            Path p = Path.of(path);
            if (p.isAbsolute() || !p.normalize().toString().equals(path)) return false;
            for (Path name : p) if (name.toString().equals("..") || name.toString().equals(".")) return false;
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean validHealed(BackupEntry.Healed h) {
        return switch (h.kind() == null ? "" : h.kind()) {
            case BackupEntry.Healed.FILE -> h.sha256() != null && NameChecks.hex(h.sha256(), 64)
                    && h.mode() != null && NameChecks.octalMode(h.mode());
            case BackupEntry.Healed.FOLDER -> h.mode() == null || NameChecks.octalMode(h.mode());
            case BackupEntry.Healed.MISSING -> true;
            default -> false;
        };
    }
}
