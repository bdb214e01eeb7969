package org.autoheal.cli;

/** Exit codes of DESIGN §4. */
final class ExitCode {
    /** Everything in scope is healthy or healed. */
    public static final int OK = 0;
    /** Something is still failing, undiagnosed, refused or only planned. */
    public static final int FAILING = 1;
    /** Bad usage or bad configuration; nothing changed. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
