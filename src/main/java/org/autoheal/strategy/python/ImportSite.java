package org.autoheal.strategy.python;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Where an import statement sits in a file: its lines, indentation and line endings. */
record ImportSite(SourceText text, int start, int end, ImportStatement statement) {

    /** The import statement that covers 1-based {@code line}; empty when there is none or the file is out of bounds. */
    static Optional<ImportSite> locate(String source, int line) {
        if (source == null || source.getBytes(StandardCharsets.UTF_8).length > SyntaxFixer.MAX_BYTES) {
            return Optional.empty();
        }
        SourceText text = new SourceText(source);
        if (line < 1 || line > text.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < text.size(); i++) {
            if (text.line(i).length() > SyntaxFixer.MAX_LINE_CHARS) {
                return Optional.empty();
            }
        }
        LineScan scan = LineScan.of(text);
        int start = scan.statementStart(line - 1);
        int end = scan.statementEnd(start);
        return ImportStatement.parse(text.block(start, end))
                .map(st -> new ImportSite(text, start, end, st));
    }

    String block() {
        return text.block(start, end);
    }

    String indent() {
        return text.indent(start);
    }

    String lastEnding() {
        return text.ending(end);
    }

    /** The statement's own line ending, for lines added to it. */
    String eol() {
        for (int i = start; i <= end; i++) {
            if (!text.ending(i).isEmpty()) {
                return text.ending(i);
            }
        }
        return text.defaultEnding();
    }

    /** {@code block} ending with a line break, also when the statement was the file's unterminated last line. */
    String terminated(String block) {
        return lastEnding().isEmpty() ? block + eol() : block;
    }

    /** The whole file with the statement's lines replaced by {@code newBlock}. */
    String replaceWith(String newBlock) {
        return text.replace(start, end, newBlock).join();
    }
}
