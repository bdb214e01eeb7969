package org.autoheal.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fenced code blocks of a Markdown guide. A block's info string is its language followed by
 * {@code key=value} attributes: {@code ```drl example=not_a_repo file=rules/git/not_a_repo.drl}.
 * Only blocks with an {@code example} attribute are run by {@link GuideRun}.
 */
record GuideBlocks(List<GuideBlocks.Block> blocks) {

    /** One fenced block: its language, attributes, body, the 1-based line of its opening fence, and the prose before it. */
    record Block(String lang, Map<String, String> attrs, String body, int line, String proseBefore) {
        String example() { return attrs.get("example"); }
        String file() { return attrs.get("file"); }
        boolean isExample() { return example() != null; }
    }

    static GuideBlocks parse(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Block> out = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("```")) {
                prose.append(lines[i]).append('\n');
                continue;
            }
            String[] info = lines[i].substring(3).trim().split("\\s+");
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int k = 1; k < info.length; k++) {
                int eq = info[k].indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("docs line " + (i + 1) + ": attribute without '=': " + info[k]);
                attrs.put(info[k].substring(0, eq), info[k].substring(eq + 1));
            }
            int open = i;
            StringBuilder body = new StringBuilder();
            for (i++; i < lines.length && !lines[i].startsWith("```"); i++) body.append(lines[i]).append('\n');
            if (i >= lines.length) throw new IllegalArgumentException("docs line " + (open + 1) + ": code block never closed");
            out.add(new Block(info[0], attrs, body.toString(), open + 1, prose.toString()));
            prose.setLength(0);
        }
        return new GuideBlocks(List.copyOf(out));
    }

    List<Block> examples() {
        return blocks.stream().filter(Block::isExample).toList();
    }
}
