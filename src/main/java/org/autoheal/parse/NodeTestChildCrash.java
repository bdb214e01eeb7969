package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code node --test} with the TAP reporter prints what a test file wrote to stderr as TAP comments: a test file that
 * could not even load (a missing package, an import the package does not export, a syntax error) shows up as
 * {@code # Error [ERR_...]: ...} and {@code #     at ...} lines before its {@code not ok ... - /path/x.test.mjs} with
 * {@code error: 'test failed'}. The comment lines without their {@code # } are read as the Node crash they are.
 */
final class NodeTestChildCrash implements LanguageParser {
    private static final NodeParser NODE = new NodeParser();

    @Override
    public ParseResult parse(Lines lines, ErrorInput input) {
        if (!isTap(lines)) return null;
        ParseResult last = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!isComment(lines.get(i))) continue;
            int start = i;
            List<String> block = new ArrayList<>();
            while (i < lines.size() && isComment(lines.get(i)) && !lines.get(i).startsWith("# Subtest: ")) {
                block.add(lines.get(i).length() > 2 ? lines.get(i).substring(2) : "");
                i++;
            }
            if (block.size() < 2) continue;
            ParseResult r = NODE.parse(Lines.of(String.join("\n", block)), input);
            if (r == null || !"uncaught".equals(r.fact().getOrigin())) continue;   // a real crash, not a TAP line read again
            r.fact().setOrigin("test_runner");
            last = new ParseResult(r.fact(), start + r.startLine(), start + r.endLine());
        }
        return last;
    }

    private static boolean isTap(Lines lines) {
        for (int i = 0; i < Math.min(lines.size(), 400); i++) {
            if (lines.get(i).equals("TAP version 13") || lines.get(i).equals("TAP version 14")) return true;
        }
        return false;
    }

    /** A TAP comment line that is not one of the runner's own (a test's title, the final counts). */
    private static boolean isComment(String line) {
        return line.equals("#") || line.startsWith("# ") && !line.startsWith("# Subtest: ");
    }
}
