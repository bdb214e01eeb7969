package org.autoheal.recover;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.autoheal.journal.JournalRecord;
import org.autoheal.journal.JournalRecords;

/**
 * What recovery did about one interrupted incident; journaled as a {@code recovered} record.
 *
 * @param incident the incident id
 * @param tool     its toolchain
 * @param action   {@link #ROLLED_BACK}, {@link #NOTHING_CHANGED}, {@link #KEPT_HEALED}, {@link #COMPLETED} or {@link #REPORTED}
 * @param files    the paths that differed from the backup (restored, or to check by hand)
 * @param detail   one line for the operator
 */
record Recovered(String incident, String tool, String action, List<String> files, String detail) {
    /** Files differed from their originals and were put back (the fix was never verified). */
    public static final String ROLLED_BACK = "rolled_back";
    /** Every backed-up file is as it was before the incident. */
    public static final String NOTHING_CHANGED = "nothing_changed";
    /** A fix was verified before the process died; only the final record was missing. */
    public static final String KEPT_HEALED = "kept_healed";
    /** The step in flight (a pip install) finished after the process died and checks out; nothing to undo. */
    public static final String COMPLETED = "completed";
    /** Recovery could not put things back by itself: the detail says what to check. */
    public static final String REPORTED = "reported";

    /** The journal's {@code recovered} record, stamped now. */
    public JournalRecord.Recovered toRecord() {
        return new JournalRecord.Recovered(incident, tool, action, Instant.now().toString(), files, detail);
    }

    /** The journal line of {@link #toRecord()}. */
    public ObjectNode toJson() {
        return JournalRecords.json(toRecord());
    }

    /** One line for the console. */
    public String describe() {
        return "recovered interrupted incident " + incident + " [" + tool + "]: " + action
                + (files.isEmpty() ? "" : " " + String.join(", ", files)) + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
