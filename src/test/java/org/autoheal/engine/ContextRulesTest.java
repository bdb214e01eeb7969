package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autoheal.facts.ArgvAddress;
import org.autoheal.facts.BrokenJsonFile;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.MissingDetail;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ServiceInfo;
import org.autoheal.facts.ToolchainError;
import org.autoheal.facts.ToolchainInfo;
import org.autoheal.facts.UnrunnableProgram;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** rules/context.drl: details a diagnosis lacks, inferred from context facts; ambiguity named, no guess. */
class ContextRulesTest {
    static RuleBase rules;
    static final String JSON_TRACEBACK = """
            Traceback (most recent call last):
              File "tools/load.py", line 4, in <module>
                settings = json.load(f)
            json.decoder.JSONDecodeError: Expecting ',' delimiter: line 3 column 5 (char 20)
            """;
    static final String PERMISSION = "PermissionError: [Errno 13] Permission denied";
    static final String REFUSED = "ConnectionRefusedError: [Errno 111] Connection refused";
    static final ToolchainInfo TOOL = new ToolchainInfo("t", null, List.of());

    @BeforeAll
    static void compile() throws RuleCompileException {
        rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
    }

    private static Decision decide(String text, List<ServiceInfo> services, Object... facts) {
        ToolchainError e = ErrorParsers.parse(ErrorInput.of("t", text));
        return rules.decide(e, new DecisionContext(TOOL, services, List.of(), null, List.of(facts)));
    }

    private static BrokenJsonFile broken(String path, int line, int column, int position) {
        return new BrokenJsonFile(path, path, line, column, position, "Unexpected character");
    }

    @Test
    void whenTracebackNamesNoFile_thenTheFileFailingAtTheDecodersPositionIsRepaired() {
        Decision d = decide(JSON_TRACEBACK, List.of(), broken("config/app.json", 3, 5, 20), broken("config/other.json", 1, 2, 1));

        assertThat(d.primary().getCause()).isEqualTo("json_format");
        assertThat(d.primary().get("json_file")).isEqualTo("config/app.json");
        assertThat(d.primary().getInferred().get("json_file")).isEqualTo("health: config/app.json fails to parse at line 3, column 5, char 20");
        assertThat(d.proposals()).extracting(Proposal::getStrategy).containsExactly("repair_json");
        assertThat(d.proposals().get(0).getParams()).containsEntry("path", "config/app.json");
        assertThat(d.primary().getMissing()).isEmpty();
    }

    @Test
    void whenAnHttpClientFailedToDecodeABody_thenNoBrokenFileOfTheToolchainIsRepairedForIt() {
        Decision d = decide("""
                Traceback (most recent call last):
                  File "/app/status.py", line 4, in <module>
                    print(resp.json()["status"])
                          ^^^^^^^^^^^
                  File "/usr/lib/python3/dist-packages/httpx/_models.py", line 755, in json
                    return jsonlib.loads(self.content.decode(encoding), **kwargs)
                json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
                """, List.of(), broken("config/app.json", 1, 1, 0));

        assertThat(d.primary().getCause()).isEqualTo("json_format");
        assertThat(d.primary().get("json_source")).isEqualTo("http_response");
        assertThat(d.primary().get("json_file")).isNull();
        assertThat(d.proposals()).isEmpty();
    }

    @Test
    void whenNodeJsonParseGivesAPosition_thenTheFileFailingAtThatCharacterIsRepaired() {
        Decision d = decide("""
                <anonymous_script>:1
                {"a": 1,}
                        ^

                SyntaxError: Expected double-quoted property name in JSON at position 8
                    at JSON.parse (<anonymous>)
                    at Object.<anonymous> (/app/load.js:3:18)
                    at Module._compile (node:internal/modules/cjs/loader:1364:14)

                Node.js v20.20.2
                """, List.of(), broken("config/app.json", 1, 9, 8), broken("config/b.json", 1, 2, 1));

        assertThat(d.primary().getCause()).isEqualTo("json_format");
        assertThat(d.proposals()).extracting(p -> p.get("path")).containsExactly("config/app.json");
    }

    @Test
    void whenOnlyTheCharPositionFits_thenThatFileIsChosenOverOneFailingOnTheSameLine() {
        Decision d = decide(JSON_TRACEBACK, List.of(), broken("a.json", 3, 9, 20), broken("b.json", 3, 7, 31));

        assertThat(d.primary().get("json_file")).isEqualTo("a.json");
    }

    @Test
    void whenTwoFilesFailAtThatPosition_thenNoGuess_theAmbiguityIsNamedAndRepairJsonWaits() {
        Decision d = decide(JSON_TRACEBACK, List.of(), broken("b.json", 3, 5, 20), broken("a.json", 3, 5, 20));

        Diagnosis x = d.primary();
        assertThat(x.getCause()).isEqualTo("json_format");
        assertThat(x.has("json_file")).isFalse();
        assertThat(x.getDetails()).containsEntry("ambiguous", "json_file").containsEntry("candidates", "a.json,b.json");
        assertThat(d.proposals()).isEmpty();
        assertThat(x.getMissing()).containsExactly(new MissingDetail("repair_json", "json_file", List.of("a.json", "b.json")));
        assertThat(x.getMissing().get(0).describe()).startsWith("repair_json: needs json_file; 2 candidates");
    }

    @Test
    void whenNoFileFailsAtThatPosition_thenNothingIsGuessed_andTheMissingFileIsSaid() {
        Decision d = decide(JSON_TRACEBACK, List.of(), broken("config/app.json", 7, 1, 80));

        assertThat(d.primary().getCause()).isEqualTo("json_format");
        assertThat(d.proposals()).isEmpty();
        assertThat(d.primary().getMissing()).extracting(MissingDetail::describe)
                .containsExactly("repair_json: needs json_file; neither the error nor the toolchain's context names it");
    }

