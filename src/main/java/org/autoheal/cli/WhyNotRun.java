package org.autoheal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.autoheal.api.AutoHeal;
import org.autoheal.config.Toolchain;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.Engine;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleInfo;
import org.autoheal.engine.RuleSources;
import org.autoheal.json.Json;
import org.autoheal.explain.whynot.RuleNames;
import org.autoheal.explain.whynot.WhyNot;
import org.autoheal.explain.whynot.WhyNotAnswer;
import org.autoheal.explain.whynot.WhyNotJson;
import org.autoheal.explain.whynot.WhyNotText;
import org.autoheal.facts.ToolchainError;

/**
 * The "why not" part of {@code diagnose --why-not RULE} and {@code why INCIDENT --rule RULE}:
 * checks the rule name, evaluates it on the error's facts and prints the answer.
 */
final class WhyNotRun {
    static final int CLOSEST = 3;

    private WhyNotRun() {
    }

    /** An error text to evaluate rules on, and what it is (shown with the answer). */
    record Subject(ToolchainError error, DecisionContext ctx, String basis) {
    }

    /** The error an incident recorded, parsed again with today's parsers and rules; null when the journal has no error text. */
    static Subject ofIncident(AutoHeal autoheal, String id, JsonNode record) {
        JsonNode raw = record.path("raw");
        if (!raw.isTextual()) return null;
        String tool = record.path("tool").isTextual() ? record.path("tool").asText() : null;
        JsonNode exit = record.path("error").path("exit_code");
        Integer code = exit.canConvertToInt() && exit.isIntegralNumber() ? exit.asInt() : null;
        Toolchain t = tool == null ? null : autoheal.config().toolchains().get(tool);
        DecisionContext ctx = Engine.context(autoheal.config(), t, autoheal.learned());
        RuleBase rules = autoheal.engine().rules();
        String then = record.path("rules_version").asText("");
        String basis = "evaluated again on incident " + id + "'s recorded error text (" + raw.asText().length()
                + " chars), parsed now with today's rules " + rules.version()
                + (then.isEmpty() || then.equals(rules.version()) ? "" : " (the incident was decided with rules " + then + ")")
                + (t == null && tool != null ? "; toolchain '" + tool + "' is no longer configured: without its context" : "");
        return new Subject(autoheal.parse(raw.asText(), t == null ? null : tool, code), ctx, basis);
    }

    /** False, with the closest names on {@code err}, when the rule base has no rule of this name. */
    static void requireKnown(AutoHeal autoheal, String rule) {
        RuleBase rules = autoheal.engine().rules();
        if (rules.catalog().get(rule) != null) return;
        List<String> names = rules.catalog().all().stream().map(RuleInfo::name).toList();
        throw ExitException.usage("no rule named \"" + shown(rule) + "\"; the closest: "
                + String.join(", ", RuleNames.closest(names, rule, CLOSEST).stream().map(n -> "\"" + n + "\"").toList())
                + " (`autoheal rules list` lists them all)");
    }

    /** Prints the answer for one known rule: true when the rule fired. */
    static boolean answer(AutoHeal autoheal, String rule, Subject s, boolean json, PrintWriter out) throws java.io.IOException {
        RuleBase rules = autoheal.engine().rules();
        WhyNotAnswer a = WhyNot.explain(rules, RuleSources.forHome(autoheal.config().home().root()), s.error(), s.ctx(), List.of(rule)).get(0);
        if (json) {
            ObjectNode n = WhyNotJson.of(a);
            n.put("basis", s.basis());
            out.println(Json.MAPPER.writeValueAsString(n));
        } else {
            out.print(WhyNotText.of(List.of(a), s.basis()));
        }
        out.flush();
        return a.fired();
    }

    /** The diagnosis rules that came closest on an undiagnosed error. */
    static List<WhyNotAnswer> closest(AutoHeal autoheal, Subject s) {
        return WhyNot.closest(autoheal.engine().rules(), RuleSources.forHome(autoheal.config().home().root()), s.error(), s.ctx(), CLOSEST);
    }

    static String closestText(List<WhyNotAnswer> closest, String basis) {
        if (closest.isEmpty()) return "closest diagnosis rules: none held any condition on this error (" + basis + ")\n";
        return "closest diagnosis rules (" + basis + "):\n" + WhyNotText.of(closest, null);
    }

    private static String shown(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() <= 120 ? t : t.substring(0, 120) + "…";
    }
}
