package org.autoheal.engine;

import java.util.List;
import org.autoheal.facts.SalienceTable;
import org.autoheal.facts.ServiceInfo;
import org.autoheal.facts.ToolchainInfo;

/** What the rules may know besides the error: its toolchain, the services, learned salience. */
public record DecisionContext(ToolchainInfo toolchain, List<ServiceInfo> services, SalienceTable learned) {
    public static final DecisionContext EMPTY = new DecisionContext(null, List.of(), SalienceTable.NONE);

    public DecisionContext {
        services = services == null ? List.of() : List.copyOf(services);
        learned = learned == null ? SalienceTable.NONE : learned;
    }

    public DecisionContext withLearned(SalienceTable table) {
        return new DecisionContext(toolchain, services, table);
    }
}
