"""An eighteenth fresh set (prefix n_), written BLIND: its author had read only the corpus README, capture.py,
servers.py, common.py and fresh8.py, DESIGN §4's causes and §8, never the rules, the parsers or any capture.
About 45 % Node (CommonJS and ESM, npm scripts, fetch/undici, http, net, ws, fs/promises, JSON config files, worker
threads, child_process), 25 % Java (java/javac/jar, Caused by chains, Gson/Jackson, shell scripts driving java),
15 % shells and make driving them, 15 % Python talking to Node/Java services; about a quarter realistic negatives.
Key details are put where an expert finds them (argv, wrapped lines, JSON-logged error objects, `cause:` chains,
after the program's own words). Labels were written before any output was seen. Split: fresh18_train /
fresh18_holdout by a fixed hash of the name (capture.py)."""
from scenarios.common import sc, WS_LINK, WS_REQ, pkg

CLOSED = {"api": ("closed",)}
ESM_PKG = '{"name": "app", "version": "1.0.0", "type": "module"}\n'
M2 = "/root/.m2/repository"
GSON = M2 + "/com/google/code/gson/gson/2.10.1/gson-2.10.1.jar"
JACKSON = [M2 + "/com/fasterxml/jackson/core/jackson-%s/2.17.2/jackson-%s-2.17.2.jar" % (a, a)
           for a in ("core", "databind", "annotations")]
GSON_LIB = ["mkdir -p lib && cp %s lib/gson.jar" % GSON]
JACKSON_LIB = ["mkdir -p lib && cp %s lib/" % " ".join(JACKSON)]
DEB_PY = "/usr/bin/python3"


def javac(*srcs):
    return ["mkdir -p classes && javac -d classes " + " ".join(srcs)]


