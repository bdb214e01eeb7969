package org.autoheal.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of a backup manifest: a file as it was before a heal touched it, and (once the heal
 * wrote it) what the heal left there, so that a rollback never overwrites a later edit.
 *
 * @param root     null: {@code path} is relative to the home; else the configured root (absolute) it is relative to.
 *                 Manifests written before this field (format 1) hold absolute paths and no root
 * @param path     the original, relative to the home or to {@code root} (format 1: absolute)
 * @param sha256   hex checksum of the original content (null for created entries)
 * @param size     size of the original in bytes (0 for created entries)
 * @param mode     the original mode as four octal digits, e.g. "0644" (null for created entries)
 * @param copy     file name of the copy inside the incident's backup folder; null when no copy was needed
 * @param created  the heal created this path: rollback deletes it (a folder only if empty)
 * @param modeOnly only the mode was changed: rollback restores the mode, the content was never touched
 * @param healed   what the heal left at the path, recorded right after it applied; null when not (yet) recorded
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BackupEntry(
        @JsonProperty("root") @JsonInclude(JsonInclude.Include.NON_NULL) String root,
        @JsonProperty("path") String path,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("size") long size,
        @JsonProperty("mode") String mode,
        @JsonProperty("copy") String copy,
        @JsonProperty("created") boolean created,
        @JsonProperty("mode_only") boolean modeOnly,
        @JsonProperty("healed") Healed healed) {

    /**
     * The state a heal left: a regular file's checksum and mode, a folder, or nothing.
     *
     * @param kind   {@code file}, {@code folder} or {@code missing}
     * @param sha256 the file's checksum (files only)
     * @param mode   the permission bits as four octal digits (files and folders)
     */
    public record Healed(@JsonProperty("kind") String kind, @JsonProperty("sha256") String sha256,
                         @JsonProperty("mode") String mode) {
        public static final String FILE = "file";
        public static final String FOLDER = "folder";
        public static final String MISSING = "missing";
    }

    static BackupEntry ofCopy(Location at, String sha256, long size, String mode, String copy) {
        return new BackupEntry(at.root(), at.path(), sha256, size, mode, copy, false, false, null);
    }

    static BackupEntry ofMode(Location at, String sha256, long size, String mode) {
        return new BackupEntry(at.root(), at.path(), sha256, size, mode, null, false, true, null);
    }

    static BackupEntry ofCreated(Location at) {
        return new BackupEntry(at.root(), at.path(), null, 0, null, null, true, false, null);
    }

    BackupEntry withHealed(Healed state) {
        return new BackupEntry(root, path, sha256, size, mode, copy, created, modeOnly, state);
    }

    /** Where an entry's path lives: relative to the home (root null) or to a named root. */
    record Location(String root, String path) {
    }
}
