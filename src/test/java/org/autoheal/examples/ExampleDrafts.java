package org.autoheal.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autoheal.engine.Decision;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.engine.RuleInfo;
import org.autoheal.engine.RuleSources;
import org.autoheal.engine.TraceEvent;
import org.autoheal.json.Json;
import org.autoheal.facts.Proposal;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorParsers;

/**
 * A helper for rule authors, not a test: drafts examples for the rules that no example fires yet,
 * from the seed corpus and the TRAIN half of the captured corpus only (never holdout). For each
 * uncovered rule it takes the shortest output that fires it and writes what the rules conclude
 * today to target/example-drafts/FILE.examples.json. Review every draft: rename it after what it
 * pins down and keep only the details that matter.
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.examples.ExampleDrafts</pre>
 */
public final class ExampleDrafts {
    public static void main(String[] args) throws Exception {
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        Set<String> covered = new HashSet<>(new ExampleRunner(rules).run(ExampleFiles.read(RuleSources.forHome(Path.of("."), ExampleFiles.SUFFIX))).results()
                .stream().flatMap(r -> r.fired().stream()).toList());
        List<Corpus.Case> cases = new ArrayList<>(Corpus.cases("seed"));
        Corpus.cases("captured").stream().filter(c -> c.split().equals("train")).forEach(cases::add);
        cases.sort(Comparator.comparingInt(c -> c.text().length()));
        Map<String, ArrayNode> byFile = new LinkedHashMap<>();
        for (RuleInfo rule : rules.catalog().all()) {
            if (covered.contains(rule.name())) continue;
            for (Corpus.Case c : cases) {
                Decision d = rules.decide(ErrorParsers.parse(c.input()), DecisionContext.EMPTY, true);
                Set<String> fired = new HashSet<>();
                d.trace().stream().filter(t -> t.event().equals(TraceEvent.FIRED)).forEach(t -> fired.add(t.rule()));
                if (!fired.contains(rule.name())) continue;
                covered.addAll(fired);
                byFile.computeIfAbsent(rule.file(), f -> Json.MAPPER.createArrayNode()).add(draft(rule, c, d));
                break;
            }
            if (!covered.contains(rule.name())) System.out.println("no seed or train output fires: " + rule.name() + " (" + rule.location() + ")");
        }
        Path out = Path.of("target/example-drafts");
        Files.createDirectories(out);
        for (var e : byFile.entrySet()) {
            String name = e.getKey().replaceFirst("^rules/", "").replace(".drl", ExampleFiles.SUFFIX);
            Files.writeString(out.resolve(name), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()) + "\n");
            System.out.println("wrote " + out.resolve(name) + ": " + e.getValue().size() + " drafts");
        }
    }

    private static ObjectNode draft(RuleInfo rule, Corpus.Case c, Decision d) {
        ObjectNode o = Json.object();
        o.put("name", "DRAFT " + rule.name() + " <- " + c.file());
        o.put("text", c.text());
        o.set("command", Json.MAPPER.valueToTree(c.argv()));
        o.put("exit_code", c.exitCode());
        ObjectNode expect = o.putObject("expect");
        expect.put("cause", d.primary() == null ? null : d.primary().getCause());
        expect.set("details", Json.MAPPER.valueToTree(d.primary() == null ? Map.of() : d.primary().getDetails()));
        expect.set("proposals", Json.MAPPER.valueToTree(d.proposals().stream().map(Proposal::getStrategy).distinct().toList()));
        return o;
    }
}
