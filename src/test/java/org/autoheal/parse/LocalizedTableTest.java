package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The generator (scripts/l10n/generate_localized_messages.py) writes each row of {@code localized_messages.tsv}
 * pre-digested, so that {@link Localized} only fills maps at a cold start. This computes the digest again as the
 * parser did per row at load before (Java's own lower case, whitespace and letters) and compares it with the
 * generator's columns, row by row: a Python/Java difference (a letter class, a case mapping) fails here.
 */
class LocalizedTableTest {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern PARENS = Pattern.compile("^[(\uff08]|[)\uff09]$");

    private static List<String[]> rows() throws IOException {
        try (InputStream in = Localized.class.getResourceAsStream("localized_messages.tsv")) {
            List<String[]> rows = new ArrayList<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!row.isEmpty() && !row.startsWith("#")) rows.add(row.split("\t", -1));
            }
            return rows;
        }
    }

    @Test
    void everyRowsDigest_isWhatTheParserComputedFromItsText() throws IOException {
        List<String[]> rows = rows();
        assertThat(rows).hasSizeGreaterThan(2000);
        Set<String> englishWords = new HashSet<>();
        for (String[] f : rows) {
            if (!f[0].equals("quote")) englishWords.addAll(List.of(NOT_LETTERS.split(f[2].toLowerCase(Locale.ROOT))));
        }
        int texts = 0;
        int leads = 0;
        for (String[] f : rows) {
            String row = String.join("\t", f);
            switch (f[0]) {
                case "text" -> {
                    assertThat(f).as(row).hasSize(6);
                    String english = f[2];
                    String translated = f[3];
                    // a text in parentheses is read without them; the generator writes it so
                    assertThat(english.strip().startsWith("(") && english.strip().endsWith(")")).as(row).isFalse();
                    String key = normalized(translated);
                    if (key == null || key.length() < (key.chars().allMatch(c -> c < 128) ? 4 : 2)) key = "";
                    assertThat(f[4]).as(row).isEqualTo(key);
                    assertThat(Integer.parseInt(f[5])).as(row).isEqualTo(trimmedLength(translated));
                    if (!key.isEmpty()) texts++;
                }
                case "template" -> {
                    assertThat(f).as(row).hasSize(5);
                    String words = firstWords(f[3]);
                    String lead = words == null || allEnglish(words, englishWords) ? "" : words;
                    assertThat(f[4]).as(row).isEqualTo(lead);
                    if (!lead.isEmpty()) leads++;
                }
                case "quote" -> assertThat(f).as(row).hasSize(4);
                default -> throw new AssertionError("unknown row kind: " + row);
            }
        }
        assertThat(texts).isGreaterThan(1000);
        assertThat(leads).isGreaterThan(500);
    }

    @Test
    void theIndex_isTheTablesTextsAndLeadingWords() throws IOException {
        Set<Integer> lengths = new java.util.TreeSet<>();
        Set<Integer> keys = new java.util.TreeSet<>();
        Set<String> leads = new java.util.TreeSet<>();
        Set<Integer> firsts = new java.util.TreeSet<>();
        Set<Long> keyHeads = new java.util.TreeSet<>();
        Set<Long> leadHeads = new java.util.TreeSet<>();
        for (String[] f : rows()) {
            if (f[0].equals("text") && !f[4].isEmpty()) {
                lengths.add(Integer.parseInt(f[5]));
                keys.add(f[4].hashCode());
                assertThat(f[4]).isEqualTo(f[4].toLowerCase(Locale.ROOT));
                if (asciiHead(f[4], 8) != null) keyHeads.add(asciiHead(f[4], 8));
            } else if (f[0].equals("template") && !f[4].isEmpty()) {
                int h = 0;
                StringBuilder folded = new StringBuilder();
                for (char c : f[4].toCharArray()) {
                    h = 31 * h + Localized.folded(c);
                    folded.append(Localized.folded(c));
                }
                leads.add(f[4].length() + ":" + h);
                firsts.add(Localized.folded(f[4].charAt(0)) << 16 | Localized.folded(f[4].charAt(1)));
                if (asciiHead(folded.toString(), 4) != null) leadHeads.add(asciiHead(folded.toString(), 4));
            }
        }
        String[] index;
        try (InputStream in = Localized.class.getResourceAsStream("localized_index.txt")) {
            index = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().filter(l -> !l.startsWith("#")).toArray(String[]::new);
        }
        assertThat(index).hasSize(6);
        assertThat(Set.of(index[0].split(" "))).isEqualTo(strings(lengths));
        assertThat(Set.of(index[1].split(" "))).isEqualTo(strings(keys));
        assertThat(Set.of(index[2].split(" "))).isEqualTo(leads);
        assertThat(Set.of(index[3].split(" "))).isEqualTo(strings(firsts));
        assertThat(Set.of(index[4].split(" "))).isEqualTo(strings(keyHeads));
        assertThat(Set.of(index[5].split(" "))).isEqualTo(strings(leadHeads));
    }

    /** The first n characters of {@code s} (all of a shorter one), 7 bits each from the top, under their count; null outside ASCII. */
    private static Long asciiHead(String s, int n) {
        int k = Math.min(n, s.length());
        long v = (long) k << (7 * n);
        for (int i = 0; i < k; i++) {
            if (s.charAt(i) >= 128) return null;
            v |= (long) s.charAt(i) << (7 * (n - 1 - i));
        }
        return v;
    }

    @Test
    void everyTextAndFormatOfTheTable_inTheFormsALinePrintsIt_passesTheIndex() throws IOException {
        // the index's heads (a key's first eight characters, leading words' first four) are exact in the same direction: a line on which the table finds a language
        // passes them, in any case, after any message part's start, as the whole line or part of a longer one
        int found = 0;
        for (String[] f : rows()) {
            String words = f[0].equals("text") ? f[3] : f[0].equals("template") ? f[4] : "";
            if (words.isEmpty()) continue;
            for (String w : List.of(words, words.toUpperCase(Locale.ROOT), words.toLowerCase(Locale.ROOT),
                    words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1))) {
                for (String line : List.of(w, "  " + w, "prog: " + w, "prog: x: " + w + ": more", "cp: (" + w + ")", "make: *** " + w + ".",
                        "- " + w, "x\uff1a" + w + "\uff09", "prog : " + w, w + ". ", "tail " + w)) {
                    boolean language = !Localized.languagesOf(line).isEmpty();
                    if (language) {
                        found++;
                        assertThat(Localized.mayHold(line)).as(line).isTrue();
                    }
                    // a line read in place inside a text is read as the line alone
                    String text = "before\n" + line + "\nafter";
                    assertThat(Localized.mayHold(text, 7, 7 + line.length())).as(line).isEqualTo(Localized.mayHold(line));
                }
            }
        }
        assertThat(found).isGreaterThan(5000);
    }

    private static Set<String> strings(Set<? extends Number> values) {
        Set<String> out = new HashSet<>();
        for (Number v : values) out.add(String.valueOf(v));
        return out;
    }

    @Test
    void aLineWithALanguage_isOneTheIndexLetThrough() throws IOException {
        // the index's test is exact in one direction: every line the table finds a language on passes it
        int lines = 0;
        int passed = 0;
        for (String set : List.of("seed", "captured")) {
            for (Corpus.Case c : Corpus.cases(set)) {
                for (String line : c.text().split("\n", -1)) {
                    boolean found = !Localized.languagesOf(line).isEmpty();
                    boolean may = Localized.mayHold(line);
                    if (found) assertThat(may).as(c.file() + ": " + line).isTrue();
                    lines++;
                    if (may) passed++;
                }
            }
        }
        // and it lets few lines through: most outputs are English and never read the table
        assertThat(passed).as(passed + " of " + lines + " lines").isLessThan(lines / 20);
    }

    @Test
    void aTextInParentheses_isReadWithoutThem() throws IOException {
        // make's " (ignored)": the generator strips the parentheses as the parser did
        assertThat(rows()).anySatisfy(f -> {
            assertThat(f[0]).isEqualTo("text");
            assertThat(f[2]).isEqualTo("ignored");
            assertThat(f[3]).isEqualTo(PARENS.matcher(f[3].strip()).replaceAll(""));
        });
    }

    private static boolean allEnglish(String words, Set<String> englishWords) {
        String lower = words.toLowerCase(Locale.ROOT);
        boolean english = true;
        int w = 0;
        for (int i = 0; i <= lower.length() && english; i++) {
            if (i < lower.length() && Character.isLetter(lower.charAt(i))) continue;
            if (i > w && !englishWords.contains(lower.substring(w, i))) english = false;
            w = i + 1;
        }
        return english || lower.chars().allMatch(c -> c < 128) && lower.length() < 4;
    }

    private static String firstWords(String msgstr) {
        int at = 0;
        int n = msgstr.length();
        while (at <= n) {
            int pct = msgstr.indexOf('%', at);
            int end = pct < 0 ? n : pct;
            String words = leading(msgstr.substring(at, end));
            if (words.length() >= 2) return words;
            if (pct < 0) return null;
            int i = pct + 1;
            while (i < n && "0123456789$#-+ '.lzh".indexOf(msgstr.charAt(i)) >= 0) i++;
            at = i + 1;
        }
        return null;
    }

    private static String leading(String literal) {
        int a = 0;
        int b = literal.length();
        while (a < b && (Character.isWhitespace(literal.charAt(a)) || literal.charAt(a) == '\u00a0' || literal.charAt(a) == ':'
                || literal.charAt(a) == '\uff1a')) a++;
        while (b > a && (Character.isWhitespace(literal.charAt(b - 1)) || literal.charAt(b - 1) == '\u00a0')) b--;
        return literal.substring(a, b);
    }

    private static String normalized(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && (isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '.' || s.charAt(b - 1) == '\u3002')) b--;
        return a < b ? s.substring(a, b).toLowerCase(Locale.ROOT) : null;
    }

    private static int trimmedLength(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && (isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '.' || s.charAt(b - 1) == '\u3002')) b--;
        return b - a;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\t' || c == '\u3000';
    }
}
