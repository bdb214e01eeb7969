package org.autoheal.parse;

import java.util.List;
import org.autoheal.facts.Knowledge;

/**
 * The raw material of one failure: which tool, the argv that failed (may be null), its exit code
 * (null when the program never ran or the caller does not know) and its output text; and the knowledge
 * tables to read it with ({@code rules/data} of the rule base that will decide: the service URL schemes),
 * null for the tables bundled in the jar.
 */
public record ErrorInput(String tool, List<String> command, Integer exitCode, String text, Knowledge tables) {

    public ErrorInput {
        command = command == null ? null : List.copyOf(command.stream().map(a -> a == null ? "" : a).toList());
        text = text == null ? "" : text;
    }

    /** Read with the jar's tables. */
    public ErrorInput(String tool, List<String> command, Integer exitCode, String text) {
        this(tool, command, exitCode, text, null);
    }

    public static ErrorInput of(String tool, String text) {
        return new ErrorInput(tool, null, null, text);
    }

    /** The same failure, read with these tables (a home's own: a rule base's {@code tables().known()}). */
    public ErrorInput withTables(Knowledge k) {
        return new ErrorInput(tool, command, exitCode, text, k);
    }
}
