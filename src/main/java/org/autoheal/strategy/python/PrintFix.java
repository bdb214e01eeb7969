package org.autoheal.strategy.python;

import java.util.List;

/**
 * Turns a Python 2 print statement into a call: {@code print x, y} → {@code print(x, y)},
 * a trailing comma → {@code end=" "}, {@code print} alone → {@code print()}.
 * {@code print >>f, x} is refused: redirecting to {@code file=} is beyond a safe rewrite.
 */
final class PrintFix {

    private PrintFix() {
    }

    static List<String> candidates(SourceText text, LineScan scan, int line) {
        int start = scan.statementStart(line);
        int last = scan.statementEnd(start);
        String first = text.line(start);
        int kw = text.indent(start).length();
        if (!first.startsWith("print", kw)) {
            return List.of();
        }
        int after = kw + "print".length();
        if (start == last && scan.codeEnd(start) == after) {
            return List.of(text.withLine(start, first.substring(0, after) + "()" + first.substring(after)).join());
        }
        if (after >= first.length() || !(Character.isWhitespace(first.charAt(after))
                || first.charAt(after) == '"' || first.charAt(after) == '\'')) {
            return List.of();
        }
        int args = after;
        while (args < first.length() && Character.isWhitespace(first.charAt(args))) {
            args++;
        }
        if (notArguments(first, args)) {
            return List.of();
        }
        String end = text.line(last);
        int close = scan.codeEnd(last);
        String closing = ")";
        if (close > 0 && end.charAt(close - 1) == ',') {
            close--;
            closing = ", end=\" \")";
        }
        SourceText edited = text.withLine(last, end.substring(0, close) + closing + end.substring(scan.codeEnd(last)));
        String opened = edited.line(start);
        edited = edited.withLine(start, opened.substring(0, after) + "(" + opened.substring(args));
        return List.of(edited.join());
    }

    /**
     * After "print ", text that makes it an assignment, annotation, attribute use or a redirect, not
     * a print statement: {@code =} (not {@code ==}), {@code :}, {@code .}, a closing bracket,
     * {@code ,}, {@code ;}, an augmented assignment ({@code +=}, {@code **=}, {@code >>=} …) or {@code >>}.
     */
    static boolean notArguments(String s, int at) {
        if (at >= s.length()) return false;
        char c = s.charAt(at);
        if (c == '=') return !s.startsWith("==", at);
        if (":.)]},;".indexOf(c) >= 0) return true;
        if (s.startsWith(">>", at)) return true;
        for (String op : new String[] {"**", "//", "<<"}) if (s.startsWith(op + "=", at)) return true;
        return "-+*/%&|^@".indexOf(c) >= 0 && s.startsWith("=", at + 1);
    }
}
