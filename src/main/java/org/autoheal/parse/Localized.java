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
 *
 * <p>The table is read only for an output that shows one of its texts or formats' leading words at a message part,
 * which {@code localized_index.txt} (generated with it: lengths and hash codes) tells without the table: a cold start
 * of an English output does not read the 2566 rows (docs/performance.md, session 13, cold4).
 */
final class Localized {
    private static final String RESOURCE = "localized_messages.tsv";
    /** Where a fixed text may end (besides the line's end). */
    private static final String ENDS = ":)\uff1a\uff09.\u3002";
    private static final Pattern PLACEHOLDER = Pattern.compile("%(?:(\\d+)\\$)?[-#0 +']*\\d*(?:\\.\\d+)?(?:ll|l|z|h)?([sdcui])");

    /** a language's formats, built the first time that language is met (most outputs are English: none is built) */
    private static final Map<String, List<Template>> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, List<String>> MSGID_PIECES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern SPACES = Pattern.compile("[ \u00a0]+");

    // The index (localized_index.txt, generated with the table): what a line must show before the table is read.
    /** the trimmed lengths of the texts */
    private static final BitSet INDEX_LENGTHS = new BitSet();
    /** the texts' keys' hash codes */
    private static final Entries INDEX_KEYS;
    /** the leading words' lengths */
    private static final BitSet INDEX_LEAD_LENGTHS = new BitSet();
    /** each leading words' length (high half) and hash code of its case-folded characters (low half) */
    private static final Entries INDEX_LEADS;
    /** the leading words' first two characters, case-folded, as one int each: most parts stop there */
    private static final Entries INDEX_FIRSTS;
    /**
     * the first eight characters of the texts' keys that start with ASCII ones (all of a shorter key), each packed as
     * {@link #mayStartWith} packs a line's, sorted: a part whose first eight characters are ASCII is hashed as a key only when
     * they are one of these (most English parts start with none: not {@code File "x.py"}, which Italian's {@code File o
     * directory non esistente} shares four characters with)
     */
    private static final Entries INDEX_KEY_HEADS;
    /** the case-folded leading words' first four characters, when ASCII (all of shorter ones), packed so */
    private static final Entries INDEX_LEAD_HEADS;
    /** whether a key or leading words are shorter than their head (none today): then shorter heads are looked up too */
    private static final boolean SHORT_KEY_HEADS;
    private static final boolean SHORT_LEAD_HEADS;

    static {
        String index;
        try (InputStream in = Localized.class.getResourceAsStream("localized_index.txt")) {
            if (in == null) throw new IllegalStateException("localized_index.txt is missing from the classpath");
            index = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] line = new String[6];
        int n = 0;
        for (int at = 0; at < index.length() && n < 6; ) {
            int end = index.indexOf('\n', at);
            if (end < 0) end = index.length();
            if (index.charAt(at) != '#') line[n++] = index.substring(at, end);
            at = end + 1;
        }
        if (n != 6) throw new IllegalStateException("localized_index.txt: six lines expected");
        for (int v : ints(line[0])) INDEX_LENGTHS.set(v);
        INDEX_KEYS = new Entries(longs(ints(line[1])));
        String[] leads = line[2].split(" ");
        long[] leadEntries = new long[leads.length];
        for (int i = 0; i < leads.length; i++) {
            int colon = leads[i].indexOf(':');
            int length = Integer.parseInt(leads[i], 0, colon, 10);
            INDEX_LEAD_LENGTHS.set(length);
            leadEntries[i] = lead(length, Integer.parseInt(leads[i], colon + 1, leads[i].length(), 10));
        }
        INDEX_LEADS = new Entries(leadEntries);
        INDEX_FIRSTS = new Entries(longs(ints(line[3])));
        long[] keyHeads = longs(line[4]);
        long[] leadHeads = longs(line[5]);
        INDEX_KEY_HEADS = new Entries(keyHeads);
        INDEX_LEAD_HEADS = new Entries(leadHeads);
        SHORT_KEY_HEADS = keyHeads.length > 0 && keyHeads[0] >>> 56 < 8;
        SHORT_LEAD_HEADS = leadHeads.length > 0 && leadHeads[0] >>> 28 < 4;
    }

