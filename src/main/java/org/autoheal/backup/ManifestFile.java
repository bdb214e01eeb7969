package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.Files;
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
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The whole manifest as stored. */
    record Manifest(@JsonProperty("incident") String incident,
                    @JsonProperty("created_at") String createdAt,
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
        if (!Files.isRegularFile(file)) {
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
        for (BackupEntry entry : manifest.entries()) {
            check(file, entry);
        }
        return manifest;
    }

    private static void check(Path file, BackupEntry entry) throws BackupException {
        String problem = null;
        if (entry == null || entry.path() == null || !Path.of(entry.path()).isAbsolute()
                || !Path.of(entry.path()).normalize().toString().equals(entry.path())) {
            problem = "an entry has no absolute, normalised path";
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
                    + (entry != null && entry.path() != null ? " (entry " + entry.path() + ")" : ""));
        }
    }
}
