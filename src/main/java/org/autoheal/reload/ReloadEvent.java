package org.autoheal.reload;

import java.util.List;

/**
 * The result of one reload: either the new rules and config are serving ({@code ok}), or they
 * were rejected and the previous ones stay ({@code errors}, each {@code file:line:col: message}
 * when the location is known).
 *
 * @param files   what changed to trigger it, relative to the home (empty for a reload on request)
 * @param added   rule names new in this rule base; {@code changed}: same name, different text
 * @param millis  from the first file event (or the request) until the new snapshot was serving,
 *                or until the rejection was known
 * @param version the rule base version serving after this event
 */
public record ReloadEvent(boolean ok, List<String> files, List<String> errors, List<String> added,
                          List<String> changed, List<String> removed, long millis, String version) {
    public ReloadEvent {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    static ReloadEvent served(List<String> files, RuleHashes.Diff diff, long millis, String version) {
        return new ReloadEvent(true, files, List.of(), diff.added(), diff.changed(), diff.removed(), millis, version);
    }

    static ReloadEvent rejected(List<String> files, List<String> errors, long millis, String version) {
        return new ReloadEvent(false, files, errors, List.of(), List.of(), List.of(), millis, version);
    }

    /** One line for logs: what happened, to which rules, in how long. */
    public String summary() {
        if (!ok) return "reload rejected after " + millis + " ms (" + errors.size() + " error(s)); the previous rules and config stay in service";
        if (added.isEmpty() && changed.isEmpty() && removed.isEmpty()) return "reload serving after " + millis + " ms: rules unchanged";
        return "reload serving after " + millis + " ms: rules added " + added + ", changed " + changed + ", removed " + removed;
    }
}
