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
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.strategy.builtin.Interpreters;
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
record TrustedPip(PipRecord record, String python, Path workdir, List<String> pipArguments, Instant deadline) {

    /** Either a checked record or the reason it is refused (one sentence, safe to print). */
    record Checked(Optional<TrustedPip> trusted, String refusal) {
        static Checked refused(String why) {
            return new Checked(Optional.empty(), why);
        }
    }

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
        return new Checked(Optional.of(new TrustedPip(r, Interpreters.command(t), t.workdir(), List.copyOf(args), deadline)), null);
    }
}
