package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorParsers;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-rules cache makes a start faster, never different: bad or stale entries mean
 * compiling. The hit is checked with all default rules over the corpus; the failure cases use
 * two rule files (compiling is what they cost, and they compile several times).
 */
@Tag(Tags.SLOW)
class RuleBaseCacheTest {
    static Map<String, String> all;
    static Map<String, String> sources;
    static List<ToolchainError> corpus;
    static List<DecisionSnapshot> compiledAll;
    static List<DecisionSnapshot> compiled;
    @TempDir Path dir;

    @BeforeAll
    static void compileWithoutCache() throws RuleCompileException {
        all = RuleSources.bundled();
        sources = new TreeMap<>(Map.of("rules/missing_module.drl", all.get("rules/missing_module.drl"),
                "rules/permission.drl", all.get("rules/permission.drl")));
        corpus = Corpus.cases().stream().map(c -> ErrorParsers.parse(c.input())).toList();
        compiledAll = decisions(RuleCompiler.compile(all, List.of()));
        compiled = decisions(RuleCompiler.compile(sources, List.of()));
        assertThat(compiled).anyMatch(d -> !d.proposals().isEmpty());
    }

    private static List<DecisionSnapshot> decisions(RuleBase rules) {
        return corpus.stream().map(e -> DecisionSnapshot.of(rules.decide(e, DecisionContext.EMPTY))).toList();
    }

    private static void assertDecidesLikeTheCompiler(RuleBase rules) {
        assertThat(decisions(rules)).isEqualTo(compiled);
    }

    private Path cacheFile() {
        return new RuleBaseCache(dir).file(sources);
    }

    @Test
    void secondBuildComesFromTheCache_andDecidesTheSame() throws Exception {
        RuleBase first = RuleCompiler.compile(all, List.of(), dir);
        assertThat(first.fromCache()).isFalse();
        assertThat(new RuleBaseCache(dir).file(all)).isRegularFile();
        RuleBase second = RuleCompiler.compile(all, List.of(), dir);
        assertThat(second.fromCache()).isTrue();
        assertThat(second.catalog().all()).containsExactlyElementsOf(first.catalog().all());
        assertThat(second.version()).isEqualTo(first.version());
        assertThat(decisions(second)).isEqualTo(compiledAll);
        for (ToolchainError e : corpus) { // the trace, too: same rules, files and lines
            assertThat(second.decide(e, DecisionContext.EMPTY).trace()).isEqualTo(first.decide(e, DecisionContext.EMPTY).trace());
        }
    }

    @Test
    void corruptedEntryIsDiscarded_compiledAgain_andRewritten() throws Exception {
        RuleCompiler.compile(sources, List.of(), dir);
        byte[] bytes = Files.readAllBytes(cacheFile());
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(cacheFile(), bytes);
        RuleBase rules = RuleCompiler.compile(sources, List.of(), dir);
        assertThat(rules.fromCache()).isFalse();
        assertDecidesLikeTheCompiler(rules);
        assertThat(RuleCompiler.compile(sources, List.of(), dir).fromCache()).isTrue();
    }

    @Test
    void truncatedEntryMeansCompiling() throws Exception {
        RuleCompiler.compile(sources, List.of(), dir);
        byte[] bytes = Files.readAllBytes(cacheFile());
        Files.write(cacheFile(), java.util.Arrays.copyOf(bytes, bytes.length - 40));
        RuleBase rules = RuleCompiler.compile(sources, List.of(), dir);
        assertThat(rules.fromCache()).isFalse();
        assertDecidesLikeTheCompiler(rules);
    }

