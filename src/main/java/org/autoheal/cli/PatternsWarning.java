package org.autoheal.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code history}, {@code rollback} and {@code health} say when config/autoheal_patterns.json
 * is broken: they work without the patterns (they need no rules) and name what is broken, while
 * the commands that load rules refuse with exit 2 (DESIGN §3).
 */
final class PatternsWarning {
    static final String NEEDS_RULES = "repair, watch, diagnose, why and rules refuse until it is fixed";

    private PatternsWarning() {
    }

    static Consumer<String> to(CommandSpec spec) {
        return message -> {
            PrintWriter err = spec.commandLine().getErr();
            err.println("autoheal: warning: " + message + "; " + NEEDS_RULES);
            err.flush();
        };
    }
}
