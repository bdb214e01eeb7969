package org.autoheal.cli;

import picocli.CommandLine;

/** Entry point of {@code bin/autoheal}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(AutoHealCommand.commandLine().execute(args));
    }
}
