"""A twenty-first fresh set (prefix j_), written BLIND for session 13 (issue 14): its author had read only the corpus
README, capture.py, servers.py, common.py, fresh7.py and DESIGN.md sections 4 and 8, never the rules, the parsers, any
capture or another scenario file. The HARD estimate of the outside corpora: everyday situations in the forms that make
diagnosis hard (worker threads, pino/winston-style JSON logs written by hand, npm workspaces and scripts, node --test,
unhandled rejections, Java Caused-by chains with suppressed exceptions and logging formats, make -k, git hooks, xargs -t,
sourced shell libraries, asyncio "Task exception was never retrieved", concurrent.futures and multiprocessing children,
click usage errors, a tox-like runner). About 35 % Node, 20 % Java, 25 % shells and tools, 20 % Python (by program: 36 Node, 19 Java, 27 shells and tools, 28 Python); 25 negatives.
Labels were written before any output was seen. Split: fresh21_train / fresh21_holdout by a fixed hash of the name."""
from scenarios.common import sc, WS_LINK, WS_REQ

CLOSED = {"api": ("closed",)}
PY = "/usr/bin/python3"

# a pino-style logger written by hand (numeric levels, err serialized as type/message/stack plus own fields)
PINO = ("const LEVELS = { info: 30, warn: 40, error: 50, fatal: 60 };\n"
        "function ser(err) {\n  if (!err) return undefined;\n  const o = { type: err.constructor.name, message: err.message, stack: err.stack };\n"
        "  for (const k of ['code', 'errno', 'syscall', 'path', 'address', 'port']) if (err[k] !== undefined) o[k] = err[k];\n  return o;\n}\n"
        "function log(level, msg, extra = {}) {\n  const rec = { level: LEVELS[level], time: Date.now(), pid: process.pid, hostname: 'web-1', ...extra, msg };\n"
        "  if (rec.err) rec.err = ser(rec.err);\n  process.stdout.write(JSON.stringify(rec) + '\\n');\n}\n")

