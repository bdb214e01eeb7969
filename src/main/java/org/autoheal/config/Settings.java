package org.autoheal.config;

import java.util.List;
import java.util.Map;

/** config/autoheal.json as written; every field is optional (DESIGN §3). */
public record Settings(Boolean autoApprove, Integer maxAttempts, Install install, Imports imports,
                       Learning learning, Limits limits, Map<String, CommandStrategy> strategies, Flapping flapping,
                       Intake intake) {

    public static final Settings DEFAULTS = new Settings(null, null, null, null, null, null, null, null, null);

    public Settings {
        autoApprove = autoApprove != null && autoApprove;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        install = install == null ? new Install(null, null, null) : install;
        imports = imports == null ? new Imports(null) : imports;
        learning = learning == null ? new Learning(null, null) : learning;
        limits = limits == null ? new Limits(null, null, null, null, null, null) : limits;
        strategies = strategies == null ? Map.of() : strategies;
        flapping = flapping == null ? new Flapping(null, null, null, null, null, null) : flapping;
        intake = intake == null ? new Intake(null, null, null, null) : intake;
    }

    public record Install(List<String> allow, List<String> deny, Map<String, String> moduleMap) {
        public Install {
            allow = allow == null ? List.of() : allow;
            deny = deny == null ? List.of() : deny;
            moduleMap = moduleMap == null ? Map.of() : moduleMap;
        }
    }

    public record Imports(Map<String, String> renames) {
        public Imports {
            renames = renames == null ? Map.of() : renames;
        }
    }

    public record Learning(String halfLife, Integer maxAdjustment) {
        public Learning {
            halfLife = halfLife == null ? "30d" : halfLife;
            maxAdjustment = maxAdjustment == null ? 50 : maxAdjustment;
        }
    }

    /** Bounds on every stage; sizes in bytes. */
    public record Limits(Integer maxErrorBytes, Long maxBackupBytes, String pipTimeout, Integer maxJournalLineBytes,
                         String regexBudget, String decisionTimeout) {
        public Limits {
            maxErrorBytes = maxErrorBytes == null ? 65536 : maxErrorBytes;
            maxBackupBytes = maxBackupBytes == null ? 50L * 1024 * 1024 : maxBackupBytes;
            pipTimeout = pipTimeout == null ? "5m" : pipTimeout;
            maxJournalLineBytes = maxJournalLineBytes == null ? 1 << 20 : maxJournalLineBytes;
            regexBudget = regexBudget == null ? "100ms" : regexBudget;
            decisionTimeout = decisionTimeout == null ? "2s" : decisionTimeout;
        }
    }

    /** A custom command strategy: argv from config, {param} placeholders as whole arguments. */
    public record CommandStrategy(List<String> command, List<String> touches, String description, String timeout) {
        public CommandStrategy {
            touches = touches == null ? List.of() : touches;
        }
    }

    /** Flapping control for watch: backoff between heals, heals per window, circuit breaker. */
    public record Flapping(String backoffBase, String backoffCap, String resetAfter, Integer maxHealsPerWindow,
                           String window, Integer breakerFailures) {
        public Flapping {
            backoffBase = backoffBase == null ? "30s" : backoffBase;
            backoffCap = backoffCap == null ? "30m" : backoffCap;
            resetAfter = resetAfter == null ? "1h" : resetAfter;
            maxHealsPerWindow = maxHealsPerWindow == null ? 5 : maxHealsPerWindow;
            window = window == null ? "1h" : window;
            breakerFailures = breakerFailures == null ? 3 : breakerFailures;
        }
    }

    /**
     * The HTTP intake of {@code watch --listen}: loopback only unless {@code allow_remote}; request
     * bodies bounded; {@code heal}: "never" (diagnose only), "on_request" (a request may ask with
     * {@code "heal": true}) or "always".
     */
    public record Intake(Boolean allowRemote, Integer maxBodyBytes, String heal, String requestTimeout) {
        public static final java.util.Set<String> HEAL_MODES = java.util.Set.of("never", "on_request", "always");

        public Intake {
            allowRemote = allowRemote != null && allowRemote;
            maxBodyBytes = maxBodyBytes == null ? 1 << 20 : maxBodyBytes;
            heal = heal == null ? "never" : heal;
            requestTimeout = requestTimeout == null ? "10s" : requestTimeout;
        }
    }
}
