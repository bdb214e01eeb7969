package org.autoheal.explain;

import java.util.List;
import org.autoheal.explain.WhyReport.Ranked;
import org.autoheal.explain.WhyReport.Tried;

/** The sentences of {@code why}: approval, verification and rank, said from what the journal recorded. */
final class WhyWords {
    private static final String GONE = "the original error is gone, next: ";
    private static final String VERIFY_FAILED = "verification failed: ";

    private WhyWords() {
    }

    static String approval(String outcome, String detail) {
        String d = detail == null ? "" : detail;
        return switch (outcome) {
            case "dry_run" -> "not asked (--dry-run: nothing applied)";
            case "skipped" -> d.startsWith("flapping control") ? "not asked: held back by " + d + " (nothing applied)"
                    : "not approved (nothing applied)";
            case "refused" -> d.startsWith("cannot back up") ? "approved, then refused: the backup failed"
                    : "not asked: refused as unsafe before approval";
            case "error" -> d.startsWith("planning failed") || d.startsWith("no strategy named")
                    ? "not asked: the strategy could not make a plan" : "approved";
            default -> "approved";
        };
    }

    static String verification(String outcome, String detail, String plan) {
        String d = detail == null ? "" : detail;
        return switch (outcome) {
            case "healed" -> d.contains(GONE) ? "passed: the original error is gone; the toolchain now fails with: "
                    + d.substring(d.indexOf(GONE) + GONE.length()) : "passed: the toolchain ran again and exited 0";
            case "failed" -> "failed: " + (d.contains(VERIFY_FAILED) ? "the same error again (" + d.substring(d.indexOf(VERIFY_FAILED)
                    + VERIFY_FAILED.length()) + ")" : d) + "; rolled back";
            case "error" -> plan == null ? "not run" : "not run: the strategy broke while applying; rolled back";
            default -> "not run";
        };
    }

    /** Why a proposal was or was not tried first, with both salience numbers when it ranked lower. */
    static String rank(Ranked p, Ranked first, List<Tried> attempts, String incidentOutcome) {
        StringBuilder b = new StringBuilder();
        if (p.rank() == 1) {
            b.append("highest effective salience (").append(p.salience()).append(")");
        } else if (p.salience() < first.salience()) {
            b.append("lower effective salience: ").append(p.salience()).append(" < ").append(first.salience())
                    .append(" of ").append(first.strategy()).append(" (rule \"").append(first.rule()).append("\")");
        } else {
            b.append("same effective salience (").append(p.salience()).append(") as ").append(first.strategy())
                    .append(", ranked after it because its rule fired later");
        }
        if (p.attempt() != null) {
            Tried t = attempts.get(p.attempt() - 1);
            b.append(p.attempt() == 1 ? "; tried first: " : "; tried as attempt " + p.attempt() + ": ").append(t.outcome());
            return b.toString();
        }
        Tried healed = attempts.stream().filter(t -> t.outcome().equals("healed")).findFirst().orElse(null);
        if (healed != null) b.append("; not tried: ").append(healed.strategy()).append(" healed first");
        else if ("interrupted".equals(incidentOutcome)) b.append("; not tried: the incident was interrupted");
        else if ("diagnosed".equals(incidentOutcome)) b.append("; not tried: reported for diagnosis only (no heal asked or allowed)");
        else if ("undiagnosed".equals(incidentOutcome) || attempts.isEmpty()) b.append("; not tried: nothing was applied in this incident");
        else b.append("; not tried: the attempt limit (max_attempts) was reached");
        return b.toString();
    }
}
