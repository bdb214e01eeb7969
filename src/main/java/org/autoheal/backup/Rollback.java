package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores the entries of a backup, newest first (so files created inside a created folder go
 * before the folder). Nothing in the manifest is trusted: each path is resolved against today's
 * roots and checked ({@link EntryPaths}), every write goes through {@link ConfinedFiles}, a mode
 * never gains setuid/setgid or a write bit the file does not have now, each copy is checked
 * against its recorded checksum before it is written back, and a path whose content is no
 * longer what the heal left is refused or first kept, as the {@link RollbackPolicy} says.
 */
final class Rollback {

    private static final Logger LOG = LoggerFactory.getLogger(Rollback.class);

    private final Path folder;
    private final EntryPaths paths;
    private final ConfinedFiles files;
    private final long maxBytes;
    private final RollbackPolicy policy;
    private final List<Path> kept = new ArrayList<>();
    private final List<Path> removed = new ArrayList<>();
    private final List<Path> keptFolders = new ArrayList<>();

    Rollback(Path folder, EntryPaths paths, ConfinedFiles files, long maxBytes, RollbackPolicy policy) {
        this.folder = folder;
        this.paths = paths;
        this.files = files;
        this.maxBytes = maxBytes;
        this.policy = policy;
    }

    /** Why an entry is left alone; the message names the path. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    RollbackResult restore(List<BackupEntry> entries) {
        List<Path> done = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            BackupEntry entry = entries.get(i);
            String shown = paths.show(entry);
            try {
                Path path = paths.resolve(entry);
                FaultPoints.reach("rollback:checked");
                boolean changed = entry.created() ? removeCreated(entry, path)
                        : entry.modeOnly() ? restoreMode(entry, path) : restoreCopy(entry, path);
                if (changed) done.add(path);
                if (changed && entry.created()) removed.add(path);
            } catch (PathRefusedException e) {
                refused.add(shown + ": refused: " + e.reason());
            } catch (Refused e) {
                refused.add(shown + ": " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                refused.add(shown + ": " + e.getMessage());
            }
        }
        return new RollbackResult(List.copyOf(done), List.copyOf(kept), List.copyOf(refused), List.copyOf(removed),
                List.copyOf(keptFolders));
    }

    private boolean removeCreated(BackupEntry entry, Path path) throws IOException, Refused {
        Optional<PosixFileAttributes> now = files.stat(path);
        if (now.isEmpty()) return false;
        if (now.get().isDirectory()) {
            try {
                return files.delete(path);
            } catch (DirectoryNotEmptyException e) {
                // said once by whoever called (rollback lists it as kept): info here, not a second warning
                LOG.info("kept folder {} that the heal created: it now holds files the heal did not record", path);
                keptFolders.add(path);
                return false;
            }
        }
        BackupEntry.Healed healed = entry.healed();
        boolean asHealed = healed != null && BackupEntry.Healed.FILE.equals(healed.kind()) && now.get().isRegularFile()
                && healed.sha256().equals(Backup.sha256(files.read(path, maxBytes)));
        if (!asHealed) allowChange(path, now.get(), healed, "the heal created it");
        return files.delete(path);
    }

    private boolean restoreMode(BackupEntry entry, Path path) throws IOException, Refused {
        PosixFileAttributes now = files.stat(path).filter(PosixFileAttributes::isRegularFile)
                .orElseThrow(() -> new Refused("is no longer a regular file; its mode is not restored"));
        int mode = checkedMode(entry, now);
        int current = ConfinedFiles.mode(now);
        if (current == mode) return false;
        BackupEntry.Healed healed = entry.healed();
        if (healed == null || healed.mode() == null || AtomicFiles.parseOctal(healed.mode()) != current) {
            if (policy == RollbackPolicy.CHECKED) {
                throw new Refused(healed == null ? noRecord() : "its mode is " + AtomicFiles.octal(current) + " now, not the "
                        + healed.mode() + " the heal set; changed since the heal, so not restored (use rollback --force)");
            }
        }
        files.setMode(path, mode);
        return true;
    }

    private boolean restoreCopy(BackupEntry entry, Path path) throws IOException, Refused {
        Path copy = folder.resolve(entry.copy());
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
            throw new BackupException("the backup copy " + copy + " is missing");
        }
        byte[] bytes = Files.readAllBytes(copy);
        if (!Backup.sha256(bytes).equals(entry.sha256())) {
            throw new BackupException("the backup copy " + copy + " does not match its recorded sha256; not restored");
        }
        Optional<PosixFileAttributes> now = files.stat(path);
        if (now.isPresent() && !now.get().isRegularFile()) {
            throw new Refused("is no longer a regular file (a folder or a symbolic link); not replaced");
        }
        int mode = checkedMode(entry, now.orElse(null));
        String sha = now.isPresent() ? Backup.sha256(files.read(path, maxBytes)) : null;
        if (now.isPresent() && sha.equals(entry.sha256()) && ConfinedFiles.mode(now.get()) == mode) {
            return false; // rolled back already: a second rollback changes nothing
        }
        BackupEntry.Healed healed = entry.healed();
        boolean asHealed = healed != null && now.isPresent() && BackupEntry.Healed.FILE.equals(healed.kind())
                && healed.sha256().equals(sha) && AtomicFiles.parseOctal(healed.mode()) == ConfinedFiles.mode(now.get());
        if (!asHealed) allowChange(path, now.orElse(null), healed, "the heal wrote it");
        files.write(path, bytes);
        files.setMode(path, mode);
        if (!Backup.sha256(files.read(path, maxBytes)).equals(entry.sha256())) {
            throw new BackupException("content after restore does not match the recorded sha256");
        }
        return true;
    }

    /**
     * A path that is not what the heal left: refused under {@link RollbackPolicy#CHECKED}; else its
     * current content is kept in the backup folder before it is replaced.
     */
    private void allowChange(Path path, PosixFileAttributes now, BackupEntry.Healed healed, String since) throws IOException,
            Refused {
        if (policy == RollbackPolicy.CHECKED) {
            String what = healed == null ? noRecord()
                    : now == null ? "was deleted since " + since + "; not restored (use rollback --force to restore it)"
                    : "changed since " + since + " (the heal left " + describe(healed) + ", it is now "
                    + describe(now, path) + "); not restored, so the change is not lost (use rollback --force to keep a"
                    + " copy of it in the incident's backup folder and restore)";
            throw new Refused(what);
        }
        if (now != null && now.isRegularFile()) keep(path);
    }

