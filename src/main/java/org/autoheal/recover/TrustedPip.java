package org.autoheal.recover;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Durations;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.strategy.builtin.Interpreters;
import org.autoheal.strategy.pip.ImportCheck;
import org.autoheal.strategy.pip.ModuleInstaller;
import org.autoheal.strategy.pip.PackageNames;
import org.autoheal.strategy.pip.PipRecord;

/**
 * A {@code state/pip.json} record checked against today's config. The file is read back from
 * disk and anyone who can write {@code state/} can forge it, so nothing in it is run or signalled
 * as written: the interpreter and workdir come from the toolchain config names today, the module
 * and distribution must be valid names, and the pip process is only ours when it runs the pip
 * arguments AutoHeal builds for that toolchain today ({@link #pipArguments}).
 *
 * @param record       the record as read
 * @param python       the interpreter today's config names for the toolchain
 * @param workdir      the toolchain's workdir from today's config
 * @param pipArguments {@code -m pip install <configured options> -- <distribution>}
 * @param deadline     the recorded deadline, never later than limits.pip_timeout after the recorded start
 */
record TrustedPip(PipRecord record, String python, Path workdir, List<String> pipArguments, Instant deadline)
        implements TrustedInstall {

    static Checked check(PipRecord r, HomeConfig config) {
        if (config == null) return Checked.refused("no configuration was given to check it against");
        if (r.process() == null || r.tool() == null || r.importName() == null || r.distribution() == null) {
            return Checked.refused("it lacks the process, tool, module or distribution");
        }
        Toolchain t = config.toolchains().get(r.tool());
        if (t == null) {
            return Checked.refused("it names toolchain " + PackageNames.quote(r.tool())
                    + ", which config/toolchains.json does not define");
        }
        Optional<String> badModule = PackageNames.importNameProblem(r.importName());
        if (badModule.isPresent()) return Checked.refused("its module name is invalid: " + badModule.get());
        Optional<String> badDist = PackageNames.distributionProblem(r.distribution());
        if (badDist.isPresent()) return Checked.refused("its distribution name is invalid: " + badDist.get());
        if (r.process().pid() <= 0 || r.process().startInstant().isEmpty()) {
            return Checked.refused("its pid or start time is not valid");
        }
        Instant started = r.process().startInstant().get();
        Duration timeout;
        try {
            timeout = Durations.parse(config.settings().limits().pipTimeout(), "config/autoheal.json: limits.pip_timeout");
        } catch (ConfigException e) {
            return Checked.refused(e.getMessage());
        }
        Instant latest = started.plus(timeout);
        Instant deadline = latest;
        try {
            if (r.deadline() != null && Instant.parse(r.deadline()).isBefore(latest)) deadline = Instant.parse(r.deadline());
        } catch (DateTimeParseException e) {
            deadline = Instant.now(); // no readable deadline: do not wait, but still check the import
        }
        List<String> args = new ArrayList<>(List.of("-m", "pip", "install"));
        args.addAll(t.pip());
        args.add("--");
        args.add(r.distribution());
        return Checked.trusted(new TrustedPip(r, Interpreters.command(t), t.workdir(), List.copyOf(args), deadline));
    }

    /** Only a process that runs today's pip command for this toolchain is ours: any other is left alone. */
    @Override
    public Optional<ProcessHandle> ours() {
        return record.process().liveProcessWithArguments(pipArguments);
    }

    @Override
    public String notOurs() {
        List<String> argv = new ArrayList<>();
        argv.add(python);
        argv.addAll(pipArguments);
        return record.process().impostor(argv).isPresent()
                ? "pid " + record.process().pid() + " does not run the pip command AutoHeal builds for this toolchain, so it was not"
                + " waited for nor signalled" : "ended while no AutoHeal was watching";
    }

    @Override
    public String waitingFor() {
        return "pip (pid " + record.process().pid() + "), started by an AutoHeal that stopped, to finish installing "
                + record.distribution();
    }

    /** Asks the interpreter today's config names whether the module imports now. */
    @Override
    public Recovered finish(Unfinished u, String exit, Home home) {
        ImportCheck check = new ModuleInstaller().verifyImport(python, record.importName(), workdir);
        String install = "pip install " + record.distribution() + " (pid " + record.process().pid() + ", " + exit + ")";
        if (check.importable()) {
            return new Recovered(u.id(), u.tool(), Recovered.COMPLETED, List.of(), install
                    + " finished after AutoHeal stopped and `import " + record.importName() + "` works; the next repair"
                    + " runs the toolchain again to verify");
        }
        return new Recovered(u.id(), u.tool(), Recovered.REPORTED, List.of(), install + " did not complete: `import "
                + record.importName() + "` still fails (" + check.summary() + "); pip's output is in "
                + home.show(home.logs().resolve("pip.log")) + "; the next repair tries the install again");
    }
}
