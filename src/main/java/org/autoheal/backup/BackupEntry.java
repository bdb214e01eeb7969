package org.autoheal.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of a backup manifest: a file as it was before a heal touched it.
 *
 * @param path     absolute path of the original
 * @param sha256   hex checksum of the original content (null for created entries)
 * @param size     size of the original in bytes (0 for created entries)
 * @param mode     the original mode as four octal digits, e.g. "0644" (null for created entries)
 * @param copy     file name of the copy inside the incident's backup folder; null when no copy was needed
 * @param created  the heal created this path: rollback deletes it (a folder only if empty)
 * @param modeOnly only the mode was changed: rollback restores the mode, the content was never touched
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BackupEntry(
        @JsonProperty("path") String path,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("size") long size,
        @JsonProperty("mode") String mode,
        @JsonProperty("copy") String copy,
        @JsonProperty("created") boolean created,
        @JsonProperty("mode_only") boolean modeOnly) {

    static BackupEntry ofCopy(String path, String sha256, long size, String mode, String copy) {
        return new BackupEntry(path, sha256, size, mode, copy, false, false);
    }

    static BackupEntry ofMode(String path, String sha256, long size, String mode) {
        return new BackupEntry(path, sha256, size, mode, null, false, true);
    }

    static BackupEntry ofCreated(String path) {
        return new BackupEntry(path, null, 0, null, null, true, false);
    }
}
