package org.autoheal.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line that a program printed in another message language as the English line the parsers know. Programs
 * that use gettext (bash, coreutils, tar, make, wget, git, psql/libpq, find, sed) and glibc's strerror (so also
 * java, gcc, perl under {@code use locale}) print {@code cp: der Aufruf von stat für 'x' ist nicht möglich: Datei
 * oder Verzeichnis nicht gefunden} where an English user sees {@code cp: cannot stat 'x': No such file or
 * directory}. The same error is the same fact: the translated strerror text names the same errno, the translated
 * {@code Kommando nicht gefunden} is bash's {@code command not found}.
 *
 * <p>What stands for what comes from the installed gettext catalogs, generated into {@code localized_messages.tsv}
 * by {@code scripts/l10n/generate_localized_messages.py}: fixed texts (strerror texts, a few tool phrases), formats
 * with placeholders (bash's {@code line %d: }, make's {@code No rule to make target '%s'}, libpq's {@code connection
 * to server at "%s", port %s failed: }) and the quotes each language puts around a name. A line is rewritten only when
 * one of those texts or formats is found where a message part starts (after {@code ": "}, {@code "("}, ...), so
 * English output is never touched; and only with the formats of the language that was found.
 */
final class Localized {
    private static final String RESOURCE = "localized_messages.tsv";
    /** Where a message part may start: after these (and at the line's start). */
    private static final String[] STARTS = {": ", "\u00a0: ", " : ", "\uff1a", "(", "\uff08", "*** ", "- "};
    /** Where a fixed text may end (besides the line's end). */
    private static final String ENDS = ":)\uff1a\uff09.\u3002";
    private static final Pattern PLACEHOLDER = Pattern.compile("%(?:(\\d+)\\$)?[-#0 +']*\\d*(?:\\.\\d+)?(?:ll|l|z|h)?([sdcui])");

    /** normalized translated text -> {English text, language} */
    private static final Map<String, String[]> TEXTS = new HashMap<>();
    /** lengths of the normalized translated texts: most candidate parts are skipped before any allocation */
    private static final BitSet TEXT_LENGTHS = new BitSet();
    /** the first two characters (lower case) of a format's leading words -> the formats that start so */
    private static final Map<String, List<Lead>> LEADS = new HashMap<>();
    private static final Map<String, List<Template>> TEMPLATES = new HashMap<>();
    private static final Map<String, List<String[]>> QUOTES = new HashMap<>();
    /** the words of the English texts and formats: a format whose leading words are all English finds no language */
    private static final Set<String> ENGLISH_WORDS = new java.util.HashSet<>();
    /** formats whose leading words are checked against {@link #ENGLISH_WORDS} once the table is read */
    private static final List<Lead> PENDING = new ArrayList<>();
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** What a text read as English is: the text, and the languages it was translated from (empty: untouched). */
    record Reading(String text, Set<String> languages) {
    }

    private record Lead(String words, String lang, Template template) {
    }

    private record Template(Pattern pattern, List<String> english, int[] groupOfArg) {
        String rewrite(String line) {
            Matcher m = pattern.matcher(line);
            if (!m.find()) return line;
            StringBuilder out = new StringBuilder();
            do {
                StringBuilder en = new StringBuilder(english.get(0));
                for (int a = 0; a < groupOfArg.length; a++) en.append(m.group(groupOfArg[a])).append(english.get(a + 1));
                m.appendReplacement(out, Matcher.quoteReplacement(en.toString()));
            } while (m.find());
            m.appendTail(out);
            return out.toString();
        }
    }

