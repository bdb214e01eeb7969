package org.autoheal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.autoheal.testing.Cli;
import org.autoheal.testing.ErrorToolchain;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.TreeSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile error text through the whole pipeline: for each case a real toolchain prints it and
 * exits non-zero, then ONE {@code repair --yes --json} runs them all (one rule compilation, so the
 * class stays fast). Each toolchain {@code cNN} runs in its own folder {@code cNN/}, its only root.
 * Every case must end in a clear refusal (or no diagnosis at all) and pip must never run. Nothing
 * in the home or outside it may change: outside the roots nothing may be touched, and inside them
 * the hostile error never goes away, so every attempt is rolled back byte-identical.
 * The placeholder {@code OUT} in a case's text stands for the folder outside the home.
 */
@Tag(Tags.PROCESS)
class HostileInputTest {
    static final Set<String> REFUSED = Set.of("refused");
    static final Set<String> NOT_HEALED = Set.of("refused", "undiagnosed", "failed");

    private static Path home;
    private static Path outside;
    private static ErrorToolchain tool;
    private static TreeSnapshot before;
    private static Cli.Output run;
    private static final Map<String, JsonNode> INCIDENTS = new LinkedHashMap<>();

    /** Where a case sets itself up: its folder, extra toolchain fields, the exit code of its toolchain. */
    static final class Spot {
        final TestHome h;
        final Path outside;
        final Path proj;
        String extra = "";
        int exit = 1;

        Spot(TestHome h, Path outside, Path proj) {
            this.h = h;
            this.outside = outside;
            this.proj = proj;
        }
    }

    interface Setup {
        void apply(Spot s) throws Exception;
    }

    /**
     * @param outcomes the incident outcomes allowed
     * @param says     text the incident (its attempts' details) must contain: the reason, or null
     */
    record Case(String name, byte[] error, Setup setup, Set<String> outcomes, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> all() {
        List<Case> all = new ArrayList<>();
        all.addAll(HostileCases.moduleNames());
        all.addAll(HostileCases.moduleNamesPastTheParser());
        all.addAll(HostileCases.paths());
        all.addAll(HostileCases.encodings());
        all.addAll(HostileCases.others());
        return all;
    }

    static String id(int i) {
        return String.format("c%02d", i);
    }

    @BeforeAll
    static void repairAllCasesInOneRun() throws Exception {
        home = Files.createTempDirectory("autoheal-hostile-home").toRealPath();
        outside = Files.createTempDirectory("autoheal-hostile-outside").toRealPath();
        TestHome h = new TestHome(home);
        HostileCases.plantBait(h, outside);
        tool = h.errorToolchain();
        h.write("config/autoheal.json", HostileCases.CONFIG);
        h.write("config/autoheal_patterns.json", HostileCases.PATTERNS);
        List<Case> cases = all();
        StringBuilder toolchains = new StringBuilder("{\"toolchains\": {");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Spot s = new Spot(h, outside, Files.createDirectories(home.resolve(id(i))));
            c.setup().apply(s);
            Files.write(home.resolve("other/" + id(i) + ".bin"), replaceOut(c.error(), outside.toString()));
            toolchains.append(i == 0 ? "" : ", ").append('"').append(id(i)).append("\": ")
                    .append(tool.json(tool.emit("other/" + id(i) + ".bin", s.exit), id(i), s.extra));
        }
        h.write("config/toolchains.json", toolchains.append("}}").toString());
        before = h.snapshotWith(outside, tool.python().log());
        run = h.repair();
        // kept for review: what each hostile case led to
        Files.writeString(Path.of("target/hostile-input-report.json"), run.out() + "\n" + run.err());
        for (JsonNode inc : run.json().get("incidents")) INCIDENTS.putIfAbsent(inc.get("tool").asText(), inc);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (Path p : List.of(home, outside)) {
            try (Stream<Path> s = Files.walk(p)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    static Stream<Object[]> cases() {
        List<Case> cases = all();
        return java.util.stream.IntStream.range(0, cases.size()).mapToObj(i -> new Object[] {id(i), cases.get(i)});
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void hostileErrorIsRefusedOrUndiagnosed(String id, Case c) {
        JsonNode incident = INCIDENTS.get(id);
        assertThat(incident).as("no incident for " + id + " in " + run.out()).isNotNull();
        String shown = incident.toString();
        assertThat(incident.get("outcome").asText()).as(shown).isIn(c.outcomes());
        for (JsonNode a : incident.get("attempts")) {
            assertThat(a.get("outcome").asText()).as(shown).isIn("refused", "failed", "error");
        }
        if (c.says() != null) assertThat(shown).contains(c.says().replace("OUT", outside.toString()));
    }

    @Test
    void theRunReportsEveryToolchainAsFailing_andNothingInTheHomeOrOutsideChanged() throws Exception {
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.json().get("toolchains")).hasSize(all().size())
                .allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("failing"));
        assertThat(run.all()).doesNotContain("internal error").doesNotContain("ROLLBACK FAILED");
        before.assertUnchanged("files outside the roots");
        tool.python().assertPipNeverRan();
        assertThat(outside.resolve("PWNED")).doesNotExist();
    }

    private static byte[] replaceOut(byte[] text, String outside) {
        byte[] out = "OUT".getBytes(StandardCharsets.US_ASCII);
        byte[] with = outside.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < text.length; i++) {
            if (i + 3 <= text.length && text[i] == out[0] && text[i + 1] == out[1] && text[i + 2] == out[2]) {
                b.writeBytes(with);
                i += 2;
            } else {
                b.write(text[i]);
            }
        }
        return b.toByteArray();
    }

    static void script(Path p, String mode) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    }
}
