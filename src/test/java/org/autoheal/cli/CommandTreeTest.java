package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Main builds only the subcommand the arguments name; help and mistakes get the whole tree. */
class CommandTreeTest {
    private static Set<String> built(String... args) {
        return AutoHealCommand.commandLine(args).getSubcommands().keySet();
    }

    @Test
    void aNamedSubcommandIsBuiltAlone() {
        assertThat(built("diagnose", "text")).containsExactly("diagnose");
        assertThat(built("--home", "/tmp/h", "rules", "list")).containsExactly("rules");
        assertThat(built("--home=/tmp/h", "why", "last")).containsExactly("why");
        assertThat(AutoHealCommand.commandLine(new String[] {"rules", "check"}).getSubcommands().get("rules")
                .getSubcommands().keySet()).containsExactlyInAnyOrder("check", "list", "test");
    }

    @Test
    void helpNoSubcommandOrATypoGetEverySubcommand() {
        Set<String> all = AutoHealCommand.commandLine().getSubcommands().keySet();
        assertThat(all).contains("demo", "repair", "health", "history", "rollback", "diagnose", "rules", "why", "watch", "help");
        assertThat(built()).isEqualTo(all);
        assertThat(built("help", "diagnose")).isEqualTo(all);
        assertThat(built("--help")).isEqualTo(all);
        assertThat(built("diagnosee", "x")).isEqualTo(all);
    }

    @Test
    void homeBeforeOrAfterTheSubcommandStillWorks() {
        var cl = AutoHealCommand.commandLine(new String[] {"diagnose", "--home", "/tmp/h", "x"});
        var parsed = cl.parseArgs("diagnose", "--home", "/tmp/h", "x");
        assertThat(parsed.subcommand().matchedOptionValue("--home", (String) null)).isEqualTo("/tmp/h");
    }
}
