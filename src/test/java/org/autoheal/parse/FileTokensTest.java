package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.autoheal.testing.RandomText;
import org.junit.jupiter.api.Test;

/**
 * {@link FileExtractor#files} splits lines into tokens by hand (it runs on every line of every
 * error); it must find exactly what the plain regex split it replaced found, on the corpus and on
 * random lines full of separators, quotes and file-like words.
 */
class FileTokensTest {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s=]+");

    /** The reference: the regex split, 64 tokens at most. */
    private static List<String> reference(String line) {
        List<String> out = new ArrayList<>();
        if (line.indexOf('.') < 0) return out;
        int i = 0;
        while (i < line.length() && out.size() < 16) {
            char q = line.charAt(i);
            int close = (q == '\'' || q == '"') ? line.indexOf(q, i + 1) : -1;
            if (close > i + 1) {
                String s = line.substring(i + 1, close);
                if (Names.looksLikeFile(s)) add(out, s);
                else if (s.length() <= 4096) {
                    // files quoted with the other quote inside a quoted string that is no file (npm's echo of a script)
                    char inner = q == '"' ? '\'' : '"';
                    java.util.regex.Matcher m = Pattern.compile(inner + "([^" + inner + "]*)" + inner).matcher(s);
                    List<String> found = new ArrayList<>();
                    while (m.find() && found.size() < 16) if (Names.looksLikeFile(m.group(1)) && !found.contains(m.group(1))) found.add(m.group(1));
                    for (String f : found) add(out, f);
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        if (line.startsWith("Node.js v")) return out;
        for (String token : SEPARATORS.split(line, 64)) {
            if (out.size() >= 16) break;
            String t = Names.trimToken(token);
            int colon = t.indexOf(':');
            if (colon > 0 && t.substring(colon).chars().allMatch(c -> c == ':' || (c >= '0' && c <= '9'))) t = t.substring(0, colon);
            add(out, t);
        }
        return out;
    }

    private static void add(List<String> out, String s) {
        if (Names.looksLikeFile(s) && !FileExtractor.isInternal(s) && !out.contains(s)) out.add(s);
    }

    @Test
    void sameFilesAsTheRegexSplit() throws Exception {
        List<String> lines = new ArrayList<>();
        try (var files = Files.walk(Corpus.dir())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) lines.addAll(Arrays.asList(Files.readString(p).split("\n")));
        }
        lines.addAll(RandomText.of(20261126, 20_000, 120, " \t=./:'\"abcxyz019_-()[]{}<>,;!?\u000B\f\r\u001Cé",
                "tools/run.sh", "a.py", "x.json", "=", " ", "'q.txt'", "Main.java:6", "/etc/x.conf", "..",
                "node_modules/a.js", "http://a.b/c.js", "app.js:5:13", "\"cfg/settings.json\"",
                "\"x('conf/a.json')\"", "'SELECT readfile(\"d.json\")'"));
        StringBuilder many = new StringBuilder(" ");
        for (int k = 0; k < 100; k++) many.append("f").append(k).append(".py ");
        lines.add(many.toString());
        lines.add(many.toString().strip());
        for (String line : lines) assertThat(FileExtractor.files(line)).as(line).isEqualTo(reference(line));
    }
}
