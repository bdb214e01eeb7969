package org.autoheal.strategy.pip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunResult;
import org.autoheal.exec.RunSpec;
import org.autoheal.strategy.install.DetachedInstall;

/**
 * Installs a missing Python module with the toolchain's own interpreter:
 * {@link #plan} validates and maps the name and applies the allow/deny lists without
 * touching anything; {@link #install} runs pip from the plan's argv;
 * {@link #verifyImport} asks the interpreter whether the module now imports.
 */
public final class ModuleInstaller {
    public static final Duration DEFAULT_VERIFY_TIMEOUT = Duration.ofSeconds(30);
    // the module name travels as argv[1], never inside the code string
    static final String IMPORT_PROBE = "import importlib,sys; importlib.import_module(sys.argv[1])";

    private final Map<String, String> environment;

    /** Runs pip with AutoHeal's own environment. */
    public ModuleInstaller() {
        this(System.getenv());
    }

    /** Runs pip with {@code environment} (e.g. the toolchain's env) plus pip's no-prompt settings. */
    public ModuleInstaller(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
        env.put("PIP_NO_INPUT", "1");
        this.environment = Map.copyOf(env);
    }

    /** Decides what to install for {@code importName}; runs nothing and writes nothing. */
    public InstallPlan plan(String importName, InstallPolicy policy) {
        var resolution = new DistributionNames(policy.moduleMap()).resolve(importName);
        if (resolution.refused()) return InstallPlan.refused(resolution.importName(), resolution.refusal());
        String distribution = resolution.distribution();
        var problem = PackageNames.distributionProblem(distribution);
        if (problem.isPresent()) return InstallPlan.refused(importName, problem.get());

        List<String> names = List.of(PackageNames.normalise(distribution),
                PackageNames.normalise(PackageNames.topLevel(importName)));
        if (matchesAny(names, policy.deny())) {
            return InstallPlan.refused(importName, "'" + distribution + "' is on install.deny in config/autoheal.json");
        }
        if (!policy.allow().isEmpty() && !matchesAny(names, policy.allow())) {
            return InstallPlan.refused(importName, "'" + distribution
                    + "' is not on install.allow in config/autoheal.json; add it there to let AutoHeal install it");
        }
        List<String> argv = new ArrayList<>(List.of(policy.python(), "-m", "pip", "install"));
        argv.addAll(policy.pipOptions());
        argv.add("--"); // whatever follows is a requirement, never an option
        argv.add(distribution);
        return InstallPlan.accepted(importName, distribution, argv);
    }

    /**
     * Runs the plan's pip command in {@code workdir}, its output in a temporary log. A failing
     * pip is a result with its exit code and output tail, not an exception.
     *
     * @throws IllegalArgumentException when the plan is refused: nothing is run
     */
    public InstallResult install(InstallPlan plan, Path workdir, Duration timeout) {
        try {
            Path dir = Files.createTempDirectory("autoheal-pip");
            try {
                return install(plan, workdir, timeout, dir.resolve("pip.log"), null, null);
            } finally {
                Files.deleteIfExists(dir.resolve("pip.log"));
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for pip's output: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #install(InstallPlan, Path, Duration)}, detached from AutoHeal: pip's output is
     * appended to {@code log}, and {@code stateFile} ({@link PipRecord}) names the running pip for
     * {@code tool}, so an AutoHeal started after a crash can wait for it.
     */
    public InstallResult install(InstallPlan plan, Path workdir, Duration timeout, Path log, Path stateFile, String tool) {
        if (plan.isRefused()) {
            throw new IllegalArgumentException("cannot install a refused plan for " + plan.importName()
                    + ": " + plan.refusal().orElseThrow() + "; check isRefused() before install()");
        }
        RunSpec spec = new RunSpec(plan.argv(), workdir, environment, timeout, DetachedInstall.TAIL_BYTES)
                .over(RunSpec.Base.EXACT).detached(log);
        var outcome = DetachedInstall.run("pip", spec, "check the toolchain's \"python\" in config/toolchains.json", stateFile,
                (process, deadline) -> new PipRecord(process, tool, plan.importName(), plan.distribution(), deadline, null));
        return new InstallResult(plan.distribution(), plan.argv(), workdir,
                outcome.exitCode(), outcome.timedOut(), outcome.output());
    }

    /** {@link #verifyImport(String, String, Path, Duration)} with a 30 s timeout. */
    public ImportCheck verifyImport(String python, String importName, Path workdir) {
        return verifyImport(python, importName, workdir, DEFAULT_VERIFY_TIMEOUT);
    }

    /** Runs {@code python -c <import probe> <importName>} in {@code workdir}. */
    public ImportCheck verifyImport(String python, String importName, Path workdir, Duration timeout) {
        var problem = PackageNames.importNameProblem(importName);
        if (problem.isPresent()) {
            return new ImportCheck(PackageNames.quote(importName), python, false, -1, false,
                    "not checked: " + problem.get());
        }
        RunResult r = new ProcessRunner().run(new RunSpec(List.of(python, "-c", IMPORT_PROBE, importName), workdir,
                environment, timeout, DetachedInstall.TAIL_BYTES).keepingTail(DetachedInstall.TAIL_BYTES).over(RunSpec.Base.EXACT));
        if (r.startError() != null) {
            String why = "could not run " + python + " in " + r.workdir() + ": " + r.startError()
                    + "; check the toolchain's \"python\" in config/toolchains.json";
            return new ImportCheck(importName, python, false, -1, false, (r.combined() + "\n" + why).strip());
        }
        int exit = r.exitCode() == null ? -1 : r.exitCode();
        return new ImportCheck(importName, python, exit == 0 && !r.timedOut(), exit, r.timedOut(), r.combined());
    }

    private static boolean matchesAny(List<String> normalisedNames, List<String> entries) {
        return entries.stream().map(PackageNames::normalise).anyMatch(normalisedNames::contains);
    }
}
