"""A twenty-second fresh set (prefix e_), written BLIND in session 13 as a second HARD estimate: its author had read
only the corpus README, capture.py, servers.py, common.py, fresh7.py and DESIGN.md sections 4 and 8, never the rules,
the parsers, the docs or any capture. Everyday situations in hard forms: the cause printed early and followed by
cleanup output, errors inside hand-written JSON log lines (pino/winston-like), worker threads, child processes,
asyncio tasks whose exception was never retrieved, multiprocessing children, click usage errors, a hand-written tox-like
runner, node --test and pytest runs, npm workspaces, make -k, Java Caused by chains and suppressed exceptions behind
shell scripts, details only in the argv or an environment assignment. About 35 % Node, 20 % Java, 25 % shells and
tools, 20 % Python; 25 negatives. Labels were written before any output existed. Split: fresh22_train /
fresh22_holdout by a fixed hash of the name (capture.py)."""
from scenarios.common import sc, WS_LINK, WS_REQ

CLOSED = {"api": ("closed",)}
PY = "/usr/bin/python3"
PYLIB = ["py:requests"]

# a pino-like JSON line logger written by hand, as many small services do
PINO = ("const log = (level, msg, extra = {}) => console.log(JSON.stringify({ level, time: Date.now(), pid: process.pid, "
        "hostname: 'build-01', msg, ...extra }));\n")