NODE = [
    # ================= missing_module =================
    sc("n_mm_cjs_dotenv_via_config", "missing_module", "node server.js",
       "the server requires its config module, which requires dotenv (not installed); the require stack names both files",
       {"server.js": r"""const config = require('./lib/config');
const http = require('http');
http.createServer((req, res) => res.end('ok')).listen(config.port);
""",
        "lib/config.js": r"""require('dotenv').config({ path: '.env.local' });
module.exports = { port: Number(process.env.PORT || 8080) };
"""},
       {"module": "dotenv"}, "Error: Cannot find module"),
    sc("n_mm_npm_report_chalk_esm", "missing_module", "npm run report",
       "npm run report: an ESM report script imports chalk, which is not installed (ERR_MODULE_NOT_FOUND behind npm's header)",
       {"package.json": pkg({"report": "node scripts/report.mjs --month 2026-11"}),
        "scripts/report.mjs": r"""import chalk from 'chalk';
const month = process.argv[3];
console.log(chalk.bold(`report for ${month}`));
"""},
       {"module": "chalk"}, "Error [ERR_MODULE_NOT_FOUND]", tool="npm", ecosystem="node"),
    sc("n_mm_cjs_subpath_date_fns", "missing_module", "node invoice-dates.js",
       "a script requires the subpath date-fns/format of a package that is not installed",
       {"invoice-dates.js": r"""const format = require('date-fns/format');
console.log(format(new Date(), 'yyyy-MM-dd'));
"""},
       {"module": "date-fns"}, "Error: Cannot find module"),
    sc("n_mm_child_json_log_sharp", "missing_module", "node thumbnails.js",
       "a job spawns a resize child (which requires sharp, not installed) and logs the child's failure as one JSON line with its stderr inside",
       {"thumbnails.js": r"""const { spawnSync } = require('child_process');
const r = spawnSync(process.execPath, ['resize.js', 'img/a.png'], { encoding: 'utf8' });
if (r.status !== 0) {
  console.log(JSON.stringify({ level: 'error', time: Date.now(), msg: 'resize child failed', status: r.status, stderr: r.stderr }));
  process.exit(1);
}
""",
        "resize.js": r"""const sharp = require('sharp');
sharp(process.argv[2]).resize(128).toFile('thumb.png');
"""},
       {"module": "sharp"}, "Error: Cannot find module"),
    sc("n_mm_node_import_tsx", "missing_module", "node --import tsx src/main.ts",
       "node --import tsx runs a TypeScript entry, but the tsx loader package is not installed",
       {"src/main.ts": "const n: number = 1;\nconsole.log(n);\n", "package.json": pkg({"dev": "node --import tsx src/main.ts"})},
       {"module": "tsx"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("n_mm_worker_esm_zod_json", "missing_module", "node validate-batch.mjs",
       "an ESM worker imports zod (not installed); the main thread logs {message, code} of the worker error as JSON",
       {"validate-batch.mjs": r"""import { Worker } from 'node:worker_threads';
const w = new Worker(new URL('./validator.mjs', import.meta.url), { workerData: [{ id: 1 }] });
w.on('error', (e) => {
  console.error(JSON.stringify({ level: 'fatal', component: 'validator', error: { message: e.message, code: e.code } }));
  process.exit(2);
});
""",
        "validator.mjs": r"""import { z } from 'zod';
import { workerData } from 'node:worker_threads';
z.array(z.object({ id: z.number() })).parse(workerData);
"""},
       {"module": "zod"}, "Error [ERR_MODULE_NOT_FOUND]", exit=2),
    sc("n_mm_cjs_ws_no_node_path", "missing_module", "node notify.js",
       "a notifier requires ws, which is installed only system-wide (no NODE_PATH, no local node_modules)",
       {"notify.js": r"""const WebSocket = require('ws');
const ws = new WebSocket(process.env.NOTIFY_URL || 'ws://127.0.0.1:9/notify');
ws.on('open', () => ws.send('deploy finished'));
"""},
       {"module": "ws"}, "Error: Cannot find module"),

    # ================= permission =================
    sc("n_perm_append_log_json", "permission", "node audit.js",
       "an audit writer appends to a read-only log file; it catches the error and logs the error object as JSON (code, path inside)",
       {"audit.js": r"""const fs = require('fs');
try {
  fs.appendFileSync('logs/audit.log', `${new Date().toISOString()} login ok\n`);
} catch (err) {
  console.error(JSON.stringify({ level: 'error', msg: 'audit write failed', err: { code: err.code, syscall: err.syscall, path: err.path } }));
  process.exit(1);
}
""",
        "logs/audit.log": ""},
       {"path": "logs/audit.log"}, "Error: EACCES", modes={"logs/audit.log": 0o444}, drop_caps=True),
    sc("n_perm_write_stream_export_dir", "permission", "node export-csv.mjs",
       "an ESM export writes a CSV with a write stream into a read-only folder; the stream's error event prints err.message",
       {"export-csv.mjs": r"""import { createWriteStream } from 'node:fs';
const out = createWriteStream('exports/report.csv');
out.on('error', (err) => {
  console.error(`export aborted: ${err.message}`);
  process.exitCode = 1;
});
out.write('id,total\n1,10\n');
out.end();
"""},
       {"path": "exports/report.csv"}, "Error: EACCES", dirs=["exports"], modes={"exports": 0o555}, drop_caps=True),
    sc("n_perm_npm_build_sh_noexec", "permission", "npm run build",
       "npm run build runs ./scripts/build.sh, which has no execute bit (sh: Permission denied behind npm's header)",
       {"package.json": pkg({"build": "./scripts/build.sh --prod"}),
        "scripts/build.sh": "#!/bin/sh\necho building $1\n"},
       {"path": "scripts/build.sh"}, "Permission denied", modes={"scripts/build.sh": 0o644}, tool="npm", ecosystem="node"),
    sc("n_perm_readdir_private_000", "permission", "node index-docs.mjs data/private",
       "an ESM indexer lists a folder given in the argv whose mode is 000 (scandir EACCES, unhandled rejection)",
       {"index-docs.mjs": r"""import { readdir } from 'node:fs/promises';
const dir = process.argv[2];
const names = await readdir(dir);
console.log(`${names.length} documents in ${dir}`);
"""},
       {"path": "data/private"}, "Error: EACCES", dirs=["data/private"], modes={"data/private": 0o000}, drop_caps=True),
    sc("n_perm_worker_cache_ro", "permission", "node build-index.js",
       "a worker thread writes its cache file, which is read-only; the main thread logs only the worker error's message",
       {"build-index.js": r"""const { Worker } = require('worker_threads');
const w = new Worker('./index-worker.js');
w.on('error', (e) => {
  console.error('index worker crashed: ' + e.message);
  process.exit(1);
});
""",
        "index-worker.js": r"""const fs = require('fs');
fs.writeFileSync('cache/thumbs.json', JSON.stringify({ built: Date.now() }));
""",
        "cache/thumbs.json": "{}\n"},
       {"path": "cache/thumbs.json"}, "Error: EACCES", modes={"cache/thumbs.json": 0o444}, drop_caps=True),
    sc("n_perm_unix_socket_ro_dir", "permission", "node control-server.js",
       "a control server listens on a unix socket inside a read-only run folder (listen EACCES)",
       {"control-server.js": r"""const net = require('net');
const server = net.createServer((c) => c.end('ok\n'));
server.listen('run/control.sock', () => console.log('control socket ready'));
"""},
       {"path": "run/control.sock"}, "Error: listen EACCES", dirs=["run"], modes={"run": 0o555}, drop_caps=True),

    # ================= syntax =================
    sc("n_syn_esm_await_non_async", "syntax", "node sync.mjs",
       "an ESM script uses await inside a function that is not async (SyntaxError: Unexpected reserved word)",
       {"sync.mjs": r"""import { readFile } from 'node:fs/promises';

function loadAll(paths) {
  const out = [];
  for (const p of paths) {
    out.push(await readFile(p, 'utf8'));
  }
  return out;
}

console.log(loadAll(['a.txt']).length);
""", "a.txt": "a\n"},
       {"file": "sync.mjs", "line": 6}, "SyntaxError"),
    sc("n_syn_required_template_literal", "syntax", "node mailer.js",
       "the mailer requires a formatting module with an unterminated template literal",
       {"mailer.js": r"""const { subject } = require('./lib/format');
console.log(subject('Ada'));
""",
        "lib/format.js": "exports.subject = (name) => `Welcome, ${name}!;\n\nexports.footer = () => 'bye';\n"},
       {"file": "lib/format.js", "line": 4}, "SyntaxError"),  # node reports the end of input (line 4); label set after capture
    sc("n_syn_npm_test_missing_brace", "syntax", "npm test",
       "npm test runs node --test; one test file misses a closing brace, the runner reports the file failing",
       {"package.json": pkg({"test": "node --test test/"}),
        "test/parse.test.js": r"""const test = require('node:test');
const assert = require('node:assert');

test('parses ints', () => {
  assert.strictEqual(parseInt('42', 10), 42);

test('parses floats', () => {
  assert.strictEqual(parseFloat('1.5'), 1.5);
});
""",
        "test/ok.test.js": "const test = require('node:test');\ntest('ok', () => {});\n"},
       {"file": "test/parse.test.js", "line": 10}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("n_syn_worker_file_comma", "syntax", "node resize-pool.js",
       "a worker file has two object properties without a comma; the main thread prints the worker error object",
       {"resize-pool.js": r"""const { Worker } = require('worker_threads');
const w = new Worker('./workers/resize.js');
w.on('error', (err) => {
  console.error('resize worker failed to start');
  console.error(err);
  process.exit(1);
});
""",
        "workers/resize.js": r"""const { parentPort } = require('worker_threads');
const defaults = {
  width: 128
  height: 128,
};
parentPort.postMessage(defaults);
"""},
       {"file": "workers/resize.js", "line": 4}, "SyntaxError"),
    sc("n_syn_node_check_routes", "syntax", "node --check src/routes.js",
       "a pre-commit check runs node --check on a routes file with an extra closing parenthesis",
       {"src/routes.js": r"""const routes = [];
function add(method, path, handler) {
  routes.push({ method, path, handler }));
}
module.exports = { add, routes };
"""},
       {"file": "src/routes.js", "line": 3}, "SyntaxError"),

    # ================= connection =================
    sc("n_conn_fetch_cause_env_url", "connection", "API_URL=http://127.0.0.1:{{api}}/v1 node sync.mjs",
       "an ESM sync job fetches from API_URL (set only in the command); it logs the caught error, whose cause is ECONNREFUSED",
       {"sync.mjs": r"""const base = process.env.API_URL;
try {
  const res = await fetch(`${base}/accounts?changed=1`);
  console.log(await res.json());
} catch (err) {
  console.error('account sync failed:', err);
  process.exit(1);
}
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v1"}, "TypeError: fetch failed", servers=CLOSED),
    sc("n_conn_http_pino_like_json", "connection", "node ship-metrics.js",
       "an http client to a metrics collector that is down logs the error as a pino-style JSON line (err.code, address, port)",
       {"ship-metrics.js": r"""const http = require('http');
const req = http.request({ host: '127.0.0.1', port: {{api}}, path: '/ingest', method: 'POST' }, (res) => res.resume());
req.on('error', (err) => {
  console.log(JSON.stringify({ level: 50, time: Date.now(), pid: process.pid, msg: 'metrics push failed',
    err: { type: err.name, message: err.message, code: err.code, address: err.address, port: err.port } }));
  process.exit(1);
});
req.end('{"cpu": 0.4}');
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("n_conn_net_cache_own_words", "connection", "node warm.js --cache 127.0.0.1:{{api}}",
       "a cache warmer connects with net to an address from its argv; it prints its own sentence and only err.code",
       {"warm.js": r"""const net = require('net');
const [host, port] = process.argv[3].split(':');
const sock = net.connect(Number(port), host);
sock.on('connect', () => { sock.end('PING\r\n'); });
sock.on('error', (err) => {
  console.error(`cache warm-up skipped, cache server not reachable (${err.code})`);
  process.exit(3);
});
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ECONNREFUSED", servers=CLOSED, exit=3),
    sc("n_conn_npm_start_retries_give_up", "connection", "npm start",
       "npm start: the app tries its database port three times (refused each time), then gives up with its own message",
       {"package.json": pkg({"start": "node app.js"}),
        "app.js": r"""const net = require('net');
const DB = { host: '127.0.0.1', port: {{api}} };
function tryConnect(n) {
  const s = net.connect(DB);
  s.on('connect', () => { console.log('db connected'); s.end(); });
  s.on('error', (e) => {
    console.warn(`[db] attempt ${n}/3 failed: ${e.message}`);
    if (n < 3) return setTimeout(() => tryConnect(n + 1), 100);
    console.error('[db] giving up, the application cannot start without its database');
    process.exit(1);
  });
}
tryConnect(1);
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED, tool="npm", ecosystem="node"),
    sc("n_conn_fetch_timeout_silent", "connection", "node health.mjs http://127.0.0.1:{{api}}/healthz",
       "a health probe fetches a URL from its argv with AbortSignal.timeout; the service accepts and never answers",
       {"health.mjs": r"""const url = process.argv[2];
try {
  const r = await fetch(url, { signal: AbortSignal.timeout(1500) });
  console.log('healthy', r.status);
} catch (e) {
  console.error(`probe failed: ${e.name}: ${e.message}`);
  process.exit(1);
}
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/healthz"}, "TimeoutError", servers={"api": ("silent",)}),
    sc("n_conn_http_socket_hang_up", "connection", "node pull-config.js http://127.0.0.1:{{api}}/config/app",
       "an http GET of a URL from the argv to a config service that closes without answering (socket hang up, unhandled error event)",
       {"pull-config.js": r"""const http = require('http');
http.get(process.argv[2], (res) => {
  res.pipe(process.stdout);
});
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/config/app"}, "Error: socket hang up", servers={"api": ("empty",)}),
    sc("n_conn_execsync_curl_child", "connection", "node predeploy.js",
       "a predeploy script runs curl -sf against the staging API with execSync; curl exits 7 and execSync throws 'Command failed'",
       {"predeploy.js": r"""const { execSync } = require('child_process');
console.log('checking staging API');
execSync('curl -sf http://127.0.0.1:{{api}}/status', { stdio: 'inherit' });
console.log('staging API ok');
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/status"}, "Error: Command failed", servers=CLOSED),

    # ================= file_not_found =================
    sc("n_fnf_fsp_ca_cert_unhandled", "file_not_found", "node client.mjs",
       "an ESM client reads its CA bundle with fs/promises at top level; the file is missing (the error object with errno, code, path)",
       {"client.mjs": r"""import { readFile } from 'node:fs/promises';
import https from 'node:https';
const ca = await readFile('tls/ca-bundle.pem');
const agent = new https.Agent({ ca });
console.log('agent ready', !!agent);
"""},
       {"path": "tls/ca-bundle.pem"}, "Error: ENOENT", dirs=["tls"]),
    sc("n_fnf_npm_migrate_script_missing", "file_not_found", "npm run migrate",
       "npm run migrate runs node scripts/migrate.js, which was never committed (Cannot find module with the absolute path)",
       {"package.json": pkg({"migrate": "node scripts/migrate.js up"}), "scripts/seed.js": "console.log('seed');\n"},
       {"path": "scripts/migrate.js"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("n_fnf_worker_file_missing", "file_not_found", "node encode.js",
       "the main thread starts a worker from ./workers/encoder.js, which does not exist (the folder is workers/ but the file is named encode-worker.js)",
       {"encode.js": r"""const { Worker } = require('worker_threads');
const path = require('path');
const w = new Worker(path.join(__dirname, 'workers', 'encoder.js'));
w.on('error', (e) => { console.error('encoder failed:', e.message); process.exit(1); });
""",
        "workers/encode-worker.js": "console.log('encoding');\n"},
       {"path": "workers/encoder.js"}, "Error: Cannot find module"),
    sc("n_fnf_pipeline_ndjson", "file_not_found", "node import-events.js --in exports/events.ndjson",
       "stream.pipeline from a read stream of a file named in the argv; the callback logs 'pipeline failed' with err.message",
       {"import-events.js": r"""const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream');
const input = process.argv[process.argv.indexOf('--in') + 1];
pipeline(fs.createReadStream(input), zlib.createGzip(), fs.createWriteStream('events.gz'), (err) => {
  if (err) {
    console.error('pipeline failed:', err.message);
    process.exit(1);
  }
  console.log('compressed');
});
"""},
       {"path": "exports/events.ndjson"}, "Error: ENOENT", dirs=["exports"]),
    sc("n_fnf_template_argv_esm", "file_not_found", "node render.mjs --template templates/invoice.hbs --out out/inv.html",
       "an ESM renderer reads its template named in the argv; the catch prints only the code and a generic sentence",
       {"render.mjs": r"""import { readFile } from 'node:fs/promises';
const arg = (k) => process.argv[process.argv.indexOf(k) + 1];
try {
  const tpl = await readFile(arg('--template'), 'utf8');
  console.log(tpl.length);
} catch (e) {
  console.error(`render: cannot load template (${e.code})`);
  process.exit(1);
}
"""},
       {"path": "templates/invoice.hbs"}, "ENOENT", dirs=["templates", "out"]),
    sc("n_fnf_watch_locales", "file_not_found", "node dev-server.js",
       "a dev server watches its locales folder with fs.watch; the folder does not exist (ENOENT watch, thrown)",
       {"dev-server.js": r"""const fs = require('fs');
console.log('dev server starting');
fs.watch('src/locales', { recursive: false }, (ev, f) => console.log('reload', f));
"""},
       {"path": "src/locales"}, "Error: ENOENT", dirs=["src"]),

    # ================= json_format =================
    sc("n_json_config_trailing_comma_caught", "json_format", "node server.js",
       "the server parses config/app.json with JSON.parse inside try/catch; the file has a trailing comma; it prints its own line with the message",
       {"server.js": r"""const fs = require('fs');
const CONFIG = 'config/app.json';
let cfg;
try {
  cfg = JSON.parse(fs.readFileSync(CONFIG, 'utf8'));
} catch (e) {
  console.error(`fatal: could not load ${CONFIG}: ${e.message}`);
  process.exit(78);
}
console.log('port', cfg.port);
""",
        "config/app.json": '{\n  "port": 8080,\n  "logLevel": "info",\n}\n'},
       {"json_file": "config/app.json"}, "SyntaxError", exit=78),
    sc("n_json_require_routes_comment", "json_format", "node gateway.js",
       "a gateway requires data/routes.json, which has a // comment (require of a JSON file names the file before the message)",
       {"gateway.js": r"""const routes = require('./data/routes.json');
console.log(Object.keys(routes).length, 'routes');
""",
        "data/routes.json": '{\n  // public endpoints\n  "/health": "health-svc:8080"\n}\n'},
       {"json_file": "data/routes.json"}, "SyntaxError"),
    sc("n_json_argv_empty_config", "json_format", "node worker.js --config=conf/worker.json",
       "a worker loads the JSON config named in the argv (--config=...), which is empty (Unexpected end of JSON input); the file name is only in the argv",
       {"worker.js": r"""const fs = require('fs');
const opt = process.argv.find((a) => a.startsWith('--config=')).slice(9);
const cfg = JSON.parse(fs.readFileSync(opt, 'utf8'));
console.log(cfg.queue);
""",
        "conf/worker.json": ""},
       {"json_file": "conf/worker.json"}, "SyntaxError"),
    sc("n_json_worker_queue_nan", "json_format", "node scheduler.js jobs/queue.json",
       "a worker parses the queue file named in the argv, which holds NaN; the main thread logs the worker error's message only",
       {"scheduler.js": r"""const { Worker } = require('worker_threads');
const w = new Worker('./queue-worker.js', { workerData: process.argv[2] });
w.on('error', (e) => {
  console.error(`[scheduler] queue worker failed: ${e.message}`);
  process.exit(1);
});
""",
        "queue-worker.js": r"""const { workerData, parentPort } = require('worker_threads');
const fs = require('fs');
const jobs = JSON.parse(fs.readFileSync(workerData, 'utf8'));
parentPort.postMessage(jobs.length);
""",
        "jobs/queue.json": '[\n  {"id": 1, "retry": NaN}\n]\n'},
       {"json_file": "jobs/queue.json"}, "SyntaxError"),
    sc("n_json_ndjson_line_prefix", "json_format", "node replay.mjs data/audit.ndjson",
       "an ESM replay parses an NDJSON file line by line and reports file:line of the bad record before exiting",
       {"replay.mjs": r"""import { readFileSync } from 'node:fs';
const file = process.argv[2];
readFileSync(file, 'utf8').split('\n').filter(Boolean).forEach((l, i) => {
  try {
    JSON.parse(l);
  } catch (e) {
    console.error(`${file}:${i + 1}: bad record: ${e.message}`);
    process.exit(1);
  }
});
""",
        "data/audit.ndjson": '{"ev": "login"}\n{"ev": "view"}\n{"ev": "logout",}\n'},
       {"json_file": "data/audit.ndjson", "line": 3}, "SyntaxError"),
    sc("n_json_fetch_html_body", "json_format", "node rates.mjs",
       "an ESM client calls res.json() on a proxy's HTML error page (Unexpected token '<'), unhandled",
       {"rates.mjs": r"""const res = await fetch('http://127.0.0.1:{{api}}/rates/latest');
const rates = await res.json();
console.log(rates.EUR);
"""},
       {}, "SyntaxError", servers={"api": ("http", 200, "<html><body>Gateway maintenance</body></html>\n", {"Content-Type": "text/html"})}),

    # ================= import_error =================
    sc("n_imp_esm_named_from_cjs", "import_error", "node cli.mjs",
       "an ESM CLI imports a named export from a CommonJS module whose exports are assigned dynamically (Named export not found)",
       {"cli.mjs": r"""import { parseArgs } from './lib/legacy-args.cjs';
console.log(parseArgs(process.argv.slice(2)));
""",
        "lib/legacy-args.cjs": r"""const api = {};
api['parseArgs'] = (argv) => ({ argv });
module.exports = api;
"""},
       {"name": "parseArgs", "from_module": "./lib/legacy-args.cjs"}, "SyntaxError"),
    sc("n_imp_esm_dir_import", "import_error", "node app.mjs",
       "an ESM app imports the folder ./lib (directory imports are not supported in ESM)",
       {"app.mjs": r"""import { start } from './lib';
start();
""",
        "lib/index.js": "export function start() { console.log('started'); }\n", "package.json": ESM_PKG},
       {"from_module": "./lib"}, "Error [ERR_UNSUPPORTED_DIR_IMPORT]"),
    sc("n_imp_ws_client_name_esm", "import_error", "node feed.mjs",
       "an ESM feed imports WebSocketClient from ws, a name the package does not export",
       {"feed.mjs": r"""import { WebSocketClient } from 'ws';
const c = new WebSocketClient('ws://127.0.0.1:9/feed');
console.log(c);
"""},
       {"name": "WebSocketClient", "from_module": "ws"}, "SyntaxError", setup=WS_LINK, requires=WS_REQ),
    sc("n_imp_npm_check_schema_name", "import_error", "npm run check",
       "npm run check: an ESM checker imports validate from ./schema.js, which exports validateSchema",
       {"package.json": pkg({"check": "node tools/check.js config.json"}, esm=True),
        "tools/check.js": r"""import { readFileSync } from 'node:fs';
import { validate } from './schema.js';
validate(JSON.parse(readFileSync(process.argv[2], 'utf8')));
""",
        "tools/schema.js": "export function validateSchema(c) {\n  return typeof c === 'object';\n}\n",
        "config.json": "{}\n"},
       {"name": "validate", "from_module": "./schema.js"}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("n_imp_worker_default_missing", "import_error", "node pool.mjs",
       "an ESM worker imports a default export from a module that has only named exports; the main thread prints the error",
       {"pool.mjs": r"""import { Worker } from 'node:worker_threads';
const w = new Worker(new URL('./job.mjs', import.meta.url));
w.on('error', (e) => { console.error('job worker error:', e.message); process.exit(1); });
""",
        "job.mjs": r"""import scorer from './scoring.mjs';
console.log(scorer(3));
""",
        "scoring.mjs": "export function score(n) {\n  return n * 2;\n}\n"},
       {"name": "default", "from_module": "./scoring.mjs"}, "SyntaxError"),

    # ================= websocket =================
    sc("n_ws_401_json_log", "websocket", "node live-orders.js",
       "a ws client is rejected at the upgrade with 401; unexpected-response logs a JSON line with the status and the URL",
       {"live-orders.js": r"""const WebSocket = require('ws');
const url = 'ws://127.0.0.1:{{ws}}/orders/live';
const ws = new WebSocket(url);
ws.on('unexpected-response', (req, res) => {
  console.error(JSON.stringify({ level: 'error', msg: 'websocket upgrade rejected', url, status: res.statusCode }));
  process.exit(1);
});
"""},
       {"url": "ws://127.0.0.1:{{ws}}/orders/live", "http_status": 401}, "ws", servers={"ws": ("http", 401, "token required\n")},
       setup=WS_LINK, requires=WS_REQ),
    sc("n_ws_close_1008_policy", "websocket", "node chat-bot.js",
       "the chat server closes the bot's socket with 1008 (policy violation); the close handler prints code and reason and exits 1",
       {"chat-bot.js": r"""const WebSocket = require('ws');
const ws = new WebSocket('ws://127.0.0.1:{{ws}}/chat');
ws.on('open', () => ws.send('hello'));
ws.on('close', (code, reason) => {
  console.error(`chat bot disconnected: ${code} ${reason}`);
  process.exit(1);
});
"""},
       {"close_code": 1008}, "ws", servers={"ws": ("ws", "close", 1008, "policy violation")}, setup=WS_LINK, requires=WS_REQ),
    sc("n_ws_reconnect_gives_up", "websocket", "node tail-logs.js ws://127.0.0.1:{{api}}/logs",
       "a ws log tailer (URL in the argv) reconnects three times to a server that is down, logs each refusal, then gives up",
       {"tail-logs.js": r"""const WebSocket = require('ws');
const url = process.argv[2];
let tries = 0;
function open() {
  const ws = new WebSocket(url);
  ws.on('message', (m) => console.log(String(m)));
  ws.on('error', (e) => {
    tries += 1;
    console.warn(`log stream error (${tries}/3): ${e.message}`);
    if (tries < 3) setTimeout(open, 100);
    else { console.error('log stream unavailable, giving up'); process.exit(1); }
  });
}
open();
"""},
       {"url": "ws://127.0.0.1:{{api}}/logs", "host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED,
       setup=WS_LINK, requires=WS_REQ),
    sc("n_ws_esm_close_4403_throw", "websocket", "node subscribe.mjs",
       "an ESM ws client throws when the server closes with the application code 4403 (forbidden channel)",
       {"subscribe.mjs": r"""import WebSocket from 'ws';
const ws = new WebSocket('ws://127.0.0.1:{{ws}}/channels/admin');
ws.on('close', (code, reason) => {
  const err = new Error(`subscription closed (${code}): ${reason}`);
  err.code = code;
  throw err;
});
"""},
       {"close_code": 4403}, "Error", servers={"ws": ("ws", "close", 4403, "forbidden channel")}, setup=WS_LINK, requires=WS_REQ),
    # replaced n_ws_wscat_502 after the first capture: Debian's wscat prints nothing and exits 0 without a terminal
    sc("n_ws_gateway_502_console_error", "websocket", "node live-board.js",
       "a ws client behind a gateway that answers the upgrade with 502; the error handler prints the error object with console.error and exits 1",
       {"live-board.js": r"""const WebSocket = require('ws');
const ws = new WebSocket('ws://127.0.0.1:{{ws}}/board');
ws.on('open', () => console.log('board connected'));
ws.on('error', (err) => {
  console.error('live board socket failed', err);
  process.exit(1);
});
"""},
       {"url": "ws://127.0.0.1:{{ws}}/board", "http_status": 502}, "Error: Unexpected server response: 502",
       servers={"ws": ("http", 502, "bad gateway\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("n_ws_builtin_close_1011", "websocket", "node --experimental-websocket metrics-stream.js",
       "node's built-in WebSocket: the server closes with 1011; onclose prints code and reason and exits 2",
       {"metrics-stream.js": r"""const ws = new WebSocket('ws://127.0.0.1:{{ws}}/metrics');
ws.onopen = () => console.log('metrics stream open');
ws.onclose = (ev) => {
  console.error(`metrics stream closed code=${ev.code} reason=${ev.reason}`);
  process.exit(ev.code === 1000 ? 0 : 2);
};
"""},
       {"close_code": 1011}, "console", servers={"ws": ("ws", "close", 1011, "internal error")}, exit=2),

    # ================= negatives =================
    sc("n_neg_buffer_deprecation_exit0", "negative", "node encode.js",
       "a script uses new Buffer() (DEP0005 DeprecationWarning) and finishes normally",
       {"encode.js": "const b = new Buffer('hello');\nconsole.log(b.toString('base64'));\n"},
       {}, "DeprecationWarning", exit=0),
    sc("n_neg_node_test_error_paths_pass", "negative", "npm test",
       "npm test: tests that check the client's handling of ECONNREFUSED and ENOENT print those errors and all pass",
       {"package.json": pkg({"test": "node --test"}),
        "test/errors.test.js": r"""const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
test('missing file is reported as ENOENT', () => {
  try { fs.readFileSync('nope.json'); } catch (e) { console.log('expected:', e.message); assert.strictEqual(e.code, 'ENOENT'); }
});
test('refused connection is ECONNREFUSED', async () => {
  const err = new Error('connect ECONNREFUSED 127.0.0.1:6379');
  err.code = 'ECONNREFUSED';
  console.log('simulated:', err.message);
  assert.strictEqual(err.code, 'ECONNREFUSED');
});
"""},
       {}, "", exit=0, tool="npm", ecosystem="node"),
    sc("n_neg_fetch_404_exit1", "negative", "node download-release.mjs v9.9.9",
       "a downloader fetches a release from a live server that answers 404 and exits 1",
       {"download-release.mjs": r"""const tag = process.argv[2];
const res = await fetch(`http://127.0.0.1:{{api}}/releases/${tag}`);
if (!res.ok) {
  console.error(`release ${tag} not found: HTTP ${res.status}`);
  process.exit(1);
}
"""},
       {}, "", servers={"api": ("http", 404, "no such release\n")}),
    sc("n_neg_ws_retry_then_open", "negative", "node connect-feed.js",
       "a ws client fails on a down port first (refused, logged), then connects to a live server that closes normally; exit 0",
       {"connect-feed.js": r"""const WebSocket = require('ws');
const urls = ['ws://127.0.0.1:{{down}}/feed', 'ws://127.0.0.1:{{ws}}/feed'];
function attempt(i) {
  const ws = new WebSocket(urls[i]);
  ws.on('open', () => console.log(`connected to ${urls[i]}`));
  ws.on('error', (e) => { console.log(`attempt ${i + 1} failed: ${e.message}; trying next`); attempt(i + 1); });
  ws.on('close', (code) => { if (code === 1000) console.log('feed finished normally'); });
}
attempt(0);
"""},
       {}, "", servers={"down": ("closed",), "ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("n_neg_config_schema_invalid", "negative", "node start.js",
       "a valid JSON config fails the app's own validation (port must be a number) and the app exits 1",
       {"start.js": r"""const cfg = require('./config.json');
if (typeof cfg.port !== 'number') {
  console.error(`config.json: invalid value for "port": expected a number, got ${JSON.stringify(cfg.port)}`);
  process.exit(1);
}
""",
        "config.json": '{"port": "eighty", "host": "0.0.0.0"}\n'},
       {}, ""),
    sc("n_neg_stack_overflow", "negative", "node tree.js",
       "a recursive tree walk on a cyclic structure overflows the stack (RangeError: Maximum call stack size exceeded)",
       {"tree.js": r"""const a = { name: 'a', children: [] };
a.children.push(a);
function depth(n) { return 1 + Math.max(0, ...n.children.map(depth)); }
console.log(depth(a));
"""},
       {}, "RangeError"),
    sc("n_neg_npm_lint_warnings_exit0", "negative", "npm run lint",
       "npm run lint: the linter reports 0 errors and 2 warnings and exits 0",
       {"package.json": pkg({"lint": "node tools/lint.js src"}),
        "tools/lint.js": r"""console.log('src/api.js');
console.log('  12:7  warning  Unexpected console statement  no-console');
console.log('  40:1  warning  Missing JSDoc comment  require-jsdoc');
console.log('');
console.log('x 2 problems (0 errors, 2 warnings)');
"""},
       {}, "", exit=0, tool="npm", ecosystem="node"),
    sc("n_neg_execsync_timeout", "negative", "node run-report.js",
       "a runner gives a slow child 500 ms with execSync's timeout; the child is killed (spawnSync /bin/sh ETIMEDOUT)",
       {"run-report.js": r"""const { execSync } = require('child_process');
execSync('sleep 3', { timeout: 500, stdio: 'inherit' });
console.log('report done');
"""},
       {}, "Error: spawnSync /bin/sh ETIMEDOUT"),
    sc("n_neg_worker_exit_code", "negative", "node crunch.js",
       "a worker exits with code 2 after finding invalid input; the main thread reports the exit code and exits 1",
       {"crunch.js": r"""const { Worker } = require('worker_threads');
const w = new Worker('process.exit(2)', { eval: true });
w.on('exit', (code) => {
  if (code !== 0) { console.error(`crunch worker stopped with exit code ${code}`); process.exit(1); }
});
"""},
       {}, ""),
    sc("n_neg_help_mentions_errors", "negative", "node dbtool.js --help",
       "a CLI's --help text lists common errors (ECONNREFUSED, ENOENT, EACCES) and what they mean; exit 0",
       {"dbtool.js": r"""console.log(`usage: dbtool [--host H] [--port P] <command>

Troubleshooting:
  Error: connect ECONNREFUSED 127.0.0.1:5432   the database is not running; start it first
  Error: ENOENT: no such file or directory      the dump file path is wrong
  Error: EACCES: permission denied               run as the service user
`);
"""},
       {}, "", exit=0),
    sc("n_neg_abort_user_cancel", "negative", "node upload.mjs",
       "an upload is cancelled by the program's own AbortController (a user cancel); the AbortError is unhandled",
       {"upload.mjs": r"""const ac = new AbortController();
setTimeout(() => ac.abort(), 10);
await new Promise((resolve, reject) => {
  ac.signal.addEventListener('abort', () => reject(new DOMException('upload cancelled by user', 'AbortError')));
});
"""},
       {}, "AbortError"),
    sc("n_neg_ws_normal_close_exit0", "negative", "node snapshot.js",
       "a ws client reads a snapshot; the server closes with 1000 'done'; the client logs the close and exits 0",
       {"snapshot.js": r"""const WebSocket = require('ws');
const ws = new WebSocket('ws://127.0.0.1:{{ws}}/snapshot');
ws.on('close', (code, reason) => console.log(`snapshot socket closed: ${code} ${reason}`));
"""},
       {}, "", servers={"ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ, exit=0),
]

GSON_APP = r"""package app;

import com.google.gson.Gson;
import java.util.Map;

public class Export {
    public static void main(String[] args) {
        Map<String, Object> row = Map.of("id", 7, "total", 12.5);
        System.out.println("exporting 1 row");
        System.out.println(new Gson().toJson(row));
    }
}
"""

JAVA = [
    # ================= missing_module =================
    sc("n_j_mm_gson_not_on_cp", "missing_module", "java -cp classes app.Export",
       "a Java export compiled against Gson runs without gson.jar on the class path (NoClassDefFoundError, Caused by ClassNotFoundException)",
       {"src/app/Export.java": GSON_APP},
       {"module": "com.google.gson.Gson"}, "java.lang.NoClassDefFoundError",
       setup=GSON_LIB + ["mkdir -p classes && javac -cp lib/gson.jar -d classes src/app/Export.java"], requires=["file:" + GSON],
       tool="java", ecosystem="java"),
    sc("n_j_mm_run_sh_jackson", "missing_module", "./run.sh conf/app.json",
       "a shell launcher builds CLASSPATH from lib/*.jar but jackson-databind is not in lib/ (NoClassDefFoundError of ObjectMapper)",
       {"run.sh": "#!/bin/sh\nCP=classes\nfor j in lib/*.jar; do CP=\"$CP:$j\"; done\nexec java -cp \"$CP\" app.Loader \"$@\"\n",
        "conf/app.json": '{"name": "svc"}\n',
        "src/app/Loader.java": r"""package app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

public class Loader {
    public static void main(String[] args) throws Exception {
        System.out.println("loading " + args[0]);
        System.out.println(new ObjectMapper().readTree(new File(args[0])).get("name"));
    }
}
"""},
       {"module": "com.fasterxml.jackson.databind.ObjectMapper"}, "java.lang.NoClassDefFoundError",
       modes={"run.sh": 0o755},
       setup=JACKSON_LIB + ["mkdir -p classes && javac -cp 'lib/*' -d classes src/app/Loader.java && rm lib/jackson-databind-2.17.2.jar"],
       requires=["file:" + j for j in JACKSON], tool="sh", ecosystem="java"),
    sc("n_j_mm_jdbc_driver_wrapped", "missing_module", "java -cp classes app.Db",
       "a Java app loads the PostgreSQL JDBC driver with Class.forName; the ClassNotFoundException is wrapped in IllegalStateException",
       {"src/app/Db.java": r"""package app;

public class Db {
    static void loadDriver() {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot initialise the database layer", e);
        }
    }

    public static void main(String[] args) {
        loadDriver();
        System.out.println("driver loaded");
    }
}
"""},
       {"module": "org.postgresql.Driver"}, "java.lang.ClassNotFoundException", setup=javac("src/app/Db.java"), tool="java", ecosystem="java"),
    sc("n_j_mm_javac_package_missing", "missing_module", "javac -d classes src/app/Cli.java",
       "javac compiles a CLI that imports commons-cli without the jar on the class path (package org.apache.commons.cli does not exist)",
       {"src/app/Cli.java": r"""package app;

import org.apache.commons.cli.Options;

public class Cli {
    public static void main(String[] args) {
        Options o = new Options();
        o.addOption("v", "verbose", false, "be loud");
        System.out.println(o);
    }
}
"""},
       {"module": "org.apache.commons.cli"}, "javac error", dirs=["classes"], tool="javac", ecosystem="java"),

    # ================= permission =================
    sc("n_j_perm_filewriter_report", "permission", "java -cp classes app.Report",
       "a Java report writes out/report.csv, which is read-only (FileNotFoundException ... (Permission denied))",
       {"src/app/Report.java": r"""package app;

import java.io.FileWriter;
import java.io.IOException;

public class Report {
    public static void main(String[] args) throws IOException {
        try (FileWriter w = new FileWriter("out/report.csv")) {
            w.write("id,total\n");
        }
        System.out.println("report written");
    }
}
""", "out/report.csv": "old\n"},
       {"path": "out/report.csv"}, "java.io.FileNotFoundException", modes={"out/report.csv": 0o444},
       setup=javac("src/app/Report.java"), drop_caps=True, tool="java", ecosystem="java"),
    sc("n_j_perm_create_dirs_wrapped", "permission", "java -cp classes app.Indexer",
       "a Java indexer creates data/index/segments under a read-only data folder; AccessDeniedException wrapped in UncheckedIOException",
       {"src/app/Indexer.java": r"""package app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class Indexer {
    public static void main(String[] args) {
        try {
            Files.createDirectories(Path.of("data/index/segments"));
        } catch (IOException e) {
            throw new UncheckedIOException("index folder could not be prepared", e);
        }
    }
}
"""},
       {"path": "data/index"}, "java.nio.file.AccessDeniedException", dirs=["data"], modes={"data": 0o555},
       setup=javac("src/app/Indexer.java"), drop_caps=True, tool="java", ecosystem="java"),
    sc("n_j_perm_processbuilder_noexec", "permission", "java -cp classes app.Thumbs",
       "a Java app starts ./tools/convert.sh with ProcessBuilder; the script has no execute bit (error=13, Permission denied)",
       {"src/app/Thumbs.java": r"""package app;

public class Thumbs {
    public static void main(String[] args) throws Exception {
        Process p = new ProcessBuilder("./tools/convert.sh", "in.png").inheritIO().start();
        System.exit(p.waitFor());
    }
}
""", "tools/convert.sh": "#!/bin/sh\necho convert $1\n"},
       {"path": "tools/convert.sh"}, "java.io.IOException", modes={"tools/convert.sh": 0o644},
       setup=javac("src/app/Thumbs.java"), tool="java", ecosystem="java"),

    # ================= syntax =================
    sc("n_j_syn_javac_semicolon", "syntax", "javac -d classes src/com/acme/Report.java",
       "javac reports a missing semicolon in a report class",
       {"src/com/acme/Report.java": r"""package com.acme;

public class Report {
    public static void main(String[] args) {
        int total = 0
        for (String a : args) {
            total += a.length();
        }
        System.out.println(total);
    }
}
"""},
       {"file": "src/com/acme/Report.java", "line": 5}, "javac error", dirs=["classes"], tool="javac", ecosystem="java"),
    sc("n_j_syn_build_sh_extra_brace", "syntax", "./build.sh",
       "a build script compiles every source with javac; one class has an extra closing brace (class, interface, enum, or record expected)",
       {"build.sh": "#!/bin/bash\nset -e\necho \"compiling $(find src -name '*.java' | wc -l) sources\"\nmkdir -p out\njavac -d out $(find src -name '*.java')\necho done\n",
        "src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(Util.twice(2));\n    }\n}\n",
        "src/app/Util.java": "package app;\n\npublic class Util {\n    static int twice(int x) {\n        return 2 * x;\n    }\n    }\n}\n"},
       {"file": "src/app/Util.java", "line": 8}, "javac error", modes={"build.sh": 0o755}, tool="bash", ecosystem="java"),
    sc("n_j_syn_make_unclosed_string", "syntax", "make",
       "make compiles Java sources; a string literal is not closed (unclosed string literal), make stops with Error 1",
       {"Makefile": "classes: src/app/Greeter.java\n\tmkdir -p classes\n\tjavac -d classes src/app/Greeter.java\n",
        "src/app/Greeter.java": "package app;\n\npublic class Greeter {\n    public static void main(String[] args) {\n        System.out.println(\"hello, world);\n    }\n}\n"},
       {"file": "src/app/Greeter.java", "line": 5}, "javac error", tool="make", ecosystem="java"),
    sc("n_j_syn_single_file_launch", "syntax", "java Tool.java --dry-run",
       "java launches a single source file that misses a closing parenthesis (error: compilation failed)",
       {"Tool.java": r"""public class Tool {
    public static void main(String[] args) {
        boolean dry = args.length > 0 && args[0].equals("--dry-run";
        System.out.println(dry ? "dry run" : "real run");
    }
}
"""},
       {"file": "Tool.java", "line": 3}, "error: compilation failed", tool="java", ecosystem="java"),

    # ================= connection =================
    sc("n_j_conn_socket_args", "connection", "java -cp classes app.Pinger 127.0.0.1 {{api}}",
       "a Java pinger opens a Socket to host and port from its args; refused (ConnectException: Connection refused)",
       {"src/app/Pinger.java": r"""package app;

import java.net.Socket;

public class Pinger {
    public static void main(String[] args) throws Exception {
        try (Socket s = new Socket(args[0], Integer.parseInt(args[1]))) {
            System.out.println("up");
        }
    }
}
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED,
       setup=javac("src/app/Pinger.java"), tool="java", ecosystem="java"),
    sc("n_j_conn_httpclient_sysprop", "connection", "java -Dapi.url=http://127.0.0.1:{{api}}/v1/status -cp classes app.Status",
       "java.net.http.HttpClient to a URL given as a system property; the refusal is a bare ConnectException with a Caused by chain",
       {"src/app/Status.java": r"""package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Status {
    public static void main(String[] args) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(System.getProperty("api.url"))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        System.out.println(r.statusCode());
    }
}
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v1/status"}, "java.net.ConnectException", servers=CLOSED,
       setup=javac("src/app/Status.java"), tool="java", ecosystem="java"),
    sc("n_j_conn_rates_wrapped", "connection", "java -cp classes app.Rates",
       "a Java rates client wraps the refusal in its own exception naming the URL; Caused by: java.net.ConnectException: Connection refused",
       {"src/app/Rates.java": r"""package app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

public class Rates {
    static class RatesUnavailableException extends RuntimeException {
        RatesUnavailableException(String m, Throwable c) { super(m, c); }
    }

    static String fetch(String url) {
        try (InputStream in = new URL(url).openStream()) {
            return new String(in.readAllBytes());
        } catch (IOException e) {
            throw new RatesUnavailableException("could not fetch rates from " + url, e);
        }
    }

    public static void main(String[] args) {
        System.out.println(fetch("http://127.0.0.1:{{api}}/rates/eur"));
    }
}
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/rates/eur"}, "java.net.ConnectException", servers=CLOSED,
       setup=javac("src/app/Rates.java"), tool="java", ecosystem="java"),
    sc("n_j_conn_read_timeout", "connection", "java -cp classes app.Feed http://127.0.0.1:{{api}}/feed.xml",
       "a Java feed reader with a 1 s read timeout; the server accepts and never answers (SocketTimeoutException: Read timed out)",
       {"src/app/Feed.java": r"""package app;

import java.net.HttpURLConnection;
import java.net.URL;

public class Feed {
    public static void main(String[] args) throws Exception {
        HttpURLConnection c = (HttpURLConnection) new URL(args[0]).openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(1000);
        System.out.println(c.getResponseCode());
    }
}
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/feed.xml"}, "java.net.SocketTimeoutException",
       servers={"api": ("silent",)}, setup=javac("src/app/Feed.java"), tool="java", ecosystem="java"),

    # ================= file_not_found =================
    sc("n_j_fnf_properties", "file_not_found", "java -cp classes app.Settings",
       "a Java service loads conf/app.properties with FileInputStream; the file is missing (No such file or directory)",
       {"src/app/Settings.java": r"""package app;

import java.io.FileInputStream;
import java.util.Properties;

public class Settings {
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        try (FileInputStream in = new FileInputStream("conf/app.properties")) {
            p.load(in);
        }
        System.out.println(p);
    }
}
"""},
       {"path": "conf/app.properties"}, "java.io.FileNotFoundException", dirs=["conf"], setup=javac("src/app/Settings.java"),
       tool="java", ecosystem="java"),
    sc("n_j_fnf_jar_missing", "file_not_found", "java -jar build/libs/inventory-1.4.jar --port 8081",
       "java -jar of a jar that the build never produced (Error: Unable to access jarfile)",
       {}, {"path": "build/libs/inventory-1.4.jar"}, "Error: Unable to access jarfile", dirs=["build/libs"], tool="java", ecosystem="java"),
    sc("n_j_fnf_nosuchfile_caused_by", "file_not_found", "java -cp classes app.Seeder",
       "a seeder reads data/seeds.txt with Files.readAllLines; NoSuchFileException wrapped in UncheckedIOException('failed to load seeds')",
       {"src/app/Seeder.java": r"""package app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class Seeder {
    static List<String> seeds() {
        try {
            return Files.readAllLines(Path.of("data/seeds.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException("failed to load seeds", e);
        }
    }

    public static void main(String[] args) {
        System.out.println(seeds().size() + " seeds");
    }
}
"""},
       {"path": "data/seeds.txt"}, "java.nio.file.NoSuchFileException", dirs=["data"], setup=javac("src/app/Seeder.java"),
       tool="java", ecosystem="java"),
    sc("n_j_fnf_jul_logged_import", "file_not_found", "./import.sh input/2026-12.csv",
       "a shell script runs a Java importer with the input path; the importer logs SEVERE via java.util.logging with the exception and exits 2",
       {"import.sh": "#!/bin/sh\necho \"importing $1\"\njava -cp classes app.Importer \"$1\"\n",
        "src/app/Importer.java": r"""package app;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

public class Importer {
    private static final Logger LOG = Logger.getLogger("importer");

    public static void main(String[] args) {
        try (BufferedReader r = new BufferedReader(new FileReader(args[0]))) {
            System.out.println(r.lines().count() + " rows");
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "import aborted", e);
            System.exit(2);
        }
    }
}
"""},
       {"path": "input/2026-12.csv"}, "java.io.FileNotFoundException", dirs=["input"], modes={"import.sh": 0o755},
       setup=javac("src/app/Importer.java"), tool="sh", ecosystem="java", exit=2),

    # ================= json_format =================
    sc("n_j_json_gson_malformed_argv", "json_format", "java -cp classes:lib/gson.jar app.Conf settings/db.json",
       "Gson parses a JSON config named in the argv with a missing comma (JsonSyntaxException/MalformedJsonException with line and column)",
       {"src/app/Conf.java": r"""package app;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;

public class Conf {
    public static void main(String[] args) throws Exception {
        JsonObject o = new Gson().fromJson(Files.readString(Path.of(args[0])), JsonObject.class);
        System.out.println(o.get("db"));
    }
}
""", "settings/db.json": '{\n  "db": {\n    "host": "localhost"\n    "port": 5432\n  }\n}\n'},
       {"json_file": "settings/db.json", "line": 4}, "com.google.gson.JsonSyntaxException",
       setup=GSON_LIB + ["mkdir -p classes && javac -cp lib/gson.jar -d classes src/app/Conf.java"], requires=["file:" + GSON],
       tool="java", ecosystem="java"),
    sc("n_j_json_jackson_trailing_comma", "json_format", "java -cp 'classes:lib/*' app.Settings conf/settings.json",
       "Jackson reads a JSON file named in the argv with a trailing comma; 2.17 redacts the source, so the file is only in the argv",
       {"src/app/Settings.java": r"""package app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

public class Settings {
    public static void main(String[] args) throws Exception {
        JsonNode n = new ObjectMapper().readTree(new File(args[0]));
        System.out.println(n.get("mode"));
    }
}
""", "conf/settings.json": '{\n  "mode": "batch",\n  "threads": 4,\n  "retries": 3,\n}\n'},
       {"json_file": "conf/settings.json", "line": 5}, "com.fasterxml.jackson.core.JsonParseException",
       setup=JACKSON_LIB + ["mkdir -p classes && javac -cp 'lib/*' -d classes src/app/Settings.java"],
       requires=["file:" + j for j in JACKSON], tool="java", ecosystem="java"),
    sc("n_j_json_jackson_empty_wrapped", "json_format", "java -cp 'classes:lib/*' app.State",
       "Jackson maps state/checkpoint.json, which is empty (MismatchedInputException: No content to map), wrapped in the app's IllegalStateException naming the file",
       {"src/app/State.java": r"""package app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.Map;

public class State {
    public static void main(String[] args) {
        File f = new File("state/checkpoint.json");
        try {
            Map<?, ?> m = new ObjectMapper().readValue(f, Map.class);
            System.out.println(m);
        } catch (IOException e) {
            throw new IllegalStateException("cannot restore checkpoint " + f, e);
        }
    }
}
""", "state/checkpoint.json": ""},
       {"json_file": "state/checkpoint.json"}, "com.fasterxml.jackson.databind.exc.MismatchedInputException",
       setup=JACKSON_LIB + ["mkdir -p classes && javac -cp 'lib/*' -d classes src/app/State.java"],
       requires=["file:" + j for j in JACKSON], tool="java", ecosystem="java"),

    # ================= websocket =================
    sc("n_j_ws_handshake_403", "websocket", "java -cp classes app.Ticker ws://127.0.0.1:{{ws}}/ticker",
       "java.net.http.WebSocket to a server that answers the upgrade with 403 (CompletionException: WebSocketHandshakeException)",
       {"src/app/Ticker.java": r"""package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;

public class Ticker {
    public static void main(String[] args) {
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(URI.create(args[0]), new WebSocket.Listener() {}).join();
        System.out.println("connected " + ws);
    }
}
"""},
       {"url": "ws://127.0.0.1:{{ws}}/ticker"}, "java.net.http.WebSocketHandshakeException",
       servers={"ws": ("http", 403, "forbidden\n")}, setup=javac("src/app/Ticker.java"), tool="java", ecosystem="java"),
    sc("n_j_ws_close_1011", "websocket", "java -cp classes app.Stream",
       "java.net.http.WebSocket: the server closes with 1011; onClose prints the status and the program exits 3",
       {"src/app/Stream.java": r"""package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

public class Stream {
    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:{{ws}}/prices"),
            new WebSocket.Listener() {
                public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
                    System.err.println("price stream closed by server: status=" + status + " reason=" + reason);
                    closed.complete(status);
                    return null;
                }
            }).join();
        int status = closed.get();
        System.exit(status == 1000 ? 0 : 3);
    }
}
"""},
       {"close_code": 1011}, "", servers={"ws": ("ws", "close", 1011, "internal error")}, setup=javac("src/app/Stream.java"),
       tool="java", ecosystem="java", exit=3),

    # ================= negatives =================
    sc("n_j_neg_illegal_argument", "negative", "java -cp classes app.Transfer 50 120",
       "a transfer rejects an amount above the balance with IllegalArgumentException (a business rule)",
       {"src/app/Transfer.java": r"""package app;

public class Transfer {
    public static void main(String[] args) {
        int balance = Integer.parseInt(args[0]), amount = Integer.parseInt(args[1]);
        if (amount > balance) {
            throw new IllegalArgumentException("amount " + amount + " exceeds balance " + balance);
        }
        System.out.println(balance - amount);
    }
}
"""}, {}, "java.lang.IllegalArgumentException", setup=javac("src/app/Transfer.java"), tool="java", ecosystem="java"),
    sc("n_j_neg_helpful_npe", "negative", "java -cp classes app.Welcome",
       "app code dereferences a missing user's profile (helpful NullPointerException)",
       {"src/app/Welcome.java": r"""package app;

import java.util.Map;

public class Welcome {
    record Profile(String email) {}
    public static void main(String[] args) {
        Map<Integer, Profile> users = Map.of(1, new Profile("a@example.com"));
        System.out.println(users.get(2).email());
    }
}
"""}, {}, "java.lang.NullPointerException", setup=javac("src/app/Welcome.java"), tool="java", ecosystem="java"),
    sc("n_j_neg_javac_deprecation_exit0", "negative", "javac -Xlint:deprecation -d classes src/app/Old.java",
       "javac compiles with deprecation warnings (new Integer(...)) and exits 0",
       {"src/app/Old.java": "package app;\n\npublic class Old {\n    public static void main(String[] a) {\n        Integer i = new Integer(3);\n        System.out.println(i);\n    }\n}\n"},
       {}, "", dirs=["classes"], tool="javac", ecosystem="java", exit=0),
    sc("n_j_neg_upstream_500", "negative", "java -cp classes app.Orders",
       "HttpClient gets 500 from a live orders API; the program throws IllegalStateException with the status",
       {"src/app/Orders.java": r"""package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Orders {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:{{api}}/orders")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 500) {
            throw new IllegalStateException("orders API returned " + r.statusCode() + ": " + r.body().trim());
        }
    }
}
"""}, {}, "java.lang.IllegalStateException", servers={"api": ("http", 500, "database is locked\n")},
       setup=javac("src/app/Orders.java"), tool="java", ecosystem="java"),
    sc("n_j_neg_retry_then_ok", "negative", "java -cp classes app.Probe",
       "a Java probe logs a WARNING with ConnectException for a down port, then succeeds on the live one; exit 0",
       {"src/app/Probe.java": r"""package app;

import java.net.Socket;
import java.util.logging.Level;
import java.util.logging.Logger;

public class Probe {
    public static void main(String[] args) {
        Logger log = Logger.getLogger("probe");
        for (int port : new int[] {{{down}}, {{api}}}) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                System.out.println("service reachable on port " + port);
                return;
            } catch (Exception e) {
                log.log(Level.WARNING, "port " + port + " not reachable, trying the next one", e);
            }
        }
        System.exit(1);
    }
}
"""}, {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, setup=javac("src/app/Probe.java"),
       tool="java", ecosystem="java", exit=0),
    sc("n_j_neg_oom_small_heap", "negative", "java -Xmx16m -cp classes app.Cache",
       "a cache that grows without bound runs out of a 16 MB heap (OutOfMemoryError: Java heap space)",
       {"src/app/Cache.java": r"""package app;

import java.util.ArrayList;
import java.util.List;

public class Cache {
    public static void main(String[] args) {
        List<long[]> keep = new ArrayList<>();
        while (true) keep.add(new long[100_000]);
    }
}
"""}, {}, "java.lang.OutOfMemoryError", setup=javac("src/app/Cache.java"), tool="java", ecosystem="java"),
]

SHELL = [
    sc("n_sh_mm_make_node_esbuild", "missing_module", "make bundle",
       "make bundle runs a node build script that requires esbuild (not installed); make stops with Error 1",
       {"Makefile": "bundle:\n\tnode tools/bundle.js src/index.js dist/app.js\n",
        "tools/bundle.js": "const esbuild = require('esbuild');\nesbuild.buildSync({ entryPoints: [process.argv[2]], outfile: process.argv[3], bundle: true });\n",
        "src/index.js": "console.log(1);\n"},
       {"module": "esbuild"}, "Error: Cannot find module", tool="make", ecosystem="node"),
    sc("n_sh_fnf_bash_source_env", "file_not_found", "bash deploy.sh prod",
       "a deploy script sources env/$1.env, which does not exist; with set -e bash stops at the source line",
       {"deploy.sh": "#!/bin/bash\nset -euo pipefail\necho \"deploying to $1\"\nsource \"env/$1.env\"\necho \"target host: $DEPLOY_HOST\"\n",
        "env/staging.env": "DEPLOY_HOST=stage.internal\n"},
       {"path": "env/prod.env"}, "No such file or directory", tool="bash", ecosystem="shell"),
    sc("n_sh_perm_dash_redirect_ro", "permission", "dash healthcheck.sh",
       "a dash health check writes its status file with a redirect into a read-only file (run without capabilities)",
       {"healthcheck.sh": "#!/bin/sh\nset -e\nstatus=ok\necho \"status=$status at $(date +%s)\" > out/status.txt\necho written\n",
        "out/status.txt": "status=unknown\n"},
       {"path": "out/status.txt"}, "Permission denied", modes={"out/status.txt": 0o444}, drop_caps=True, tool="dash", ecosystem="shell"),
    sc("n_sh_conn_make_curl_smoke", "connection", "make smoke",
       "make smoke curls the Node API's health URL, which is down (curl exit 7, make Error 7)",
       {"Makefile": "API ?= http://127.0.0.1:{{api}}\n\nsmoke:\n\t@echo \"smoke test against $(API)\"\n\t@curl -fsS $(API)/health > /dev/null\n\t@echo smoke ok\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/health"}, "curl: (7)", servers=CLOSED, tool="make", ecosystem="make"),
    sc("n_sh_syn_bash_missing_then", "syntax", "bash ci/check.sh",
       "a CI script misses 'then' after an if; bash reports a syntax error near the unexpected token fi",
       {"ci/check.sh": "#!/bin/bash\necho 'running checks'\nif [ -f package.json ]\n  echo 'node project'\nfi\necho done\n"},
       {"file": "ci/check.sh", "line": 5}, "syntax error", tool="bash", ecosystem="shell"),
    sc("n_sh_json_jq_config", "json_format", "sh -c 'port=$(jq -r .db.port config/db.json) && echo \"db port $port\"'",
       "a shell line reads a port with jq from a JSON file with a missing comma (jq: parse error ... at line 4, column ...); the file is only in the command",
       {"config/db.json": '{\n  "db": {\n    "host": "localhost"\n    "port": 5432\n  }\n}\n'},
       {"json_file": "config/db.json", "line": 4}, "jq parse error", tool="sh", ecosystem="shell"),
    sc("n_sh_fnf_make_no_rule", "file_not_found", "make db.sqlite",
       "make builds a SQLite database from src/schema.sql, which is missing (No rule to make target ..., needed by ...)",
       {"Makefile": "db.sqlite: src/schema.sql\n\tsqlite3 $@ < $<\n"},
       {"path": "src/schema.sql"}, "make: *** No rule", dirs=["src"], tool="make", ecosystem="make"),
    sc("n_sh_conn_devtcp_wait", "connection", "bash wait-for.sh 127.0.0.1 {{api}}",
       "a wait-for script probes host and port from its argv with bash /dev/tcp three times and gives up",
       {"wait-for.sh": "#!/bin/bash\nhost=$1 port=$2\nfor i in 1 2 3; do\n  if (exec 3<>\"/dev/tcp/$host/$port\") 2>/dev/null; then echo up; exit 0; fi\n  echo \"waiting for service ($i/3)\"\n  sleep 0.2\ndone\necho 'service did not come up' >&2\nexit 1\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers=CLOSED, tool="bash", ecosystem="shell"),
    sc("n_sh_perm_make_bin_noexec", "permission", "make lint",
       "make lint runs node_modules/.bin/eslint, which lost its execute bit (make: ...: Permission denied, Error 127)",
       {"Makefile": "lint:\n\tnode_modules/.bin/eslint src\n",
        "node_modules/.bin/eslint": "#!/usr/bin/env node\nconsole.log('lint ok');\n", "src/a.js": "x\n"},
       {"path": "node_modules/.bin/eslint"}, "Permission denied", modes={"node_modules/.bin/eslint": 0o644}, tool="make", ecosystem="make"),
    sc("n_sh_syn_dash_function_keyword", "syntax", "sh scripts/release.sh",
       "a release script run by sh (dash) uses the bash-only 'function name()' form (Syntax error: \"(\" unexpected)",
       {"scripts/release.sh": "#!/bin/sh\nset -e\n\nfunction bump() {\n  echo \"bumping $1\"\n}\n\nbump patch\n"},
       {"file": "scripts/release.sh", "line": 4}, "Syntax error", tool="sh", ecosystem="shell"),
    sc("n_sh_neg_make_ignored_error", "negative", "make clean all",
       "make: a clean step fails on a missing folder but is marked ignored (-), the build then succeeds; exit 0",
       {"Makefile": "clean:\n\t-rm -r build/cache\nall:\n\tmkdir -p build\n\techo ok > build/out.txt\n\t@echo build complete\n"},
       {}, "", exit=0, tool="make", ecosystem="make"),
    sc("n_sh_neg_log_tail_history", "negative", "bash status.sh",
       "a status script prints yesterday's incident lines from a log (Connection refused, Permission denied) and then that all services are up; exit 0",
       {"status.sh": "#!/bin/bash\necho 'recent incidents (resolved):'\ngrep -h ERROR logs/*.log | tail -n 2 | sed 's/^/  /'\necho 'all services up'\n",
        "logs/api.log": "2026-12-06 03:12:09 ERROR db: connect ECONNREFUSED 127.0.0.1:5432\n2026-12-06 03:12:40 INFO db: reconnected\n",
        "logs/worker.log": "2026-12-06 04:00:01 ERROR cannot open /var/spool/jobs: Permission denied\n2026-12-06 04:05:00 INFO fixed by ops\n"},
       {}, "", exit=0, tool="bash", ecosystem="shell"),
    sc("n_sh_neg_java_version_gate", "negative", "bash start.sh",
       "a launcher requires Java 21 and refuses to start on the installed Java 17 (its own error, exit 1)",
       {"start.sh": "#!/bin/bash\nv=$(java -version 2>&1 | sed -n 's/.*version \"\\([0-9]*\\).*/\\1/p')\nif [ \"$v\" -lt 21 ]; then\n  echo \"error: Java 21 or newer is required (found Java $v)\" >&2\n  exit 1\nfi\nexec java -jar app.jar\n"},
       {}, "", tool="bash", ecosystem="shell"),
]

PYTHON = [
    sc("n_py_conn_requests_node_api", "connection", DEB_PY + " sync_users.py",
       "a Python sync job calls the Node users API with requests; the API is down (ConnectionError with urllib3's MaxRetryError chain)",
       {"sync_users.py": "import requests\n\nAPI = 'http://127.0.0.1:{{api}}/api/users'\n\nr = requests.get(API, params={'changed': 1}, timeout=5)\nprint(len(r.json()))\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "requests.exceptions.ConnectionError", servers=CLOSED, requires=["py:requests"],
       tool="python3", ecosystem="python"),
    sc("n_py_conn_urllib_logged_argv", "connection", "python3 push_stats.py --gateway http://127.0.0.1:{{api}}/stats",
       "a Python client posts to a Java gateway URL from its argv; logging.exception records the URLError (Connection refused)",
       {"push_stats.py": "import argparse\nimport logging\nimport urllib.request\n\nlogging.basicConfig(format='%(asctime)s %(levelname)s %(name)s: %(message)s')\nlog = logging.getLogger('stats')\n\n"
        "ap = argparse.ArgumentParser()\nap.add_argument('--gateway')\nargs = ap.parse_args()\ntry:\n    urllib.request.urlopen(urllib.request.Request(args.gateway, data=b'{}', method='POST'), timeout=5)\n"
        "except Exception:\n    log.exception('stats push failed')\n    raise SystemExit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/stats"}, "urllib.error.URLError", servers=CLOSED,
       tool="python3", ecosystem="python"),
    sc("n_py_mm_subprocess_node_handlebars", "missing_module", "python3 build_docs.py",
       "a Python docs build runs a Node renderer with subprocess.run(check=True); the renderer requires handlebars (not installed); CalledProcessError follows",
       {"build_docs.py": "import subprocess\n\nprint('rendering templates with node')\nsubprocess.run(['node', 'render.js', 'docs/index.hbs'], check=True)\nprint('done')\n",
        "render.js": "const Handlebars = require('handlebars');\nconsole.log(Handlebars.compile('{{x}}')({ x: 1 }));\n", "docs/index.hbs": "{{x}}\n"},
       {"module": "handlebars"}, "Error: Cannot find module", tool="python3", ecosystem="python"),
    sc("n_py_fnf_subprocess_java_jar", "file_not_found", "python3 make_invoices.py",
       "a Python job runs java -jar tools/pdfgen.jar through subprocess.check_call; the jar is missing (Unable to access jarfile), then CalledProcessError",
       {"make_invoices.py": "import subprocess\n\nfor inv in ['INV-1', 'INV-2']:\n    subprocess.check_call(['java', '-jar', 'tools/pdfgen.jar', inv])\n"},
       {"path": "tools/pdfgen.jar"}, "Error: Unable to access jarfile", dirs=["tools"], tool="python3", ecosystem="python"),
    sc("n_py_json_node_stdout_warning", "json_format", "python3 collect.py",
       "a Python collector json.loads the stdout of a Node script that prints a banner line before its JSON (JSONDecodeError: Extra data / Expecting value)",
       {"collect.py": "import json\nimport subprocess\n\nout = subprocess.run(['node', 'stats.js'], capture_output=True, text=True, check=True).stdout\nstats = json.loads(out)\nprint(stats['count'])\n",
        "stats.js": "console.log('stats v2 (beta)');\nconsole.log(JSON.stringify({ count: 3 }));\n"},
       {}, "json.decoder.JSONDecodeError", tool="python3", ecosystem="python"),
    sc("n_py_ws_websockets_close_1008", "websocket", DEB_PY + " watch_jobs.py",
       "a Python websockets client to a Node job server; the server closes with 1008 (policy violation), recv raises ConnectionClosedError",
       {"watch_jobs.py": "import asyncio\nimport websockets\n\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/jobs') as ws:\n        while True:\n            print(await ws.recv())\n\n\nasyncio.run(main())\n"},
       {"close_code": 1008}, "websockets.exceptions.ConnectionClosedError", servers={"ws": ("ws", "close", 1008, "policy violation")},
       requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("n_py_ws_websocket_client_403", "websocket", DEB_PY + " tail_events.py ws://127.0.0.1:{{ws}}/events",
       "websocket-client's create_connection to a URL in the argv is refused at the handshake with 403 (WebSocketBadStatusException)",
       {"tail_events.py": "import sys\nimport websocket\n\nws = websocket.create_connection(sys.argv[1], timeout=5)\nprint(ws.recv())\n"},
       {"url": "ws://127.0.0.1:{{ws}}/events", "http_status": 403}, "websocket._exceptions.WebSocketBadStatusException",
       servers={"ws": ("http", 403, "forbidden\n")}, requires=["py:websocket"], tool="python3", ecosystem="python"),
    sc("n_py_conn_aiohttp_java_service", "connection", DEB_PY + " price_check.py",
       "an aiohttp client to a Java pricing service that is down; the ClientConnectorError is caught and printed with the program's own words",
       {"price_check.py": "import asyncio\nimport aiohttp\n\n\nasync def main():\n    async with aiohttp.ClientSession() as s:\n        try:\n            async with s.get('http://127.0.0.1:{{api}}/prices/AAPL') as r:\n                print(await r.text())\n"
        "        except aiohttp.ClientError as e:\n            print(f'pricing service unavailable: {e}')\n            raise SystemExit(2)\n\n\nasyncio.run(main())\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "aiohttp.client_exceptions.ClientConnectorError", servers=CLOSED,
       requires=["py:aiohttp"], tool="python3", ecosystem="python", exit=2),
    sc("n_py_perm_shared_config_ro", "permission", "python3 write_flags.py",
       "a Python admin tool writes feature flags for the Node app into shared/flags.json, which is read-only (PermissionError)",
       {"write_flags.py": "import json\n\nflags = {'new_checkout': True}\nwith open('shared/flags.json', 'w') as f:\n    json.dump(flags, f)\nprint('flags written')\n",
        "shared/flags.json": "{}\n"},
       {"path": "shared/flags.json"}, "PermissionError", modes={"shared/flags.json": 0o444}, drop_caps=True, tool="python3", ecosystem="python"),
    sc("n_py_fnf_node_manifest", "file_not_found", "python3 deploy_assets.py",
       "a Python deploy step reads the Node build's dist/manifest.json, which was not built (FileNotFoundError)",
       {"deploy_assets.py": "import json\nfrom pathlib import Path\n\nmanifest = json.loads(Path('dist/manifest.json').read_text())\nfor name, hashed in manifest.items():\n    print(name, '->', hashed)\n"},
       {"path": "dist/manifest.json"}, "FileNotFoundError", dirs=["dist"], tool="python3", ecosystem="python"),
    sc("n_py_json_package_json_version", "json_format", "python3 bump_version.py",
       "a Python release helper reads the Node package.json, which has a trailing comma (JSONDecodeError with line and column)",
       {"bump_version.py": "import json\n\nwith open('package.json') as f:\n    pkg = json.load(f)\nprint('current version', pkg['version'])\n",
        "package.json": '{\n  "name": "shop-api",\n  "version": "2.3.1",\n  "private": true,\n}\n'},
       {"json_file": "package.json", "line": 5}, "json.decoder.JSONDecodeError", tool="python3", ecosystem="python"),
    sc("n_py_neg_requests_500_node", "negative", DEB_PY + " place_order.py",
       "a Python client gets 500 from a live Node orders API; raise_for_status raises HTTPError",
       {"place_order.py": "import requests\n\nr = requests.post('http://127.0.0.1:{{api}}/orders', json={'sku': 'A1'}, timeout=5)\nr.raise_for_status()\nprint(r.json())\n"},
       {}, "requests.exceptions.HTTPError", servers={"api": ("http", 500, "TypeError: Cannot read properties of undefined\n")},
       requires=["py:requests"], tool="python3", ecosystem="python"),
    sc("n_py_neg_unittest_refused_expected", "negative", "python3 -m unittest -v test_client",
       "unittest checks that the client raises ConnectionRefusedError when the Java service is down; the test passes, exit 0",
       {"test_client.py": "import socket\nimport unittest\n\n\nclass ClientTest(unittest.TestCase):\n    def test_refused_when_service_down(self):\n"
        "        with self.assertRaises(ConnectionRefusedError) as cm:\n            socket.create_connection(('127.0.0.1', {{api}}), timeout=2)\n"
        "        print('got expected error:', cm.exception)\n\n\nif __name__ == '__main__':\n    unittest.main()\n"},
       {}, "", servers=CLOSED, exit=0, tool="python3", ecosystem="python"),
    sc("n_py_neg_node_test_failure", "negative", "python3 run_js_tests.py",
       "a Python CI helper runs node --test with check=True; a JS test fails on a logic error, CalledProcessError follows",
       {"run_js_tests.py": "import subprocess\n\nsubprocess.run(['node', '--test', 'test/'], check=True)\n",
        "test/price.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n\ntest('discount', () => {\n  assert.strictEqual(Math.round(100 * 0.85), 80);\n});\n"},
       {}, "subprocess.CalledProcessError", tool="python3", ecosystem="python"),
]

SCENARIOS = NODE + JAVA + SHELL + PYTHON
