package org.autoheal.explain;

import org.autoheal.engine.Signal;
import org.autoheal.facts.ToolchainError;

/** One signal of the evidence as a line a person reads: where, what, and how the rules judged it. */
final class EvidenceWords {
    private EvidenceWords() {
    }

    static String line(Signal s) {
        ToolchainError e = s.fact();
        String what = (e.getType() == null ? "" : e.getType() + ": ") + e.getMessage();
        String origin = e.getOrigin() + (e.getLevel() == null ? "" : " " + e.getLevel());
        return "#" + e.getIndex() + " line " + e.getPosition() + " [" + origin + "] " + DecisionText.oneLine(cut(what)) + "\n      " + verdict(s);
    }

    static String verdict(Signal s) {
        return switch (s.status()) {
            case Signal.WON -> "won: " + s.cause() + " (diagnosed by \"" + s.diagnosedBy() + "\", chosen by \"" + s.rule() + "\")";
            case Signal.LOST -> "lost: " + s.cause() + " (diagnosed by \"" + s.diagnosedBy() + "\"), outranked by #" + s.winner()
                    + " (\"" + s.rule() + "\")";
            case Signal.DISMISSED -> "dismissed: not a cause (\"" + s.rule() + "\": " + s.reason() + ")";
            default -> "no diagnosis rule matched it";
        };
    }

    /** The same line from the journal's JSON of a signal ({@link DecisionJson#evidence}). */
    static String line(com.fasterxml.jackson.databind.JsonNode s) {
        String type = s.path("type").isTextual() ? s.get("type").asText() + ": " : "";
        String origin = s.path("origin").asText() + (s.path("level").isTextual() ? " " + s.get("level").asText() : "");
        String status = s.path("status").asText();
        String rule = s.path("decided_by").asText(null);
        String verdict = switch (status) {
            case Signal.WON -> "won: " + s.path("cause").asText() + " (diagnosed by \"" + s.path("diagnosed_by").asText() + "\", chosen by \"" + rule + "\")";
            case Signal.LOST -> "lost: " + s.path("cause").asText() + " (diagnosed by \"" + s.path("diagnosed_by").asText() + "\"), outranked by #"
                    + s.path("lost_to").asText() + " (\"" + rule + "\")";
            case Signal.DISMISSED -> "dismissed: not a cause (\"" + rule + "\": " + s.path("reason").asText() + ")";
            default -> "no diagnosis rule matched it";
        };
        return "#" + s.path("index").asText() + " line " + s.path("position").asText() + " [" + origin + "] "
                + DecisionText.oneLine(cut(type + s.path("message").asText())) + " -> " + verdict;
    }

    private static String cut(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}
