package org.autoheal.engine;

import java.util.List;
import org.autoheal.facts.ImportRename;
import org.autoheal.facts.SalienceTable;
import org.autoheal.facts.ServiceInfo;
import org.autoheal.facts.ToolchainInfo;

/**
 * What the rules may know besides the error: its toolchain, the configured services and
 * import renames, the learned salience table, and the context facts found about the toolchain
 * ({@link ContextFacts}: broken JSON files, a program that cannot run; the addresses and ports in its argv are
 * read as the decision loads, with the deciding rule base's tables).
 */
public record DecisionContext(ToolchainInfo toolchain, List<ServiceInfo> services, List<ImportRename> renames,
                              SalienceTable learned, List<Object> facts) {
    public static final DecisionContext EMPTY = new DecisionContext(null, List.of(), List.of(), SalienceTable.NONE);

    public DecisionContext {
        services = services == null ? List.of() : List.copyOf(services);
        renames = renames == null ? List.of() : List.copyOf(renames);
        learned = learned == null ? SalienceTable.NONE : learned;
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public DecisionContext(ToolchainInfo toolchain, List<ServiceInfo> services, List<ImportRename> renames, SalienceTable learned) {
        this(toolchain, services, renames, learned, List.of());
    }

    public DecisionContext withLearned(SalienceTable table) {
        return new DecisionContext(toolchain, services, renames, table, facts);
    }
}