NODE = [
    # ---------------- missing_module ----------------
    sc("j_node_mm_worker_thread_pg", "missing_module", "node --no-warnings src/main.mjs",
       "an ESM service runs its database writer in a worker thread; the worker imports pg (not installed); the main thread logs the worker's error as a pino-style JSON line and then its own shutdown lines",
       {"src/main.mjs": "import { Worker } from 'node:worker_threads';\n" + PINO.replace("function log", "export function log") +
        "log('info', 'starting writer worker');\nconst w = new Worker(new URL('./writer.mjs', import.meta.url));\n"
        "w.on('error', (err) => { log('fatal', 'writer worker crashed', { err }); });\n"
        "w.on('exit', (code) => { log('info', 'worker exited', { code }); log('info', 'closing http server'); log('info', 'shutdown complete'); process.exitCode = 1; });\n",
        "src/writer.mjs": "import pg from 'pg';\nconst pool = new pg.Pool();\nawait pool.query('select 1');\n"},
       {"module": "pg"}, "ERR_MODULE_NOT_FOUND", tool="node"),
    sc("j_node_mm_execfilesync_handlebars", "missing_module", "node build/render-docs.js",
       "a docs build runs a generator with execFileSync and prints only err.message (Command failed ... plus the child's stderr) with its own prefix; the generator requires handlebars",
       {"build/render-docs.js": "const { execFileSync } = require('child_process');\nconsole.log('[docs] rendering 4 pages');\ntry {\n"
        "  execFileSync(process.execPath, ['build/gen.js', 'docs/'], { stdio: ['ignore', 'pipe', 'pipe'] });\n} catch (err) {\n"
        "  console.error('[docs] generator failed: ' + err.message.split('\\n').join('\\n[docs]   '));\n  console.error('[docs] 0 of 4 pages written');\n  process.exit(2);\n}\n",
        "build/gen.js": "const Handlebars = require('handlebars');\nconst tpl = Handlebars.compile('<h1>{{title}}</h1>');\nconsole.log(tpl({ title: 'x' }));\n"},
       {"module": "handlebars"}, "Error: Cannot find module"),
    sc("j_node_mm_optional_then_required", "missing_module", "node server.js",
       "a server first tries the optional native bufferutil (missing, caught, a warning quoting Cannot find module) and then requires ioredis, which is also missing and fatal",
       {"server.js": "let mask;\ntry {\n  mask = require('bufferutil').mask;\n} catch (e) {\n  console.warn(`warn: optional dependency unavailable, using JS fallback (${e.message.split('\\n')[0]})`);\n}\n"
        "console.log('loading cache client');\nconst Redis = require('ioredis');\nconst redis = new Redis();\nconsole.log('ready');\n"},
       {"module": "ioredis"}, "Error: Cannot find module"),
    sc("j_node_mm_node_test_nanoid", "missing_module", "node --test test/",
       "node --test runs three test files; two pass, one imports nanoid/non-secure from an ESM module that is not installed",
       {"test/a.test.mjs": "import test from 'node:test';\nimport assert from 'node:assert';\ntest('math', () => assert.equal(1 + 1, 2));\n",
        "test/b.test.mjs": "import test from 'node:test';\nimport assert from 'node:assert';\nimport { makeId } from '../src/ids.mjs';\ntest('ids are 10 chars', () => assert.equal(makeId().length, 10));\n",
        "test/c.test.mjs": "import test from 'node:test';\nimport assert from 'node:assert';\ntest('strings', () => assert.ok('abc'.includes('b')));\n",
        "src/ids.mjs": "import { nanoid } from 'nanoid/non-secure';\nexport const makeId = () => nanoid(10);\n"},
       {"module": "nanoid"}, "ERR_MODULE_NOT_FOUND"),
    sc("j_node_mm_npm_workspace_zod", "missing_module", "npm run build --workspaces --if-present",
       "npm workspaces: the build of packages/web succeeds, the build of packages/api requires zod (not installed); npm reports the failing workspace after the child's stack",
       {"package.json": '{"name": "mono", "version": "1.0.0", "private": true, "workspaces": ["packages/web", "packages/api"]}\n',
        "packages/web/package.json": '{"name": "@mono/web", "version": "1.0.0", "scripts": {"build": "node build.js"}}\n',
        "packages/web/build.js": "console.log('web: bundled 12 files');\n",
        "packages/api/package.json": '{"name": "@mono/api", "version": "1.0.0", "scripts": {"build": "node scripts/schema.js"}}\n',
        "packages/api/scripts/schema.js": "const { z } = require('zod');\nconsole.log(z.object({ id: z.string() }));\n"},
       {"module": "zod"}, "Error: Cannot find module", tool="npm", ecosystem="node"),

    # ---------------- permission ----------------
    sc("j_node_perm_pidfile_pino", "permission", "node daemon.js --pidfile run/daemon.pid",
       "a daemon writes its pid file into a read-only run folder; the error is logged as a pino-style JSON line with the err object, followed by cleanup lines (run without capabilities)",
       {"daemon.js": "const fs = require('fs');\n" + PINO + "const pidfile = process.argv[process.argv.indexOf('--pidfile') + 1];\nlog('info', 'daemon starting');\n"
        "try {\n  fs.writeFileSync(pidfile, String(process.pid));\n} catch (err) {\n  log('error', 'cannot write pid file', { err });\n  log('info', 'releasing port 8125');\n  log('info', 'bye');\n  process.exit(1);\n}\n"},
       {"path": "run/daemon.pid"}, "EACCES", dirs=["run"], modes={"run": 0o555}, drop_caps=True),
    sc("j_node_perm_spawn_not_executable", "permission", "node jobs/convert.js",
       "a node job spawns ./bin/convert, which lost its execute bit; the child's 'error' event is logged by a winston-style text line with the error's fields as JSON",
       {"jobs/convert.js": "const { spawn } = require('child_process');\nconst ts = () => new Date().toISOString();\nconsole.log(`${ts()} info: converting 3 images`);\n"
        "const child = spawn('./bin/convert', ['--quality', '80', 'img/']);\nchild.on('error', (err) => {\n"
        "  console.log(`${ts()} error: converter could not start ${JSON.stringify({ code: err.code, errno: err.errno, syscall: err.syscall, path: err.path })}`);\n  process.exitCode = 1;\n});\n"
        "child.on('close', (code) => console.log(`${ts()} info: converter finished ${code}`));\n",
        "bin/convert": "#!/bin/sh\necho converting \"$@\"\n"},
       {"path": "bin/convert"}, "EACCES", modes={"bin/convert": 0o644}),
    sc("j_node_perm_mkdir_recursive_esm", "permission", "node --no-warnings thumbs.mjs",
       "an ESM thumbnail job creates cache/thumbs/2026 with mkdir recursive under a read-only cache folder; the top-level await rejection is not caught (run without capabilities)",
       {"thumbs.mjs": "import { mkdir, writeFile } from 'node:fs/promises';\nconsole.log('thumbs: 3 sources');\nawait mkdir('cache/thumbs/2026', { recursive: true });\nawait writeFile('cache/thumbs/2026/a.png', '');\n"},
       {"path": "cache/thumbs"}, "EACCES", dirs=["cache"], modes={"cache": 0o555}, drop_caps=True),
    # ---------------- syntax ----------------
    sc("j_node_syn_dynamic_plugin_json_stack", "syntax", "node --no-warnings app.mjs",
       "an ESM app loads plugins with dynamic import(); one plugin has a stray closing brace; the loader logs a JSON line whose stack field holds the file:line block, then the app goes on and exits 1",
       {"app.mjs": "const names = ['audit', 'metrics'];\nlet failed = 0;\nfor (const name of names) {\n  try {\n    await import(`./plugins/${name}.mjs`);\n"
        "    console.log(JSON.stringify({ level: 'info', message: 'plugin loaded', plugin: name }));\n  } catch (err) {\n    failed++;\n"
        "    console.log(JSON.stringify({ level: 'error', message: 'plugin load failed', plugin: name, stack: err.stack }));\n  }\n}\n"
        "console.log(JSON.stringify({ level: 'info', message: 'startup finished', failed }));\nprocess.exitCode = failed ? 1 : 0;\n",
        "plugins/audit.mjs": "export function audit(ev) {\n  if (ev.type === 'login') {\n    return true;\n  }\n  }\n}\n",
        "plugins/metrics.mjs": "export const metrics = () => 1;\n"},
       {"file": "plugins/audit.mjs", "line": 6}, "SyntaxError"),
    sc("j_node_syn_npm_test_extra_paren", "syntax", "npm test",
       "npm test runs node --test; a CommonJS helper required by the test file has one closing parenthesis too many",
       {"package.json": '{"name": "slugs", "version": "1.0.0", "scripts": {"test": "node --test test/"}}\n',
        "lib/slug.js": "function slug(s) {\n  return s.trim()\n    .toLowerCase()\n    .replace(/ +/g, '-'));\n}\nmodule.exports = { slug };\n",
        "test/slug.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst { slug } = require('../lib/slug');\n\ntest('slug', () => assert.equal(slug(' A b '), 'a-b'));\n"},
       {"file": "lib/slug.js", "line": 4}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("j_node_syn_worker_missing_brace", "syntax", "node pool.js 2",
       "a node pool starts two worker threads from workers/task.js, which misses a closing brace; each worker's error is printed by the pool with console.error(err) and the pool exits 1",
       {"pool.js": "const { Worker } = require('worker_threads');\nconst n = Number(process.argv[2]);\nlet bad = 0;\nfor (let i = 0; i < n; i++) {\n"
        "  const w = new Worker('./workers/task.js', { workerData: i });\n  w.on('error', (err) => { bad++; console.error(`worker ${i} failed:`, err); });\n"
        "  w.on('exit', () => { if (--pending === 0) { console.log(`pool done, ${bad} failed`); process.exit(bad ? 1 : 0); } });\n}\nlet pending = n;\n",
        "workers/task.js": "const { workerData, parentPort } = require('worker_threads');\nfunction run(x) {\n  if (x > 0) {\n    return x * 2;\n}\nparentPort.postMessage(run(workerData));\n"},
       {"file": "workers/task.js"}, "SyntaxError"),

    # ---------------- connection ----------------
    sc("j_node_conn_fetch_retry_argv", "connection", "node --no-warnings sync.mjs --api http://127.0.0.1:{{api}}/v1",
       "an ESM sync tool retries fetch three times, logging only 'fetch failed' for each attempt, then rethrows; node prints the TypeError with its [cause] ECONNREFUSED",
       {"sync.mjs": "const api = process.argv[process.argv.indexOf('--api') + 1];\nasync function withRetry(fn, n) {\n  let last;\n  for (let i = 1; i <= n; i++) {\n"
        "    try { return await fn(); } catch (e) { last = e; console.error(`attempt ${i}/${n}: ${e.message}`); await new Promise((r) => setTimeout(r, 50)); }\n  }\n  throw last;\n}\n"
        "const res = await withRetry(() => fetch(`${api}/orders?since=2026-12-01`), 3);\nconsole.log(await res.json());\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v1"}, "TypeError: fetch failed", servers=CLOSED),
    sc("j_node_conn_winston_redis_net", "connection", "node queue.js",
       "a queue consumer connects to redis with net.connect, logs each refusal in winston's text format with a JSON meta object, retries twice and gives up with its own message",
       {"queue.js": "const net = require('net');\nconst cfg = { host: '127.0.0.1', port: {{api}} };\nconst ts = () => new Date().toISOString();\nlet tries = 0;\n"
        "function connect() {\n  const s = net.connect(cfg);\n  s.on('connect', () => console.log(`${ts()} info: connected`));\n  s.on('error', (err) => {\n    tries++;\n"
        "    console.log(`${ts()} warn: redis connection lost ${JSON.stringify({ code: err.code, address: err.address, port: err.port, attempt: tries })}`);\n"
        "    if (tries < 3) setTimeout(connect, 50);\n    else { console.log(`${ts()} error: giving up on the job queue, no jobs will be processed`); process.exit(1); }\n  });\n}\nconnect();\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ECONNREFUSED", servers=CLOSED),
    sc("j_node_conn_npm_smoke_reset", "connection", "npm run smoke",
       "npm run smoke runs a smoke test with API_URL set in the script; the service resets the connection (socket hang up / ECONNRESET); the test prints the failing check",
       {"package.json": '{"name": "svc", "version": "0.3.0", "scripts": {"smoke": "API_URL=http://127.0.0.1:{{api}}/health node smoke.js"}}\n',
        "smoke.js": "const http = require('http');\nconsole.log('smoke: GET /health');\nhttp.get(process.env.API_URL, (res) => {\n  console.log('status', res.statusCode);\n}).on('error', (err) => {\n"
        "  console.error('smoke: FAILED health check');\n  console.error(err);\n  process.exit(1);\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/health"}, "ECONNRESET", servers={"api": ("reset",)}, tool="npm", ecosystem="node"),
    # ---------------- file_not_found ----------------
    sc("j_node_fnf_esm_config_url", "file_not_found", "node --no-warnings src/start.mjs",
       "an ESM start script reads ../config/app.json relative to import.meta.url with readFile; the file is missing; an exit handler prints its own line after the rejection",
       {"src/start.mjs": "import { readFile } from 'node:fs/promises';\nprocess.on('exit', (c) => console.log(`start: shutting down (exit code ${c})`));\n"
        "const cfg = JSON.parse(await readFile(new URL('../config/app.json', import.meta.url), 'utf8'));\nconsole.log('port', cfg.port);\n"},
       {"path": "config/app.json"}, "ENOENT"),
    sc("j_node_fnf_spawn_pino_level", "file_not_found", "node render.js",
       "a render job spawns bin/render.sh, which does not exist; the spawn error is logged as a pino JSON line (numeric level 50, err object)",
       {"render.js": "const { spawn } = require('child_process');\n" + PINO + "log('info', 'render queued', { job: 77 });\n"
        "spawn('bin/render.sh', ['--job', '77']).on('error', (err) => { log('error', 'render failed', { err, job: 77 }); process.exitCode = 1; });\n"},
       {"path": "bin/render.sh"}, "ENOENT"),
    sc("j_node_fnf_pipeline_gzip_cleanup", "file_not_found", "node export.js 2026-12",
       "an export job gzips exports/<month>.csv through stream.pipeline; the source is missing; the callback logs the error and a cleanup line naming the partial .gz it removed",
       {"export.js": "const fs = require('fs');\nconst zlib = require('zlib');\nconst { pipeline } = require('stream');\nconst m = process.argv[2];\nconst src = `exports/${m}.csv`;\n"
        "pipeline(fs.createReadStream(src), zlib.createGzip(), fs.createWriteStream(`${src}.gz`), (err) => {\n  if (err) {\n    console.error('export failed:', err.message);\n"
        "    fs.rmSync(`${src}.gz`, { force: true });\n    console.error(`cleanup: removed partial ${src}.gz`);\n    process.exit(1);\n  }\n  console.log('export ok');\n});\n"},
       {"path": "exports/2026-12.csv"}, "ENOENT", dirs=["exports"]),
    # ---------------- json_format ----------------
    sc("j_node_json_require_settings_npm", "json_format", "npm start",
       "npm start: the app requires ./config/settings.json, which has a trailing comma; the require error names the file",
       {"package.json": '{"name": "api", "version": "1.4.0", "main": "index.js", "scripts": {"start": "node index.js"}}\n',
        "index.js": "const settings = require('./config/settings.json');\nconsole.log('listening on', settings.port);\n",
        "config/settings.json": '{\n  "port": 8080,\n  "db": "postgres://localhost/app",\n}\n'},
       {"json_file": "config/settings.json"}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("j_node_json_fetch_html_logged", "json_format", "node --no-warnings prices.mjs",
       "an ESM client calls res.json() on a 200 answer that is an HTML maintenance page; the error is caught and printed with console.error and a prefix",
       {"prices.mjs": "const url = 'http://127.0.0.1:{{api}}/api/prices';\ntry {\n  const res = await fetch(url);\n  const data = await res.json();\n  console.log(data.length);\n} catch (err) {\n"
        "  console.error('[prices] could not refresh:', err);\n  process.exitCode = 1;\n}\n"},
       {}, "SyntaxError", servers={"api": ("http", 200, "<!DOCTYPE html><html><body>Down for maintenance</body></html>\n", {"Content-Type": "text/html"})}),
    sc("j_node_json_jsonl_ingest_argv", "json_format", "node ingest.js data/events.jsonl",
       "an ingest tool reads a JSON-lines file named in the argv with readline and reports the bad line number with JSON.parse's message; the file name is only in the argv",
       {"ingest.js": "const fs = require('fs');\nconst readline = require('readline');\nconst rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]) });\nlet n = 0, ok = 0;\n"
        "rl.on('line', (line) => {\n  n++;\n  try { JSON.parse(line); ok++; } catch (e) {\n    console.error(`line ${n}: ${e.message}`);\n    console.error(`ingest aborted after ${ok} events`);\n    process.exit(1);\n  }\n});\n",
        "data/events.jsonl": '{"id": 1, "type": "view"}\n{"id": 2, "type": "click"}\n{"id": 3, "type": "view",}\n{"id": 4, "type": "buy"}\n'},
       {"json_file": "data/events.jsonl", "line": 3}, "SyntaxError"),
    sc("j_node_json_import_attributes", "json_format", "node --no-warnings report.mjs",
       "an ESM report imports its config with import attributes (with { type: 'json' }); the JSON has single quotes",
       {"report.mjs": "import cfg from './report.config.json' with { type: 'json' };\nconsole.log('report for', cfg.team);\n",
        "report.config.json": "{\n  'team': 'payments',\n  'days': 7\n}\n"},
       {"json_file": "report.config.json"}, "SyntaxError"),

    # ---------------- import_error ----------------
    sc("j_node_imp_npm_report_named_export", "import_error", "npm run report",
       "npm run report: a prereport step prints its checks, then the ESM report imports parseDate from ./lib/dates.js, which only exports formatDate",
       {"package.json": '{"name": "reports", "version": "1.0.0", "type": "module", "scripts": {"prereport": "node -e \\"console.log(\'checking inputs: ok\')\\"", "report": "node src/report.js"}}\n',
        "src/report.js": "import { parseDate } from './lib/dates.js';\nconsole.log(parseDate('2026-12-07'));\n",
        "src/lib/dates.js": "export function formatDate(d) {\n  return d.toISOString().slice(0, 10);\n}\n"},
       {"name": "parseDate", "from_module": "./lib/dates.js"}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("j_node_imp_node_test_cjs_named", "import_error", "node --test",
       "node --test: an ESM test imports the named export render from a CommonJS module that assigns module.exports dynamically; the test file fails to load among passing ones",
       {"test/render.test.mjs": "import test from 'node:test';\nimport assert from 'node:assert';\nimport { render } from '../lib/tpl.cjs';\ntest('render', () => assert.equal(render('x'), '<p>x</p>'));\n",
        "test/other.test.mjs": "import test from 'node:test';\nimport assert from 'node:assert';\ntest('ok', () => assert.ok(true));\n",
        "lib/tpl.cjs": "const api = {};\nfor (const k of ['render', 'escape']) api[k] = (s) => `<p>${s}</p>`;\nmodule.exports = api;\n"},
       {"name": "render", "from_module": "../lib/tpl.cjs"}, "SyntaxError"),
    sc("j_node_imp_worker_esm_default", "import_error", "node --no-warnings main.mjs",
       "an ESM main starts a worker that does a default import from ./lib/queue.mjs, which has only named exports; the worker's error reaches the main thread's error handler, which logs its message",
       {"main.mjs": "import { Worker } from 'node:worker_threads';\nconst w = new Worker(new URL('./worker.mjs', import.meta.url));\n"
        "w.on('error', (e) => { console.error(`[main] worker error: ${e.name}: ${e.message}`); process.exitCode = 1; });\nw.on('exit', (c) => console.log(`[main] worker exit ${c}`));\n",
        "worker.mjs": "import Queue from './lib/queue.mjs';\nnew Queue().start();\n",
        "lib/queue.mjs": "export class Queue {\n  start() {}\n}\n"},
       {"name": "default", "from_module": "./lib/queue.mjs"}, "SyntaxError"),

    sc("j_node_imp_node22_glob_npm_test", "import_error", "npm test",
       "npm test runs node --test; a helper written for Node 22 imports glob from node:fs/promises, which Node 20 does not export; the test file fails to load",
       {"package.json": '{"name": "assets", "version": "1.0.0", "type": "module", "scripts": {"test": "node --test test/"}}\n',
        "src/find-assets.js": "import { glob } from 'node:fs/promises';\nexport async function findAssets() {\n  const out = [];\n  for await (const f of glob('public/**/*.png')) out.push(f);\n  return out;\n}\n",
        "test/find-assets.test.js": "import test from 'node:test';\nimport assert from 'node:assert';\nimport { findAssets } from '../src/find-assets.js';\ntest('finds assets', async () => assert.ok(Array.isArray(await findAssets())));\n"},
       {"name": "glob", "from_module": "node:fs/promises"}, "SyntaxError", tool="npm", ecosystem="node"),

    # ---------------- websocket ----------------
    sc("j_node_ws_pino_close_4401", "websocket", "node ticker.js",
       "a ws client logs pino-style JSON; the server closes with 4401 (token expired); the client reconnects once, gets the same close and exits 1",
       {"ticker.js": "const WebSocket = require('ws');\n" + PINO + "let attempts = 0;\nfunction open() {\n  attempts++;\n  const ws = new WebSocket('ws://127.0.0.1:{{ws}}/ticker');\n"
        "  ws.on('open', () => log('info', 'subscribed'));\n  ws.on('close', (code, reason) => {\n    log('warn', 'ticker socket closed', { code, reason: reason.toString(), attempts });\n"
        "    if (attempts < 2) setTimeout(open, 50); else { log('error', 'ticker stopped'); process.exit(1); }\n  });\n}\nopen();\n"},
       {"close_code": 4401}, "ws", servers={"ws": ("ws", "close", 4401, "token expired")}, setup=WS_LINK, requires=WS_REQ),
    sc("j_node_ws_worker_503_argv", "websocket", "node feed.js ws://127.0.0.1:{{ws}}/feed",
       "a node feed runs its ws client in a worker thread; the upgrade is answered 503; the worker throws from its error handler and the main thread prints 'feed worker crashed' with the error",
       {"feed.js": "const { Worker } = require('worker_threads');\nconst w = new Worker('./feed-worker.js', { workerData: process.argv[2] });\n"
        "w.on('error', (err) => { console.error('feed worker crashed:', err.message); process.exitCode = 1; });\n",
        "feed-worker.js": "const { workerData } = require('worker_threads');\nconst WebSocket = require('ws');\nconst ws = new WebSocket(workerData);\nws.on('error', (err) => { throw err; });\n"},
       {"url": "ws://127.0.0.1:{{ws}}/feed", "http_status": 503}, "Unexpected server response", servers={"ws": ("http", 503, "upstream unavailable\n")},
       setup=WS_LINK, requires=WS_REQ),
    sc("j_node_ws_npm_esm_1011", "websocket", "npm run listen",
       "npm run listen: an ESM ws listener rejects a promise when the server closes with 1011; the rejection is unhandled and npm prints its failure lines",
       {"package.json": '{"name": "listen", "version": "1.0.0", "type": "module", "scripts": {"listen": "node listen.mjs"}}\n',
        "listen.mjs": "import WebSocket from 'ws';\nconst done = new Promise((resolve, reject) => {\n  const ws = new WebSocket('ws://127.0.0.1:{{ws}}/events');\n"
        "  ws.on('message', (m) => console.log('event', m.toString()));\n  ws.on('close', (code, reason) => reject(new Error(`events socket closed (${code}) ${reason}`)));\n});\nawait done;\n"},
       {"close_code": 1011}, "Error", servers={"ws": ("ws", "close", 1011, "internal error")}, setup=WS_LINK, requires=WS_REQ, tool="npm", ecosystem="node"),

    # ---------------- negatives ----------------
    sc("j_node_neg_test_titles_errors", "negative", "node --test test/",
       "node --test: all tests pass; their titles describe how the client handles ECONNREFUSED, EACCES and Cannot find module (exit 0)",
       {"test/errors.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst classify = (code) => ({ ECONNREFUSED: 'retry', EACCES: 'fatal', MODULE_NOT_FOUND: 'install' })[code];\n"
        "test('retries on ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:5432', () => assert.equal(classify('ECONNREFUSED'), 'retry'));\n"
        "test(\"fails fast on EACCES: permission denied, open '/etc/app.key'\", () => assert.equal(classify('EACCES'), 'fatal'));\n"
        "test(\"asks to install on Error: Cannot find module 'pg'\", () => assert.equal(classify('MODULE_NOT_FOUND'), 'install'));\n"},
       {}, "", exit=0),
    sc("j_node_neg_fetch_500_pino", "negative", "node --no-warnings push.mjs",
       "an ESM push job gets HTTP 500 from a live API and logs a pino-style error line with its own Error (status 500), exits 1",
       {"push.mjs": PINO + "const res = await fetch('http://127.0.0.1:{{api}}/v1/push', { method: 'POST', body: '{}' });\nif (!res.ok) {\n"
        "  log('error', 'push rejected', { err: new Error(`upstream returned ${res.status}: ${(await res.text()).trim()}`), status: res.status });\n  process.exit(1);\n}\n"},
       {}, "Error", servers={"api": ("http", 500, "internal error: nil pointer in handler\n")}),
    sc("j_node_neg_failover_then_ok", "negative", "node connect-db.js",
       "a client tries the primary (refused, logged as a JSON warn with ECONNREFUSED and the address), then the replica, which answers; it prints ready and exits 0",
       {"connect-db.js": "const net = require('net');\nconst hosts = [{ host: '127.0.0.1', port: {{down}} }, { host: '127.0.0.1', port: {{up}} }];\n"
        "function tryHost(i) {\n  const s = net.connect(hosts[i], () => {\n    console.log(JSON.stringify({ level: 'info', msg: 'connected', ...hosts[i] }));\n    s.end();\n    console.log('ready');\n  });\n"
        "  s.on('error', (err) => {\n    console.log(JSON.stringify({ level: 'warn', msg: 'primary unavailable, trying replica', error: `connect ${err.code} ${err.address}:${err.port}` }));\n    tryHost(i + 1);\n  });\n}\ntryHost(0);\n"},
       {}, "", servers={"down": ("closed",), "up": ("banner", b"+OK\r\n")}, exit=0),
    sc("j_node_neg_assert_deep_enoent_values", "negative", "node check-errors.js",
       "a node self-check compares an error-code table with assert.deepStrictEqual; the tables differ (AssertionError quoting ENOENT and EACCES strings)",
       {"check-errors.js": "const assert = require('assert');\nconst expected = { ENOENT: 'no such file or directory', EACCES: 'permission denied' };\n"
        "const actual = { ENOENT: 'no such file or directory', EACCES: 'access denied' };\nassert.deepStrictEqual(actual, expected);\nconsole.log('tables match');\n"},
       {}, "AssertionError"),
    sc("j_node_neg_business_rejection", "negative", "node --no-warnings transfer.mjs 42 900",
       "an ESM transfer tool rejects with a business error (insufficient funds, code E_FUNDS) that is not caught; node prints the error with its code",
       {"transfer.mjs": "const [acct, amount] = process.argv.slice(2).map(Number);\nconst balance = 350;\nclass TransferError extends Error {\n  constructor(m, code) { super(m); this.code = code; }\n}\n"
        "if (amount > balance) throw new TransferError(`insufficient funds for account ${acct}: balance ${balance}, requested ${amount}`, 'E_FUNDS');\nconsole.log('transferred');\n"},
       {}, "TransferError"),
    sc("j_node_neg_ws_normal_close_own_error", "negative", "node snapshot.js",
       "a ws client gets a normal 1000 close before any snapshot and then throws its own Error (no snapshots received)",
       {"snapshot.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/snap');\nconst got = [];\nws.on('message', (m) => got.push(m));\n"
        "ws.on('close', (code) => {\n  console.log(`socket closed normally (${code})`);\n  if (got.length < 3) throw new Error(`expected 3 snapshots, got ${got.length}`);\n});\n"},
       {}, "Error", servers={"ws": ("ws", "close", 1000, "bye")}, setup=WS_LINK, requires=WS_REQ),
    sc("j_node_neg_npm_lint_errors", "negative", "npm run lint",
       "npm run lint: a hand-written linter reports unused variables as 'error' lines with file:line:col and exits 1",
       {"package.json": '{"name": "web", "version": "1.0.0", "scripts": {"lint": "node tools/lint.js src"}}\n',
        "tools/lint.js": "const fs = require('fs');\nconst path = require('path');\nlet errors = 0;\nfor (const f of fs.readdirSync(process.argv[2])) {\n"
        "  const file = path.join(process.argv[2], f);\n  fs.readFileSync(file, 'utf8').split('\\n').forEach((ln, i) => {\n    const m = ln.match(/^const (\\w+) = /);\n"
        "    if (m && !ln.includes('export')) { errors++; console.log(`${file}:${i + 1}:7  error  '${m[1]}' is assigned a value but never used  no-unused-vars`); }\n  });\n}\n"
        "console.log(`\\n\\u2716 ${errors} problems (${errors} errors, 0 warnings)`);\nprocess.exit(errors ? 1 : 0);\n",
        "src/a.js": "const unused = 1;\nexport const used = 2;\n", "src/b.js": "const tmp = 3;\n"},
       {}, "", tool="npm", ecosystem="node"),
    sc("j_node_neg_validator_expects_invalid", "negative", "node validate-fixtures.js",
       "a fixture validator parses fixtures/invalid/*.json, which must fail, and prints each JSON.parse error as expected; all fixtures behave, exit 0",
       {"validate-fixtures.js": "const fs = require('fs');\nlet bad = 0;\nfor (const f of fs.readdirSync('fixtures/invalid').sort()) {\n  try {\n"
        "    JSON.parse(fs.readFileSync(`fixtures/invalid/${f}`, 'utf8'));\n    console.log(`UNEXPECTED: ${f} parsed`); bad++;\n  } catch (e) {\n    console.log(`ok ${f} rejected as expected: ${e.message}`);\n  }\n}\n"
        "console.log(`${bad} unexpected results`);\nprocess.exit(bad);\n",
        "fixtures/invalid/trailing-comma.json": '{"a": 1,}\n', "fixtures/invalid/single-quotes.json": "{'a': 1}\n"},
       {}, "", exit=0),
]

# a logback-style line written by hand: "2026-12-07 11:00:00.123 ERROR [main] a.b.C - message" then the stack
LOGBACK = ("    static void log(String level, String logger, String msg, Throwable t) {\n"
           "        String ts = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern(\"yyyy-MM-dd HH:mm:ss.SSS\"));\n"
           "        System.out.println(ts + \" \" + String.format(\"%-5s\", level) + \" [\" + Thread.currentThread().getName() + \"] \" + logger + \" - \" + msg);\n"
           "        if (t != null) t.printStackTrace(System.out);\n    }\n")

JAVA = [
    sc("j_java_mm_jar_manifest_classpath", "missing_module", "java -jar app.jar export",
       "java -jar: the jar's manifest Class-Path names lib/gson-2.10.jar, which was not shipped; NoClassDefFoundError caused by ClassNotFoundException when the export command runs",
       {"src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(\"command: \" + a[0]);\n"
        "        System.out.println(new com.google.gson.Gson().toJson(a));\n    }\n}\n",
        "stub/com/google/gson/Gson.java": "package com.google.gson;\n\npublic class Gson {\n    public String toJson(Object o) { return \"[]\"; }\n}\n",
        "manifest.txt": "Main-Class: app.Main\nClass-Path: lib/gson-2.10.jar\n"},
       {"module": "com.google.gson.Gson"}, "java.lang.NoClassDefFoundError",
       setup=["javac -d out src/app/Main.java stub/com/google/gson/Gson.java && jar cfm app.jar manifest.txt -C out app && rm -rf out stub"]),
    sc("j_java_mm_javac_build_script", "missing_module", "bash build.sh",
       "a set -e build script compiles with javac -cp lib/*; a class imports org.apache.commons.lang3, whose jar is not in lib; javac prints two errors, the script's ERR trap prints the failed line",
       {"build.sh": "#!/bin/bash\nset -eE\ntrap 'echo \"build.sh: step failed at line $LINENO (exit $?)\" >&2' ERR\necho '[1/3] cleaning'\nrm -rf out && mkdir -p out lib\n"
        "echo '[2/3] compiling'\njavac -cp 'lib/*' -d out src/app/*.java\necho '[3/3] packaging'\njar cf app.jar -C out .\n",
        "src/app/Names.java": "package app;\n\nimport org.apache.commons.lang3.StringUtils;\n\npublic class Names {\n    public static String clean(String s) {\n        return StringUtils.capitalize(s.trim());\n    }\n}\n",
        "src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(Names.clean(\" bob \"));\n    }\n}\n"},
       {"module": "org.apache.commons.lang3"}, "javac", tool="bash", ecosystem="java"),
    sc("j_java_mm_run_sh_jdbc_driver", "missing_module", "bin/run.sh migrate",
       "a start script runs java with -cp 'out:lib/*'; the app loads org.postgresql.Driver with Class.forName and wraps the ClassNotFoundException in its own IllegalStateException (Caused by)",
       {"bin/run.sh": "#!/bin/sh\ncd \"$(dirname \"$0\")/..\"\necho \"run.sh: starting app ($1)\"\nexec java -cp 'out:lib/*' app.Migrate \"$@\"\n",
        "src/app/Migrate.java": "package app;\n\npublic class Migrate {\n    public static void main(String[] a) {\n        System.out.println(\"migrate: loading JDBC driver\");\n        try {\n"
        "            Class.forName(\"org.postgresql.Driver\");\n        } catch (ClassNotFoundException e) {\n            throw new IllegalStateException(\"JDBC driver not available\", e);\n        }\n    }\n}\n"},
       {"module": "org.postgresql.Driver"}, "java.lang.ClassNotFoundException", modes={"bin/run.sh": 0o755},
       setup=["mkdir -p lib && javac -d out src/app/Migrate.java"], tool="bin/run.sh", ecosystem="java"),

    sc("j_java_perm_logback_app_log", "permission", "java -cp out app.Worker",
       "a java worker opens logs/worker.log for appending; the file is read-only; the error is printed in a logback-style line with the stack, then the worker continues to stop its pool and exits 1 (run without capabilities)",
       {"src/app/Worker.java": "package app;\n\nimport java.nio.file.*;\n\npublic class Worker {\n" + LOGBACK +
        "    public static void main(String[] a) throws Exception {\n        log(\"INFO\", \"app.Worker\", \"starting worker pool (4 threads)\", null);\n        try {\n"
        "            Files.writeString(Path.of(\"logs/worker.log\"), \"started\\n\", StandardOpenOption.CREATE, StandardOpenOption.APPEND);\n"
        "        } catch (java.io.IOException e) {\n            log(\"ERROR\", \"app.Worker\", \"cannot open the worker log\", e);\n"
        "            log(\"INFO\", \"app.Worker\", \"stopping worker pool\", null);\n            System.exit(1);\n        }\n    }\n}\n",
        "logs/worker.log": "old\n"},
       {"path": "logs/worker.log"}, "java.nio.file.AccessDeniedException", modes={"logs/worker.log": 0o444}, drop_caps=True,
       setup=["javac -d out src/app/Worker.java"]),
    sc("j_java_perm_three_deep_chain", "permission", "java -cp out app.Report out/report.csv",
       "a java report wraps its write in UncheckedIOException inside a stream, which the caller wraps in RuntimeException('export failed'); the AccessDeniedException is the third Caused by (run without capabilities)",
       {"src/app/Report.java": "package app;\n\nimport java.io.*;\nimport java.nio.file.*;\nimport java.util.List;\n\npublic class Report {\n"
        "    static void write(Path p, String line) {\n        try {\n            Files.writeString(p, line);\n        } catch (IOException e) {\n            throw new UncheckedIOException(\"write \" + p.getFileName(), e);\n        }\n    }\n\n"
        "    public static void main(String[] a) {\n        System.out.println(\"report: 3 rows\");\n        try {\n            List.of(\"a,1\", \"b,2\").forEach(l -> write(Path.of(a[0]), l));\n"
        "        } catch (RuntimeException e) {\n            throw new RuntimeException(\"export failed\", e);\n        }\n    }\n}\n"},
       {"path": "out/report.csv"}, "java.nio.file.AccessDeniedException", dirs=["out"], drop_caps=True,
       setup=["javac -d classes src/app/Report.java && mv classes/app out/ && rmdir classes && chmod 555 out"]),

    sc("j_java_syn_make_two_errors", "syntax", "make jar",
       "make jar compiles with javac; Util.java misses a semicolon in its second method; javac reports it and make prints its Error 1 line",
       {"Makefile": "SRC := $(wildcard src/app/*.java)\njar: $(SRC)\n\t@mkdir -p out\n\tjavac -Xlint:none -d out $(SRC)\n\tjar cf app.jar -C out .\n",
        "src/app/Util.java": "package app;\n\npublic class Util {\n    static int twice(int x) {\n        return x * 2;\n    }\n\n    static int half(int x) {\n        int y = x / 2\n        return y;\n    }\n}\n",
        "src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(Util.twice(2));\n    }\n}\n"},
       {"file": "src/app/Util.java", "line": 9}, "javac", tool="make", ecosystem="java"),
    sc("j_java_syn_set_e_illegal_start", "syntax", "bash ci/compile.sh",
       "a CI script with set -e compiles with javac; a method has an extra closing brace so javac reports class, interface, enum, or record expected; the EXIT trap prints its cleanup lines after the errors",
       {"ci/compile.sh": "#!/bin/bash\nset -e\ntmp=$(mktemp -d)\ntrap 'echo \"ci: removing $tmp\"; rm -rf \"$tmp\"; echo \"ci: done\"' EXIT\necho 'ci: javac'\njavac -d \"$tmp\" src/app/Orders.java\necho 'ci: compiled'\n",
        "src/app/Orders.java": "package app;\n\npublic class Orders {\n    public static int total(int[] xs) {\n        int t = 0;\n        for (int x : xs) {\n            t += x;\n        }\n        }\n        return t;\n    }\n}\n"},
       {"file": "src/app/Orders.java", "line": 10}, "javac", tool="bash", ecosystem="java"),

    sc("j_java_conn_migrate_retry_argv", "connection", "java -cp out app.Migrate --db 127.0.0.1:{{db}}",
       "a java migration connects with a raw Socket to the address given in --db, logs each refused attempt as a JUL-style warning, then throws IllegalStateException('database unavailable') caused by the last ConnectException",
       {"src/app/Migrate.java": "package app;\n\nimport java.net.*;\nimport java.util.logging.*;\n\npublic class Migrate {\n    public static void main(String[] a) throws Exception {\n"
        "        Logger log = Logger.getLogger(\"app.Migrate\");\n        String[] hp = a[1].split(\":\");\n        Exception last = null;\n        for (int i = 1; i <= 3; i++) {\n"
        "            try (Socket s = new Socket()) {\n                s.connect(new InetSocketAddress(hp[0], Integer.parseInt(hp[1])), 2000);\n                return;\n            } catch (ConnectException e) {\n"
        "                last = e;\n                log.warning(\"attempt \" + i + \"/3 failed: \" + e.getMessage());\n                Thread.sleep(50);\n            }\n        }\n"
        "        throw new IllegalStateException(\"database unavailable\", last);\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, "java.net.ConnectException", servers={"db": ("closed",)}, setup=["javac -d out src/app/Migrate.java"]),
    sc("j_java_conn_httpclient_timeout", "connection", "java -cp out app.Poll http://127.0.0.1:{{api}}/jobs/next",
       "a java poller sends a request with a 1 s timeout to a service that accepts and never answers; HttpTimeoutException: request timed out, with the URL only in the argv",
       {"src/app/Poll.java": "package app;\n\nimport java.net.URI;\nimport java.net.http.*;\nimport java.time.Duration;\n\npublic class Poll {\n    public static void main(String[] a) throws Exception {\n"
        "        System.out.println(\"poll: asking for the next job\");\n        HttpRequest req = HttpRequest.newBuilder(URI.create(a[0])).timeout(Duration.ofSeconds(1)).build();\n"
        "        System.out.println(HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body());\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/jobs/next"}, "java.net.http.HttpTimeoutException",
       servers={"api": ("silent",)}, setup=["javac -d out src/app/Poll.java"]),
    sc("j_java_conn_executor_refused_logback", "connection", "java -cp out app.Fanout",
       "a java fan-out submits three HTTP calls to an executor; the one to the inventory service is refused; Future.get's ExecutionException is logged in logback style with Caused by ConnectException",
       {"src/app/Fanout.java": "package app;\n\nimport java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\n\npublic class Fanout {\n" + LOGBACK +
        "    public static void main(String[] a) throws Exception {\n        ExecutorService ex = Executors.newFixedThreadPool(2);\n        HttpClient c = HttpClient.newHttpClient();\n"
        "        Future<String> f = ex.submit(() -> c.send(HttpRequest.newBuilder(URI.create(\"http://127.0.0.1:{{api}}/inventory/42\")).build(), HttpResponse.BodyHandlers.ofString()).body());\n"
        "        try {\n            System.out.println(f.get());\n        } catch (ExecutionException e) {\n            log(\"ERROR\", \"app.Fanout\", \"inventory lookup failed\", e);\n"
        "            ex.shutdownNow();\n            System.exit(1);\n        }\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/inventory/42"}, "java.net.ConnectException", servers=CLOSED,
       setup=["javac -d out src/app/Fanout.java"]),

    sc("j_java_fnf_suppressed_config", "file_not_found", "java -cp out app.Server --config conf/application.properties",
       "a java server's config loader wraps NoSuchFileException in its own ConfigException; a try-with-resources close also fails and appears as Suppressed; the main exception is printed by a logging line",
       {"src/app/Server.java": "package app;\n\nimport java.io.*;\nimport java.nio.file.*;\n\npublic class Server {\n    static class ConfigException extends Exception {\n        ConfigException(String m, Throwable c) { super(m, c); }\n    }\n"
        "    static class Audit implements AutoCloseable {\n        public void close() throws IOException { throw new IOException(\"audit trail not flushed\"); }\n    }\n"
        "    static String load(String p) throws ConfigException {\n        try (Audit au = new Audit()) {\n            return Files.readString(Path.of(p));\n        } catch (IOException e) {\n"
        "            throw new ConfigException(\"cannot load configuration\", e);\n        }\n    }\n" + LOGBACK +
        "    public static void main(String[] a) {\n        try {\n            load(a[1]);\n        } catch (ConfigException e) {\n            log(\"ERROR\", \"app.Server\", \"startup aborted\", e);\n            System.exit(1);\n        }\n    }\n}\n"},
       {"path": "conf/application.properties"}, "java.nio.file.NoSuchFileException", setup=["javac -d out src/app/Server.java"]),
    sc("j_java_fnf_executor_fileinputstream", "file_not_found", "java -cp out app.Import",
       "a java importer reads three shard files in an executor; data/shard-2.csv is missing; Future.get rethrows ExecutionException caused by FileNotFoundException from main",
       {"src/app/Import.java": "package app;\n\nimport java.io.*;\nimport java.util.*;\nimport java.util.concurrent.*;\n\npublic class Import {\n    public static void main(String[] a) throws Exception {\n"
        "        ExecutorService ex = Executors.newFixedThreadPool(3);\n        List<Future<Integer>> fs = new ArrayList<>();\n        for (int i = 1; i <= 3; i++) {\n            String p = \"data/shard-\" + i + \".csv\";\n"
        "            fs.add(ex.submit(() -> { try (InputStream in = new FileInputStream(p)) { return in.readAllBytes().length; } }));\n        }\n"
        "        try {\n            for (Future<Integer> f : fs) System.out.println(\"rows \" + f.get());\n        } finally {\n            ex.shutdown();\n        }\n    }\n}\n",
        "data/shard-1.csv": "a\n", "data/shard-3.csv": "c\n"},
       {"path": "data/shard-2.csv"}, "java.io.FileNotFoundException", setup=["javac -d out src/app/Import.java"]),
    sc("j_java_ws_handshake_403_jul", "websocket", "java -cp out app.Live ws://127.0.0.1:{{ws}}/live",
       "java.net.http WebSocket: the upgrade is answered 403; the CompletionException is logged by java.util.logging (two-line SEVERE record) with the stack; the URL is only in the argv",
       {"src/app/Live.java": "package app;\n\nimport java.net.URI;\nimport java.net.http.*;\nimport java.util.logging.*;\n\npublic class Live {\n    public static void main(String[] a) {\n"
        "        Logger log = Logger.getLogger(\"app.Live\");\n        try {\n            HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(a[0]), new WebSocket.Listener() {}).join();\n"
        "        } catch (java.util.concurrent.CompletionException e) {\n            log.log(Level.SEVERE, \"live feed failed\", e);\n            System.exit(1);\n        }\n    }\n}\n"},
       {"url": "ws://127.0.0.1:{{ws}}/live", "http_status": 403}, "java.net.http.WebSocketHandshakeException",
       servers={"ws": ("http", 403, "forbidden\n")}, setup=["javac -d out src/app/Live.java"]),
    sc("j_java_ws_close_4000_listener", "websocket", "java -cp out app.Feed",
       "a java WebSocket listener's onClose logs a JUL warning with the status 4000 and reason (session replaced) and exits 1",
       {"src/app/Feed.java": "package app;\n\nimport java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\nimport java.util.logging.*;\n\npublic class Feed {\n"
        "    public static void main(String[] a) throws Exception {\n        Logger log = Logger.getLogger(\"app.Feed\");\n        CountDownLatch done = new CountDownLatch(1);\n"
        "        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(\"ws://127.0.0.1:{{ws}}/feed\"), new WebSocket.Listener() {\n"
        "            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {\n                log.warning(\"feed closed by server: status=\" + status + \" reason=\" + reason);\n                done.countDown();\n                return null;\n            }\n        }).join();\n"
        "        done.await(5, TimeUnit.SECONDS);\n        System.exit(1);\n    }\n}\n"},
       {"close_code": 4000}, "java", servers={"ws": ("ws", "close", 4000, "session replaced")}, setup=["javac -d out src/app/Feed.java"]),

    # ---------------- negatives ----------------
    sc("j_java_neg_selftest_expected", "negative", "java -cp out app.SelfTest",
       "a java self-test compares a computed VAT with the expected value and throws AssertionError('expected:<19.00> but was:<16.00>'); the test names mention a ConnectException scenario",
       {"src/app/SelfTest.java": "package app;\n\npublic class SelfTest {\n    static void check(String name, String exp, String got) {\n        if (!exp.equals(got)) throw new AssertionError(name + \" expected:<\" + exp + \"> but was:<\" + got + \">\");\n"
        "        System.out.println(\"PASS \" + name);\n    }\n\n    public static void main(String[] a) {\n        check(\"retryAfterConnectException\", \"3\", \"3\");\n        check(\"vatGermany\", \"19.00\", String.format(\"%.2f\", 16.0));\n    }\n}\n"},
       {}, "java.lang.AssertionError", setup=["javac -d out src/app/SelfTest.java"]),
    sc("j_java_neg_batch_business_caused_by", "negative", "java -cp out app.Payouts",
       "a java payout batch rejects an invalid IBAN: BatchException caused by IllegalArgumentException, printed by a logback-style line",
       {"src/app/Payouts.java": "package app;\n\npublic class Payouts {\n    static class BatchException extends RuntimeException {\n        BatchException(String m, Throwable c) { super(m, c); }\n    }\n" + LOGBACK +
        "    static void pay(String iban) {\n        if (!iban.startsWith(\"DE\")) throw new IllegalArgumentException(\"invalid IBAN checksum: \" + iban);\n    }\n\n"
        "    public static void main(String[] a) {\n        try {\n            pay(\"XX00123\");\n        } catch (IllegalArgumentException e) {\n            log(\"ERROR\", \"app.Payouts\", \"batch 2026-12-07 rejected\", new BatchException(\"payout 17 of 40 failed\", e));\n            System.exit(1);\n        }\n    }\n}\n"},
       {}, "IllegalArgumentException", setup=["javac -d out src/app/Payouts.java"]),
    sc("j_java_neg_heap_oom", "negative", "java -Xmx16m -cp out app.Cache",
       "a java cache warm-up loads too much into a 16 MB heap: OutOfMemoryError: Java heap space",
       {"src/app/Cache.java": "package app;\n\nimport java.util.*;\n\npublic class Cache {\n    public static void main(String[] a) {\n        List<byte[]> keep = new ArrayList<>();\n"
        "        System.out.println(\"warming cache\");\n        while (true) keep.add(new byte[1024 * 1024]);\n    }\n}\n"},
       {}, "java.lang.OutOfMemoryError", setup=["javac -d out src/app/Cache.java"]),
    sc("j_java_neg_optional_cache_refused", "negative", "java -cp out app.Api",
       "a java API logs a WARN with a ConnectException stack for its optional cache (refused), continues without it and starts (exit 0)",
       {"src/app/Api.java": "package app;\n\nimport java.net.*;\n\npublic class Api {\n" + LOGBACK +
        "    public static void main(String[] a) {\n        try (Socket s = new Socket()) {\n            s.connect(new InetSocketAddress(\"127.0.0.1\", {{cache}}), 1000);\n        } catch (java.io.IOException e) {\n"
        "            log(\"WARN\", \"app.Cache\", \"cache unavailable, continuing without it\", e);\n        }\n        log(\"INFO\", \"app.Api\", \"started in 0.3 s, listening on 8080\", null);\n    }\n}\n"},
       {}, "", servers={"cache": ("closed",)}, setup=["javac -d out src/app/Api.java"], exit=0),
    sc("j_java_neg_javac_lint_warnings", "negative", "javac -Xlint:all -d out src/app/Legacy.java",
       "javac -Xlint:all compiles a class with raw types and a deprecated call: warnings only, exit 0",
       {"src/app/Legacy.java": "package app;\n\nimport java.util.*;\n\npublic class Legacy {\n    public static void main(String[] a) {\n        List names = new ArrayList();\n        names.add(\"x\");\n"
        "        Integer i = new Integer(3);\n        System.out.println(names.size() + i);\n    }\n}\n"},
       {}, "", exit=0),
]

TOOLS = [
    # ---------------- missing_module ----------------
    sc("j_tool_mm_make_k_mosquitto_header", "missing_module", "make -k all",
       "make -k builds three C tools; bin/mqtt-bridge includes <mosquitto.h> (libmosquitto-dev not installed), the other two build; make -k continues and ends with 'Target all not remade'",
       {"Makefile": "CFLAGS = -Wall -O2\nall: bin/hello bin/mqtt-bridge bin/sum\n\nbin/%: src/%.c\n\t@mkdir -p bin\n\t$(CC) $(CFLAGS) -o $@ $<\n",
        "src/hello.c": "#include <stdio.h>\nint main(void) { puts(\"hello\"); return 0; }\n",
        "src/mqtt-bridge.c": "#include <stdio.h>\n#include <mosquitto.h>\n\nint main(void) {\n    mosquitto_lib_init();\n    return 0;\n}\n",
        "src/sum.c": "#include <stdio.h>\nint main(void) { printf(\"%d\\n\", 1 + 2); return 0; }\n"},
       {"module": "mosquitto"}, "gcc", tool="make", ecosystem="c"),
    sc("j_tool_mm_perl_cron_mail_wrapper", "missing_module", "bash cron/run-job.sh nightly-export",
       "a cron wrapper runs a perl job, captures its output into a variable and prints it indented under a 'job failed' header with the exit status; the job uses YAML::XS, which is not installed",
       {"cron/run-job.sh": "#!/bin/bash\njob=$1\nout=$(perl \"jobs/$job.pl\" 2>&1)\nrc=$?\nif [ $rc -ne 0 ]; then\n  echo \"Subject: [cron] $job failed (status $rc)\"\n  echo\n"
        "  printf '%s\\n' \"$out\" | sed 's/^/    > /'\n  exit $rc\nfi\necho \"$job ok\"\n",
        "jobs/nightly-export.pl": "use strict;\nuse warnings;\nuse YAML::XS qw(LoadFile);\n\nmy $cfg = LoadFile('export.yml');\nprint \"exporting $cfg->{table}\\n\";\n"},
       {"module": "YAML::XS"}, "perl", tool="bash", ecosystem="perl"),
    sc("j_tool_mm_ld_lib_make", "missing_module", "make",
       "make links a C client with -lhiredis; the compile step passes with a warning, the linker cannot find the library; collect2 and make lines follow",
       {"Makefile": "LDLIBS = -lhiredis\nCFLAGS = -Wall\ncache-cli: cache-cli.o\n\t$(CC) -o $@ $^ $(LDLIBS)\n",
        "cache-cli.c": "#include <stdio.h>\nint redisConnect(const char *, int);\nint main(void) {\n    int unused;\n    printf(\"%d\\n\", redisConnect(\"127.0.0.1\", 6379));\n    return 0;\n}\n"},
       {"module": "hiredis"}, "ld", tool="make", ecosystem="c"),

    # ---------------- permission ----------------
    sc("j_tool_perm_deploy_cp_err_trap", "permission", "bash deploy/publish.sh",
       "a deploy script with set -euo pipefail and an ERR trap copies the built site into a read-only public folder; cp reports the first file, the trap prints the line number (run without capabilities)",
       {"deploy/publish.sh": "#!/bin/bash\nset -euo pipefail\ntrap 'echo \"publish: failed at line $LINENO: $BASH_COMMAND\" >&2' ERR\necho 'publish: building'\nmkdir -p build && echo 'console.log(1)' > build/app.js && echo 'body{}' > build/app.css\n"
        "echo 'publish: copying'\ncp build/app.js build/app.css public/\necho 'publish: done'\n"},
       {"path": "public/app.js"}, "cp", dirs=["public"], modes={"public": 0o555}, drop_caps=True, tool="bash", ecosystem="shell"),
    sc("j_tool_perm_run_parts_hook", "permission", "bash bin/run-hooks post-deploy",
       "a run-parts style loop runs every file in hooks.d/post-deploy; the second hook was copied without its execute bit; the loop reports each hook's status and fails at the end",
       {"bin/run-hooks": "#!/bin/bash\nfail=0\nfor h in hooks.d/$1/*; do\n  echo \"run-hooks: $h\"\n  \"./$h\" || { echo \"run-hooks: $h exited $?\"; fail=1; }\ndone\nexit $fail\n",
        "hooks.d/post-deploy/10-purge-cdn": "#!/bin/sh\necho purged\n", "hooks.d/post-deploy/20-notify-chat": "#!/bin/sh\necho notified\n",
        "hooks.d/post-deploy/30-warm": "#!/bin/sh\necho warmed\n"},
       {"path": "hooks.d/post-deploy/20-notify-chat"}, "bash", modes={"hooks.d/post-deploy/10-purge-cdn": 0o755, "hooks.d/post-deploy/20-notify-chat": 0o644,
                                                               "hooks.d/post-deploy/30-warm": 0o755}, tool="bash", ecosystem="shell"),
    sc("j_tool_perm_find_exec_chmod_log", "permission", "bash rotate.sh",
       "a log rotation script runs find -exec gzip on old logs; the logs folder is read-only so gzip cannot create the .gz files; find keeps going and the script checks a count at the end (run without capabilities)",
       {"rotate.sh": "#!/bin/bash\nset -o pipefail\necho \"rotate: $(find logs -name '*.log' | wc -l) logs\"\nfind logs -name '*.log' -exec gzip {} \\;\nleft=$(find logs -name '*.log' | wc -l)\n"
        "if [ \"$left\" -ne 0 ]; then echo \"rotate: $left logs not compressed\"; exit 1; fi\n",
        "logs/app-2026-12-01.log": "a\n"},
       {"path": "logs/app-2026-12-01.log.gz"}, "gzip", modes={"logs": 0o555}, drop_caps=True, tool="bash", ecosystem="shell"),

    # ---------------- syntax ----------------
    sc("j_tool_syn_sourced_lib_then_cmd_not_found", "syntax", "bash bin/release.sh",
       "a release script sources lib/common.sh, which has a stray fi; source fails with a syntax error, the script goes on (log_info was defined before the error) and then fails with 'log_warn: command not found'",
       {"bin/release.sh": "#!/bin/bash\nsource lib/common.sh\necho 'release: starting'\nlog_info 'tagging v1.8.0'\nlog_warn 'CHANGELOG has no entry for v1.8.0'\n",
        "lib/common.sh": "# shared helpers\nlog_info() {\n  echo \"[info] $*\"\n}\n\nlog_warn() {\n  echo \"[warn] $*\" >&2\n  fi\n}\n"},
       {"file": "lib/common.sh", "line": 8}, "bash", tool="bash", ecosystem="shell"),
    sc("j_tool_syn_make_dash_recipe", "syntax", "make release",
       "make release runs sh scripts/bump.sh (dash); the script's while loop lacks its done; dash reports end of file unexpected (expecting \"done\"); make prints Error 2",
       {"Makefile": "release:\n\t@echo 'bumping versions'\n\tsh scripts/bump.sh 1.9.0\n\t@echo 'tagging'\n",
        "scripts/bump.sh": "#!/bin/sh\nv=$1\nfor f in package.json VERSION; do\n  echo \"bump $f to $v\"\n  while read line; do\n    echo \"$line\" > /dev/null\n"
        "  done < \"$f\"\ndone\nwhile true; do\n  echo checking\n  break\n"},
       {"file": "scripts/bump.sh"}, "sh", tool="make", ecosystem="shell"),
    sc("j_tool_syn_perl_module_compilation_failed", "syntax", "perl -Ilib bin/report.pl",
       "a perl report uses its own module Report::Fmt, which misses a closing brace; perl reports it at the module's end with 'Compilation failed in require' and BEGIN failed lines for the script",
       {"bin/report.pl": "#!/usr/bin/perl\nuse strict;\nuse warnings;\nuse Report::Fmt qw(money);\n\nprint money(3), \"\\n\";\n",
        "lib/Report/Fmt.pm": "package Report::Fmt;\nuse strict;\nuse warnings;\nuse Exporter 'import';\nour @EXPORT_OK = ('money');\n\nsub money {\n    my ($x) = @_;\n    if ($x > 0) {\n        return sprintf('%.2f', $x);\n}\n\n1;\n"},
       {"file": "lib/Report/Fmt.pm"}, "perl"),
    sc("j_tool_syn_gcc_k_many_files", "syntax", "make -k -j1",
       "make -k compiles four C files; net.c misses a semicolon (error) and util.c has warnings only; make -k goes on and ends with its summary",
       {"Makefile": "CFLAGS = -Wall -c\nOBJ = main.o util.o net.o log.o\nall: $(OBJ)\n%.o: %.c\n\t$(CC) $(CFLAGS) $< -o $@\n",
        "main.c": "int main(void) { return 0; }\n", "util.c": "int util(void) {\n    int x;\n    return 0;\n}\n",
        "net.c": "#include <stdio.h>\n\nint net_open(int port) {\n    int fd = -1\n    printf(\"%d\\n\", port);\n    return fd;\n}\n",
        "log.c": "int log_level = 2;\n"},
       {"file": "net.c", "line": 5}, "gcc", tool="make", ecosystem="c"),

    # ---------------- connection ----------------
    sc("j_tool_conn_psql_f_make_wait", "connection", "make migrate",
       "make migrate waits for the database with a bounded pg_isready loop (prints 'no response' each time) and then runs psql -f; every attempt is refused; make reports Error 2",
       {"Makefile": "export PGHOST = 127.0.0.1\nexport PGPORT = {{db}}\nmigrate:\n\t@for i in 1 2 3; do pg_isready -q && break; echo \"waiting for db ($$i/3)\"; sleep 0.1; done\n"
        "\tpsql -v ON_ERROR_STOP=1 -U app -d app -f db/migrate.sql\n",
        "db/migrate.sql": "create table if not exists t(id int);\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, "psql", servers={"db": ("closed",)}, tool="make", ecosystem="shell"),
    sc("j_tool_conn_curl_config_file", "connection", "bash notify.sh",
       "a notify script calls curl -sS -K deploy/curlrc with --retry 2 --retry-connrefused; the webhook address is only in the curlrc file; curl prints its retry warnings and the (7) error",
       {"notify.sh": "#!/bin/bash\nset -e\necho 'notify: posting deploy event'\ncurl -sS --retry 2 --retry-delay 0 --retry-connrefused -K deploy/curlrc -d '{\"event\":\"deploy\"}'\necho 'notify: sent'\n",
        "deploy/curlrc": "url = \"http://127.0.0.1:{{api}}/hooks/deploy\"\nheader = \"Content-Type: application/json\"\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/hooks/deploy"}, "curl", servers=CLOSED, tool="bash", ecosystem="shell"),
    sc("j_tool_conn_git_clone_bootstrap", "connection", "bash bootstrap.sh",
       "a set -e bootstrap script clones three repositories from an internal git server; the server is down, git's fatal line names the URL and the script's EXIT trap prints a summary",
       {"bootstrap.sh": "#!/bin/bash\nset -e\ntrap 'echo \"bootstrap: incomplete, cloned: ${done:-none}\"' EXIT\nfor r in api web infra; do\n  echo \"cloning $r\"\n"
        "  git clone -q \"http://127.0.0.1:{{api}}/git/$r.git\" \"src/$r\"\n  done=\"${done:+$done }$r\"\ndone\ntrap - EXIT\necho 'bootstrap: ok'\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/git/api.git"}, "git", servers=CLOSED, tool="bash", ecosystem="shell"),
    # ---------------- file_not_found ----------------
    sc("j_tool_fnf_tar_trap_cleanup", "file_not_found", "bash install-node.sh 20.11.1",
       "an install script with set -e and an EXIT trap extracts downloads/node-v<version>.tar.xz, which was never downloaded; tar's messages are followed by the trap's cleanup lines",
       {"install-node.sh": "#!/bin/bash\nset -e\nv=$1\nwork=$(mktemp -d)\ntrap 'echo \"install-node: cleaning $work\"; rm -rf \"$work\"' EXIT\necho \"install-node: $v\"\n"
        "tar -xJf \"downloads/node-v$v-linux-x64.tar.xz\" -C \"$work\"\necho 'install-node: linking'\n"},
       {"path": "downloads/node-v20.11.1-linux-x64.tar.xz"}, "tar", dirs=["downloads"], tool="bash", ecosystem="shell"),
    sc("j_tool_fnf_sqlite_read_make", "file_not_found", "make db-seed",
       "make db-seed runs sqlite3 with .read for the schema and the seed file; the seed file was renamed; sqlite3 reports it cannot open it",
       {"Makefile": "DB := var/app.db\ndb-seed:\n\t@mkdir -p var\n\tsqlite3 $(DB) '.read db/schema.sql' '.read db/seed-2026.sql'\n",
        "db/schema.sql": "create table if not exists users(id integer primary key, name text);\n", "db/seed.sql": "insert into users(name) values ('a');\n"},
       {"path": "db/seed-2026.sql"}, "sqlite3", tool="make", ecosystem="shell"),
    sc("j_tool_fnf_make_k_cp_assets", "file_not_found", "make -k dist",
       "make -k dist copies scripts, styles and fonts into dist; assets/fonts does not exist; the other copies succeed and make ends with 'Target dist not remade'",
       {"Makefile": "dist: dist/js dist/css dist/fonts\ndist/js:\n\tmkdir -p dist && cp -r assets/js dist/js\ndist/css:\n\tmkdir -p dist && cp -r assets/css dist/css\n"
        "dist/fonts:\n\tmkdir -p dist && cp -r assets/fonts dist/fonts\n",
        "assets/js/app.js": "1\n", "assets/css/app.css": "a{}\n"},
       {"path": "assets/fonts"}, "cp", tool="make", ecosystem="shell"),
    sc("j_tool_fnf_xargs_missing_input", "file_not_found", "bash checksums.sh",
       "a checksum script feeds a file list (release/FILES) through xargs sha256sum; one listed file is missing; sha256sum prints its error among the sums and xargs exits 123",
       {"checksums.sh": "#!/bin/bash\nset -e\necho 'checksums: release/FILES'\nxargs -a release/FILES sha256sum > release/SHA256SUMS\necho 'checksums: written'\n",
        "release/FILES": "release/app.tar.gz\nrelease/app.deb\nrelease/app.rpm\n", "release/app.tar.gz": "x\n", "release/app.rpm": "z\n"},
       {"path": "release/app.deb"}, "sha256sum", tool="bash", ecosystem="shell"),

    # ---------------- json_format ----------------
    sc("j_tool_json_git_hook_jq_loop", "json_format", "git commit -qm 'update deploy targets'",
       "a pre-commit hook validates every staged JSON file with jq, printing 'checking <file>' for each; the third one has a missing comma; the commit is aborted",
       {"config/a-api.json": '{"port": 8080}\n', "config/b-web.json": '{"port": 8081}\n',
        "config/deploy.json": '{\n  "targets": [\n    {"host": "web-1"}\n    {"host": "web-2"}\n  ]\n}\n',
        ".git-hooks/pre-commit": "#!/bin/sh\nfor f in $(git diff --cached --name-only -- '*.json' | sort); do\n  echo \"pre-commit: checking $f\"\n  jq empty \"$f\" || { echo 'pre-commit: invalid JSON, commit aborted'; exit 1; }\ndone\n"},
       {"json_file": "config/deploy.json", "line": 4}, "jq", tool="git", ecosystem="shell",
       setup=["git init -q . && git config core.hooksPath .git-hooks && chmod +x .git-hooks/pre-commit && git add config"]),
    sc("j_tool_json_xargs_t_json_tool", "json_format", "bash validate.sh",
       "a validate script runs find incoming -name '*.json' | sort | xargs -t -n1 python3 -m json.tool; xargs -t echoes each command, the broken file's error names no file",
       {"validate.sh": "#!/bin/bash\nset -o pipefail\nfind incoming -name '*.json' | sort | xargs -t -n1 python3 -m json.tool > /dev/null\n",
        "incoming/a.json": '{"id": 1}\n', "incoming/b.json": '{"id": 2,\n "tags": ["x" "y"]}\n', "incoming/c.json": '{"id": 3}\n'},
       {"json_file": "incoming/b.json", "line": 2}, "json.decoder.JSONDecodeError", tool="bash", ecosystem="python"),
    sc("j_tool_json_perl_jsonpp_cfg", "json_format", "perl bin/sync.pl --config etc/sync.json",
       "a perl sync tool decodes its config named in the argv with JSON::PP inside eval and dies with its own prefix and the decoder's message",
       {"bin/sync.pl": "use strict;\nuse warnings;\nuse JSON::PP;\nuse Getopt::Long;\nGetOptions('config=s' => \\my $cfgfile) or die;\nopen my $fh, '<', $cfgfile or die \"open: $!\";\n"
        "my $raw = do { local $/; <$fh> };\nmy $cfg = eval { decode_json($raw) } or die \"sync: bad configuration: $@\";\nprint \"syncing $cfg->{source}\\n\";\n",
        "etc/sync.json": '{\n  "source": "s3://bucket",\n  "dest": "/srv/data",\n  "dry_run": flase\n}\n'},
       {"json_file": "etc/sync.json"}, "perl", tool="perl", ecosystem="perl"),

    # ---------------- websocket ----------------
    sc("j_tool_ws_curl_upgrade_probe", "websocket", "bash probe-ws.sh",
       "a health script probes a WebSocket endpoint with a curl upgrade request (-i, -f); the gateway answers 502; curl's (22) line follows the status line",
       {"probe-ws.sh": "#!/bin/bash\nurl=http://127.0.0.1:{{ws}}/socket\necho \"probe: upgrade $url\"\ncurl -sS -f -i --max-time 3 -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' "
        "-H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' \"$url\" || { echo \"probe: websocket endpoint unhealthy\"; exit 1; }\n"},
       {"url": "http://127.0.0.1:{{ws}}/socket", "http_status": 502}, "curl", servers={"ws": ("http", 502, "bad gateway\n")}, tool="bash", ecosystem="shell"),

    # ---------------- negatives ----------------
    sc("j_tool_neg_make_k_test_diffs", "negative", "make -k test",
       "make -k test runs two golden-file tests; both outputs differ from the expected files (diff), make reports both failures",
       {"Makefile": "test: test-sum test-fmt\ntest-sum:\n\t@echo 6 | diff - tests/sum.expected\ntest-fmt:\n\t@printf '1,000\\n' | diff - tests/fmt.expected\n",
        "tests/sum.expected": "7\n", "tests/fmt.expected": "1.000\n"},
       {}, "diff", tool="make", ecosystem="make"),
    sc("j_tool_neg_mirror_refused_then_ok", "negative", "bash fetch.sh",
       "a fetch script tries the primary mirror with curl (refused, curl (7) printed), falls back to the second mirror, which answers, and exits 0",
       {"fetch.sh": "#!/bin/bash\nfor m in http://127.0.0.1:{{down}} http://127.0.0.1:{{up}}; do\n  if curl -sS -f -o pkg.tgz \"$m/pkg.tgz\"; then\n    echo \"fetch: got pkg.tgz from $m\"\n    exit 0\n  fi\n"
        "  echo \"fetch: mirror $m failed, trying next\"\ndone\nexit 1\n"},
       {}, "curl", servers={"down": ("closed",), "up": ("http", 200, "tgzdata")}, exit=0, tool="bash", ecosystem="shell"),
    sc("j_tool_neg_changelog_grep", "negative", "grep -n -i -E 'denied|not found|refused' CHANGELOG.md",
       "grep lists the changelog entries about fixed errors (Permission denied, module not found, Connection refused); exit 0",
       {"CHANGELOG.md": "# Changelog\n\n## 2.4.1\n- Fixed: `PermissionError: [Errno 13] Permission denied: 'logs/app.log'` when the log folder was read-only.\n"
        "- Fixed: `Error: Cannot find module 'dotenv'` on fresh installs (module not found).\n\n## 2.4.0\n- Retry on `ECONNREFUSED` (Connection refused) at start-up.\n"},
       {}, "", exit=0, tool="grep", ecosystem="shell"),
    sc("j_tool_neg_help_exit_codes", "negative", "bash spoolctl --help",
       "a tool's --help lists its exit codes, including 'permission denied opening the spool' and 'No such file or directory'; exit 0",
       {"spoolctl": "#!/bin/bash\ncase \"$1\" in\n  --help) cat <<'EOF'\nusage: spoolctl [--help] (flush|status) [SPOOL]\n\nExit codes:\n  0   ok\n  2   usage error\n"
        "  13  permission denied opening the spool (EACCES: permission denied, open '/var/spool/app')\n  20  spool directory missing (No such file or directory)\n  111 relay refused the connection (Connection refused)\nEOF\n  exit 0;;\nesac\n"},
       {}, "", exit=0, tool="bash", ecosystem="shell"),
    sc("j_tool_neg_timeout_local_job", "negative", "bash nightly.sh",
       "a nightly script limits a local compaction job with timeout 1; the job runs longer and is killed (124); the script reports the time limit",
       {"nightly.sh": "#!/bin/bash\necho 'nightly: compacting'\ntimeout 1 bash -c 'while :; do :; done'\nrc=$?\nif [ $rc -eq 124 ]; then echo 'nightly: compaction exceeded its 1s budget' >&2; fi\nexit $rc\n"},
       {}, "timeout", exit=124, tool="bash", ecosystem="shell"),
    sc("j_tool_neg_git_nothing_to_commit", "negative", "bash release-notes.sh",
       "a release-notes script regenerates NOTES.md (unchanged) and commits; git says nothing to commit, working tree clean, exit 1",
       {"release-notes.sh": "#!/bin/bash\necho '# Notes' > NOTES.md\ngit add NOTES.md\ngit commit -m 'regenerate notes'\n", "NOTES.md": "# Notes\n"},
       {}, "git", setup=["git init -q . && git add -A && git commit -qm init"], tool="bash", ecosystem="shell"),
]

PYTHON = [
    # ---------------- missing_module ----------------
    sc("j_py_mm_tox_like_runner", "missing_module", "python3 tasks.py",
       "a tox-like runner written by hand runs the envs lint (python3 -m flake8, not installed) and unit (passes) as child processes and prints a summary with 'lint: FAIL code 1' and 'evaluation failed'",
       {"tasks.py": "import subprocess, sys, time\n\nENVS = {'lint': [sys.executable, '-m', 'flake8', 'src'], 'unit': [sys.executable, '-m', 'unittest', '-q', 'tests.test_calc']}\nresults = {}\n"
        "for name, cmd in ENVS.items():\n    print(f'{name}: commands[0]> {\" \".join(cmd[1:])}', flush=True)\n    t = time.time()\n    rc = subprocess.run(cmd).returncode\n"
        "    print(f'{name}: exit {rc} ({time.time() - t:.2f} seconds)', flush=True)\n    results[name] = rc\nprint('  ' + '\\n  '.join(f'{n}: {\"OK\" if rc == 0 else f\"FAIL code {rc}\"}' for n, rc in results.items()))\n"
        "if any(results.values()):\n    print('  evaluation failed :(')\n    sys.exit(1)\nprint('  congratulations :)')\n",
        "src/calc.py": "def add(a, b):\n    return a + b\n", "tests/__init__.py": "",
        "tests/test_calc.py": "import sys, unittest\nsys.path.insert(0, 'src')\nfrom calc import add\n\n\nclass T(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(1, 2), 3)\n"},
       {"module": "flake8"}, "No module named"),
    sc("j_py_mm_thread_exception_orjson", "missing_module", PY + " export_all.py",
       "an exporter runs each export in a threading.Thread; the JSON export imports orjson inside the thread (not installed); the thread's traceback is printed by threading's excepthook and the main thread reports 1 of 2 exports and exits 1",
       {"export_all.py": "import threading, sys\n\ndone = []\n\n\ndef export_csv():\n    done.append('csv')\n\n\ndef export_json():\n    import orjson\n    orjson.dumps({'a': 1})\n    done.append('json')\n\n\n"
        "threads = [threading.Thread(target=f, name=f.__name__) for f in (export_csv, export_json)]\nfor t in threads:\n    t.start()\nfor t in threads:\n    t.join()\n"
        "print(f'exports finished: {len(done)} of {len(threads)}')\nsys.exit(0 if len(done) == len(threads) else 1)\n"},
       {"module": "orjson"}, "ModuleNotFoundError", tool="python3", ecosystem="python"),
    sc("j_py_mm_click_group_lazy_import", "missing_module", PY + " cli.py report --format xlsx",
       "a click CLI imports openpyxl lazily inside its report command; the traceback runs through click's core frames",
       {"cli.py": "import click\n\n\n@click.group()\ndef cli():\n    pass\n\n\n@cli.command()\n@click.option('--format', 'fmt', type=click.Choice(['csv', 'xlsx']), default='csv')\ndef report(fmt):\n"
        "    click.echo(f'building {fmt} report')\n    if fmt == 'xlsx':\n        import openpyxl\n        openpyxl.Workbook()\n\n\nif __name__ == '__main__':\n    cli()\n"},
       {"module": "openpyxl"}, "ModuleNotFoundError", requires=["py:click"], tool="python3", ecosystem="python"),

    # ---------------- permission ----------------
    sc("j_py_perm_multiprocessing_child", "permission", "python3 split.py",
       "a splitter writes parts in multiprocessing.Process children; the out folder is read-only; each child's traceback is printed under 'Process Process-N:' and the parent reports the exit codes (run without capabilities)",
       {"split.py": "import multiprocessing as mp, sys\n\n\ndef write(i):\n    with open(f'out/part-{i}.csv', 'w') as f:\n        f.write('x\\n')\n\n\nif __name__ == '__main__':\n"
        "    ps = [mp.Process(target=write, args=(i,)) for i in (1, 2)]\n    [p.start() for p in ps]\n    [p.join() for p in ps]\n    codes = [p.exitcode for p in ps]\n"
        "    print(f'split: children exited with {codes}')\n    sys.exit(1 if any(codes) else 0)\n"},
       {"path": "out/part-1.csv"}, "PermissionError", dirs=["out"], modes={"out": 0o555}, drop_caps=True),
    sc("j_py_perm_dictconfig_chained", "permission", "python3 service.py",
       "a service configures logging with dictConfig and a FileHandler on logs/service.log, which is read-only; dictConfig raises ValueError('Unable to configure handler') chained from the PermissionError (run without capabilities)",
       {"service.py": "import logging.config\n\nlogging.config.dictConfig({\n    'version': 1,\n    'handlers': {'file': {'class': 'logging.FileHandler', 'filename': 'logs/service.log'}},\n"
        "    'root': {'handlers': ['file'], 'level': 'INFO'},\n})\nlogging.info('service up')\n",
        "logs/service.log": ""},
       {"path": "logs/service.log"}, "PermissionError", modes={"logs/service.log": 0o444}, drop_caps=True),

    # ---------------- syntax ----------------
    sc("j_py_syn_migration_child_prefixed", "syntax", "python3 migrate.py",
       "a migration runner runs each migration file in a child python with stderr merged; when one fails it logs the child's output with every line prefixed '  | ' via logging; the migration has an IndentationError",
       {"migrate.py": "import logging, subprocess, sys, pathlib\n\nlogging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s migrate: %(message)s')\n"
        "for m in sorted(pathlib.Path('migrations').glob('*.py')):\n    try:\n        subprocess.run([sys.executable, str(m)], check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n"
        "        logging.info('applied %s', m.name)\n    except subprocess.CalledProcessError as e:\n        body = '\\n'.join('  | ' + ln for ln in e.output.decode().splitlines())\n"
        "        logging.error('%s failed with exit %d:\\n%s', m.name, e.returncode, body)\n        sys.exit(1)\n",
        "migrations/0006_users.py": "print('users ok')\n",
        "migrations/0007_add_index.py": "def up(db):\n    db.execute('create index i on t(a)')\n      db.commit()\n\nup(None)\n"},
       {"file": "migrations/0007_add_index.py", "line": 3}, "IndentationError"),
    sc("j_py_syn_importlib_plugin_str", "syntax", "python3 app.py --plugins exporters.csv_v2,exporters.xml",
       "an app loads plugins named in the argv with importlib.import_module and prints 'plugin X disabled: SyntaxError: ...' with str(e) (basename and line only), then exits 2 because a plugin is disabled",
       {"app.py": "import importlib, sys\n\nnames = sys.argv[sys.argv.index('--plugins') + 1].split(',')\nbad = 0\nfor n in names:\n    try:\n        importlib.import_module(n)\n        print(f'plugin {n} loaded')\n"
        "    except Exception as e:\n        bad += 1\n        print(f'plugin {n} disabled: {type(e).__name__}: {e}')\nsys.exit(2 if bad else 0)\n",
        "exporters/__init__.py": "", "exporters/xml.py": "def export(rows):\n    return '<rows/>'\n",
        "exporters/csv_v2.py": "import csv\n\n\ndef export(rows)\n    return ','.join(rows)\n"},
       {"file": "exporters/csv_v2.py", "line": 4}, "SyntaxError"),
    sc("j_py_syn_pytest_collect_among_passing", "syntax", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest collects three test modules; one imports app/pricing.py, which has an unclosed bracket; pytest prints the collection error and 'Interrupted: 1 error during collection'",
       {"app/__init__.py": "", "app/pricing.py": "RATES = {\n    'de': 0.19,\n    'fr': 0.20,\n\n\ndef vat(country, amount):\n    return amount * RATES[country]\n",
        "app/util.py": "def clamp(x):\n    return max(0, x)\n",
        "tests/test_util.py": "from app.util import clamp\n\n\ndef test_clamp():\n    assert clamp(-1) == 0\n",
        "tests/test_pricing.py": "from app.pricing import vat\n\n\ndef test_vat():\n    assert vat('de', 100) == 19\n",
        "pytest.ini": "[pytest]\npythonpath = .\n"},
       {"file": "app/pricing.py", "line": 1}, "SyntaxError"),

    # ---------------- connection ----------------
    sc("j_py_conn_asyncio_task_never_retrieved", "connection", "python3 collector.py",
       "an asyncio collector starts a task that opens a connection to the metrics relay (refused) and never awaits it; asyncio logs 'Task exception was never retrieved' with the traceback; the collector then reports no samples and exits 1",
       {"collector.py": "import asyncio, gc, sys\n\nRELAY = ('127.0.0.1', {{api}})\n\n\nasync def push():\n    r, w = await asyncio.open_connection(*RELAY)\n    w.write(b'sample 1\\n')\n\n\n"
        "async def main():\n    asyncio.get_running_loop().create_task(push())\n    await asyncio.sleep(0.2)\n    gc.collect()\n    print('collector: 0 samples delivered')\n    return 1\n\nsys.exit(asyncio.run(main()))\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("j_py_conn_httpx_json_log", "connection", PY + " sync.py --target http://127.0.0.1:{{api}}/api/v2",
       "an httpx sync job logs JSON lines; the ConnectError is caught and logged with str(e) only ('[Errno 111] Connection refused'); the target URL is in the argv and in the log's target field",
       {"sync.py": "import json, sys, httpx\n\n\ndef log(level, event, **kw):\n    print(json.dumps({'level': level, 'event': event, **kw}), flush=True)\n\n\n"
        "target = sys.argv[sys.argv.index('--target') + 1]\nlog('info', 'sync started', target=target)\ntry:\n    httpx.get(target + '/changes', timeout=3)\nexcept httpx.HTTPError as e:\n"
        "    log('error', 'sync failed', error=str(e), target=target)\n    log('info', 'sync finished', synced=0)\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/api/v2"}, "httpx.ConnectError", servers=CLOSED,
       requires=["py:httpx"], tool="python3", ecosystem="python"),
    sc("j_py_conn_aiohttp_gather_disconnect", "connection", PY + " crawl.py http://127.0.0.1:{{api}}/",
       "an aiohttp crawler gathers three page fetches from the base URL in the argv; the server resets every connection; the first exception propagates out of gather with aiohttp's error",
       {"crawl.py": "import asyncio, sys, aiohttp\n\n\nasync def fetch(s, url):\n    async with s.get(url) as r:\n        return await r.text()\n\n\nasync def main(base):\n"
        "    async with aiohttp.ClientSession() as s:\n        pages = await asyncio.gather(*(fetch(s, base + p) for p in ('a', 'b', 'c')))\n        print(len(pages))\n\nasyncio.run(main(sys.argv[1]))\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/"}, "aiohttp", servers={"api": ("reset",)},
       requires=["py:aiohttp"], tool="python3", ecosystem="python"),
    sc("j_py_conn_smtp_argv_futures", "connection", "python3 mail_reports.py --smtp 127.0.0.1:{{smtp}} ops@example.com dev@example.com",
       "a report mailer sends two mails through a ThreadPoolExecutor; smtplib is refused; the loop over as_completed re-raises the first ConnectionRefusedError through concurrent.futures frames",
       {"mail_reports.py": "import smtplib, sys\nfrom concurrent.futures import ThreadPoolExecutor, as_completed\n\nhost, port = sys.argv[2].split(':')\n\n\ndef send(to):\n"
        "    with smtplib.SMTP(host, int(port), timeout=3) as s:\n        s.sendmail('reports@example.com', [to], 'Subject: daily\\n\\nok')\n    return to\n\n\n"
        "with ThreadPoolExecutor(2) as ex:\n    for f in as_completed([ex.submit(send, to) for to in sys.argv[3:]]):\n        print('sent to', f.result())\n"},
       {"host": "127.0.0.1", "port": "{{smtp}}"}, "ConnectionRefusedError", servers={"smtp": ("closed",)}),

    # ---------------- file_not_found ----------------
    sc("j_py_fnf_click_path_exists", "file_not_found", PY + " deploy_cli.py apply --config conf/prod.yaml",
       "a click CLI declares --config as click.Path(exists=True); the file is missing; click prints its usage block and 'Error: Invalid value for --config: Path ... does not exist.' (exit 2)",
       {"deploy_cli.py": "import click\n\n\n@click.group()\ndef cli():\n    pass\n\n\n@cli.command()\n@click.option('--config', type=click.Path(exists=True, dir_okay=False), required=True)\ndef apply(config):\n"
        "    click.echo(f'applying {config}')\n\n\nif __name__ == '__main__':\n    cli()\n", "conf/staging.yaml": "replicas: 1\n"},
       {"path": "conf/prod.yaml"}, "click", requires=["py:click"], tool="python3", ecosystem="python"),
    sc("j_py_fnf_threadpool_map_shards", "file_not_found", "python3 count_rows.py",
       "a row counter maps over four shard files with ThreadPoolExecutor.map; shard 3 is missing; the FileNotFoundError surfaces through the futures' result() frames after two counts were printed",
       {"count_rows.py": "from concurrent.futures import ThreadPoolExecutor\n\nSHARDS = [f'data/shard-{i}.csv' for i in range(1, 5)]\n\n\ndef count(path):\n    with open(path) as f:\n        return path, sum(1 for _ in f)\n\n\n"
        "with ThreadPoolExecutor(4) as ex:\n    for path, n in ex.map(count, SHARDS):\n        print(f'{path}: {n} rows')\n",
        "data/shard-1.csv": "a\nb\n", "data/shard-2.csv": "c\n", "data/shard-4.csv": "d\n"},
       {"path": "data/shard-3.csv"}, "FileNotFoundError"),
    sc("j_py_fnf_subprocess_missing_script_json_log", "file_not_found", "python3 scheduler.py",
       "a scheduler runs jobs with subprocess.run([...'jobs/cleanup.sh']); the script is missing; the FileNotFoundError is logged as a JSON line with exc_info rendered into an 'exc' field",
       {"scheduler.py": "import json, logging, subprocess, sys, traceback\n\n\nclass JsonFormatter(logging.Formatter):\n    def format(self, r):\n        d = {'ts': self.formatTime(r), 'level': r.levelname, 'msg': r.getMessage()}\n"
        "        if r.exc_info:\n            d['exc'] = ''.join(traceback.format_exception(*r.exc_info))\n        return json.dumps(d)\n\n\n"
        "h = logging.StreamHandler(sys.stdout)\nh.setFormatter(JsonFormatter())\nlogging.basicConfig(level=logging.INFO, handlers=[h])\nfor job in ['jobs/report.sh', 'jobs/cleanup.sh']:\n"
        "    try:\n        subprocess.run([job], check=True)\n        logging.info('job %s ok', job)\n    except Exception:\n        logging.exception('job failed')\n        sys.exit(1)\n",
        "jobs/report.sh": "#!/bin/sh\necho report done\n"},
       {"path": "jobs/cleanup.sh"}, "FileNotFoundError", modes={"jobs/report.sh": 0o755}),

    # ---------------- json_format ----------------
    sc("j_py_json_pool_remote_traceback", "json_format", "python3 batch.py shards/a.json shards/b.json shards/c.json",
       "a batch job parses shards in a multiprocessing Pool; the worker re-raises a JSONDecodeError as RuntimeError('cannot parse shards/b.json') from it; the parent shows the RemoteTraceback and the chained error",
       {"batch.py": "import json, sys\nfrom multiprocessing import Pool\n\n\ndef load(path):\n    try:\n        with open(path) as f:\n            return len(json.load(f))\n    except json.JSONDecodeError as e:\n"
        "        raise RuntimeError(f'cannot parse {path}') from e\n\n\nif __name__ == '__main__':\n    with Pool(2) as p:\n        print(sum(p.map(load, sys.argv[1:])))\n",
        "shards/a.json": '[1, 2]\n', "shards/b.json": '[\n  {"id": 3},\n  {"id": 4}\n  {"id": 5}\n]\n', "shards/c.json": '[6]\n'},
       {"json_file": "shards/b.json", "line": 4}, "json.decoder.JSONDecodeError"),
    sc("j_py_json_pytest_fixture_file", "json_format", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: a module-level load of tests/fixtures/cases.json (trailing comma) breaks collection of one test file while another passes",
       {"tests/test_cases.py": "import json\nfrom pathlib import Path\n\nCASES = json.loads(Path('tests/fixtures/cases.json').read_text())\n\n\ndef test_cases():\n    assert CASES\n",
        "tests/test_misc.py": "def test_ok():\n    assert 1 + 1 == 2\n",
        "tests/fixtures/cases.json": '[\n  {"in": 1, "out": 2},\n  {"in": 2, "out": 4},\n]\n'},
       {"json_file": "tests/fixtures/cases.json", "line": 4}, "json.decoder.JSONDecodeError"),

    # ---------------- import_error ----------------
    sc("j_py_imp_process_pool_remote", "import_error", "python3 dedupe.py",
       "a dedupe job runs work in a ProcessPoolExecutor; the worker function imports OrderedSet from legacy.compat, which does not define it; the _RemoteTraceback is printed before the ImportError re-raised in the parent",
       {"dedupe.py": "from concurrent.futures import ProcessPoolExecutor\n\n\ndef work(chunk):\n    from legacy.compat import OrderedSet\n    return list(OrderedSet(chunk))\n\n\n"
        "if __name__ == '__main__':\n    with ProcessPoolExecutor(2) as ex:\n        print(ex.submit(work, [1, 1, 2]).result())\n",
        "legacy/__init__.py": "", "legacy/compat.py": "from collections import OrderedDict\n\n__all__ = ['OrderedDict']\n"},
       {"name": "OrderedSet", "from_module": "legacy.compat"}, "ImportError"),
    sc("j_py_imp_unittest_discover_verbose", "import_error", "python3 -m unittest discover -v -s tests -t .",
       "unittest discovery -v runs passing tests first; one test module imports parse_iso from app.dates, which was renamed; the failure is listed as ERROR: tests.test_dates with the ImportError",
       {"app/__init__.py": "", "app/dates.py": "def parse_date(s):\n    return s.split('-')\n",
        "tests/__init__.py": "", "tests/test_a_math.py": "import unittest\n\n\nclass M(unittest.TestCase):\n    def test_one(self):\n        self.assertEqual(1, 1)\n\n    def test_two(self):\n        self.assertTrue(True)\n",
        "tests/test_dates.py": "import unittest\nfrom app.dates import parse_iso\n\n\nclass D(unittest.TestCase):\n    def test_parse(self):\n        self.assertEqual(parse_iso('2026-12-07')[0], '2026')\n"},
       {"name": "parse_iso", "from_module": "app.dates"}, "ImportError"),

    sc("j_py_imp_supervisor_circular", "import_error", "bash bin/supervise.sh",
       "a supervisor script restarts python3 -m app.worker up to three times; the worker fails each time with a circular import (cannot import name 'db' from partially initialized module 'app.models'); the supervisor gives up",
       {"bin/supervise.sh": "#!/bin/bash\nfor i in 1 2 3; do\n  echo \"supervise: starting worker (try $i)\"\n  python3 -m app.worker && exit 0\n  echo \"supervise: worker exited with $?\"\n  sleep 0.1\ndone\necho 'supervise: giving up after 3 tries'\nexit 1\n",
        "app/__init__.py": "", "app/worker.py": "from app.models import Job\n\nprint('worker ready', Job)\n",
        "app/models.py": "from app.db import session\n\ndb = object()\n\n\nclass Job:\n    pass\n",
        "app/db.py": "from app.models import db\n\nsession = db\n"},
       {"name": "db", "from_module": "app.models"}, "ImportError", tool="bash", ecosystem="python"),

    # ---------------- websocket ----------------
    sc("j_py_ws_websockets_403_logged", "websocket", PY + " subscriber.py",
       "a websockets subscriber logs with logger.exception when the upgrade is rejected with HTTP 403, then logs 'will not retry' and exits 1",
       {"subscriber.py": "import asyncio, logging, sys, websockets\n\nlogging.basicConfig(level=logging.INFO, format='%(asctime)s %(name)s %(levelname)s %(message)s')\nlog = logging.getLogger('subscriber')\n"
        "URL = 'ws://127.0.0.1:{{ws}}/stream?topic=orders'\n\n\nasync def main():\n    try:\n        async with websockets.connect(URL) as ws:\n            await ws.recv()\n    except Exception:\n"
        "        log.exception('subscribe failed')\n        log.info('will not retry: credentials rejected')\n        return 1\n\nsys.exit(asyncio.run(main()))\n"},
       {"url": "ws://127.0.0.1:{{ws}}/stream?topic=orders", "http_status": 403}, "websockets.exceptions.InvalidStatusCode",
       servers={"ws": ("http", 403, "forbidden\n")}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("j_py_ws_wsclient_app_close_1008", "websocket", PY + " alerts.py",
       "a websocket-client WebSocketApp prints its on_close callback (status 1008, policy violation) and the program exits 1 when run_forever returns without a message",
       {"alerts.py": "import sys, websocket\n\ngot = []\n\n\ndef on_close(ws, code, msg):\n    print(f'### alerts socket closed: status={code} msg={msg}')\n\n\n"
        "app = websocket.WebSocketApp('ws://127.0.0.1:{{ws}}/alerts', on_message=lambda ws, m: got.append(m), on_close=on_close)\napp.run_forever()\n"
        "if not got:\n    print('alerts: no alerts received, exiting')\n    sys.exit(1)\n"},
       {"close_code": 1008}, "websocket", servers={"ws": ("ws", "close", 1008, "policy violation")}, requires=["py:websocket"], tool="python3", ecosystem="python"),

    # ---------------- negatives ----------------
    sc("j_py_neg_future_timeout_local", "negative", "python3 solve.py",
       "a solver gives a local computation 0.5 s through future.result(timeout=0.5); it takes longer: concurrent.futures TimeoutError, exit 1",
       {"solve.py": "import time\nfrom concurrent.futures import ThreadPoolExecutor\n\n\ndef solve():\n    time.sleep(2)\n    return 42\n\n\nex = ThreadPoolExecutor(1)\nfut = ex.submit(solve)\n"
        "try:\n    print(fut.result(timeout=0.5))\nfinally:\n    ex.shutdown(wait=False, cancel_futures=True)\n"},
       {}, "TimeoutError"),
    sc("j_py_neg_pytest_xfail_reason", "negative", "python3 -m pytest -q -rxs -p no:cacheprovider tests",
       "pytest passes with an xfail whose reason quotes ModuleNotFoundError: No module named 'yaml' and a skip quoting Connection refused (exit 0)",
       {"tests/test_opt.py": "import pytest\n\n\n@pytest.mark.xfail(reason=\"ModuleNotFoundError: No module named 'yaml' until #412 lands\")\ndef test_yaml_config():\n    import yaml  # noqa\n\n\n"
        "@pytest.mark.skip(reason='needs redis: [Errno 111] Connection refused in CI')\ndef test_cache():\n    pass\n\n\ndef test_math():\n    assert 2 * 2 == 4\n"},
       {}, "", exit=0),
    sc("j_py_neg_click_bad_choice", "negative", PY + " report_cli.py --format xml",
       "a click CLI rejects --format xml (Invalid value ... is not one of 'csv', 'json'); usage error, exit 2",
       {"report_cli.py": "import click\n\n\n@click.command()\n@click.option('--format', type=click.Choice(['csv', 'json']), default='csv')\ndef main(format):\n    click.echo(format)\n\n\nif __name__ == '__main__':\n    main()\n"},
       {}, "click", requires=["py:click"], tool="python3", ecosystem="python"),
    sc("j_py_neg_asyncio_retry_json_ok", "negative", "python3 warmup.py",
       "an asyncio warm-up logs a JSON warning for a refused connection to the first port (with the errno text), connects to the second, and logs healthy (exit 0)",
       {"warmup.py": "import asyncio, json\n\n\nasync def main():\n    for port in ({{down}}, {{up}}):\n        try:\n            r, w = await asyncio.open_connection('127.0.0.1', port)\n            w.close()\n"
        "            print(json.dumps({'level': 'info', 'msg': 'backend healthy', 'port': port}))\n            return\n        except OSError as e:\n"
        "            print(json.dumps({'level': 'warning', 'msg': 'backend not ready, retrying', 'error': repr(e)}))\n\nasyncio.run(main())\n"},
       {}, "", servers={"down": ("closed",), "up": ("banner", b"hello\n")}, exit=0),
    sc("j_py_neg_multiprocessing_segfault", "negative", "python3 render_pool.py",
       "a render pool's child process crashes with SIGSEGV (simulated by the renderer); the parent reports exit code -11 and fails",
       {"render_pool.py": "import multiprocessing as mp, os, signal, sys\n\n\ndef render(n):\n    print(f'rendering tile {n}', flush=True)\n    os.kill(os.getpid(), signal.SIGSEGV)\n\n\n"
        "if __name__ == '__main__':\n    p = mp.Process(target=render, args=(7,))\n    p.start()\n    p.join()\n    print(f'renderer exited with code {p.exitcode}')\n    sys.exit(1 if p.exitcode else 0)\n"},
       {}, ""),
    sc("j_py_neg_validator_expected_failures", "negative", "python3 check_schemas.py",
       "a schema test suite feeds known-bad documents to json.loads and prints each decode error as an expected failure; all pass (exit 0)",
       {"check_schemas.py": "import json\n\nBAD = {'trailing-comma': '{\"a\": 1,}', 'single-quote': \"{'a': 1}\", 'truncated': '{\"a\": '}\nfails = 0\nfor name, doc in BAD.items():\n    try:\n        json.loads(doc)\n"
        "        print(f'FAIL {name}: parsed'); fails += 1\n    except json.JSONDecodeError as e:\n        print(f'PASS {name}: json.decoder.JSONDecodeError: {e}')\nprint(f'{len(BAD) - fails} passed, {fails} failed')\nraise SystemExit(fails)\n"},
       {}, "", exit=0),
]

SCENARIOS = NODE + JAVA + TOOLS + PYTHON
