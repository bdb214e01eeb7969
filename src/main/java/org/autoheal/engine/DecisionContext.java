package org.autoheal.engine;

import java.util.List;
import org.autoheal.facts.ImportRename;
import org.autoheal.facts.SalienceTable;
import org.autoheal.facts.ServiceInfo;
import org.autoheal.facts.ToolchainInfo;

/**
 * What the rules may know besides the error: its toolchain, the configured services and
 * import renames, and the learned salience table.
 */
public record DecisionContext(ToolchainInfo toolchain, List<ServiceInfo> services, List<ImportRename> renames,
                              SalienceTable learned) {
    public static final DecisionContext EMPTY = new DecisionContext(null, List.of(), List.of(), SalienceTable.NONE);

    public DecisionContext {
        services = services == null ? List.of() : List.copyOf(services);
        renames = renames == null ? List.of() : List.copyOf(renames);
        learned = learned == null ? SalienceTable.NONE : learned;
    }

    public DecisionContext withLearned(SalienceTable table) {
        return new DecisionContext(toolchain, services, renames, table);
    }
}
