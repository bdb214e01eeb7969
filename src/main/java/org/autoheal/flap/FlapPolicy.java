package org.autoheal.flap;

import java.time.Duration;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Durations;
import org.autoheal.config.Settings;

/**
 * The limits of flapping control, from {@code flapping} in config/autoheal.json.
 *
 * @param backoffBase       wait after the first failed heal of a (tool, cause); doubles per further failure
 * @param backoffCap        the longest wait
 * @param resetAfter        a toolchain healthy this long forgets its failed heals
 * @param maxHealsPerWindow heals of one toolchain allowed within {@code window}
 * @param breakerFailures   consecutive failed heals of one (tool, cause) that open the breaker
 */
public record FlapPolicy(Duration backoffBase, Duration backoffCap, Duration resetAfter, int maxHealsPerWindow,
                         Duration window, int breakerFailures) {
    private static final String FILE = "config/autoheal.json: flapping.";

    public FlapPolicy {
        if (backoffBase.isZero() || backoffCap.compareTo(backoffBase) < 0) {
            throw new ConfigException(FILE + "backoff_base must be positive and not above backoff_cap ("
                    + backoffBase + " > " + backoffCap + ")");
        }
        if (maxHealsPerWindow < 1) throw new ConfigException(FILE + "max_heals_per_window must be at least 1");
        if (breakerFailures < 1) throw new ConfigException(FILE + "breaker_failures must be at least 1");
        if (window.isZero()) throw new ConfigException(FILE + "window must be positive");
    }

    public static FlapPolicy from(Settings settings) {
        Settings.Flapping f = settings.flapping();
        return new FlapPolicy(Durations.parse(f.backoffBase(), FILE + "backoff_base"),
                Durations.parse(f.backoffCap(), FILE + "backoff_cap"),
                Durations.parse(f.resetAfter(), FILE + "reset_after"),
                f.maxHealsPerWindow(), Durations.parse(f.window(), FILE + "window"), f.breakerFailures());
    }

    /** The wait after {@code failures} consecutive failed heals: base·2^(failures-1), at most the cap. */
    public Duration backoff(int failures) {
        if (failures < 1) return Duration.ZERO;
        if (failures > 40) return backoffCap;
        Duration d = backoffBase.multipliedBy(1L << (failures - 1));
        return d.compareTo(backoffCap) > 0 ? backoffCap : d;
    }
}
