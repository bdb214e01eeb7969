package org.autoheal.parse;

import java.util.List;

/**
 * The raw material of one failure: which tool, the argv that failed (may be null), its exit code
 * (null when the program never ran or the caller does not know) and its output text.
 */
public record ErrorInput(String tool, List<String> command, Integer exitCode, String text) {

    public ErrorInput {
        command = command == null ? null : List.copyOf(command.stream().map(a -> a == null ? "" : a).toList());
        text = text == null ? "" : text;
    }

    public static ErrorInput of(String tool, String text) {
        return new ErrorInput(tool, null, null, text);
    }
}
