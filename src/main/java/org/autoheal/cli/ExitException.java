package org.autoheal.cli;

import org.autoheal.config.ConfigException;
import org.autoheal.recover.RollbackRefusedException;
import org.autoheal.state.HomeLockedException;

/**
 * A failure that ends a command with an exit code of DESIGN §4. The handler in
 * {@link AutoHealCommand} prints {@code autoheal: MESSAGE} on stderr and exits with the code;
 * {@link #of} is the one table from the domain's exceptions to codes.
 */
final class ExitException extends RuntimeException {
    private final int code;

    ExitException(int code, String message) {
        super(message);
        this.code = code;
    }

    /** Bad usage or bad configuration; nothing changed (exit 2). */
    static ExitException usage(String message) {
        return new ExitException(ExitCode.USAGE, message);
    }

    /** Refused or not done (exit 1). */
    static ExitException failing(String message) {
        return new ExitException(ExitCode.FAILING, message);
    }

    int code() {
        return code;
    }

    /** The exit a domain failure ends a command with; null for anything else, which is an internal error. */
    static ExitException of(Exception e) {
        if (e instanceof ExitException x) return x;
        if (e instanceof ConfigException) return usage(e.getMessage());
        if (e instanceof HomeLockedException || e instanceof RollbackRefusedException) return failing(e.getMessage());
        return null;
    }
}
