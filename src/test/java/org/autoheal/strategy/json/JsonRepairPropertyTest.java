package org.autoheal.strategy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.autoheal.testing.Tags;

/**
 * Random valid JSON documents are written twice at once: clean, and with random breakage of
 * every kind the repairer fixes. The repair of the broken text must be exactly the clean text
 * (so it holds exactly the original values and only the broken bytes changed), the clean text
 * must come back untouched, and breakage that must be refused is refused.
 */
@Tag(Tags.SLOW)
class JsonRepairPropertyTest {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private final JsonRepairer repairer = new JsonRepairer();

    sealed interface Tree permits Obj, Arr, Leaf {}
    record Obj(Map<String, Tree> members) implements Tree {}
    record Arr(List<Tree> elements) implements Tree {}
    /** kind: s = string, n = number text, l = literal word. */
    record Leaf(char kind, String value) implements Tree {}

    @Property(tries = 1000)
    void brokenTextRepairsToExactlyTheCleanText(@ForAll("trees") Tree tree, @ForAll long seed) throws Exception {
        Writer w = new Writer(new Random(seed), true);
        w.write(tree);
        String clean = w.clean.toString();
        String broken = w.broken.toString();
        assertThat(Strict.MAPPER.readTree(clean)).as(clean).isEqualTo(node(tree));

        JsonRepair repaired;
        try {
            repaired = repairer.repair(broken);
        } catch (UnrepairableJsonException e) {
            if (w.spannedSlip && e.reason().contains("could close at")) {
                // "a<line break>//" also reads as "a" and a comment: more than one value, so refusing is right
                Statistics.label("string across lines").collect("refused: two readings");
                return;
            }
            throw new AssertionError("refused " + Strict.MAPPER.writeValueAsString(broken) + " (clean "
                    + Strict.MAPPER.writeValueAsString(clean) + "): " + e.getMessage(), e);
        }

        assertThat(repaired.json()).as("repair of %s%nedits %s", broken, repaired.fixes()).isEqualTo(clean);
        if (w.spannedSlip) Statistics.label("string across lines").collect("repaired");
        assertThat(repaired.hasFixes()).as("%s -> %s", broken, repaired.fixes()).isEqualTo(w.isBroken);
        JsonRepair untouched = repairer.repair(clean);
        assertThat(untouched.fixes()).as(clean).isEmpty();
        assertThat(untouched.json()).isEqualTo(clean);
        Statistics.label("broken").collect(w.isBroken);
        Statistics.label("broken").coverage(c -> c.check(true).percentage(p -> p > 65));
    }

    /** A closing quote dropped: either the one place that fits gives back the clean text, or the file is refused. */
    @Property(tries = 500)
    void aStringWithoutItsClosingQuote_isClosedWhereItWas_orRefused(@ForAll("trees") Tree tree, @ForAll long seed)
            throws Exception {
        Writer w = new Writer(new Random(seed), false);
        w.write(tree);
        String clean = w.clean.toString();
        List<Integer> quotes = w.lastQuotesOnTheirLine();
        if (quotes.isEmpty()) return;
        int at = quotes.get(new Random(seed).nextInt(quotes.size()));
        String broken = clean.substring(0, at) + clean.substring(at + 1);
        String outcome;
        try {
            assertThat(repairer.repair(broken).json()).as(broken).isEqualTo(clean);
            outcome = "repaired";
        } catch (UnrepairableJsonException e) {
            assertThat(e.reason()).as(broken).contains("has no closing quote");
            outcome = "refused";
        }
        Statistics.label("closing quote").collect(outcome);
        Statistics.label("closing quote").coverage(c -> c.check("repaired").percentage(p -> p > 20));
    }

    /** Breakage that needs a guess: nothing comes back, so nothing can be written. */
    @Property(tries = 500)
    void breakageThatNeedsAGuess_isRefused(@ForAll("trees") Tree tree, @ForAll long seed) throws Exception {
        Writer w = new Writer(new Random(seed), false);
        w.write(tree);
        String clean = w.clean.toString();
        Random r = new Random(seed);
        String broken = switch (r.nextInt(5)) {
            case 0 -> w.commas.isEmpty() ? clean + " x" : insert(clean, pick(r, w.commas), ",");           // doubled comma
            case 1 -> w.numbers.isEmpty() ? clean + " {" : replace(clean, pick(r, w.numbers), "NaN");      // no JSON equivalent
            case 2 -> w.commas.isEmpty() ? clean + "x#" : insert(clean, pick(r, w.commas) + 1, " # c ");   // # not at line start
            case 3 -> "[" + clean + "}";                                                                    // brackets that do not match
            default -> clean.isEmpty() ? "x" : clean + ", 1";                                              // a second value
        };
        assertThatThrownBy(() -> repairer.repair(broken)).as(broken).isInstanceOf(UnrepairableJsonException.class);
    }

