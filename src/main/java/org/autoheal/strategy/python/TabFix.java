package org.autoheal.strategy.python;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Re-indentations of the reported line for mixed tabs and spaces, most likely first:
 * tabs expanded to the file's own indent step (4 in a file indented by 4 spaces), to 8
 * (Python 2's rule), to 4; in a tab-indented file, the spaces as whole tabs of 8, of 4;
 * the previous statement's indentation; one level deeper. The caller keeps the first that compiles.
 */
final class TabFix {
    private TabFix() {
    }

    static List<String> candidates(SourceText text, LineScan scan, int line) {
        if (scan.joined(line) || !scan.hasCode(line)) {
            return List.of();   // a continuation line's indentation does not matter to Python
        }
        String indent = text.indent(line);
        Set<String> indents = new LinkedHashSet<>();
        indents.add(expand(indent, indentStep(text, scan)));
        indents.add(expand(indent, 8));
        indents.add(expand(indent, 4));
        int previous = scan.previousCodeLine(line);
        if (previous >= 0) {
            String p = text.indent(scan.statementStart(previous));
            boolean tabbed = !p.isEmpty() && p.chars().allMatch(c -> c == '\t');
            if (tabbed) {
                toTabs(indent, 8).ifPresent(indents::add);
                toTabs(indent, 4).ifPresent(indents::add);
            }
            indents.add(p);
            indents.add(p + (tabbed ? "\t" : "    "));
        }
        indents.remove(indent);
        String body = text.line(line).substring(indent.length());
        List<String> out = new ArrayList<>();
        for (String candidate : indents) {
            out.add(text.withLine(line, candidate + body).join());
        }
        return out;
    }

    /** Spaces as whole tabs of {@code tabSize}, only when they divide evenly into at least one tab. */
    private static Optional<String> toTabs(String indent, int tabSize) {
        int width = SourceText.width(indent, tabSize);
        return width > 0 && width % tabSize == 0 ? Optional.of("\t".repeat(width / tabSize)) : Optional.empty();
    }

    private static String expand(String indent, int tabSize) {
        return " ".repeat(SourceText.width(indent, tabSize));
    }

    /** The smallest indentation among statements indented by spaces only (2 to 8), else 8. */
    static int indentStep(SourceText text, LineScan scan) {
        int step = Integer.MAX_VALUE;
        for (int i = 0; i < text.size(); i++) {
            String indent = text.indent(i);
            if (!indent.isEmpty() && !scan.joined(i) && scan.hasCode(i) && indent.chars().allMatch(c -> c == ' ')) {
                step = Math.min(step, indent.length());
            }
        }
        return step >= 2 && step <= 8 ? step : 8;
    }
}
