package org.autoheal.heal;

import java.util.List;
import java.util.Map;

/** One strategy tried for an incident, with its outcome (DESIGN §4 attempt outcomes). */
public record Attempt(String strategy, String rule, int salience, int baseSalience, Map<String, String> params,
                      String outcome, String plan, String detail, List<String> backups, long millis) {
    public static final String HEALED = "healed";
    public static final String FAILED = "failed";
    public static final String REFUSED = "refused";
    public static final String SKIPPED = "skipped";
    public static final String ERROR = "error";
    public static final String DRY_RUN = "dry_run";
}
