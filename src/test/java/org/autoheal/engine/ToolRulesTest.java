package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/tools.drl and the tool-message parsing: shells and command-line tools, by the kind of failure. */
@Tag(Tags.PROCESS)
class ToolRulesTest {
    static RuleBase rules;

    @BeforeAll
    static void compile() throws RuleCompileException {
        rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
    }

    private static Decision decide(String command, int exit, String... lines) {
        List<String> argv = Arrays.asList(command.split(" "));
        String text = lines.length == 0 ? "" : String.join("\n", lines) + "\n";
        return rules.decide(ErrorParsers.parse(new ErrorInput(argv.get(0), argv, exit, text)), DecisionContext.EMPTY);
    }

    private static Diagnosis primary(Decision d) {
        assertThat(d.primary()).as("a diagnosis").isNotNull();
        return d.primary();
    }

    /** Runs {@code sh -c script} in {@code dir} with English messages and returns its combined output and exit code. */
    private static Decision run(Path dir, String script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return rules.decide(ErrorParsers.parse(new ErrorInput("sh", List.of("sh", "-c", script), p.exitValue(), out)), DecisionContext.EMPTY);
    }

    @Test
    void whenAShellCannotFindAProgram_thenTheProgramIsTheMissingPath_andNoFileIsCreatedForIt(@TempDir Path dir) throws Exception {
        Decision d = run(dir, "no_such_program_autoheal --version");
        assertThat(primary(d).getCause()).isEqualTo("file_not_found");
        assertThat(primary(d).get("path")).isEqualTo("no_such_program_autoheal");
        assertThat(d.proposals()).extracting(Proposal::getStrategy).doesNotContain("create_missing");
    }

    @Test
    void whenAShellCannotEnterAFolder_thenTheFolderIsMissing(@TempDir Path dir) throws Exception {
        Decision d = run(dir, "cd releases/current && ls");
        assertThat(primary(d).getCause()).isEqualTo("file_not_found");
        assertThat(primary(d).get("path")).isEqualTo("releases/current");
    }

    @Test
    void whenARedirectTargetsAMissingFolder_thenTheFolderIsTheMissingDir(@TempDir Path dir) throws Exception {
        Decision d = run(dir, "echo x > logs/app.log");
        assertThat(primary(d).getCause()).isEqualTo("file_not_found");
        assertThat(primary(d).get("missing_dir")).isEqualTo("logs");
        assertThat(d.proposals()).extracting(Proposal::getStrategy).contains("create_missing");
    }