    private static int pick(Random r, List<Integer> offsets) {
        return offsets.get(r.nextInt(offsets.size()));
    }

    private static String insert(String s, int at, String text) {
        return s.substring(0, at) + text + s.substring(at);
    }

    private static String replace(String s, int[] range, String text) {
        return s.substring(0, range[0]) + text + s.substring(range[1]);
    }

    private static String replace(String s, int at, String text) {
        int end = at;
        while (end < s.length() && "-+.eE0123456789".indexOf(s.charAt(end)) >= 0) end++;
        return replace(s, new int[] {at, end}, text);
    }

    @Provide
    Arbitrary<Tree> trees() {
        return tree(4, 1);
    }

    private Arbitrary<Tree> tree(int depth, int leafWeight) {
        Arbitrary<Tree> leaves = Arbitraries.oneOf(
                text().map(s -> new Leaf('s', s)),
                Arbitraries.of("0", "-0", "7", "1.10", "-12.5e3", "1E-7", "2.50e+10", "12345678901234567890",
                        "0.1000000000000000055511151231257827").map(n -> new Leaf('n', n)),
                Arbitraries.of("true", "false", "null").map(w -> new Leaf('l', w)));
        if (depth == 0) return leaves;
        Arbitrary<Tree> child = Arbitraries.lazy(() -> tree(depth - 1, 3));
        return Arbitraries.frequencyOf(
                Tuple.of(leafWeight, leaves),
                Tuple.of(2, child.list().ofMaxSize(4).map(Arr::new)),
                Tuple.of(2, Arbitraries.maps(key(), child).ofMaxSize(4).map(m -> (Tree) new Obj(m))));
    }

