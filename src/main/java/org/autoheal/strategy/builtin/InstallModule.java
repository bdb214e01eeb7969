package org.autoheal.strategy.builtin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.autoheal.config.Durations;
import org.autoheal.config.Settings;
import org.autoheal.config.Toolchain;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;
import org.autoheal.strategy.npm.InstallNodePackage;
import org.autoheal.strategy.pip.ImportCheck;
import org.autoheal.strategy.pip.InstallPlan;
import org.autoheal.strategy.pip.InstallPolicy;
import org.autoheal.strategy.pip.InstallResult;
import org.autoheal.strategy.pip.ModuleInstaller;
import org.autoheal.strategy.pip.PipRecord;

/**
 * {@code install_module}: {@code python -m pip install <options> -- <distribution>} with the
 * toolchain's own interpreter. The name is validated (PEP 508, never an option, path or URL),
 * mapped from import name to distribution, and checked against the allow/deny lists.
 * A failed verification uninstalls what this attempt installed. A Node package
 * ({@code ecosystem=node}) is installed with npm instead ({@link InstallNodePackage}).
 */
public final class InstallModule implements Strategy {
    private final ModuleInstaller installer = new ModuleInstaller();

    @Override
    public String name() {
        return "install_module";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        if ("node".equals(params.get("ecosystem"))) return InstallNodePackage.plan(ctx, params);
        String module = Params.required(params, "module");
        Toolchain t = ctx.toolchain();
        Settings.Install cfg = ctx.settings().install();
        String python = Interpreters.command(t);
        InstallPolicy policy = new InstallPolicy(cfg.allow(), cfg.deny(), cfg.moduleMap(), t.pip(), python);
        InstallPlan plan = installer.plan(module, policy);
        if (plan.isRefused()) throw new Refusal(plan.refusal().orElse("refused"));
        Duration timeout = Durations.parse(ctx.settings().limits().pipTimeout(), "config/autoheal.json: limits.pip_timeout");
        return new Action() {
            private boolean installed;

            @Override
            public String describe() {
                return "install " + plan.distribution() + " for import " + plan.importName() + ": " + String.join(" ", plan.argv());
            }

            @Override
            public String apply() throws IOException {
                Path log = ctx.home().logs().resolve("pip.log");
                InstallResult r = installer.install(plan, t.workdir(), timeout, log, PipRecord.file(ctx.home().state()), t.name());
                if (r.timedOut()) {
                    throw new IOException("pip timed out after " + timeout.toMillis() + " ms and was killed (raise"
                            + " limits.pip_timeout in config/autoheal.json if installs are slow): " + r.outputTail().strip());
                }
                if (r.exitCode() != 0) {
                    throw new IOException("pip failed (exit " + r.exitCode() + "; its output is in " + ctx.home().show(log)
                            + "): " + r.outputTail().strip());
                }
                installed = true;
                ImportCheck check = installer.verifyImport(python, plan.importName(), t.workdir());
                if (!check.importable()) throw new IOException("installed " + plan.distribution() + " but `import "
                        + plan.importName() + "` still fails: " + check.summary());
                return "installed " + plan.distribution() + "; import " + plan.importName() + " works";
            }

            @Override
            public void undo() throws IOException {
                if (!installed) return;
                var r = ctx.runner().run(new org.autoheal.exec.RunSpec(java.util.List.of(python, "-m", "pip", "uninstall", "-y",
                        "--", plan.distribution()), t.workdir(), Map.of("PIP_DISABLE_PIP_VERSION_CHECK", "1"), timeout, 64 * 1024));
                if (!r.ok()) throw new IOException("pip uninstall failed: " + r.describe());
            }
        };
    }
}
