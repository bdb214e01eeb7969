package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code node --test --test-reporter=spec} (the default on a terminal) prints a failed test as {@code ✖ title (12ms)}
 * with the error it failed with indented by two spaces below ({@code   TypeError [Error]: fetch failed}, its frames,
 * {@code [cause]} and properties). The block without its indent is read as the Node crash it states; the last one wins
 * (the runner repeats each failure under {@code ✖ failing tests:}). An assertion's failure states ERR_ASSERTION, which no
 * rule diagnoses.
 */
final class NodeTestSpecFailure implements LanguageParser {
    private static final NodeParser NODE = new NodeParser();
    private static final String FAILED = "\u2716 ";
    private static final int MAX_BLOCK_LINES = 200;

    @Override
    public ParseResult parse(Lines lines, ErrorInput input) {
        ParseResult last = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(FAILED) || lines.get(i).equals("\u2716 failing tests:")) continue;
            int start = i + 1;
            List<String> block = new ArrayList<>();
            for (int k = start; k < lines.size() && k < start + MAX_BLOCK_LINES; k++) {
                String l = lines.get(k);
                if (l.isBlank() || Lines.indent(l) < 2) break;
                block.add(l.substring(2));
            }
            if (block.size() < 2) continue;
            ParseResult r = NODE.parse(Lines.of(String.join("\n", block)), input);
            if (r == null || !"uncaught".equals(r.fact().getOrigin())) continue;
            r.fact().setOrigin("test_runner");
            last = new ParseResult(r.fact(), start + r.startLine(), start + r.endLine());
        }
        return last;
    }
}
