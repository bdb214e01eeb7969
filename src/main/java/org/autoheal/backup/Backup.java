package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The backup of one incident. Record every path <em>before</em> touching it: {@link #save} for
 * content changes, {@link #saveModeOnly} for chmod, {@link #recordCreated} for new files and
 * folders. Each call rewrites the manifest atomically, so what was recorded survives a crash.
 * A path already recorded keeps its first entry: that is the state before the incident.
 */
public final class Backup {

    private final String incidentId;
    private final Path folder;
    private final String createdAt;
    private final List<BackupEntry> entries;
    private final long maxFileBytes;

    Backup(String incidentId, Path folder, String createdAt, List<BackupEntry> entries, long maxFileBytes) {
        this.incidentId = incidentId;
        this.folder = folder;
        this.createdAt = createdAt;
        this.entries = entries;
        this.maxFileBytes = maxFileBytes;
    }

    /** Copies a regular file (content, checksum, size, mode) into the backup folder. */
    public synchronized BackupEntry save(Path original, String relativeName) throws IOException {
        Path path = absolute(original);
        Optional<BackupEntry> known = find(path);
        if (known.isPresent() && !known.get().modeOnly()) {
            return known.get();
        }
        byte[] bytes = readOriginal(path);
        String mode = known.map(BackupEntry::mode).orElse(AtomicFiles.octal(AtomicFiles.mode(path)));
        String copyName = String.format("%03d-%s", entries.size() + 1, safeName(relativeName));
        ensureFolder();
        Path copy = folder.resolve(copyName);
        AtomicFiles.write(copy, bytes);
        AtomicFiles.setMode(copy, 0600); // copies may hold secrets
        FaultPoints.reach("backup:copied");
        BackupEntry entry = BackupEntry.ofCopy(path.toString(), sha256(bytes), bytes.length, mode, copyName);
        known.ifPresentOrElse(old -> entries.set(entries.indexOf(old), entry), () -> entries.add(entry));
        writeManifest();
        return entry;
    }

    /** Records the current mode of a file whose content will not change (a chmod). */
    public synchronized BackupEntry saveModeOnly(Path original) throws IOException {
        Path path = absolute(original);
        Optional<BackupEntry> known = find(path);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] bytes = readOriginal(path);
        BackupEntry entry = BackupEntry.ofMode(path.toString(), sha256(bytes), bytes.length,
                AtomicFiles.octal(AtomicFiles.mode(path)));
        entries.add(entry);
        writeManifest();
        return entry;
    }

    /**
     * Records a file or folder the heal is about to create, with every missing parent folder;
     * rollback deletes them (folders only if empty). Call it before creating: an existing path
     * was not created by the heal and is refused, so that a rollback never deletes a user's file.
     */
    public synchronized void recordCreated(Path toCreate) throws IOException {
        Path path = absolute(toCreate);
        if (find(path).isPresent()) {
            return;
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new BackupException(path + " already exists, so the heal does not create it; back it up with save()");
        }
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = path; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.push(p); // outermost first: rollback walks the entries backwards
        }
        for (Path p : missing) {
            if (find(p).isEmpty()) {
                entries.add(BackupEntry.ofCreated(p.toString()));
            }
        }
        writeManifest();
    }

    /**
     * Puts every recorded path back as it was, newest entry first, and verifies the checksums.
     * Tries every entry even when one fails, then throws one exception naming all failures.
     *
     * @return the paths restored or removed
     */
    public synchronized List<Path> restore() throws IOException {
        return new Rollback(folder).restore(List.copyOf(entries));
    }

    /** The recorded paths that differ now from their recorded state (a created path that exists counts). */
    public synchronized List<Path> changed() {
        return Drift.of(entries).stream().map(e -> Path.of(e.path())).toList();
    }

    /** True if the path has an entry (so it is safe to modify). */
    public synchronized boolean covers(Path path) {
        return find(absolute(path)).isPresent();
    }

    public String incidentId() { return incidentId; }
    public Path folder() { return folder; }
    public Path manifest() { return folder.resolve(ManifestFile.NAME); }
    public String createdAt() { return createdAt; }
    public synchronized List<BackupEntry> entries() { return List.copyOf(entries); }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private byte[] readOriginal(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            throw new BackupException(path + " is a symbolic link; back up (and heal) its resolved target instead");
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new BackupException(path + " is not a regular file; only regular files can be backed up");
        }
        long size = Files.size(path);
        if (size > maxFileBytes) {
            throw new BackupException(path + " is " + size + " bytes, over the backup limit of " + maxFileBytes
                    + " bytes; refusing to change a file that cannot be backed up (raise the limit or fix it by hand)");
        }
        byte[] bytes = Files.readAllBytes(path);
        if (bytes.length > maxFileBytes) {
            throw new BackupException(path + " grew past the backup limit of " + maxFileBytes + " bytes while being read");
        }
        return bytes;
    }

    /**
     * The incident folder: private (copies may hold secrets, and a copy is readable between its
     * write and its chmod), and its name forced to disk before anything in it is trusted.
     */
    private void ensureFolder() throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return;
        Files.createDirectories(folder.getParent());
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            return; // made meanwhile by another Backup of the same incident
        }
        AtomicFiles.syncFolder(folder.getParent());
    }

    private void writeManifest() throws IOException {
        ensureFolder();
        ManifestFile.write(folder, new ManifestFile.Manifest(incidentId, createdAt, List.copyOf(entries)));
        FaultPoints.reach("backup:recorded");
    }

    private Optional<BackupEntry> find(Path path) {
        String key = path.toString();
        return entries.stream().filter(e -> e.path().equals(key)).findFirst();
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static String safeName(String relativeName) {
        String name = relativeName == null ? "" : relativeName.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[._]+", "");
        name = name.length() > 100 ? name.substring(name.length() - 100) : name;
        return name.isEmpty() ? "file" : name;
    }
}
