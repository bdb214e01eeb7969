package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The backup of one incident. Record every path <em>before</em> touching it: {@link #save} for
 * content changes, {@link #saveModeOnly} for chmod, {@link #recordCreated} for new files and
 * folders; after the change, {@link #recordHealed} notes what the heal left, so a later rollback
 * can tell a hand edit from the heal's work. Each call rewrites the manifest atomically, so what
 * was recorded survives a crash. A path already recorded keeps its first entry: that is the
 * state before the incident. Paths are checked against the roots and read without following
 * links ({@link ConfinedFiles}).
 */
public final class Backup {

    private final String incidentId;
    private final Path folder;
    private final String createdAt;
    private final String tool;
    private final List<BackupEntry> entries;
    private final long maxFileBytes;
    private final EntryPaths paths;
    private final ConfinedFiles files;

    Backup(String incidentId, Path folder, String createdAt, String tool, List<BackupEntry> entries, long maxFileBytes,
           PathGuard guard) {
        this.incidentId = incidentId;
        this.folder = folder;
        this.createdAt = createdAt;
        this.tool = tool;
        this.entries = entries;
        this.maxFileBytes = maxFileBytes;
        this.paths = new EntryPaths(guard);
        this.files = guard.files();
    }

    /** Copies a regular file (content, checksum, size, mode) into the backup folder. */
    public synchronized BackupEntry save(Path original, String relativeName) throws IOException {
        Path path = paths.check(original);
        BackupEntry.Location at = paths.locate(path);
        Optional<BackupEntry> known = find(at);
        if (known.isPresent() && !known.get().modeOnly()) {
            return known.get();
        }
        PosixFileAttributes now = regularFile(path);
        byte[] bytes = files.read(path, maxFileBytes);
        String mode = known.map(BackupEntry::mode).orElse(AtomicFiles.octal(ConfinedFiles.mode(now)));
        String copyName = String.format("%03d-%s", entries.size() + 1, safeName(relativeName));
        ensureFolder();
        Path copy = folder.resolve(copyName);
        AtomicFiles.write(copy, bytes);
        AtomicFiles.setMode(copy, 0600); // copies may hold secrets
        FaultPoints.reach("backup:copied");
        BackupEntry entry = BackupEntry.ofCopy(at, sha256(bytes), bytes.length, mode, copyName);
        known.ifPresentOrElse(old -> entries.set(entries.indexOf(old), entry), () -> entries.add(entry));
        writeManifest();
        return entry;
    }

    /** Records the current mode of a file whose content will not change (a chmod). */
    public synchronized BackupEntry saveModeOnly(Path original) throws IOException {
        Path path = paths.check(original);
        BackupEntry.Location at = paths.locate(path);
        Optional<BackupEntry> known = find(at);
        if (known.isPresent()) {
            return known.get();
        }
        PosixFileAttributes now = regularFile(path);
        byte[] bytes = files.read(path, maxFileBytes);
        BackupEntry entry = BackupEntry.ofMode(at, sha256(bytes), bytes.length, AtomicFiles.octal(ConfinedFiles.mode(now)));
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
        Path path = paths.check(toCreate);
        if (find(paths.locate(path)).isPresent()) {
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
            BackupEntry.Location at = paths.locate(p);
            if (find(at).isEmpty()) {
                entries.add(BackupEntry.ofCreated(at));
            }
        }
        writeManifest();
    }

    /**
     * Notes what the heal left at every recorded path (checksum and mode, a folder, or nothing).
     * Call it right after a change is applied: rollback restores a path only while it still holds this.
     */
    public synchronized void recordHealed() throws IOException {
        if (entries.isEmpty()) return; // a process strategy (pip, a restart) backs up no file: no manifest either
        for (int i = 0; i < entries.size(); i++) {
            BackupEntry e = entries.get(i);
            try {
                entries.set(i, e.withHealed(Rollback.current(paths.resolve(e), files, maxFileBytes)));
            } catch (PathRefusedException ex) {
                entries.set(i, e.withHealed(null)); // unknown: a rollback asks for --force
            }
        }
        writeManifest();
    }

    /**
     * Puts back every recorded path that differs from its original, newest entry first. Content
     * that is neither the original nor what the heal wrote is kept as a copy in the backup folder
     * first: for a heal that failed, and for recovery after a crash.
     *
     * @return the paths restored or removed
     * @throws BackupException naming every entry that could not be restored (the others are)
     */
    public synchronized List<Path> restore() throws IOException {
        RollbackResult r = restore(RollbackPolicy.KEEP_COPIES);
        if (!r.refused().isEmpty()) throw r.failure(folder);
        return r.restored();
    }

    /** Restores what the policy allows and reports each entry; refusals are listed, not thrown. */
    public synchronized RollbackResult restore(RollbackPolicy policy) {
        return new Rollback(folder, paths, files, maxFileBytes, policy).restore(List.copyOf(entries));
    }

    /** The recorded paths that differ now from their recorded state, or cannot be checked (home-relative where they can be). */
    public synchronized List<String> changed() {
        return Rollback.drift(entries, paths, files, maxFileBytes);
    }

    /** Removes temp files a killed writer left beside the recorded paths; paths that fail today's checks are skipped. */
    public synchronized int removeLeftoverTemps() {
        int removed = 0;
        for (BackupEntry e : entries) {
            try {
                removed += files.removeLeftoverTemps(paths.resolve(e));
            } catch (IOException | RuntimeException ex) {
                // refused or unreadable: nothing of ours to remove there; the restore reports the entry
            }
        }
        return removed;
    }

    public String incidentId() { return incidentId; }
    public Path folder() { return folder; }
    public Path manifest() { return folder.resolve(ManifestFile.NAME); }
    public String createdAt() { return createdAt; }
    public String tool() { return tool; }
    public synchronized List<BackupEntry> entries() { return List.copyOf(entries); }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private PosixFileAttributes regularFile(Path path) throws IOException {
        PosixFileAttributes a = files.stat(path).orElseThrow(() -> new BackupException(path + " does not exist"));
        if (a.isSymbolicLink()) {
            throw new BackupException(path + " is a symbolic link; back up (and heal) its resolved target instead");
        }
        if (!a.isRegularFile()) {
            throw new BackupException(path + " is not a regular file; only regular files can be backed up");
        }
        if (a.size() > maxFileBytes) {
            throw new BackupException(path + " is " + a.size() + " bytes, over the backup limit of " + maxFileBytes
                    + " bytes; refusing to change a file that cannot be backed up (raise the limit or fix it by hand)");
        }
        return a;
    }

    /**
     * The incident folder: private (copies may hold secrets, and a copy is readable between its
     * write and its chmod), and its name forced to disk before anything in it is trusted.
     */
    void ensureFolder() throws IOException {
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
        ManifestFile.write(folder, new ManifestFile.Manifest(incidentId, createdAt, ManifestFile.FORMAT, tool,
                new ArrayList<>(entries)));
        FaultPoints.reach("backup:recorded");
    }

    private Optional<BackupEntry> find(BackupEntry.Location at) {
        return entries.stream().filter(e -> java.util.Objects.equals(e.root(), at.root()) && e.path().equals(at.path()))
                .findFirst();
    }

    static String safeName(String relativeName) {
        String name = relativeName == null ? "" : relativeName.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[._]+", "");
        name = name.length() > 100 ? name.substring(name.length() - 100) : name;
        return name.isEmpty() ? "file" : name;
    }
}