    private static Arbitrary<String> key() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars('_', '$', 'T', 'N').ofMinLength(1).ofMaxLength(5),
                text());
    }

    /** Strings full of what a careless repair would corrupt. */
    private static Arbitrary<String> text() {
        return Arbitraries.of("a", "Z", " ", "'", "\"", "\\", "/", "//", "/*", "*/", "#", ",", "{", "}", "[", "]",
                        ":", "\t", "\n", "\u0001", "\u00e9", "\uD83D\uDE00", "\u2028", "\u00A0", "True", "None", "NaN", "\\u0041")
                .list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    private static JsonNode node(Tree tree) throws Exception {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (tree instanceof Obj o) {
            ObjectNode n = f.objectNode();
            for (Map.Entry<String, Tree> e : o.members().entrySet()) n.set(e.getKey(), node(e.getValue()));
            return n;
        }
        if (tree instanceof Arr a) {
            ArrayNode n = f.arrayNode();
            for (Tree t : a.elements()) n.add(node(t));
            return n;
        }
        Leaf l = (Leaf) tree;
        return l.kind() == 's' ? f.textNode(l.value()) : Strict.MAPPER.readTree(l.value());
    }

    /**
     * Writes a tree as JSON twice: {@code clean}, and {@code broken} with random slips, each slip
     * paired with exactly the text the repair must turn it into.
     */
    private static final class Writer {
        private final Random random;
        private final boolean breakIt;
        final StringBuilder clean = new StringBuilder();
        final StringBuilder broken = new StringBuilder();
        boolean isBroken;
        private boolean spanned; // a string written across lines, or none may be
        boolean spannedSlip; // a string written across lines
        private boolean commaMissed; // the comma after the previous member was left out
        private boolean atEnd; // a comment with nothing after it on its line goes with the blanks around it
        /** Offsets in {@code clean} (written unbroken) of structural commas, numbers, and closing quotes. */
        final List<Integer> commas = new ArrayList<>();
        final List<Integer> numbers = new ArrayList<>();
        private final List<Integer> closingQuotes = new ArrayList<>();

        Writer(Random random, boolean breakIt) {
            this.random = random;
            this.breakIt = breakIt;
        }

        void write(Tree tree) {
            if (chance(10)) slip("", "\uFEFF");
            gap();
            boolean leaveOpen = !(tree instanceof Leaf) && chance(20);
            spanned = leaveOpen; // a string typed across lines is repaired only where the brackets close by themselves
            value(tree, leaveOpen);
            if (!leaveOpen && chance(10)) slip("", ",");
            atEnd = true;
            gap();
        }

        private void value(Tree tree, boolean leaveOpen) {
            if (tree instanceof Obj obj) {
                container('{', '}', new ArrayList<>(obj.members().entrySet()), leaveOpen);
            } else if (tree instanceof Arr arr) {
                container('[', ']', new ArrayList<>(arr.elements()), leaveOpen);
            } else {
                Leaf leaf = (Leaf) tree;
                if (leaf.kind() == 's') {
                    string(leaf.value());
                } else if (leaf.kind() == 'l' && chance(30)) {
                    slip(leaf.value(), python(leaf.value()));
                } else {
                    if (leaf.kind() == 'n') numbers.add(clean.length());
                    both(leaf.value());
                }
            }
        }

        private void container(char open, char close, List<Object> items, boolean leaveOpen) {
            both(String.valueOf(open));
            for (int i = 0; i < items.size(); i++) {
                gap();
                boolean last = i == items.size() - 1;
                if (items.get(i) instanceof Map.Entry<?, ?> e) {
                    key((String) e.getKey());
                    // the repair puts the colon right after the key; never with the comma before the key missing too
                    if (!commaMissed && chance(8)) {
                        slip(":", "");
                        both(pick(" ", "\n", "\t"));
                    } else {
                        gap();
                        both(":");
                    }
                    gap();
                    value((Tree) e.getValue(), leaveOpen && last);
                } else {
                    value((Tree) items.get(i), leaveOpen && last);
                }
                commaMissed = false;
                if (!last && chance(15)) {
                    missingComma();
                    commaMissed = true;
                } else if (!last) {
                    gap();
                    commas.add(clean.length());
                    both(",");
                } else if ((!leaveOpen || child(items.get(i)) instanceof Leaf) && chance(20)) {
                    // (an open container inside ends with its own comma, if any)
                    trailingComma(close, leaveOpen);
                    return;
                }
            }
            if (leaveOpen) {
                slip(String.valueOf(close), "");
                return;
            }
            gap();
            both(String.valueOf(close));
        }

        private static Tree child(Object item) {
            return item instanceof Map.Entry<?, ?> e ? (Tree) e.getValue() : (Tree) item;
        }

        /** The repair puts the comma right after the value, before the whitespace that stood in for it. */
        private void missingComma() {
            String ws = pick(" ", "\n", "\t", "\r\n");
            slip(",", "");
            both(ws);
        }

        /** A trailing comma goes with the blanks after it when the bracket follows on the same line. */
        private void trailingComma(char close, boolean leaveOpen) {
            slip("", ",");
            if (leaveOpen) {
                slip(String.valueOf(close), "");
                return;
            }
            int cleanMark = clean.length();
            int brokenMark = broken.length();
            gap();
            String gapBroken = broken.substring(brokenMark);
            if (!gapBroken.isEmpty() && gapBroken.chars().allMatch(c -> c == ' ' || c == '\t')) clean.setLength(cleanMark);
            both(String.valueOf(close));
        }

        private void key(String key) {
            if (IDENTIFIER.matcher(key).matches() && chance(40)) slip(strictSpelling(key, false), key);
            else string(key);
        }

        private void string(String value) {
            boolean controls = value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r');
            if (value.indexOf('\n') >= 0 && !value.contains("\"") && !spanned && chance(50)) {
                // typed across lines where \n was meant: the repair escapes the line breaks (one such string per file)
                spanned = true;
                spannedSlip = breakIt;
                slip(shortEscapes(value), raw(value));
                if (!value.isEmpty()) closingQuotes.add(clean.length() - 1);
                return;
            }
            switch (random.nextInt(10)) {
                case 0, 1 -> slip(strictSpelling(value, false), singleQuoted(value));
                case 2 -> slip(strictSpelling(value, false), typographic(value, '\u201C', '\u201D'));
                case 3 -> slip(strictSpelling(value, false), typographic(value, '\u2018', '\u2019'));
                case 4 -> {
                    if (controls) slip(strictSpelling(value, true), rawControls(value));
                    else if (value.contains("'")) slip(strictSpelling(value, false), strictSpelling(value, false).replace("'", "\\'"));
                    else both(strictSpelling(value, false));
                }
                default -> both(strictSpelling(value, false));
            }
            if (!value.isEmpty() && !value.contains("\"")) closingQuotes.add(clean.length() - 1);
        }

        /** Whitespace between tokens; with breakage on, special whitespace or a comment in one of its three places. */
        private void gap() {
            int kind = random.nextInt(100);
            if (kind < 8) {
                slip(" ", pick("\u00A0", "\u2002", "\u2009", "\u202F", "\u205F", "\u3000"));
            } else if (kind < 11) {
                slip("", pick("\u200B", "\uFEFF"));
            } else if (kind < 15) {
                slip(atEnd ? "" : " ", " /*" + pick("x", " 'q' ", "\"q\"", "{[,", "True", "http://h", "#", "/*") + "*/ ");
            } else if (kind < 19) {
                String br = pick("\n", "\r\n");
                String indent = pick("", "  ", "\t");
                slip(br, br + indent + pick("//", "#", "# ", "// ") + pick("x", "'q'", "{[,", "http://h", "#", "*/") + br);
            } else if (kind < 22 && afterToken()) { // the comment takes the blanks before it: none must be there
                String br = pick("\n", "\r\n");
                slip(br, " // " + pick("x", "'q'", "{[,", "#") + br);
            } else {
                both(pick("", " ", "\n", "\t", "\r\n", "  "));
            }
        }

        private boolean afterToken() {
            if (broken.isEmpty()) return false;
            char c = broken.charAt(broken.length() - 1);
            return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\uFEFF';
        }

        private void both(String s) {
            clean.append(s);
            broken.append(s);
        }

        private void slip(String cleanText, String brokenText) {
            if (!breakIt) {
                both(cleanText);
                return;
            }
            clean.append(cleanText);
            broken.append(brokenText);
            isBroken = true;
        }

        /** Closing quotes (offsets in clean) with no other quote or line break after them on their line. */
        List<Integer> lastQuotesOnTheirLine() {
            List<Integer> out = new ArrayList<>();
            for (int q : closingQuotes) {
                int i = q + 1;
                while (i < clean.length() && clean.charAt(i) != '\n' && clean.charAt(i) != '\r' && clean.charAt(i) != '"') i++;
                if (i == clean.length() || clean.charAt(i) != '"') out.add(q);
            }
            return out;
        }

        private boolean chance(int percent) {
            return breakIt && random.nextInt(100) < percent;
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }

        private static String python(String literal) {
            return switch (literal) {
                case "true" -> "True";
                case "false" -> "False";
                default -> "None";
            };
        }

        /** How the repair spells a string: escapes kept as typed, control characters as backslash-t or backslash-u escapes. */
        private static String strictSpelling(String value, boolean shortControls) {
            StringBuilder s = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                if (c == '"' || c == '\\') s.append('\\').append(c);
                else if (shortControls && c == '\t') s.append("\\t");
                else if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
                else s.append(c);
            }
            return s.append('"').toString();
        }

        /** How the repair spells a string whose control characters it escaped: backslash-t/n/r, others backslash-u. */
        private static String shortEscapes(String value) {
            StringBuilder s = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                if (c == '"' || c == '\\') s.append('\\').append(c);
                else if (c == '\t') s.append("\\t");
                else if (c == '\n') s.append("\\n");
                else if (c == '\r') s.append("\\r");
                else if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
                else s.append(c);
            }
            return s.append('"').toString();
        }

        /** The string with its control characters raw, line breaks included. */
        private static String raw(String value) {
            StringBuilder s = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                if (c == '"' || c == '\\') s.append('\\').append(c);
                else s.append(c);
            }
            return s.append('"').toString();
        }

        private static String singleQuoted(String value) {
            StringBuilder s = new StringBuilder("'");
            for (char c : value.toCharArray()) {
                if (c == '\'' || c == '\\') s.append('\\').append(c);
                else if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
                else s.append(c);
            }
            return s.append('\'').toString();
        }

        /** Typographic quotes around the text, a bare " inside (the repair escapes it). */
        private static String typographic(String value, char open, char close) {
            StringBuilder s = new StringBuilder().append(open);
            for (char c : value.toCharArray()) {
                if (c == '\\') s.append("\\\\");
                else if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
                else s.append(c);
            }
            return s.append(close).toString();
        }

        /** Raw control characters where strict JSON needs escapes (line breaks stay escaped: they would end the line). */
        private static String rawControls(String value) {
            StringBuilder s = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                if (c == '"' || c == '\\') s.append('\\').append(c);
                else if (c == '\n' || c == '\r') s.append(String.format("\\u%04x", (int) c));
                else s.append(c);
            }
            return s.append('"').toString();
        }
    }
}
