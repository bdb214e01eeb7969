"""Round 5 of the ninth fresh set's train half (prefix t_r5_, split fresh9_train by the hash of the name: only names
that hash to train are kept), Node.js only, written for issue 14 by a rule writer who had read fresh8.py, fresh9.py,
the rules and the parsers (not blind, unlike fresh9.py). Labels were written before any capture. Situations fresh9 did
not cover: errors with `cause:` chains (`[cause]:` in the stack), AggregateError of several refused connections,
fetch's TimeoutError, EPERM, module resolution through npm workspaces and symlinked packages, TypeScript run by plain
node, winston-like JSON logs with err objects, worker errors, npx without the package; and negatives: node --test and
npm test with failing assertions, HTTP 4xx/5xx from live servers, EADDRINUSE in a cause chain, business errors and
unhandled rejections of app errors, retried refusals that then succeed, errors quoted as history, deprecation and npm
warnings with exit 0, validation messages that name files or modules."""
from scenarios.common import sc, WS_LINK, WS_REQ, pkg

CLOSED = {"api": ("closed",)}
ESM_PKG = '{"name": "app", "version": "1.0.0", "type": "module"}\n'


def winston(level, msg, extra):
    """JS source of a winston-like JSON log line (level name, message, timestamp, more fields)."""
    return ("console.log(JSON.stringify({ level: '%s', message: %s, timestamp: new Date().toISOString(), %s }));"
            % (level, msg, extra))


