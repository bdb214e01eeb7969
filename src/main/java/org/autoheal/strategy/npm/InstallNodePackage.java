package org.autoheal.strategy.npm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autoheal.config.Durations;
import org.autoheal.config.Settings;
import org.autoheal.config.Toolchain;
import org.autoheal.exec.RunSpec;
import org.autoheal.strategy.install.DetachedInstall;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.StrategyContext;

/**
 * {@code install_module} for Node ({@code ecosystem=node}): npm in the folder of the package.json
 * that governs the failing file ({@link NpmPlanner}), detached and recorded ({@link DetachedInstall}),
 * then the package must resolve from the failing file's folder with the toolchain's node.
 * package.json and the lockfile are backed up (a lockfile npm creates is removed on rollback);
 * node_modules is not: a rollback does not remove installed packages, and the report says so.
 */
public final class InstallNodePackage {
    static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(30);
    private static final String LEFT = "; the rollback restores package.json and the lockfile, node_modules stays as npm left it: ";

    private InstallNodePackage() {
    }

    public static Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        String module = Params.required(params, "module");
        Toolchain t = ctx.toolchain();
        String raw = params.get("file");
        Path start = raw == null || raw.isBlank() ? t.workdir() : Params.confine(ctx, raw).getParent();
        Settings.Install cfg = ctx.settings().install();
        NpmPlan plan = new NpmPlanner(cfg.allow(), cfg.deny()).plan(module, start, ctx.guard().roots(),
                ctx.guard().files(), NodeTools.npm(t));
        Duration timeout = Durations.parse(ctx.settings().limits().pipTimeout(), "config/autoheal.json: limits.pip_timeout");
        Path createdLock = plan.folder().resolve("package-lock.json");
        boolean createsLock = plan.lock().isEmpty() && !Files.exists(createdLock, LinkOption.NOFOLLOW_LINKS);
        return new Action() {
            @Override
            public String describe() {
                String why = plan.mode() == NpmPlan.Mode.ADD ? "not declared in package.json, allowed by install.allow"
                        : "declared in " + ctx.home().show(plan.packageJson());
                return String.join(" ", plan.argv()) + " in " + ctx.home().show(plan.folder()) + " for '" + plan.packageName()
                        + "' (" + why + ")";
            }

            @Override
            public List<Path> modifies() {
                List<Path> files = new ArrayList<>(List.of(plan.packageJson()));
                plan.lock().ifPresent(files::add);
                return files;
            }

            @Override
            public List<Path> creates() {
                return createsLock ? List.of(createdLock) : List.of();
            }

            @Override
            public String apply() throws IOException {
                Path log = ctx.home().logs().resolve("npm.log");
                RunSpec spec = new RunSpec(plan.argv(), plan.folder(), NodeTools.npmEnv(t), timeout, DetachedInstall.TAIL_BYTES)
                        .over(RunSpec.Base.EXACT).detached(log);
                var r = DetachedInstall.run("npm", spec, "install npm (Debian: apt-get install npm) or put it beside the"
                        + " toolchain's node", NpmRecord.file(ctx.home().state()), (process, deadline) -> new NpmRecord(process,
                        t.name(), plan.module(), plan.packageName(), plan.mode().name(), plan.folder().toString(), deadline, null));
                if (r.timedOut()) {
                    throw new IOException("npm timed out after " + timeout.toMillis() + " ms and was killed (raise"
                            + " limits.pip_timeout in config/autoheal.json if installs are slow)" + LEFT + lastLines(r.output()));
                }
                if (r.exitCode() != 0) {
                    throw new IOException("npm " + plan.mode().command + " failed (exit " + r.exitCode() + "; its output is in "
                            + ctx.home().show(log) + ")" + LEFT + lastLines(r.output()));
                }
                var found = new NodeResolve().resolve(NodeTools.node(t), plan.packageName(), start, NodeTools.env(t), RESOLVE_TIMEOUT);
                if (!found.found()) {
                    throw new IOException("npm " + plan.mode().command + " succeeded but '" + plan.packageName()
                            + "' still does not resolve from " + ctx.home().show(start) + ": " + found.detail());
                }
                return "npm " + plan.mode().command + " installed '" + plan.packageName() + "', which now resolves from "
                        + ctx.home().show(start) + "; a rollback restores package.json and the lockfile but does not remove"
                        + " installed packages (node_modules is not backed up)";
            }
        };
    }

    /** npm's error lines, else its last lines: enough to say why, bounded. */
    static String lastLines(String output) {
        List<String> lines = output.strip().lines().toList();
        List<String> errors = lines.stream().filter(l -> l.startsWith("npm error") || l.startsWith("npm ERR!")).toList();
        List<String> pick = errors.isEmpty() ? lines : errors;
        String text = String.join("\n", pick.subList(Math.max(0, pick.size() - 6), pick.size()));
        return text.length() <= 1200 ? text : text.substring(text.length() - 1200);
    }
}
