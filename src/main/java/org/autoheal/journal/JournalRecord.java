package org.autoheal.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Every shape of a journal line, in one place. The
 * line's {@code "type"} names the record ({@link JournalRecords} maps names to these types, writes
 * the type first and reads lines back). Parts that the decision owns (error, diagnosis, trace,
 * evidence) are kept as the JSON the decision wrote them as. Fields appear in the order they
 * always had; absent optional fields are left out, as before.
 */
public sealed interface JournalRecord {

    /** {@code incident_open}: the decision, written before the first change so a killed heal can be explained and recovered. */
    @JsonInclude(Include.NON_NULL)
    @JsonPropertyOrder({"id", "tool", "at", "error", "diagnosis", "warnings", "diagnoses", "proposals", "learning",
            "evidence", "trace", "rules_version", "raw"})
    record IncidentOpen(String id, String tool, String at, JsonNode error,
                        @JsonInclude(Include.ALWAYS) JsonNode diagnosis, @JsonInclude(Include.NON_EMPTY) List<String> warnings,
                        JsonNode diagnoses, JsonNode proposals, JsonNode learning, JsonNode evidence, JsonNode trace,
                        @JsonProperty("rules_version") String rulesVersion, String raw) implements JournalRecord {
    }

    /**
     * {@code incident}: an incident as it ended. The repair report (DESIGN §4) shows the same object
     * without the trace part ({@code diagnoses} … {@code raw} left null).
     */
    @JsonInclude(Include.NON_NULL)
    @JsonPropertyOrder({"id", "tool", "at", "error", "diagnosis", "attempts", "outcome", "warnings", "diagnoses",
            "proposals", "learning", "evidence", "trace", "rules_version", "raw"})
    record Incident(String id, String tool, String at, JsonNode error, @JsonInclude(Include.ALWAYS) JsonNode diagnosis,
                    List<AttemptEntry> attempts, @JsonInclude(Include.ALWAYS) String outcome,
                    @JsonInclude(Include.NON_EMPTY) List<String> warnings, JsonNode diagnoses, JsonNode proposals,
                    JsonNode learning, JsonNode evidence, JsonNode trace,
                    @JsonProperty("rules_version") String rulesVersion, String raw) implements JournalRecord {
        public Incident {
            attempts = attempts == null ? List.of() : attempts; // a line cut down for size has none
        }

        /** The opening record of this incident: its decision, without attempts and outcome. */
        public IncidentOpen opening() {
            return new IncidentOpen(id, tool, at, error, diagnosis, warnings, diagnoses, proposals, learning, evidence,
                    trace, rulesVersion, raw);
        }
    }

    /** One strategy tried for an incident, as the incident record and the repair report list it. */
    @JsonInclude(Include.NON_NULL)
    @JsonPropertyOrder({"strategy", "rule", "salience", "base_salience", "params", "outcome", "plan", "detail", "backups",
            "millis"})
    record AttemptEntry(String strategy, String rule, int salience, @JsonProperty("base_salience") Integer baseSalience,
                        Map<String, String> params, String outcome, String plan, String detail, List<String> backups,
                        long millis) {
        public AttemptEntry {
            backups = backups == null ? List.of() : backups;
        }
    }

    /**
     * {@code attempt}: one attempt, written as it ends. It carries the cause and the time of the
     * learning outcome, so the outcomes can be rebuilt from the journal, and the salience snapshot
     * ({@code learned}, {@code evidence}) the decision saw.
     */
    @JsonInclude(Include.NON_NULL)
    @JsonPropertyOrder({"strategy", "rule", "salience", "base_salience", "params", "outcome", "plan", "detail", "backups",
            "millis", "incident", "at", "cause", "learned", "evidence"})
    record Attempt(String strategy, String rule, int salience, @JsonProperty("base_salience") Integer baseSalience,
                   Map<String, String> params, String outcome, String plan, String detail, List<String> backups,
                   long millis, String incident, String at, @JsonInclude(Include.ALWAYS) String cause, Integer learned,
                   JsonNode evidence) implements JournalRecord {
        public Attempt {
            backups = backups == null ? List.of() : backups;
        }

        public static Attempt of(AttemptEntry a, String incident, String at, String cause, Integer baseSalience,
                                 Integer learned, JsonNode evidence) {
            return new Attempt(a.strategy(), a.rule(), a.salience(), baseSalience != null ? baseSalience : a.baseSalience(),
                    a.params(), a.outcome(), a.plan(), a.detail(), a.backups(), a.millis(), incident, at, cause, learned,
                    evidence);
        }
    }

    /** {@code apply}: a strategy is about to change things; with no {@code attempt} after it, it was interrupted. */
    @JsonPropertyOrder({"incident", "strategy", "plan", "at"})
    record Apply(String incident, String strategy, String plan, String at) implements JournalRecord {
    }

    /** {@code recovered}: what recovery did about an incident a killed AutoHeal left open. */
    @JsonPropertyOrder({"incident", "tool", "action", "at", "files", "detail"})
    record Recovered(String incident, String tool, String action, String at, List<String> files, String detail)
            implements JournalRecord {
        public Recovered {
            files = files == null ? List.of() : files;
        }
    }

    /** {@code rollback}: {@code autoheal rollback} restored files of an incident ({@code kept}: folders left in place). */
    @JsonPropertyOrder({"incident", "at", "restored", "refused", "forced", "kept"})
    record Rollback(String incident, String at, int restored, int refused, boolean forced,
                    @JsonInclude(Include.NON_EMPTY) List<String> kept) implements JournalRecord {
    }

    /** {@code service}: a person started or stopped a service ({@code autoheal services}). */
    @JsonPropertyOrder({"service", "action", "by", "at", "detail"})
    record Service(String service, String action, String by, String at, String detail) implements JournalRecord {
    }

    /**
     * {@code flapping}: flapping control changed state; {@code event} is {@code deferred} (with
     * {@code kind} and {@code until}), {@code breaker_open}, {@code breaker_closed}, {@code backoff_reset} or {@code reset}.
     */
    @JsonInclude(Include.NON_NULL)
    @JsonPropertyOrder({"event", "tool", "cause", "reason", "at", "kind", "until"})
    record Flapping(String event, String tool, String cause, String reason, String at, String kind, String until)
            implements JournalRecord {
        public static final String DEFERRED = "deferred";
    }

    /** A line of a type this version does not know (newer, or written by hand): read, kept, ignored. */
    record Other(String type) implements JournalRecord {
    }
}
