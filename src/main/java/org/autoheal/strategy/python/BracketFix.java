package org.autoheal.strategy.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Closes brackets left open on the reported line, in the right order, before any comment.
 * Second choice, for a statement that goes on over more-indented lines: close them at the
 * end of the last such line.
 */
final class BracketFix {
    private BracketFix() {
    }

    static List<String> candidates(SourceText text, LineScan scan, int line) {
        List<String> out = new ArrayList<>();
        PyLexer lexer = scan.lexerBefore(line);
        boolean startsStatement = !lexer.inside();
        if (lexer.inString()) {
            return out;
        }
        lexer.scan(text.line(line));
        if (lexer.inString() || lexer.continuation()) {
            return out;
        }
        String opened = lexer.stack().substring(lexer.lowDepth());
        if (opened.isEmpty()) {
            return out;
        }
        out.add(closeAt(text, scan, line, PyLexer.closers(opened)));
        if (startsStatement) {
            int last = lastContinuationLine(text, line);
            for (int k = line + 1; k <= last; k++) {
                lexer.scan(text.line(k));
            }
            if (last > line && !lexer.inString() && !lexer.continuation() && !lexer.stack().isEmpty()) {
                out.add(closeAt(text, scan, last, PyLexer.closers(lexer.stack())));
            }
        }
        return out;
    }

    private static String closeAt(SourceText text, LineScan scan, int line, String closers) {
        String s = text.line(line);
        int at = scan.codeEnd(line);
        return text.withLine(line, s.substring(0, at) + closers + s.substring(at)).join();
    }

    /** The last following line with code that is indented deeper than {@code line}. */
    private static int lastContinuationLine(SourceText text, int line) {
        int base = SourceText.width(text.indent(line), 8);
        int last = line;
        for (int k = line + 1; k < text.size(); k++) {
            String body = text.line(k).substring(text.indent(k).length());
            if (body.isEmpty() || body.startsWith("#")) {
                continue;
            }
            if (SourceText.width(text.indent(k), 8) <= base) {
                break;
            }
            last = k;
        }
        return last;
    }
}