    /**
     * A set of numbers (an index's hash codes or packed heads), sorted, with one bit per hash of each in front: most of
     * a line's parts start with no entry, and a clear bit says so without a binary search (the searches were about a third
     * of this class's time in a batch, under C1). Found or not exactly as the sorted array says.
     */
    private static final class Entries {
        private final long[] sorted;
        private final long[] bits;
        private final int shift;

        Entries(long[] values) {
            sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int size = Integer.highestOneBit(Math.max(64, sorted.length * 32 - 1)) << 1;   // 32 to 64 bits per entry
            bits = new long[size / 64];
            shift = 64 - Integer.numberOfTrailingZeros(size);
            for (long v : sorted) {
                int h = hash(v);
                bits[h >>> 6] |= 1L << h;
            }
        }

        private int hash(long v) {
            return (int) ((v * 0x9E3779B97F4A7C15L) >>> shift);
        }

        boolean contains(long v) {
            int h = hash(v);
            return (bits[h >>> 6] & 1L << h) != 0 && java.util.Arrays.binarySearch(sorted, v) >= 0;
        }
    }

    private static int[] ints(String line) {
        String[] v = line.split(" ");
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Integer.parseInt(v[i]);
        return out;
    }

    private static long[] longs(int[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i];
        return out;
    }

    private static long[] longs(String line) {
        String[] v = line.split(" ");
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Long.parseLong(v[i]);
        java.util.Arrays.sort(out);
        return out;
    }

    private static long lead(int length, int hash) {
        return (long) length << 32 | (hash & 0xffffffffL);
    }

