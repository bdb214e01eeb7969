package org.autoheal.learn;

import java.time.Instant;
import java.util.Locale;

/**
 * What the learner knows about one (strategy rule, diagnosis cause): raw counts for people,
 * the decayed sums the formula uses, and the resulting adjustment. Shown by {@code why} and
 * {@code rules list}.
 *
 * @param successes         healed attempts (raw count)
 * @param failures          failed or error attempts (raw count)
 * @param weightedSuccesses s: sum of the decay weights of the healed attempts
 * @param weightedFailures  f: sum of the decay weights of the failed and error attempts
 * @param posterior         p = (s+1)/(s+f+2), the estimated chance that the strategy heals
 * @param adjustment        what is added to the rule's declared salience
 * @param lastAt            time of the latest outcome, null without history
 * @param lastOutcome       status of the latest outcome, null without history
 */
public record Evidence(String rule, String cause, int successes, int failures, double weightedSuccesses,
                       double weightedFailures, double posterior, int adjustment, Instant lastAt, String lastOutcome) {

    static Evidence none(String rule, String cause) {
        return new Evidence(rule, cause, 0, 0, 0, 0, 0.5, 0, null, null);
    }

    public boolean hasHistory() {
        return successes + failures > 0;
    }

    /** One line, e.g. {@code 7 healed, 2 failed (weighted 6.10/1.43), p=0.75, adjustment +27, last healed 2024-05-01T10:00:00Z}. */
    public String describe() {
        if (!hasHistory()) return "no history, adjustment 0";
        return String.format(Locale.ROOT, "%d healed, %d failed (weighted %.2f/%.2f), p=%.2f, adjustment %+d, last %s %s",
                successes, failures, weightedSuccesses, weightedFailures, posterior, adjustment, lastOutcome, lastAt);
    }
}