    static {
        try (InputStream in = Localized.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String row = r.readLine(); row != null; row = r.readLine()) {
                if (row.isEmpty() || row.startsWith("#")) continue;
                String[] f = row.split("\t", -1);
                if (f.length != 4) continue;
                if (!f[0].equals("quote")) for (String w : NOT_LETTERS.split(f[2].toLowerCase(Locale.ROOT))) ENGLISH_WORDS.add(w);
                switch (f[0]) {
                    case "text" -> text(f[1], f[2], f[3]);
                    case "template" -> template(f[1], f[2], f[3]);
                    case "quote" -> QUOTES.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new String[] {f[2], f[3]});
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registerLeads();
        // the most specific format first: "%s: line %d: " before "line %d: "
        for (List<Template> ts : TEMPLATES.values()) ts.sort(Comparator.comparingInt((Template t) -> -t.pattern.pattern().length()));
    }

    private Localized() {
    }

    private static void text(String lang, String english, String translated) {
        if (english.strip().startsWith("(") && english.strip().endsWith(")")) {
            text(lang, english.strip().substring(1, english.strip().length() - 1),
                    translated.strip().replaceAll("^[(\uff08]|[)\uff09]$", ""));
            return;
        }
        String key = normalized(translated, 0, translated.length());
        if (key == null || key.length() < (key.chars().allMatch(c -> c < 128) ? 4 : 2)) return;
        TEXTS.putIfAbsent(key, new String[] {english, lang});
        TEXT_LENGTHS.set(trimmedLength(translated, 0, translated.length()));
    }

    private static void template(String lang, String msgid, String msgstr) {
        List<String> english = new ArrayList<>();
        Matcher id = PLACEHOLDER.matcher(msgid);
        int at = 0;
        while (id.find()) {
            english.add(msgid.substring(at, id.start()));
            at = id.end();
        }
        english.add(msgid.substring(at));
        int args = english.size() - 1;
        StringBuilder rx = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int[] groupOfArg = new int[args];
        Matcher st = PLACEHOLDER.matcher(msgstr);
        at = 0;
        int next = 0;
        int group = 0;
        String lead = null;
        while (st.find()) {
            String lit = msgstr.substring(at, st.start());
            rx.append(quoted(lit));
            literal.append(lit);
            if (lead == null && leading(lit).length() >= 2) lead = leading(lit);
            int arg = st.group(1) != null ? Integer.parseInt(st.group(1)) - 1 : next++;
            if (arg < 0 || arg >= args) return;
            groupOfArg[arg] = ++group;
            rx.append(switch (st.group(2)) {
                case "d", "i", "u" -> "(\\d+)";
                case "c" -> "(.)";
                default -> "((?:(?!: ).)*?)";   // a name, a path, a strerror text: never across a message part
            });
            at = st.end();
        }
        String tail = msgstr.substring(at);
        // a placeholder that ends the format takes the rest of the message part ("需要%s": "需要';'"), not nothing
        if (tail.isEmpty() && rx.toString().endsWith("*?)")) {
            rx.setLength(rx.length() - 2);
            rx.append(")");
        }
        rx.append(quoted(tail));
        literal.append(tail);
        if (lead == null) lead = leading(tail);
        if (group != args) return;
        // a format that is nearly all placeholders ("%s: %s") would match any line
        String words = literal.toString().replaceAll("[\\p{Punct}\\s\u00a0\u3000-\u303f\uff00-\uff0f\uff1a\uff1b]", "");
        if (words.length() < (words.chars().allMatch(c -> c < 128) ? 3 : 2)) return;
        Template t = new Template(Pattern.compile(rx.toString()), english, groupOfArg);
        TEMPLATES.computeIfAbsent(lang, k -> new ArrayList<>()).add(t);
        // a format is also how a line is found (bash's syntax errors, make's missing rule name no strerror text): by
        // its leading words, when they are not English words themselves ("Error: " for "error: ")
        if (lead != null && lead.length() >= 2) PENDING.add(new Lead(lead, lang, t));
    }

    /** Leading words that are not all English words (read once every English text is known). */
    private static void registerLeads() {
        for (Lead l : PENDING) {
            String words = l.words().toLowerCase(Locale.ROOT);
            boolean english = true;
            for (String w : NOT_LETTERS.split(words)) if (!w.isEmpty() && !ENGLISH_WORDS.contains(w)) english = false;
            if (english || words.chars().allMatch(c -> c < 128) && words.length() < 4) continue;
            LEADS.computeIfAbsent(words.substring(0, 2), k -> new ArrayList<>()).add(l);
        }
        PENDING.clear();
    }

    /** A literal's words without the separators around them. */
    private static String leading(String literal) {
        return literal.replaceFirst("^[\\s\u00a0:\uff1a]+", "").replaceFirst("[\\s\u00a0]+$", "");
    }

    /** A literal part of a format; the spaces around a colon or quote vary (no-break spaces in French). */
    private static String quoted(String literal) {
        StringBuilder rx = new StringBuilder();
        String[] parts = literal.split("[ \u00a0]+", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) rx.append("[ \u00a0]+");
            if (!parts[i].isEmpty()) rx.append(Pattern.quote(parts[i]));
        }
        return rx.toString();
    }

