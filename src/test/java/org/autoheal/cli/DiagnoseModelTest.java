package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The {@code diagnose} command line declared in code ({@link DiagnoseModel}, what a cold start builds) equals the one
 * picocli reads from the annotations of AutoHealCommand and DiagnoseCommand: every attribute of every option and
 * parameter, the usage texts, what help, version and mistakes print, and the fields a parse sets.
 */
class DiagnoseModelTest {
    private static CommandLine annotated() {
        return AutoHealCommand.configured(AutoHealCommand.annotated(List.of("diagnose")));
    }

    private static CommandLine declared(String... args) {
        CommandLine cl = AutoHealCommand.commandLine(args);
        assertThat((Object) cl.getSubcommands().get("diagnose").getCommand()).isInstanceOf(DiagnoseCommand.class);
        assertThat(cl.getSubcommands().get("diagnose").getCommandSpec().mixins()).as("built in code, not from annotations").isEmpty();
        return cl;
    }

    @Test
    void everyOptionAndParameterIsTheSame() {
        CommandLine a = annotated();
        CommandLine d = declared("diagnose", "x");
        assertThat(describe(d.getCommandSpec())).isEqualTo(describe(a.getCommandSpec()));
        assertThat(describe(d.getSubcommands().get("diagnose").getCommandSpec()))
                .isEqualTo(describe(a.getSubcommands().get("diagnose").getCommandSpec()));
    }

    @Test
    void usageTextsAreTheSame() {
        CommandLine a = annotated();
        CommandLine d = declared("diagnose", "x");
        assertThat(d.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(a.getUsageMessage(CommandLine.Help.Ansi.OFF));
        assertThat(d.getSubcommands().get("diagnose").getUsageMessage(CommandLine.Help.Ansi.OFF))
                .isEqualTo(a.getSubcommands().get("diagnose").getUsageMessage(CommandLine.Help.Ansi.OFF))
                .contains("--why-not=RULE", "[TEXT|-]");
    }

    @Test
    void helpVersionAndMistakesPrintTheSame() {
        String[][] cases = {
            {"diagnose", "--help"}, {"diagnose", "-h"}, {"--help", "diagnose"}, {"diagnose", "-V"}, {"-V", "diagnose"},
            {"diagnose", "--bogus", "x"}, {"diagnose", "a", "b"}, {"diagnose", "--exit-code", "x", "t"},
            {"diagnose", "--tool"}, {"--home", "h", "diagnose", "--why-not"}, {"diagnose", "--no-trace=x", "t"},
        };
        for (String[] args : cases) {
            assertThat(run(declared(args), args)).as(String.join(" ", args)).isEqualTo(run(annotated(), args));
        }
        assertThat(run(annotated(), "diagnose", "-h")).contains("Usage: autoheal diagnose");
        assertThat(run(annotated(), "diagnose", "a", "b")).contains("exit 2", "Unmatched argument");
    }

    @Test
    void aParseSetsTheSameFields() {
        String[][] cases = {
            {"diagnose", "text"}, {"diagnose"}, {"diagnose", "-"},
            {"--home", "h", "diagnose", "--tool", "t", "--json", "--batch", "f", "--no-trace", "--exit-code", "3", "--why-not", "r", "TEXT"},
            {"diagnose", "--home=h", "--exit-code=0", "--tool=x", "--", "--json"},
        };
        for (String[] args : cases) {
            assertThat(fields(declared(args), args)).as(String.join(" ", args)).isEqualTo(fields(annotated(), args));
        }
        assertThat(fields(annotated(), cases[3])).isEqualTo("home=h tool=t json=true batch=f noTrace=true exitCode=3 whyNot=r text=TEXT");
    }

    private static String fields(CommandLine cl, String... args) {
        cl.parseArgs(args);
        DiagnoseCommand c = cl.getSubcommands().get("diagnose").getCommand();
        assertThat(c.top).isSameAs(cl.getCommand());
        assertThat(c.spec).isSameAs(cl.getSubcommands().get("diagnose").getCommandSpec());
        return "home=" + c.top.home + " tool=" + c.tool + " json=" + c.jsonOption.on() + " batch=" + c.batch + " noTrace=" + c.noTrace
                + " exitCode=" + c.exitCode + " whyNot=" + c.whyNot + " text=" + c.text;
    }

    /** What execute prints and returns, for arguments that stop before the command runs. */
    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return "exit " + exit + "\nout:\n" + out + "\nerr:\n" + err;
    }

    private static String describe(CommandSpec s) {
        StringBuilder b = new StringBuilder("command " + s.name() + " version " + List.of(s.version()) + " aliases "
                + List.of(s.aliases()) + " description " + List.of(s.usageMessage().description()) + "\n");
        s.options().stream().sorted(Comparator.comparing(OptionSpec::longestName)).forEach(o -> b.append(List.of(o.names()))
                .append(" usageHelp=").append(o.usageHelp()).append(" versionHelp=").append(o.versionHelp())
                .append(" negatable=").append(o.negatable()).append(" fallback=").append(o.fallbackValue())
                .append(" order=").append(o.order()).append(arg(o)).append('\n'));
        for (PositionalParamSpec p : s.positionalParameters()) b.append("positional index=").append(p.index()).append(arg(p)).append('\n');
        return b.toString();
    }

    private static String arg(ArgSpec a) {
        return " label=" + a.paramLabel() + " arity=" + a.arity() + " type=" + a.type().getName() + " aux="
                + Arrays.toString(a.auxiliaryTypes()) + " scope=" + a.scopeType() + " inherited=" + a.inherited() + " hidden="
                + a.hidden() + " required=" + a.required() + " default=" + a.defaultValue() + " initial=" + a.initialValue()
                + " interactive=" + a.interactive() + " split=" + a.splitRegex() + " key=" + a.descriptionKey() + " description="
                + List.of(a.description());
    }
}
