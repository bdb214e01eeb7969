package org.autoheal.backup;

import java.io.IOException;

/** A backup could not be made, read or restored; the message names the file and what to do. */
public class BackupException extends IOException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
