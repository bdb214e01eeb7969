package org.autoheal.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * {@code autoheal [--home DIR] diagnose ...} declared with picocli's programmatic API: the command line {@link Main}
 * builds when the arguments name {@code diagnose}. Reading the annotations of {@link AutoHealCommand} and
 * {@link DiagnoseCommand} instead cost a cold start 25-30 ms of CPU, a sixth of the main thread's (the JDK makes a
 * proxy class per annotation type, which JDK 17's class-data archive does not keep; docs/performance.md, session 15).
 * The annotations stay the declaration: help, every other subcommand and a mistyped command use them.
 * {@code DiagnoseModelTest} checks that this model equals theirs, option by option, in its usage text and in the
 * fields a parse sets: an option added to one and not to the other fails it.
 */
final class DiagnoseModel {
    private DiagnoseModel() {
    }

    static CommandLine commandLine() {
        AutoHealCommand top = new AutoHealCommand();
        CommandSpec autoheal = CommandSpec.wrapWithoutInspection(top).name("autoheal").version("autoheal 0.1.0");
        autoheal.usageMessage().description("Rule-driven self-healing for toolchains: diagnose, back up, fix, verify, learn.");
        standardHelp(autoheal);
        autoheal.addOption(option("--home", "DIR", String.class, () -> top.home, v -> top.home = v)
                .scopeType(ScopeType.INHERIT).description("AutoHeal home (default: $AUTOHEAL_HOME, else the current folder)").build());

        DiagnoseCommand d = new DiagnoseCommand();
        CommandSpec diagnose = CommandSpec.wrapWithoutInspection(d).name("diagnose");
        d.top = top; // what @ParentCommand, @Spec and @Mixin would inject
        d.spec = diagnose;
        d.jsonOption = new JsonOption();
        diagnose.usageMessage().description("Diagnose an error text (argument, '-' or stdin) and show the ranked proposals; changes nothing.");
        standardHelp(diagnose);
        diagnose.addOption(option("--tool", "NAME", String.class, () -> d.tool, v -> d.tool = v)
                .description("the toolchain the error came from (its config adds context)").build());
        diagnose.addOption(flag("--json", "<json>", () -> d.jsonOption.json, v -> d.jsonOption.json = v)
                .description("print one JSON object on stdout (progress and notes go to stderr)").build());
        diagnose.addOption(option("--batch", "FILE|-", String.class, () -> d.batch, v -> d.batch = v)
                .description("JSON Lines in ({\"text\":…,\"tool\":…}), one JSON result per line out").build());
        diagnose.addOption(flag("--no-trace", "<noTrace>", () -> d.noTrace, v -> d.noTrace = v)
                .description("do not record the rule trace (faster; the JSON \"trace\" is empty, no \"rules fired\" in text)").build());
        diagnose.addOption(option("--exit-code", "N", Integer.class, () -> d.exitCode, v -> d.exitCode = v)
                .description("the program's exit status, when known (0: it succeeded, nothing is a cause)").build());
        diagnose.addOption(option("--why-not", "RULE", String.class, () -> d.whyNot, v -> d.whyNot = v)
                .description("which conditions of this rule held on the error's facts and which first failed, with the values "
                        + "it was evaluated on (exit 0: the rule fired, 1: it did not, 2: no such rule)").build());
        Field<String> text = new Field<>(() -> d.text, v -> d.text = v);
        diagnose.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("TEXT|-").type(String.class).descriptionKey("")
                .getter(text).setter(text).initialValue(null).description("the error text; '-' or nothing reads stdin").build());

        CommandLine cl = new CommandLine(autoheal);
        cl.addSubcommand("diagnose", diagnose);
        return cl;
    }

    /** What {@code mixinStandardHelpOptions = true} adds (labels as picocli names them after its mixin's fields), without reading that mixin's annotations. */
    private static void standardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).paramLabel("<helpRequested>").initialValue(false)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).paramLabel("<versionRequested>").initialValue(false)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
    }

    private static <V> OptionSpec.Builder option(String name, String label, Class<V> type, Supplier<V> get, Consumer<V> set) {
        Field<V> field = new Field<>(get, set);
        return OptionSpec.builder(name).paramLabel(label).type(type).descriptionKey("").getter(field).setter(field).initialValue(get.get());
    }

    /** An option without a value; its label is never shown, picocli names it after the annotated field. */
    private static OptionSpec.Builder flag(String name, String label, Supplier<Boolean> get, Consumer<Boolean> set) {
        Field<Boolean> field = new Field<>(get, set);
        return OptionSpec.builder(name).paramLabel(label).type(boolean.class).descriptionKey("").getter(field).setter(field).initialValue(get.get());
    }

    /** A command object's field as picocli reads and writes an option's value (its get and set are generic methods, so no lambda can be one). */
    private static final class Field<V> implements IGetter, ISetter {
        private final Supplier<V> get;
        private final Consumer<V> set;

        Field(Supplier<V> get, Consumer<V> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            set.accept((V) value);
            return old;
        }
    }
}
