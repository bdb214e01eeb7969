package org.autoheal.strategy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.autoheal.backup.ConfinedFiles;

/**
 * A text file a strategy edits: read strictly as UTF-8 within a size limit, rewritten
 * atomically. The action it returns declares the file so the pipeline backs it up first.
 */
public final class SourceFile {
    private SourceFile() {
    }

    public static String read(Path file, long maxBytes) throws Refusal {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) throw new Refusal(file + " is not a regular file");
        try {
            long size = Files.size(file);
            if (size > maxBytes) throw new Refusal(file + " is " + size + " bytes, over the limit of " + maxBytes);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(file + " is not valid UTF-8 text; not editing it");
        } catch (IOException e) {
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
