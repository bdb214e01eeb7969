package org.autoheal.strategy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.autoheal.backup.ConfinedFiles;
import org.autoheal.backup.PathRefusedException;

/**
 * A text file a strategy edits: read strictly as UTF-8 within a size limit, rewritten
 * atomically. The action it returns declares the file so the pipeline backs it up first.
 */
public final class SourceFile {
    private SourceFile() {
    }

    /** The file's text, read through {@code files} (no link followed on the way). */
    public static String read(ConfinedFiles files, Path file, long maxBytes) throws Refusal {
        try {
            var attrs = files.stat(file).orElseThrow(() -> new Refusal(file + " does not exist"));
            if (!attrs.isRegularFile()) throw new Refusal(file + " is not a regular file");
            if (attrs.size() > maxBytes) throw new Refusal(file + " is " + attrs.size() + " bytes, over the limit of " + maxBytes);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(files.read(file, maxBytes))).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(file + " is not valid UTF-8 text; not editing it");
        } catch (IOException | PathRefusedException e) {
            throw new Refusal("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** An action that replaces the file's text with {@code text}, atomically, through {@code files} (no link followed). */
    public static Action rewrite(ConfinedFiles files, Path file, String description, String text, String done) {
        return new Action() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public List<Path> modifies() {
                return List.of(file);
            }

            @Override
            public String apply() throws IOException {
                files.write(file, text.getBytes(StandardCharsets.UTF_8));
                return done;
            }
        };
    }

    /** The first line that differs, shown as {@code line N: old → new} for plans and reports. */
    public static String firstChange(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) return "line " + (i + 1) + ": `" + cut(a[i].strip()) + "` -> `" + cut(b[i].strip()) + "`";
        }
        return "lines added after line " + Math.min(a.length, b.length);
    }

    private static String cut(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
