package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;

/**
 * The backups of a home: one folder per incident, {@code <home>/backups/autoheal/<incident>/},
 * holding copies of the originals and a {@code manifest.json}.
 */
public final class BackupStore {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final Path root;
    private final long maxFileBytes;

    public BackupStore(Path home) {
        this(home, DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes files larger than this are refused: a heal must not touch what it cannot back up */
    public BackupStore(Path home, long maxFileBytes) {
        this.root = home.toAbsolutePath().normalize().resolve("backups").resolve("autoheal");
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * The backup of an incident, ready to record entries. Nothing is written until the first
     * entry; an incident that already has a manifest (an earlier attempt) is continued, so the
     * first recorded copy of a file, the true original, is the one kept.
     */
    public Backup open(String incidentId) throws IOException {
        Path folder = folder(incidentId);
        if (Files.exists(folder.resolve(ManifestFile.NAME))) {
            return load(incidentId);
        }
        return new Backup(incidentId, folder, Instant.now().toString(), new ArrayList<>(), maxFileBytes);
    }

    /** Reads an incident's manifest back, e.g. for {@code autoheal rollback INCIDENT}. */
    public Backup load(String incidentId) throws IOException {
        Path folder = folder(incidentId);
        ManifestFile.Manifest manifest = ManifestFile.read(folder, incidentId);
        return new Backup(incidentId, folder, manifest.createdAt(), new ArrayList<>(manifest.entries()), maxFileBytes);
    }

    /** {@code <home>/backups/autoheal/<incident>}; the id is validated first. */
    public Path folder(String incidentId) {
        return root.resolve(checkIncidentId(incidentId));
    }

    public Path root() {
        return root;
    }

    /** Incident ids become folder names: {@code [A-Za-z0-9_.-]{1,100}}, never {@code .} or {@code ..}. */
    public static String checkIncidentId(String incidentId) {
        if (incidentId == null || !NameChecks.word(incidentId, 1, 100, "_.-")
                || incidentId.contains("..") || incidentId.equals(".")) {
            String shown = incidentId == null ? "null"
                    : incidentId.length() > 120 ? incidentId.substring(0, 120) + "…" : incidentId;
            throw new IllegalArgumentException("invalid incident id '" + shown
                    + "': use 1-100 of A-Z a-z 0-9 _ . - and no '..'");
        }
        return incidentId;
    }
}