    /** A character as {@code String.regionMatches(true, ...)} compares it. */
    static char folded(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Whether a line may hold a translation: some message part starts with a text of the table (its length and its
     * key's hash code) or with a format's leading words (their length and hash code). Exact in one direction: a line
     * for which this is false finds no language in the table, so the table need not be read for it.
     */
    static boolean mayHold(String line) {
        return mayHold(line, 0, line.length());
    }

    /**
     * {@link #mayHold(String)} of the line {@code text[from, to)}, read in place: the message parts' starts are found
     * in the same pass that tests them, and a text's key is hashed as it is scanned (no copy, no lower-case string)
     * unless it holds a character outside ASCII. Every batch output goes through this (docs/performance.md, session
     * 14).
     */
    static boolean mayHold(String text, int from, int to) {
        if (from >= to) return false;
        if (mayHoldAt(text, to, from)) return true;
        int last = from;   // the previous start: a part that starts where the previous one did is not tried again
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int next;
            if (c == ':') next = i + 1 < to && text.charAt(i + 1) == ' ' ? i + 2 : -1;
            else if (c == '(' || c == '\uff1a' || c == '\uff08') next = i + 1;
            else if (c == '-') next = i + 1 < to && text.charAt(i + 1) == ' ' ? i + 2 : -1;
            else if (c == '*') next = i + 3 < to && text.startsWith("** ", i + 1) ? i + 4 : -1;
            else continue;
            if (next < 0 || next >= to || next == last) continue;
            last = next;
            if (mayHoldAt(text, to, next)) return true;
        }
        return false;
    }

    /** Whether the message part of the line that ends at {@code to} and starts at {@code s} starts with an index entry. */
    private static boolean mayHoldAt(String text, int to, int s) {
        int a = s;
        while (a < to && isSpace(text.charAt(a))) a++;
        return mayStartWith(INDEX_KEY_HEADS, 8, SHORT_KEY_HEADS, text, to, a) && startsWithAKey(text, to, s, a)
                || mayStartWith(INDEX_LEAD_HEADS, 4, SHORT_LEAD_HEADS, text, to, a) && startsWithLeadingWords(text, to, a);
    }

    /** Whether a text's key (its length and hash code) runs from {@code a} to an end of the part that starts at s. */
    private static boolean startsWithAKey(String text, int to, int s, int a) {
        // a fixed text: from s to an end (a colon, a parenthesis, a period, the line's end), trimmed; the ends tried are
        // textAt's (none past the longest text); the key's hash is that of its lower case, made as the text is read
        int longest = s + INDEX_LENGTHS.length() + 2;
        int maxLength = INDEX_LENGTHS.length() - 1;
        int h = 0;        // the hash of the lower-cased characters [a, i)
        int b = a;        // the key's end for an end at i: trailing spaces and periods trimmed
        int hb = 0;       // the hash of [a, b)
        int ascii = to;   // the first character at or after a that is not ASCII
        for (int i = s + 1; ; i++) {
            int j = i - 1;   // the character that joins the key before the end at i is tried
            if (j >= a) {
                char c = text.charAt(j);
                if (c >= 128 && ascii == to) ascii = j;
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
                if (!isSpace(c) && c != '.' && c != '\u3002') {
                    b = i;
                    hb = h;
                    if (b - a > maxLength) break;   // b only grows: no later end gives a key of a text's length
                }
            }
            boolean end = i >= to;
            if (!end) {
                char c = text.charAt(i);
                end = (c == ':' || c == ')' || c == '.' || c > 0x3000) && ENDS.indexOf(c) >= 0;
            }
            if (!end) continue;
            int length = b - a;
            if (length > 0 && INDEX_LENGTHS.get(length)) {
                // outside ASCII, lower case is Locale.ROOT's (which may change a length): the key as textAt makes it
                int hash = ascii < b ? normalized(text, s, i).hashCode() : hb;
                if (INDEX_KEYS.contains(hash)) return true;
            }
            if (i >= to || i > longest) break;
        }
        return false;
    }

    /** Whether a format's leading words start at {@code a}: their first two characters, then their length and hash code, case-folded. */
    private static boolean startsWithLeadingWords(String text, int to, int a) {
        if (a + 2 > to) return false;
        if (!INDEX_FIRSTS.contains(folded(text.charAt(a)) << 16 | folded(text.charAt(a + 1)))) return false;
        int lh = 0;
        int most = Math.min(to, a + INDEX_LEAD_LENGTHS.length());
        for (int i = a; i < most; i++) {
            lh = 31 * lh + folded(text.charAt(i));
            int length = i - a + 1;
            if (INDEX_LEAD_LENGTHS.get(length) && INDEX_LEADS.contains(lead(length, lh))) return true;
        }
        return false;
    }

    /**
     * Whether an entry of {@code heads} (each its first {@code n} characters, lower case) may start at {@code a}: false
     * only when the part's first n characters are ASCII and no entry starts with them. A key is the line's characters
     * in lower case and leading words match them case-folded; an ASCII character's lower case and folded case are both
     * its ASCII lower case, so an entry that matches the line here starts with these n characters (or, shorter, with
     * some of them: {@code shorter}).
     */
    private static boolean mayStartWith(Entries heads, int n, boolean shorter, String text, int to, int a) {
        if (a + n > to) return true;
        long packed = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(a + i);
            if (c >= 128) return true;
            packed = packed << 7 | (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (heads.contains((long) n << (7 * n) | packed)) return true;
        for (int k = n - 1; shorter && k >= 1; k--) {
            // an entry of k characters: they fill the top k of the n places (the generator's ascii_head)
            if (heads.contains((long) k << (7 * n) | packed & -(1L << (7 * (n - k))))) return true;
        }
        return false;
    }

    /**
     * Reads the index now and, when {@code text} may hold a translation, the table: on a thread that would otherwise
     * wait, so that the first parse does not.
     */
    static void prepare(String text) {
        if (text != null && mayHoldAny(text)) Table.read();
    }

    /** Whether some line of the text may hold a translation (each line read in place, as {@code split("\n", -1)} cuts it). */
    private static boolean mayHoldAny(String text) {
        for (int at = 0; at <= text.length(); ) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = text.length();
            if (mayHold(text, at, end)) return true;
            at = end + 1;
        }
        return false;
    }

    /** What a text read as English is: the text, and the languages it was translated from (empty: untouched). */
    record Reading(String text, Set<String> languages) {
    }

    /** A format's leading words; its pattern (to confirm the line) is built on first use. */
    private static final class Lead {
        private final String words;
        private final String lang;
        private final String msgid;
        private final String msgstr;
        private volatile Template template;

        Lead(String words, String lang, String msgid, String msgstr) {
            this.words = words;
            this.lang = lang;
            this.msgid = msgid;
            this.msgstr = msgstr;
        }

        String words() {
            return words;
        }

        String lang() {
            return lang;
        }

        Template template() {
            Template t = template;
            if (t == null) template = t = Localized.template(msgid, msgstr);
            return t;
        }
    }

    /** A format read back as its English msgid; its pattern is compiled when its language is first met. */
    private static final class Template {
        private final String regex;
        private final List<String> english;
        private final int[] groupOfArg;
        /** the longest run of the format's literal text without a space: every match of the pattern holds it */
        private final String needle;
        private volatile Pattern pattern;

        Template(String regex, List<String> english, int[] groupOfArg, String needle) {
            this.regex = regex;
            this.english = english;
            this.groupOfArg = groupOfArg;
            this.needle = needle;
        }

        Pattern pattern() {
            Pattern p = pattern;
            if (p == null) pattern = p = Pattern.compile(regex);
            return p;
        }

        String rewrite(String line) {
            // every line of a translated output is tried with each format of its languages: most lack the needle
            if (line.indexOf(needle) < 0) return line;
            Matcher m = pattern().matcher(line);
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

    /** The table itself, read the first time an output shows one of the index's texts or leading words. */
    private static final class Table {
        /** normalized translated text -> {English text, language} */
        private static final Map<String, String[]> TEXTS = new HashMap<>();
        /** lengths of the normalized translated texts: most candidate parts are skipped before any allocation */
        private static final BitSet TEXT_LENGTHS = new BitSet();
        /** the first two characters (lower case, as one int) of a format's leading words -> the formats that start so */
        private static final Map<Integer, List<Lead>> LEADS = new HashMap<>();
        /** language -> its format rows {msgid, msgstr}, as read */
        private static final Map<String, List<String[]>> TEMPLATE_ROWS = new HashMap<>();
        private static final Map<String, List<String[]>> QUOTES = new HashMap<>();

        /*
         * The rows come pre-digested by the generator (the lookup key of a text, its trimmed length, a format's leading
         * words when they are not English), so loading is splitting lines and filling maps: it runs at a cold start
         * whose output passes the index (docs/performance.md, session 13, "the translated messages' table at a cold
         * start").
         */
        static {
            String table;
            try (InputStream in = Localized.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String[] f = new String[6];
            int at = 0;
            while (at < table.length()) {
                int end = table.indexOf('\n', at);
                if (end < 0) end = table.length();
                int n = table.charAt(at) == '#' ? 0 : fields(table, at, end, f);
                at = end + 1;
                if (n == 6 && f[0].equals("text")) {
                    if (!f[4].isEmpty()) {
                        TEXTS.putIfAbsent(f[4], new String[] {f[2], f[1]});
                        TEXT_LENGTHS.set(Integer.parseInt(f[5]));
                    }
                } else if (n == 5 && f[0].equals("template")) {
                    // no lambdas here: a class initializer that runs at every cold start spins no call sites
                    List<String[]> rows = TEMPLATE_ROWS.get(f[1]);
                    if (rows == null) TEMPLATE_ROWS.put(f[1], rows = new ArrayList<>());
                    rows.add(new String[] {f[2], f[3]});
                    if (!f[4].isEmpty()) {
                        String low = f[4].toLowerCase(Locale.ROOT);
                        Integer k = key(low.charAt(0), low.charAt(1));
                        List<Lead> leads = LEADS.get(k);
                        if (leads == null) LEADS.put(k, leads = new ArrayList<>());
                        leads.add(new Lead(f[4], f[1], f[2], f[3]));
                    }
                } else if (n == 4 && f[0].equals("quote")) {
                    List<String[]> quotes = QUOTES.get(f[1]);
                    if (quotes == null) QUOTES.put(f[1], quotes = new ArrayList<>());
                    quotes.add(new String[] {f[2], f[3]});
                }
            }
        }

        /** Reads the table (the class initializer), once. */
        static void read() {
        }
    }

    /** Splits the row {@code [from, to)} at its tabs into {@code f} (no regex, no list); its fields, 0 when too many. */
    private static int fields(String table, int from, int to, String[] f) {
        int n = 0;
        int at = from;
        while (true) {
            int tab = table.indexOf('\t', at);
            if (tab < 0 || tab > to) tab = to;
            if (n == f.length) return 0;
            f[n++] = table.substring(at, tab);
            if (tab == to) return n;
            at = tab + 1;
        }
    }

    /** The language's formats, the most specific first ("%s: line %d: " before "line %d: "); built once. */
    private static List<Template> templates(String lang) {
        return TEMPLATES.computeIfAbsent(lang, l -> {
            List<Template> ts = new ArrayList<>();
            for (String[] row : Table.TEMPLATE_ROWS.getOrDefault(l, List.of())) {
                Template t = template(row[0], row[1]);
                if (t != null) ts.add(t);
            }
            ts.sort(Comparator.comparingInt((Template t) -> -t.regex.length()));
            return List.copyOf(ts);
        });
    }

    private Localized() {
    }

    private static Template template(String msgid, String msgstr) {
        List<String> english = MSGID_PIECES.computeIfAbsent(msgid, Localized::pieces);
        int at;
        int args = english.size() - 1;
        StringBuilder rx = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int[] groupOfArg = new int[args];
        Matcher st = PLACEHOLDER.matcher(msgstr);
        at = 0;
        int next = 0;
        int group = 0;
        String needle = "";
        while (st.find()) {
            String lit = msgstr.substring(at, st.start());
            rx.append(quoted(lit));
            literal.append(lit);
            needle = longerRun(needle, lit);
            int arg = st.group(1) != null ? Integer.parseInt(st.group(1)) - 1 : next++;
            if (arg < 0 || arg >= args) return null;
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
        needle = longerRun(needle, tail);
        if (group != args) return null;
        // a format that is nearly all placeholders ("%s: %s") would match any line
        int letters = 0;
        boolean ascii = true;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters++;
                ascii &= c < 128;
            }
        }
        if (letters < (ascii ? 3 : 2)) return null;
        return new Template(rx.toString(), english, groupOfArg, needle);
    }

    /** The longer of {@code run} and the longest run of {@code literal} between the spaces {@link #quoted} matches loosely. */
    private static String longerRun(String run, String literal) {
        for (String part : SPACES.split(literal, -1)) if (part.length() > run.length()) run = part;
        return run;
    }

    /** The English msgid's text between its placeholders. */
    private static List<String> pieces(String msgid) {
        List<String> english = new ArrayList<>();
        Matcher id = PLACEHOLDER.matcher(msgid);
        int at = 0;
        while (id.find()) {
            english.add(msgid.substring(at, id.start()));
            at = id.end();
        }
        english.add(msgid.substring(at));
        return english;
    }

    /** A literal part of a format; the spaces around a colon or quote vary (no-break spaces in French). */
    private static String quoted(String literal) {
        StringBuilder rx = new StringBuilder();
        String[] parts = SPACES.split(literal, -1);
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
        if (!mayHoldAny(text)) return new Reading(text, Set.of());   // no text or format of the table starts a part: not read
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
        int[] starts = starts(line);
        for (int k = 1; k <= starts[0]; k++) {
            int s = starts[k];
            String lang = textAt(line, s);
            if (lang == null) lang = leadAt(line, s);
            if (lang != null) {
                if (found == null) found = new LinkedHashSet<>();
                found.add(lang);
            }
        }
        return found == null ? Set.of() : found;
    }

    /**
     * Where message parts start, in one pass: the line's start and after {@code ": "} (also French {@code " : "}), a
     * full-width colon, {@code "("}, {@code "（"}, {@code "*** "} and {@code "- "}. Element 0 is the count.
     */
    private static int[] starts(String line) {
        int n = line.length();
        int[] at = new int[8];
        int count = 0;
        at[++count] = 0;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            int next = -1;
            if (c == ':' && i + 1 < n && line.charAt(i + 1) == ' ') next = i + 2;
            else if (c == '\uff1a' || c == '(' || c == '\uff08') next = i + 1;
            else if (c == '*' && line.startsWith("*** ", i)) next = i + 4;
            else if (c == '-' && i + 1 < n && line.charAt(i + 1) == ' ') next = i + 2;
            if (next < 0 || next >= n || next == at[count]) continue;
            if (count + 1 == at.length) at = java.util.Arrays.copyOf(at, at.length * 2);
            at[++count] = next;
        }
        at[0] = count;
        return at;
    }

    /** The language of a fixed text that runs from {@code s} to the line's end or to a colon or parenthesis. */
    private static String textAt(String line, int s) {
        int e = s;
        int longest = s + Table.TEXT_LENGTHS.length() + 2;   // no text is longer: the ends beyond are not tried
        while (e >= 0 && e <= longest) {
            int stop = indexOfAny(line, ENDS, e + 1);
            int to = stop < 0 ? line.length() : stop;
            if (Table.TEXT_LENGTHS.get(trimmedLength(line, s, to))) {
                String key = normalized(line, s, to);
                String[] hit = key == null ? null : Table.TEXTS.get(key);
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
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ':' || c == ')' || c == '.' || c > 0x3000) && chars.indexOf(c) >= 0) return i;
        }
        return -1;
    }

    private static int key(char a, char b) {
        return Character.toLowerCase(a) << 16 | Character.toLowerCase(b);
    }

    private static String leadAt(String line, int s) {
        int a = s;
        while (a < line.length() && isSpace(line.charAt(a))) a++;
        if (a + 2 > line.length()) return null;
        List<Lead> leads = Table.LEADS.get(key(line.charAt(a), line.charAt(a + 1)));
        if (leads == null) return null;
        for (Lead l : leads) {
            // a format is also how a line is found (bash's syntax errors, make's missing rule name no strerror text)
            if (line.regionMatches(true, a, l.words(), 0, l.words().length()) && l.template() != null
                    && l.template().pattern().matcher(line).find()) return l.lang();
        }
        return null;
    }

    /** The line in English: its fixed texts, then the languages' formats, quotes and colons. */
    static String english(String line, Set<String> languages) {
        // the fixed texts first: a strerror text is never read as a format's words ("許可がありません" is EACCES,
        // not javac's "%s expected", "%sがありません")
        String l = texts(line);
        for (String lang : languages) {
            for (Template t : templates(lang)) l = t.rewrite(l);
        }
        if (l.equals(line)) return line;   // no translated text or format: an English line of the same output
        for (String lang : languages) {
            for (String[] q : Table.QUOTES.getOrDefault(lang, List.of())) {
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
        int[] starts = starts(line);
        for (int k = 1; k <= starts[0]; k++) {
            int s = starts[k];
            if (s < done) continue;
            int e = s;
            int longest = s + Table.TEXT_LENGTHS.length() + 2;
            while (e >= 0 && e <= longest) {
                int stop = indexOfAny(line, ENDS, e + 1);
                int to = stop < 0 ? line.length() : stop;
                String key = Table.TEXT_LENGTHS.get(trimmedLength(line, s, to)) ? normalized(line, s, to) : null;
                String[] hit = key == null ? null : Table.TEXTS.get(key);
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
