package org.autoheal.docs;

import java.util.ArrayList;
import java.util.List;

/** Splits a guide's command line into words like a POSIX shell: blanks separate, '…' and "…" quote. */
final class ShellWords {
    private ShellWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int close = line.indexOf(c, i + 1);
                if (close < 0) throw new IllegalArgumentException("unclosed quote in: " + line);
                String quoted = line.substring(i + 1, close);
                if (c == '"' && (quoted.contains("$") || quoted.contains("\\") || quoted.contains("`"))) {
                    throw new IllegalArgumentException("the guide test takes no $, \\ or ` inside double quotes: " + line);
                }
                w.append(quoted);
                inWord = true;
                i = close;
            } else if (c == ' ' || c == '\t') {
                if (inWord) words.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else if ("|;&<>$`\\".indexOf(c) >= 0) {
                throw new IllegalArgumentException("the guide test takes no shell operators (" + c + ") here: " + line);
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(w.toString());
        if (words.isEmpty()) throw new IllegalArgumentException("empty command");
        return words;
    }
}
