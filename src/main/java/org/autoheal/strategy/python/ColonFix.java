package org.autoheal.strategy.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.autoheal.facts.PythonSyntax;

/**
 * Adds the missing ':' at the end of a compound statement header (before any comment).
 * Tries the reported statement, then the header before it, because some errors point at
 * the line after the header.
 */
final class ColonFix {
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
        if (!isHeader(first)) {
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

    /** Starts with a compound-statement keyword (after an optional {@code async}) as a whole word. */
    static boolean isHeader(String code) {
        String s = code;
        if (s.startsWith("async") && s.length() > 5 && Character.isWhitespace(s.charAt(5))) s = s.substring(5).stripLeading();
        for (String k : PythonSyntax.COMPOUND_KEYWORDS) {
            if (s.startsWith(k) && (s.length() == k.length() || !isWordChar(s.charAt(k.length())))) return true;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
