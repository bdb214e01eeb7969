package org.autoheal.health;

import java.util.ArrayList;
import java.util.List;
import org.autoheal.config.Home;
import org.autoheal.config.Toolchain;
import org.autoheal.facts.UnrunnableProgram;

/**
 * What {@code health} finds wrong with a toolchain's files, as facts for the rules that infer a
 * diagnosis's missing details: the same checks (program, JSON files), so {@code health} and
 * {@code repair} never disagree about a toolchain. Changes nothing; runs no process.
 */
public final class ToolchainFindings {
    private final ExecutableCheck executables;
    private final JsonFileCheck json;

    public ToolchainFindings(Home home) {
        this.executables = new ExecutableCheck(home, System.getenv("PATH"));
        this.json = new JsonFileCheck(home);
    }

    /** {@link org.autoheal.facts.BrokenJsonFile}s and an {@link UnrunnableProgram}, if any. */
    public List<Object> of(Toolchain t) {
        List<Object> out = new ArrayList<>(json.broken(t));
        UnrunnableProgram program = executables.unrunnable(t);
        if (program != null) out.add(program);
        return out;
    }
}
