package org.autoheal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.autoheal.api.AutoHeal;
import org.autoheal.config.ConfigException;
import org.autoheal.demo.DemoHome;
import org.autoheal.heal.Approver;
import org.autoheal.heal.RepairReport;
import org.autoheal.heal.ReportText;
import org.autoheal.service.ServiceManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal demo}: a sandbox home with one broken toolchain per strategy, healed with --yes. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build a sandbox home with one broken toolchain per strategy and heal them all, step by step.")
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "where to build the sandbox (default: a new temp folder)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path home = dir != null ? dir : Files.createTempDirectory("autoheal-demo-");
        if (Files.isDirectory(home) && Files.list(home).findAny().isPresent()) {
            throw new ConfigException("--dir " + home + " is not empty; the demo builds a fresh home");
        }
        Files.createDirectories(home);
        out.println("AutoHeal demo: sandbox home " + home);
        out.flush();
        long built = System.nanoTime();
        DemoHome demo = new DemoHome(home, line -> say(out, line));
        demo.build();
        demo.skipped().forEach(s -> say(out, "note: " + s));
        AutoHeal autoheal = AutoHeal.open(home);
        long t0 = System.nanoTime();
        RepairReport report;
        try {
            report = autoheal.repair(List.copyOf(autoheal.config().toolchains().values()), Approver.ALWAYS, false,
                    line -> say(out, line));
        } finally {
            ServiceManager services = new ServiceManager(home);
            autoheal.config().services().values().forEach(s -> services.stop(s));
            say(out, "demo: stopped the services it started");
        }
        out.print(ReportText.of(report));
        out.printf("%ndemo healed in %.1f s (%.1f s more to build the sandbox: venv, wheelhouse); the healed home is %s "
                + "(journal: logs/autoheal/journal.jsonl, backups: backups/autoheal/)%n", (System.nanoTime() - t0) / 1e9,
                (t0 - built) / 1e9, home);
        if (!autoheal.config().services().isEmpty()) {
            out.println("its services are stopped again: `autoheal --home " + home + " health` shows them down, and `repair`"
                    + " or `watch` starts them");
        }
        out.flush();
        return report.allGood() ? ExitCode.OK : ExitCode.FAILING;
    }

    private static void say(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}
