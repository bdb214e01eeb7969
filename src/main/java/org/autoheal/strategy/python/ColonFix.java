package org.autoheal.strategy.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Adds the missing ':' at the end of a compound statement header (before any comment).
 * Tries the reported statement, then the header before it, because some errors point at
 * the line after the header.
 */
final class ColonFix {
    private static final Pattern HEADER = Pattern.compile(
            "(?:async\\s+)?(?:def|class|if|elif|else|for|while|try|except|finally|with)\\b");

    private ColonFix() {
    }

    static List<String> candidates(SourceText text, LineScan scan, int line) {
        List<String> out = new ArrayList<>();
        int start = scan.statementStart(line);
        withColon(text, scan, start).ifPresent(out::add);
        int previous = scan.previousCodeLine(start);
        if (previous >= 0) {
            withColon(text, scan, scan.statementStart(previous)).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<String> withColon(SourceText text, LineScan scan, int start) {
        String first = text.line(start).substring(text.indent(start).length());
        if (!HEADER.matcher(first).lookingAt()) {
            return Optional.empty();
        }
        int last = scan.statementEnd(start);
        int at = scan.codeEnd(last);
        String s = text.line(last);
        if (at == 0 || s.charAt(at - 1) == ':') {
            return Optional.empty();
        }
        return Optional.of(text.withLine(last, s.substring(0, at) + ":" + s.substring(at)).join());
    }
}
