package org.autoheal.examples;

import java.util.List;
import java.util.Map;

/**
 * One example of a {@code rules/**&#47;*.examples.json} file (DESIGN §9): an error output and what the
 * rules must conclude from it. Like a Drools test scenario it carries its whole world: the
 * {@code home} files (config, data files a toolchain reads) it is decided in; none means an empty home.
 *
 * @param file     the examples file, relative to the home ({@code rules/json_format.examples.json})
 * @param tool     the toolchain the output came from (its config in {@code home} adds context), or null
 * @param command  the argv that failed, or null: the toolchain's command when {@code home} configures {@code tool}
 * @param exitCode the program's exit status, or null when unknown
 * @param home     relative path to file content, written to a scratch home for this example
 */
public record RuleExample(String file, String name, String text, String tool, List<String> command, Integer exitCode,
                          Map<String, String> home, Expectation expect) {
    public RuleExample {
        home = Map.copyOf(home);
        command = command == null ? null : List.copyOf(command);
    }

    /** How failures name it: {@code rules/x.examples.json: example "name"}. */
    public String where() {
        return file + ": example \"" + name + "\"";
    }

    /**
     * What the rules must conclude. {@code cause} null: no diagnosis. {@code details}: each key has
     * this value (a null value: the detail is absent); others may exist. {@code proposals}: each is
     * proposed, in this order (others may be proposed too); {@code notProposals}: none of them is.
     */
    public record Expectation(String cause, Map<String, String> details, List<String> proposals, List<String> notProposals) {
    }
}
