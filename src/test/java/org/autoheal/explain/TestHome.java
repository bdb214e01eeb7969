package org.autoheal.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A home in a temp folder with real scripts, driven through the real CLI in-process: the
 * incidents that `why` explains are produced by `repair`, not written by hand.
 */
public final class TestHome {
    public static final String COMPETING_RULES = org.autoheal.testing.CompetingFixture.RULES;

    public record Run(int exit, String out, String err) {
        public JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    private final Path root;

    public TestHome(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Run autoheal(String... args) {
        org.autoheal.testing.Cli.Output o = org.autoheal.testing.Cli.run(root, args);
        return new Run(o.exit(), o.out(), o.err());
    }

    public void write(String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** A script without the execute bit: `repair` diagnoses permission and heals it with fix_permissions. */
    public TestHome permissionCase() throws Exception {
        write("tools/run.sh", "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(root.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r-----"));
        write("config/toolchains.json", "{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");
        return this;
    }

    /** Two command strategies compete for one diagnosis; the first-ranked one writes junk and fails verification. */
    public TestHome competingCase() throws Exception {
        write("tools/check.py", "import sys\nd = open('config/data.txt').read()\nif d != 'good':\n"
                + "    print('BROKEN data')\n    sys.exit(1)\nprint('ok')\n");
        write("tools/put.py", "import sys\nopen(sys.argv[1], 'w').write(sys.argv[2])\n");
        write("config/autoheal.json", "{\"strategies\": {"
                + "\"write_junk\": {\"command\": [\"python3\", \"tools/put.py\", \"{path}\", \"junk\"], \"touches\": [\"{path}\"]},"
                + "\"write_good\": {\"command\": [\"python3\", \"tools/put.py\", \"{path}\", \"good\"], \"touches\": [\"{path}\"]},"
                + "\"write_other\": {\"command\": [\"python3\", \"tools/put.py\", \"{path}\", \"other\"], \"touches\": [\"{path}\"]}}}");
        write("rules/data.drl", COMPETING_RULES);
        write("config/toolchains.json", "{\"toolchains\": {\"data\": {\"command\": [\"python3\", \"tools/check.py\"]}}}");
        breakData();
        return this;
    }

    public void breakData() throws Exception {
        write("config/data.txt", "original\n");
    }

    /** Runs `repair --yes --json` and returns the one incident it produced. */
    public JsonNode repairOne() throws Exception {
        Run r = autoheal("repair", "--yes", "--json");
        JsonNode incidents = r.json().get("incidents");
        if (incidents.size() != 1) throw new AssertionError("expected one incident, got: " + r.out() + r.err());
        return incidents.get(0);
    }

    /** 1-based line of {@code rule "NAME"} in a DRL text: what file:line must point at. */
    public static int lineOf(String drl, String rule) {
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].strip().startsWith("rule \"" + rule + "\"")) return i + 1;
        throw new AssertionError("no rule " + rule);
    }
}
