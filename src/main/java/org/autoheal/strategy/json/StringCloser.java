package org.autoheal.strategy.json;

import java.util.ArrayList;
import java.util.List;

import org.autoheal.strategy.json.Fixes.Edit;

/**
 * A string left without its closing quote on its line. Two kinds of reading: the quote at one
 * place on that line (never inside an escape, never leaving the string empty), or the string
 * going on over the line break to a quote on a later line (the line break then becomes an
 * escaped {@code \n}). The file is repaired only when exactly one reading makes the whole file
 * read as JSON with every bracket closed: then every character the user typed is kept and the
 * value is the only one the text allows; otherwise it is refused with the reason. Closing at the
 * end of the line by habit is what swallowed {@code {"time":"12:20}} whole.
 */
final class StringCloser {
    /** Places tried at most; a longer line is refused rather than searched. */
    static final int MAX_PLACES = 2000;
    /**
     * Places times text length: each place is one more parse of the text (50 to 500 ms a megabyte,
     * by how dense its tokens are), so a 100 KB file may try 200 places and a 2 MB one 10.
     */
    static final long MAX_WORK = 20_000_000L;

    private final JsonRepairer repairer;

    StringCloser(JsonRepairer repairer) {
        this.repairer = repairer;
    }

    JsonRepair close(String text, UnclosedStringException open) throws UnrepairableJsonException {
        String where = "the string opened at " + open.openLine() + ":" + open.openColumn() + " has no closing quote on its line";
        if (open.escapedQuote()) {
            throw refuse(open, where + "; it holds \\" + open.closingQuote() + ", so the backslash may be meant as a character"
                    + " and that quote as the closing one; close it by hand");
        }
        List<Integer> places = places(text, open.contentStart(), open.contentEnd());
        if (places.size() > MAX_PLACES || (long) places.size() * text.length() > MAX_WORK) {
            throw refuse(open, where + "; the line is too long to try every place for the quote; close it by hand");
        }
        List<Integer> fits = new ArrayList<>();
        JsonRepairer.Attempt found = null;
        for (int p : places) {
            String candidate = text.substring(0, p) + open.closingQuote() + text.substring(p);
            try {
                found = repairer.attempt(candidate, false);
                fits.add(p);
                if (fits.size() > 1) break;
            } catch (UnrepairableJsonException e) {
                // the rest of the file does not read as JSON with the quote here
            }
        }
        JsonRepairer.Attempt spanning = fits.size() > 1 ? null : spanning(text, open);
        if (spanning != null && !fits.isEmpty()) {
            throw refuse(open, where + "; it could close at " + position(text, fits.get(0)) + " or go on over the line break"
                    + " to a quote on a later line, which give different values; close it by hand");
        }
        if (spanning != null) return new JsonRepair(spanning.json(), spanning.fixes().describe(text));
        if (fits.isEmpty()) {
            throw refuse(open, where + "; no place for it on that line makes the rest of the file valid JSON with every"
                    + " bracket closed, so its value cannot be known; close it by hand");
        }
        if (fits.size() > 1) {
            throw refuse(open, where + "; it could close at " + position(text, fits.get(0)) + " or at "
                    + position(text, fits.get(1)) + ", which give different values; close it by hand");
        }
        int p = fits.get(0);
        Fixes report = new Fixes();
        for (Edit e : found.fixes().edits()) {
            report.add(unshift(e.start(), p), unshift(e.end(), p), e.replacement(), e.what(), unshift(e.at(), p));
        }
        report.add(p, p, String.valueOf(open.closingQuote()), "closed the string opened at " + open.openLine() + ":"
                + open.openColumn() + " here, the only place on its line where the rest of the file reads as JSON");
        return new JsonRepair(found.json(), report.describe(text));
    }

    /**
     * The other reading of a line that ends inside a string: the line break is part of the value (typed
     * into an editor where an escaped {@code \n} was meant) and a quote on a later line closes it. Null
     * when the file does not read as JSON that way.
     */
    private JsonRepairer.Attempt spanning(String text, UnclosedStringException open) {
        if (open.contentEnd() >= text.length()) return null; // the file ends inside the string: no later line
        try {
            return repairer.attempt(text, false, open.contentStart() - 1);
        } catch (UnrepairableJsonException e) {
            return null;
        }
    }

    /** Offsets after the content start that are not inside an escape sequence, up to the end of the line. */
    private static List<Integer> places(String text, int from, int to) {
        List<Integer> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (text.charAt(i) == '\\') i += i + 1 < to && text.charAt(i + 1) == 'u' ? 6 : 2;
            else i++;
            if (i <= to) out.add(i);
        }
        return out;
    }

    /** An offset in the text with the inserted quote, back in the coordinates of the text without it. */
    private static int unshift(int offset, int quoteAt) {
        return offset > quoteAt ? offset - 1 : offset;
    }

    private static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }

    private static UnrepairableJsonException refuse(UnclosedStringException open, String reason) {
        return new UnrepairableJsonException(reason, open.line(), open.column());
    }
}
