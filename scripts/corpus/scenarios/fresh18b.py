"""A second round for the fresh18 set (prefix n_r2_), train-hashed, by the rule writer of s13-fresh18 AFTER the first round's
kinds (not blind: its author had read the rules): Node and Java situations in hard forms that the first round did not
have. Only names whose hash lands in fresh18_train were used (a suffix _b, _c... chosen before the capture where the first
name hashed to holdout); every label was written before the capture. Split: fresh18_train (capture.py, FRESH_MODULES)."""
from scenarios.common import sc
from scenarios.fresh18 import CLOSED, WS_LINK, WS_REQ, JACKSON, JACKSON_LIB, javac, pkg

SCENARIOS = [
    sc("n_r2_mm_dynamic_import_json_log", "missing_module", "node server.mjs --pretty",
       "an ESM server loads its pretty log transport with a dynamic import() (pino-pretty, not installed) and logs the failure as a JSON line with err.code and err.message",
       {"server.mjs": r"""const pretty = process.argv.includes('--pretty');
try {
  if (pretty) await import('pino-pretty');
  console.log('server up');
} catch (err) {
  console.log(JSON.stringify({ level: 'fatal', msg: 'log transport unavailable', err: { code: err.code, message: err.message } }));
  process.exit(1);
}
"""},
       {"module": "pino-pretty"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("n_r2_mm_require_resolve_optional", "missing_module", "node store.js --driver sqlite3",
       "a store picks its driver from the argv and checks it with require.resolve; the catch prints its own sentence with e.message and exits 1",
       {"store.js": r"""const driver = process.argv[process.argv.indexOf('--driver') + 1];
try {
  require.resolve(driver);
} catch (e) {
  console.error(`storage driver "${driver}" is not available: ${e.message.split('\n')[0]}`);
  process.exit(1);
}
"""},
       {"module": "sqlite3"}, "Error: Cannot find module"),
    sc("n_r2_perm_spawn_shell_noexec", "permission", "node lint-all.js",
       "a runner runs ./tools/lint.sh with spawnSync and shell: true; the script has no execute bit, the shell's message is inherited and the runner reports the status",
       {"lint-all.js": r"""const { spawnSync } = require('child_process');
const r = spawnSync('./tools/lint.sh src', { shell: true, stdio: 'inherit' });
if (r.status !== 0) {
  console.error(`lint step exited with status ${r.status}`);
  process.exit(1);
}
""", "tools/lint.sh": "#!/bin/sh\necho linting $1\n"},
       {"path": "tools/lint.sh"}, "Permission denied", modes={"tools/lint.sh": 0o644}),
    sc("n_r2_syn_cjs_let_class_d", "syntax", "node index.js",
       "the app requires a helper whose variable is named with the reserved word class (SyntaxError: Unexpected token 'class')",
       {"index.js": "const { label } = require('./lib/labels');\nconsole.log(label('a'));\n",
        "lib/labels.js": "function label(name) {\n  let class = 'tag-' + name;\n  return class;\n}\nmodule.exports = { label };\n"},
       {"file": "lib/labels.js", "line": 2}, "SyntaxError"),
    sc("n_r2_conn_fetch_cause_json_d", "connection", "node sync-prices.mjs",
       "an ESM sync job catches fetch failed and logs one JSON line with only the cause's code, address and port",
       {"sync-prices.mjs": r"""try {
  await fetch('http://127.0.0.1:{{api}}/prices');
} catch (err) {
  const c = err.cause || {};
  console.error(JSON.stringify({ level: 'error', msg: 'price sync failed', cause: { code: c.code, address: c.address, port: c.port } }));
  process.exit(1);
}
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    sc("n_r2_conn_localhost_aggregate_b", "connection", "node ping.js http://localhost:{{api}}/health",
       "an http GET of a localhost URL from the argv: node tries ::1 and 127.0.0.1 and both refuse (AggregateError ECONNREFUSED, unhandled)",
       {"ping.js": r"""const http = require('http');
http.get(process.argv[2], (res) => {
  console.log('status', res.statusCode);
  res.resume();
});
"""},
       {"host": "localhost", "port": "{{api}}", "url": "http://localhost:{{api}}/health"}, "AggregateError", servers=CLOSED),
    sc("n_r2_fnf_esm_import_missing_route", "file_not_found", "node server.mjs",
       "an ESM server imports ./routes/admin.js, which was never committed (ERR_MODULE_NOT_FOUND of a relative file)",
       {"server.mjs": "import { publicRoutes } from './routes/public.js';\nimport { adminRoutes } from './routes/admin.js';\nconsole.log(publicRoutes, adminRoutes);\n",
        "routes/public.js": "export const publicRoutes = ['/'];\n", "package.json": '{"name": "app", "version": "1.0.0", "type": "module"}\n'},
       {"path": "routes/admin.js"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("n_r2_json_catalog_pino_argv", "json_format", "node load-catalog.js --catalog data/catalog.json",
       "a loader parses the catalog named in the argv (a trailing comma); it logs a pino-style JSON line whose err has type and message, no file",
       {"load-catalog.js": r"""const fs = require('fs');
const file = process.argv[process.argv.indexOf('--catalog') + 1];
try {
  JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (err) {
  console.log(JSON.stringify({ level: 50, time: Date.now(), msg: 'catalog load failed', err: { type: err.name, message: err.message } }));
  process.exit(1);
}
""", "data/catalog.json": '{\n  "items": [\n    {"sku": "A1", "price": 3},\n  ]\n}\n'},
       {"json_file": "data/catalog.json"}, "SyntaxError"),
    sc("n_r2_imp_fs_promises_named", "import_error", "node backup.mjs",
       "an ESM backup imports readFileSync from node:fs/promises, which does not export it",
       {"backup.mjs": "import { readFileSync } from 'node:fs/promises';\nconsole.log(readFileSync('a.txt', 'utf8'));\n", "a.txt": "a\n"},
       {"name": "readFileSync", "from_module": "node:fs/promises"}, "SyntaxError"),
    sc("n_r2_ws_close_4000_json_b", "websocket", "node follow.js",
       "a ws client logs the server's close (4000, replaced by a newer session) as one JSON line and exits 1",
       {"follow.js": r"""const WebSocket = require('ws');
const ws = new WebSocket('ws://127.0.0.1:{{ws}}/follow');
ws.on('close', (code, reason) => {
  console.log(JSON.stringify({ level: 'error', event: 'socket_closed', code, reason: String(reason) }));
  process.exit(1);
});
"""},
       {"close_code": 4000}, "", servers={"ws": ("ws", "close", 4000, "replaced by a newer session")}, setup=WS_LINK, requires=WS_REQ),
    sc("n_r2_ws_handshake_timeout", "websocket", "node board.js",
       "a ws client with handshakeTimeout 1000 connects to a server that accepts and never answers the upgrade (Opening handshake has timed out, unhandled)",
       {"board.js": r"""const WebSocket = require('ws');
const ws = new WebSocket('ws://127.0.0.1:{{ws}}/board', { handshakeTimeout: 1000 });
ws.on('open', () => console.log('board open'));
"""},
       {"url": "ws://127.0.0.1:{{ws}}/board"}, "Error: Opening handshake has timed out", servers={"ws": ("silent",)}, setup=WS_LINK, requires=WS_REQ),
    sc("n_r2_neg_fetch_409_own_error_b", "negative", "node create-order.mjs",
       "a live API answers 409; the client throws its own Error('order A-17 already exists') (unhandled)",
       {"create-order.mjs": r"""const res = await fetch('http://127.0.0.1:{{api}}/orders', { method: 'POST', body: '{"id":"A-17"}' });
if (res.status === 409) throw new Error('order A-17 already exists');
"""},
       {}, "Error", servers={"api": ("http", 409, "conflict\n")}),
    sc("n_r2_neg_schema_required_port_b", "negative", "node check-config.js config/app.json",
       "a config check reads valid JSON that lacks a required property and reports it like a schema validator; exit 1",
       {"check-config.js": r"""const cfg = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const errors = ['port', 'host'].filter((k) => !(k in cfg)).map((k) => `${process.argv[2]}: must have required property '${k}'`);
errors.forEach((e) => console.error(e));
console.error(`${errors.length} error(s)`);
process.exit(errors.length ? 1 : 0);
""", "config/app.json": '{"host": "0.0.0.0"}\n'},
       {}, ""),
    sc("n_r2_j_neg_slf4j_nop_exit0_b", "negative", "java -cp classes:/usr/share/java/slf4j-api.jar app.Job",
       "a Java job uses slf4j-api without a binding: SLF4J prints that it failed to load StaticLoggerBinder and defaults to NOP; the job finishes, exit 0",
       {"src/app/Job.java": "package app;\n\nimport org.slf4j.LoggerFactory;\n\npublic class Job {\n    public static void main(String[] a) {\n        LoggerFactory.getLogger(Job.class).info(\"start\");\n        System.out.println(\"job done\");\n    }\n}\n"},
       {}, "", setup=["mkdir -p classes && javac -cp /usr/share/java/slf4j-api.jar -d classes src/app/Job.java"],
       requires=["file:/usr/share/java/slf4j-api.jar"], exit=0, tool="java", ecosystem="java"),
    sc("n_r2_j_conn_executor_future", "connection", "java -cp classes app.Sync --host 127.0.0.1 --port {{api}}",
       "a Java sync runs its connection in an ExecutorService; future.get() throws ExecutionException: java.net.ConnectException: Connection refused; host and port only in the argv",
       {"src/app/Sync.java": r"""package app;

import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class Sync {
    public static void main(String[] a) throws Exception {
        String host = a[1];
        int port = Integer.parseInt(a[3]);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> { try (Socket s = new Socket(host, port)) { return 1; } }).get();
        } finally {
            pool.shutdown();
        }
    }
}
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.util.concurrent.ExecutionException", servers=CLOSED,
       setup=javac("src/app/Sync.java"), tool="java", ecosystem="java"),
    sc("n_r2_j_fnf_files_lines_stream_b", "file_not_found", "java -cp classes app.Totals reports/2026-11.csv",
       "a Java report streams the CSV named in its args with Files.lines; NoSuchFileException thrown from main",
       {"src/app/Totals.java": r"""package app;

import java.nio.file.Files;
import java.nio.file.Path;

public class Totals {
    public static void main(String[] a) throws Exception {
        try (var lines = Files.lines(Path.of(a[0]))) {
            System.out.println(lines.skip(1).count() + " rows");
        }
    }
}
"""},
       {"path": "reports/2026-11.csv"}, "java.nio.file.NoSuchFileException", dirs=["reports"], setup=javac("src/app/Totals.java"),
       tool="java", ecosystem="java"),
    sc("n_r2_j_json_jackson_quotes_jul_b", "json_format", "java -cp 'classes:lib/*' app.Rules conf/rules.json",
       "Jackson parses rules with single-quoted names from a file in the args; the program logs SEVERE 'rules could not be parsed' with the exception via java.util.logging and exits 2",
       {"src/app/Rules.java": r"""package app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.logging.Level;
import java.util.logging.Logger;

public class Rules {
    public static void main(String[] a) {
        try {
            System.out.println(new ObjectMapper().readTree(new File(a[0])));
        } catch (Exception e) {
            Logger.getLogger("rules").log(Level.SEVERE, "rules could not be parsed", e);
            System.exit(2);
        }
    }
}
""", "conf/rules.json": "{\n  'max': 3\n}\n"},
       {"json_file": "conf/rules.json", "line": 2}, "com.fasterxml.jackson.core.JsonParseException",
       setup=JACKSON_LIB + ["mkdir -p classes && javac -cp 'lib/*' -d classes src/app/Rules.java"],
       requires=["file:" + j for j in JACKSON], tool="java", ecosystem="java", exit=2),
    sc("n_r2_j_perm_writestring_logged_b", "permission", "java -cp classes app.Checkpoint",
       "a Java job saves its state with Files.writeString into a read-only file and prints 'save failed: ' + the exception (AccessDeniedException), exit 1",
       {"src/app/Checkpoint.java": r"""package app;

import java.nio.file.Files;
import java.nio.file.Path;

public class Checkpoint {
    public static void main(String[] a) {
        try {
            Files.writeString(Path.of("out/state.txt"), "offset=42\n");
        } catch (Exception e) {
            System.err.println("save failed: " + e);
            System.exit(1);
        }
    }
}
""", "out/state.txt": "offset=0\n"},
       {"path": "out/state.txt"}, "java.nio.file.AccessDeniedException", modes={"out/state.txt": 0o444},
       setup=javac("src/app/Checkpoint.java"), drop_caps=True, tool="java", ecosystem="java"),
    sc("n_r2_j_syn_else_without_if", "syntax", "javac -d classes src/app/Grade.java",
       "javac reports 'else' without 'if' (a semicolon after the if's condition)",
       {"src/app/Grade.java": "package app;\n\npublic class Grade {\n    static String of(int score) {\n        if (score >= 50);\n        {\n            return \"pass\";\n        }\n        else {\n            return \"fail\";\n        }\n    }\n}\n"},
       {"file": "src/app/Grade.java", "line": 9}, "javac error", dirs=["classes"], tool="javac", ecosystem="java"),
    sc("n_r2_j_neg_selfcheck_pass_c", "negative", "java -cp classes app.SelfCheck",
       "a Java self-check verifies that a refused port and a missing file are reported as such; it prints the exceptions it expected and PASS, exit 0",
       {"src/app/SelfCheck.java": r"""package app;

import java.io.FileReader;
import java.net.Socket;

public class SelfCheck {
    public static void main(String[] a) {
        try (Socket s = new Socket("127.0.0.1", {{api}})) {
            System.out.println("FAIL: port open");
        } catch (Exception e) {
            System.out.println("PASS: closed port reported as " + e);
        }
        try (FileReader r = new FileReader("no/such/file.txt")) {
            System.out.println("FAIL: file exists");
        } catch (Exception e) {
            System.out.println("PASS: missing file reported as " + e);
        }
        System.out.println("self-check: 2 passed, 0 failed");
    }
}
"""},
       {}, "", servers=CLOSED, setup=javac("src/app/SelfCheck.java"), exit=0, tool="java", ecosystem="java"),
]
