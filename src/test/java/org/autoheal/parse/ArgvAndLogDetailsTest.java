package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;

/**
 * Details that the output leaves unsaid or says in an unusual place (third fresh set, h_*): a {@code HOST:PORT}
 * argument, the one file operand of an interpreter's argv, a Node errno message inside a log line, TAP test titles.
 */
class ArgvAndLogDetailsTest {

    private static ToolchainError parse(String text, String... argv) {
        return ErrorParsers.parse(new ErrorInput("t", List.of(argv), 1, text));
    }

    private static List<ToolchainError> signals(ToolchainError lead) {
        List<ToolchainError> all = new ArrayList<>(lead.getEvidence());
        if (!all.contains(lead)) all.add(lead);
        return all;
    }

    @Test
    void aHostPortOperandIsLeftToTheContextRulesAndAMailAddressIsNoServer() {
        // the argv's HOST:PORT becomes an ArgvAddress context fact (rules/context.drl); ops@example.com is not the server
        ToolchainError e = parse("ConnectionRefusedError: [Errno 111] Connection refused\n",
                "python3", "notify.py", "--smtp", "127.0.0.1:2525", "ops@example.com");
        assertThat(e.getHost()).isNull();
        assertThat(e.getCommand()).contains("127.0.0.1:2525");
        ToolchainError ssh = parse("ssh: connect to host example.org port 22: Connection refused\n", "ssh", "deploy@example.org");
        assertThat(ssh.getHost()).isEqualTo("example.org");
        ToolchainError scp = parse("Connection closed\n", "scp", "backup.tgz", "deploy@files.example.org:/srv/");
        assertThat(scp.getHost()).as("user@host:path is not a HOST:PORT").isEqualTo("files.example.org");
    }

    @Test
    void theOneFileOperandOfAnInterpreter() {
        ToolchainError e = parse("PermissionError: [Errno 13] Permission denied\n", "python3", "agent.py", "--socket", "run/agent.sock");
        assertThat(e.detail("argv_operand")).isEqualTo("run/agent.sock");
        ToolchainError m = parse("PermissionError: [Errno 13] Permission denied\n", "python3", "-m", "coordinator", "var/coord.sock");
        assertThat(m.detail("argv_operand")).isEqualTo("var/coord.sock");
        ToolchainError env = parse("PermissionError: [Errno 13] Permission denied\n", "SOCK=1", "python3", "a.py", "--listen=run/x.sock");
        assertThat(env.detail("argv_operand")).isEqualTo("run/x.sock");
    }

    @Test
    void twoFileOperandsOrNoInterpreterStateNone() {
        assertThat(parse("PermissionError: [Errno 13] Permission denied\n", "python3", "cp.py", "a/in.txt", "b/out.txt")
                .detail("argv_operand")).isNull();
        assertThat(parse("PermissionError: [Errno 13] Permission denied\n", "python3", "agent.py").detail("argv_operand")).isNull();
        assertThat(parse("cp: cannot create regular file 'b/out.txt': Permission denied\n", "cp", "a/in.txt", "b/out.txt")
                .detail("argv_operand")).isNull();
    }

    @Test
    void nodeErrnoMessageInsideJsonAndTextLogLines() {
        ToolchainError json = parse("{\"level\":50,\"msg\":\"cannot read template\",\"err\":{\"code\":\"ENOENT\","
                + "\"message\":\"ENOENT: no such file or directory, open 'views/invoice.html'\"}}\n", "node", "render.js");
        assertThat(json.getOrigin()).isEqualTo("json_log");
        assertThat(json.getCode()).isEqualTo("ENOENT");
        assertThat(json.getPath()).isEqualTo("views/invoice.html");
        ToolchainError text = parse("2026-12-07T04:11:21.669Z [error] ingest: ENOENT: no such file or directory, scandir 'inbox/incoming'\n",
                "node", "ingest.js");
        assertThat(text.getCode()).isEqualTo("ENOENT");
        assertThat(text.getPath()).isEqualTo("inbox/incoming");
    }

    @Test
    void tapTitlesAreNotSignalsButATestsErrorLineIs() {
        String titles = "TAP version 13\n# Subtest: formats ENOENT\nnot ok 1 - formats ENOENT\n  ---\n  error: |-\n"
                + "    Expected values to be strictly equal:\n  code: 'ERR_ASSERTION'\n  ...\nok 2 - maps ECONNREFUSED\n1..2\n";
        assertThat(signals(parse(titles, "node", "--test"))).noneMatch(s -> "ENOENT".equals(s.getCode()) || "ECONNREFUSED".equals(s.getCode()));
        String fixture = "TAP version 13\n# Subtest: loads users\nnot ok 1 - loads users\n  ---\n"
                + "  error: \"ENOENT: no such file or directory, open '/w/tests/fixtures/users.json'\"\n  code: 'ENOENT'\n  ...\n1..1\n";
        ToolchainError e = parse(fixture, "node", "--test", "tests/");
        assertThat(signals(e)).anySatisfy(s -> {
            assertThat(s.getOrigin()).isEqualTo("test_runner");
            assertThat(s.getPath()).isEqualTo("/w/tests/fixtures/users.json");
        });
    }