    private void keep(Path path) throws IOException {
        byte[] current = files.read(path, maxBytes);
        String name = "kept-" + Instant.now().toString().replaceAll("[^0-9TZ]", "") + "-" + (kept.size() + 1) + "-"
                + Backup.safeName(path.getFileName().toString());
        Path copy = folder.resolve(name);
        AtomicFiles.write(copy, current);
        AtomicFiles.setMode(copy, 0600);
        kept.add(copy);
        LOG.warn("kept the current content of {} as {} before restoring it", path, copy);
    }

    /**
     * The recorded mode, if a rollback may set it: never setuid/setgid/sticky (a heal never sets
     * them, so the manifest is not AutoHeal's), never a write bit the file does not have now (a
     * heal never removes write permission).
     */
    private static int checkedMode(BackupEntry entry, PosixFileAttributes now) throws Refused {
        int mode = AtomicFiles.parseOctal(entry.mode());
        if ((mode & ~0777) != 0) {
            throw new Refused("the manifest asks for mode " + entry.mode() + " (setuid, setgid or sticky); AutoHeal never"
                    + " sets those, so the entry is refused; restore the mode by hand if it is right");
        }
        int current = now == null ? mode & ~0022 : ConfinedFiles.mode(now);
        if ((mode & 0222 & ~current) != 0) {
            throw new Refused("the manifest asks for mode " + entry.mode() + ", which adds write permission to "
                    + AtomicFiles.octal(current) + "; a heal never removes write permission, so the entry is refused");
        }
        return mode;
    }

    private static String noRecord() {
        return "the backup does not record what the heal left here (a backup from before AutoHeal recorded it, or a heal"
                + " that was interrupted), so a later edit cannot be told apart; not restored (use rollback --force to keep"
                + " a copy of the current content in the incident's backup folder and restore)";
    }

    private static String describe(BackupEntry.Healed h) {
        return switch (h.kind()) {
            case BackupEntry.Healed.FILE -> "sha256 " + h.sha256().substring(0, 12) + "… mode " + h.mode();
            case BackupEntry.Healed.FOLDER -> "a folder";
            default -> "nothing";
        };
    }

    private String describe(PosixFileAttributes now, Path path) {
        if (now.isDirectory()) return "a folder";
        if (now.isSymbolicLink()) return "a symbolic link";
        try {
            return "sha256 " + Backup.sha256(files.read(path, maxBytes)).substring(0, 12) + "… mode "
                    + AtomicFiles.octal(ConfinedFiles.mode(now)) + ", " + now.size() + " bytes, modified " + now.lastModifiedTime();
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    /** What is at a checked path now, as a heal record. */
    static BackupEntry.Healed current(Path path, ConfinedFiles files, long maxBytes) throws IOException {
        Optional<PosixFileAttributes> now = files.stat(path);
        if (now.isEmpty()) return new BackupEntry.Healed(BackupEntry.Healed.MISSING, null, null);
        String mode = AtomicFiles.octal(ConfinedFiles.mode(now.get()));
        if (now.get().isDirectory()) return new BackupEntry.Healed(BackupEntry.Healed.FOLDER, null, mode);
        if (!now.get().isRegularFile()) return null; // a link or special file: nothing a heal writes
        return new BackupEntry.Healed(BackupEntry.Healed.FILE, Backup.sha256(files.read(path, maxBytes)), mode);
    }

    /** Entries that differ from their original (a created path that exists counts), or cannot be checked. */
    static List<String> drift(List<BackupEntry> entries, EntryPaths paths, ConfinedFiles files, long maxBytes) {
        List<String> changed = new ArrayList<>();
        for (BackupEntry e : entries) {
            try {
                Path path = paths.resolve(e);
                Optional<PosixFileAttributes> now = files.stat(path);
                boolean differs;
                if (e.created()) {
                    differs = now.isPresent();
                } else if (now.isEmpty() || !now.get().isRegularFile()) {
                    differs = true;
                } else if (ConfinedFiles.mode(now.get()) != AtomicFiles.parseOctal(e.mode())) {
                    differs = true;
                } else {
                    differs = !e.modeOnly() && !Backup.sha256(files.read(path, maxBytes)).equals(e.sha256());
                }
                if (differs) changed.add(paths.show(e));
            } catch (IOException | RuntimeException ex) {
                changed.add(paths.show(e)); // unreadable or refused now: the restore reports why
            }
        }
        return changed;
    }
}
