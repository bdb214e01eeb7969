package org.autoheal.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.autoheal.config.ConfigException;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Service;
import org.autoheal.json.Json;
import org.autoheal.health.ServiceOverview;
import org.autoheal.journal.Journal;
import org.autoheal.journal.JournalRecord;
import org.autoheal.recover.HomeGuard;
import org.autoheal.service.PidRecord;
import org.autoheal.service.ServiceException;
import org.autoheal.service.ServiceManager;
import org.autoheal.service.StopResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code autoheal services}: the configured services with state, pid, since when, probe and last
 * restart; {@code services stop NAME|--all}, {@code services start NAME}. Only a process that
 * runs the configured start command is ever signalled (see {@link ServiceManager#stop}); each
 * start and stop is journaled.
 */
@Command(name = "services", mixinStandardHelpOptions = true,
        description = "List the configured services; start or stop the ones AutoHeal runs.",
        footer = {"", "A running `autoheal watch` restarts a stopped service at its next round; stop the watcher first",
                "to keep it down."})
final class ServicesCommand implements Callable<Integer> {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Mixin JsonOption jsonOption;

    @Override
    public Integer call() throws Exception {
        HomeConfig config = config();
        List<ServiceOverview.Row> rows = new ServiceOverview(config, manager(config), HomeGuard.journal(config)).rows(PROBE_TIMEOUT);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.on()) {
            ObjectNode root = Json.object();
            ArrayNode a = root.putArray("services");
            for (ServiceOverview.Row r : rows) {
                ObjectNode n = a.addObject().put("name", r.name()).put("run_by", r.runBy()).put("state", r.state());
                if (r.pid() == null) n.putNull("pid"); else n.put("pid", r.pid());
                n.put("since", r.since()).put("probe", r.probe()).put("probe_detail", r.probeDetail()).put("last_restart", r.lastRestart());
            }
            out.println(Json.MAPPER.writeValueAsString(root));
        } else if (rows.isEmpty()) {
            out.println("config/toolchains.json defines no services");
        } else {
            String row = "%-20s %-9s %-14s %-8s %-25s %-32s %s%n";
            out.printf(row, "SERVICE", "RUN BY", "STATE", "PID", "SINCE", "PROBE", "LAST RESTART");
            for (ServiceOverview.Row r : rows) {
                out.printf(row, r.name(), r.runBy(), r.state(), r.pid() == null ? "-" : r.pid(), r.since() == null ? "-" : r.since(),
                        r.probe(), r.lastRestart() == null ? "-" : r.lastRestart());
            }
        }
        out.flush();
        return rows.stream().allMatch(r -> r.state().equals("running") || r.state().equals("up")) ? ExitCode.OK : ExitCode.FAILING;
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop a service (its stop command, or the process AutoHeal started).")
    int stop(@Parameters(paramLabel = "NAME", arity = "0..1", description = "a service of config/toolchains.json") String name,
             @Option(names = "--all", description = "every configured service") boolean all) {
        HomeConfig config = config();
        if (all == (name != null)) throw new ConfigException("services stop: name one service or pass --all");
        List<Service> scope = all ? List.copyOf(config.services().values()) : List.of(service(config, name));
        ServiceManager manager = manager(config);
        Journal journal = HomeGuard.journal(config);
        PrintWriter out = spec.commandLine().getOut();
        boolean ok = true;
        for (Service s : scope) {
            StopResult r = manager.stop(s);
            journal(journal, s.name(), "stop", r.detail());
            out.println((r.stopped() ? "stopped " : "could not stop ") + s.name() + ": " + r.detail());
            ok &= r.stopped();
        }
        out.flush();
        return ok ? ExitCode.OK : ExitCode.FAILING;
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start a service AutoHeal runs and wait until its probe answers.")
    int start(@Parameters(paramLabel = "NAME", description = "a service of config/toolchains.json with a start command") String name) {
        HomeConfig config = config();
        Service s = service(config, name);
        if (s.start() == null) {
            throw new ConfigException("service '" + name + "' has no start command: something else runs it (its restart/stop commands)");
        }
        ServiceManager manager = manager(config);
        PrintWriter out = spec.commandLine().getOut();
        try {
            PidRecord record = manager.start(s);
            var ready = manager.awaitReady(s);
            String detail = "pid " + record.pid() + ", probe answered after " + ready.elapsed().toMillis() + " ms";
            journal(HomeGuard.journal(config), name, "start", detail);
            out.println("started " + name + ": " + detail + "; output in " + config.home().show(manager.logFile(name)));
            out.flush();
            return ExitCode.OK;
        } catch (ServiceException e) {
            journal(HomeGuard.journal(config), name, "start", "failed: " + e.getMessage());
            throw ExitException.failing(e.getMessage());
        }
    }

    private HomeConfig config() {
        return HomeConfig.loadWithoutRules(top.existingHome(), java.util.Set.of(), PatternsWarning.to(spec));
    }

    private static ServiceManager manager(HomeConfig config) {
        return new ServiceManager(config.home().root());
    }

    private static Service service(HomeConfig config, String name) {
        Service s = config.services().get(name);
        if (s == null) {
            throw new ConfigException("unknown service '" + name + "'; config/toolchains.json defines: "
                    + (config.services().isEmpty() ? "none" : String.join(", ", new ArrayList<>(config.services().keySet()))));
        }
        return s;
    }

    private static void journal(Journal journal, String service, String action, String detail) {
        journal.append(new JournalRecord.Service(service, action, "person", Instant.now().toString(), detail));
    }
}
