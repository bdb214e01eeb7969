package org.autoheal.heal;

import org.autoheal.facts.ToolchainError;

/** The repair report for people: per toolchain its status, per incident what was done. */
public final class ReportText {
    private ReportText() {
    }

    public static String of(RepairReport r) {
        StringBuilder b = new StringBuilder("\nAutoHeal repair report\n");
        for (Incident i : r.incidents()) {
            ToolchainError e = i.decision().error();
            b.append("\nincident ").append(i.id()).append("  [").append(i.outcome()).append("]\n");
            b.append("  failed:    ").append(Healer.describe(e)).append('\n');
            var d = i.decision().primary();
            b.append("  diagnosis: ").append(d == null ? "none (no rule matched; nothing changed)"
                    : d.getCause() + " " + d.getDetails() + "  (rule \"" + d.getRule() + "\")").append('\n');
            // e.g. a custom pattern past its time budget: said here as `diagnose` says it, not only in --json
            i.decision().warnings().forEach(w -> b.append("  warning:   ").append(w).append('\n'));
            for (Attempt a : i.attempts()) {
                b.append("  ").append(String.format("%-9s", a.outcome())).append(' ').append(a.strategy())
                        .append(" (salience ").append(a.salience()).append(", rule \"").append(a.rule()).append("\")\n");
                if (a.plan() != null) b.append("            plan: ").append(a.plan()).append('\n');
                if (a.detail() != null) b.append("            ").append(a.detail()).append('\n');
                a.backups().forEach(x -> b.append("            backup: ").append(x).append('\n'));
                if (a.strategy().equals("install_module") && a.outcome().equals(Attempt.HEALED)) {
                    b.append("            note: rollback restores files only; it does not undo this install\n");
                }
            }
        }
        b.append("\n");
        r.toolchains().forEach((name, status) -> b.append(String.format("  %-24s %s%n", name, status)));
        return b.toString();
    }
}
