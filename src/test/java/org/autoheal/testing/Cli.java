package org.autoheal.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.autoheal.cli.AutoHealCommand;
import picocli.CommandLine;

/** `autoheal --home HOME args…` in-process, with stdout, stderr and the exit code captured: the one way tests drive the CLI. */
public final class Cli {
    private Cli() {
    }

    public record Output(int exit, String out, String err) {
    }

    public static Output run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AutoHealCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = cl.execute(all);
        return new Output(exit, out.toString(), err.toString());
    }
}