    @Test
    void aLogfmtLinesErrorFieldIsReadUnquotedAndUnescaped() {
        ToolchainError node = parse("ts=2026-12-07T10:00:01.000Z level=error msg=\"render failed\" "
                + "err=\"ENOENT: no such file or directory, open 'templates/mail.hbs'\"\n", "node", "mail.js");
        assertThat(node.getOrigin()).isEqualTo("json_log");
        assertThat(node.getLevel()).isEqualTo("error");
        assertThat(node.getCode()).isEqualTo("ENOENT");
        assertThat(node.getPath()).isEqualTo("templates/mail.hbs");
        // a whole traceback in the field, its newlines and quotes escaped (a Python logfmt formatter)
        ToolchainError tb = parse("time=2026-12-07T10:00:01Z level=error logger=app msg=\"startup failed\" err=\"Traceback (most recent call last):"
                + "\\n  File \\\"/srv/app.py\\\", line 3, in <module>\\nModuleNotFoundError: No module named 'lxml'\\n\"\n", "python3", "app.py");
        assertThat(tb.getModule()).isEqualTo("lxml");
        assertThat(tb.getLevel()).isEqualTo("error");
        // logrus: its time quoted, the message alone
        ToolchainError go = parse("time=\"2026-12-07T10:00:01Z\" level=fatal msg=\"dial tcp 127.0.0.1:5432: connect: connection refused\"\n", "./svc");
        assertThat(go.getLevel()).isEqualTo("critical");
        assertThat(go.getMessage()).contains("connection refused");
        // prose with a key=value in it and a line without a level stay what they were
        assertThat(parse("retry=3 failed for db: level=unknown\n", "x").getOrigin()).isNotEqualTo("json_log");
        assertThat(parse("msg=\"x\" err=\"connect ECONNREFUSED 127.0.0.1:1\"\n", "x").getOrigin()).isNotEqualTo("json_log");
    }

    @Test
    void aWorkflowCommandsFileAndLineGoToTheErrorItsMessageStates() {
        ToolchainError py = parse("::error file=src/app/views.py,line=3,col=9,title=IndentationError::IndentationError: "
                + "unindent does not match any outer indentation level\n1 file(s) failed to compile\n", "python3", "ci.py");
        assertThat(signals(py)).anySatisfy(s -> {
            assertThat(s.is("IndentationError")).isTrue();
            assertThat(s.getFile()).isEqualTo("src/app/views.py");
            assertThat(s.getLine()).isEqualTo(3);
            assertThat(s.getLevel()).isEqualTo("error");
        });
        ToolchainError warn = parse("::warning file=app/db.py,line=12::DeprecationWarning: datetime.utcnow() is deprecated\n", "x");
        assertThat(warn.getLevel()).isEqualTo("warning");
        // a message the runner escaped over lines (%0A) is read by its error line, the place from the command; "::group::" is no signal
        ToolchainError own = parse("::error file=a.py,line=1::  File \"b.py\", line 7%0ASyntaxError: invalid syntax\n", "x");
        assertThat(own.getFile()).isEqualTo("a.py");
        assertThat(LineSignals.of("::group::Run tests", null)).isNull();
    }

    @Test
    void goPathErrorAtTheEndOfALoggedMessageGivesThePath() {
        ToolchainError e = parse("time=\"2026-12-07T10:00:01Z\" level=error msg=\"load plugins: stat plugins/auth.so: no such file or directory\"\n", "./svc");
        assertThat(e.getErrno()).isEqualTo(2);
        assertThat(e.getPath()).isEqualTo("plugins/auth.so");
        assertThat(parse("2026-12-07 10:00:01 ERROR loader: cache: no such file or directory\n", "x").getPath()).isNull();
    }

    @Test
    void anErrorObjectAPrettifierPrintsUnderItsLogLineIsReadAsTheNodeErrorItHolds() {
        String pretty = "[10:00:01.123] ERROR (svc/42): render failed\n    err: {\n      \"type\": \"Error\",\n"
                + "      \"message\": \"ENOENT: no such file or directory, open 'views/invoice.hbs'\",\n      \"stack\":\n"
                + "          Error: ENOENT: no such file or directory, open 'views/invoice.hbs'\n"
                + "              at Object.readFileSync (node:fs:448:20)\n              at Object.<anonymous> (/srv/render.js:10:21)\n"
                + "      \"code\": \"ENOENT\"\n    }\n";
        ToolchainError e = parse(pretty, "node", "render.js");
        assertThat(e.getLanguage()).isEqualTo("node");
        assertThat(e.getCode()).isEqualTo("ENOENT");
        assertThat(e.getPath()).isEqualTo("views/invoice.hbs");
    }
}