SCENARIOS = [
    # ================= round 1: failures =================
    sc("t_r5_conn_cause_chain_db", "connection", "node orders-api.js",
       "a service wraps the database driver's ECONNREFUSED in new Error('cannot reach orders db', { cause }) and throws it; "
       "node prints the stack with a [cause] block",
       {"orders-api.js": "const net = require('net');\nfunction connectDb(port) {\n  return new Promise((resolve, reject) => {\n"
        "    const s = net.connect(port, '127.0.0.1', () => resolve(s));\n    s.on('error', reject);\n  });\n}\n"
        "async function main() {\n  try {\n    await connectDb({{api}});\n  } catch (err) {\n"
        "    throw new Error('cannot reach orders db', { cause: err });\n  }\n}\nmain();\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error", servers=CLOSED, expect=["[cause]"]),
    sc("t_r5_conn_aggregate_localhost_c", "connection", "node ping-db.js localhost {{api}}",
       "a ping script connects net.connect to localhost on a closed port; node 20 tries ::1 and 127.0.0.1 and throws an "
       "AggregateError [ECONNREFUSED] listing both",
       {"ping-db.js": "const net = require('net');\nconst [host, port] = process.argv.slice(2);\nconst s = net.connect({ host, port: Number(port) }, () => {\n"
        "  console.log('db reachable');\n  s.end();\n});\n"},
       {"host": "localhost", "port": "{{api}}"}, "AggregateError", servers=CLOSED),
    sc("t_r5_conn_fetch_timeout_signal_uncaught_b", "connection", "node probe.mjs http://127.0.0.1:{{api}}/ready",
       "a readiness probe fetches the URL from argv with AbortSignal.timeout(800); the server accepts and never answers; "
       "the TimeoutError is not caught",
       {"probe.mjs": "const url = process.argv[2];\nconst res = await fetch(url, { signal: AbortSignal.timeout(800) });\nconsole.log('ready:', res.status);\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/ready"}, "TimeoutError",
       servers={"api": ("silent",)}),
    sc("t_r5_conn_fetch_wrapped_cause_b", "connection", "node sync-users.mjs",
       "an API client throws new Error(`GET ${url} failed`, { cause }) around fetch; the server's port is closed, so the stack "
       "shows two nested [cause] blocks down to ECONNREFUSED",
       {"sync-users.mjs": "const BASE = 'http://127.0.0.1:{{api}}';\nasync function get(path) {\n  const url = BASE + path;\n  try {\n"
        "    const r = await fetch(url);\n    return await r.json();\n  } catch (err) {\n    throw new Error(`GET ${url} failed`, { cause: err });\n  }\n}\n"
        "const users = await get('/v1/users');\nconsole.log(users.length, 'users');\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v1/users"}, "Error", servers=CLOSED),
    sc("t_r5_conn_promise_any_replicas_b", "connection", "node read-replica.js",
       "a client races three read replicas with Promise.any; every port is closed, so an AggregateError: All promises were "
       "rejected is thrown, its errors listing three ECONNREFUSED",
       {"read-replica.js": "const net = require('net');\nconst ports = [{{a}}, {{b}}, {{c}}];\nconst tryPort = (p) => new Promise((res, rej) => {\n"
        "  const s = net.connect(p, '127.0.0.1', () => res(s));\n  s.on('error', rej);\n});\n"
        "Promise.any(ports.map(tryPort)).then((s) => { console.log('replica up'); s.end(); }).catch((e) => { console.error(e); process.exit(1); });\n"},
       {"host": "127.0.0.1"}, "AggregateError", servers={"a": ("closed",), "b": ("closed",), "c": ("closed",)}),
    sc("t_r5_perm_eperm_chmod_hook", "permission", "node install-hooks.js",
       "a setup script chmods .git-hooks/pre-commit to 755; the file belongs to another user and the script runs without "
       "capabilities: Error: EPERM: operation not permitted, chmod",
       {"install-hooks.js": "const fs = require('fs');\nconsole.log('installing git hooks');\nfs.chmodSync('.git-hooks/pre-commit', 0o755);\nconsole.log('done');\n",
        ".git-hooks/pre-commit": "#!/bin/sh\nnpm test\n"},
       {"path": ".git-hooks/pre-commit"}, "Error: EPERM", setup=["chown nobody .git-hooks/pre-commit"], drop_caps=True),
    sc("t_r5_perm_mkdir_cause_esm", "permission", "node cache-warm.mjs",
       "an ESM cache warmer wraps mkdir's EACCES (cache folder read-only) in new Error('cache unavailable', { cause })",
       {"cache-warm.mjs": "import { mkdir } from 'node:fs/promises';\ntry {\n  await mkdir('var/cache/pages', { recursive: true });\n} catch (err) {\n"
        "  throw new Error('cache unavailable', { cause: err });\n}\n"},
       {"path": "var/cache/pages"}, "Error: EACCES", dirs=["var/cache"], modes={"var/cache": 0o555}, drop_caps=True),
    sc("t_r5_mm_workspace_symlink_dep", "missing_module", "node app.js",
       "an app requires @acme/core, a workspace package symlinked into node_modules; core requires zod, which is installed "
       "nowhere, so the require stack runs through packages/core",
       {"app.js": "const { parseOrder } = require('@acme/core');\nconsole.log(parseOrder({ id: 1 }));\n",
        "packages/core/package.json": '{"name": "@acme/core", "version": "1.0.0", "main": "index.js"}\n',
        "packages/core/index.js": "const { z } = require('zod');\nconst Order = z.object({ id: z.number() });\nexports.parseOrder = (o) => Order.parse(o);\n",
        "package.json": '{"name": "shop", "version": "1.0.0", "private": true, "workspaces": ["packages/*"]}\n'},
       {"module": "zod"}, "Error: Cannot find module",
       setup=["mkdir -p node_modules/@acme && ln -s ../../packages/core node_modules/@acme/core"]),
    sc("t_r5_mm_npm_workspace_build_vite_b", "missing_module", "npm run build -w packages/web",
       "npm runs the build script of one workspace; its build script requires vite, which is not installed",
       {"package.json": '{"name": "mono", "version": "1.0.0", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/web/package.json": '{"name": "web", "version": "1.0.0", "scripts": {"build": "node build.js"}}\n',
        "packages/web/build.js": "const { build } = require('vite');\nbuild({ root: __dirname }).then(() => console.log('built'));\n"},
       {"module": "vite"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("t_r5_mm_esm_plugin_cause_c", "missing_module", "node render.mjs README.md",
       "a renderer loads a markdown plugin with import() and rethrows with { cause }: Error: plugin markdown failed to load, "
       "[cause]: Cannot find package 'markdown-it'",
       {"render.mjs": "async function loadPlugin(name, pkgName) {\n  try {\n    return (await import(pkgName)).default;\n  } catch (err) {\n"
        "    throw new Error(`plugin ${name} failed to load`, { cause: err });\n  }\n}\nconst md = await loadPlugin('markdown', 'markdown-it');\nconsole.log(md);\n",
        "README.md": "# hi\n", "package.json": ESM_PKG},
       {"module": "markdown-it"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("t_r5_mm_npx_no_install_b", "missing_module", "npx --no rimraf dist",
       "npx --no (never install) is asked for rimraf, which is not in the project; npx gives up",
       {"package.json": pkg({"clean": "rimraf dist"})}, {"module": "rimraf"}, "", tool="npx", ecosystem="node"),
    sc("t_r5_fnf_worker_readfile_error_event", "file_not_found", "node import-csv.js",
       "a worker thread reads data/import/customers.csv, which does not exist; the ENOENT reaches the main thread's error "
       "event, which logs it and exits 1",
       {"import-csv.js": "const { Worker } = require('worker_threads');\nconst w = new Worker(__dirname + '/parse-worker.js', { workerData: 'data/import/customers.csv' });\n"
        "w.on('message', (n) => console.log('rows', n));\nw.on('error', (err) => {\n  console.error('import worker failed:', err);\n  process.exit(1);\n});\n",
        "parse-worker.js": "const { workerData, parentPort } = require('worker_threads');\nconst fs = require('fs');\n"
        "const rows = fs.readFileSync(workerData, 'utf8').split('\\n');\nparentPort.postMessage(rows.length);\n"},
       {"path": "data/import/customers.csv"}, "Error: ENOENT", dirs=["data"]),
    sc("t_r5_fnf_template_cause_b", "file_not_found", "node invoice.js 17",
       "an invoice renderer wraps readFile's ENOENT for templates/invoice.html in new Error('cannot render invoice 17', { cause })",
       {"invoice.js": "const fs = require('fs/promises');\nasync function render(id) {\n  try {\n    const tpl = await fs.readFile('templates/invoice.html', 'utf8');\n"
        "    return tpl.replace('{id}', id);\n  } catch (err) {\n    throw new Error(`cannot render invoice ${id}`, { cause: err });\n  }\n}\n"
        "render(process.argv[2]).then(console.log);\n"},
       {"path": "templates/invoice.html"}, "Error: ENOENT", dirs=["templates"]),
    sc("t_r5_json_winston_stack_b", "json_format", "node gateway.js",
       "a gateway logs winston-like JSON with the error's message and stack when config/routes.json (trailing comma) "
       "does not parse, naming the file in a field, then exits 1",
       {"gateway.js": "const fs = require('fs');\nconst file = 'config/routes.json';\ntry {\n  JSON.parse(fs.readFileSync(file, 'utf8'));\n} catch (err) {\n  "
        + winston("error", "'failed to load routes'", "file, error: { message: err.message, stack: err.stack }")
        + "\n  process.exit(1);\n}\n",
        "config/routes.json": '{\n  "routes": [\n    {"path": "/api", "upstream": "http://api:8080"},\n  ]\n}\n'},
       {"json_file": "config/routes.json"}, "SyntaxError"),
    sc("t_r5_json_settings_cause", "json_format", "node start.js",
       "a loader throws new Error('invalid settings file settings/local.json', { cause }) around JSON.parse; the file has "
       "an unquoted key",
       {"start.js": "const fs = require('fs');\nconst file = 'settings/local.json';\nlet settings;\ntry {\n  settings = JSON.parse(fs.readFileSync(file, 'utf8'));\n"
        "} catch (err) {\n  throw new Error(`invalid settings file ${file}`, { cause: err });\n}\nconsole.log(settings);\n",
        "settings/local.json": '{\n  "port": 8080,\n  debug: true\n}\n'},
       {"json_file": "settings/local.json"}, "SyntaxError"),
    sc("t_r5_syn_ts_run_by_node", "syntax", "node src/server.ts",
       "a TypeScript file is run by plain node 20 (no strip-types): the first type annotation is a SyntaxError",
       {"src/server.ts": "const http = require('node:http');\n\nconst port: number = Number(process.env.PORT ?? 3000);\n"
        "http.createServer((_req, res) => res.end('ok')).listen(port);\n"},
       {"file": "src/server.ts", "line": 3}, "SyntaxError", expect=["SyntaxError"]),
    sc("t_r5_imp_workspace_named_export_c", "import_error", "node web/main.mjs",
       "an ESM app imports { slugify } from the workspace package @acme/text (symlinked), which exports only titleCase",
       {"web/main.mjs": "import { slugify } from '@acme/text';\nconsole.log(slugify('Hello World'));\n",
        "packages/text/package.json": '{"name": "@acme/text", "version": "1.0.0", "type": "module", "exports": "./index.js"}\n',
        "packages/text/index.js": "export const titleCase = (s) => s.replace(/\\b\\w/g, (c) => c.toUpperCase());\n"},
       {"name": "slugify", "from_module": "@acme/text"}, "SyntaxError",
       setup=["mkdir -p node_modules/@acme && ln -s ../../packages/text node_modules/@acme/text"]),
    sc("t_r5_ws_401_winston_b", "websocket", "node live-orders.js",
       "a ws client gets 401 on the upgrade and logs winston-like JSON with the error message and the URL, then exits 1",
       {"live-orders.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/orders/live';\nconst ws = new WebSocket(url);\n"
        "ws.on('open', () => console.log('subscribed'));\nws.on('error', (err) => {\n  "
        + winston("error", "'live orders stream failed'", "url, error: { name: err.name, message: err.message }")
        + "\n  process.exit(1);\n});\n"},
       {"url": "ws://127.0.0.1:{{ws}}/orders/live", "http_status": 401}, "",
       servers={"ws": ("http", 401, "unauthorized\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("t_r5_ws_close_cause_chain_d", "websocket", "node prices.js",
       "a ws client turns a 4401 close into new Error('price feed lost', { cause }) where the cause carries the code; thrown "
       "from the close handler",
       {"prices.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/prices');\n"
        "ws.on('close', (code, reason) => {\n  const cause = new Error(`closed with ${code}: ${reason}`);\n  cause.code = code;\n"
        "  throw new Error('price feed lost', { cause });\n});\n"},
       {"close_code": 4401}, "Error", servers={"ws": ("ws", "close", 4401, "token expired")}, setup=WS_LINK, requires=WS_REQ),

    # ================= round 1: negatives =================
    sc("t_r5_neg_node_test_assert_fail", "negative", "node --test test/",
       "node --test runs a suite whose cart total test fails an assertion (expected 30, got 27); test names mention "
       "'missing file' and 'module'",
       {"src/cart.js": "exports.total = (items) => items.reduce((s, i) => s + i.price, 0);\n",
        "test/cart.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst { total } = require('../src/cart');\n\n"
        "test('total adds prices', () => {\n  assert.strictEqual(total([{ price: 10 }, { price: 17 }]), 30);\n});\n"
        "test('returns 0 for a missing file of items', () => {\n  assert.strictEqual(total([]), 0);\n});\n"
        "test('module exports total', () => {\n  assert.strictEqual(typeof total, 'function');\n});\n"},
       {}, "AssertionError", exit=1),
    sc("t_r5_neg_npm_test_refused_title_b", "negative", "npm test",
       "npm test runs node --test; a retry test titled 'retries on ECONNREFUSED' fails its count assertion (2 !== 3), a "
       "logic bug; no connection is made",
       {"package.json": pkg({"test": "node --test"}),
        "lib/retry.js": "exports.retry = async (fn, n) => {\n  let calls = 0;\n  for (let i = 1; i < n; i++) {\n    calls++;\n"
        "    try { return await fn(); } catch (e) { if (e.code !== 'ECONNREFUSED') throw e; }\n  }\n  return calls;\n};\n",
        "test/retry.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst { retry } = require('../lib/retry');\n\n"
        "test('retries on ECONNREFUSED', async () => {\n  let calls = 0;\n  await retry(async () => { calls++; const e = new Error('connect ECONNREFUSED 127.0.0.1:5432'); e.code = 'ECONNREFUSED'; throw e; }, 3);\n"
        "  assert.strictEqual(calls, 3);\n});\n"},
       {}, "AssertionError", tool="npm", ecosystem="node"),
    sc("t_r5_neg_http_500_logged", "negative", "node submit-report.js",
       "a client posts a report to a live server that answers 500; it throws Error('upload failed: 500 Internal Server Error') "
       "uncaught, exit 1",
       {"submit-report.js": "const http = require('http');\nconst req = http.request({ host: '127.0.0.1', port: {{api}}, path: '/reports', method: 'POST' }, (res) => {\n"
        "  if (res.statusCode >= 400) throw new Error(`upload failed: ${res.statusCode} ${res.statusMessage}`);\n  console.log('uploaded');\n});\nreq.end('{}');\n"},
       {}, "Error", servers={"api": ("http", 500, "boom\n")}, exit=1),
    sc("t_r5_neg_eaddrinuse_cause_b", "negative", "node admin-server.js",
       "an admin server listens on a port a live server already holds and rethrows with { cause }: cannot start admin "
       "server, [cause]: listen EADDRINUSE",
       {"admin-server.js": "const http = require('http');\nconst srv = http.createServer((q, r) => r.end('ok'));\nsrv.on('error', (err) => {\n"
        "  throw new Error('cannot start admin server on port {{api}}', { cause: err });\n});\nsrv.listen({{api}}, '127.0.0.1');\n"},
       {}, "Error", servers={"api": ("http", 200, "ok\n")}, exit=1),
    sc("t_r5_neg_unhandled_business_cause_b", "negative", "node transfer.mjs acc_42 500",
       "a transfer rejects with InsufficientFundsError wrapped in Error('transfer failed', { cause }); unhandled, exit 1",
       {"transfer.mjs": "class InsufficientFundsError extends Error {\n  constructor(acc, want, have) {\n    super(`account ${acc} has ${have}, needs ${want}`);\n"
        "    this.name = 'InsufficientFundsError';\n  }\n}\nconst [acc, amount] = process.argv.slice(2);\nasync function transfer() {\n"
        "  throw new Error('transfer failed', { cause: new InsufficientFundsError(acc, Number(amount), 120) });\n}\nawait transfer();\n"},
       {}, "Error", exit=1),
    sc("t_r5_neg_aggregate_validation_b", "negative", "node check-config.js",
       "a config checker throws an AggregateError of validation errors ('module billing is disabled', 'file storage.path is "
       "empty'); the JSON is valid",
       {"check-config.js": "const cfg = JSON.parse(require('fs').readFileSync('app.config.json', 'utf8'));\nconst errors = [];\n"
        "if (!cfg.modules.includes('billing')) errors.push(new Error('module billing is disabled but invoices are on'));\n"
        "if (!cfg.storage.path) errors.push(new Error('file storage.path is empty'));\n"
        "if (errors.length) throw new AggregateError(errors, `app.config.json: ${errors.length} problems`);\n",
        "app.config.json": '{"modules": ["auth", "invoices"], "storage": {"path": ""}}\n'},
       {}, "AggregateError", exit=1),
    sc("t_r5_neg_retry_cause_then_ok", "negative", "node warm-cache.js",
       "a warm-up client logs a first refused attempt with its cause chain (Error: warm-up attempt 1 failed, [cause] "
       "ECONNREFUSED), then the second port answers 200; exit 0",
       {"warm-cache.js": "const http = require('http');\nconst get = (port) => new Promise((res, rej) => http.get({ host: '127.0.0.1', port, path: '/warm' }, res).on('error', rej));\n"
        "(async () => {\n  for (const [i, port] of [{{down}}, {{api}}].entries()) {\n    try {\n      const r = await get(port);\n"
        "      console.log(`attempt ${i + 1}: ${r.statusCode}`);\n      return;\n    } catch (err) {\n"
        "      console.warn(new Error(`warm-up attempt ${i + 1} failed`, { cause: err }));\n    }\n  }\n})();\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("t_r5_neg_history_json_incidents", "negative", "node status.js",
       "a status command prints yesterday's incidents from a pino-like JSON log file (ECONNREFUSED, ENOENT, a Cannot find "
       "module) as history, then 'all checks passing'; exit 0",
       {"status.js": "const fs = require('fs');\nconsole.log('recent incidents:');\nfor (const line of fs.readFileSync('logs/incidents.jsonl', 'utf8').trim().split('\\n')) console.log('  ' + line);\n"
        "console.log('all checks passing');\n",
        "logs/incidents.jsonl": '{"level":50,"time":1765000000000,"msg":"connect ECONNREFUSED 127.0.0.1:5432","err":{"code":"ECONNREFUSED"}}\n'
        '{"level":50,"time":1765000100000,"msg":"ENOENT: no such file or directory, open \'/srv/app/uploads/a.png\'"}\n'
        '{"level":50,"time":1765000200000,"msg":"Cannot find module \'sharp\'","resolved":true}\n'},
       {}, "", exit=0),
    sc("t_r5_neg_npm_warn_unknown_config", "negative", "npm run hello",
       "a project .npmrc has a pnpm-only setting; npm warns 'Unknown project config' and the script runs; exit 0",
       {"package.json": pkg({"hello": "node -e \\\"console.log('hello')\\\""}), ".npmrc": "shamefully-hoist=true\nauto-install-peers=true\n"},
       {}, "", tool="npm", ecosystem="node", exit=0),
    sc("t_r5_neg_validation_exit1_files_e", "negative", "node validate-manifest.js",
       "a manifest validator prints messages naming files and modules (manifest.json: module 'payments' not listed, "
       "entry src/missing.js not in files[]) and exits 1; every file is valid JSON and present",
       {"validate-manifest.js": "const m = require('./manifest.json');\nconst problems = [];\nfor (const mod of m.requires) if (!m.modules.includes(mod)) problems.push(`manifest.json: module '${mod}' is required but not listed in modules`);\n"
        "if (!m.files.includes(m.entry)) problems.push(`manifest.json: entry ${m.entry} is not in files[]`);\n"
        "for (const p of problems) console.error('error: ' + p);\nif (problems.length) { console.error(`${problems.length} errors`); process.exit(1); }\n",
        "manifest.json": '{"entry": "src/main.js", "files": ["src/index.js"], "modules": ["auth"], "requires": ["auth", "payments"]}\n'},
       {}, "", exit=1),
    sc("t_r5_neg_punycode_deprecation_b", "negative", "node to-ascii.js bücher.example",
       "a script requires the deprecated punycode module; node prints DEP0040 and the result; exit 0",
       {"to-ascii.js": "const punycode = require('punycode');\nconsole.log(process.argv[2].split('.').map((l) => 'xn--' + punycode.encode(l)).join('.'));\n"},
       {}, "DeprecationWarning", exit=0),
    sc("t_r5_neg_worker_business_error", "negative", "node reconcile.js",
       "a worker throws a business error (invoice 17 has a negative total); the main thread logs the worker's error and "
       "exits 1",
       {"reconcile.js": "const { Worker } = require('worker_threads');\nconst w = new Worker(__dirname + '/check-worker.js');\n"
        "w.on('error', (err) => { console.error('reconcile worker failed:', err); process.exitCode = 1; });\n"
        "w.on('exit', (code) => console.log('worker exited with code', code));\n",
        "check-worker.js": "const invoices = [{ id: 16, total: 40 }, { id: 17, total: -5 }];\nfor (const inv of invoices) {\n"
        "  if (inv.total < 0) throw new RangeError(`invoice ${inv.id} has a negative total (${inv.total})`);\n}\n"},
       {}, "RangeError", exit=1),
    sc("t_r5_neg_http_422_json_body", "negative", "node upload-avatar.mjs",
       "a client posts an avatar; the live API answers 422 with a JSON body naming the file as too large; the client prints "
       "the message and exits 1",
       {"upload-avatar.mjs": "const r = await fetch('http://127.0.0.1:{{api}}/v1/avatar', { method: 'POST', body: 'x' });\n"
        "if (!r.ok) {\n  const body = await r.json();\n  console.error(`upload rejected (${r.status}): ${body.error}`);\n  process.exit(1);\n}\n"},
       {}, "", servers={"api": ("http", 422, '{"error": "file avatar.png is too large (max 2 MB)"}\n',
                                   {"Content-Type": "application/json"})}, exit=1),

    # ================= round 2: other programs for round 1's kinds, and more negatives =================
    sc("t_r5_mm_cjs_require_cause", "missing_module", "node notify.js",
       "a notifier requires nodemailer in a try/catch and throws new Error('mailer unavailable', { cause }); nodemailer is not installed",
       {"notify.js": "let mailer;\ntry {\n  mailer = require('nodemailer');\n} catch (err) {\n  throw new Error('mailer unavailable', { cause: err });\n}\n"
        "mailer.createTransport({}).sendMail({ to: 'ops@example.com' });\n"},
       {"module": "nodemailer"}, "Error: Cannot find module"),
    sc("t_r5_imp_dynamic_export_cause_d", "import_error", "node report.mjs",
       "a report runner import()s its formatter module, which imports { money } from ./lib/fmt.mjs (exports only percent); "
       "the runner rethrows with { cause }",
       {"report.mjs": "let formatter;\ntry {\n  formatter = await import('./formatters/table.mjs');\n} catch (err) {\n"
        "  throw new Error('cannot load formatter table', { cause: err });\n}\nconsole.log(formatter.render([]));\n",
        "formatters/table.mjs": "import { money } from '../lib/fmt.mjs';\nexport const render = (rows) => rows.map((r) => money(r.total)).join('\\n');\n",
        "lib/fmt.mjs": "export const percent = (x) => `${(x * 100).toFixed(1)} %`;\n"},
       {"name": "money", "from_module": "../lib/fmt.mjs"}, "SyntaxError"),
    sc("t_r5_json_cause_esm_prices_d", "json_format", "node price-list.mjs",
       "an ESM loader reads data/prices.json (truncated) with fs/promises and throws new Error(`cannot load ${file}`, { cause })",
       {"price-list.mjs": "import { readFile } from 'node:fs/promises';\nconst file = 'data/prices.json';\nlet prices;\ntry {\n"
        "  prices = JSON.parse(await readFile(file, 'utf8'));\n} catch (err) {\n  throw new Error(`cannot load ${file}`, { cause: err });\n}\n"
        "console.log(Object.keys(prices).length, 'prices');\n",
        "data/prices.json": '{\n  "apple": 1.2,\n  "pear": 0.9,\n  "plum": '},
       {"json_file": "data/prices.json"}, "SyntaxError"),
    sc("t_r5_conn_aggregate_uncaught_http_b", "connection", "node mirror-check.js",
       "a mirror check races http.get against two mirrors with Promise.any and never catches; both ports are closed, so node "
       "prints the unhandled AggregateError with its [errors]",
       {"mirror-check.js": "const http = require('http');\nconst mirrors = ['http://127.0.0.1:{{a}}/index.json', 'http://127.0.0.1:{{b}}/index.json'];\n"
        "const get = (u) => new Promise((res, rej) => http.get(u, res).on('error', rej));\n"
        "Promise.any(mirrors.map(get)).then((r) => console.log('mirror ok', r.statusCode));\n"},
       {"host": "127.0.0.1"}, "AggregateError", servers={"a": ("closed",), "b": ("closed",)}),
    sc("t_r5_conn_own_aggregate_brokers", "connection", "node publish-event.js",
       "a publisher tries each broker of a list and throws new AggregateError(errors, 'no broker reachable') when every "
       "connect is refused",
       {"publish-event.js": "const net = require('net');\nconst brokers = [{{a}}, {{b}}];\nconst tryBroker = (port) => new Promise((res, rej) => {\n"
        "  const s = net.connect(port, '127.0.0.1', () => res(s));\n  s.on('error', rej);\n});\n(async () => {\n  const errors = [];\n"
        "  for (const p of brokers) {\n    try {\n      const s = await tryBroker(p);\n      s.end('event');\n      return;\n    } catch (err) {\n      errors.push(err);\n    }\n  }\n"
        "  throw new AggregateError(errors, 'no broker reachable');\n})();\n"},
       {"host": "127.0.0.1"}, "AggregateError", servers={"a": ("closed",), "b": ("closed",)}),
    sc("t_r5_json_pino_multiline_source_b", "json_format", "node load-flags.js",
       "a feature-flag loader logs a pino-like JSON line whose err.stack is JSON.parse's SyntaxError quoting several lines of "
       "flags/rollout.json (single quotes), with the file in a field; exit 1",
       {"load-flags.js": "const fs = require('fs');\nconst file = 'flags/rollout.json';\ntry {\n  JSON.parse(fs.readFileSync(file, 'utf8'));\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 50, time: Date.now(), pid: process.pid, msg: 'cannot load feature flags', file, err: { type: err.name, message: err.message, stack: err.stack } }));\n"
        "  process.exit(1);\n}\n",
        "flags/rollout.json": "{\n  'checkout-v2': true,\n  'search': false\n}\n"},
       {"json_file": "flags/rollout.json"}, "SyntaxError"),
    sc("t_r5_fnf_winston_stack_enoent_b", "file_not_found", "node thumbnails.js",
       "a thumbnailer logs winston-like JSON with the stack of readFile's ENOENT for uploads/raw/42.jpg, then exits 1",
       {"thumbnails.js": "const fs = require('fs');\ntry {\n  fs.readFileSync('uploads/raw/42.jpg');\n} catch (err) {\n  "
        + winston("error", "'thumbnail failed'", "error: { message: err.message, stack: err.stack }") + "\n  process.exit(1);\n}\n"},
       {"path": "uploads/raw/42.jpg"}, "Error: ENOENT", dirs=["uploads"]),
    sc("t_r5_conn_fetch_timeout_console_error_b", "connection", "node check-api.js http://127.0.0.1:{{api}}/v1/ping",
       "a CommonJS checker fetches the URL from argv with AbortSignal.timeout(700) and console.error()s the error; the "
       "server never answers",
       {"check-api.js": "fetch(process.argv[2], { signal: AbortSignal.timeout(700) })\n  .then((r) => console.log('api', r.status))\n"
        "  .catch((err) => {\n    console.error(err);\n    process.exit(2);\n  });\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v1/ping"}, "TimeoutError",
       servers={"api": ("silent",)}),
    sc("t_r5_conn_fetch_timeout_second_url", "connection", "node collect.mjs",
       "a collector fetches two endpoints in turn with AbortSignal.timeout(600): the first answers, the second never does; "
       "the TimeoutError is not caught",
       {"collect.mjs": "const urls = ['http://127.0.0.1:{{ok}}/a', 'http://127.0.0.1:{{api}}/b'];\nfor (const u of urls) {\n"
        "  const r = await fetch(u, { signal: AbortSignal.timeout(600) });\n  console.log(u.slice(-2), r.status);\n}\n"},
       {}, "TimeoutError", servers={"ok": ("http", 200, "ok\n"), "api": ("silent",)}),
    sc("t_r5_conn_localhost_http_get_g", "connection", "node health.js localhost {{api}}",
       "a health check http.get()s localhost at the port from argv; nothing listens; the unhandled error event crashes it",
       {"health.js": "const http = require('http');\nconst [host, port] = process.argv.slice(2);\n"
        "http.get({ host, port: Number(port), path: '/health' }, (res) => console.log('health', res.statusCode));\n"},
       {"host": "localhost", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("t_r5_perm_eperm_utimes_b", "permission", "node touch-stamp.js",
       "a build step sets the timestamp of build/.stamp with fs.utimesSync; the file belongs to another user and the step "
       "runs without capabilities: EPERM",
       {"touch-stamp.js": "const fs = require('fs');\nconst now = new Date();\nfs.utimesSync('build/.stamp', now, now);\nconsole.log('stamped');\n",
        "build/.stamp": ""},
       {"path": "build/.stamp"}, "Error: EPERM", setup=["chown nobody build/.stamp"], drop_caps=True),
    # negatives
    sc("t_r5_neg_node_test_error_text_assert_b", "negative", "node --test test/",
       "node --test: a test compares an error message and fails (expected 'ENOENT: no such file or directory' text differs "
       "from the thrown one), a logic failure; exit 1",
       {"src/load.js": "exports.load = (name) => { throw new Error(`config ${name} not found`); };\n",
        "test/load.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst { load } = require('../src/load');\n\n"
        "test('load reports a missing file', () => {\n  assert.throws(() => load('app.json'), { message: \"ENOENT: no such file or directory, open 'app.json'\" });\n});\n"},
       {}, "AssertionError", exit=1),
    sc("t_r5_neg_fetch_403_cause_b", "negative", "node delete-project.mjs 7",
       "a client's DELETE gets 403 from the live API; it throws new Error('cannot delete project 7', { cause }) with the "
       "status in the cause; exit 1",
       {"delete-project.mjs": "const id = process.argv[2];\nconst r = await fetch(`http://127.0.0.1:{{api}}/projects/${id}`, { method: 'DELETE' });\n"
        "if (!r.ok) {\n  const cause = new Error(`HTTP ${r.status} ${r.statusText}: ${(await r.text()).trim()}`);\n"
        "  throw new Error(`cannot delete project ${id}`, { cause });\n}\n"},
       {}, "Error", servers={"api": ("http", 403, "permission denied: role viewer\n")}, exit=1),
    sc("t_r5_neg_promise_any_one_up_b", "negative", "node pick-replica.js",
       "a client races a down replica and a live one with Promise.any; it logs the down one's ECONNREFUSED and uses the live "
       "one; exit 0",
       {"pick-replica.js": "const http = require('http');\nconst ports = [{{down}}, {{api}}];\n"
        "const get = (p) => new Promise((res, rej) => http.get({ host: '127.0.0.1', port: p, path: '/' }, (r) => res([p, r.statusCode])).on('error', (e) => {\n"
        "  console.warn(`replica ${p} down: ${e.message}`);\n  rej(e);\n}));\n"
        "Promise.any(ports.map(get)).then(([p, code]) => console.log(`using replica ${p} (${code})`));\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("t_r5_neg_json_log_timeout_retried", "negative", "node poll-status.js",
       "a poller logs a pino-like warning that a request to its API timed out after 300ms and it retries; the retry answers "
       "200; exit 0",
       {"poll-status.js": "const http = require('http');\nconst url = 'http://127.0.0.1:{{api}}/status';\nconst log = (level, msg, extra) => console.log(JSON.stringify({ level, time: Date.now(), msg, ...extra }));\n"
        "log(40, `request to ${url} timed out after 300ms, retrying`, { attempt: 1 });\n"
        "http.get(url, (r) => { log(30, 'status ok', { status: r.statusCode }); r.resume(); });\n"},
       {}, "", servers={"api": ("http", 200, "ok\n")}, exit=0),
    sc("t_r5_neg_forbidden_business", "negative", "node remove-user.js bob",
       "an admin CLI throws its own ForbiddenError ('user bob lacks permission users:delete'); an authorization rule, not a "
       "file permission; exit 1",
       {"remove-user.js": "class ForbiddenError extends Error {\n  constructor(msg) { super(msg); this.name = 'ForbiddenError'; this.code = 'EFORBIDDEN'; }\n}\n"
        "const roles = { bob: ['users:read'] };\nconst who = process.argv[2];\nif (!roles[who].includes('users:delete')) throw new ForbiddenError(`user ${who} lacks permission users:delete`);\n"},
       {}, "ForbiddenError", exit=1),
    sc("t_r5_neg_timers_abort_timeout_b", "negative", "node crunch-budget.mjs",
       "a computation waits on timers/promises with AbortSignal.timeout(100) as its own budget; the AbortError (cause "
       "TimeoutError) is uncaught; no network involved",
       {"crunch-budget.mjs": "import { setTimeout as sleep } from 'node:timers/promises';\nconsole.log('crunching');\n"
        "await sleep(2000, null, { signal: AbortSignal.timeout(100) });\nconsole.log('done');\n"},
       {}, "AbortError", exit=1),
    sc("t_r5_neg_schema_cause_json_named", "negative", "node boot.js",
       "a boot script reads config/app.json (valid JSON) and throws new Error('invalid config config/app.json', { cause: "
       "TypeError('port must be a number') }); exit 1",
       {"boot.js": "const cfg = require('./config/app.json');\nif (typeof cfg.port !== 'number') {\n"
        "  throw new Error('invalid config config/app.json', { cause: new TypeError(`port must be a number, got ${JSON.stringify(cfg.port)}`) });\n}\n",
        "config/app.json": '{"port": "abc", "host": "0.0.0.0"}\n'},
       {}, "Error", exit=1),
    sc("t_r5_neg_optional_module_warn", "negative", "node log-demo.js",
       "an app tries the optional pino-pretty with require in a try/catch, logs a pino-like warning with err.code "
       "MODULE_NOT_FOUND and the stack, then runs with plain logs; exit 0",
       {"log-demo.js": "let pretty = null;\ntry {\n  pretty = require('pino-pretty');\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 40, time: Date.now(), msg: 'pino-pretty not installed, using plain JSON logs', err: { type: err.name, code: err.code, message: err.message.split('\\n')[0], stack: err.stack } }));\n}\n"
        "console.log(JSON.stringify({ level: 30, time: Date.now(), msg: 'app started' }));\n"},
       {}, "", exit=0),
    sc("t_r5_neg_eaddrinuse_pino_stack_b", "negative", "node api-server.js",
       "an API server logs a pino-like fatal line with the EADDRINUSE error's stack (the port is held by another live "
       "server) and exits 1",
       {"api-server.js": "const http = require('http');\nconst srv = http.createServer((q, r) => r.end('ok'));\nsrv.on('error', (err) => {\n"
        "  console.log(JSON.stringify({ level: 60, time: Date.now(), msg: 'server failed to start', err: { type: err.name, code: err.code, message: err.message, stack: err.stack } }));\n"
        "  process.exit(1);\n});\nsrv.listen({{api}}, '127.0.0.1');\n"},
       {}, "", servers={"api": ("http", 200, "ok\n")}, exit=1),
    sc("t_r5_neg_conflict_cause_chain_b", "negative", "node create-order.js",
       "a client posts an order; the live API answers 409; it throws Error('create order failed', { cause }) whose cause quotes "
       "the response; exit 1",
       {"create-order.js": "const http = require('http');\nconst req = http.request({ host: '127.0.0.1', port: {{api}}, path: '/orders', method: 'POST' }, (res) => {\n"
        "  let body = '';\n  res.on('data', (c) => (body += c));\n  res.on('end', () => {\n"
        "    if (res.statusCode >= 400) throw new Error('create order failed', { cause: new Error(`${res.statusCode} ${res.statusMessage}: ${body.trim()}`) });\n"
        "  });\n});\nreq.end('{\"id\": 17}');\n"},
       {}, "Error", servers={"api": ("http", 409, "order 17 already exists\n")}, exit=1),

    # ================= round 3: the cause's own source pointer, logged AggregateErrors, more negatives =================
    sc("t_r5_syn_require_cause_plugin", "syntax", "node build-site.js",
       "a site builder requires each plugin in a try/catch and rethrows with { cause }; plugins/slugify.js has an extra ')' "
       "on line 3, so the cause is a SyntaxError printed with its own file:line pointer",
       {"build-site.js": "const plugins = ['slugify'];\nfor (const name of plugins) {\n  try {\n    require(`./plugins/${name}.js`);\n  } catch (err) {\n"
        "    throw new Error(`plugin ${name} failed to load`, { cause: err });\n  }\n}\nconsole.log('built');\n",
        "plugins/slugify.js": "module.exports = function slugify(s) {\n  return s.toLowerCase()\n    .replace(/[^a-z0-9]+/g, '-'));\n};\n"},
       {"file": "plugins/slugify.js", "line": 3}, "SyntaxError"),
    sc("t_r5_imp_migration_cause_named_c", "import_error", "node migrate.mjs",
       "a migration runner import()s migrations/002_orders.mjs, which imports { sql } from ../db.mjs (exports only query); the "
       "runner rethrows with { cause }",
       {"migrate.mjs": "for (const m of ['002_orders']) {\n  try {\n    const mod = await import(`./migrations/${m}.mjs`);\n    await mod.up();\n"
        "  } catch (err) {\n    throw new Error(`migration ${m} failed to load`, { cause: err });\n  }\n}\n",
        "migrations/002_orders.mjs": "import { sql } from '../db.mjs';\nexport async function up() {\n  await sql`create table orders (id int)`;\n}\n",
        "db.mjs": "export async function query(text) {\n  return text;\n}\n"},
       {"name": "sql", "from_module": "../db.mjs"}, "SyntaxError"),
    sc("t_r5_conn_aggregate_logged_fetch_c", "connection", "node status-page.mjs",
       "a status page tries two upstream URLs with Promise.any(fetch) and console.error()s the AggregateError; both ports are "
       "closed (each error a TypeError: fetch failed with an ECONNREFUSED cause)",
       {"status-page.mjs": "const urls = ['http://127.0.0.1:{{a}}/status', 'http://127.0.0.1:{{b}}/status'];\ntry {\n"
        "  const r = await Promise.any(urls.map((u) => fetch(u)));\n  console.log('upstream', r.status);\n} catch (err) {\n  console.error(err);\n  process.exit(1);\n}\n"},
       {"host": "127.0.0.1"}, "AggregateError", servers={"a": ("closed",), "b": ("closed",)}),
    sc("t_r5_conn_aggregate_labelled_net", "connection", "node sentinel.js",
       "a client asks three sentinels with Promise.any(net.connect) and logs console.log('all sentinels down:', err) with "
       "the AggregateError; every port is closed; exit 1",
       {"sentinel.js": "const net = require('net');\nconst ports = [{{a}}, {{b}}, {{c}}];\nconst ask = (p) => new Promise((res, rej) => {\n"
        "  const s = net.connect(p, '127.0.0.1', () => res(s));\n  s.on('error', rej);\n});\n"
        "Promise.any(ports.map(ask)).then((s) => { console.log('sentinel up'); s.end(); }, (err) => {\n  console.log('all sentinels down:', err);\n  process.exitCode = 1;\n});\n"},
       {"host": "127.0.0.1"}, "AggregateError", servers={"a": ("closed",), "b": ("closed",), "c": ("closed",)}),
    sc("t_r5_json_dynamic_import_cause_b", "json_format", "node i18n.mjs fr",
       "an i18n loader import()s locales/fr.json with { type: 'json' } and rethrows with { cause }; the file has a trailing "
       "comma",
       {"i18n.mjs": "const lang = process.argv[2];\nlet messages;\ntry {\n  messages = (await import(`./locales/${lang}.json`, { with: { type: 'json' } })).default;\n"
        "} catch (err) {\n  throw new Error(`cannot load locale ${lang}`, { cause: err });\n}\nconsole.log(messages.hello);\n",
        "locales/fr.json": '{\n  "hello": "bonjour",\n  "bye": "au revoir",\n}\n'},
       {"json_file": "locales/fr.json"}, "SyntaxError"),
    # negatives
    sc("t_r5_neg_worker_exit_code_cause_e", "negative", "node import-batch.js",
       "a worker rejects a batch (3 rows without an email) and exits 2; the main thread throws Error('import failed', { cause: "
       "'worker exited with code 2' }); exit 1",
       {"import-batch.js": "const { Worker } = require('worker_threads');\nconst w = new Worker(__dirname + '/validate-worker.js');\nw.on('exit', (code) => {\n"
        "  if (code !== 0) throw new Error('import failed', { cause: new Error(`validation worker exited with code ${code}`) });\n});\n",
        "validate-worker.js": "const rows = [{ email: 'a@x' }, {}, {}, {}];\nconst bad = rows.filter((r) => !r.email).length;\n"
        "if (bad) {\n  console.error(`${bad} rows without an email`);\n  process.exit(2);\n}\n"},
       {}, "Error", exit=1),
    sc("t_r5_neg_node_test_skip_refused", "negative", "node --test test/",
       "node --test: an integration test is skipped with the message 'database not reachable (connect ECONNREFUSED "
       "127.0.0.1:5432)'; the unit tests pass; exit 0",
       {"test/unit.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\ntest('adds', () => assert.strictEqual(1 + 1, 2));\n",
        "test/db.int.test.js": "const test = require('node:test');\ntest('orders table exists', (t) => {\n"
        "  t.skip('database not reachable (connect ECONNREFUSED 127.0.0.1:5432)');\n});\n"},
       {}, "", exit=0),
    sc("t_r5_neg_rmdir_recursive_deprecation", "negative", "node clean.js",
       "a cleanup script calls fs.rmdirSync(dir, { recursive: true }); node prints a DeprecationWarning naming fs.rm; exit 0",
       {"clean.js": "const fs = require('fs');\nfs.mkdirSync('dist/assets', { recursive: true });\nfs.rmdirSync('dist', { recursive: true });\nconsole.log('cleaned dist');\n"},
       {}, "DeprecationWarning", exit=0),
    sc("t_r5_neg_max_listeners_warning", "negative", "node fanout.js",
       "a fan-out script adds 11 'connect' listeners to one emitter; node warns MaxListenersExceededWarning; exit 0",
       {"fanout.js": "const { EventEmitter } = require('events');\nconst bus = new EventEmitter();\nfor (let i = 0; i < 11; i++) bus.on('connect', () => {});\n"
        "bus.emit('connect');\nconsole.log('fanned out to', bus.listenerCount('connect'), 'listeners');\n"},
       {}, "MaxListenersExceededWarning", exit=0),
    sc("t_r5_neg_cleanup_enoent_json_warn_d", "negative", "node cleanup.js",
       "a cleanup job unlinks tmp/upload-1.part, logs a pino-like warning with the ENOENT stack ('already removed') and "
       "finishes; exit 0",
       {"cleanup.js": "const fs = require('fs');\ntry {\n  fs.unlinkSync('tmp/upload-1.part');\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 40, time: Date.now(), msg: 'temp file already removed', err: { type: err.name, code: err.code, message: err.message, stack: err.stack } }));\n}\n"
        "console.log(JSON.stringify({ level: 30, time: Date.now(), msg: 'cleanup done', removed: 0 }));\n"},
       {}, "", dirs=["tmp"], exit=0),
    sc("t_r5_neg_npm_run_business_exit", "negative", "npm run check",
       "npm run check runs a stock checker that prints 'stock for sku A-17 below threshold (2 < 5)' and exits 3; npm reports "
       "the script failed",
       {"package.json": pkg({"check": "node check-stock.js"}),
        "check-stock.js": "const stock = { 'A-17': 2 };\nfor (const [sku, n] of Object.entries(stock)) {\n  if (n < 5) {\n"
        "    console.error(`stock for sku ${sku} below threshold (${n} < 5)`);\n    process.exit(3);\n  }\n}\n"},
       {}, "", tool="npm", ecosystem="node", exit=3),
    sc("t_r5_neg_aggregate_warn_fallback", "negative", "node connect-broker.js",
       "a client tries two brokers with Promise.any, console.warn()s the AggregateError (both refused), then connects to a "
       "live fallback; exit 0",
       {"connect-broker.js": "const net = require('net');\nconst open = (p) => new Promise((res, rej) => {\n  const s = net.connect(p, '127.0.0.1', () => res(s));\n  s.on('error', rej);\n});\n"
        "(async () => {\n  try {\n    (await Promise.any([{{a}}, {{b}}].map(open))).end();\n  } catch (err) {\n    console.warn(err);\n"
        "    const s = await open({{api}});\n    console.log('connected to fallback broker');\n    s.end();\n  }\n})();\n"},
       {}, "", servers={"a": ("closed",), "b": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),

    # ================= round 4: more cause chains, and traps for the new kinds (retried, warned, handled) =================
    sc("t_r5_conn_cause_reset_upload", "connection", "node upload-log.js",
       "an uploader posts a log file with http.request; the server resets the connection; the error is rethrown with { cause }",
       {"upload-log.js": "const http = require('http');\nconst req = http.request({ host: '127.0.0.1', port: {{api}}, path: '/logs', method: 'POST' }, (r) => console.log(r.statusCode));\n"
        "req.on('error', (err) => {\n  throw new Error('log upload failed', { cause: err });\n});\nreq.end('line 1\\n');\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error", servers={"api": ("reset",)}),
    sc("t_r5_perm_cause_write_report_b", "permission", "node monthly.mjs",
       "an ESM report job writes reports/2026-12.csv into a read-only folder and rethrows the EACCES with { cause }",
       {"monthly.mjs": "import { writeFile } from 'node:fs/promises';\ntry {\n  await writeFile('reports/2026-12.csv', 'sku,total\\n');\n} catch (err) {\n"
        "  throw new Error('monthly report not written', { cause: err });\n}\n"},
       {"path": "reports/2026-12.csv"}, "Error: EACCES", dirs=["reports"], modes={"reports": 0o555}, drop_caps=True),
    sc("t_r5_fnf_pino_stack_scandir", "file_not_found", "node ingest.js",
       "an ingester lists incoming/2026-12 (missing) and logs a pino-like error line with the ENOENT stack; exit 1",
       {"ingest.js": "const fs = require('fs');\ntry {\n  fs.readdirSync('incoming/2026-12');\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 50, time: Date.now(), msg: 'ingest failed', err: { type: err.name, message: err.message, stack: err.stack } }));\n  process.exit(1);\n}\n"},
       {"path": "incoming/2026-12"}, "Error: ENOENT", dirs=["incoming"]),
    sc("t_r5_mm_worker_cause_c", "missing_module", "node thumbs.js",
       "a worker requires sharp (not installed); the main thread's error handler throws new Error('thumbnail worker crashed', "
       "{ cause })",
       {"thumbs.js": "const { Worker } = require('worker_threads');\nconst w = new Worker(__dirname + '/thumb-worker.js');\n"
        "w.on('error', (err) => {\n  throw new Error('thumbnail worker crashed', { cause: err });\n});\n",
        "thumb-worker.js": "const sharp = require('sharp');\nsharp('in.png').resize(64).toFile('out.png');\n"},
       {"module": "sharp"}, "Error: Cannot find module"),
    sc("t_r5_ws_cause_unexpected_401", "websocket", "node feed.js",
       "a ws client's error handler throws new Error('feed connect failed', { cause }); the upgrade answered 401",
       {"feed.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/feed');\nws.on('open', () => console.log('open'));\n"
        "ws.on('error', (err) => {\n  throw new Error('feed connect failed', { cause: err });\n});\n"},
       {"http_status": 401}, "Error", servers={"ws": ("http", 401, "no token\n")}, setup=WS_LINK, requires=WS_REQ),
    # negatives
    sc("t_r5_neg_json_stack_retry_ok_b", "negative", "node consumer.js",
       "a consumer logs a pino-like warning with the ECONNREFUSED stack of its first connect, retries on a live port and "
       "logs 'connected'; exit 0",
       {"consumer.js": "const net = require('net');\nconst log = (level, msg, extra) => console.log(JSON.stringify({ level, time: Date.now(), msg, ...extra }));\n"
        "const open = (p) => new Promise((res, rej) => { const s = net.connect(p, '127.0.0.1', () => res(s)); s.on('error', rej); });\n"
        "(async () => {\n  try {\n    await open({{down}});\n  } catch (err) {\n    log(40, 'broker connect failed, retrying', { attempt: 1, err: { type: err.name, code: err.code, message: err.message, stack: err.stack } });\n  }\n"
        "  const s = await open({{api}});\n  log(30, 'connected', { port: {{api}} });\n  s.end();\n})();\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("t_r5_neg_fetch_timeout_then_ok", "negative", "node warm.mjs",
       "a warm-up fetch with AbortSignal.timeout(300) to a silent port is console.warn()ed (DOMException [TimeoutError] "
       "with undici frames), the next URL answers 200; exit 0",
       {"warm.mjs": "for (const u of ['http://127.0.0.1:{{slow}}/warm', 'http://127.0.0.1:{{api}}/warm']) {\n  try {\n"
        "    const r = await fetch(u, { signal: AbortSignal.timeout(300) });\n    console.log('warmed', r.status);\n    break;\n  } catch (err) {\n    console.warn(err);\n  }\n}\n"},
       {}, "", servers={"slow": ("silent",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("t_r5_neg_fetch_any_fallback_ok_c", "negative", "node mirrors.mjs",
       "Promise.any over two mirror fetches (both ports closed) is console.warn()ed as an AggregateError, then a fallback "
       "URL answers 200; exit 0",
       {"mirrors.mjs": "try {\n  await Promise.any(['http://127.0.0.1:{{a}}/i', 'http://127.0.0.1:{{b}}/i'].map((u) => fetch(u)));\n} catch (err) {\n"
        "  console.warn(err);\n  const r = await fetch('http://127.0.0.1:{{api}}/i');\n  console.log('fallback mirror', r.status);\n}\n"},
       {}, "", servers={"a": ("closed",), "b": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("t_r5_neg_user_regex_cause_b", "negative", "node grep-logs.js --filter 'error(('",
       "a log search turns the --filter argument into a RegExp; the user's pattern is invalid, rethrown as new Error('invalid "
       "--filter', { cause }) (a SyntaxError of the input, not of a source file); exit 1",
       {"grep-logs.js": "const i = process.argv.indexOf('--filter');\nlet rx;\ntry {\n  rx = new RegExp(process.argv[i + 1]);\n} catch (err) {\n"
        "  throw new Error(`invalid --filter ${JSON.stringify(process.argv[i + 1])}`, { cause: err });\n}\nconsole.log(rx.test('error'));\n"},
       {}, "Error", exit=1),
    sc("t_r5_neg_optional_overrides_cause_warn_b", "negative", "node start-app.js",
       "an app console.warn()s new Error('no local overrides, using defaults', { cause }) for a missing optional "
       "config/local.json (ENOENT) and starts; exit 0",
       {"start-app.js": "const fs = require('fs');\nlet overrides = {};\ntry {\n  overrides = JSON.parse(fs.readFileSync('config/local.json', 'utf8'));\n} catch (err) {\n"
        "  console.warn(new Error('no local overrides, using defaults', { cause: err }));\n}\nconsole.log('app started with', Object.keys(overrides).length, 'overrides');\n"},
       {}, "", dirs=["config"], exit=0),
    sc("t_r5_neg_port80_fallback_b", "negative", "node serve.js",
       "a dev server tries port 80 without capabilities, console.warn()s the EACCES with a cause chain, then listens on a "
       "free port, answers one request and closes; exit 0",
       {"serve.js": "const http = require('http');\nconst srv = http.createServer((q, r) => r.end('ok'));\nsrv.once('error', (err) => {\n"
        "  console.warn(new Error('cannot bind port 80, using a free port', { cause: err }));\n  srv.listen(0, '127.0.0.1');\n});\n"
        "srv.once('listening', () => {\n  if (srv.address().port === 80) return;\n  console.log('listening on', srv.address().port);\n"
        "  http.get({ host: '127.0.0.1', port: srv.address().port }, (r) => { console.log('self check', r.statusCode); srv.close(); });\n});\nsrv.listen(80, '127.0.0.1');\n"},
       {}, "", drop_caps=True, exit=0),

    # ================= round 5: other node entry points and reporters; warnings with stacks =================
    sc("t_r5_fnf_env_file_flag_missing_b", "file_not_found", "node --env-file=.env.staging server.js",
       "node is started with --env-file=.env.staging, which does not exist (only .env.example does)",
       {"server.js": "console.log('port', process.env.PORT);\n", ".env.example": "PORT=3000\n"},
       {"path": ".env.staging"}, ""),
    sc("t_r5_fnf_load_env_file_api_c", "file_not_found", "node migrate.js",
       "a migration script calls process.loadEnvFile('.env.local'), which does not exist",
       {"migrate.js": "process.loadEnvFile('.env.local');\nconsole.log('migrating', process.env.DATABASE_URL);\n"},
       {"path": ".env.local"}, "Error: ENOENT"),
    sc("t_r5_fnf_cpsync_assets_b", "file_not_found", "node copy-static.mjs",
       "a build step copies static/ to dist/static with fs.cpSync; the static folder does not exist",
       {"copy-static.mjs": "import { cpSync } from 'node:fs';\ncpSync('static', 'dist/static', { recursive: true });\nconsole.log('copied');\n"},
       {"path": "static"}, "Error: ENOENT"),
    sc("t_r5_conn_tls_to_plain_port", "connection", "node secure-ping.js",
       "a client opens tls.connect to a port that speaks plain HTTP; the handshake fails (EPROTO / wrong version number)",
       {"secure-ping.js": "const tls = require('tls');\nconst s = tls.connect({ host: '127.0.0.1', port: {{api}}, rejectUnauthorized: false }, () => {\n"
        "  console.log('secure'); s.end();\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error", servers={"api": ("http", 400, "plain http\n")}),
    sc("t_r5_conn_http2_refused_c", "connection", "node grpc-ish.js",
       "an http2 client connects to a closed port; the session's unhandled error event crashes the program",
       {"grpc-ish.js": "const http2 = require('http2');\nconst session = http2.connect('http://127.0.0.1:{{api}}');\n"
        "const req = session.request({ ':path': '/health' });\nreq.on('response', (h) => console.log(h[':status']));\nreq.end();\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("t_r5_conn_node_test_spec_refused_b", "connection", "node --test --test-reporter=spec test/",
       "node --test with the spec reporter: an integration test fetches a closed port and fails with fetch failed / "
       "ECONNREFUSED",
       {"test/api.int.test.mjs": "import test from 'node:test';\nimport assert from 'node:assert';\n\n"
        "test('GET /api/orders answers 200', async () => {\n  const r = await fetch('http://127.0.0.1:{{api}}/api/orders');\n  assert.strictEqual(r.status, 200);\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    # negatives
    sc("t_r5_neg_trace_deprecation_stack_d", "negative", "node --trace-deprecation legacy.js",
       "a legacy script run with --trace-deprecation: node prints DEP0005 with a stack of frames; the script succeeds; exit 0",
       {"legacy.js": "const b = new Buffer('token');\nconsole.log(b.toString('base64'));\n"},
       {}, "DeprecationWarning", exit=0),
    sc("t_r5_neg_unhandled_warn_mode_refused_b", "negative", "node --unhandled-rejections=warn report.js",
       "a report script's optional metrics push rejects with ECONNREFUSED; with --unhandled-rejections=warn node only warns "
       "and the report is written; exit 0",
       {"report.js": "const net = require('net');\nnew Promise((res, rej) => net.connect({{api}}, '127.0.0.1', res).on('error', rej));\n"
        "setTimeout(() => console.log('report written: 12 rows'), 200);\n"},
       {}, "", servers=CLOSED, exit=0),
    sc("t_r5_neg_custom_warning_cache", "negative", "node build-cache.js",
       "a build emits process.emitWarning('cache folder .cache/build missing, rebuilding', 'CacheWarning') and rebuilds; exit 0",
       {"build-cache.js": "const fs = require('fs');\nif (!fs.existsSync('.cache/build')) {\n"
        "  process.emitWarning('cache folder .cache/build missing, rebuilding', 'CacheWarning');\n  fs.mkdirSync('.cache/build', { recursive: true });\n}\nconsole.log('build done');\n"},
       {}, "CacheWarning", exit=0),
    sc("t_r5_neg_trace_warnings_json_import_b", "negative", "node --trace-warnings version.mjs",
       "an ESM script imports package.json with { type: 'json' } under --trace-warnings; the ExperimentalWarning comes with a "
       "stack; the script prints the version; exit 0",
       {"version.mjs": "import pkg from './package.json' with { type: 'json' };\nconsole.log(pkg.version);\n",
        "package.json": '{"name": "app", "version": "2.4.1", "type": "module"}\n'},
       {}, "ExperimentalWarning", exit=0),
    sc("t_r5_neg_node_test_spec_assert_c", "negative", "node --test --test-reporter=spec test/",
       "node --test with the spec reporter: a discount test fails its assertion (90 !== 81); no I/O; exit 1",
       {"src/price.js": "exports.discount = (p, pct) => p - pct;\n",
        "test/price.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst { discount } = require('../src/price');\n\n"
        "test('10 % off 90 is 81', () => {\n  assert.strictEqual(discount(90, 10), 81);\n});\n"},
       {}, "AssertionError", exit=1),
    sc("t_r5_neg_process_exit_missing_args", "negative", "node deploy.js",
       "a deploy CLI prints 'error: missing --target (one of staging, production); see deploy.json for targets' and exits 1 "
       "(usage error; deploy.json exists and is valid)",
       {"deploy.js": "const targets = require('./deploy.json');\nif (!process.argv.includes('--target')) {\n"
        "  console.error(`error: missing --target (one of ${Object.keys(targets).join(', ')}); see deploy.json for targets`);\n  process.exit(1);\n}\n",
        "deploy.json": '{"staging": {}, "production": {}}\n'},
       {}, "", exit=1),
]
