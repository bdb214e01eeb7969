package org.autoheal.recover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.autoheal.backup.PathGuard;
import org.autoheal.backup.PathRefusedException;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Durations;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.service.LiveCommand;
import org.autoheal.strategy.npm.NodeResolve;
import org.autoheal.strategy.npm.NodeTools;
import org.autoheal.strategy.npm.NpmNames;
import org.autoheal.strategy.npm.NpmPlan;
import org.autoheal.strategy.npm.NpmRecord;
import org.autoheal.strategy.npm.PackageJson;

/**
 * A {@code state/npm.json} record checked against today's config, as {@link TrustedPip} checks
 * pip's: the toolchain must exist, the folder must hold a package.json inside its roots today,
 * the package name must be valid, and node and npm come from today's config. npm rewrites its
 * process title (its command line becomes {@code npm}, then {@code npm ci}), so a live process is
 * ours only when it started at the recorded time, its command line is today's npm command or that
 * title, and its working folder is the recorded folder ({@link #ours}).
 *
 * @param record   the record as read
 * @param toolchain today's toolchain it names
 * @param folder   the package.json folder, checked against today's roots
 * @param mode     the npm mode recorded
 * @param deadline the recorded deadline, never later than limits.pip_timeout after the recorded start
 */
record TrustedNpm(NpmRecord record, Toolchain toolchain, Path folder, NpmPlan.Mode mode, Instant deadline)
        implements TrustedInstall {
    private static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(30);

    static Checked check(NpmRecord r, HomeConfig config) {
        if (config == null) return Checked.refused("no configuration was given to check it against");
        if (r.process() == null || r.tool() == null || r.packageName() == null || r.folder() == null || r.mode() == null) {
            return Checked.refused("it lacks the process, tool, package, folder or mode");
        }
        Toolchain t = config.toolchains().get(r.tool());
        if (t == null) return Checked.refused("it names toolchain " + NpmNames.quote(r.tool()) + ", which config/toolchains.json does not define");
        Optional<String> bad = NpmNames.problem(r.packageName());
        if (bad.isPresent()) return Checked.refused("its package name is invalid: " + bad.get());
        NpmPlan.Mode mode;
        try {
            mode = NpmPlan.Mode.valueOf(r.mode());
        } catch (IllegalArgumentException e) {
            return Checked.refused("its npm mode " + NpmNames.quote(r.mode()) + " is not one AutoHeal runs");
        }
        Path folder;
        try {
            folder = new PathGuard(config.home().root(), t.roots()).resolve(r.folder(), t.workdir());
        } catch (PathRefusedException e) {
            return Checked.refused("its folder is not inside the toolchain's roots today: " + e.getMessage());
        }
        if (!Files.isRegularFile(folder.resolve(PackageJson.NAME), LinkOption.NOFOLLOW_LINKS)) {
            return Checked.refused("its folder " + folder + " holds no package.json");
        }
        if (r.process().pid() <= 0 || r.process().startInstant().isEmpty()) return Checked.refused("its pid or start time is not valid");
        Duration timeout;
        try {
            timeout = Durations.parse(config.settings().limits().pipTimeout(), "config/autoheal.json: limits.pip_timeout");
        } catch (ConfigException e) {
            return Checked.refused(e.getMessage());
        }
        Instant latest = r.process().startInstant().get().plus(timeout);
        Instant deadline = latest;
        try {
            if (r.deadline() != null && Instant.parse(r.deadline()).isBefore(latest)) deadline = Instant.parse(r.deadline());
        } catch (DateTimeParseException e) {
            deadline = Instant.now();
        }
        return Checked.trusted(new TrustedNpm(r, t, folder, mode, deadline));
    }

    @Override
    public String notOurs() {
        long pid = record.process().pid();
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()
                ? "pid " + pid + " is not the npm run AutoHeal started in " + folder + ", so it was not waited for nor signalled"
                : "ended while no AutoHeal was watching";
    }

    @Override
    public String waitingFor() {
        return "npm (pid " + record.process().pid() + "), started by an AutoHeal that stopped, to finish in " + folder;
    }

    /** Asks today's node whether the package resolves from the package folder. */
    @Override
    public Recovered finish(Unfinished u, String exit, Home home) {
        var answer = new NodeResolve().resolve(NodeTools.node(toolchain), record.packageName(), folder,
                NodeTools.env(toolchain), RESOLVE_TIMEOUT);
        String run = "npm " + mode.command + " for " + record.packageName() + " (pid " + record.process().pid() + ", " + exit + ")";
        if (answer.found()) {
            return new Recovered(u.id(), u.tool(), Recovered.COMPLETED, List.of(), run + " finished after AutoHeal"
                    + " stopped and '" + record.packageName() + "' resolves; the next repair runs the toolchain again to verify");
        }
        return new Recovered(u.id(), u.tool(), Recovered.REPORTED, List.of(), run + " did not complete: '"
                + record.packageName() + "' does not resolve (" + answer.detail() + "); npm's output is in "
                + home.show(home.logs().resolve("npm.log")) + "; node_modules may be partial; the next repair runs npm again");
    }

    /** The npm command today's config builds for this record. */
    List<String> argv() {
        return new NpmPlan(record.module(), record.packageName(), folder.resolve(PackageJson.NAME), null, mode,
                NodeTools.npm(toolchain)).argv();
    }

    /** The recorded process, when it still runs, started at the recorded time and is this npm run in this folder. */
    @Override
    public Optional<ProcessHandle> ours() {
        var p = record.process();
        Optional<ProcessHandle> h = ProcessHandle.of(p.pid()).filter(ProcessHandle::isAlive).filter(x -> x.info().startInstant()
                .map(s -> Duration.between(s, p.startInstant().get()).abs().getSeconds() <= 2).orElse(false));
        if (h.isEmpty()) return h;
        boolean command = LiveCommand.of(p.pid()).map(actual -> LiveCommand.runs(actual, argv())
                || !actual.isEmpty() && List.of("npm", "npm " + mode.command).contains(actual.get(0).strip())).orElse(false);
        return command && inFolder(p.pid()) ? h : Optional.empty();
    }

    private boolean inFolder(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).equals(folder);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
