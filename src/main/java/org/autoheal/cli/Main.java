package org.autoheal.cli;

/** Entry point of {@code bin/autoheal}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AutoHealCommand.preloadRules(args);
        System.exit(AutoHealCommand.commandLine(args).execute(args));
    }
}
