package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.autoheal.facts.Proposal;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical one-line errors people paste, without any context: each gets the right cause and
 * the details its text states. The cause never waits for a detail; a strategy that needs one the
 * line does not state (a file, a path, a URL) is not proposed.
 */
class OneLinerDiagnosisTest {
    static RuleBase rules;

    @BeforeAll
    static void compile() throws RuleCompileException {
        rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
    }

    static Stream<Arguments> oneLiners() {
        return Stream.of(
            Arguments.of("ConnectionError: Cannot connect to localhost:8765", "connection",
                    Map.of("host", "localhost", "port", "8765"), List.of()),
            Arguments.of("PermissionError: [Errno 13] Permission denied", "permission", Map.of(), List.of()),
            Arguments.of("json.decoder.JSONDecodeError: Expecting ',' delimiter: line 3 column 5 (char 20)", "json_format",
                    Map.of("line", "3", "column", "5"), List.of()),
            Arguments.of("ImportError: cannot import name 'Mapping' from 'collections' (/usr/lib/python3.11/collections/__init__.py)",
                    "import_error", Map.of("name", "Mapping", "from_module", "collections", "moved_to", "collections.abc"), List.of()),
            Arguments.of("Error: connect ECONNREFUSED 127.0.0.1:8765", "connection",
                    Map.of("host", "127.0.0.1", "port", "8765"), List.of()),
            Arguments.of("Error: Cannot find module 'express'", "missing_module",
                    Map.of("module", "express", "ecosystem", "node"), List.of("install_module")),
            Arguments.of("SyntaxError: invalid syntax", "syntax", Map.of(), List.of()),
            Arguments.of("IndentationError: unexpected indent", "syntax", Map.of(), List.of()),
            Arguments.of("ModuleNotFoundError: No module named 'yaml'", "missing_module",
                    Map.of("module", "yaml", "ecosystem", "python"), List.of("install_module")),
            Arguments.of("FileNotFoundError: [Errno 2] No such file or directory: 'config/settings.json'", "file_not_found",
                    Map.of("path", "config/settings.json"), List.of("create_missing")),
            Arguments.of("bash: ./run.sh: Permission denied", "permission",
                    Map.of("path", "./run.sh", "operation", "exec"), List.of("fix_permissions")),
            Arguments.of("websockets.exceptions.ConnectionClosedError: received 1011 (internal error); then sent 1011 (internal error)",
                    "websocket", Map.of("close_code", "1011"), List.of()),
            Arguments.of("curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused", "connection",
                    Map.of("host", "localhost", "port", "8080"), List.of()),
            Arguments.of("SyntaxError: Unexpected token } in JSON at position 42", "json_format", Map.of(), List.of()),
            Arguments.of("ERROR:root:ModuleNotFoundError: No module named 'requests'", "missing_module",
                    Map.of("module", "requests"), List.of("install_module")),
            Arguments.of("2026-12-06 10:00:01,532 ERROR app.loader: No module named 'requests'", "missing_module",
                    Map.of("module", "requests"), List.of("install_module")),
            Arguments.of("TabError: inconsistent use of tabs and spaces in indentation", "syntax",
                    Map.of("kind", "tab_error"), List.of()),
            // a Java exception pasted without its stack is read as Java, not as a Python traceback's last line
            Arguments.of("java.io.FileNotFoundException: settings.ini (No such file or directory)", "file_not_found",
                    Map.of("path", "settings.ini"), List.of("create_missing")),
            Arguments.of("java.io.FileNotFoundException: /data/report.csv (Permission denied)", "permission",
                    Map.of("path", "/data/report.csv"), List.of()),
            Arguments.of("java.nio.file.NoSuchFileException: /tmp/x/y.txt", "file_not_found",
                    Map.of("path", "/tmp/x/y.txt"), List.of("create_missing")),
            // Node's "Error [CODE]: message" has no plain "Name:" before its colon
            Arguments.of("Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'chalk' imported from /app/index.mjs",
                    "missing_module", Map.of("module", "chalk", "ecosystem", "node"), List.of("install_module")),
            // Node's wording of an ESM named import from a CommonJS module: Node's, never a Python syntax error
            Arguments.of("SyntaxError: Named export 'readFileSync' not found. The requested module 'fs-extra' is a CommonJS module,"
                    + " which may not support all module.exports as named exports.", "import_error",
                    Map.of("name", "readFileSync", "from_module", "fs-extra"), List.of()),
            // a SQL shell's report of the statement it was given (sqlite3 .read / psql -f)
            Arguments.of("Parse error near line 3: near \"SELEC\": syntax error", "syntax", Map.of("kind", "sql", "line", "3"),
                    List.of()),
            Arguments.of("ERROR:  syntax error at or near \"SELEC\"", "syntax", Map.of("kind", "sql"), List.of()),
            // psql -f names the script and its line before the statement's error
            Arguments.of("psql:migrations/001.sql:4: ERROR:  syntax error at or near \"TABLEE\"", "syntax",
                    Map.of("kind", "sql", "file", "migrations/001.sql", "line", "4"), List.of()),
            // javac: a library's package that is not on the classpath
            Arguments.of("src/App.java:3: error: package com.fasterxml.jackson.databind does not exist", "missing_module",
                    Map.of("module", "com.fasterxml.jackson.databind", "ecosystem", "java"), List.of()),
            // npm's own failed read, quoted after its prefix (npm 6-9 wording)
            Arguments.of("npm ERR! enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/app/package.json'",
                    "file_not_found", Map.of("path", "/app/package.json"), List.of("create_missing")),
            // make without a target in a folder with no makefile
            Arguments.of("make: *** No targets specified and no makefile found.  Stop.", "file_not_found", Map.of("path", "Makefile"),
                    List.of("create_missing")),
            // programs that print in the user's language: the translated strerror is the same errno (issue 14)
            Arguments.of("cat: config.yml: Datei oder Verzeichnis nicht gefunden", "file_not_found", Map.of("path", "config.yml"),
                    List.of("create_missing")),
            Arguments.of("bash: ./deploy.sh: Keine Berechtigung", "permission", Map.of("path", "./deploy.sh", "operation", "exec"),
                    List.of("fix_permissions")),
            Arguments.of("cat: conf/app.ini: Aucun fichier ou dossier de ce type", "file_not_found", Map.of("path", "conf/app.ini"),
                    List.of("create_missing")),
            Arguments.of("ls: no se puede acceder a 'data': No existe el archivo o el directorio", "file_not_found",
                    Map.of("path", "data"), List.of("create_missing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneLiners")
    void diagnosesTheCauseFromTheLineAlone(String line, String cause, Map<String, String> details, List<String> strategies) {
        Decision d = rules.decide(ErrorParsers.parse(ErrorInput.of(null, line)), DecisionContext.EMPTY);
        assertThat(d.primary()).as("a diagnosis for %s", line).isNotNull();
        assertThat(d.primary().getCause()).isEqualTo(cause);
        assertThat(d.primary().getDetails()).containsAllEntriesOf(details);
        assertThat(d.proposals()).extracting(Proposal::getStrategy).containsExactlyElementsOf(strategies);
    }
}
