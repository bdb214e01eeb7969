package org.autoheal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.autoheal.config.HomeConfig;
import org.autoheal.json.Json;
import org.autoheal.journal.HealOutcome;
import org.autoheal.journal.Journal;
import org.autoheal.journal.JournalRecord;
import org.autoheal.recover.Unfinished;
import org.autoheal.state.HomeLock;
import org.autoheal.state.LockHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code autoheal history}: past incidents from the journal. One opened but never finished is
 * "interrupted" (with its recovery: pending, or what repair/rollback did), or "in_progress"
 * while another AutoHeal holds the home lock. {@code rolled_back} counts the rollbacks that
 * restored files (the text table shows e.g. "healed, rolled back").
 */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List past incidents from the journal.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Option(names = "--tool", paramLabel = "NAME", description = "only this toolchain") String tool;
    @Option(names = "--last", paramLabel = "N", description = "only the last N incidents") Integer last;
    @Option(names = "--json", description = "print one JSON object") boolean json;

    @Override
    public Integer call() throws Exception {
        HomeConfig config = HomeConfig.loadWithoutRules(top.existingHome(), java.util.Set.of(), PatternsWarning.to(spec));
        Journal journal = new Journal(config.home().journal(), config.settings().limits().maxJournalLineBytes());
        List<JournalRecord> records = journal.records();
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        Map<String, Integer> rollbacks = new LinkedHashMap<>();
        for (JournalRecord r : records) {
            if (r instanceof JournalRecord.IncidentOpen o) {
                byId.putIfAbsent(text(o.id()), row(text(o.id()), text(o.tool()), text(o.at()), "interrupted", null, null));
            } else if (r instanceof JournalRecord.Incident i) {
                JsonNode d = i.diagnosis();
                List<JournalRecord.AttemptEntry> a = i.attempts();
                byId.put(text(i.id()), row(text(i.id()), text(i.tool()), text(i.at()), text(i.outcome()),
                        d != null && d.isObject() ? d.path("cause").asText() : null,
                        a.isEmpty() ? null : lastStrategy(a.get(a.size() - 1))));
            } else if (r instanceof JournalRecord.Rollback b) {
                rollbacks.merge(text(b.incident()), 1, Integer::sum);
            }
        }
        byId.forEach((id, row) -> row.put("rolled_back", rollbacks.getOrDefault(id, 0)));
        // unfinished incidents: being healed right now if another AutoHeal holds the lock, else interrupted
        Optional<LockHolder> healer = HomeLock.heldBy(config.home());
        Map<String, JournalRecord.Recovered> recovered = Unfinished.recoveries(records);
        int pending = 0;
        for (Unfinished u : Unfinished.among(records)) {
            ObjectNode row = byId.get(u.id());
            if (row == null) continue;
            if (healer.isPresent()) {
                row.put("outcome", "in_progress").put("healer", healer.get().describe());
            } else {
                row.put("recovery", "pending");
                pending++;
            }
        }
        recovered.forEach((id, r) -> {
            ObjectNode row = byId.get(id);
            if (row != null) row.put("outcome", "interrupted").put("recovery", text(r.action()))
                    .put("recovery_detail", text(r.detail()));
        });
        List<ObjectNode> rows = new ArrayList<>(byId.values().stream().filter(r -> tool == null || tool.equals(r.get("tool").asText())).toList());
        if (last != null && rows.size() > last) rows = rows.subList(rows.size() - last, rows.size());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            ArrayNode a = root.putArray("incidents");
            rows.forEach(a::add);
            out.println(Json.MAPPER.writeValueAsString(root));
        } else {
            out.printf("%-40s %-16s %-20s %-16s %s%n", "INCIDENT", "TOOL", "OUTCOME", "CAUSE", "LAST STRATEGY");
            for (ObjectNode r : rows) {
                String outcome = r.get("outcome").asText() + (r.get("rolled_back").asInt() > 0 ? ", rolled back" : "");
                out.printf("%-40s %-16s %-20s %-16s %s%n", r.get("id").asText(), r.get("tool").asText(), outcome,
                        r.path("cause").asText("-"), r.has("recovery") ? "recovery: " + r.get("recovery").asText()
                                : r.path("strategy").asText("-"));
            }
            if (pending > 0) {
                out.println(pending + " interrupted incident(s) not yet recovered: the next repair or rollback recovers them");
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The last attempt's strategy; one flapping control held back applied nothing, and says so. */
    private static String lastStrategy(JournalRecord.AttemptEntry attempt) {
        String strategy = text(attempt.strategy());
        boolean held = HealOutcome.SKIPPED.is(attempt.outcome()) && text(attempt.detail()).startsWith("flapping control");
        return held ? strategy + " (deferred)" : strategy;
    }

    /** A field the line lacks shows as empty, as it always has. */
    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static ObjectNode row(String id, String tool, String at, String outcome, String cause, String strategy) {
        ObjectNode n = Json.object().put("id", id).put("tool", tool).put("at", at).put("outcome", outcome);
        Json.putIfPresent(n, "cause", cause);
        Json.putIfPresent(n, "strategy", strategy);
        return n;
    }
}
