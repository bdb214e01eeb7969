package org.autoheal.strategy.pip;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link ModuleInstaller#plan}: either the exact pip argv to run, or a
 * refusal with its reason. Only the installer creates plans, so a plan that is not
 * refused always holds a validated distribution name behind pip's {@code --}.
 */
public final class InstallPlan {
    private final String importName;
    private final String distribution;
    private final List<String> argv;
    private final String refusal;

    private InstallPlan(String importName, String distribution, List<String> argv, String refusal) {
        this.importName = importName;
        this.distribution = distribution;
        this.argv = argv;
        this.refusal = refusal;
    }

    static InstallPlan accepted(String importName, String distribution, List<String> argv) {
        return new InstallPlan(importName, distribution, List.copyOf(argv), null);
    }

    /** {@code importName} must already be display-safe (see {@link PackageNames#quote}). */
    static InstallPlan refused(String importName, String reason) {
        return new InstallPlan(importName, null, List.of(), reason);
    }

    public boolean isRefused() { return refusal != null; }

    /** Why nothing will be installed; empty for an accepted plan. */
    public Optional<String> refusal() { return Optional.ofNullable(refusal); }

    /** The import name; for a refused plan a quoted, bounded rendering of it. */
    public String importName() { return importName; }

    /** The distribution to install; null for a refused plan. */
    public String distribution() { return distribution; }

    /** {@code [python, -m, pip, install, <options>..., --, distribution]}; empty when refused. */
    public List<String> argv() { return argv; }

    @Override
    public String toString() {
        return isRefused()
                ? "InstallPlan[refused " + importName + ": " + refusal + "]"
                : "InstallPlan[" + importName + " -> " + distribution + ": " + String.join(" ", argv) + "]";
    }
}
