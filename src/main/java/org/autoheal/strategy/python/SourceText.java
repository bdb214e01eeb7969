package org.autoheal.strategy.python;

import java.util.ArrayList;
import java.util.List;

/**
 * A source file as physical lines, each with its own line ending ("\n", "\r\n", "\r" or none
 * on the last line), so an edit of one line leaves every other byte as it was.
 * A leading BOM is kept aside and put back on {@link #join}.
 */
final class SourceText {
    private final String bom;
    private final List<String> contents = new ArrayList<>();
    private final List<String> endings = new ArrayList<>();

    SourceText(String source) {
        String s = source;
        bom = s.startsWith("\uFEFF") ? "\uFEFF" : "";
        s = s.substring(bom.length());
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                contents.add(s.substring(start, i));
                endings.add(s.substring(i, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            contents.add(s.substring(start));
            endings.add("");
        }
    }

    private SourceText(SourceText other) {
        bom = other.bom;
        contents.addAll(other.contents);
        endings.addAll(other.endings);
    }

    int size() {
        return contents.size();
    }

    /** Line content without its ending; index is 0-based. */
    String line(int i) {
        return contents.get(i);
    }

    String ending(int i) {
        return endings.get(i);
    }

    /** The ending the file uses first, for lines we add; "\n" for a file without any. */
    String defaultEnding() {
        return endings.stream().filter(e -> !e.isEmpty()).findFirst().orElse("\n");
    }

    /** A copy with lines [from, to] (inclusive) replaced by {@code text}, a block that carries its own endings. */
    SourceText replace(int from, int to, String text) {
        SourceText copy = new SourceText(this);
        for (int i = to; i >= from; i--) {
            copy.contents.remove(i);
            copy.endings.remove(i);
        }
        SourceText block = new SourceText(text);
        copy.contents.addAll(from, block.contents);
        copy.endings.addAll(from, block.endings);
        return copy;
    }

    /** Lines [from, to] (inclusive) with their endings, as one string. */
    String block(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append(contents.get(i)).append(endings.get(i));
        }
        return sb.toString();
    }

    /** A copy with line {@code i}'s content replaced, its ending kept. */
    SourceText withLine(int i, String content) {
        SourceText copy = new SourceText(this);
        copy.contents.set(i, content);
        return copy;
    }

    String join() {
        StringBuilder sb = new StringBuilder(bom);
        for (int i = 0; i < contents.size(); i++) {
            sb.append(contents.get(i)).append(endings.get(i));
        }
        return sb.toString();
    }

    /** Leading spaces, tabs and form feeds of line {@code i}. */
    String indent(int i) {
        String s = contents.get(i);
        int n = 0;
        while (n < s.length() && (s.charAt(n) == ' ' || s.charAt(n) == '\t' || s.charAt(n) == '\f')) {
            n++;
        }
        return s.substring(0, n);
    }

    /** Indentation width in columns, tabs to the next multiple of {@code tabSize}. */
    static int width(String indent, int tabSize) {
        int col = 0;
        for (char c : indent.toCharArray()) {
            col = c == '\t' ? (col / tabSize + 1) * tabSize : c == '\f' ? 0 : col + 1;
        }
        return col;
    }

    boolean isBlank(int i) {
        return contents.get(i).isBlank();
    }
}
