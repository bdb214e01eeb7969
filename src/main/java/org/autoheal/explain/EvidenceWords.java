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

    private static String cut(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}