    @Test
    void whenTheOutputOnlyMentionsAJsonFile_thenTheFileFailingAtTheDecodersPositionOutranksIt() {
        Decision d = decide("seeding app.db with settings.json\n" + JSON_TRACEBACK, List.of(), broken("config/app.json", 3, 5, 20));

        assertThat(d.primary().getCause()).isEqualTo("json_format");
        assertThat(d.primary().get("json_file")).isEqualTo("config/app.json");
        assertThat(d.proposals()).extracting(p -> p.get("path")).containsExactly("config/app.json");
    }

    @Test
    void whenTheOutputOnlyMentionsAJsonFileAndNothingOutranksIt_thenTheMentionFillsTheFile_asAnInference() {
        Decision d = decide("seeding app.db with settings.json\n" + JSON_TRACEBACK, List.of());

        assertThat(d.primary().get("json_file")).isEqualTo("settings.json");
        assertThat(d.primary().getInferred().get("json_file")).isEqualTo("output: mentions settings.json");
    }

    @Test
    void whenAMentionAndABrokenFileFitEquallyWell_thenNoGuess_theAmbiguityIsNamed() {
        // Node's "Unexpected end of JSON input" states no position: any broken file of the toolchain is a rank-1
        // candidate, as good as the file the output only mentions
        Decision d = decide("loading settings.json\nSyntaxError: Unexpected end of JSON input\n", List.of(), broken("config/app.json", 1, 1, 0));

        Diagnosis x = d.primary();
        assertThat(x.getCause()).isEqualTo("json_format");
        assertThat(x.has("json_file")).isFalse();
        assertThat(x.getDetails()).containsEntry("ambiguous", "json_file").containsEntry("candidates", "config/app.json,settings.json");
        assertThat(d.proposals()).isEmpty();
    }

    @Test
    void whenTheErrorNamesTheFile_thenContextIsNotConsulted() {
        Decision d = decide("""
                Traceback (most recent call last):
                  File "tools/load.py", line 4, in <module>
                    settings = json.load(open("data/x.json"))
                json.decoder.JSONDecodeError: Expecting value: line 3 column 5 (char 20)
                """, List.of(), broken("config/app.json", 3, 5, 20));

        assertThat(d.proposals()).extracting(p -> p.get("path")).containsExactly("data/x.json");
        assertThat(d.primary().getInferred()).isEmpty();
    }

    @Test
    void whenPermissionErrorHasNoPath_thenTheArgvProgramThatIsNotExecutableGetsTheExecuteBit() {
        Decision d = decide(PERMISSION, List.of(), new UnrunnableProgram("tools/run.sh", "not_executable", "tools/run.sh"));

        assertThat(d.primary().getCause()).isEqualTo("permission");
        assertThat(d.primary().getDetails()).containsEntry("path", "tools/run.sh").containsEntry("operation", "exec");
        assertThat(d.proposals()).extracting(Proposal::getStrategy).containsExactly("fix_permissions");
    }

    @Test
    void whenPermissionErrorHasNoPathAndNoContext_thenDiagnosedAndFixPermissionsWaitsForThePath() {
        Decision d = decide(PERMISSION, List.of());

        assertThat(d.primary().getCause()).isEqualTo("permission");
        assertThat(d.proposals()).isEmpty();
        assertThat(d.primary().getMissing()).extracting(MissingDetail::detail).containsExactly("path");
    }

    @Test
    void whenConnectionErrorHasNoAddress_thenTheArgvAddressOfAServiceIsUsed() {
        var db = new ServiceInfo("db", "tcp", "127.0.0.1", 5432, null);
        Decision d = decide(REFUSED, List.of(db), new ArgvAddress(null, "localhost", 5432));

        assertThat(d.primary().getDetails()).containsEntry("host", "localhost").containsEntry("port", "5432");
        assertThat(d.proposals()).extracting(Proposal::getStrategy).containsExactly("restart_service");
        assertThat(d.proposals().get(0).getParams()).containsEntry("service", "db");
    }

    @Test
    void whenTheArgvHasAServiceAddressAndAnotherAddress_thenTheServiceOneWins() {
        var db = new ServiceInfo("db", "tcp", "127.0.0.1", 5432, null);
        Decision d = decide(REFUSED, List.of(db), new ArgvAddress(null, "localhost", 5432),
                new ArgvAddress("http://example.org:8080/x", "example.org", 8080));

        assertThat(d.primary().get("port")).isEqualTo("5432");
    }

    @Test
    void whenTwoArgvAddressesFitEqually_thenTheAddressIsAmbiguousAndNoServiceIsRestarted() {
        var a = new ServiceInfo("a", "tcp", "127.0.0.1", 5432, null);
        var b = new ServiceInfo("b", "tcp", "127.0.0.1", 6379, null);
        Decision d = decide(REFUSED, List.of(a, b), new ArgvAddress(null, "127.0.0.1", 5432), new ArgvAddress(null, "127.0.0.1", 6379));

        assertThat(d.primary().getDetails()).containsEntry("ambiguous", "address")
                .containsEntry("candidates", "127.0.0.1:5432,127.0.0.1:6379").doesNotContainKey("host");
        assertThat(d.proposals()).isEmpty();
        assertThat(d.primary().getMissing()).extracting(MissingDetail::describe)
                .containsExactly("restart_service: needs address; 2 candidates fit equally, AutoHeal does not guess: 127.0.0.1:5432, 127.0.0.1:6379");
    }
}