    @Test
    void whenAScriptDoesNotParse_thenItIsASyntaxErrorWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("loop.sh"), "for x in 1 2; do\n  echo $x\n");
        Decision d = run(dir, "sh loop.sh");
        assertThat(primary(d).getCause()).isEqualTo("syntax");
        assertThat(primary(d).get("file")).isEqualTo("loop.sh");
        Decision quote = decide("bash scripts/greet.sh", 2, "scripts/greet.sh: line 3: unexpected EOF while looking for matching `\"'");
        assertThat(primary(quote).getCause()).isEqualTo("syntax");
        assertThat(primary(quote).get("line")).isEqualTo("3");
        assertThat(primary(decide("bash -c x", 2, "bash: -c: line 2: syntax error: unexpected end of file")).getCause()).isEqualTo("syntax");
    }

    @Test
    void whenAToolNamesTheFileInItsOwnWords_thenThatFileIsThePath() {
        assertThat(primary(decide("jq . d/s.json", 2, "jq: error: Could not open file d/s.json: No such file or directory")).get("path")).isEqualTo("d/s.json");
        assertThat(primary(decide("git apply p/1.patch", 128, "error: can't open patch 'p/1.patch': No such file or directory")).get("path")).isEqualTo("p/1.patch");
        assertThat(primary(decide("sed -i s/a/b/ notes", 2, "sed: can't read notes: No such file or directory")).get("path")).isEqualTo("notes");
        assertThat(primary(decide("awk 1 notes", 2, "awk: cannot open notes (No such file or directory)")).get("path")).isEqualTo("notes");
        assertThat(primary(decide("tar xzf b/x.tar.gz", 2, "tar (child): b/x.tar.gz: Cannot open: No such file or directory",
                "tar (child): Error is not recoverable: exiting now", "tar: Child returned status 2")).get("path")).isEqualTo("b/x.tar.gz");
        assertThat(primary(decide("make -C svc", 2, "make: *** svc: No such file or directory.  Stop.")).get("path")).isEqualTo("svc");
        assertThat(primary(decide("perl t.pl", 13, "can't write out/export.csv: Permission denied")).get("path")).isEqualTo("out/export.csv");
        Diagnosis mkdir = primary(decide("mkdir var/run/app", 1, "mkdir: cannot create directory \u2018var/run/app\u2019: No such file or directory"));
        assertThat(mkdir.get("missing_dir")).isEqualTo("var/run");
    }

    @Test
    void whenMakeMissesAPrerequisite_thenItIsAMissingFile_butATargetTypoIsNot() {
        Diagnosis prereq = primary(decide("make", 2, "make: *** No rule to make target 'src/main.c', needed by 'app'.  Stop."));
        assertThat(prereq.getCause()).isEqualTo("file_not_found");
        assertThat(prereq.get("path")).isEqualTo("src/main.c");
        assertThat(decide("make deploy", 2, "make: *** No rule to make target 'deploy'.  Stop.").diagnoses()).isEmpty();
        Diagnosis sep = primary(decide("make build", 2, "Makefile:4: *** missing separator.  Stop."));
        assertThat(sep.getCause()).isEqualTo("syntax");
        assertThat(sep.get("file")).isEqualTo("Makefile");
        assertThat(sep.get("line")).isEqualTo("4");
    }

    @Test
    void whenANameDoesNotResolve_thenItIsAConnectionFailureWithTheHost() {
        for (Decision d : List.of(
                decide("curl -sS https://a.invalid/x", 6, "curl: (6) Could not resolve host: a.invalid"),
                decide("wget http://a.invalid/x", 4, "wget: unable to resolve host address \u2018a.invalid\u2019"),
                decide("ssh u@a.invalid", 255, "ssh: Could not resolve hostname a.invalid: Name or service not known"),
                decide("psql -h a.invalid", 2, "psql: error: could not translate host name \"a.invalid\" to address: Name or service not known"),
                decide("git clone http://a.invalid/x.git", 128, "fatal: unable to access 'http://a.invalid/x.git/': Could not resolve host: a.invalid"))) {
            assertThat(primary(d).getCause()).isEqualTo("connection");
            assertThat(primary(d).get("host")).isEqualTo("a.invalid");
        }
    }

    @Test
    void whenAServerCannotBeReached_thenTheAddressComesFromTheWordsOrTheArgv() {
        Diagnosis ssh = primary(decide("ssh -p 45787 deploy@127.0.0.1 uptime", 255, "ssh: connect to host 127.0.0.1 port 45787: Connection refused"));
        assertThat(ssh.get("host")).isEqualTo("127.0.0.1");
        assertThat(ssh.get("port")).isEqualTo("45787");
        Diagnosis psql = primary(decide("psql -h localhost -p 43173 -c x", 2,
                "psql: error: connection to server at \"localhost\" (127.0.0.1), port 43173 failed: server closed the connection unexpectedly"));
        assertThat(psql.getCause()).isEqualTo("connection");
        assertThat(psql.get("host")).isEqualTo("localhost");
        assertThat(psql.get("port")).isEqualTo("43173");
        Diagnosis quiet = primary(decide("ssh -q -p 36029 backup@127.0.0.1 true", 255));
        assertThat(quiet.getCause()).isEqualTo("connection");
        assertThat(quiet.get("port")).isEqualTo("36029");
        Diagnosis wget = primary(decide("wget -q http://127.0.0.1:35855/app.tgz", 4));
        assertThat(wget.get("url")).isEqualTo("http://127.0.0.1:35855/app.tgz");
        assertThat(decide("wget -q http://127.0.0.1:35855/app.tgz", 8).diagnoses()).as("wget 8 is the server's answer").isEmpty();
    }

    @Test
    void whenAServersSocketIsMissing_thenItIsAConnectionFailure_notAFileToCreate() {
        Decision d = decide("psql -d shop -c x", 2,
                "psql: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: No such file or directory",
                "\tIs the server running locally and accepting connections on that socket?");
        assertThat(d.diagnoses()).extracting(Diagnosis::getCause).containsExactly("connection");
        assertThat(d.proposals()).extracting(Proposal::getStrategy).doesNotContain("create_missing");
    }

    @Test
    void whenATool_knowsItsFile_thenItsReadingReplacesTheGenericOne() {
        Decision ro = decide("sqlite3 app.db insert", 8, "Error: stepping, attempt to write a readonly database (8)");
        assertThat(ro.diagnoses()).hasSize(1);
        assertThat(primary(ro).get("path")).isEqualTo("app.db");
        Diagnosis tar = primary(decide("tar xf assets.tar -C static", 2, "tar: logo.svg: Cannot open: Permission denied"));
        assertThat(tar.getCause()).isEqualTo("permission");
        assertThat(tar.get("path")).isEqualTo("static");
        Diagnosis curl = primary(decide("curl -sS -F file=@build/r.pdf http://127.0.0.1:1/up", 26,
                "curl: (26) Failed to open/read local data from file/application"));
        assertThat(curl.getCause()).isEqualTo("file_not_found");
        assertThat(curl.get("path")).isEqualTo("build/r.pdf");
        Diagnosis perl = primary(decide("perl tools/load.pl", 2, "Can't locate YAML/XS.pm in @INC (you may need to install the YAML::XS module) "
                + "(@INC contains: /etc/perl) at tools/load.pl line 2.", "BEGIN failed--compilation aborted at tools/load.pl line 2."));
        assertThat(perl.getCause()).isEqualTo("missing_module");
        assertThat(perl.get("module")).isEqualTo("YAML::XS");
        assertThat(perl.get("ecosystem")).isEqualTo("perl");
        Diagnosis jq = primary(decide("jq .version package.json", 4, "parse error: Expected separator between values at line 3, column 11"));
        assertThat(jq.getCause()).isEqualTo("json_format");
        assertThat(jq.get("json_file")).isEqualTo("package.json");
        assertThat(jq.get("line")).isEqualTo("3");
    }

    @Test
    void whenPerlOrGitNameAMissingFileOrBadJson_thenTheirWordsAreRead() {
        Diagnosis req = primary(decide("perl run.pl", 2, "Can't locate lib/missing.pl in @INC (@INC contains: /etc/perl) at run.pl line 1."));
        assertThat(req.getCause()).isEqualTo("file_not_found");
        assertThat(req.get("path")).isEqualTo("lib/missing.pl");
        Diagnosis json = primary(decide("perl tools/read.pl config/app.json", 2,
                ", or } expected while parsing object/hash, at character offset 8 (before \"(end of string)\") at tools/read.pl line 4."));
        assertThat(json.getCause()).isEqualTo("json_format");
        assertThat(json.get("json_file")).isEqualTo("config/app.json");
        Diagnosis repo = primary(decide("git clone mirrors/app.git app", 128, "fatal: repository 'mirrors/app.git' does not exist"));
        assertThat(repo.get("path")).isEqualTo("mirrors/app.git");
        assertThat(primary(decide("bash -c x", 127, "bash: line 1: exec: deployctl: not found")).get("path")).isEqualTo("deployctl");
        assertThat(primary(decide("wget -q -O out/app.tgz http://h/app.tgz", 1, "out/app.tgz: No such file or directory")).get("path")).isEqualTo("out/app.tgz");
    }

    @Test
    void whenAToolReportsSomethingElse_thenNothingIsDiagnosed() {
        assertThat(decide("git checkout release/2.0", 1, "error: pathspec 'release/2.0' did not match any file(s) known to git").diagnoses()).isEmpty();
        assertThat(decide("jq -r .items[].name d.json", 5, "jq: error (at d.json:1): Cannot index number with \"name\"").diagnoses()).isEmpty();
        assertThat(decide("sqlite3 app.db x", 1, "Error: in prepare, no such table: orders").diagnoses()).isEmpty();
        assertThat(decide("grep -c FATAL logs/app.log", 1, "0").diagnoses()).isEmpty();
        assertThat(decide("git clone https://h/x.git", 128, "fatal: repository 'https://h/x.git/' not found").diagnoses()).isEmpty();
        assertThat(decide("bash -c x", 127, "bash: line 1: NOPE: unbound variable").diagnoses()).isEmpty();
        assertThat(decide("ssh -p 22 deploy@127.0.0.1 true", 255, "deploy@127.0.0.1: Permission denied (publickey,password).").diagnoses()).isEmpty();
        assertThat(decide("psql -h 127.0.0.1 -d shop", 2,
                "psql: error: connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"shop\" does not exist").diagnoses()).isEmpty();
        assertThat(decide("wget -nv http://127.0.0.1:1/a.tgz", 8, "http://127.0.0.1:1/a.tgz:", "2026-12-06 20:00:00 ERROR 404: Not Found.").diagnoses()).isEmpty();
    }
}
