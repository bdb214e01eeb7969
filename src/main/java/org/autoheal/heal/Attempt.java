package org.autoheal.heal;

import java.util.List;
import java.util.Map;
import org.autoheal.journal.HealOutcome;

/** One strategy tried for an incident, with its outcome (a {@link HealOutcome} word; the constants name the attempt ones). */
public record Attempt(String strategy, String rule, int salience, int baseSalience, Map<String, String> params,
                      String outcome, String plan, String detail, List<String> backups, long millis) {
    public static final String HEALED = HealOutcome.HEALED.wire();
    public static final String FAILED = HealOutcome.FAILED.wire();
    public static final String REFUSED = HealOutcome.REFUSED.wire();
    public static final String SKIPPED = HealOutcome.SKIPPED.wire();
    public static final String ERROR = HealOutcome.ERROR.wire();
    public static final String DRY_RUN = HealOutcome.DRY_RUN.wire();
}
