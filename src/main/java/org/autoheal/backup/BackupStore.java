package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The backups of a home: one folder per incident, {@code <home>/backups/autoheal/<incident>/},
 * holding copies of the originals and a {@code manifest.json}.
 */
public final class BackupStore {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final Path home;
    private final Path root;
    private final long maxFileBytes;
    private final Map<String, List<Path>> rootsByTool;

    /** A store whose only root is the home itself (tests, tools without config). */
    public BackupStore(Path home) {
        this(home, DEFAULT_MAX_FILE_BYTES);
    }

    public BackupStore(Path home, long maxFileBytes) {
        this(home, maxFileBytes, Map.of());
    }

    /**
     * @param maxFileBytes files larger than this are refused: a heal must not touch what it cannot back up
     * @param rootsByTool  today's roots of each toolchain (from config): every backup and restore is confined to them;
     *                     empty: the home is the only root
     */
    public BackupStore(Path home, long maxFileBytes, Map<String, List<Path>> rootsByTool) {
        this.home = home.toAbsolutePath().normalize();
        this.root = this.home.resolve("backups").resolve("autoheal");
        this.maxFileBytes = maxFileBytes;
        this.rootsByTool = Map.copyOf(rootsByTool);
    }

    /**
     * The backup of an incident, ready to record entries. Nothing is written until the first
     * entry; an incident that already has a manifest (an earlier attempt) is continued, so the
     * first recorded copy of a file, the true original, is the one kept.
     */
    public Backup open(String incidentId) throws IOException {
        return open(incidentId, null);
    }

    /** The same for a heal of toolchain {@code tool}: its paths are confined to that toolchain's roots. */
    public Backup open(String incidentId, String tool) throws IOException {
        Path folder = folder(incidentId);
        if (Files.exists(folder.resolve(ManifestFile.NAME))) {
            return load(incidentId);
        }
        return new Backup(incidentId, folder, Instant.now().toString(), tool, new ArrayList<>(), maxFileBytes, guard(tool));
    }

    /** Reads an incident's manifest back, e.g. for {@code autoheal rollback INCIDENT}. */
    public Backup load(String incidentId) throws IOException {
        Path folder = folder(incidentId);
        ManifestFile.Manifest manifest = ManifestFile.read(folder, incidentId);
        return new Backup(incidentId, folder, manifest.createdAt(), manifest.tool(), new ArrayList<>(manifest.entries()),
                maxFileBytes, guard(manifest.tool()));
    }

    /**
     * Today's confinement for a toolchain's backup: its configured roots (a manifest without a
     * toolchain: every toolchain's roots) and the home's own-file protection.
     */
    private PathGuard guard(String tool) throws BackupException {
        if (rootsByTool.isEmpty()) return new PathGuard(home, List.of(home));
        if (tool != null) {
            List<Path> roots = rootsByTool.get(tool);
            if (roots == null) {
                throw new BackupException("the backup belongs to toolchain '" + PathRefusedException.shown(tool, 100)
                        + "', which is not configured today; nothing was restored (its paths cannot be checked against its roots)");
            }
            return new PathGuard(home, roots);
        }
        return new PathGuard(home, rootsByTool.values().stream().flatMap(List::stream).distinct().toList());
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