    @Test
    void entryWithAValidChecksumButForeignContentMeansCompiling() throws Exception {
        for (Object foreign : List.of("just a string", new javax.management.ObjectName("a:b=c"))) {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            try (ObjectOutputStream o = new ObjectOutputStream(payload)) {
                o.writeObject(foreign);
            }
            Files.createDirectories(dir);
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(cacheFile()))) {
                out.writeUTF(RuleBaseCache.MAGIC);
                out.writeInt(payload.size());
                out.write(payload.toByteArray());
                out.writeInt(RuleBaseCache.checksum(payload.toByteArray()));
            }
            RuleBase rules = RuleCompiler.compile(sources, List.of(), dir);
            assertThat(rules.fromCache()).as("%s", foreign).isFalse();
            assertDecidesLikeTheCompiler(rules);
        }
    }

    @Test
    void changedRuleFileIsCompiled_notServedFromTheOldEntry() throws Exception {
        RuleCompiler.compile(sources, List.of(), dir);
        Map<String, String> edited = new TreeMap<>(sources);
        String file = "rules/missing_module.drl";
        assertThat(edited.get(file)).contains("salience( 60 + learned");
        edited.put(file, edited.get(file).replace("salience( 60 + learned", "salience( 61 + learned"));
        RuleBase rules = RuleCompiler.compile(edited, List.of(), dir);
        assertThat(rules.fromCache()).isFalse();
        ToolchainError e = ToolchainError.of("t", "ModuleNotFoundError: No module named 'yaml'");
        e.setLanguage("python");
        e.setType("ModuleNotFoundError");
        e.setModule("yaml");
        assertThat(rules.decide(e, DecisionContext.EMPTY).proposals().get(0).getSalience()).isEqualTo(61);
        assertThat(RuleCompiler.compile(edited, List.of(), dir).decide(e, DecisionContext.EMPTY).proposals().get(0)
                .getSalience()).isEqualTo(61);
    }

    @Test
    void writingAnEntryKeepsOnlyTheMostRecentOnes() throws Exception {
        Files.createDirectories(dir);
        long now = System.currentTimeMillis();
        for (int i = 0; i < RuleBaseCache.KEEP + 4; i++) { // older entries of other rule sets, oldest last
            Path old = Files.writeString(dir.resolve("rules-old" + i + ".bin"), "stale");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(now - 60_000L * (i + 1)));
        }
        Path other = Files.writeString(dir.resolve("notes.txt"), "not an entry");

        RuleCompiler.compile(sources, List.of(), dir);

        try (var files = Files.list(dir)) {
            List<String> entries = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bin")).toList();
            assertThat(entries).hasSize(RuleBaseCache.KEEP).contains(cacheFile().getFileName().toString())
                    .contains("rules-old0.bin", "rules-old14.bin").doesNotContain("rules-old15.bin", "rules-old19.bin");
        }
        assertThat(other).exists();
        assertThat(RuleCompiler.compile(sources, List.of(), dir).fromCache()).isTrue();
    }

    @Test
    void unwritableCacheFolderStillCompiles() throws Exception {
        Path notADir = Files.writeString(dir.resolve("cache"), "a file where the folder should be");
        RuleBase rules = RuleCompiler.compile(sources, List.of(), notADir);
        assertThat(rules.fromCache()).isFalse();
        assertDecidesLikeTheCompiler(rules);
    }

    @Test
    void rulesThatDoNotCompileAreReportedAndNotCached() {
        Map<String, String> broken = new TreeMap<>(Map.of("rules/permission.drl", sources.get("rules/permission.drl")));
        broken.put("rules/zz_broken.drl", "package org.autoheal.rules;\nrule \"x\" when Nope( ) then end\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleCompiler.compile(broken, List.of(), dir))
                .isInstanceOf(RuleCompileException.class).hasMessageContaining("zz_broken.drl");
        assertThat(new RuleBaseCache(dir).file(broken)).doesNotExist();
    }

    /** A valid entry made from other rules, put under this rule set's name, as someone else could. */
    private Path forgedEntry() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Map<String, String> forged = new TreeMap<>(Map.of("rules/forged.drl", "package org.autoheal.rules;\n"
                + "import org.autoheal.facts.*;\nrule \"Forged\" when $e : ToolchainError( ) then end\n"));
        RuleCompiler.compile(forged, List.of(), elsewhere);
        Files.createDirectories(dir);
        return Files.copy(new RuleBaseCache(elsewhere).file(forged), cacheFile());
    }

    @Test
    void anEntryOfOtherRuleFilesUnderThisName_isNotLoaded() throws Exception {
        forgedEntry(); // the name is a checksum: what the entry was compiled from is compared, exactly

        RuleBase rules = RuleCompiler.compile(sources, List.of(), dir);

        assertThat(rules.fromCache()).isFalse();
        assertThat(rules.catalog().all()).noneMatch(r -> r.name().equals("Forged"));
        assertDecidesLikeTheCompiler(rules);
        assertThat(RuleCompiler.compile(sources, List.of(), dir).fromCache()).isTrue(); // rewritten with the right rules
    }

    @Test
    void anEntryOthersCouldHaveWritten_isNeverLoaded_theRulesAreCompiled() throws Exception {
        Path entry = forgedEntry();
        Files.setPosixFilePermissions(entry, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));

        RuleBase rules = RuleCompiler.compile(sources, List.of(), dir);

        assertThat(rules.fromCache()).isFalse();
        assertThat(rules.catalog().all()).noneMatch(r -> r.name().equals("Forged"));
        assertDecidesLikeTheCompiler(rules);
    }

    @Test
    void anEntryInAFolderOthersMayWrite_isNeverLoaded() throws Exception {
        forgedEntry();
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));

        RuleBase rules = RuleCompiler.compile(sources, List.of(), dir);

        assertThat(rules.fromCache()).isFalse();
        assertThat(rules.catalog().all()).noneMatch(r -> r.name().equals("Forged"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .as("the cache folder is made AutoHeal's alone again").isEqualTo("rwx------");
        assertThat(RuleCompiler.compile(sources, List.of(), dir).fromCache()).as("and its own entry is used").isTrue();
    }

    @Test
    void theKnowledgeTablesReadBackAsPlainDataAnswerAsWritten() throws Exception {
        org.autoheal.facts.Knowledge k = RuleTables.bundled().known();
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(bytes)) {
            k.write(out);
        }
        var back = org.autoheal.facts.Knowledge.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        for (String code : List.of("1000", "1006", "1011", "1013", "4000", "4321", "4999", "5000", "x", "")) {
            assertThat(back.closeMeaning(code)).as(code).isEqualTo(k.closeMeaning(code));
            assertThat(back.closeFailure(code)).as(code).isEqualTo(k.closeFailure(code));
        }
        assertThat(k.closeMeaning("1011")).isNotNull();
        for (String code : List.of("ECONNREFUSED", "ENOENT", "EACCES", "ERR_REQUIRE_ESM", "NOPE")) {
            assertThat(back.causeOfCode(code)).as(code).isEqualTo(k.causeOfCode(code));
        }
        assertThat(back.causeOfCode("ECONNREFUSED")).isEqualTo("connection");
        for (String type : List.of("ConnectionRefusedError", "java.net.ConnectException", "ModuleNotFoundError", "Nope")) {
            assertThat(back.causeOfType(List.of(type))).as(type).isEqualTo(k.causeOfType(List.of(type)));
        }
        assertThat(back.causeOfType(List.of("java.net.ConnectException"))).isEqualTo("connection");
    }
}