    /** The translated text between {@code from} and {@code to}, trimmed of spaces and a closing period, lower case. */
    private static String normalized(String s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && (isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '.' || s.charAt(b - 1) == '\u3002')) b--;
        return a < b ? s.substring(a, b).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\t' || c == '\u3000';
    }

    /**
     * The text with its translated lines read as English; the text itself when nothing was translated. The languages
     * are found on the lines that show a translated text or a format's leading words; then every line is read with
     * those languages' formats, so that a line whose format starts with a placeholder ({@code make: *** [Makefile:2：
     * fetch] 错误 4}) is read too.
     */
    static Reading read(String text) {
        if (text == null || text.isEmpty()) return new Reading(text, Set.of());
        String[] lines = text.split("\n", -1);
        Set<String> languages = new LinkedHashSet<>();
        for (String line : lines) languages.addAll(languagesOf(line));
        if (languages.isEmpty()) return new Reading(text, Set.of());
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            out.append(english(lines[i], languages));
        }
        return new Reading(out.toString(), languages);
    }

    /** The languages whose fixed texts or formats start at a message part of the line; empty for English lines. */
    static Set<String> languagesOf(String line) {
        Set<String> found = null;
        for (int s = 0; s >= 0 && s < line.length(); s = nextStart(line, s)) {
            String lang = textAt(line, s);
            if (lang == null) lang = leadAt(line, s);
            if (lang != null) {
                if (found == null) found = new LinkedHashSet<>();
                found.add(lang);
            }
        }
        return found == null ? Set.of() : found;
    }

    /** Where the next message part starts after {@code s}; -1 when none. */
    private static int nextStart(String line, int s) {
        int best = -1;
        for (String sep : STARTS) {
            // a separator may end right after s ("make: *** x": "*** " starts where ": " ended)
            int i = line.indexOf(sep, Math.max(0, s - sep.length() + 1));
            while (i >= 0 && i + sep.length() <= s) i = line.indexOf(sep, i + 1);
            if (i >= 0 && (best < 0 || i + sep.length() < best)) best = i + sep.length();
        }
        return best;
    }

    /** The language of a fixed text that runs from {@code s} to the line's end or to a colon or parenthesis. */
    private static String textAt(String line, int s) {
        int e = s;
        while (e >= 0) {
            int stop = indexOfAny(line, ENDS, e + 1);
            int to = stop < 0 ? line.length() : stop;
            if (TEXT_LENGTHS.get(trimmedLength(line, s, to))) {
                String key = normalized(line, s, to);
                String[] hit = key == null ? null : TEXTS.get(key);
                if (hit != null) return hit[1];
            }
            e = stop;
        }
        return null;
    }

    private static int trimmedLength(String s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && (isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '.' || s.charAt(b - 1) == '\u3002')) b--;
        return b - a;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    private static String leadAt(String line, int s) {
        int a = s;
        while (a < line.length() && isSpace(line.charAt(a))) a++;
        if (a + 2 > line.length()) return null;
        List<Lead> leads = LEADS.get(line.substring(a, a + 2).toLowerCase(Locale.ROOT));
        if (leads == null) return null;
        for (Lead l : leads) {
            if (line.regionMatches(true, a, l.words(), 0, l.words().length()) && l.template().pattern().matcher(line).find()) return l.lang();
        }
        return null;
    }

    /** The line in English: its fixed texts, then the languages' formats, quotes and colons. */
    static String english(String line, Set<String> languages) {
        // the fixed texts first: a strerror text is never read as a format's words ("許可がありません" is EACCES,
        // not javac's "%s expected", "%sがありません")
        String l = texts(line);
        for (String lang : languages) {
            for (Template t : TEMPLATES.getOrDefault(lang, List.of())) l = t.rewrite(l);
        }
        if (l.equals(line)) return line;   // no translated text or format: an English line of the same output
        for (String lang : languages) {
            for (String[] q : QUOTES.getOrDefault(lang, List.of())) {
                // the ASCII quotes stay: '"' around a host is libpq's English too
                if (q[0].charAt(0) >= 128) l = l.replace(q[0] + "\u00a0", "'").replace(q[0], "'");
                if (q[1].charAt(0) >= 128) l = l.replace("\u00a0" + q[1], "'").replace(q[1], "'");
            }
        }
        return l.replace("\u00a0: ", ": ").replace(" : ", ": ").replace("\uff1a", ": ").replace("\uff08", " (").replace("\uff09", ")")
                .replace("\uff0c", ", ").replace("\u3002", ". ").replace("\u2026", "...").replace(":  ", ": ").stripTrailing();
    }

    /** Each fixed text at a message part replaced by its English text (right to left, so positions stay valid). */
    private static String texts(String line) {
        List<int[]> at = new ArrayList<>();
        List<String> english = new ArrayList<>();
        int done = 0;
        for (int s = 0; s >= 0 && s < line.length(); s = nextStart(line, s)) {
            if (s < done) continue;
            int e = s;
            while (e >= 0) {
                int stop = indexOfAny(line, ENDS, e + 1);
                int to = stop < 0 ? line.length() : stop;
                String key = TEXT_LENGTHS.get(trimmedLength(line, s, to)) ? normalized(line, s, to) : null;
                String[] hit = key == null ? null : TEXTS.get(key);
                if (hit != null) {
                    int a = s;
                    while (isSpace(line.charAt(a))) a++;
                    int b = a + trimmedLength(line, s, to);
                    at.add(new int[] {a, b});
                    english.add(hit[0]);
                    done = b;
                    break;
                }
                e = stop;
            }
        }
        StringBuilder out = new StringBuilder(line);
        for (int i = at.size() - 1; i >= 0; i--) out.replace(at.get(i)[0], at.get(i)[1], english.get(i));
        return out.toString();
    }
}
