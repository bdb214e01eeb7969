package org.autoheal.cli;

import picocli.CommandLine.Option;

/** {@code --json} for the reporting commands (DESIGN §4): exactly one JSON object on stdout, everything else on stderr. */
final class JsonOption {
    @Option(names = "--json", description = "print one JSON object on stdout (progress and notes go to stderr)")
    boolean json;

    boolean on() {
        return json;
    }
}
