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
    private static final int MAX_ERROR = 200;
    private static final int MAX_FILES = 3;

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

    /**
     * One line for watch's stdout and the log: what happened, why and in how long, e.g.
     * {@code serving after 370 ms: config/toolchains.json changed; rules unchanged} or
     * {@code rejected after 757 ms: rules/a.drl:17:4: [ERR 102] … (+1 more); the previous rules and config stay in service}.
     */
    public String summary() {
        if (!ok) return "rejected after " + millis + " ms: " + firstError() + "; the previous rules and config stay in service";
        return "serving after " + millis + " ms: " + changedFiles() + ruleChanges();
    }

    /** The first error on one line, at most {@link #MAX_ERROR} characters, and how many more there are. */
    private String firstError() {
        if (errors.isEmpty()) return "unknown error";
        String first = collapseSpace(errors.get(0));
        if (first.length() > MAX_ERROR) first = first.substring(0, MAX_ERROR - 1) + "…";
        return errors.size() == 1 ? first : first + " (+" + (errors.size() - 1) + " more)";
    }

    private String changedFiles() {
        if (files.isEmpty()) return "";
        String shown = String.join(", ", files.subList(0, Math.min(MAX_FILES, files.size())));
        return shown + (files.size() > MAX_FILES ? " (+" + (files.size() - MAX_FILES) + " more)" : "") + " changed; ";
    }

    private String ruleChanges() {
        if (added.isEmpty() && changed.isEmpty() && removed.isEmpty()) return "rules unchanged";
        return "rules added " + added + ", changed " + changed + ", removed " + removed;
    }

    /** Runs of whitespace (newlines, indentation) as one space, so a multi-line error fits one log line. */
    private static String collapseSpace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) b.append(c);
            else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
        }
        return b.toString().strip();
    }
}
