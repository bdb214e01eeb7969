package org.autoheal.strategy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random valid JSON trees, written with random damage of the supported kinds, must come back
 * as exactly the same tree; undamaged text must report no fixes and damaged text some.
 */
class JsonRepairPropertyTest {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private final JsonRepairer repairer = new JsonRepairer();

    sealed interface Tree permits Obj, Arr, Leaf {}
    record Obj(Map<String, Tree> members) implements Tree {}
    record Arr(List<Tree> elements) implements Tree {}
    /** kind: s = string, n = number text, l = literal word. */
    record Leaf(char kind, String value) implements Tree {}

    @Property(tries = 1000)
    void damagedTextRepairsToTheOriginalTree(@ForAll("trees") Tree tree, @ForAll long seed) throws Exception {
        String clean = new Damager(new Random(seed), false).write(tree);
        Damager damager = new Damager(new Random(seed), true);
        String damaged = damager.write(tree);

        JsonRepair repaired = repairer.repair(damaged);

        assertThat(Strict.MAPPER.readTree(repaired.json())).as(damaged).isEqualTo(Strict.MAPPER.readTree(clean));
        assertThat(repaired.hasFixes()).as("%s -> %s", damaged, repaired.fixes()).isEqualTo(damager.damaged);
        assertThat(repairer.repair(clean).fixes()).as(clean).isEmpty();
        assertThat(repairer.repair(repaired.json()).json()).isEqualTo(repaired.json());
        Statistics.label("damaged").collect(damager.damaged);
        Statistics.label("damaged").coverage(c -> c.check(true).percentage(p -> p > 65));
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

    /** Strings full of what a careless regex repair would corrupt. */
    private static Arbitrary<String> text() {
        return Arbitraries.of("a", "Z", " ", "'", "\"", "\\", "/", "//", "/*", "*/", "#", ",", "{", "}", "[", "]",
                        ":", "\t", "\n", "\u0001", "é", "\uD83D\uDE00", "\u2028", "True", "None", "NaN", "\\u0041")
                .list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    /** Writes a tree as JSON text; with damage on, it randomly applies every supported slip. */
    private static final class Damager {
        private final Random random;
        private final boolean damage;
        private final StringBuilder out = new StringBuilder();
        boolean damaged;

        Damager(Random random, boolean damage) {
            this.random = random;
            this.damage = damage;
        }

        String write(Tree tree) throws JsonProcessingException {
            if (damage && chance(10)) slip("\uFEFF");
            gap();
            boolean leaveOpen = damage && chance(20);
            value(tree, leaveOpen);
            if (!leaveOpen) gap();
            return out.toString();
        }

        private void value(Tree tree, boolean leaveOpen) throws JsonProcessingException {
            if (tree instanceof Obj obj) {
                container('{', '}', obj.members().entrySet().stream().map(e -> (Object) e).toList(), leaveOpen);
            } else if (tree instanceof Arr arr) {
                container('[', ']', arr.elements().stream().map(e -> (Object) e).toList(), leaveOpen);
            } else {
                Leaf leaf = (Leaf) tree;
                if (leaf.kind() == 's') string(leaf.value(), leaveOpen);
                else if (leaf.kind() == 'l' && damage && chance(30)) slip(python(leaf.value()));
                else out.append(leaf.value());
            }
        }

        private void container(char open, char close, List<Object> items, boolean leaveOpen) throws JsonProcessingException {
            out.append(open);
            for (int i = 0; i < items.size(); i++) {
                gap();
                boolean last = i == items.size() - 1;
                if (items.get(i) instanceof Map.Entry<?, ?> e) {
                    key((String) e.getKey());
                    gap();
                    out.append(':');
                    gap();
                    value((Tree) e.getValue(), leaveOpen && last);
                } else {
                    value((Tree) items.get(i), leaveOpen && last);
                }
                if (leaveOpen && last) { // everything after the last value is cut off
                    damaged = true;
                    return;
                }
                if (!last && damage && chance(15)) {
                    slip(chance(50) ? " " : "\n"); // missing comma, tokens kept apart by whitespace
                } else if (!last) {
                    gap();
                    out.append(',');
                } else if (damage && chance(25)) {
                    gap();
                    slip(",");
                }
            }
            gap();
            if (leaveOpen) {
                damaged = true;
                return;
            }
            out.append(close);
        }

        private void key(String key) throws JsonProcessingException {
            if (damage && IDENTIFIER.matcher(key).matches() && chance(40)) slip(key);
            else string(key, false);
        }

        private void string(String value, boolean leaveOpen) throws JsonProcessingException {
            boolean single = damage && chance(30);
            String quoted = single ? singleQuoted(value) : Strict.MAPPER.writeValueAsString(value);
            if (single) damaged = true;
            if (leaveOpen && damage && chance(50)) slip(quoted.substring(0, quoted.length() - 1));
            else out.append(quoted);
        }

        /** Whitespace, and with damage on, a comment of any of the three kinds. */
        private void gap() {
            out.append(List.of("", " ", "\n", "\t", "\r\n", "  ").get(random.nextInt(6)));
            if (damage && chance(12)) {
                String body = List.of("x", " 'q' ", "\"q\"", "{[,", "True", "http://h", "#", "/*").get(random.nextInt(8));
                switch (random.nextInt(3)) {
                    case 0 -> slip("/*" + body + "*/");
                    case 1 -> slip("//" + body + "\n");
                    default -> slip("#" + body + "\n");
                }
            }
        }

        private void slip(String text) {
            out.append(text);
            damaged = true;
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private static String python(String literal) {
            return switch (literal) {
                case "true" -> "True";
                case "false" -> "False";
                default -> "None";
            };
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
    }
}
