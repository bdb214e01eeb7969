package org.autoheal.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorParsers;

/**
 * Every corpus case's whole decision as text, to prove that a change of rule conditions, facts or parsing
 * changed no decision: diagnoses with details, ranked proposals, warnings, each signal's verdict, the rules
 * fired in order and the rules matched. Holdout cases are written as a SHA-256 of that text only, so the
 * dump never shows a holdout capture's decision to whoever writes rules.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.engine.DecisionDump write target/decisions.txt
 * java -cp ...same... org.autoheal.engine.DecisionDump compare target/decisions.txt    # exit 1 when any differs
 * java -cp ...same... org.autoheal.engine.DecisionDump compare target/decisions.txt 30 # after 30 warm-up rounds
 * java -Dautoheal.dump.cache=DIR -cp ...same... org.autoheal.engine.DecisionDump compare target/decisions.txt
 *     # the rule base read back from a rules cache in DIR (written first when DIR has no entry), as a CLI start
 * java -Dautoheal.dump.unordered=true -cp ...same... org.autoheal.engine.DecisionDump write|compare FILE
 *     # the rules fired as a sorted list: a holdout hash that then still differs is not only a moved firing order
 * </pre>
 * With warm-up rounds, every case is decided that many times first (and the JIT given a second), so the recorded
 * decisions are those of a warm engine whose constraints Drools has compiled to bytecode (see ConstraintJit).
 */
public final class DecisionDump {
    private DecisionDump() {
    }

    /** Case key (corpus/file) → the decision's text, or its hash for a holdout case. */
    static Map<String, String> dump(RuleBase rules, int warmUp) throws Exception {
        for (int round = 0; round < warmUp; round++) {
            for (String corpus : List.of("seed", "captured")) {
                for (Corpus.Case c : Corpus.cases(corpus)) rules.decide(ErrorParsers.parse(c.input()), DecisionContext.EMPTY, round % 2 == 0);
            }
        }
        if (warmUp > 0) Thread.sleep(1000);   // Drools compiles constraints on a background thread
        Map<String, String> out = new LinkedHashMap<>();
        for (String corpus : List.of("seed", "captured")) {
            for (Corpus.Case c : Corpus.cases(corpus)) {
                String text = describe(rules.decide(ErrorParsers.parse(c.input()), DecisionContext.EMPTY));
                String fast = describeUntraced(rules.decide(ErrorParsers.parse(c.input()), DecisionContext.EMPTY, false));
                text = text + "\n  untraced: " + fast;
                out.put(corpus + "/" + c.file(), CorpusScore.isHeldOut(c.split()) ? "sha256 " + sha256(text) : text);
            }
        }
        return out;
    }

    static String describe(Decision d) {
        StringBuilder sb = new StringBuilder(describeUntraced(d));
        List<String> fired = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        for (TraceEvent e : d.trace()) {
            if (e.event().equals(TraceEvent.FIRED)) fired.add(e.rule());
            else matched.add(e.event() + " " + e.rule());
        }
        matched.sort(null);
        if (!Boolean.getBoolean("autoheal.dump.unordered")) sb.append("\n  fired: ").append(fired);
        else { fired.sort(null); sb.append("\n  fired (sorted): ").append(fired); }
        sb.append("\n  matched: ").append(matched);
        return sb.toString();
    }

    static String describeUntraced(Decision d) {
        DecisionSnapshot s = DecisionSnapshot.of(d);
        StringBuilder sb = new StringBuilder();
        s.diagnoses().forEach(x -> sb.append("\n  diagnosis: ").append(x));
        s.proposals().forEach(x -> sb.append("\n  proposal: ").append(x));
        s.warnings().forEach(x -> sb.append("\n  warning: ").append(x));
        for (Signal g : d.evidence())
            sb.append("\n  signal ").append(g.fact().getIndex()).append(' ').append(g.fact().getOrigin()).append(": ")
                    .append(g.status()).append(' ').append(g.cause()).append(" by ").append(g.diagnosedBy())
                    .append(" / ").append(g.rule()).append(" winner=").append(g.winner()).append(" ").append(g.reason());
        return sb.toString();
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static String format(Map<String, String> dump) {
        StringBuilder sb = new StringBuilder();
        dump.forEach((k, v) -> sb.append("== ").append(k).append(' ').append(v).append('\n'));
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || !List.of("write", "compare").contains(args[0])) {
            System.err.println("usage: DecisionDump write|compare FILE [WARM_UP_ROUNDS]");
            System.exit(2);
        }
        int warmUp = args.length == 3 ? Integer.parseInt(args[2]) : 0;
        String cache = System.getProperty("autoheal.dump.cache");
        RuleBase rules;
        if (cache == null) {
            rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        } else {
            RuleCompiler.compile(RuleSources.bundled(), List.of(), Path.of(cache)); // writes the entry when missing
            rules = RuleCompiler.compile(RuleSources.bundled(), List.of(), Path.of(cache));
            if (!rules.fromCache()) throw new IllegalStateException("the rules cache in " + cache + " was not used");
        }
        String now = format(dump(rules, warmUp));
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            Files.writeString(file, now);
            System.out.println("wrote " + now.lines().filter(l -> l.startsWith("== ")).count() + " cases to " + file);
            return;
        }
        Map<String, String> before = parse(Files.readString(file));
        Map<String, String> after = parse(now);
        int differ = 0;
        for (Map.Entry<String, String> e : before.entrySet()) {
            String a = after.get(e.getKey());
            if (e.getValue().equals(a)) continue;
            differ++;
            if (e.getValue().startsWith("sha256 ")) System.out.println("DIFFERS (holdout, not shown): " + e.getKey());
            else System.out.println("DIFFERS: " + e.getKey() + "\n--- before" + e.getValue() + "\n--- after" + a);
        }
        if (!before.keySet().equals(after.keySet())) {
            differ++;
            System.out.println("DIFFERS: the set of cases changed");
        }
        System.out.println(differ == 0 ? "identical: " + before.size() + " cases" : differ + " of " + before.size() + " cases differ");
        System.exit(differ == 0 ? 0 : 1);
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        StringBuilder value = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("== ")) {
                if (key != null) out.put(key, value.toString());
                int sp = line.indexOf(' ', 3);
                key = line.substring(3, sp < 0 ? line.length() : sp);
                value.setLength(0);
                value.append(sp < 0 ? "" : line.substring(sp + 1));
            } else if (key != null && !line.isEmpty()) {
                value.append('\n').append(line);
            }
        }
        if (key != null) out.put(key, value.toString());
        return out;
    }
}