NODE = [
    # ================= missing_module =================
    sc("e_mm_node_workspace_knex", "missing_module", "npm run migrate -w packages/api",
       "npm workspaces: the api package's migrate script requires knex, which was never installed",
       {"package.json": '{"name": "shop", "version": "1.0.0", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/api/package.json": '{"name": "@shop/api", "version": "0.3.0", "scripts": {"migrate": "node scripts/migrate.js"}}\n',
        "packages/api/scripts/migrate.js": "console.log('running migrations for @shop/api');\nconst knex = require('knex')({ client: 'pg' });\n"
        "knex.migrate.latest().then(() => console.log('done'));\n",
        "packages/web/package.json": '{"name": "@shop/web", "version": "0.3.0", "scripts": {"build": "echo build"}}\n'},
       {"module": "knex"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("e_mm_node_worker_jimp_json_log", "missing_module", "node thumbnails.js",
       "a thumbnail job runs a worker thread that requires jimp (not installed); the main thread logs the worker's error "
       "as one pino-like JSON line and then its exit",
       {"thumbnails.js": "const { Worker } = require('node:worker_threads');\nconst path = require('node:path');\n" + PINO +
        "log(30, 'thumbnail job started', { images: 2 });\n"
        "const w = new Worker(path.join(__dirname, 'workers/resize.js'), { workerData: ['a.png', 'b.png'] });\n"
        "w.on('error', (err) => { log(50, 'worker crashed', { err: { type: err.name, message: err.message, code: err.code } }); process.exitCode = 1; });\n"
        "w.on('exit', (code) => log(30, 'worker exited', { code }));\n",
        "workers/resize.js": "const { workerData, parentPort } = require('node:worker_threads');\nconst Jimp = require('jimp');\n"
        "for (const f of workerData) Jimp.read(f).then((img) => img.resize(64, 64).write('thumb-' + f));\n"},
       {"module": "jimp"}, "Error: Cannot find module"),
    sc("e_mm_node_dynamic_reporter_argv", "missing_module", "node cli.mjs --reporter mocha-junit-reporter",
       "an ESM check runner loads its reporter with import() of the name given in the argv; the package is not installed "
       "and the runner prints only the error code",
       {"cli.mjs": "const i = process.argv.indexOf('--reporter');\nconst name = process.argv[i + 1];\n"
        "console.log(`running 14 checks with reporter ${name}`);\ntry {\n  const mod = await import(name);\n  mod.default();\n"
        "} catch (err) {\n  console.error(`reporter could not be loaded (${err.code})`);\n  process.exit(1);\n}\n"},
       {"module": "mocha-junit-reporter"}, "ERR_MODULE_NOT_FOUND"),
    sc("e_mm_node_options_preload_ddtrace", "missing_module", "NODE_OPTIONS='--require dd-trace/init' node server.js",
       "a service is started with a tracer preloaded through NODE_OPTIONS; dd-trace is not installed",
       {"server.js": "const http = require('node:http');\nhttp.createServer((q, s) => s.end('ok')).listen(0, () => process.exit(0));\n"},
       {"module": "dd-trace"}, "Error: Cannot find module"),

    # ================= permission =================
    sc("e_perm_node_pidfile_winston", "permission", "node worker.js",
       "a worker writes its pid file into a read-only run/ folder; the error is logged as a winston-like JSON line "
       "with code, syscall and path, followed by a shutdown line (run without capabilities)",
       {"worker.js": "const fs = require('fs');\n"
        "const log = (level, message, meta = {}) => console.log(JSON.stringify({ level, message, timestamp: new Date().toISOString(), ...meta }));\n"
        "log('info', 'starting worker', { queue: 'mail' });\ntry {\n  fs.writeFileSync('run/worker.pid', String(process.pid));\n} catch (e) {\n"
        "  log('error', 'cannot write pid file', { error: { code: e.code, syscall: e.syscall, path: e.path } });\n"
        "  log('info', 'shutting down');\n  process.exit(1);\n}\n"},
       {"path": "run/worker.pid"}, "EACCES", dirs=["run"], modes={"run": 0o555}, drop_caps=True),
    sc("e_perm_node_execfile_promisified", "permission", "node convert.mjs",
       "an ESM script runs ./bin/convert.sh with a promisified execFile at top level; the script lost its execute bit",
       {"convert.mjs": "import { execFile } from 'node:child_process';\nimport { promisify } from 'node:util';\n\nconst run = promisify(execFile);\n"
        "console.log('converting 3 documents');\nconst { stdout } = await run('./bin/convert.sh', ['docs/a.md']);\nconsole.log(stdout);\n",
        "bin/convert.sh": "#!/bin/sh\necho converted \"$1\"\n", "docs/a.md": "# a\n"},
       {"path": "bin/convert.sh"}, "Error: spawn ./bin/convert.sh EACCES", modes={"bin/convert.sh": 0o644}),

    # ================= syntax =================
    sc("e_syn_node_config_js_npm_start", "syntax", "npm start",
       "npm start runs a prestart env check (passes), then the server requires config/app.config.js, which lacks a comma",
       {"package.json": '{"name": "api", "version": "2.1.0", "scripts": {"prestart": "node scripts/check-env.js", "start": "node server.js"}}\n',
        "scripts/check-env.js": "console.log('env ok: NODE_ENV=' + (process.env.NODE_ENV || 'development'));\n",
        "server.js": "const config = require('./config/app.config.js');\nconsole.log('listening on', config.port);\n",
        "config/app.config.js": "module.exports = {\n  port: 8080,\n  host: '0.0.0.0'\n  logLevel: 'info',\n};\n"},
       {"file": "config/app.config.js", "line": 4}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("e_syn_node_test_helper_fixture", "syntax", "npm test",
       "npm test runs node --test on an ESM test that imports a fixture helper with an unclosed array",
       {"package.json": '{"name": "orders", "version": "1.0.0", "type": "module", "scripts": {"test": "node --test test/orders.test.js"}}\n',
        "test/orders.test.js": "import test from 'node:test';\nimport assert from 'node:assert';\nimport order from './helpers/fixtures.js';\n\n"
        "test('order has items', () => assert.equal(order.items.length, 3));\n",
        "test/helpers/fixtures.js": "export const order = {\n  id: 17,\n  items: [1, 2, 3,\n};\nexport default order;\n"},
       {"file": "test/helpers/fixtures.js", "line": 4}, "SyntaxError", tool="npm", ecosystem="node"),

    # ================= connection =================
    sc("e_conn_node_fetch_pino_cause_argv", "connection", "node sync.mjs --api http://127.0.0.1:{{api}}/v1/",
       "an inventory sync fetches from the API given in the argv; fetch fails and the cause (ECONNREFUSED, no address) "
       "is logged as a pino-like JSON line, followed by flush and shutdown lines",
       {"sync.mjs": "const api = process.argv[process.argv.indexOf('--api') + 1];\n" + PINO +
        "log(30, 'sync started', { batch: 50 });\nlet failed = false;\ntry {\n  const r = await fetch(new URL('items?since=0', api));\n"
        "  log(30, 'fetched', { status: r.status });\n} catch (err) {\n  failed = true;\n"
        "  log(50, 'sync failed', { err: { type: err.name, message: err.message, cause: { code: err.cause?.code, syscall: err.cause?.syscall } } });\n}\n"
        "log(30, 'flushing 0 pending records');\nlog(30, 'shutdown complete');\nprocess.exitCode = failed ? 1 : 0;\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    sc("e_conn_node_net_cache_env_addr", "connection", "REDIS_ADDR=127.0.0.1:{{api}} node cache-warm.js",
       "a cache warm-up connects with net to the address in an environment assignment, retries three times printing only "
       "the error code, then gives up",
       {"cache-warm.js": "const net = require('net');\nconst [host, port] = process.env.REDIS_ADDR.split(':');\nlet attempt = 0;\n"
        "function connect() {\n  attempt++;\n  const s = net.createConnection({ host, port: Number(port) });\n"
        "  s.on('connect', () => { console.log('[cache] connected'); s.end(); });\n"
        "  s.on('error', (e) => {\n    console.warn(`[cache] attempt ${attempt} failed: ${e.code}`);\n"
        "    if (attempt < 3) setTimeout(connect, 100);\n    else { console.error('[cache] giving up, warm-up skipped'); process.exit(1); }\n  });\n}\nconnect();\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ECONNREFUSED", servers=CLOSED),
    sc("e_conn_node_http_probe_timeout", "connection", "node scripts/health.js http://127.0.0.1:{{api}}/healthz",
       "a health probe with http.get and an 800 ms socket timeout against a service that accepts and never answers",
       {"scripts/health.js": "const http = require('http');\nconst url = process.argv[2];\nconst req = http.get(url, (res) => { console.log('health', res.statusCode); process.exit(0); });\n"
        "req.setTimeout(800, () => req.destroy(new Error('probe timed out after 800ms')));\n"
        "req.on('error', (e) => { console.error(`health: ${url} -> ${e.message}`); process.exit(2); });\n"},
       {"url": "http://127.0.0.1:{{api}}/healthz", "host": "127.0.0.1", "port": "{{api}}"}, "Error", servers={"api": ("silent",)}),
    sc("e_conn_node_undici_reset_npm_seed", "connection", "npm run seed",
       "npm run seed posts fixtures with fetch to a target given in the package script; the server resets the connection",
       {"package.json": '{"name": "seeder", "version": "1.0.0", "type": "module", "scripts": {"seed": "node scripts/seed.mjs --target http://127.0.0.1:{{api}}/seed"}}\n',
        "scripts/seed.mjs": "const target = process.argv[process.argv.indexOf('--target') + 1];\nconsole.log('seeding 12 fixtures');\n"
        "const r = await fetch(target, { method: 'POST', body: JSON.stringify({ n: 12 }), headers: { 'content-type': 'application/json' } });\n"
        "console.log('seeded', r.status);\n"},
       {"url": "http://127.0.0.1:{{api}}/seed", "host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed",
       servers={"api": ("reset",)}, tool="npm", ecosystem="node"),

    # ================= file_not_found =================
    sc("e_fnf_node_template_env_dir", "file_not_found", "TEMPLATE_DIR=templates/mail node send.js welcome",
       "a mailer reads the template named in the argv from the folder in an environment assignment; the template is "
       "missing and the rejection is unhandled",
       {"send.js": "const fs = require('fs/promises');\nconst path = require('path');\n\nasync function main() {\n  const name = process.argv[2];\n"
        "  console.log(`rendering ${name} for 12 recipients`);\n  const tpl = await fs.readFile(path.join(process.env.TEMPLATE_DIR, `${name}.hbs`), 'utf8');\n"
        "  console.log(tpl.length);\n}\nmain();\n", "templates/mail/reset-password.hbs": "hi {{name}}\n"},
       {"path": "templates/mail/welcome.hbs"}, "Error: ENOENT"),
    sc("e_fnf_node_stream_pipeline_cleanup", "file_not_found", "node import.mjs --file data/imports/2026-12.csv",
       "an importer streams the CSV named in the argv through stream/promises pipeline; the file is missing; the error "
       "message is followed by cleanup lines",
       {"import.mjs": "import { createReadStream, createWriteStream } from 'node:fs';\nimport { pipeline } from 'node:stream/promises';\n\n"
        "const file = process.argv[process.argv.indexOf('--file') + 1];\nconsole.log('creating temp table import_tmp');\ntry {\n"
        "  await pipeline(createReadStream(file), createWriteStream('import.tmp'));\n} catch (err) {\n  console.error('import aborted:', err.message);\n"
        "  console.log('dropped temp table import_tmp');\n  console.log('removed import.tmp');\n  process.exit(1);\n}\n"},
       {"path": "data/imports/2026-12.csv"}, "ENOENT", dirs=["data/imports"]),
    sc("e_fnf_node_worker_file_moved", "file_not_found", "node index.js",
       "a search service starts a worker thread from workers/indexer.js, but the file lives in worker/ (renamed folder)",
       {"index.js": "const { Worker } = require('node:worker_threads');\nconst path = require('node:path');\nconsole.log('starting indexer');\n"
        "const w = new Worker(path.join(__dirname, 'workers', 'indexer.js'));\nw.on('message', (m) => console.log('indexed', m));\n",
        "worker/indexer.js": "require('node:worker_threads').parentPort.postMessage(42);\n"},
       {"path": "workers/indexer.js"}, "Error: Cannot find module"),

    # ================= json_format =================
    sc("e_json_node_require_settings_cause", "json_format", "node app.js",
       "an app requires config/settings.json (trailing comma) inside a loader that rethrows with { cause }",
       {"app.js": "function loadSettings() {\n  try {\n    return require('./config/settings.json');\n  } catch (e) {\n"
        "    throw new Error('invalid settings', { cause: e });\n  }\n}\nconst s = loadSettings();\nconsole.log('db', s.db);\n",
        "config/settings.json": '{\n  "port": 8080,\n  "db": "postgres://localhost/app",\n}\n'},
       {"json_file": "config/settings.json"}, "SyntaxError"),
    sc("e_json_node_ndjson_rejected", "json_format", "node process-events.js data/events.ndjson",
       "an event processor parses an NDJSON file line by line; one record is truncated; it prints the parse error, "
       "counts and exits 1",
       {"process-events.js": "const fs = require('fs');\nconst file = process.argv[2];\nlet bad = 0, n = 0;\n"
        "for (const line of fs.readFileSync(file, 'utf8').split('\\n').filter(Boolean)) {\n  n++;\n  try {\n    JSON.parse(line);\n"
        "  } catch (e) {\n    bad++;\n    console.error(`skipping record ${n}: ${e.message}`);\n  }\n}\nconsole.log(`${n - bad} records processed`);\n"
        "if (bad) { console.error(`${bad} of ${n} records rejected`); process.exit(1); }\n",
        "data/events.ndjson": '{"type":"click","id":1}\n{"type":"view","id":2}\n{"type":"click","id":3,"meta":{"x":1}\n{"type":"view","id":4}\n'},
       {"json_file": "data/events.ndjson"}, "SyntaxError"),
    sc("e_json_node_fetch_html_login", "json_format", "node client.mjs http://127.0.0.1:{{api}}/api/orders",
       "a client calls res.json() on a response that is an HTML sign-in page (200); the rejection is unhandled",
       {"client.mjs": "const res = await fetch(process.argv[2]);\nconst orders = await res.json();\nconsole.log(orders.length, 'orders');\n"},
       {}, "SyntaxError", servers={"api": ("http", 200, "<!DOCTYPE html><html><body>Sign in</body></html>\n", {"Content-Type": "text/html"})}),
    sc("e_json_npm_package_json_comma", "json_format", "npm run build",
       "npm run build in a project whose package.json lacks a comma between two scripts",
       {"package.json": '{\n  "name": "site",\n  "version": "1.0.0",\n  "scripts": {\n    "build": "node build.js"\n    "test": "node --test"\n  }\n}\n',
        "build.js": "console.log('built');\n"},
       {"json_file": "package.json"}, "EJSONPARSE", tool="npm", ecosystem="node"),

    # ================= import_error =================
    sc("e_imp_node_execfilesync_named_export", "import_error", "node build.js",
       "a CJS build script runs scripts/report.mjs with execFileSync and prints the child's stderr; the child imports a "
       "named export that its lib module does not have (renamed)",
       {"build.js": "const { execFileSync } = require('child_process');\nconsole.log('step 1/2: compile ok');\ntry {\n"
        "  execFileSync(process.execPath, ['scripts/report.mjs'], { stdio: 'pipe' });\n} catch (e) {\n"
        "  console.error(`step 2/2: report failed (status ${e.status})`);\n  console.error(e.stderr.toString());\n  process.exit(1);\n}\n",
        "scripts/report.mjs": "import { formatCurrency } from './lib/format.mjs';\nconsole.log(formatCurrency(3));\n",
        "scripts/lib/format.mjs": "export function formatMoney(v) {\n  return v.toFixed(2);\n}\n"},
       {"name": "formatCurrency", "from_module": "./lib/format.mjs"}, "SyntaxError"),
    sc("e_imp_node_cjs_named_export_npm", "import_error", "npm start",
       "npm start runs an ESM app that imports a named export from a CommonJS package exporting a single function",
       {"package.json": '{"name": "svc", "version": "1.0.0", "type": "module", "scripts": {"start": "node app.mjs"}}\n',
        "app.mjs": "import { loadConfig } from 'legacy-config';\nconsole.log(loadConfig());\n",
        "node_modules/legacy-config/package.json": '{"name": "legacy-config", "version": "0.9.0", "main": "index.js"}\n',
        "node_modules/legacy-config/index.js": "module.exports = function load() {\n  return { port: 1 };\n};\n"},
       {"name": "loadConfig", "from_module": "legacy-config"}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("e_imp_node_worker_util_export", "import_error", "node main.mjs",
       "a log shipper starts an ESM worker that imports getCallSites from node:util (not in node 20); the main thread "
       "prints only the worker's error message",
       {"main.mjs": "import { Worker } from 'node:worker_threads';\nconsole.log('log shipper starting');\n"
        "const w = new Worker(new URL('./log-worker.mjs', import.meta.url));\n"
        "w.on('error', (e) => { console.error('log worker failed:', e.message); process.exit(1); });\n",
        "log-worker.mjs": "import { getCallSites } from 'node:util';\nconsole.log(getCallSites().length);\n"},
       {"name": "getCallSites", "from_module": "node:util"}, "SyntaxError"),

    # ================= websocket =================
    sc("e_ws_node_403_winston_env", "websocket", "FEED_URL=ws://127.0.0.1:{{ws}}/v2/stream node feed.js",
       "a ws client to the URL in an environment assignment is rejected with HTTP 403; the error is logged as a "
       "winston-like JSON line",
       {"feed.js": "const WebSocket = require('ws');\nconst ws = new WebSocket(process.env.FEED_URL);\n"
        "ws.on('open', () => console.log('subscribed'));\n"
        "ws.on('error', (e) => console.log(JSON.stringify({ level: 'error', message: 'feed connection failed', error: e.message, timestamp: new Date().toISOString() })));\n"
        "ws.on('close', () => process.exit(1));\n"},
       {"url": "ws://127.0.0.1:{{ws}}/v2/stream", "http_status": 403}, "Error: Unexpected server response: 403",
       servers={"ws": ("http", 403, "forbidden\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("e_ws_node_1013_reconnect", "websocket", "node ticker.js ws://127.0.0.1:{{ws}}/ticks",
       "a ticker client reconnects three times; every connection is closed by the server with 1013 (try again later)",
       {"ticker.js": "const WebSocket = require('ws');\nlet n = 0;\nfunction connect() {\n  n++;\n  const ws = new WebSocket(process.argv[2]);\n"
        "  ws.on('close', (code, reason) => {\n    console.log(`[feed] closed code=${code} reason=${reason}`);\n"
        "    if (n < 3) { console.log(`[feed] reconnecting (${n}/3)`); setTimeout(connect, 100); }\n"
        "    else { console.error('[feed] giving up'); process.exit(1); }\n  });\n  ws.on('error', () => {});\n}\nconnect();\n"},
       {"close_code": 1013}, "ws", servers={"ws": ("ws", "close", 1013, "try again later")}, setup=WS_LINK, requires=WS_REQ),
    sc("e_ws_node_test_1006_drop", "websocket", "WS_URL=ws://127.0.0.1:{{ws}}/live npm test",
       "npm test runs a node --test live test; the server completes the handshake and drops the connection (1006)",
       {"package.json": '{"name": "live", "version": "1.0.0", "scripts": {"test": "node --test test/live.test.js"}}\n',
        "test/live.test.js": "const test = require('node:test');\nconst WebSocket = require('ws');\n\ntest('receives the first tick', async () => {\n"
        "  const ws = new WebSocket(process.env.WS_URL);\n  await new Promise((res, rej) => {\n    ws.on('message', res);\n    ws.on('error', () => {});\n"
        "    ws.on('close', (code) => rej(new Error(`socket closed before the first message (code ${code})`)));\n  });\n});\n"},
       {"close_code": 1006}, "Error", servers={"ws": ("ws", "drop")}, setup=WS_LINK, requires=WS_REQ, tool="npm", ecosystem="node"),
    sc("e_ws_node_refused_npm_listen", "websocket", "npm run listen",
       "npm run listen starts a ws listener on the URL in the package script; nothing listens (unhandled error event)",
       {"package.json": '{"name": "listener", "version": "1.0.0", "scripts": {"listen": "node listen.js ws://127.0.0.1:{{api}}/events"}}\n',
        "listen.js": "const WebSocket = require('ws');\nconsole.log('listening for events');\nconst ws = new WebSocket(process.argv[2]);\n"
        "ws.on('message', (m) => console.log(String(m)));\n"},
       {"url": "ws://127.0.0.1:{{api}}/events", "host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED",
       servers=CLOSED, setup=WS_LINK, requires=WS_REQ, tool="npm", ecosystem="node"),

    # ================= negatives =================
    sc("e_neg_node_test_expects_refused", "negative", "API_PORT={{api}} node --test test/client.test.js",
       "a node --test suite checks that the client reports ECONNREFUSED for a stopped API; the tests pass",
       {"test/client.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n\n"
        "test('reports a stopped api', async (t) => {\n  const err = await fetch(`http://127.0.0.1:${process.env.API_PORT}/`).catch((e) => e);\n"
        "  assert.equal(err.cause.code, 'ECONNREFUSED');\n  t.diagnostic(`got ${err.cause.code} as expected: ${err.cause.message}`);\n});\n"
        "test('adds', () => assert.equal(1 + 1, 2));\n"},
       {}, "", servers=CLOSED, exit=0),
    sc("e_neg_node_pino_fallback_ok", "negative", "node sync.mjs",
       "a sync client logs the primary's ECONNREFUSED as a warn JSON line, switches to the fallback and succeeds",
       {"sync.mjs": PINO + "const urls = ['http://127.0.0.1:{{api}}/v1/items', 'http://127.0.0.1:{{ok}}/v1/items'];\n"
        "for (const u of urls) {\n  try {\n    const r = await fetch(u);\n    log(30, 'synced via ' + u, { status: r.status });\n    process.exit(0);\n"
        "  } catch (err) {\n    log(40, 'endpoint unreachable, trying next', { err: { message: err.message, code: err.cause?.code, address: err.cause?.address, port: err.cause?.port } });\n  }\n}\nprocess.exit(1);\n"},
       {}, "", servers={"api": ("closed",), "ok": ("http", 200, "[]\n")}, exit=0),
    sc("e_neg_node_fetch_500_body", "negative", "node report.mjs http://127.0.0.1:{{api}}/reports/daily",
       "a report client gets HTTP 500 from a running server and prints status and body",
       {"report.mjs": "const r = await fetch(process.argv[2]);\nif (!r.ok) {\n  console.error(`upstream error: ${r.status} ${r.statusText}`);\n"
        "  console.error(await r.text());\n  process.exit(1);\n}\n"},
       {}, "", servers={"api": ("http", 500, "Traceback (most recent call last):\n  KeyError: 'tenant'\n")}),
    sc("e_neg_node_business_rejection", "negative", "node transfer.js 42 500",
       "a transfer command rejects with the app's own InsufficientFundsError (unhandled rejection)",
       {"transfer.js": "class InsufficientFundsError extends Error {\n  constructor(id, want, have) { super(`account ${id}: balance ${have} is below ${want}`); this.name = 'InsufficientFundsError'; }\n}\n"
        "async function transfer(id, amount) {\n  const balance = 120;\n  if (amount > balance) throw new InsufficientFundsError(id, amount, balance);\n}\n"
        "transfer(process.argv[2], Number(process.argv[3]));\n"}),
    sc("e_neg_node_ws_normal_close", "negative", "node snapshot.js ws://127.0.0.1:{{ws}}/snapshot",
       "a snapshot client is closed by the server with 1000 after its request and exits 0",
       {"snapshot.js": "const WebSocket = require('ws');\nconst ws = new WebSocket(process.argv[2]);\n"
        "ws.on('close', (code, reason) => { console.log(`closed ${code} ${reason}`); process.exit(code === 1000 ? 0 : 1); });\nws.on('error', (e) => console.error(e.message));\n"},
       {}, "", servers={"ws": ("ws", "close", 1000, "snapshot complete")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("e_neg_node_changelog_quotes", "negative", "npm run notes",
       "npm run notes prints the release notes, which quote the errors fixed in this release; exit 0",
       {"package.json": '{"name": "cli", "version": "3.2.0", "scripts": {"notes": "node -e \\"process.stdout.write(require(\'fs\').readFileSync(\'CHANGELOG.md\', \'utf8\'))\\""}}\n',
        "CHANGELOG.md": "## 3.2.0\n\n- Fixed `Error: Cannot find module 'left-pad'` when the cache was cold.\n"
        "- Fixed `connect ECONNREFUSED 127.0.0.1:5432` on start-up: we now wait for the database.\n"
        "- Fixed `SyntaxError: Unexpected token } in JSON at position 41` for configs with trailing commas.\n"},
       {}, "", tool="npm", ecosystem="node", exit=0),
    sc("e_neg_node_cli_invalid_option", "negative", "node cli.js --port abc",
       "a hand-written commander-like CLI rejects a non-numeric --port with a usage error (exit 2)",
       {"cli.js": "const i = process.argv.indexOf('--port');\nconst v = process.argv[i + 1];\nif (!/^\\d+$/.test(v)) {\n"
        "  console.error(`error: option '--port <number>' argument '${v}' is invalid. Expected a number.`);\n"
        "  console.error('Usage: cli [options]\\n\\nOptions:\\n  --port <number>  port to listen on (default: 3000)');\n  process.exit(2);\n}\n"}),
    sc("e_neg_node_test_assert_config_name", "negative", "node --test test/config.test.js",
       "a node --test suite whose failing test is named after a config file; the failure is a plain assertion",
       {"test/config.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n\n"
        "test('parses config/app.json defaults', () => {\n  const defaults = { retries: 3 };\n  assert.strictEqual(defaults.retries + 1, 3);\n});\n"}),
]

JAVA = [
    sc("e_mm_javac_commons_lang_buildsh", "missing_module", "bash build.sh",
       "a set -e build script compiles sources importing org.apache.commons.lang3 without the jar on the class path; "
       "javac adds cannot-find-symbol errors for the uses",
       {"build.sh": "#!/bin/bash\nset -e\necho 'compiling 2 sources'\nmkdir -p out\njavac -d out src/app/*.java\necho 'build ok'\n",
        "src/app/Names.java": "package app;\n\nimport org.apache.commons.lang3.StringUtils;\n\npublic class Names {\n"
        "    static String clean(String s) {\n        return StringUtils.capitalize(StringUtils.trim(s));\n    }\n}\n",
        "src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(Names.clean(\" ann \"));\n    }\n}\n"},
       {"module": "org.apache.commons.lang3"}, "javac", tool="bash", ecosystem="java"),
    sc("e_mm_java_noclassdef_gson_script", "missing_module", "bash bin/export.sh",
       "an export script runs a class compiled against Gson without the Gson jar on the run-time class path "
       "(NoClassDefFoundError, Caused by ClassNotFoundException)",
       {"bin/export.sh": "#!/bin/bash\necho 'exporting 3 tables'\nif ! java -cp out app.Export; then\n  echo \"export failed (exit $?)\"\n  exit 1\nfi\n",
        "stub/com/google/gson/Gson.java": "package com.google.gson;\n\npublic class Gson {\n    public String toJson(Object o) { return \"{}\"; }\n}\n",
        "src/app/Export.java": "package app;\n\nimport com.google.gson.Gson;\n\npublic class Export {\n    public static void main(String[] a) {\n"
        "        System.out.println(new Gson().toJson(a));\n    }\n}\n"},
       {"module": "com.google.gson.Gson"}, "java.lang.NoClassDefFoundError", tool="bash", ecosystem="java",
       setup=["javac -d stubout stub/com/google/gson/Gson.java && javac -cp stubout -d out src/app/Export.java"]),
    sc("e_perm_java_report_chain", "permission", "java -cp out app.DailyReport",
       "a report job writes reports/daily.csv in a read-only folder; the FileNotFoundException (Permission denied) is "
       "two Caused by deep under UncheckedIOException and IllegalStateException (run without capabilities)",
       {"src/app/DailyReport.java": "package app;\n\nimport java.io.*;\n\npublic class DailyReport {\n    static void export() {\n"
        "        try (Writer w = new FileWriter(\"reports/daily.csv\")) {\n            w.write(\"day,total\\n\");\n        } catch (IOException e) {\n"
        "            throw new UncheckedIOException(\"cannot write report\", e);\n        }\n    }\n\n    public static void main(String[] a) {\n"
        "        System.out.println(\"daily report: 312 rows\");\n        try {\n            export();\n        } catch (RuntimeException e) {\n"
        "            throw new IllegalStateException(\"daily report job failed\", e);\n        }\n    }\n}\n"},
       {"path": "reports/daily.csv"}, "java.io.FileNotFoundException", dirs=["reports"], modes={"reports": 0o555}, drop_caps=True,
       setup=["javac -d out src/app/DailyReport.java"]),
    sc("e_perm_java_processbuilder_noexec", "permission", "java -cp out app.Render docs/guide.md",
       "a Java renderer starts ./tools/render.sh with ProcessBuilder; the script has no execute bit (error=13) and the "
       "IOException is wrapped in the app's RuntimeException",
       {"src/app/Render.java": "package app;\n\nimport java.io.IOException;\n\npublic class Render {\n    public static void main(String[] a) throws Exception {\n"
        "        System.out.println(\"rendering \" + a[0]);\n        try {\n            Process p = new ProcessBuilder(\"./tools/render.sh\", a[0]).inheritIO().start();\n"
        "            System.exit(p.waitFor());\n        } catch (IOException e) {\n            throw new RuntimeException(\"render step failed for \" + a[0], e);\n        }\n    }\n}\n",
        "tools/render.sh": "#!/bin/sh\necho rendered \"$1\"\n", "docs/guide.md": "# guide\n"},
       {"path": "tools/render.sh"}, "java.io.IOException", modes={"tools/render.sh": 0o644}, setup=["javac -d out src/app/Render.java"]),
    sc("e_syn_javac_make_k_worker", "syntax", "make -k all",
       "make -k builds two Java programs; the worker misses a semicolon, the api still compiles afterwards",
       {"Makefile": "all: worker api\n\nworker:\n\tmkdir -p out/worker && javac -d out/worker worker/src/Worker.java\n\n"
        "api:\n\tmkdir -p out/api && javac -d out/api api/src/Api.java\n\n.PHONY: all worker api\n",
        "worker/src/Worker.java": "public class Worker {\n    public static void main(String[] args) {\n        int n = 3\n        System.out.println(\"worker \" + n);\n    }\n}\n",
        "api/src/Api.java": "public class Api {\n    public static void main(String[] args) {\n        System.out.println(\"api\");\n    }\n}\n"},
       {"file": "worker/src/Worker.java", "line": 3}, "javac", tool="make", ecosystem="java"),
    sc("e_syn_java_single_file_migrate", "syntax", "java scripts/Migrate.java --dry-run",
       "a single-file Java migration script launched with java misses a closing parenthesis in a for loop",
       {"scripts/Migrate.java": "import java.util.List;\n\npublic class Migrate {\n    public static void main(String[] args) {\n"
        "        List<String> steps = List.of(\"v1\", \"v2\");\n        for (String s : steps {\n            System.out.println(s);\n        }\n    }\n}\n"},
       {"file": "scripts/Migrate.java", "line": 6}, "error: compilation failed"),
    sc("e_conn_java_logback_sync_argv", "connection", "java -cp out app.Sync --endpoint http://127.0.0.1:{{api}}/inventory",
       "an inventory sync uses java.net.http.HttpClient against the endpoint in the argv; the refusal is printed as a "
       "logback-like ERROR line and a wrapped stack trace (ConnectException without an address)",
       {"src/app/Sync.java": "package app;\n\nimport java.net.URI;\nimport java.net.http.*;\n\npublic class Sync {\n"
        "    public static void main(String[] a) throws Exception {\n        HttpClient c = HttpClient.newHttpClient();\n"
        "        System.out.println(\"2026-12-07 10:15:01.904 INFO  [main] c.acme.sync.Sync - sync run started\");\n        try {\n"
        "            c.send(HttpRequest.newBuilder(URI.create(a[1])).build(), HttpResponse.BodyHandlers.ofString());\n"
        "        } catch (java.io.IOException e) {\n            System.err.println(\"2026-12-07 10:15:02.118 ERROR [main] c.acme.sync.Sync - sync run failed\");\n"
        "            new RuntimeException(\"fetch of inventory failed\", e).printStackTrace();\n"
        "            System.out.println(\"2026-12-07 10:15:02.121 INFO  [main] c.acme.sync.Sync - released lock sync.lock\");\n            System.exit(1);\n        }\n    }\n}\n"},
       {"url": "http://127.0.0.1:{{api}}/inventory", "host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException",
       servers=CLOSED, setup=["javac -d out src/app/Sync.java"]),
    sc("e_conn_java_dao_sysprops", "connection", "java -Ddb.host=127.0.0.1 -Ddb.port={{api}} -cp out app.OrdersDao",
       "a DAO opens a socket to the database address given as system properties; the app's DataAccessException wraps "
       "ConnectException: Connection refused",
       {"src/app/OrdersDao.java": "package app;\n\nimport java.net.Socket;\n\npublic class OrdersDao {\n"
        "    static class DataAccessException extends RuntimeException {\n        DataAccessException(String m, Throwable c) { super(m, c); }\n    }\n\n"
        "    public static void main(String[] a) {\n        String host = System.getProperty(\"db.host\");\n        int port = Integer.getInteger(\"db.port\");\n"
        "        try (Socket s = new Socket(host, port)) {\n            System.out.println(\"connected\");\n        } catch (java.io.IOException e) {\n"
        "            throw new DataAccessException(\"could not open connection to orders database\", e);\n        }\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED, setup=["javac -d out src/app/OrdersDao.java"]),
    sc("e_fnf_java_runsh_seed_csv", "file_not_found", "bash run.sh data/seeds/users.csv",
       "a run script passes the seed file to java; Files.readAllLines throws NoSuchFileException; the script then prints "
       "its own failure and cleanup lines",
       {"run.sh": "#!/bin/bash\necho \"seeding from $1\"\nmkdir -p tmp/seed-1\nif ! java -cp out app.Seed \"$1\"; then\n  echo 'seed job failed, see above'\n"
        "  echo 'cleaning up tmp/seed-*'\n  rm -rf tmp\n  exit 1\nfi\n",
        "src/app/Seed.java": "package app;\n\nimport java.nio.file.*;\n\npublic class Seed {\n    public static void main(String[] a) throws Exception {\n"
        "        System.out.println(Files.readAllLines(Path.of(a[0])).size() + \" rows\");\n    }\n}\n"},
       {"path": "data/seeds/users.csv"}, "java.nio.file.NoSuchFileException", dirs=["data/seeds"], setup=["javac -d out src/app/Seed.java"],
       tool="bash", ecosystem="java"),
    sc("e_fnf_java_jar_startsh", "file_not_found", "bash bin/start.sh",
       "a set -e start script execs java -jar on a fat jar that was never built",
       {"bin/start.sh": "#!/bin/bash\nset -e\nJAR=build/libs/inventory-all.jar\necho \"starting inventory service ($JAR)\"\nexec java -Xmx256m -jar \"$JAR\" --port 8080\n"},
       {"path": "build/libs/inventory-all.jar"}, "Error: Unable to access jarfile", dirs=["build/libs"], tool="bash", ecosystem="java"),
    sc("e_imp_javac_java_time_symbol", "import_error", "make build",
       "make build compiles a class importing java.time.LocalDateTimeFormatter, a class that does not exist in java.time",
       {"Makefile": "build:\n\tmkdir -p out\n\tjavac -d out src/app/Stamp.java\n",
        "src/app/Stamp.java": "package app;\n\nimport java.time.LocalDateTime;\nimport java.time.LocalDateTimeFormatter;\n\npublic class Stamp {\n"
        "    public static void main(String[] a) {\n        System.out.println(LocalDateTime.now());\n    }\n}\n"},
       {"name": "LocalDateTimeFormatter", "from_module": "java.time"}, "javac", tool="make", ecosystem="java"),
    sc("e_ws_java_handshake_401_status", "websocket", "java -cp out app.LiveFeed ws://127.0.0.1:{{ws}}/feed",
       "a java.net.http WebSocket client is rejected with HTTP 401; it prints the status, then an IllegalStateException "
       "wrapping the CompletionException",
       {"src/app/LiveFeed.java": "package app;\n\nimport java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.CompletionException;\n\n"
        "public class LiveFeed {\n    public static void main(String[] a) {\n        try {\n            HttpClient.newHttpClient().newWebSocketBuilder()\n"
        "                .buildAsync(URI.create(a[0]), new WebSocket.Listener() {}).join();\n        } catch (CompletionException e) {\n"
        "            if (e.getCause() instanceof WebSocketHandshakeException h) {\n                System.err.println(\"handshake rejected: status=\" + h.getResponse().statusCode());\n            }\n"
        "            throw new IllegalStateException(\"live feed unavailable\", e);\n        }\n    }\n}\n"},
       {"url": "ws://127.0.0.1:{{ws}}/feed", "http_status": 401}, "java.net.http.WebSocketHandshakeException",
       servers={"ws": ("http", 401, "unauthorized\n")}, setup=["javac -d out src/app/LiveFeed.java"]),
    sc("e_ws_java_close_1008_listener", "websocket", "java -cp out app.Quotes ws://127.0.0.1:{{ws}}/quotes",
       "a java.net.http WebSocket listener prints the close code 1008 and the program then fails with its own "
       "IllegalStateException",
       {"src/app/Quotes.java": "package app;\n\nimport java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\n\n"
        "public class Quotes {\n    public static void main(String[] a) throws Exception {\n        CountDownLatch done = new CountDownLatch(1);\n"
        "        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(a[0]), new WebSocket.Listener() {\n"
        "            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {\n                System.out.println(\"quotes: closed \" + code + \" \" + reason);\n"
        "                done.countDown();\n                return null;\n            }\n        }).join();\n        done.await(5, TimeUnit.SECONDS);\n"
        "        throw new IllegalStateException(\"quote stream ended unexpectedly\");\n    }\n}\n"},
       {"close_code": 1008}, "java.lang.IllegalStateException", servers={"ws": ("ws", "close", 1008, "policy violation")},
       setup=["javac -d out src/app/Quotes.java"]),

    # negatives
    sc("e_neg_java_business_suppressed", "negative", "java -cp out app.Ship 17",
       "an order service throws its own IllegalStateException (already shipped) with a suppressed exception from a lock's close",
       {"src/app/Ship.java": "package app;\n\npublic class Ship {\n    static class Lock implements AutoCloseable {\n"
        "        public void close() { throw new IllegalStateException(\"lock orders/17 already released\"); }\n    }\n\n"
        "    public static void main(String[] a) {\n        try (Lock l = new Lock()) {\n            throw new IllegalStateException(\"order \" + a[0] + \" already shipped\");\n        }\n    }\n}\n"},
       {}, "", setup=["javac -d out src/app/Ship.java"]),
    sc("e_neg_java_cache_warn_continue", "negative", "java -cp out app.Batch 127.0.0.1 {{api}}",
       "a batch job cannot reach its optional cache (ConnectException printed as WARN), continues and succeeds",
       {"src/app/Batch.java": "package app;\n\nimport java.net.Socket;\n\npublic class Batch {\n    public static void main(String[] a) {\n"
        "        try (Socket s = new Socket(a[0], Integer.parseInt(a[1]))) {\n            System.out.println(\"cache connected\");\n        } catch (java.io.IOException e) {\n"
        "            System.out.println(\"WARN cache \" + a[0] + \":\" + a[1] + \" unreachable: \" + e + \"; continuing without cache\");\n        }\n"
        "        System.out.println(\"processed 120 rows\");\n        System.out.println(\"batch finished OK\");\n    }\n}\n"},
       {}, "", servers=CLOSED, setup=["javac -d out src/app/Batch.java"], exit=0),
    sc("e_neg_java_handwritten_tests", "negative", "java -cp out app.ApiTests",
       "a hand-written Java test runner reports one AssertionError (expected status 200, got 404) out of three tests",
       {"src/app/ApiTests.java": "package app;\n\npublic class ApiTests {\n    static void check(boolean ok, String m) { if (!ok) throw new AssertionError(m); }\n\n"
        "    public static void main(String[] a) {\n        String[] names = {\"listOrders\", \"getOrder\", \"deleteOrder\"};\n        int[] got = {200, 404, 204};\n"
        "        int[] want = {200, 200, 204};\n        int failures = 0;\n        for (int i = 0; i < 3; i++) {\n            try {\n"
        "                check(got[i] == want[i], \"expected status \" + want[i] + \" but was \" + got[i]);\n                System.out.println(\"PASS \" + names[i]);\n"
        "            } catch (AssertionError e) {\n                failures++;\n                System.out.println(\"FAIL \" + names[i]);\n                e.printStackTrace(System.out);\n            }\n        }\n"
        "        System.out.println(\"Tests run: 3, Failures: \" + failures);\n        System.exit(failures == 0 ? 0 : 1);\n    }\n}\n"},
       {}, "", setup=["javac -d out src/app/ApiTests.java"]),
    sc("e_neg_java_arith_empty_report", "negative", "java -cp out app.Average data/empty.csv",
       "a report divides by the row count of an empty CSV: ArithmeticException / by zero",
       {"src/app/Average.java": "package app;\n\nimport java.nio.file.*;\nimport java.util.List;\n\npublic class Average {\n"
        "    public static void main(String[] a) throws Exception {\n        List<String> rows = Files.readAllLines(Path.of(a[0]));\n        int sum = 0;\n"
        "        for (String r : rows) sum += Integer.parseInt(r.trim());\n        System.out.println(\"average: \" + (sum / rows.size()));\n    }\n}\n",
        "data/empty.csv": ""},
       {}, "", setup=["javac -d out src/app/Average.java"]),
    sc("e_neg_javac_lint_then_run", "negative", "javac -Xlint:all -d out src/app/Legacy.java && java -cp out app.Legacy",
       "javac prints deprecation and rawtypes warnings; the program compiles and runs fine",
       {"src/app/Legacy.java": "package app;\n\nimport java.util.*;\n\npublic class Legacy {\n    public static void main(String[] a) {\n"
        "        List l = new ArrayList();\n        l.add(new Integer(5));\n        System.out.println(\"legacy ok: \" + l);\n    }\n}\n"},
       {}, "", tool="javac", exit=0),
]

SHELL = [
    # ================= missing_module =================
    sc("e_mm_perl_yaml_eval_make_k", "missing_module", "make -k config docs",
       "make -k runs a perl config generator that requires YAML::Tiny inside eval and dies with its own words around $@; "
       "the docs target still runs",
       {"Makefile": "config:\n\tperl bin/gen-config.pl conf/prod.yml > conf/prod.env\n\ndocs:\n\t@echo 'docs: 4 pages'\n\n.PHONY: config docs\n",
        "bin/gen-config.pl": "use strict;\nuse warnings;\n\neval { require YAML::Tiny; 1 } or die \"config loader unavailable: $@\";\n"
        "my $y = YAML::Tiny->read($ARGV[0]);\nprint \"PORT=$y->[0]{port}\\n\";\n",
        "conf/prod.yml": "port: 8080\n"},
       {"module": "YAML::Tiny"}, "perl", tool="make", ecosystem="perl"),
    sc("e_mm_perl_dbi_backup_trap", "missing_module", "bash backup.sh",
       "a set -e backup script with an ERR trap runs a perl export that uses DBI (not installed); the trap prints cleanup lines",
       {"backup.sh": "#!/bin/bash\nset -eE\ntrap 'echo \"backup aborted, removing partial dump\"; rm -f dump.sql' ERR\necho 'exporting orders'\n"
        "perl scripts/export.pl > dump.sql\necho 'backup done'\n",
        "scripts/export.pl": "use strict;\nuse warnings;\nuse DBI;\n\nmy $dbh = DBI->connect('dbi:SQLite:dbname=app.db', '', '', { RaiseError => 1 });\nprint \"ok\\n\";\n"},
       {"module": "DBI"}, "perl", tool="bash", ecosystem="perl"),

    # ================= permission =================
    sc("e_perm_find_exec_gzip_ro", "permission", "bash rotate.sh",
       "a log rotation runs find -exec gzip in a read-only logs folder and reports find's status (run without capabilities)",
       {"rotate.sh": "#!/bin/bash\necho 'compressing logs'\nfind logs -name '*.log' -exec gzip {} +\nrc=$?\necho \"rotation finished with status $rc\"\nexit $rc\n",
        "logs/app.log": "line\n"},
       {"path": "logs/app.log.gz"}, "gzip", modes={"logs": 0o555}, drop_caps=True, tool="bash", ecosystem="shell"),
    sc("e_perm_xargs_cp_public_ro", "permission", "bash publish.sh",
       "a publish script copies dist/ files with ls | xargs cp into a read-only public/ folder (run without capabilities)",
       {"publish.sh": "#!/bin/bash\nset -eo pipefail\necho 'publishing dist/'\nls dist | xargs -I{} cp dist/{} public/\necho 'published'\n",
        "dist/app.js": "console.log(1)\n"},
       {"path": "public/app.js"}, "cp", dirs=["public"], modes={"public": 0o555}, drop_caps=True, tool="bash", ecosystem="shell"),
    sc("e_perm_sqlite_readonly_db_cron", "permission", "bash cron/count-visits.sh var/app.db",
       "a cron script inserts into a SQLite database file that is read-only (run without capabilities)",
       {"cron/count-visits.sh": "#!/bin/bash\necho \"counting visits $(date +%F)\"\nsqlite3 \"$1\" \"insert into visits(day) values (date('now'));\"\n"},
       {"path": "var/app.db"}, "sqlite3", setup=["mkdir -p var && sqlite3 var/app.db 'create table visits(day text);' && chmod 444 var/app.db"],
       drop_caps=True, tool="bash", ecosystem="shell"),
    sc("e_perm_make_dist_mkdir_ro", "permission", "make dist",
       "make dist creates build/dist inside a read-only build folder (run without capabilities)",
       {"Makefile": "dist:\n\t@echo 'packaging 1.4.2'\n\tmkdir -p build/dist\n\ttar czf build/dist/app.tgz src\n", "src/a.txt": "a\n"},
       {"path": "build/dist"}, "mkdir", dirs=["build"], modes={"build": 0o555}, drop_caps=True, tool="make", ecosystem="make"),

    # ================= syntax =================
    sc("e_syn_bash_sourced_env_quote", "syntax", "bash deploy.sh",
       "a deploy script sources conf/env.sh, whose last line opens a quote that is never closed",
       {"deploy.sh": "#!/bin/bash\nset -e\necho 'loading environment'\nsource conf/env.sh\necho \"deploying $APP on $PORT\"\n",
        "conf/env.sh": "APP=shop\nPORT=8080\nGREETING=\"hello"},
       {"file": "conf/env.sh", "line": 3}, "bash", tool="bash", ecosystem="shell"),
    sc("e_syn_perl_module_required", "syntax", "perl bin/report.pl",
       "a perl report uses a module of the project whose sub misses a semicolon; perl names the module file, then "
       "'Compilation failed in require' at the script",
       {"bin/report.pl": "use strict;\nuse lib 'lib';\nuse Report::Format;\n\nprint Report::Format::money(3), \"\\n\";\n",
        "lib/Report/Format.pm": "package Report::Format;\nuse strict;\nuse warnings;\n\nsub money {\n    my ($v) = @_;\n    return sprintf('%.2f', $v)\n}\n\n"
        "sub pct {\n    my ($v) = @_\n    return sprintf('%.1f%%', $v * 100);\n}\n1;\n"},
       {"file": "lib/Report/Format.pm", "line": 12}, "perl"),
    sc("e_syn_make_separator_dash_c", "syntax", "make -C services/api build",
       "make -C into a service folder whose Makefile indents a recipe with spaces",
       {"services/api/Makefile": "APP = shop\n\nbuild:\n        go build -o bin/$(APP) .\n"},
       {"file": "services/api/Makefile", "line": 4}, "make", tool="make", ecosystem="make"),
    sc("e_syn_sqlite_read_schema_init", "syntax", "bash init-db.sh sql/schema.sql",
       "a set -e init script runs sqlite3 .read on a schema file with a misspelled keyword",
       {"init-db.sh": "#!/bin/bash\nset -e\nmkdir -p var\necho 'creating schema'\nsqlite3 var/app.db \".read $1\"\necho 'schema ready'\n",
        "sql/schema.sql": "-- schema v3\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\nCREATE TABEL orders (id INTEGER PRIMARY KEY, user_id INTEGER);\n"},
       {"file": "sql/schema.sql", "line": 3}, "sqlite3", tool="bash", ecosystem="shell"),

    # ================= connection =================
    sc("e_conn_psql_migrate_env_port", "connection", "PGPORT={{api}} bash db/migrate.sh",
       "a set -euo pipefail migration script runs psql -h 127.0.0.1 -f with the port from an environment assignment",
       {"db/migrate.sh": "#!/bin/bash\nset -euo pipefail\necho 'applying migrations'\npsql -h 127.0.0.1 -U app -d shop -v ON_ERROR_STOP=1 -f db/001_init.sql\necho 'migrated'\n",
        "db/001_init.sql": "create table if not exists t(id int);\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "psql", servers=CLOSED, tool="bash", ecosystem="shell"),
    sc("e_conn_wget_mirror_loop", "connection", "bash mirror.sh http://127.0.0.1:{{api}}/dist",
       "a mirror script fetches two files with wget -nv --tries=2 in a loop, prints its own failure lines and exits 1",
       {"mirror.sh": "#!/bin/bash\nmkdir -p mirror\nfailed=0\nfor f in index.json latest.tar.gz; do\n"
        "  wget -nv --tries=2 --waitretry=0 -O \"mirror/$f\" \"$1/$f\" || { echo \"mirror: failed to fetch $f\"; failed=1; }\ndone\n"
        "echo \"mirror finished (failed=$failed)\"\nexit $failed\n"},
       {"url": "http://127.0.0.1:{{api}}/dist", "host": "127.0.0.1", "port": "{{api}}"}, "wget", servers=CLOSED,
       tool="bash", ecosystem="shell"),
    sc("e_conn_git_pull_http_remote", "connection", "bash scripts/update.sh",
       "an update script pulls from an http remote configured in the repo (only in .git/config); the server is down",
       {"scripts/update.sh": "#!/bin/bash\nset -e\necho \"updating $(basename \"$PWD\")\"\ngit pull --ff-only origin main\necho 'up to date'\n",
        "README": "app\n"},
       {"url": "http://127.0.0.1:{{api}}/shop.git", "host": "127.0.0.1", "port": "{{api}}"}, "git", servers=CLOSED,
       setup=["git init -q -b main . && git add -A && git commit -qm init && git remote add origin http://127.0.0.1:{{api}}/shop.git"],
       tool="bash", ecosystem="shell"),
    sc("e_conn_curl_silent_ping_cron", "connection", "bash cron/ping.sh http://127.0.0.1:{{api}}/ping",
       "a cron ping uses curl -fsS --max-time 1 --retry 1 against a service that accepts and never answers",
       {"cron/ping.sh": "#!/bin/bash\nif ! curl -fsS --max-time 1 --retry 1 \"$1\"; then\n  echo \"$(date -u +%FT%TZ) ping failed\"\n  exit 1\nfi\n"},
       {"url": "http://127.0.0.1:{{api}}/ping", "host": "127.0.0.1", "port": "{{api}}"}, "curl", servers={"api": ("silent",)},
       tool="bash", ecosystem="shell", timeout=30),

    # ================= file_not_found =================
    sc("e_fnf_tar_make_release_var", "file_not_found", "make deploy VERSION=1.4.2",
       "make deploy unpacks releases/app-$(VERSION).tgz, which was never downloaded",
       {"Makefile": "VERSION ?= 1.0.0\ndeploy:\n\t@echo 'deploying $(VERSION)'\n\ttar -xzf releases/app-$(VERSION).tgz -C srv\n\t@echo 'deployed'\n"},
       {"path": "releases/app-1.4.2.tgz"}, "tar", dirs=["releases", "srv"], tool="make", ecosystem="make"),
    sc("e_fnf_xargs_hosts_list", "file_not_found", "bash check-hosts.sh lists/hosts.txt",
       "a check script feeds the host list named in its argv to xargs -a; the list file is missing",
       {"check-hosts.sh": "#!/bin/bash\nset -e\necho \"checking hosts from $1\"\nxargs -a \"$1\" -n1 echo ping\necho 'all hosts checked'\n"},
       {"path": "lists/hosts.txt"}, "xargs", dirs=["lists"], tool="bash", ecosystem="shell"),
    sc("e_fnf_gcc_source_make", "file_not_found", "make",
       "make links a C tool from two sources named in the recipe; src/parse.c was never committed",
       {"Makefile": "bin/tool: src/main.c\n\tmkdir -p bin\n\t$(CC) -Wall -o bin/tool src/main.c src/parse.c\n",
        "src/main.c": "#include <stdio.h>\nint main(void) { puts(\"tool\"); return 0; }\n"},
       {"path": "src/parse.c"}, "gcc", tool="make", ecosystem="c"),

    # ================= json_format =================
    sc("e_json_jq_deploy_config_argv", "json_format", "bash deploy.sh config/deploy.json",
       "a set -e deploy script reads the image with jq from the config named in the argv; a comma is missing",
       {"deploy.sh": "#!/bin/bash\nset -e\necho \"reading $1\"\nIMAGE=$(jq -r .image \"$1\")\necho \"deploying $IMAGE\"\n",
        "config/deploy.json": '{\n  "image": "shop:1.4",\n  "replicas": 3\n  "region": "eu-west-1"\n}\n'},
       {"json_file": "config/deploy.json", "line": 4}, "jq", tool="bash", ecosystem="shell"),
    sc("e_json_perl_jsonpp_mapping", "json_format", "perl bin/sync.pl data/mapping.json",
       "a perl sync reads the mapping file named in the argv with JSON::PP decode_json; the file uses single quotes",
       {"bin/sync.pl": "use strict;\nuse warnings;\nuse JSON::PP;\n\nopen my $fh, '<', $ARGV[0] or die \"cannot open $ARGV[0]: $!\";\nmy $text = do { local $/; <$fh> };\n"
        "my $map = decode_json($text);\nprint scalar(keys %$map), \" mappings\\n\";\n",
        "data/mapping.json": "{'sku-1': 'A1', 'sku-2': 'B7'}\n"},
       {"json_file": "data/mapping.json"}, "perl"),

    # ================= import_error =================
    sc("e_imp_perl_list_util_median", "import_error", "perl bin/stats.pl data/latency.txt",
       "a perl stats script imports median from List::Util, which does not export it",
       {"bin/stats.pl": "use strict;\nuse warnings;\nuse List::Util qw(sum max median);\n\nmy @v = map { chomp; $_ } <>;\nprint sum(@v) / @v, \"\\n\";\n",
        "data/latency.txt": "12\n15\n9\n"},
       {"name": "median", "from_module": "List::Util"}, "perl"),

    # ================= negatives =================
    sc("e_neg_make_k_check_assertion", "negative", "make -k check",
       "make -k check: lint passes, a grep-based test fails with the project's own FAIL line (Error 1)",
       {"Makefile": "check: lint test\n\nlint:\n\t@echo 'lint ok (0 errors, 0 warnings)'\n\ntest:\n"
        "\t@grep -q 'version=2' conf/app.ini || (echo 'FAIL: conf/app.ini still on version 1'; exit 1)\n\n.PHONY: check lint test\n",
        "conf/app.ini": "version=1\n"}, {}, "", tool="make", ecosystem="make"),
    sc("e_neg_git_merge_conflict", "negative", "git merge feature",
       "git merge of a branch that changed the same config line: CONFLICT, exit 1",
       {"app.conf": "timeout=5\n"}, {}, "",
       setup=["git init -q -b main . && git add -A && git commit -qm init && git checkout -qb feature && echo timeout=10 > app.conf && git commit -qam ten "
              "&& git checkout -q main && echo timeout=30 > app.conf && git commit -qam thirty"], tool="git", ecosystem="shell"),
    sc("e_neg_bash_help_troubleshooting", "negative", "bash tool.sh --help",
       "a tool's --help text lists troubleshooting for Permission denied, missing files and refused connections; exit 0",
       {"tool.sh": "#!/bin/bash\nif [ \"$1\" = --help ]; then\ncat <<'EOF'\nUsage: tool.sh [--data DIR] [--api URL]\n\nTroubleshooting:\n"
        "  bash: ./bin/run: Permission denied     run chmod +x bin/* after a fresh checkout\n"
        "  cat: data/in.csv: No such file or directory   check the --data path\n"
        "  curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused   start the api with make up\nEOF\nexit 0\nfi\n"},
       {}, "", exit=0, tool="bash", ecosystem="shell"),
    sc("e_neg_sqlite_unique_seed", "negative", "sqlite3 var/app.db '.read sql/seed.sql'",
       "a seed file inserts the same e-mail twice: UNIQUE constraint failed",
       {"sql/seed.sql": "INSERT INTO users(email) VALUES ('ann@example.com');\nINSERT INTO users(email) VALUES ('bob@example.com');\nINSERT INTO users(email) VALUES ('ann@example.com');\n"},
       {}, "", setup=["mkdir -p var && sqlite3 var/app.db 'create table users(id integer primary key, email text unique);'"], tool="sqlite3"),
    sc("e_neg_gcc_warnings_selftest", "negative", "gcc -Wall -o selftest src/selftest.c && ./selftest",
       "gcc warns about an unused variable; the self-test then runs and prints '0 errors, 0 failures'",
       {"src/selftest.c": "#include <stdio.h>\n\nint main(void) {\n    int unused;\n    printf(\"selftest: 12 checks, 0 errors, 0 failures\\n\");\n    return 0;\n}\n"},
       {}, "", exit=0, tool="gcc", ecosystem="c"),
    sc("e_neg_timeout_asset_step", "negative", "bash build.sh",
       "a build step has its own 1 s limit through timeout; the step runs longer and the script exits 124",
       {"build.sh": "#!/bin/bash\necho 'step 1: compile ok'\ntimeout 1 sleep 3 || { rc=$?; echo \"step 2: 'generate assets' exceeded its 1s limit (exit $rc)\"; exit $rc; }\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("e_neg_curl_404_report", "negative", "curl -fsS http://127.0.0.1:{{api}}/v1/reports/42",
       "curl -f of a report that does not exist on a running server: (22) 404",
       {}, {}, "", servers={"api": ("http", 404, '{"error": "report 42 not found"}\n', {"Content-Type": "application/json"})}),
]

JSONLOG = ("import json, logging, sys\n\n\nclass JsonFormatter(logging.Formatter):\n    def format(self, r):\n"
           "        d = {'ts': round(r.created, 3), 'level': r.levelname, 'logger': r.name, 'msg': r.getMessage()}\n"
           "        d.update(getattr(r, 'extra_fields', {}))\n        if r.exc_info:\n            d['exc'] = self.formatException(r.exc_info)\n"
           "        return json.dumps(d)\n\n\nh = logging.StreamHandler(sys.stdout)\nh.setFormatter(JsonFormatter())\n"
           "logging.basicConfig(level=logging.INFO, handlers=[h])\n")

PYTHON = [
    # ================= missing_module =================
    sc("e_mm_py_asyncio_task_never_retrieved", "missing_module", PY + " workers.py",
       "an asyncio service starts a cache worker task that imports aioredis (not installed); nobody awaits the task, "
       "so asyncio logs 'Task exception was never retrieved' and the service exits 1 after its health line",
       {"workers.py": "import asyncio, gc, sys\n\n\nasync def cache_worker():\n    import aioredis\n    await aioredis.from_url('redis://localhost').ping()\n\n\n"
        "async def main():\n    t = asyncio.create_task(cache_worker())\n    await asyncio.sleep(0.2)\n    t = None\n    gc.collect()\n"
        "    print('workers healthy: 0 of 1')\n    return 1\n\n\nsys.exit(asyncio.run(main()))\n"},
       {"module": "aioredis"}, "ModuleNotFoundError", tool="python3"),
    sc("e_mm_py_pool_worker_polars", "missing_module", PY + " convert.py data/a.csv data/b.csv",
       "a multiprocessing Pool converts files; the worker function imports polars (not installed); the parent re-raises "
       "with the RemoteTraceback",
       {"convert.py": "import sys\nfrom multiprocessing import Pool\n\n\ndef convert(path):\n    import polars as pl\n    return pl.read_csv(path).height\n\n\n"
        "if __name__ == '__main__':\n    print(f'converting {len(sys.argv) - 1} files with 2 processes')\n    with Pool(2) as p:\n        print(p.map(convert, sys.argv[1:]))\n",
        "data/a.csv": "x\n1\n", "data/b.csv": "x\n2\n"},
       {"module": "polars"}, "ModuleNotFoundError", tool="python3"),
    sc("e_mm_py_click_backend_usage", "missing_module", PY + " store.py --backend s3fs put report.csv",
       "a click CLI imports the storage backend named in the argv and turns the ImportError into a click UsageError (exit 2)",
       {"store.py": "import importlib\nimport click\n\n\n@click.group()\n@click.option('--backend', default='localfs')\n@click.pass_context\ndef cli(ctx, backend):\n"
        "    try:\n        ctx.obj = importlib.import_module(backend)\n    except ImportError as e:\n"
        "        raise click.UsageError(f'storage backend {backend!r} is not available ({e})')\n\n\n@cli.command()\n@click.argument('name')\n"
        "@click.pass_obj\ndef put(backend, name):\n    click.echo(f'stored {name}')\n\n\nif __name__ == '__main__':\n    cli()\n",
        "report.csv": "a\n"},
       {"module": "s3fs"}, "click.exceptions.UsageError", tool="python3", requires=["py:click"]),

    # ================= permission =================
    sc("e_perm_py_futures_part_file", "permission", PY + " split_export.py",
       "a ThreadPoolExecutor writes four part files; out/part-2.csv is read-only; the other parts print ok and the "
       "failure is printed from future.result() after them (run without capabilities)",
       {"split_export.py": "import sys\nfrom concurrent.futures import ThreadPoolExecutor, as_completed\n\n\ndef write(i):\n"
        "    with open(f'out/part-{i}.csv', 'w') as f:\n        f.write('id\\n')\n    return i\n\n\nfailed = []\nwith ThreadPoolExecutor(4) as ex:\n"
        "    futs = {ex.submit(write, i): i for i in range(4)}\n    for fut in as_completed(futs):\n        try:\n            print(f'part {fut.result()} ok')\n"
        "        except OSError as e:\n            failed.append((futs[fut], e))\nfor i, e in failed:\n    print(f'part {i} failed: {e}')\nprint(f'{len(failed)} of 4 parts failed')\n"
        "sys.exit(1 if failed else 0)\n"},
       {"path": "out/part-2.csv"}, "PermissionError", setup=["mkdir -p out && touch out/part-2.csv && chmod 444 out/part-2.csv"],
       drop_caps=True, tool="python3"),
    sc("e_perm_py_tox_runner_noexec", "permission", PY + " runner.py",
       "a hand-written tox-like runner runs each environment's commands; the migrations check script has no execute bit; "
       "the runner prints one ERROR line and a summary",
       {"runner.py": "import subprocess, sys\n\nENVS = {\n    'lint': [[sys.executable, '-c', 'print(\"lint ok\")']],\n"
        "    'migrations': [['./scripts/check_migrations.sh', '--strict']],\n    'unit': [[sys.executable, '-c', 'print(\"12 passed\")']],\n}\nresults = {}\n"
        "for env, cmds in ENVS.items():\n    print(f'{env}: running')\n    ok = True\n    for cmd in cmds:\n        try:\n"
        "            ok = subprocess.run(cmd).returncode == 0 and ok\n        except OSError as e:\n            print(f'ERROR: {env}: could not run {cmd[0]}: {e}')\n            ok = False\n"
        "    results[env] = ok\nprint('summary:')\nfor env, ok in results.items():\n    print(f'  {env}: {\"OK\" if ok else \"FAILED\"}')\n"
        "sys.exit(0 if all(results.values()) else 1)\n",
        "scripts/check_migrations.sh": "#!/bin/sh\necho migrations ok\n"},
       {"path": "scripts/check_migrations.sh"}, "PermissionError", modes={"scripts/check_migrations.sh": 0o644}, tool="python3"),

    # ================= syntax =================
    sc("e_syn_py_pytest_conftest_helper", "syntax", "python3 -m pytest -q tests",
       "pytest loads a conftest that imports a helper module whose def lacks its colon (ImportError while loading conftest)",
       {"tests/__init__.py": "", "tests/conftest.py": "import pytest\nfrom tests.helpers import make_user\n\n\n@pytest.fixture\ndef user():\n    return make_user('ann')\n",
        "tests/helpers.py": "def make_user(name)\n    return {'name': name, 'roles': ['reader']}\n",
        "tests/test_users.py": "def test_user(user):\n    assert user['name'] == 'ann'\n"},
       {"file": "tests/helpers.py", "line": 1}, "SyntaxError", requires=["py3:pytest"]),
    sc("e_syn_py_plugin_compile_logging", "syntax", PY + " loader.py",
       "a plugin loader compiles plugins/*.py and logs each failure with logging.exception, then refuses to start",
       {"loader.py": "import glob, logging, sys\n\nlogging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')\n"
        "log = logging.getLogger('plugins')\nfailed = 0\nfor path in sorted(glob.glob('plugins/*.py')):\n    try:\n        with open(path) as f:\n"
        "            exec(compile(f.read(), path, 'exec'), {})\n        log.info('loaded %s', path)\n    except Exception:\n"
        "        log.exception('plugin could not be loaded')\n        failed += 1\nif failed:\n    log.error('%d plugin(s) failed, refusing to start', failed)\n    sys.exit(1)\n",
        "plugins/a_audit.py": "def audit(e):\n    return e\n",
        "plugins/b_notify.py": "import json\n\n\ndef notify(event):\n    payload = json.dumps(event\n    return payload\n",
        "plugins/c_metrics.py": "COUNT = 0\n"},
       {"file": "plugins/b_notify.py", "line": 5}, "SyntaxError", tool="python3"),

    # ================= connection =================
    sc("e_conn_py_aiohttp_gather_log", "connection", PY + " status.py",
       "an asyncio status checker gathers two aiohttp requests with return_exceptions; the billing service is down and "
       "its ClientConnectorError is logged after the healthy one",
       {"status.py": "import asyncio, logging, sys\nimport aiohttp\n\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')\n"
        "log = logging.getLogger('status')\nURLS = {'catalog': 'http://127.0.0.1:{{ok}}/status', 'billing': 'http://127.0.0.1:{{api}}/status'}\n\n\n"
        "async def get(s, url):\n    async with s.get(url) as r:\n        return r.status\n\n\nasync def main():\n    async with aiohttp.ClientSession() as s:\n"
        "        res = await asyncio.gather(*(get(s, u) for u in URLS.values()), return_exceptions=True)\n    bad = 0\n"
        "    for name, r in zip(URLS, res):\n        if isinstance(r, Exception):\n            log.error('%s: %s', name, r)\n            bad += 1\n"
        "        else:\n            log.info('%s: %s', name, r)\n    return 1 if bad else 0\n\n\nsys.exit(asyncio.run(main()))\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "aiohttp.client_exceptions.ClientConnectorError",
       servers={"api": ("closed",), "ok": ("http", 200, "ok\n")}, requires=["py:aiohttp"], tool="python3"),
    sc("e_conn_py_requests_futures_summary", "connection", PY + " smoke.py",
       "a smoke test runs three requests in a ThreadPoolExecutor and prints only a summary with the first error",
       {"smoke.py": "import sys\nfrom concurrent.futures import ThreadPoolExecutor\nimport requests\n\nBASE = 'http://127.0.0.1:{{api}}'\n\n\n"
        "def check(path):\n    try:\n        return requests.get(BASE + path, timeout=3).status_code, None\n    except requests.RequestException as e:\n        return None, e\n\n\n"
        "with ThreadPoolExecutor(3) as ex:\n    results = list(ex.map(check, ['/health', '/orders', '/users']))\n"
        "errors = [e for _, e in results if e]\nprint(f'{len(errors)} of {len(results)} checks failed')\nif errors:\n    print(f'first error: {errors[0]}')\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "requests.exceptions.ConnectionError", servers=CLOSED, requires=PYLIB, tool="python3"),
    sc("e_conn_py_calledprocess_wget_quiet", "connection", PY + " fetch_assets.py",
       "a Python build step downloads a stylesheet with wget -q via subprocess.run(check=True); wget prints nothing and "
       "the CalledProcessError quotes the command with its exit status 4",
       {"fetch_assets.py": "import subprocess\n\nURL = 'http://127.0.0.1:{{api}}/assets/app.css'\nprint('fetching assets')\n"
        "subprocess.run(['wget', '-q', '-O', 'assets/app.css', URL], check=True)\nprint('assets ready')\n"},
       {"url": "http://127.0.0.1:{{api}}/assets/app.css", "host": "127.0.0.1", "port": "{{api}}"}, "subprocess.CalledProcessError",
       servers=CLOSED, dirs=["assets"], tool="python3"),

    # ================= file_not_found =================
    sc("e_fnf_py_mp_process_shard", "file_not_found", PY + " load_shards.py",
       "a loader starts a multiprocessing Process per shard; one shard file is missing; the child's traceback is printed "
       "under 'Process Process-2:' and the parent reports the exit code",
       {"load_shards.py": "import sys\nfrom multiprocessing import Process\n\n\ndef load(path):\n    with open(path) as f:\n        print(path, len(f.read().splitlines()), 'rows', flush=True)\n\n\n"
        "if __name__ == '__main__':\n    procs = [Process(target=load, args=(f'data/shards/shard-0{i}.csv',)) for i in (2, 3)]\n"
        "    for p in procs:\n        p.start()\n    for p in procs:\n        p.join()\n    bad = [p.name for p in procs if p.exitcode]\n"
        "    if bad:\n        print(f'loader: {len(bad)} shard process(es) exited with errors: {bad}')\n        sys.exit(1)\n",
        "data/shards/shard-02.csv": "a\nb\n"},
       {"path": "data/shards/shard-03.csv"}, "FileNotFoundError", tool="python3"),
    sc("e_fnf_py_click_path_exists", "file_not_found", PY + " deploy.py --config conf/prod.toml",
       "a click CLI declares --config as click.Path(exists=True); the file does not exist (usage error, exit 2)",
       {"deploy.py": "import click\n\n\n@click.command()\n@click.option('--config', type=click.Path(exists=True, dir_okay=False), required=True)\n"
        "def deploy(config):\n    click.echo(f'deploying with {config}')\n\n\nif __name__ == '__main__':\n    deploy()\n",
        "conf/staging.toml": "x = 1\n"},
       {"path": "conf/prod.toml"}, "click.exceptions.BadParameter", tool="python3", requires=["py:click"]),

    # ================= json_format =================
    sc("e_json_py_asyncio_fixture_jsonlog", "json_format", PY + " seed.py fixtures/users.json fixtures/orders.json",
       "an asyncio seeder loads two fixtures in tasks; users.json lacks a comma; the failure is one JSON log line with the "
       "traceback in its exc field",
       {"seed.py": JSONLOG + "import asyncio\nlog = logging.getLogger('seed')\n\n\nasync def load(path):\n    with open(path) as f:\n        return json.load(f)\n\n\n"
        "async def main(paths):\n    ok = True\n    for path, res in zip(paths, await asyncio.gather(*(load(p) for p in paths), return_exceptions=True)):\n"
        "        if isinstance(res, Exception):\n            ok = False\n            try:\n                raise res\n            except Exception:\n"
        "                log.exception('fixture load failed', extra={'extra_fields': {'fixture': path}})\n        else:\n"
        "            log.info('loaded %d records', len(res), extra={'extra_fields': {'fixture': path}})\n    return 0 if ok else 1\n\n\n"
        "sys.exit(asyncio.run(main(sys.argv[1:])))\n",
        "fixtures/users.json": '[\n  {"id": 1, "name": "ann"},\n  {"id": 2, "name": "bob"}\n  {"id": 3, "name": "cy"}\n]\n',
        "fixtures/orders.json": '[{"id": 10, "user": 1}]\n'},
       {"json_file": "fixtures/users.json", "line": 4, "column": 3}, "json.decoder.JSONDecodeError", tool="python3"),
    sc("e_json_py_runner_config_systemexit", "json_format", PY + " runner.py -c runner.json",
       "a runner reads its JSON config (trailing comma) and exits with SystemExit carrying the decoder's message only",
       {"runner.py": "import argparse, json\n\nap = argparse.ArgumentParser()\nap.add_argument('-c', '--config', default='runner.json')\nargs = ap.parse_args()\n"
        "print('runner 0.4: loading configuration')\ntry:\n    with open(args.config) as f:\n        conf = json.load(f)\nexcept json.JSONDecodeError as e:\n"
        "    raise SystemExit(f'runner: cannot read configuration: {e}')\nprint(conf)\n",
        "runner.json": '{\n  "envs": ["py311", "lint"],\n  "parallel": true,\n}\n'},
       {"json_file": "runner.json", "line": 4, "column": 1}, "SystemExit", tool="python3"),

    # ================= import_error =================
    sc("e_imp_py_typing_override_unittest", "import_error", PY + " -m unittest discover -s tests -t .",
       "unittest discovery imports a models module that uses typing.override (Python 3.12) under Python 3.11",
       {"tests/__init__.py": "", "tests/test_models.py": "import unittest\nfrom app.models import Invoice\n\n\nclass T(unittest.TestCase):\n"
        "    def test_total(self):\n        self.assertEqual(Invoice().total(), 0)\n",
        "app/__init__.py": "", "app/models.py": "from typing import override\n\n\nclass Base:\n    def total(self):\n        return 0\n\n\n"
        "class Invoice(Base):\n    @override\n    def total(self):\n        return 0\n"},
       {"name": "override", "from_module": "typing"}, "ImportError", tool="python3"),
    sc("e_imp_py_circular_partial_cli", "import_error", PY + " -m app.cli sync",
       "python -m app.cli imports app.models, which imports app.services, which imports User back from the partially "
       "initialized app.models (circular import)",
       {"app/__init__.py": "", "app/cli.py": "import sys\nfrom app.models import User\n\nprint('sync', User)\n",
        "app/models.py": "from app.services import notify\n\n\nclass User:\n    pass\n",
        "app/services.py": "from app.models import User\n\n\ndef notify(u: User):\n    return u\n"},
       {"name": "User", "from_module": "app.models"}, "ImportError", tool="python3"),

    # ================= websocket =================
    sc("e_ws_py_websockets_1011_task", "websocket", PY + " listener.py ws://127.0.0.1:{{ws}}/events",
       "an asyncio listener task (websockets) is closed by the server with 1011; the task's exception is never retrieved "
       "and the service exits 1 after its own line",
       {"listener.py": "import asyncio, gc, sys\nimport websockets\n\n\nasync def listen(url):\n    async with websockets.connect(url) as ws:\n"
        "        async for msg in ws:\n            print('event', msg)\n\n\nasync def main():\n    t = asyncio.create_task(listen(sys.argv[1]))\n"
        "    await asyncio.sleep(1)\n    t = None\n    gc.collect()\n    print('listener not running, exiting')\n    return 1\n\n\nsys.exit(asyncio.run(main()))\n"},
       {"close_code": 1011}, "websockets.exceptions.ConnectionClosedError", servers={"ws": ("ws", "close", 1011, "upstream failure")},
       requires=["py:websockets"], tool="python3"),
    sc("e_ws_py_wsclient_404_retry_logging", "websocket", PY + " notify.py",
       "a websocket-client notifier retries three times with logging warnings; every handshake gets HTTP 404; then it gives up",
       {"notify.py": "import logging, sys, time\nimport websocket\n\nlogging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s %(message)s')\n"
        "log = logging.getLogger('notify')\nURL = 'ws://127.0.0.1:{{ws}}/v1/notifications'\nfor attempt in range(1, 4):\n    try:\n"
        "        websocket.create_connection(URL, timeout=3)\n        break\n    except Exception as e:\n        log.warning('attempt %d/3 failed: %s', attempt, e)\n"
        "        time.sleep(0.1)\nelse:\n    log.error('giving up')\n    sys.exit(1)\n"},
       {"url": "ws://127.0.0.1:{{ws}}/v1/notifications", "http_status": 404}, "websocket._exceptions.WebSocketBadStatusException",
       servers={"ws": ("http", 404, "no such feed\n")}, requires=["py:websocket"], tool="python3"),

    # ================= negatives =================
    sc("e_neg_py_pytest_importorskip", "negative", "python3 -m pytest -q -rs tests",
       "pytest skips a test with importorskip('ujson') and reports the ModuleNotFoundError as the skip reason; the other test passes",
       {"tests/__init__.py": "", "tests/test_fast.py": "import pytest\n\nujson = pytest.importorskip('ujson')\n\n\ndef test_dump():\n    assert ujson.dumps([1]) == '[1]'\n",
        "tests/test_basic.py": "import json\n\n\ndef test_dump():\n    assert json.dumps([1]) == '[1]'\n"},
       {}, "", exit=0, requires=["py3:pytest"]),
    sc("e_neg_py_unittest_assert_cache_warning", "negative", PY + " -m unittest -v tests.test_invoice",
       "a unittest logs a warning about a refused cache connection (using memory instead), then fails on an invoice total assertion",
       {"tests/__init__.py": "", "tests/test_invoice.py": "import logging, unittest\n\nlog = logging.getLogger('cache')\n\n\nclass T(unittest.TestCase):\n"
        "    def test_total(self):\n        log.warning('cache 127.0.0.1:6379 refused the connection (ECONNREFUSED), using the in-memory cache')\n"
        "        self.assertEqual(sum([20, 21]), 42, 'invoice total')\n"},
       {}, "", tool="python3"),
    sc("e_neg_py_validator_expected_invalid", "negative", PY + " validate_fixtures.py",
       "a fixture validator expects one deliberately invalid JSON fixture to be rejected and prints its decode error as expected",
       {"validate_fixtures.py": "import glob, json, sys\n\nunexpected = 0\nfor path in sorted(glob.glob('fixtures/**/*.json', recursive=True)):\n"
        "    expect_bad = '/invalid/' in path\n    try:\n        with open(path) as f:\n            json.load(f)\n        ok = not expect_bad\n        print(f'{path}: valid')\n"
        "    except json.JSONDecodeError as e:\n        ok = expect_bad\n        print(f'{path}: rejected{\" as expected\" if expect_bad else \"\"} ({e})')\n"
        "    unexpected += not ok\nprint(f'fixtures checked, {unexpected} unexpected')\nsys.exit(1 if unexpected else 0)\n",
        "fixtures/users.json": "[]\n", "fixtures/orders.json": "{\"a\": 1}\n", "fixtures/invalid/truncated.json": "{\"a\": [1, 2\n"},
       {}, "", exit=0, tool="python3"),
    sc("e_neg_py_requests_fallback_ok", "negative", PY + " sync.py",
       "a sync logs the primary's ConnectionError as a warning, retries against the secondary and succeeds",
       {"sync.py": "import logging\nimport requests\n\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')\nlog = logging.getLogger('sync')\n"
        "for base in ['http://127.0.0.1:{{api}}', 'http://127.0.0.1:{{ok}}']:\n    try:\n        r = requests.get(base + '/items', timeout=3)\n"
        "        log.info('synced %d bytes via %s', len(r.content), base)\n        break\n    except requests.ConnectionError as e:\n        log.warning('primary failed: %s; trying secondary', e)\n"},
       {}, "", servers={"api": ("closed",), "ok": ("http", 200, "[1, 2, 3]\n")}, requires=PYLIB, exit=0, tool="python3"),
    sc("e_neg_py_asyncio_local_budget", "negative", PY + " report.py",
       "a report generator gives its own local computation a 0.2 s budget with asyncio.wait_for; it takes longer (TimeoutError)",
       {"report.py": "import asyncio\n\n\nasync def build():\n    for _ in range(10):\n        await asyncio.sleep(0.1)\n    return 'report'\n\n\n"
        "async def main():\n    print('building report (budget 0.2s)')\n    print(await asyncio.wait_for(build(), timeout=0.2))\n\n\nasyncio.run(main())\n"},
       {}, "", tool="python3"),
]

SCENARIOS = NODE + JAVA + SHELL + PYTHON
