"""A fifteenth fresh set (prefix z_), written BLIND: its author had read only the corpus README, capture.py, servers.py,
common.py, fresh8.py and DESIGN.md §8 / the cause list, never the rules, the parsers or any capture. The ecosystems where
AutoHeal was weakest, in hard forms: about half Node (CommonJS and ESM, package.json exports/imports, npm scripts and
their `npm error` wrappers, fetch/undici, http/net, the ws package, worker_threads, child_process, node --test, JSON
config, fs errors, pino/winston-style JSON logs), a fifth Java (java -jar, classpath, javac, the source launcher, Caused
by chains, java.net/java.nio, a hand-written Jackson-like parser), Python, and shells/make/npm driving Node or Java; the
cause printed early then noise, wrappers, log lines, test runners, several errors of which one is the cause, retries,
errors quoted as history, details only in the argv or files; about a fifth realistic negatives. Labels were written
before any output was seen. Split: fresh15_train / fresh15_holdout by a fixed hash of the name (capture.py)."""
from scenarios.common import sc, WS_LINK, WS_REQ, pkg

CLOSED = {"api": ("closed",)}
ESM_PKG = '{"name": "app", "version": "1.0.0", "type": "module"}\n'
PY_WS = ["py:websockets"]

# a pino-like JSON logger written by hand (pino is not installed): one JSON object per line
PINO = ("const log = (level, msg, extra = {}) => console.log(JSON.stringify({ level, time: Date.now(), pid: process.pid, "
        "hostname: 'app-1', msg, ...extra }));\n")
ERRJ = "const errj = (e) => ({ type: e.name, message: e.message, code: e.code, stack: e.stack });\n"


NODE = [
    # ================= missing_module =================
    sc("z_mm_preload_dotenv", "missing_module", "npm run migrate",
       "an npm script preloads dotenv with node -r dotenv/config; dotenv is not installed, npm wraps the failure",
       {"package.json": pkg({"migrate": "node -r dotenv/config scripts/migrate.js"}),
        "scripts/migrate.js": "console.log('migrating', process.env.DATABASE_URL);\n", ".env": "DATABASE_URL=postgres://localhost/app\n"},
       {"module": "dotenv"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("z_mm_esm_plugin_pino_log", "missing_module", "node server.mjs",
       "an ESM server loads its plugins with dynamic import; markdown-it is not installed; the error is logged as a pino JSON "
       "line and the server exits 1 after logging its shutdown",
       {"package.json": ESM_PKG, "plugins.json": '["./plugins/health.mjs", "markdown-it"]\n',
        "plugins/health.mjs": "export default () => 'health';\n",
        "server.mjs": PINO + ERRJ + "import { readFileSync } from 'node:fs';\nconst names = JSON.parse(readFileSync('plugins.json', 'utf8'));\n"
        "for (const n of names) {\n  try {\n    await import(n);\n    log(30, `plugin loaded: ${n}`);\n  } catch (e) {\n"
        "    log(50, 'plugin failed to load', { plugin: n, err: errj(e) });\n    log(30, 'shutting down');\n    process.exit(1);\n  }\n}\n"},
       {"module": "markdown-it"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("z_mm_optional_then_required", "missing_module", "node index.js",
       "an app tries the optional native add-on bufferutil (missing, logged as a fallback warning) and then requires yaml, "
       "which is missing too and is the crash",
       {"index.js": "let fast = null;\ntry {\n  fast = require('bufferutil');\n} catch (e) {\n"
        "  console.warn(`warn: optional dependency bufferutil not available (${e.code}), using the JS fallback`);\n}\n"
        "const YAML = require('yaml');\nconsole.log(YAML.parse('a: 1'), fast);\n"},
       {"module": "yaml"}, "Error: Cannot find module"),
    sc("z_mm_node_test_supertest", "missing_module", "node --test test/",
       "node's test runner runs an API test that requires supertest, which is not installed",
       {"test/api.test.js": "const test = require('node:test');\nconst request = require('supertest');\n\n"
        "test('GET /health answers 200', async () => {\n  await request('http://127.0.0.1:1').get('/health').expect(200);\n});\n",
        "test/unit.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\ntest('adds', () => assert.strictEqual(1 + 1, 2));\n"},
       {"module": "supertest"}, "Error: Cannot find module"),
    sc("z_mm_fork_child_commander", "missing_module", "node scheduler.js",
       "a scheduler forks a job script that requires commander (not installed); the parent logs the child's exit code after the "
       "child's stack",
       {"scheduler.js": "const { fork } = require('child_process');\nconsole.log('[scheduler] starting job nightly-report');\n"
        "const child = fork('./jobs/nightly-report.js', ['--since', '1d']);\nchild.on('exit', (code) => {\n"
        "  console.error(`[scheduler] job nightly-report exited with code ${code}`);\n  process.exitCode = code;\n});\n",
        "jobs/nightly-report.js": "const { program } = require('commander');\nprogram.option('--since <d>');\nprogram.parse();\nconsole.log('report', program.opts());\n"},
       {"module": "commander"}, "Error: Cannot find module"),
    sc("z_mm_esm_scoped_sub_path", "missing_module", "node publish.mjs",
       "an ESM publisher imports @octokit/rest, which is not installed; a later unrelated deprecation warning is not printed "
       "because the import fails first",
       {"publish.mjs": "import { Octokit } from '@octokit/rest';\nconst gh = new Octokit({ auth: process.env.GH_TOKEN });\n"
        "await gh.repos.createRelease({ owner: 'acme', repo: 'shop', tag_name: 'v1.2.0' });\n"},
       {"module": "@octokit/rest"}, "Error [ERR_MODULE_NOT_FOUND]"),

    # ================= permission =================
    sc("z_perm_winston_log_file", "permission", "node worker.js",
       "a worker's winston-style logger appends to logs/worker.log, which is read-only; the logger prints its own JSON error "
       "line to stderr and the worker exits 1 (run without capabilities)",
       {"worker.js": "const fs = require('fs');\nfunction logLine(level, message) {\n  const line = JSON.stringify({ level, message, timestamp: new Date().toISOString() });\n"
        "  try {\n    fs.appendFileSync('logs/worker.log', line + '\\n');\n  } catch (e) {\n"
        "    console.error(JSON.stringify({ level: 'error', message: `log transport failed: ${e.message}`, code: e.code, timestamp: new Date().toISOString() }));\n"
        "    process.exit(1);\n  }\n}\nlogLine('info', 'worker started');\n",
        "logs/worker.log": ""},
       {"path": "logs/worker.log"}, "Error: EACCES", modes={"logs/worker.log": 0o444}, drop_caps=True),
    sc("z_perm_unix_socket_listen", "permission", "node control.js",
       "a control server listens on a unix socket inside a read-only run folder (listen EACCES on the socket path)",
       {"control.js": "const net = require('net');\nconst srv = net.createServer((c) => c.end('ok\\n'));\n"
        "srv.listen('run/control.sock', () => console.log('control socket ready'));\n"},
       {"path": "run/control.sock"}, "Error: listen EACCES", dirs=["run"], modes={"run": 0o555}, drop_caps=True),
    sc("z_perm_npm_build_dist_ro", "permission", "npm run build",
       "npm run build writes dist/bundle.js into a read-only dist folder; npm prints its error wrapper after the stack",
       {"package.json": pkg({"build": "node tools/bundle.js"}),
        "src/a.js": "export const a = 1;\n",
        "tools/bundle.js": "const fs = require('fs');\nconst src = fs.readFileSync('src/a.js', 'utf8');\nconsole.log('bundling 1 module');\n"
        "fs.writeFileSync('dist/bundle.js', src);\nconsole.log('wrote dist/bundle.js');\n"},
       {"path": "dist/bundle.js"}, "Error: EACCES", dirs=["dist"], modes={"dist": 0o555}, drop_caps=True, tool="npm", ecosystem="node"),
    sc("z_perm_execfilesync_backup", "permission", "node nightly.js",
       "a nightly job runs ./scripts/backup.sh with execFileSync; the script lost its execute bit (spawnSync EACCES)",
       {"nightly.js": "const { execFileSync } = require('child_process');\nconsole.log('nightly: rotating logs');\nconsole.log('nightly: backup');\n"
        "execFileSync('./scripts/backup.sh', ['--full'], { stdio: 'inherit' });\nconsole.log('nightly: done');\n",
        "scripts/backup.sh": "#!/bin/sh\necho backup $1\n"},
       {"path": "scripts/backup.sh"}, "Error: spawnSync ./scripts/backup.sh EACCES", modes={"scripts/backup.sh": 0o644}),
    sc("z_perm_esm_rm_lock_json_log", "permission", "node release-lock.mjs",
       "an ESM job removes its lock file from a read-only folder; the failure is a pino JSON line with the error's code and the "
       "job exits 2",
       {"release-lock.mjs": PINO + ERRJ + "import { rm } from 'node:fs/promises';\ntry {\n  await rm('var/locks/deploy.lock');\n  log(30, 'lock released');\n"
        "} catch (e) {\n  log(50, 'could not release lock', { err: errj(e) });\n  process.exit(2);\n}\n",
        "var/locks/deploy.lock": "1234\n"},
       {"path": "var/locks/deploy.lock"}, "Error: EACCES", modes={"var/locks": 0o555}, drop_caps=True, exit=2),

    # ================= syntax =================
    sc("z_syn_config_js_template", "syntax", "node build.js",
       "a build tool requires its JS config, which has an unterminated template literal",
       {"build.js": "const cfg = require('./app.config.js');\nconsole.log('building', cfg.name);\n",
        "app.config.js": "module.exports = {\n  name: 'shop',\n  banner: `/* shop build */,\n  minify: true,\n};\n"},
       {"file": "app.config.js", "line": 3}, "SyntaxError"),
    sc("z_syn_esm_duplicate_export", "syntax", "node main.mjs",
       "an ESM app imports a helper module that exports the same name twice",
       {"main.mjs": "import { fmt } from './lib/fmt.mjs';\nconsole.log(fmt(3));\n",
        "lib/fmt.mjs": "export function fmt(n) {\n  return n.toFixed(2);\n}\n\nexport const fmt = (n) => String(n);\n"},
       {"file": "lib/fmt.mjs", "line": 5}, "SyntaxError"),
    sc("z_syn_fork_child_report", "syntax", "node run-jobs.js",
       "a job runner forks jobs/report.js, which misses a closing parenthesis; the parent logs the exit code after the child's error",
       {"run-jobs.js": "const { fork } = require('child_process');\nconst c = fork('./jobs/report.js');\n"
        "c.on('exit', (code) => {\n  console.error(`job report failed with exit code ${code}`);\n  process.exit(1);\n});\n",
        "jobs/report.js": "const rows = [1, 2, 3];\n\nfunction total(r) {\n  return r.reduce((a, b) => a + b, 0;\n}\n\nconsole.log(total(rows));\n"},
       {"file": "jobs/report.js", "line": 4}, "SyntaxError"),
    sc("z_syn_npm_prestart_check", "syntax", "npm start",
       "npm start runs a prestart hook (node scripts/check-env.js) with an else without if; npm prints the failed lifecycle",
       {"package.json": pkg({"prestart": "node scripts/check-env.js", "start": "node index.js"}),
        "index.js": "console.log('started');\n",
        "scripts/check-env.js": "const need = ['PORT'];\nfor (const k of need) {\n  if (!process.env[k]) console.warn(`missing ${k}`);\n  }\n  else {\n    console.log('ok');\n  }\n}\n"},
       {"file": "scripts/check-env.js", "line": 5}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("z_syn_node_test_one_file", "syntax", "node --test",
       "node --test runs three test files; one has a missing comma in an array; the others pass",
       {"test/a.test.js": "const test = require('node:test');\ntest('a', () => {});\n",
        "test/b.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst cases = [\n  [1, 2]\n  [3, 4],\n];\n"
        "test('b', () => assert.ok(cases));\nconst x = {;\n",
        "test/c.test.js": "const test = require('node:test');\ntest('c', () => {});\n"},
       {"file": "test/b.test.js", "line": 8}, "SyntaxError"),
    sc("z_syn_worker_esm_keyword", "syntax", "node resize.mjs",
       "an ESM worker uses a reserved word (enum) as a variable name; the main thread prints the worker's error",
       {"resize.mjs": "import { Worker } from 'node:worker_threads';\nconst w = new Worker(new URL('./resize-worker.mjs', import.meta.url));\n"
        "w.on('error', (e) => {\n  console.error('resize worker failed to start');\n  console.error(e);\n  process.exit(1);\n});\n",
        "resize-worker.mjs": "import { parentPort } from 'node:worker_threads';\n\nconst enum = { small: 64, large: 512 };\nparentPort?.postMessage(enum.small);\n"},
       {"file": "resize-worker.mjs", "line": 3}, "SyntaxError"),

    # ================= connection =================
    sc("z_conn_fetch_pino_cause", "connection", "node sync.mjs",
       "an ESM sync job fetches an API that is down; the error and its cause are logged as a pino JSON line and the job exits 1",
       {"sync.mjs": PINO + "const url = 'http://127.0.0.1:{{api}}/v2/inventory';\ntry {\n  await fetch(url);\n} catch (e) {\n"
        "  log(50, 'inventory sync failed', { url, err: { message: e.message, cause: { code: e.cause?.code, address: e.cause?.address, port: e.cause?.port } } });\n"
        "  process.exit(1);\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v2/inventory"}, "TypeError: fetch failed", servers=CLOSED),
    sc("z_conn_http_socket_timeout", "connection", "node status-check.js http://127.0.0.1:{{api}}/status",
       "an http status check sets a 800 ms socket timeout; the service accepts and never answers; the request is destroyed with "
       "its own error",
       {"status-check.js": "const http = require('http');\nconst url = process.argv[2];\nconst req = http.get(url, (res) => console.log('status', res.statusCode));\n"
        "req.setTimeout(800, () => req.destroy(new Error(`timed out after 800ms waiting for ${url}`)));\n"
        "req.on('error', (e) => {\n  console.error(`status check failed: ${e.message}`);\n  process.exit(1);\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/status"}, "Error", servers={"api": ("silent",)}),
    sc("z_conn_retry_exhausted", "connection", "node publish-metrics.js",
       "a metrics publisher retries three times with backoff (each attempt logged) and then gives up with an error",
       {"publish-metrics.js": "const http = require('http');\nconst target = { host: '127.0.0.1', port: {{api}}, path: '/ingest', method: 'POST' };\n"
        "function send(n) {\n  const req = http.request(target, (r) => console.log('sent', r.statusCode));\n  req.on('error', (e) => {\n"
        "    console.warn(`attempt ${n}/3 failed: ${e.message}`);\n    if (n < 3) return setTimeout(() => send(n + 1), 100 * n);\n"
        "    console.error(`giving up: metrics endpoint ${target.host}:${target.port} unreachable`);\n    process.exit(1);\n  });\n  req.end('m=1');\n}\nsend(1);\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("z_conn_localhost_env_url", "connection", "CACHE_URL=redis://localhost:{{api}} node warm-cache.js",
       "a cache warmer connects with net to the host:port of CACHE_URL (localhost); both ::1 and 127.0.0.1 are refused "
       "(AggregateError, unhandled)",
       {"warm-cache.js": "const net = require('net');\nconst u = new URL(process.env.CACHE_URL);\nconsole.log('warming cache at', u.host);\n"
        "const s = net.connect({ host: u.hostname, port: Number(u.port) });\ns.on('connect', () => s.end('PING\\r\\n'));\n"},
       {"host": "localhost", "port": "{{api}}"}, "AggregateError", servers=CLOSED),
    sc("z_conn_socket_hang_up", "connection", "node post-event.js",
       "an http POST to an upstream that reads the request and closes without an answer (socket hang up), unhandled",
       {"post-event.js": "const http = require('http');\nconst req = http.request('http://127.0.0.1:{{api}}/events', { method: 'POST' }, (r) => console.log(r.statusCode));\n"
        "req.end(JSON.stringify({ type: 'signup' }));\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/events"}, "Error: socket hang up", servers={"api": ("empty",)}),
    sc("z_conn_worker_pool_refused", "connection", "node crawl.js",
       "a crawler runs two workers that fetch from a local API that is down; each worker posts its error message to the main "
       "thread, which logs both and exits 1",
       {"crawl.js": "const { Worker } = require('worker_threads');\nlet failed = 0;\nfor (const p of ['/a', '/b']) {\n"
        "  const w = new Worker('./crawl-worker.js', { workerData: 'http://127.0.0.1:{{api}}' + p });\n"
        "  w.on('message', (m) => {\n    if (m.error) {\n      console.error(`worker ${p}: ${m.error}`);\n      if (++failed === 2) process.exit(1);\n    }\n  });\n}\n",
        "crawl-worker.js": "const { parentPort, workerData } = require('worker_threads');\nfetch(workerData).then((r) => parentPort.postMessage({ ok: r.status }))\n"
        "  .catch((e) => parentPort.postMessage({ error: `${e.message}: ${e.cause && e.cause.message}` }));\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    sc("z_conn_undici_headers_timeout_cause", "connection", "node --test test/contract.test.mjs",
       "a contract test fetches a local stub that accepts and never answers; the test's own 1.5 s AbortSignal fires and the "
       "runner reports the TimeoutError",
       {"test/contract.test.mjs": "import test from 'node:test';\n\ntest('GET /users answers', async () => {\n"
        "  const res = await fetch('http://127.0.0.1:{{api}}/users', { signal: AbortSignal.timeout(1500) });\n  await res.json();\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/users"}, "TimeoutError", servers={"api": ("silent",)}),

    # ================= file_not_found =================
    sc("z_fnf_esm_readfile_url", "file_not_found", "node seed.mjs",
       "an ESM seeder reads data/seed.csv relative to its own module URL; the file was never generated",
       {"seed.mjs": "import { readFile } from 'node:fs/promises';\nconsole.log('seeding database');\n"
        "const csv = await readFile(new URL('./data/seed.csv', import.meta.url), 'utf8');\nconsole.log(csv.split('\\n').length, 'rows');\n"},
       {"path": "data/seed.csv"}, "Error: ENOENT", dirs=["data"]),
    sc("z_fnf_stat_winston_log", "file_not_found", "node watch-uploads.js",
       "an upload watcher stats uploads/today; the failure is logged as a winston-style JSON line, followed by a shutdown line",
       {"watch-uploads.js": "const fs = require('fs');\nconst log = (level, message, meta = {}) => console.log(JSON.stringify({ level, message, ...meta, timestamp: new Date().toISOString() }));\n"
        "log('info', 'watcher starting');\ntry {\n  const st = fs.statSync('uploads/today');\n  log('info', 'watching', { size: st.size });\n} catch (e) {\n"
        "  log('error', e.message, { code: e.code, syscall: e.syscall });\n  log('info', 'watcher stopped');\n  process.exitCode = 1;\n}\n"},
       {"path": "uploads/today"}, "Error: ENOENT", dirs=["uploads"]),
    sc("z_fnf_npm_script_missing_entry", "file_not_found", "npm run seed",
       "npm run seed runs node scripts/seed.js, which was renamed to seed-db.js; npm wraps the failure",
       {"package.json": pkg({"seed": "node scripts/seed.js"}), "scripts/seed-db.js": "console.log('seed');\n"},
       {"path": "scripts/seed.js"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("z_fnf_dangling_symlink", "file_not_found", "node load-current.js",
       "a loader reads current/settings.yml through a symlink whose release folder was removed",
       {"load-current.js": "const fs = require('fs');\nconst txt = fs.readFileSync('current/settings.yml', 'utf8');\nconsole.log(txt.length);\n"},
       {"path": "current/settings.yml"}, "Error: ENOENT",
       setup=["mkdir -p releases/r41 && ln -s ../releases/r41/settings.yml current-settings.tmp && mkdir -p current && mv current-settings.tmp current/settings.yml && rm -rf releases/r41"]),
    sc("z_fnf_spawn_cwd_missing", "file_not_found", "node package-app.js",
       "a packager spawns tar with cwd build/out, a folder that does not exist; node reports spawn tar ENOENT (the cwd is missing, "
       "not tar)",
       {"package-app.js": "const { spawn } = require('child_process');\nconst p = spawn('tar', ['czf', '../app.tgz', '.'], { cwd: 'build/out' });\n"
        "p.on('error', (e) => {\n  console.error('packaging failed:', e.message);\n  process.exit(1);\n});\n"},
       {"path": "build/out"}, "Error: spawn tar ENOENT", dirs=["build"]),
    sc("z_fnf_copy_in_node_test", "file_not_found", "node --test",
       "a node:test suite copies a fixture that is not in the checkout; the test runner reports the ENOENT",
       {"test/export.test.js": "const test = require('node:test');\nconst fs = require('fs');\n\n"
        "test('exports a copy of the fixture', () => {\n  fs.copyFileSync('test/fixtures/orders-2026.csv', '/tmp/orders-copy.csv');\n});\n"},
       {"path": "test/fixtures/orders-2026.csv"}, "Error: ENOENT", dirs=["test/fixtures"]),
    sc("z_fnf_env_file_flag", "file_not_found", "node --env-file=config/.env.production server.js",
       "node is started with --env-file pointing at an env file that was not deployed",
       {"server.js": "console.log('port', process.env.PORT);\n", "config/.env.example": "PORT=3000\n"},
       {"path": "config/.env.production"}, ""),

    # ================= json_format =================
    sc("z_json_dep_package_json", "json_format", "node index.js",
       "an app requires a local dependency whose node_modules/tiny-fmt/package.json has a trailing comma (Invalid package config)",
       {"index.js": "const fmt = require('tiny-fmt');\nconsole.log(fmt(1));\n",
        "node_modules/tiny-fmt/package.json": '{\n  "name": "tiny-fmt",\n  "version": "0.3.1",\n  "main": "index.js",\n}\n',
        "node_modules/tiny-fmt/index.js": "module.exports = (n) => String(n);\n"},
       {"json_file": "node_modules/tiny-fmt/package.json"}, "Error [ERR_INVALID_PACKAGE_CONFIG]"),
    sc("z_json_fetch_html_page", "json_format", "node rates.mjs",
       "a client calls res.json() on an HTML error page that a proxy answers with status 200",
       {"rates.mjs": "const res = await fetch('http://127.0.0.1:{{api}}/api/rates');\nconsole.log('status', res.status);\nconst rates = await res.json();\nconsole.log(rates.EUR);\n"},
       {}, "SyntaxError", servers={"api": ("http", 200, "<!DOCTYPE html>\n<html><body>Gateway login</body></html>\n", {"Content-Type": "text/html"})}),
    sc("z_json_config_bom_loader", "json_format", "node app.js",
       "a config loader reads config/app.json, which has a stray '}' after the object; the loader reports the file and exits 1",
       {"app.js": "const fs = require('fs');\nconst path = require('path');\nfunction load(name) {\n  const file = path.join('config', name);\n"
        "  try {\n    return JSON.parse(fs.readFileSync(file, 'utf8'));\n  } catch (e) {\n    throw new Error(`invalid JSON in ${file}`, { cause: e });\n  }\n}\n"
        "console.log(load('app.json'));\n",
        "config/app.json": '{\n  "port": 8080,\n  "log": "info"\n}\n}\n'},
       {"json_file": "config/app.json"}, "SyntaxError"),
    sc("z_json_node_test_fixture", "json_format", "npm test",
       "npm test: a node:test case parses a fixture with an unquoted key; the runner's failure and npm's wrapper follow",
       {"package.json": pkg({"test": "node --test"}),
        "test/order.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst fs = require('fs');\n\n"
        "test('order totals', () => {\n  const order = JSON.parse(fs.readFileSync('test/fixtures/order.json', 'utf8'));\n  assert.strictEqual(order.total, 30);\n});\n",
        "test/fixtures/order.json": '{\n  "id": 7,\n  total: 30\n}\n'},
       {"json_file": "test/fixtures/order.json"}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("z_json_ndjson_pino_line", "json_format", "node import.js data/events.ndjson",
       "an NDJSON importer reads line by line and logs the bad record as a pino JSON line with file and line number, then exits 1",
       {"import.js": PINO + "const fs = require('fs');\nconst readline = require('readline');\nconst file = process.argv[2];\nlet n = 0;\n"
        "const rl = readline.createInterface({ input: fs.createReadStream(file) });\nrl.on('line', (l) => {\n  n++;\n  try {\n    JSON.parse(l);\n  } catch (e) {\n"
        "    log(50, 'bad record', { file, line: n, err: e.message });\n    process.exit(1);\n  }\n});\nrl.on('close', () => log(30, `imported ${n}`));\n",
        "data/events.ndjson": '{"t":"a"}\n{"t":"b"}\n{"t":"c"}\n{"t":"d",}\n{"t":"e"}\n'},
       {"json_file": "data/events.ndjson", "line": 4}, "SyntaxError"),
    sc("z_json_tsconfig_comments", "json_format", "node scripts/paths.js",
       "a build helper JSON.parses tsconfig.json, which has comments (tsc allows them, JSON.parse does not)",
       {"scripts/paths.js": "const fs = require('fs');\nconst ts = JSON.parse(fs.readFileSync('tsconfig.json', 'utf8'));\nconsole.log(ts.compilerOptions.paths);\n",
        "tsconfig.json": '{\n  "compilerOptions": {\n    /* path aliases */\n    "paths": {"@/*": ["src/*"]}\n  }\n}\n'},
       {"json_file": "tsconfig.json"}, "SyntaxError"),

    # ================= import_error =================
    sc("z_imp_exports_subpath_esm", "import_error", "node render.mjs",
       "an ESM script imports tiny-fmt/internal/pad.js; the package's exports map only exposes '.'",
       {"render.mjs": "import pad from 'tiny-fmt/internal/pad.js';\nconsole.log(pad('7', 3));\n",
        "node_modules/tiny-fmt/package.json": '{"name": "tiny-fmt", "version": "1.0.0", "type": "module", "exports": {".": "./index.js"}}\n',
        "node_modules/tiny-fmt/index.js": "export default (s) => s;\n",
        "node_modules/tiny-fmt/internal/pad.js": "export default (s, n) => s.padStart(n, '0');\n"},
       {"name": "./internal/pad.js", "from_module": "tiny-fmt"}, "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]"),
    sc("z_imp_hash_import_undefined", "import_error", "node src/server.js",
       "an ESM server imports #config; package.json's imports field only defines #db",
       {"package.json": '{"name": "app", "version": "1.0.0", "type": "module", "imports": {"#db": "./src/db.js"}}\n',
        "src/server.js": "import db from '#db';\nimport config from '#config';\nconsole.log(db, config);\n", "src/db.js": "export default 'db';\n",
        "src/config.js": "export default {};\n"},
       {"from_module": "#config"}, "TypeError [ERR_PACKAGE_IMPORT_NOT_DEFINED]"),
    sc("z_imp_named_from_cjs", "import_error", "node report.mjs",
       "an ESM report imports a named export from a CommonJS module that assigns module.exports dynamically",
       {"report.mjs": "import { formatMoney } from './money.cjs';\nconsole.log(formatMoney(12.5));\n",
        "money.cjs": "const api = {};\napi['format' + 'Money'] = (n) => n.toFixed(2) + ' EUR';\nmodule.exports = api;\n"},
       {"name": "formatMoney", "from_module": "./money.cjs"}, "SyntaxError"),
    sc("z_imp_require_esm_only", "import_error", "node cli.js",
       "a CommonJS CLI requires chalk-lite, an ESM-only package whose exports map has only an import condition "
       "(No \"exports\" main defined)",
       {"cli.js": "const paint = require('chalk-lite');\nconsole.log(paint('ok'));\n",
        "node_modules/chalk-lite/package.json": '{"name": "chalk-lite", "version": "5.0.0", "type": "module", "exports": {"import": "./index.js"}}\n',
        "node_modules/chalk-lite/index.js": "export default (s) => s;\n"},
       {"from_module": "chalk-lite"}, "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]"),
    sc("z_imp_named_missing_deep", "import_error", "node bin/app.mjs",
       "an ESM entry imports a router that imports a name its sibling module no longer exports (renamed in a refactor)",
       {"bin/app.mjs": "import { start } from '../src/router.mjs';\nstart();\n",
        "src/router.mjs": "import { authMiddleware } from './middleware/auth.mjs';\nexport function start() {\n  console.log(typeof authMiddleware);\n}\n",
        "src/middleware/auth.mjs": "export function requireAuth(req, res, next) {\n  next();\n}\n"},
       {"name": "authMiddleware", "from_module": "./middleware/auth.mjs"}, "SyntaxError"),

    # ================= websocket =================
    sc("z_ws_close_1008_policy", "websocket", "node agent.js",
       "a ws agent is closed by the server with 1008 (policy violation); it logs the close and exits 2",
       {"agent.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/agent');\nws.on('open', () => console.log('agent connected'));\n"
        "ws.on('close', (code, reason) => {\n  console.error(`agent disconnected: code=${code} reason=${reason}`);\n  process.exit(2);\n});\n"},
       {"close_code": 1008}, "ws", servers={"ws": ("ws", "close", 1008, "policy violation")}, setup=WS_LINK, requires=WS_REQ, exit=2),
    sc("z_ws_handshake_401_pino", "websocket", "node subscribe.js",
       "a ws subscriber is rejected with HTTP 401 at the upgrade; the unexpected-response is logged as a pino JSON line",
       {"subscribe.js": PINO + "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/events';\nconst ws = new WebSocket(url);\n"
        "ws.on('unexpected-response', (req, res) => {\n  log(50, 'websocket upgrade rejected', { url, statusCode: res.statusCode });\n  process.exit(1);\n});\n"},
       {"url": "ws://127.0.0.1:{{ws}}/events", "http_status": 401}, "", servers={"ws": ("http", 401, "unauthorized\n")},
       setup=WS_LINK, requires=WS_REQ),
    sc("z_ws_reconnect_gave_up", "websocket", "node listener.js",
       "a ws listener reconnects three times to a feed that is down (each failure logged) and then gives up",
       {"listener.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{api}}/feed';\nlet tries = 0;\nfunction connect() {\n"
        "  const ws = new WebSocket(url);\n  ws.on('open', () => console.log('connected'));\n  ws.on('error', (e) => console.warn(`ws error: ${e.message}`));\n"
        "  ws.on('close', () => {\n    if (++tries < 3) {\n      console.warn(`reconnecting in 100ms (attempt ${tries + 1})`);\n      return setTimeout(connect, 100);\n    }\n"
        "    console.error(`gave up on ${url} after ${tries} attempts`);\n    process.exit(1);\n  });\n}\nconnect();\n"},
       {"url": "ws://127.0.0.1:{{api}}/feed", "host": "127.0.0.1", "port": "{{api}}"}, "", servers=CLOSED, setup=WS_LINK, requires=WS_REQ),
    sc("z_ws_builtin_close_4003", "websocket", "node --experimental-websocket board.mjs",
       "node's built-in WebSocket is closed by the server with 4003 (forbidden); onclose logs the code and sets exit code 3",
       {"board.mjs": "const ws = new WebSocket('ws://127.0.0.1:{{ws}}/board');\nws.onopen = () => console.log('board open');\n"
        "ws.onclose = (e) => {\n  console.error(`board closed: ${e.code} ${e.reason}`);\n  process.exitCode = 3;\n};\n"},
       {"close_code": 4003}, "", servers={"ws": ("ws", "close", 4003, "forbidden")}, exit=3),
    sc("z_ws_esm_upgrade_404", "websocket", "node live-scores.mjs",
       "an ESM ws client connects to a path that does not exist (HTTP 404 at the upgrade), unhandled error event",
       {"live-scores.mjs": "import WebSocket from 'ws';\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/v1/scores');\nws.on('message', (m) => console.log(String(m)));\n"},
       {"url": "ws://127.0.0.1:{{ws}}/v1/scores", "http_status": 404}, "Error: Unexpected server response: 404",
       servers={"ws": ("http", 404, "not found\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("z_ws_server_drop_json_log", "websocket", "node ingest-ws.js",
       "a ws ingest client gets its connection dropped right after the handshake; a winston-style JSON line records code 1006 and "
       "the client exits 1",
       {"ingest-ws.js": "const WebSocket = require('ws');\nconst log = (level, message, meta) => console.log(JSON.stringify({ level, message, ...meta }));\n"
        "const ws = new WebSocket('ws://127.0.0.1:{{ws}}/ingest');\nws.on('open', () => log('info', 'ingest stream open', {}));\nws.on('error', () => {});\n"
        "ws.on('close', (code) => {\n  log('error', 'ingest stream lost', { closeCode: code });\n  process.exit(1);\n});\n"},
       {"close_code": 1006}, "", servers={"ws": ("ws", "drop")}, setup=WS_LINK, requires=WS_REQ),

    # ================= negatives (node) =================
    sc("z_neg_node_test_expected_errors", "negative", "node --test",
       "node --test: every test passes; the tests assert that ENOENT, ECONNREFUSED and JSON SyntaxErrors are thrown and their "
       "names are the test titles",
       {"test/errors.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst fs = require('fs');\n\n"
        "test('throws ENOENT: no such file or directory for a missing config', () => {\n  assert.throws(() => fs.readFileSync('nope.json'), { code: 'ENOENT' });\n});\n"
        "test('rejects SyntaxError: Unexpected token in JSON', () => {\n  assert.throws(() => JSON.parse('{x'), SyntaxError);\n});\n"
        "test('reports connect ECONNREFUSED to the caller', async () => {\n  await assert.rejects(fetch('http://127.0.0.1:{{api}}/'));\n});\n"},
       {}, "", servers=CLOSED, exit=0),
    sc("z_neg_buffer_deprecation", "negative", "npm run build",
       "npm run build prints Node's DEP0005 Buffer() deprecation warning and finishes (exit 0)",
       {"package.json": pkg({"build": "node build.js"}),
        "build.js": "const b = new Buffer(4);\nb.fill(0);\nconsole.log('built 12 files, 0 errors');\n"},
       {}, "DeprecationWarning", tool="npm", ecosystem="node", exit=0),
    sc("z_neg_pino_fallback_cache", "negative", "node api.js",
       "an API logs an error-level pino line that its Redis cache is refused, falls back to an in-memory cache, serves its "
       "self-check and exits 0",
       {"api.js": PINO + "const net = require('net');\nconst s = net.connect({ host: '127.0.0.1', port: {{api}} });\n"
        "s.on('error', (e) => {\n  log(50, 'cache unavailable, using in-memory cache', { err: { message: e.message, code: e.code } });\n"
        "  log(30, 'self-check passed: 4 routes answered 200');\n  log(30, 'exiting after self-check');\n});\n"},
       {}, "", servers=CLOSED, exit=0),
    sc("z_neg_fetch_mirror_fallback", "negative", "node download.mjs",
       "a downloader tries the primary mirror (refused, logged) and then the secondary mirror, which answers 200; exit 0",
       {"download.mjs": "const mirrors = ['http://127.0.0.1:{{down}}/pkg.tgz', 'http://127.0.0.1:{{api}}/pkg.tgz'];\nfor (const m of mirrors) {\n  try {\n"
        "    const r = await fetch(m);\n    console.log(`downloaded ${(await r.text()).length} bytes from ${m}`);\n    break;\n  } catch (e) {\n"
        "    console.error(`mirror ${m} failed: ${e.message} (${e.cause?.code})`);\n  }\n}\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "tarball\n")}, exit=0),
    sc("z_neg_fetch_429", "negative", "node bulk-import.mjs",
       "a bulk importer gets HTTP 429 Too Many Requests from a live API and exits 1 with the status",
       {"bulk-import.mjs": "const r = await fetch('http://127.0.0.1:{{api}}/bulk', { method: 'POST', body: '[]' });\nif (r.status !== 200) {\n"
        "  console.error(`import refused: ${r.status} ${r.statusText} - ${await r.text()}`);\n  process.exit(1);\n}\n"},
       {}, "", servers={"api": ("http", 429, "rate limit exceeded, retry after 60s\n")}),
    sc("z_neg_stack_overflow", "negative", "node tree.js",
       "a recursive tree walk has no base case for cycles (RangeError: Maximum call stack size exceeded)",
       {"tree.js": "const a = { name: 'a' };\nconst b = { name: 'b', child: a };\na.child = b;\nfunction depth(n) {\n  return 1 + depth(n.child);\n}\nconsole.log(depth(a));\n"},
       {}, "RangeError"),
    sc("z_neg_cli_invalid_option", "negative", "node cli.js serve --port abc",
       "a CLI rejects a non-numeric --port value with its own usage error and exits 2",
       {"cli.js": "const args = process.argv.slice(2);\nconst i = args.indexOf('--port');\nconst port = Number(args[i + 1]);\nif (!Number.isInteger(port)) {\n"
        "  console.error(`error: option '--port <number>' argument '${args[i + 1]}' is invalid. Expected an integer.`);\n  console.error(\"Run 'cli --help' for usage.\");\n  process.exit(2);\n}\n"},
       {}, "", exit=2),
    sc("z_neg_ws_normal_close", "negative", "node once.js",
       "a ws client sends one message and the server closes normally with 1000; the client logs the close and exits 0",
       {"once.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/once');\nws.on('open', () => ws.send('hello'));\n"
        "ws.on('close', (code) => console.log(`closed cleanly (code ${code})`));\n"},
       {}, "", servers={"ws": ("ws", "close", 1000, "bye")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("z_neg_changelog_history", "negative", "node changelog.js 2.4.0",
       "a changelog printer prints the fixed bugs of a release, quoting their old error messages; exit 0",
       {"changelog.js": "const fs = require('fs');\nconst v = process.argv[2];\nconst log = JSON.parse(fs.readFileSync('CHANGELOG.json', 'utf8'));\n"
        "console.log(`Changes in ${v}:`);\nfor (const l of log[v]) console.log(`  - ${l}`);\n",
        "CHANGELOG.json": '{"2.4.0": ["fix: crash with Error: Cannot find module \'./locale/de\' on startup", '
        '"fix: SyntaxError: Unexpected token } in JSON at position 42 when the cache file was truncated", '
        '"fix: connect ECONNREFUSED 127.0.0.1:6379 is now retried", "feat: WebSocket close code 4001 triggers a token refresh"]}\n'},
       {}, "", exit=0),
    sc("z_neg_node_test_logic_subtests", "negative", "node --test",
       "node --test: two of five subtests fail on wrong discount arithmetic (AssertionError); exit 1",
       {"test/discount.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst disc = (p, pct) => Math.round(p - p * pct / 10);\n\n"
        "test('discounts', async (t) => {\n  for (const [p, pct, want] of [[100, 0, 100], [100, 10, 90], [50, 20, 40], [10, 50, 5], [0, 10, 0]]) {\n"
        "    await t.test(`${p} at ${pct}%`, () => assert.strictEqual(disc(p, pct), want));\n  }\n});\n"},
       {}, "AssertionError"),
    sc("z_neg_config_schema_invalid", "negative", "node start.js",
       "a config file parses fine but fails the app's own schema check (port must be a number); exit 1",
       {"start.js": "const cfg = require('./config.json');\nconst errors = [];\nif (typeof cfg.port !== 'number') errors.push('config.port must be a number');\n"
        "if (!cfg.db) errors.push('config.db is required');\nif (errors.length) {\n  console.error(`config invalid (2 problems):\\n  ${errors.join('\\n  ')}`);\n  process.exit(1);\n}\n",
        "config.json": '{"port": "8080"}\n'},
       {}, ""),
    sc("z_neg_lint_zero_errors", "negative", "npm run lint",
       "npm run lint reports 0 errors and 2 warnings and exits 0",
       {"package.json": pkg({"lint": "node lint.js"}),
        "lint.js": "console.log('src/app.js');\nconsole.log('  12:7  warning  \\'tmp\\' is assigned a value but never used  no-unused-vars');\n"
        "console.log('  30:1  warning  Unexpected console statement  no-console');\nconsole.log('');\nconsole.log('\\u2716 2 problems (0 errors, 2 warnings)');\n"},
       {}, "", tool="npm", ecosystem="node", exit=0),
    sc("z_neg_abort_own_deadline", "negative", "node export-all.mjs",
       "an exporter aborts its own slow local computation with an AbortController after 200 ms (AbortError, no network)",
       {"export-all.mjs": "import { setTimeout as sleep } from 'node:timers/promises';\nconst ac = new AbortController();\nsetTimeout(() => ac.abort(), 200);\n"
        "console.log('exporting 10000 rows');\nawait sleep(5000, null, { signal: ac.signal });\nconsole.log('done');\n"},
       {}, "AbortError"),
]

JAVA = [
    # ================= missing_module =================
    sc("z_j_mm_driver_caused_by", "missing_module", "java Reports.java",
       "a Java report tool loads the H2 JDBC driver by name; an IllegalStateException wraps the ClassNotFoundException",
       {"Reports.java": "public class Reports {\n    static void loadDriver() {\n        try {\n            Class.forName(\"org.h2.Driver\");\n"
        "        } catch (ClassNotFoundException e) {\n            throw new IllegalStateException(\"cannot load JDBC driver\", e);\n        }\n    }\n"
        "    public static void main(String[] args) {\n        System.out.println(\"reports: connecting to jdbc:h2:./data/reports\");\n        loadDriver();\n    }\n}\n"},
       {"module": "org.h2.Driver"}, "java.lang.ClassNotFoundException"),
    sc("z_j_mm_noclassdef_classpath", "missing_module", "java -cp build com.acme.App",
       "an app compiled against a utility library runs without the library's folder on the classpath (NoClassDefFoundError)",
       {"lib-src/com/acme/util/Strings.java": "package com.acme.util;\npublic class Strings {\n    public static String shout(String s) { return s.toUpperCase(); }\n}\n",
        "src/com/acme/App.java": "package com.acme;\nimport com.acme.util.Strings;\npublic class App {\n    public static void main(String[] a) {\n"
        "        System.out.println(\"starting\");\n        System.out.println(Strings.shout(\"hello\"));\n    }\n}\n"},
       {"module": "com.acme.util.Strings"}, "java.lang.NoClassDefFoundError",
       setup=["javac -d lib lib-src/com/acme/util/Strings.java && javac -cp lib -d build src/com/acme/App.java"]),
    sc("z_j_mm_jar_manifest_classpath", "missing_module", "java -jar dist/tool.jar",
       "an executable jar whose manifest Class-Path names lib/json-small.jar, which is not next to it",
       {"lib-src/org/small/json/Json.java": "package org.small.json;\npublic class Json {\n    public static String q(String s) { return '\"' + s + '\"'; }\n}\n",
        "src/tool/Main.java": "package tool;\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(org.small.json.Json.q(\"x\"));\n    }\n}\n",
        "manifest.txt": "Main-Class: tool.Main\nClass-Path: lib/json-small.jar\n"},
       {"module": "org.small.json.Json"}, "java.lang.NoClassDefFoundError",
       setup=["javac -d lib-build lib-src/org/small/json/Json.java && javac -cp lib-build -d build src/tool/Main.java && mkdir -p dist && jar cfm dist/tool.jar manifest.txt -C build ."]),

    # ================= permission =================
    sc("z_j_perm_nio_write", "permission", "java Export.java",
       "a Java exporter writes out/report.csv with Files.writeString into a read-only folder (AccessDeniedException)",
       {"Export.java": "import java.nio.file.*;\npublic class Export {\n    public static void main(String[] a) throws Exception {\n"
        "        System.out.println(\"exporting 3 rows\");\n        Files.writeString(Path.of(\"out/report.csv\"), \"a,b\\n1,2\\n\");\n    }\n}\n"},
       {"path": "out/report.csv"}, "java.nio.file.AccessDeniedException", dirs=["out"], modes={"out": 0o555}, drop_caps=True),
    sc("z_j_perm_bind_low_port", "permission", "java Serve.java 443",
       "a Java server binds port 443 (from argv) without the capability to bind low ports (BindException: Permission denied)",
       {"Serve.java": "import java.net.*;\npublic class Serve {\n    public static void main(String[] a) throws Exception {\n"
        "        int port = Integer.parseInt(a[0]);\n        try (ServerSocket s = new ServerSocket(port)) {\n            System.out.println(\"listening\");\n        }\n    }\n}\n"},
       {"port": "443"}, "java.net.BindException", drop_caps=True),
    sc("z_j_perm_processbuilder", "permission", "java Convert.java",
       "a Java job starts ./bin/thumbs.sh with ProcessBuilder; the script has no execute bit (error=13)",
       {"Convert.java": "public class Convert {\n    public static void main(String[] a) throws Exception {\n        System.out.println(\"making thumbnails\");\n"
        "        Process p = new ProcessBuilder(\"./bin/thumbs.sh\", \"img\").inheritIO().start();\n        System.exit(p.waitFor());\n    }\n}\n",
        "bin/thumbs.sh": "#!/bin/sh\necho thumbs\n"},
       {"path": "bin/thumbs.sh"}, "java.io.IOException", modes={"bin/thumbs.sh": 0o644}),
    sc("z_j_perm_log_caused_by", "permission", "java AuditLog.java",
       "a Java service opens logs/audit.log for append; a RuntimeException wraps the FileNotFoundException (Permission denied)",
       {"AuditLog.java": "import java.io.*;\npublic class AuditLog {\n    static Writer open() {\n        try {\n"
        "            return new FileWriter(\"logs/audit.log\", true);\n        } catch (IOException e) {\n            throw new UncheckedIOException(\"audit log unavailable\", e);\n        }\n    }\n"
        "    public static void main(String[] a) throws Exception {\n        Writer w = open();\n        w.write(\"start\\n\");\n        w.close();\n    }\n}\n",
        "logs/audit.log": ""},
       {"path": "logs/audit.log"}, "java.io.UncheckedIOException", modes={"logs/audit.log": 0o444}, drop_caps=True),

    # ================= syntax =================
    sc("z_j_syn_javac_semicolon", "syntax", "javac -d build src/Billing.java",
       "javac reports a missing semicolon in a billing class",
       {"src/Billing.java": "public class Billing {\n    static int total(int[] xs) {\n        int t = 0;\n        for (int x : xs) t += x;\n        return t\n    }\n}\n"},
       {"file": "src/Billing.java", "line": 5}, "javac"),
    sc("z_j_syn_source_launcher_string", "syntax", "java Greeter.java",
       "the source launcher compiles a file with an unclosed string literal (error: compilation failed)",
       {"Greeter.java": "public class Greeter {\n    public static void main(String[] a) {\n        String who = a.length > 0 ? a[0] : \"world;\n"
        "        System.out.println(\"hello \" + who);\n    }\n}\n"},
       {"file": "Greeter.java", "line": 3}, "error: compilation failed"),
    sc("z_j_syn_two_files_one_bad", "syntax", "javac -d build src/Model.java src/Service.java",
       "javac compiles two files; one misses a closing brace of a method (reached end of file while parsing)",
       {"src/Model.java": "public class Model {\n    int id;\n}\n",
        "src/Service.java": "public class Service {\n    Model find(int id) {\n        Model m = new Model();\n        m.id = id;\n        return m;\n\n}\n"},
       {"file": "src/Service.java", "line": 7}, "javac"),

    # ================= connection =================
    sc("z_j_conn_socket_argv", "connection", "java Probe.java 127.0.0.1 {{api}}",
       "a Java TCP probe connects to the host and port of its argv; nothing listens (ConnectException: Connection refused)",
       {"Probe.java": "import java.net.*;\npublic class Probe {\n    public static void main(String[] a) throws Exception {\n"
        "        try (Socket s = new Socket()) {\n            s.connect(new InetSocketAddress(a[0], Integer.parseInt(a[1])), 2000);\n            System.out.println(\"up\");\n        }\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED),
    sc("z_j_conn_httpclient_refused", "connection", "java Health.java",
       "java.net.http.HttpClient calls a health endpoint that is down; the ConnectException prints no address, the log line "
       "before it names the URL",
       {"Health.java": "import java.net.URI;\nimport java.net.http.*;\npublic class Health {\n    public static void main(String[] a) throws Exception {\n"
        "        String url = \"http://127.0.0.1:{{api}}/actuator/health\";\n        System.out.println(\"INFO  GET \" + url);\n"
        "        HttpClient c = HttpClient.newHttpClient();\n        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());\n"
        "        System.out.println(r.statusCode());\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/actuator/health"}, "java.net.ConnectException", servers=CLOSED),
    sc("z_j_conn_read_timeout", "connection", "java Fetch.java http://127.0.0.1:{{api}}/export",
       "HttpURLConnection with a 1 s read timeout to a service that accepts and never answers (SocketTimeoutException: Read timed out)",
       {"Fetch.java": "import java.net.*;\npublic class Fetch {\n    public static void main(String[] a) throws Exception {\n"
        "        HttpURLConnection c = (HttpURLConnection) new URL(a[0]).openConnection();\n        c.setConnectTimeout(1000);\n        c.setReadTimeout(1000);\n"
        "        System.out.println(c.getResponseCode());\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/export"}, "java.net.SocketTimeoutException", servers={"api": ("silent",)}),
    sc("z_j_conn_retries_caused_by", "connection", "java Worker.java",
       "a Java worker logs three refused attempts to its queue broker and then throws a RuntimeException caused by the last "
       "ConnectException",
       {"Worker.java": "import java.net.*;\npublic class Worker {\n    public static void main(String[] a) throws Exception {\n"
        "        String host = \"127.0.0.1\";\n        int port = {{api}};\n        Exception last = null;\n        for (int i = 1; i <= 3; i++) {\n"
        "            System.err.println(\"WARN  [main] broker \" + host + \":\" + port + \" attempt \" + i + \"/3 failed, retrying\");\n"
        "            try (Socket s = new Socket(host, port)) {\n                return;\n            } catch (ConnectException e) {\n                last = e;\n                Thread.sleep(100);\n            }\n        }\n"
        "        throw new RuntimeException(\"broker unreachable after 3 attempts\", last);\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.lang.RuntimeException", servers=CLOSED),

    # ================= file_not_found =================
    sc("z_j_fnf_nosuchfile", "file_not_found", "java Import.java data/customers.csv",
       "a Java importer reads the CSV named in argv with Files.readAllLines; it does not exist (NoSuchFileException)",
       {"Import.java": "import java.nio.file.*;\npublic class Import {\n    public static void main(String[] a) throws Exception {\n"
        "        var rows = Files.readAllLines(Path.of(a[0]));\n        System.out.println(rows.size() + \" rows\");\n    }\n}\n"},
       {"path": "data/customers.csv"}, "java.nio.file.NoSuchFileException", dirs=["data"]),
    sc("z_j_fnf_jarfile", "file_not_found", "java -jar target/billing-2.1.0.jar --spring.profiles.active=prod",
       "java -jar of a jar that was never built (Unable to access jarfile)",
       {"pom.xml": "<project/>\n"}, {"path": "target/billing-2.1.0.jar"}, "Error: Unable to access jarfile", dirs=["target"]),
    sc("z_j_fnf_properties_caused_by", "file_not_found", "java Settings.java",
       "a Java app loads conf/app.properties; an IllegalStateException wraps the FileNotFoundException",
       {"Settings.java": "import java.io.*;\nimport java.util.Properties;\npublic class Settings {\n    public static void main(String[] a) {\n"
        "        Properties p = new Properties();\n        try (InputStream in = new FileInputStream(\"conf/app.properties\")) {\n            p.load(in);\n"
        "        } catch (IOException e) {\n            throw new IllegalStateException(\"cannot load settings\", e);\n        }\n        System.out.println(p);\n    }\n}\n"},
       {"path": "conf/app.properties"}, "java.lang.IllegalStateException", dirs=["conf"]),

    # ================= json_format =================
    sc("z_j_json_handparser_field", "json_format", "java LoadConfig.java config/app.json",
       "a Java app parses its JSON config with a small hand-written parser that reports Jackson-style (line and column in "
       "[Source: ...]); the file has a trailing comma before '}'",
       {"LoadConfig.java": r'''import java.nio.file.*;
public class LoadConfig {
    static class JsonParseException extends RuntimeException {
        JsonParseException(String m) { super(m); }
    }
    static String src; static int pos, line = 1, col = 1; static String file;
    static char peek() { skip(); return pos < src.length() ? src.charAt(pos) : '\0'; }
    static void skip() { while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) adv(); }
    static char adv() { char c = src.charAt(pos++); if (c == '\n') { line++; col = 1; } else col++; return c; }
    static JsonParseException err(String m) {
        return new JsonParseException(m + "\n at [Source: (File)" + file + "; line: " + line + ", column: " + col + "]");
    }
    static void value() {
        char c = peek();
        if (c == '{') { adv(); if (peek() == '}') { adv(); return; }
            while (true) { if (peek() != '"') throw err("Unexpected character ('" + peek() + "' (code " + (int) peek() + ")): was expecting double-quote to start field name");
                str(); if (peek() != ':') throw err("Unexpected character: was expecting a colon"); adv(); value();
                char d = peek(); adv(); if (d == '}') return; if (d != ',') throw err("Unexpected character: was expecting comma"); } }
        else if (c == '"') str();
        else { while (pos < src.length() && "{}[],: \n".indexOf(src.charAt(pos)) < 0) adv(); }
    }
    static void str() { adv(); while (src.charAt(pos) != '"') adv(); adv(); }
    public static void main(String[] a) throws Exception {
        file = a[0];
        src = Files.readString(Path.of(file));
        System.out.println("loading " + file);
        value();
        System.out.println("config ok");
    }
}
''',
        "config/app.json": '{\n  "name": "billing",\n  "port": 8081,\n}\n'},
       {"json_file": "config/app.json", "line": 4}, "JsonParseException"),
    sc("z_j_json_wrapped_eof", "json_format", "java Boot.java",
       "a Java service reads settings.json with a hand-written reader that throws on end of input; the service wraps it in an "
       "IllegalStateException naming the file",
       {"Boot.java": "import java.nio.file.*;\npublic class Boot {\n    static class MalformedJsonException extends Exception {\n        MalformedJsonException(String m) { super(m); }\n    }\n"
        "    static void check(String s) throws MalformedJsonException {\n        int depth = 0;\n        for (char c : s.toCharArray()) { if (c == '{' || c == '[') depth++; if (c == '}' || c == ']') depth--; }\n"
        "        if (depth > 0) throw new MalformedJsonException(\"Unexpected end-of-input: expected close marker for Object\");\n    }\n"
        "    public static void main(String[] a) throws Exception {\n        Path p = Path.of(\"settings.json\");\n        try {\n            check(Files.readString(p));\n"
        "        } catch (MalformedJsonException e) {\n            throw new IllegalStateException(\"failed to read \" + p, e);\n        }\n    }\n}\n",
        "settings.json": '{\n  "threads": 4,\n  "queue": {"size": 100\n'},
       {"json_file": "settings.json"}, "java.lang.IllegalStateException"),

    # ================= import_error =================
    sc("z_j_imp_cannot_find_symbol_import", "import_error", "javac -cp lib -d build src/app/Main.java",
       "javac: an import names a class that the library package on the classpath does not have (cannot find symbol ... location: "
       "package)",
       {"lib-src/com/acme/text/Slugs.java": "package com.acme.text;\npublic class Slugs {\n    public static String of(String s) { return s.toLowerCase(); }\n}\n",
        "src/app/Main.java": "package app;\nimport com.acme.text.Slugger;\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(Slugger.of(\"X\"));\n    }\n}\n"},
       {"name": "Slugger", "from_module": "com.acme.text"}, "javac", setup=["javac -d lib lib-src/com/acme/text/Slugs.java"]),

    # ================= websocket =================
    sc("z_j_ws_handshake_403", "websocket", "java Feed.java ws://127.0.0.1:{{ws}}/feed",
       "Java's HttpClient WebSocket is refused at the upgrade with HTTP 403; the program prints the response status and exits 1",
       {"Feed.java": "import java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\npublic class Feed {\n    public static void main(String[] a) throws Exception {\n"
        "        try {\n            HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(a[0]), new WebSocket.Listener() {}).join();\n"
        "        } catch (CompletionException e) {\n            if (e.getCause() instanceof WebSocketHandshakeException h) {\n"
        "                System.err.println(\"feed handshake failed: HTTP \" + h.getResponse().statusCode() + \" for \" + a[0]);\n                System.exit(1);\n            }\n            throw e;\n        }\n    }\n}\n"},
       {"url": "ws://127.0.0.1:{{ws}}/feed", "http_status": 403}, "java.net.http.WebSocketHandshakeException",
       servers={"ws": ("http", 403, "forbidden\n")}),
    sc("z_j_ws_close_4002", "websocket", "java Ticker.java",
       "a Java WebSocket client is closed by the server with 4002; onClose prints the code and the program exits 4",
       {"Ticker.java": "import java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\npublic class Ticker {\n    public static void main(String[] a) throws Exception {\n"
        "        CountDownLatch done = new CountDownLatch(1);\n        int[] code = {0};\n"
        "        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(\"ws://127.0.0.1:{{ws}}/ticker\"), new WebSocket.Listener() {\n"
        "            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {\n                System.err.println(\"ticker closed by server: \" + status + \" \" + reason);\n"
        "                code[0] = status;\n                done.countDown();\n                return null;\n            }\n        }).join();\n"
        "        done.await(5, TimeUnit.SECONDS);\n        System.exit(code[0] == 1000 ? 0 : 4);\n    }\n}\n"},
       {"close_code": 4002}, "", servers={"ws": ("ws", "close", 4002, "subscription expired")}, exit=4),

    # ================= negatives (java) =================
    sc("z_neg_j_npe_helpful", "negative", "java Orders.java",
       "application code dereferences a null customer (helpful NullPointerException message)",
       {"Orders.java": "import java.util.*;\npublic class Orders {\n    record Customer(String email) {}\n    public static void main(String[] a) {\n"
        "        Map<Integer, Customer> byId = new HashMap<>();\n        byId.put(1, new Customer(\"a@example.com\"));\n        System.out.println(byId.get(2).email().length());\n    }\n}\n"},
       {}, "java.lang.NullPointerException"),
    sc("z_neg_j_retry_succeeded", "negative", "java Connect.java",
       "a Java client's first port is refused (logged with the exception), the fallback port answers; exit 0",
       {"Connect.java": "import java.net.*;\npublic class Connect {\n    public static void main(String[] a) throws Exception {\n"
        "        for (int port : new int[] {{{down}}, {{api}}}) {\n            try (Socket s = new Socket(\"127.0.0.1\", port)) {\n"
        "                System.out.println(\"connected to 127.0.0.1:\" + port);\n                return;\n            } catch (ConnectException e) {\n"
        "                System.err.println(\"WARN java.net.ConnectException: \" + e.getMessage() + \" (127.0.0.1:\" + port + \"), trying fallback\");\n            }\n        }\n        System.exit(1);\n    }\n}\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("z_neg_j_harness_expected", "negative", "java SelfTest.java",
       "a hand-written test harness checks that missing files and bad JSON raise the expected exceptions; all pass, exit 0",
       {"SelfTest.java": "import java.nio.file.*;\npublic class SelfTest {\n    public static void main(String[] a) {\n        int run = 0, failed = 0;\n"
        "        try { run++; Files.readString(Path.of(\"missing.json\")); failed++; }\n"
        "        catch (Exception e) { System.out.println(\"PASS testMissingFile: got expected \" + e); }\n"
        "        try { run++; Integer.parseInt(\"{oops\"); failed++; }\n        catch (NumberFormatException e) { System.out.println(\"PASS testBadNumber: got expected \" + e); }\n"
        "        System.out.println(\"Tests run: \" + run + \", Failures: \" + failed + \", Errors: 0\");\n        System.exit(failed);\n    }\n}\n"},
       {}, "", exit=0),
    sc("z_neg_j_deprecation_compile", "negative", "javac -Xlint:deprecation -d build src/Legacy.java && java -cp build Legacy",
       "javac warns about a deprecated API (new Integer) and the program then runs fine; exit 0",
       {"src/Legacy.java": "public class Legacy {\n    @SuppressWarnings(\"unused\")\n    public static void main(String[] a) {\n        Integer n = new Integer(42);\n"
        "        System.out.println(\"legacy ok \" + n);\n    }\n}\n"},
       {}, "", exit=0, tool="javac"),
    sc("z_neg_j_number_format", "negative", "java Batch.java --size ten",
       "a Java CLI parses its --size argument with Integer.parseInt (NumberFormatException)",
       {"Batch.java": "public class Batch {\n    public static void main(String[] a) {\n        int size = Integer.parseInt(a[1]);\n        System.out.println(\"batch size \" + size);\n    }\n}\n"},
       {}, "java.lang.NumberFormatException"),
]

PYTHON = [
    sc("z_py_mm_logging_exception", "missing_module", "python3 app.py",
       "a Python app loads its exporter with importlib; structlog is missing; logging.exception prints the traceback and the "
       "app exits 1 after a summary line",
       {"app.py": "import importlib\nimport logging\nimport sys\n\nlogging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')\n"
        "log = logging.getLogger('app')\nfor name in ['json', 'exporters.structured']:\n    try:\n        importlib.import_module(name)\n        log.info('loaded %s', name)\n"
        "    except ImportError:\n        log.exception('could not load %s', name)\n        log.error('0 of 1 exporters available, stopping')\n        sys.exit(1)\n",
        "exporters/__init__.py": "", "exporters/structured.py": "import structlog\n\nLOG = structlog.get_logger()\n"},
       {"module": "structlog"}, "ModuleNotFoundError"),
    sc("z_py_perm_shutil_copy", "permission", "python3 backup.py",
       "a Python backup copies data.csv into a read-only backup folder (PermissionError, run without capabilities)",
       {"backup.py": "import shutil\nprint('backing up data.csv')\nshutil.copy('data.csv', 'backup/data.csv')\n", "data.csv": "a,b\n"},
       {"path": "backup/data.csv"}, "PermissionError", dirs=["backup"], modes={"backup": 0o555}, drop_caps=True),
    sc("z_py_syn_imported_handler", "syntax", "python3 main.py",
       "a Python main imports a handlers module whose def misses its colon",
       {"main.py": "import handlers\n\nhandlers.run()\n",
        "handlers.py": "import os\n\n\ndef helper():\n    return os.getcwd()\n\n\ndef run()\n    print(helper())\n"},
       {"file": "handlers.py", "line": 8}, "SyntaxError"),
    sc("z_py_conn_urllib_retries", "connection", "python3 poll.py",
       "a Python poller logs each refused attempt as a WARNING and then an ERROR with the URL when it gives up",
       {"poll.py": "import logging, time, urllib.request, sys\nlogging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')\nlog = logging.getLogger('poll')\n"
        "URL = 'http://127.0.0.1:{{api}}/jobs/next'\nfor i in range(1, 4):\n    try:\n        urllib.request.urlopen(URL, timeout=2)\n        break\n    except OSError as e:\n"
        "        log.warning('attempt %d failed: %s', i, e)\n        time.sleep(0.1)\nelse:\n    log.error('giving up on %s', URL)\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/jobs/next"}, "URLError", servers=CLOSED),
    sc("z_py_conn_node_child", "connection", "python3 orchestrate.py",
       "a Python orchestrator runs a node client with subprocess.run(check=True); the child's unhandled ECONNREFUSED is followed "
       "by the parent's CalledProcessError",
       {"orchestrate.py": "import subprocess\nprint('step 1: notify')\nsubprocess.run(['node', 'notify.js'], check=True)\n",
        "notify.js": "const http = require('http');\nhttp.get('http://127.0.0.1:{{api}}/notify', (r) => console.log(r.statusCode));\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "subprocess.CalledProcessError", servers=CLOSED),
    sc("z_py_fnf_child_java_jar", "file_not_found", "python3 format_all.py",
       "a Python script runs java -jar tools/formatter.jar with subprocess; the jar is missing; the child's message and the "
       "parent's CalledProcessError follow",
       {"format_all.py": "import subprocess\nsubprocess.run(['java', '-jar', 'tools/formatter.jar', '--replace', 'src'], check=True)\n"},
       {"path": "tools/formatter.jar"}, "subprocess.CalledProcessError", dirs=["tools", "src"]),
    sc("z_py_json_logged_config", "json_format", "python3 service.py --config conf/service.json",
       "a Python service logs which config failed to parse (logging.error with the decoder message) and exits 1",
       {"service.py": "import argparse, json, logging, sys\nlogging.basicConfig(format='%(asctime)s [%(levelname)s] %(message)s')\n"
        "ap = argparse.ArgumentParser()\nap.add_argument('--config')\nargs = ap.parse_args()\ntry:\n    with open(args.config) as f:\n        cfg = json.load(f)\n"
        "except json.JSONDecodeError as e:\n    logging.error('cannot parse %s: %s', args.config, e)\n    sys.exit(1)\n",
        "conf/service.json": '{\n  "workers": 2,\n  "queues": ["a", "b"]\n  "timeout": 5\n}\n'},
       {"json_file": "conf/service.json", "line": 4}, "json.decoder.JSONDecodeError"),
    sc("z_py_json_node_stdout", "json_format", "python3 collect.py",
       "a Python collector json.loads the stdout of a node script that prints a log line before its JSON",
       {"collect.py": "import json, subprocess\nout = subprocess.run(['node', 'stats.js'], capture_output=True, text=True, check=True).stdout\nstats = json.loads(out)\nprint(stats['count'])\n",
        "stats.js": "console.log('computing stats...');\nconsole.log(JSON.stringify({ count: 3 }));\n"},
       {}, "json.decoder.JSONDecodeError"),
    sc("z_py_imp_name_from_pkg", "import_error", "python3 -m billing.run",
       "a Python package module imports a function that was renamed in a sibling module",
       {"billing/__init__.py": "", "billing/run.py": "from billing.tax import compute_vat\n\nprint(compute_vat(100))\n",
        "billing/tax.py": "def vat_for(amount):\n    return amount * 0.2\n"},
       {"name": "compute_vat", "from_module": "billing.tax"}, "ImportError"),
    sc("z_py_ws_close_1013", "websocket", "/usr/bin/python3 stream.py",
       "a Python websockets client receives close 1013 (try again later) and the ConnectionClosedError is unhandled",
       {"stream.py": "import asyncio\nimport websockets\n\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/stream') as ws:\n"
        "        print('subscribed')\n        await ws.recv()\n\n\nasyncio.run(main())\n"},
       {"close_code": 1013}, "websockets.exceptions.ConnectionClosedError", servers={"ws": ("ws", "close", 1013, "try again later")},
       requires=PY_WS, tool="python3", ecosystem="python"),
    sc("z_py_mm_pytest_conftest", "missing_module", "python3 -m pytest -q tests",
       "pytest fails at collection because conftest.py imports tomlkit, which is not installed",
       {"tests/conftest.py": "import tomlkit\n\n\ndef pytest_configure(config):\n    config.settings = tomlkit.parse('a = 1')\n",
        "tests/test_x.py": "def test_x():\n    assert True\n"},
       {"module": "tomlkit"}, "ModuleNotFoundError", tool="python3"),
    sc("z_py_fnf_open_argv_logged", "file_not_found", "python3 report.py --input exports/2026-12.csv",
       "a Python report opens its --input file, which does not exist; the traceback is printed",
       {"report.py": "import argparse, csv\nap = argparse.ArgumentParser()\nap.add_argument('--input')\na = ap.parse_args()\nwith open(a.input, newline='') as f:\n    print(sum(1 for _ in csv.reader(f)))\n"},
       {"path": "exports/2026-12.csv"}, "FileNotFoundError", dirs=["exports"]),
    sc("z_neg_py_unittest_expected_failures", "negative", "python3 -m unittest -v test_io",
       "unittest: tests assert that FileNotFoundError and JSONDecodeError are raised, one expectedFailure; OK, exit 0",
       {"test_io.py": "import json, unittest\n\n\nclass IOTests(unittest.TestCase):\n    def test_missing_file_raises(self):\n"
        "        with self.assertRaises(FileNotFoundError):\n            open('does/not/exist.txt')\n\n    def test_bad_json_raises(self):\n"
        "        with self.assertRaises(json.JSONDecodeError):\n            json.loads('{bad')\n\n    @unittest.expectedFailure\n    def test_known_bug(self):\n"
        "        json.loads('[1,]')\n\n\nif __name__ == '__main__':\n    unittest.main()\n"},
       {}, "", exit=0),
    sc("z_neg_py_keyerror_logic", "negative", "python3 invoice.py",
       "app logic looks up a currency that is not in its rates table (KeyError)",
       {"invoice.py": "RATES = {'EUR': 1.0, 'USD': 1.08}\n\n\ndef convert(amount, cur):\n    return amount * RATES[cur]\n\n\nprint(convert(10, 'GBP'))\n"},
       {}, "KeyError"),
    sc("z_neg_py_warning_retry_ok", "negative", "python3 wait_db.py",
       "a Python start-up script logs a refused first port as a WARNING with the errno, then the second port answers; exit 0",
       {"wait_db.py": "import logging, socket\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')\nfor port in ({{down}}, {{api}}):\n"
        "    try:\n        socket.create_connection(('127.0.0.1', port), timeout=2).close()\n        logging.info('database reachable on port %d', port)\n        break\n"
        "    except ConnectionRefusedError as e:\n        logging.warning('port %d: %s, trying the replica', port, e)\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
]

SHELL = [
    sc("z_sh_make_javac_missing_pkg", "missing_module", "make",
       "make compiles Java sources with javac; a source imports Gson, whose jar is not in lib/; make prints its Error 1 trailer",
       {"Makefile": "build/app/Main.class: src/app/Main.java\n\tmkdir -p build\n\tjavac -cp 'lib/*' -d build src/app/Main.java\n",
        "src/app/Main.java": "package app;\n\nimport com.google.gson.Gson;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(new Gson().toJson(a));\n    }\n}\n"},
       {"module": "com.google.gson", "file": "src/app/Main.java", "line": 3}, "javac", dirs=["lib"]),
    sc("z_sh_make_node_check", "syntax", "make check",
       "make check runs node --check over every source file; one has a stray closing brace; make stops with Error 1",
       {"Makefile": "check:\n\t@for f in src/*.js; do echo \"checking $$f\"; node --check $$f || exit 1; done\n",
        "src/a.js": "module.exports = 1;\n", "src/b.js": "function f() {\n  return 2;\n}\n}\nmodule.exports = f;\n", "src/c.js": "module.exports = 3;\n"},
       {"file": "src/b.js", "line": 4}, "SyntaxError", tool="make"),
    sc("z_sh_deploy_jar_not_built", "file_not_found", "bash deploy.sh",
       "a deploy script stops the old service, then runs java -jar on a jar the build never produced; set -e stops it",
       {"deploy.sh": "#!/bin/bash\nset -e\necho '==> stopping old service'\necho '==> starting shop-api'\njava -jar build/libs/shop-api-0.9.jar --port 8080\necho '==> started'\n"},
       {"path": "build/libs/shop-api-0.9.jar"}, "Error: Unable to access jarfile", dirs=["build/libs"]),
    sc("z_sh_npm_healthcheck_curl", "connection", "npm run healthcheck",
       "npm run healthcheck runs curl -fsS against a local service that is down; npm wraps curl's exit 7",
       {"package.json": pkg({"healthcheck": "curl -fsS http://127.0.0.1:{{api}}/health"})},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/health"}, "curl: (7)", servers=CLOSED, tool="npm", ecosystem="node"),
    sc("z_sh_bash_node_shebang_noexec", "permission", "bash start.sh",
       "a start script runs ./bin/server.js (a node shebang script) that has no execute bit",
       {"start.sh": "#!/bin/bash\necho 'starting server'\n./bin/server.js --port 3000\necho \"server exited with $?\"\nexit 1\n",
        "bin/server.js": "#!/usr/bin/env node\nconsole.log('server');\n"},
       {"path": "bin/server.js"}, "Permission denied", modes={"bin/server.js": 0o644}),
    sc("z_sh_npm_lint_bin_missing", "missing_module", "npm run lint",
       "npm run lint runs eslint, which is not installed in node_modules (sh: eslint: not found); npm wraps exit 127",
       {"package.json": pkg({"lint": "eslint src/"}), "src/a.js": "module.exports = 1;\n"},
       {"module": "eslint"}, "sh: 1: eslint: not found", tool="npm", ecosystem="node"),
    sc("z_sh_make_java_run_classpath", "missing_module", "make run",
       "make run starts the app with java -cp build:lib/*; the commons-csv classes are not there (NoClassDefFoundError)",
       {"Makefile": "run: build/Main.class\n\tjava -cp 'build:lib/*' Main\n\nbuild/Main.class: Main.java lib-stub\n\tjavac -cp stub -d build Main.java\n\nlib-stub:\n\tjavac -d stub stub-src/org/apache/commons/csv/CSVFormat.java\n",
        "stub-src/org/apache/commons/csv/CSVFormat.java": "package org.apache.commons.csv;\npublic class CSVFormat {\n    public static final CSVFormat DEFAULT = new CSVFormat();\n}\n",
        "Main.java": "import org.apache.commons.csv.CSVFormat;\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(\"format \" + CSVFormat.DEFAULT);\n    }\n}\n"},
       {"module": "org.apache.commons.csv.CSVFormat"}, "java.lang.NoClassDefFoundError", tool="make", dirs=["lib"]),
    sc("z_sh_node_to_jq_broken", "json_format", "node export.js > out/export.json && jq '.items | length' out/export.json",
       "a pipeline writes node's output to out/export.json and reads it with jq; a debug console.log made the file invalid JSON",
       {"export.js": "console.log('debug: 3 items');\nconsole.log(JSON.stringify({ items: [1, 2, 3] }));\n"},
       {"json_file": "out/export.json", "line": 1}, "jq: error", dirs=["out"], tool="node", ecosystem="node"),
    sc("z_sh_wait_for_port", "connection", "bash run-e2e.sh",
       "an e2e script waits for the API port with bash /dev/tcp (five tries) and gives up before starting the node tests",
       {"run-e2e.sh": "#!/bin/bash\nHOST=127.0.0.1\nPORT={{api}}\nfor i in 1 2 3 4 5; do\n  if (exec 3<>/dev/tcp/$HOST/$PORT) 2>/dev/null; then\n"
        "    echo 'api up'; exec node --test e2e/\n  fi\n  echo \"waiting for $HOST:$PORT ($i/5)\"\n  sleep 0.1\ndone\necho \"error: API at $HOST:$PORT did not come up\" >&2\nexit 1\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers=CLOSED),
    sc("z_sh_npm_ws_smoke_4401", "websocket", "npm run smoke",
       "npm run smoke runs a ws smoke test; the server closes with 4401 (unauthorized); the script exits 1 and npm wraps it",
       {"package.json": pkg({"smoke": "node smoke/ws.js"}),
        "smoke/ws.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/rt');\nws.on('close', (code, reason) => {\n"
        "  if (code !== 1000) {\n    console.error(`smoke: realtime socket closed with ${code} (${reason})`);\n    process.exit(1);\n  }\n});\n"},
       {"close_code": 4401}, "", servers={"ws": ("ws", "close", 4401, "unauthorized")}, setup=WS_LINK, requires=WS_REQ, tool="npm", ecosystem="node"),
    sc("z_sh_java_then_node_pipeline", "file_not_found", "bash pipeline.sh",
       "a pipeline runs a Java exporter (which writes exports/2026-12-07.json) and then a node loader that reads exports/latest.json, "
       "a link nobody created",
       {"pipeline.sh": "#!/bin/bash\nset -e\necho '[1/2] export'\njava Exporter.java\necho '[2/2] load'\nnode load.js\n",
        "Exporter.java": "import java.nio.file.*;\npublic class Exporter {\n    public static void main(String[] a) throws Exception {\n"
        "        Files.writeString(Path.of(\"exports/2026-12-07.json\"), \"[]\");\n        System.out.println(\"exported 0 rows\");\n    }\n}\n",
        "load.js": "const fs = require('fs');\nconst rows = JSON.parse(fs.readFileSync('exports/latest.json', 'utf8'));\nconsole.log('loaded', rows.length);\n"},
       {"path": "exports/latest.json"}, "Error: ENOENT", dirs=["exports"]),
    sc("z_sh_make_java_syntax_nested", "syntax", "make -C service",
       "make -C service compiles with javac; a class has an 'else' without 'if'; make reports Error 1 and leaves the directory",
       {"service/Makefile": "all:\n\tjavac -d out src/Router.java\n",
        "service/src/Router.java": "public class Router {\n    String route(String p) {\n        if (p.isEmpty())\n            return \"/\";\n            return p;\n        else\n            return p.trim();\n    }\n}\n"},
       {"file": "service/src/Router.java", "line": 6}, "javac", tool="make"),
    # ---- negatives (shell / tools) ----
    sc("z_neg_make_ignored_node_check", "negative", "make all",
       "make runs an optional check prefixed with '-' whose node script is refused by a down service (ignored), then builds; exit 0",
       {"Makefile": "all: check build\n\ncheck:\n\t-node check-updates.js\n\nbuild:\n\t@echo 'build complete: 14 files'\n",
        "check-updates.js": "const http = require('http');\nhttp.get('http://127.0.0.1:{{api}}/latest', (r) => console.log(r.statusCode));\n"},
       {}, "", servers=CLOSED, exit=0, tool="make"),
    sc("z_neg_npm_test_logs_errors", "negative", "npm test",
       "npm test passes; the code under test logs a caught ECONNREFUSED and a missing config via console.error during the run",
       {"package.json": pkg({"test": "node --test"}),
        "src/client.js": "module.exports.ping = async (url) => {\n  try {\n    await fetch(url);\n    return true;\n  } catch (e) {\n"
        "    console.error(`ping ${url} failed: ${e.cause ? e.cause.message : e.message}`);\n    return false;\n  }\n};\n",
        "test/client.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst { ping } = require('../src/client');\n\n"
        "test('ping reports a down service as false', async () => {\n  assert.strictEqual(await ping('http://127.0.0.1:{{api}}/'), false);\n});\n"},
       {}, "", servers=CLOSED, tool="npm", ecosystem="node", exit=0),
    sc("z_neg_cli_help_troubleshooting", "negative", "node cli.js --help",
       "a CLI's --help prints a troubleshooting section that quotes common errors; exit 0",
       {"cli.js": "console.log(`Usage: shopctl <command> [options]\n\nCommands:\n  serve     start the API\n  migrate   run migrations\n\n"
        "Troubleshooting:\n  Error: Cannot find module 'pg'        run npm install\n  EACCES: permission denied, open ...   check the owner of ./data\n"
        "  connect ECONNREFUSED 127.0.0.1:5432   start postgres first\n  SyntaxError: Unexpected token in JSON  fix config/*.json`);\n"},
       {}, "", exit=0),
    sc("z_neg_java_version_gate", "negative", "bash build.sh",
       "a build script requires Java 21 and stops with its own error on this JDK 17",
       {"build.sh": "#!/bin/bash\nv=$(java -version 2>&1 | sed -n 's/.*version \"\\([0-9]*\\).*/\\1/p')\necho \"found Java $v\"\n"
        "if [ \"$v\" -lt 21 ]; then\n  echo \"error: Java 21 or newer is required to build (found $v)\" >&2\n  exit 1\nfi\n"},
       {}, ""),
    sc("z_neg_make_test_failures_logic", "negative", "make test",
       "make test runs node --test; one assertion about rounding fails; make reports Error 1",
       {"Makefile": ".PHONY: test\ntest:\n\tnode --test test/\n",
        "test/round.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\ntest('rounds half up', () => assert.strictEqual(Math.round(-0.5), -1));\n"},
       {}, "AssertionError", tool="make"),
]

# round 2 (z_r2_*): blind, train-hashed; appended to fresh15.py
R2 = [
    sc("z_r2_mm_import_flag_tsx", "missing_module", "node --import tsx/esm src/main.mjs",
       "node is started with --import tsx/esm, a loader package that is not installed",
       {"src/main.mjs": "console.log('main');\n"}, {"module": "tsx"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("z_r2_mm_resolve_plugin_logged_1", "missing_module", "node lint-config.js",
       "a config loader resolves eslint-plugin-react with require.resolve; the failure is logged with its code and the loader exits 1",
       {"lint-config.js": "const plugins = ['eslint-plugin-react'];\nfor (const p of plugins) {\n  try {\n    require.resolve(p);\n  } catch (e) {\n"
        "    console.error(`[config] plugin ${p} could not be loaded: ${e.message.split('\\n')[0]} (${e.code})`);\n    process.exit(1);\n  }\n}\n"},
       {"module": "eslint-plugin-react"}, ""),
    sc("z_r2_perm_scandir_private", "permission", "node index-docs.js",
       "an indexer lists data/private, a folder with mode 000 (EACCES scandir, run without capabilities)",
       {"index-docs.js": "const fs = require('fs');\nconsole.log('indexing data/public');\nconsole.log(fs.readdirSync('data/public').length, 'docs');\nconsole.log('indexing data/private');\nconsole.log(fs.readdirSync('data/private').length, 'docs');\n",
        "data/public/a.md": "# a\n", "data/private/b.md": "# b\n"},
       {"path": "data/private"}, "Error: EACCES", modes={"data/private": 0o000}, drop_caps=True),
    sc("z_r2_perm_npm_report_winston", "permission", "npm run report",
       "npm run report writes reports/weekly.html into a read-only folder; the script logs a winston-style JSON error line and exits 1",
       {"package.json": '{"name": "app", "version": "1.0.0", "scripts": {"report": "node report.js"}}\n',
        "report.js": "const fs = require('fs');\nconst log = (level, message, meta = {}) => console.log(JSON.stringify({ level, message, ...meta }));\ntry {\n"
        "  fs.writeFileSync('reports/weekly.html', '<h1>week</h1>');\n  log('info', 'report written');\n} catch (e) {\n  log('error', 'report failed', { error: e.message, code: e.code });\n  process.exit(1);\n}\n"},
       {"path": "reports/weekly.html"}, "", dirs=["reports"], modes={"reports": 0o555}, drop_caps=True, tool="npm", ecosystem="node"),
    sc("z_r2_syn_dynamic_import_config", "syntax", "node cli.mjs",
       "an ESM CLI loads its config module with await import(); the config has an extra closing brace",
       {"cli.mjs": "const { default: cfg } = await import('./cli.config.mjs');\nconsole.log(cfg.name);\n",
        "cli.config.mjs": "export default {\n  name: 'cli',\n  retries: 3,\n}};\n"},
       {"file": "cli.config.mjs", "line": 4}, "SyntaxError"),
    sc("z_r2_syn_execfilesync_child_4", "syntax", "node build.js",
       "a build runs node scripts/gen-routes.js with execFileSync (stdio inherited); the child has a syntax error and the parent's "
       "Command failed error follows",
       {"build.js": "const { execFileSync } = require('child_process');\nconsole.log('build: generating routes');\nexecFileSync('node', ['scripts/gen-routes.js'], { stdio: 'inherit' });\nconsole.log('build: done');\n",
        "scripts/gen-routes.js": "const routes = ['/a', '/b'];\nfor (const r of routes {\n  console.log(r);\n}\n"},
       {"file": "scripts/gen-routes.js", "line": 2}, "SyntaxError"),
    sc("z_r2_conn_keepalive_reset_inspect", "connection", "node ship-logs.js",
       "a log shipper's keep-alive agent posts to a collector that resets the connection; the error is printed with console.error "
       "(util.inspect with code and syscall)",
       {"ship-logs.js": "const http = require('http');\nconst agent = new http.Agent({ keepAlive: true });\n"
        "const req = http.request({ host: '127.0.0.1', port: {{api}}, path: '/bulk', method: 'POST', agent }, (r) => console.log(r.statusCode));\n"
        "req.on('error', (err) => {\n  console.error('ship failed', err);\n  process.exitCode = 1;\n});\nreq.end('line1\\nline2\\n');\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: read ECONNRESET", servers={"api": ("reset",)}),
    sc("z_r2_conn_undici_other_side_closed_cause", "connection", "node mirror.mjs",
       "fetch to an upstream that closes without answering; the program prints the error's cause object (SocketError: other side closed, "
       "UND_ERR_SOCKET with its socket addresses)",
       {"mirror.mjs": "try {\n  await fetch('http://127.0.0.1:{{api}}/snapshot');\n} catch (e) {\n  console.error('mirror failed:', e.cause);\n  process.exit(1);\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "SocketError", servers={"api": ("empty",)}),
    sc("z_r2_conn_enotfound_internal_6", "connection", "node usage.mjs",
       "a usage reporter fetches from a host name that does not resolve (api.internal.invalid); unhandled TypeError: fetch failed "
       "with cause getaddrinfo ENOTFOUND",
       {"usage.mjs": "const res = await fetch('http://api.internal.invalid:8080/v1/usage');\nconsole.log(res.status);\n"},
       {"host": "api.internal.invalid"}, "TypeError: fetch failed"),
    sc("z_r2_fnf_pino_stack_cert", "file_not_found", "node tls-client.js",
       "a TLS client reads its CA bundle certs/ca.pem (missing); the error is logged as a pino JSON line with the stack in err.stack",
       {"tls-client.js": PINO + ERRJ + "const fs = require('fs');\ntry {\n  const ca = fs.readFileSync('certs/ca.pem');\n  log(30, 'ca loaded', { bytes: ca.length });\n} catch (e) {\n"
        "  log(60, 'cannot start tls client', { err: errj(e) });\n  process.exit(1);\n}\n"},
       {"path": "certs/ca.pem"}, "Error: ENOENT", dirs=["certs"]),
    sc("z_r2_fnf_execsync_bash_script_2", "file_not_found", "node release.js",
       "a release script runs 'bash scripts/tag-release.sh' with execSync; the script is not in the checkout; bash's message and "
       "node's Command failed follow",
       {"release.js": "const { execSync } = require('child_process');\nconsole.log('release: tagging');\nexecSync('bash scripts/tag-release.sh v2.0.0', { stdio: 'inherit' });\n"},
       {"path": "scripts/tag-release.sh"}, "Error: Command failed", dirs=["scripts"]),
    sc("z_r2_json_env_flags", "json_format", "FEATURE_FLAGS='{\"beta\": true,}' node flags.js",
       "a service parses the FEATURE_FLAGS environment variable as JSON; it has a trailing comma (no file involved)",
       {"flags.js": "const flags = JSON.parse(process.env.FEATURE_FLAGS || '{}');\nconsole.log('beta', flags.beta);\n"},
       {}, "SyntaxError"),
    sc("z_r2_json_own_package_json", "json_format", "node index.js",
       "the app's own package.json has a trailing comma; node fails reading it when index.js requires a local module",
       {"package.json": '{\n  "name": "svc",\n  "version": "1.0.0",\n  "main": "index.js",\n}\n',
        "index.js": "const util = require('./lib/util');\nconsole.log(util());\n", "lib/util.js": "module.exports = () => 'ok';\n"},
       {"json_file": "package.json"}, "Error"),
    sc("z_r2_imp_esm_no_default_1", "import_error", "node app.mjs",
       "an ESM app default-imports a module that has only named exports",
       {"app.mjs": "import logger from './logger.mjs';\nlogger.info('start');\n", "logger.mjs": "export const info = (m) => console.log(m);\n"},
       {"name": "default", "from_module": "./logger.mjs"}, "SyntaxError"),
    sc("z_r2_imp_exports_import_only_subpath_1", "import_error", "node tool.js",
       "a CommonJS tool requires kit/utils, a subpath the package exports only under the import condition",
       {"tool.js": "const { pad } = require('kit/utils');\nconsole.log(pad('1'));\n",
        "node_modules/kit/package.json": '{"name": "kit", "version": "3.0.0", "exports": {".": "./index.js", "./utils": {"import": "./utils.mjs"}}}\n',
        "node_modules/kit/index.js": "module.exports = {};\n", "node_modules/kit/utils.mjs": "export const pad = (s) => s;\n"},
       {"name": "./utils", "from_module": "kit"}, "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]"),
    sc("z_r2_ws_close_4000_pino_3", "websocket", "node presence-agent.js",
       "a ws agent is closed by the server with 4000; the close is logged as a pino JSON line with code and reason, then it exits 1",
       {"presence-agent.js": PINO + "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/presence');\n"
        "ws.on('close', (code, reason) => {\n  log(50, 'presence socket closed', { code, reason: String(reason) });\n  process.exit(1);\n});\n"},
       {"close_code": 4000}, "", servers={"ws": ("ws", "close", 4000, "session replaced")}, setup=WS_LINK, requires=WS_REQ),
    sc("z_r2_ws_502_behind_proxy", "websocket", "node feed.js",
       "a ws client's upgrade is answered 502 by a proxy; the error handler prints only the message and exits 1",
       {"feed.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/feed');\nws.on('error', (e) => {\n  console.error(`feed: ${e.message}`);\n  process.exit(1);\n});\n"},
       {"http_status": 502}, "", servers={"ws": ("http", 502, "bad gateway\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("z_r2_ws_handshake_timeout_4", "websocket", "node rt.js",
       "a ws client with handshakeTimeout 1000 connects to a server that accepts and never answers the upgrade (Opening handshake has "
       "timed out), unhandled",
       {"rt.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/rt', { handshakeTimeout: 1000 });\nws.on('open', () => console.log('open'));\n"},
       {"url": "ws://127.0.0.1:{{ws}}/rt"}, "Error: Opening handshake has timed out", servers={"ws": ("silent",)}, setup=WS_LINK, requires=WS_REQ),
    # ---- java
    sc("z_r2_j_mm_pool_thread_1", "missing_module", "java -cp build app.Main",
       "a Java app's worker thread uses a YAML library that is not on the classpath (NoClassDefFoundError in thread pool-1-thread-1)",
       {"stub/org/yaml/snakeyaml/Yaml.java": "package org.yaml.snakeyaml;\npublic class Yaml {\n    public Object load(String s) { return s; }\n}\n",
        "src/app/Main.java": "package app;\nimport java.util.concurrent.*;\npublic class Main {\n    public static void main(String[] a) throws Exception {\n"
        "        ExecutorService ex = Executors.newSingleThreadExecutor();\n        ex.execute(() -> System.out.println(new org.yaml.snakeyaml.Yaml().load(\"a: 1\")));\n"
        "        ex.shutdown();\n        ex.awaitTermination(5, TimeUnit.SECONDS);\n        System.exit(1);\n    }\n}\n"},
       {"module": "org.yaml.snakeyaml.Yaml"}, "java.lang.NoClassDefFoundError",
       setup=["javac -d stubbuild stub/org/yaml/snakeyaml/Yaml.java && javac -cp stubbuild -d build src/app/Main.java"]),
    sc("z_r2_j_perm_create_dirs_1", "permission", "java Thumbs.java",
       "a Java job creates cache/thumbs with Files.createDirectories inside a read-only cache folder (AccessDeniedException)",
       {"Thumbs.java": "import java.nio.file.*;\npublic class Thumbs {\n    public static void main(String[] a) throws Exception {\n        Files.createDirectories(Path.of(\"cache/thumbs\"));\n        System.out.println(\"ok\");\n    }\n}\n"},
       {"path": "cache/thumbs"}, "java.nio.file.AccessDeniedException", dirs=["cache"], modes={"cache": 0o555}, drop_caps=True),
    sc("z_r2_j_fnf_jul_severe", "file_not_found", "java Ingest.java",
       "a Java ingest logs SEVERE through java.util.logging with the NoSuchFileException's stack and exits 1",
       {"Ingest.java": "import java.nio.file.*;\nimport java.util.logging.*;\npublic class Ingest {\n    static final Logger LOG = Logger.getLogger(\"ingest\");\n"
        "    public static void main(String[] a) {\n        try {\n            Files.readString(Path.of(\"data/in.xml\"));\n        } catch (java.io.IOException e) {\n"
        "            LOG.log(Level.SEVERE, \"cannot read input\", e);\n            System.exit(1);\n        }\n    }\n}\n"},
       {"path": "data/in.xml"}, "java.nio.file.NoSuchFileException", dirs=["data"]),
    sc("z_r2_j_conn_jdbc_url_logged", "connection", "java Db.java",
       "a Java program logs the JDBC URL it connects to, then a raw socket to its host:port is refused (ConnectException)",
       {"Db.java": "import java.net.*;\npublic class Db {\n    public static void main(String[] a) throws Exception {\n        String url = \"jdbc:postgresql://127.0.0.1:{{api}}/shop\";\n"
        "        System.out.println(\"INFO connecting to \" + url);\n        URI u = URI.create(url.substring(5));\n        new Socket(u.getHost(), u.getPort()).close();\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED),
    sc("z_r2_j_syn_build_script", "syntax", "bash build.sh",
       "a build script runs javac over the sources; one has an illegal start of expression; the script stops",
       {"build.sh": "#!/bin/bash\nset -e\necho 'compiling'\nmkdir -p out\njavac -d out src/Cart.java\necho 'ok'\n",
        "src/Cart.java": "public class Cart {\n    int total(int[] xs) {\n        int t = 0;\n        for (int x : xs) t += x;\n        return t +;\n    }\n}\n"},
       {"file": "src/Cart.java", "line": 5}, "javac"),
    sc("z_r2_j_json_gson_wording", "json_format", "java DbConfig.java config/db.json",
       "a Java app reads config/db.json with a small reader that reports Gson-style (Unterminated object at line 3 column 5 path $.db)",
       {"DbConfig.java": "import java.nio.file.*;\npublic class DbConfig {\n    static class MalformedJsonException extends RuntimeException {\n        MalformedJsonException(String m) { super(m); }\n    }\n"
        "    public static void main(String[] a) throws Exception {\n        String s = Files.readString(Path.of(a[0]));\n        System.out.println(\"loading \" + a[0]);\n"
        "        if (!s.strip().endsWith(\"}\")) throw new MalformedJsonException(\"Unterminated object at line 3 column 5 path $.db\");\n    }\n}\n",
        "config/db.json": '{\n  "db": {"host": "localhost",\n    "port": 5432\n'},
       {"json_file": "config/db.json", "line": 3}, "MalformedJsonException"),
    sc("z_r2_j_ws_stream_ended_1011_1", "websocket", "java Stream.java",
       "a Java WebSocket client's onClose prints 'stream ended: 1011 internal error' and the program exits 3",
       {"Stream.java": "import java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\npublic class Stream {\n    public static void main(String[] a) throws Exception {\n"
        "        CountDownLatch d = new CountDownLatch(1);\n        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(\"ws://127.0.0.1:{{ws}}/s\"), new WebSocket.Listener() {\n"
        "            public CompletionStage<?> onClose(WebSocket w, int code, String reason) {\n                System.err.println(\"stream ended: \" + code + \" \" + reason);\n                d.countDown();\n                return null;\n            }\n        }).join();\n"
        "        d.await(5, TimeUnit.SECONDS);\n        System.exit(3);\n    }\n}\n"},
       {"close_code": 1011}, "", servers={"ws": ("ws", "close", 1011, "internal error")}, exit=3),
    # ---- python
    sc("z_r2_py_conn_requests_retry_5", "connection", "python3 sync_users.py",
       "requests with urllib3 Retry(total=2) logs each retry as a WARNING, then raises ConnectionError (Max retries exceeded)",
       {"sync_users.py": "import logging\nimport requests\nfrom requests.adapters import HTTPAdapter\nfrom urllib3.util.retry import Retry\n\nlogging.basicConfig(level=logging.WARNING)\n"
        "s = requests.Session()\ns.mount('http://', HTTPAdapter(max_retries=Retry(total=2, backoff_factor=0.05)))\nprint(s.get('http://127.0.0.1:{{api}}/users', timeout=2).json())\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/users"}, "requests.exceptions.ConnectionError", servers=CLOSED, requires=["py3:requests"]),
    sc("z_r2_py_json_node_child_require_4", "json_format", "python3 deploy.py",
       "a Python deploy step runs node to print cfg.json through require(); the JSON is broken; node's SyntaxError and the "
       "CalledProcessError follow",
       {"deploy.py": "import subprocess\nprint('reading deploy config')\nout = subprocess.run(['node', '-p', \"JSON.stringify(require('./cfg.json'))\"], check=True, capture_output=False)\n",
        "cfg.json": '{\n  "region": "eu-west-1"\n  "replicas": 3\n}\n'},
       {"json_file": "cfg.json"}, "subprocess.CalledProcessError"),
    sc("z_r2_py_perm_filehandler", "permission", "python3 worker.py",
       "a Python worker configures logging.FileHandler('logs/worker.log'); the file is read-only (PermissionError, without capabilities)",
       {"worker.py": "import logging\nhandler = logging.FileHandler('logs/worker.log')\nlogging.getLogger().addHandler(handler)\nlogging.warning('worker up')\n",
        "logs/worker.log": ""},
       {"path": "logs/worker.log"}, "PermissionError", modes={"logs/worker.log": 0o444}, drop_caps=True),
    # ---- shells / make
    sc("z_r2_sh_make_node_esbuild", "missing_module", "make bundle",
       "make bundle runs node build.js, which requires esbuild (not installed); make prints Error 1",
       {"Makefile": ".PHONY: bundle\nbundle:\n\tnode build.js\n", "build.js": "const esbuild = require('esbuild');\nesbuild.buildSync({ entryPoints: ['src/a.js'], outfile: 'dist/a.js' });\n"},
       {"module": "esbuild"}, "Error: Cannot find module", tool="make"),
    sc("z_r2_sh_start_sh_node_port_check_3", "connection", "bash start.sh",
       "a start script checks the database port with curl before starting node; curl is refused and the script exits with its own error",
       {"start.sh": "#!/bin/bash\nif ! curl -s -o /dev/null --max-time 2 http://127.0.0.1:{{api}}/; then\n  echo \"start.sh: database at 127.0.0.1:{{api}} is not reachable, not starting\" >&2\n  exit 1\nfi\nexec node server.js\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers=CLOSED),
    # ---- negatives
    sc("z_r2_neg_experimental_warning", "negative", "node --experimental-vm-modules run.mjs",
       "node prints an ExperimentalWarning for VM modules and the script finishes (exit 0)",
       {"run.mjs": "import vm from 'node:vm';\nconst m = new vm.SourceTextModule('export const x = 1;');\nawait m.link(() => {});\nawait m.evaluate();\nconsole.log('evaluated', m.namespace.x);\n"},
       {}, "ExperimentalWarning", exit=0),
    sc("z_r2_neg_java_tests_logged_stack_4", "negative", "java Suite.java",
       "a Java self-test prints an expected exception's stack as a WARN log while testing error handling; all tests pass, exit 0",
       {"Suite.java": "public class Suite {\n    public static void main(String[] a) {\n        try {\n            new java.io.FileInputStream(\"no/such.cfg\");\n        } catch (java.io.IOException e) {\n"
        "            System.out.println(\"WARN expected during testMissingConfig:\");\n            e.printStackTrace(System.out);\n        }\n"
        "        System.out.println(\"Tests run: 6, Failures: 0, Errors: 0, Skipped: 1\");\n        System.out.println(\"BUILD SUCCESS\");\n    }\n}\n"},
       {}, "", exit=0),
    sc("z_r2_neg_http_404_custom_error", "negative", "node get-invoice.mjs 42",
       "a client throws its own HttpError when the live API answers 404 for an invoice id; exit 1",
       {"get-invoice.mjs": "class HttpError extends Error {\n  constructor(status, url) {\n    super(`HTTP ${status} for ${url}`);\n    this.name = 'HttpError';\n  }\n}\n"
        "const url = `http://127.0.0.1:{{api}}/invoices/${process.argv[2]}`;\nconst r = await fetch(url);\nif (!r.ok) throw new HttpError(r.status, url);\n"},
       {}, "HttpError", servers={"api": ("http", 404, "no such invoice\n")}),
    sc("z_r2_neg_py_cache_rebuilt_2", "negative", "python3 warm.py",
       "a Python job logs at error level (JSON) that cache.json is corrupt, rebuilds it and finishes; exit 0",
       {"warm.py": "import json\n\ndef log(level, msg, **kw):\n    print(json.dumps({'level': level, 'msg': msg, **kw}))\n\ntry:\n    json.load(open('cache.json'))\n"
        "except json.JSONDecodeError as e:\n    log('error', 'cache.json is corrupt, rebuilding', error=str(e))\n    json.dump({'entries': []}, open('cache.json', 'w'))\n    log('info', 'cache rebuilt with 0 entries')\n",
        "cache.json": '{"entries": [1, 2,'},
       {}, "", exit=0),
    sc("z_r2_neg_make_dry_run", "negative", "make -n deploy",
       "make -n prints the recipe's commands (which mention a missing module and a refused port check) without running them; exit 0",
       {"Makefile": "deploy:\n\tnode -e \"require('missing-deploy-kit')\"\n\tcurl -fsS http://127.0.0.1:9/health || echo 'connect ECONNREFUSED 127.0.0.1:9'\n"},
       {}, "", exit=0, tool="make"),
    sc("z_r2_neg_grep_history_1", "negative", "bash incidents.sh",
       "an incident report greps last week's log for errors and prints the matching lines as history; exit 0",
       {"incidents.sh": "#!/bin/bash\necho 'incidents in logs/last-week.log:'\ngrep -E 'ECONNREFUSED|ENOENT|SyntaxError' logs/last-week.log | sed 's/^/  /'\necho \"$(grep -c . logs/last-week.log) lines scanned, service healthy now\"\n",
        "logs/last-week.log": "2026-11-30T10:00:01Z error connect ECONNREFUSED 127.0.0.1:5432\n2026-12-01T09:12:44Z error ENOENT: no such file or directory, open 'uploads/x.csv'\n"
        "2026-12-02T17:03:10Z error SyntaxError: Unexpected token } in JSON at position 12\n2026-12-03T08:00:00Z info deploy ok\n"},
       {}, "", exit=0),
    sc("z_r2_neg_cli_required_option", "negative", "node convert.js",
       "a CLI reports its own usage error (--input is required) and exits 2",
       {"convert.js": "const args = process.argv.slice(2);\nif (!args.includes('--input')) {\n  console.error('Error: --input <file> is required');\n  console.error('Usage: convert --input <file> [--out <dir>]');\n  process.exit(2);\n}\n"},
       {}, "", exit=2),
]

# round 3 (z_r3_*): blind, train-hashed, many negatives that sit at the edges of the fresh15 kinds
R3 = [
    sc("z_r3_neg_ws_reconnected_after_1012", "negative", "node follow.js",
       "a ws client is closed with 1012 (service restart), logs it and reconnects to the replica, which closes normally; exit 0",
       {"follow.js": "const WebSocket = require('ws');\nconst urls = ['ws://127.0.0.1:{{a}}/f', 'ws://127.0.0.1:{{b}}/f'];\nfunction go(i) {\n  const ws = new WebSocket(urls[i]);\n"
        "  ws.on('close', (code, reason) => {\n    if (code !== 1000) {\n      console.error(`feed ended: ${code} ${reason}, reconnecting to the replica`);\n      return go(i + 1);\n    }\n    console.log('feed finished normally');\n  });\n}\ngo(0);\n"},
       {}, "", servers={"a": ("ws", "close", 1012, "service restart"), "b": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("z_r3_neg_wait_then_up_1", "negative", "bash wait-api.sh",
       "a wait script prints that the API is not reachable yet, retries, and the API answers; exit 0",
       {"wait-api.sh": "#!/bin/bash\nfor port in {{down}} {{api}}; do\n  if curl -s -o /dev/null http://127.0.0.1:$port/; then echo \"api up on 127.0.0.1:$port\"; exit 0; fi\n"
        "  echo \"127.0.0.1:$port is not reachable yet, trying the next port\"\ndone\nexit 1\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("z_r3_neg_npm_optional_formatter_1", "negative", "npm run build",
       "an npm build script skips prettier when it is not installed ('prettier not installed, skipping format') and builds; exit 0",
       {"package.json": '{"name": "site", "version": "1.0.0", "scripts": {"build": "(command -v prettier >/dev/null || echo \'prettier not installed, skipping format\') && node build.js"}}\n',
        "build.js": "console.log('built 3 pages');\n"},
       {}, "", tool="npm", ecosystem="node", exit=0),
    sc("z_r3_neg_java_normal_close", "negative", "java Once.java",
       "a Java WebSocket client prints 'connection closed by server: 1000 normal closure' and exits 0",
       {"Once.java": "import java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\npublic class Once {\n    public static void main(String[] a) throws Exception {\n"
        "        CountDownLatch d = new CountDownLatch(1);\n        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(\"ws://127.0.0.1:{{ws}}/o\"), new WebSocket.Listener() {\n"
        "            public CompletionStage<?> onClose(WebSocket w, int code, String reason) {\n                System.out.println(\"connection closed by server: \" + code + \" normal closure\");\n                d.countDown();\n                return null;\n            }\n        }).join();\n"
        "        d.await(5, TimeUnit.SECONDS);\n    }\n}\n"},
       {}, "", servers={"ws": ("ws", "close", 1000, "bye")}, exit=0),
    sc("z_r3_neg_faq_module_errors", "negative", "node faq.js",
       "a CLI prints its FAQ, quoting Cannot find module and Cannot find package errors with their fixes; exit 0",
       {"faq.js": "console.log(`FAQ\n\nQ: npm start prints \"Error: Cannot find module 'express'\"?\nA: run npm ci first.\n\n"
        "Q: ESM says \"Cannot find package '@acme/sdk' imported from /app/src/index.js\"?\nA: the private registry token expired; run npm login.\n`);\n"},
       {}, "", exit=0),
    sc("z_r3_neg_http_503_body_unreachable", "negative", "node status.mjs",
       "a status client gets HTTP 503 from a live gateway whose JSON body says its upstream is not reachable; exit 1",
       {"status.mjs": "const r = await fetch('http://127.0.0.1:{{api}}/status');\nconsole.error(`HTTP ${r.status} ${r.statusText}`);\nconsole.error(await r.text());\nprocess.exit(r.ok ? 0 : 1);\n"},
       {}, "", servers={"api": ("http", 503, '{"error": "upstream 10.0.0.7:5432 is not reachable"}\n', {"Content-Type": "application/json"})}),
    sc("z_r3_neg_node_test_close_titles_3", "negative", "node --test",
       "node --test: tests whose titles quote close codes and refused sockets all pass; exit 0",
       {"test/close.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst classify = (c) => (c === 1000 ? 'normal' : c >= 4000 ? 'app' : 'error');\n\n"
        "test('closed by server: 4001 is an app close', () => assert.strictEqual(classify(4001), 'app'));\n"
        "test('1011 internal error is an error close', () => assert.strictEqual(classify(1011), 'error'));\n"
        "test('reports connect ECONNREFUSED 127.0.0.1:9 as down', () => assert.ok(true));\n"},
       {}, "", exit=0),
    sc("z_r3_neg_java_default_pkg_business_1", "negative", "java Stock.java sku-9 5",
       "a Java single-file program throws its own InsufficientStock exception (a business rule); exit 1",
       {"Stock.java": "public class Stock {\n    static class InsufficientStock extends RuntimeException {\n        InsufficientStock(String m) { super(m); }\n    }\n"
        "    public static void main(String[] a) {\n        int have = 2, want = Integer.parseInt(a[1]);\n        if (want > have) throw new InsufficientStock(\"only \" + have + \" left of \" + a[0]);\n    }\n}\n"},
       {}, "Stock$InsufficientStock"),
    sc("z_r3_neg_java_validation_top_level", "negative", "java Order.java",
       "a Java program whose top-level exception class (default package) reports a validation failure; exit 1",
       {"Order.java": "class ValidationException extends RuntimeException {\n    ValidationException(String m) { super(m); }\n}\npublic class Order {\n    public static void main(String[] a) {\n"
        "        int qty = -3;\n        if (qty <= 0) throw new ValidationException(\"quantity must be positive, got \" + qty);\n    }\n}\n"},
       {}, "ValidationException"),
    sc("z_r3_neg_test_assert_close_code", "negative", "node --test test/",
       "node --test: a test asserts the server's close code and fails (expected 1000, got 1001); a logic failure of the test; exit 1",
       {"test/shutdown.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst closeCodeOnShutdown = () => 1001;\n\n"
        "test('graceful shutdown closes with 1000', () => {\n  assert.strictEqual(closeCodeOnShutdown(), 1000, 'expected normal closure');\n});\n"},
       {}, "AssertionError"),
    sc("z_r3_neg_pino_socket_retry_ok_1", "negative", "node push.mjs",
       "a pusher logs an undici SocketError with its socket at error level, retries on the second endpoint, which answers; exit 0",
       {"push.mjs": "const eps = ['http://127.0.0.1:{{down}}/push', 'http://127.0.0.1:{{api}}/push'];\nfor (const u of eps) {\n  try {\n    const r = await fetch(u, { method: 'POST', body: 'x' });\n"
        "    console.log(JSON.stringify({ level: 30, msg: `pushed via ${u}`, status: r.status }));\n    break;\n  } catch (e) {\n"
        "    console.log(JSON.stringify({ level: 50, msg: 'push failed, trying next endpoint', err: { message: e.cause?.message, code: e.cause?.code, socket: e.cause?.socket } }));\n  }\n}\n"},
       {}, "", servers={"down": ("empty",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("z_r3_neg_decommissioned_check_1", "negative", "bash check-legacy.sh",
       "a check confirms a decommissioned service is down: 'ok: legacy API at 127.0.0.1:P is not reachable (decommissioned as planned)'; exit 0",
       {"check-legacy.sh": "#!/bin/bash\nif curl -s -o /dev/null http://127.0.0.1:{{api}}/; then\n  echo 'warning: legacy API still answers'\n  exit 1\nfi\n"
        "echo 'ok: legacy API at 127.0.0.1:{{api}} is not reachable (decommissioned as planned)'\n"},
       {}, "", servers=CLOSED, exit=0),
    # ---- positives
    sc("z_r3_mm_npm_gen_handlebars", "missing_module", "npm run gen",
       "npm run gen runs a generator that requires handlebars (not installed); npm prints its error lines after the stack",
       {"package.json": '{"name": "docs", "version": "1.0.0", "scripts": {"gen": "node scripts/gen.js"}}\n',
        "scripts/gen.js": "const Handlebars = require('handlebars');\nconsole.log(Handlebars.compile('{{x}}')({ x: 1 }));\n"},
       {"module": "handlebars"}, "Error: Cannot find module", tool="npm", ecosystem="node", env={"npm_config_loglevel": "error"}),
    sc("z_r3_mm_java_three_level_chain_1", "missing_module", "java Boot.java",
       "a Java service's start-up throws a RuntimeException caused by an IllegalStateException caused by ClassNotFoundException of the MySQL driver",
       {"Boot.java": "public class Boot {\n    static void pool() {\n        try {\n            Class.forName(\"com.mysql.cj.jdbc.Driver\");\n        } catch (ClassNotFoundException e) {\n"
        "            throw new IllegalStateException(\"no JDBC driver for jdbc:mysql\", e);\n        }\n    }\n    static void start() {\n        try {\n            pool();\n"
        "        } catch (IllegalStateException e) {\n            throw new RuntimeException(\"application failed to start\", e);\n        }\n    }\n"
        "    public static void main(String[] a) {\n        System.out.println(\"starting shop-service\");\n        start();\n    }\n}\n"},
       {"module": "com.mysql.cj.jdbc.Driver"}, "java.lang.RuntimeException"),
    sc("z_r3_perm_make_wrapper_noexec", "permission", "make run",
       "make run calls ./bin/server, a wrapper script without its execute bit; make reports Error 126",
       {"Makefile": ".PHONY: run\nrun:\n\t./bin/server --port 8080\n", "bin/server": "#!/bin/sh\nexec node server.js \"$@\"\n"},
       {"path": "bin/server"}, "Permission denied", modes={"bin/server": 0o644}, tool="make"),
    sc("z_r3_syn_npm_check_script", "syntax", "npm run check",
       "npm run check runs node --check on two files; the second has an unexpected identifier; npm's wrapper follows",
       {"package.json": '{"name": "svc", "version": "1.0.0", "scripts": {"check": "node --check src/a.js && node --check src/b.js"}}\n',
        "src/a.js": "module.exports = 1;\n", "src/b.js": "const x = 1\nconst y = 2\nlet z = x y;\nmodule.exports = z;\n"},
       {"file": "src/b.js", "line": 3}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("z_r3_syn_python_runs_java_source_1", "syntax", "python3 run_tool.py",
       "a Python script runs 'java Tool.java' with check=True; javac's error (through the source launcher) and the CalledProcessError follow",
       {"run_tool.py": "import subprocess\nprint('running Tool.java')\nsubprocess.run(['java', 'Tool.java'], check=True)\n",
        "Tool.java": "public class Tool {\n    public static void main(String[] a) {\n        int n = 3\n        System.out.println(n);\n    }\n}\n"},
       {"file": "Tool.java", "line": 3}, "subprocess.CalledProcessError"),
    sc("z_r3_ws_java_refused_logged_url", "websocket", "java Live.java",
       "a Java WebSocket client logs the ws:// URL it connects to; the endpoint is down (CompletionException: java.net.ConnectException with no address)",
       {"Live.java": "import java.net.URI;\nimport java.net.http.*;\npublic class Live {\n    public static void main(String[] a) {\n        String url = \"ws://127.0.0.1:{{api}}/live\";\n"
        "        System.out.println(\"INFO connecting \" + url);\n        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {}).join();\n    }\n}\n"},
       {"url": "ws://127.0.0.1:{{api}}/live"}, "java.util.concurrent.CompletionException", servers=CLOSED),
    sc("z_r3_conn_py_json_log_exc", "connection", "python3 cache_sync.py",
       "a Python job logs through a JSON formatter; the refused asyncio connection is in the exc field of one JSON line, then it exits 1",
       {"cache_sync.py": "import asyncio, json, logging, sys, traceback\n\nclass J(logging.Formatter):\n    def format(self, r):\n"
        "        d = {'level': r.levelname, 'msg': r.getMessage()}\n        if r.exc_info:\n            d['exc'] = ''.join(traceback.format_exception_only(*r.exc_info[:2])).strip()\n        return json.dumps(d)\n\n"
        "h = logging.StreamHandler(sys.stdout)\nh.setFormatter(J())\nlogging.getLogger().addHandler(h)\n\nasync def main():\n    await asyncio.open_connection('127.0.0.1', {{api}})\n\n"
        "try:\n    asyncio.run(main())\nexcept OSError:\n    logging.exception('redis unavailable')\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("z_r3_fnf_stream_pipeline_3", "file_not_found", "node compress.js in/events-2026-12.csv",
       "stream.pipeline of a read stream (argv file, missing), gzip and a write stream; the callback prints the error and exits 1",
       {"compress.js": "const fs = require('fs');\nconst zlib = require('zlib');\nconst { pipeline } = require('stream');\nconst src = process.argv[2];\n"
        "pipeline(fs.createReadStream(src), zlib.createGzip(), fs.createWriteStream(src + '.gz'), (err) => {\n  if (err) {\n    console.error('pipeline failed:', err.message);\n    process.exit(1);\n  }\n});\n"},
       {"path": "in/events-2026-12.csv"}, "", dirs=["in"]),
    sc("z_r3_json_esm_createrequire_i18n", "json_format", "node i18n.mjs de",
       "an ESM app loads config/i18n/de.json with createRequire; the file has a missing comma",
       {"i18n.mjs": "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst lang = process.argv[2];\nconst t = require(`./config/i18n/${lang}.json`);\nconsole.log(t.hello);\n",
        "config/i18n/de.json": '{\n  "hello": "Hallo"\n  "bye": "Tschuess"\n}\n', "config/i18n/en.json": '{"hello": "Hello"}\n'},
       {"json_file": "config/i18n/de.json"}, "SyntaxError"),
    sc("z_r3_json_java_jsonl_reader", "json_format", "java Replay.java data/events.jsonl",
       "a Java JSON Lines reader reports 'data/events.jsonl:4: Unexpected character' for the bad record and exits 1",
       {"Replay.java": "import java.nio.file.*;\nimport java.util.*;\npublic class Replay {\n    public static void main(String[] a) throws Exception {\n        List<String> lines = Files.readAllLines(Path.of(a[0]));\n"
        "        for (int i = 0; i < lines.size(); i++) {\n            String l = lines.get(i).strip();\n            if (!l.startsWith(\"{\") || !l.endsWith(\"}\") || l.contains(\",}\")) {\n"
        "                System.err.println(a[0] + \":\" + (i + 1) + \": Unexpected character ('}' (code 125)): was expecting double-quote to start field name\");\n                System.exit(1);\n            }\n        }\n    }\n}\n",
        "data/events.jsonl": '{"a":1}\n{"a":2}\n{"a":3}\n{"a":4,}\n'},
       {"json_file": "data/events.jsonl", "line": 4}, ""),
    sc("z_r3_imp_pytest_collect_name", "import_error", "python3 -m pytest -q tests",
       "pytest collection fails: a test imports Invoice from app.models, whose package does not export it",
       {"app/__init__.py": "", "app/models/__init__.py": "from .customer import Customer\n", "app/models/customer.py": "class Customer:\n    pass\n",
        "app/models/invoice.py": "class InvoiceRecord:\n    pass\n",
        "tests/test_invoice.py": "from app.models import Invoice\n\n\ndef test_total():\n    assert Invoice\n"},
       {"name": "Invoice", "from_module": "app.models"}, "ImportError", tool="python3", env={"PYTHONPATH": "."}),
    sc("z_r3_ws_builtin_drop_1006", "websocket", "node --experimental-websocket watch.mjs",
       "node's built-in WebSocket loses the connection right after the handshake; onclose logs 'connection closed 1006' and exits 1",
       {"watch.mjs": "const ws = new WebSocket('ws://127.0.0.1:{{ws}}/watch');\nws.onerror = () => {};\nws.onclose = (e) => {\n  console.error(`watch: connection closed ${e.code}`);\n  process.exit(1);\n};\n"},
       {"close_code": 1006}, "", servers={"ws": ("ws", "drop")}),
    sc("z_r3_ws_py_websocket_client_403_3", "websocket", "/usr/bin/python3 alerts.py",
       "websocket-client's create_connection is rejected with 403 at the handshake (WebSocketBadStatusException), unhandled",
       {"alerts.py": "import websocket\nws = websocket.create_connection('ws://127.0.0.1:{{ws}}/alerts', timeout=3)\nprint(ws.recv())\n"},
       {"url": "ws://127.0.0.1:{{ws}}/alerts", "http_status": 403}, "websocket._exceptions.WebSocketBadStatusException",
       servers={"ws": ("http", 403, "forbidden\n")}, requires=["py:websocket"], tool="python3", ecosystem="python"),
]

# round 4 (z_r4_*): blind, train-hashed; WebSocket and connection details, JSON and syntax lines in harder forms
R4 = [
    sc("z_r4_ws_worker_401_message", "websocket", "node stream-main.js",
       "a ws client in a worker thread is rejected with 401; the worker posts the error message and the main thread logs it and exits 1",
       {"stream-main.js": "const { Worker } = require('worker_threads');\nconst w = new Worker('./stream-worker.js', { workerData: 'ws://127.0.0.1:{{ws}}/stream' });\n"
        "w.on('message', (m) => {\n  if (m.error) {\n    console.error(`stream worker: ${m.error}`);\n    process.exit(1);\n  }\n});\n",
        "stream-worker.js": "const { parentPort, workerData } = require('worker_threads');\nconst WebSocket = require('ws');\nconst ws = new WebSocket(workerData);\n"
        "ws.on('error', (e) => parentPort.postMessage({ error: e.message }));\n"},
       {"http_status": 401}, "", servers={"ws": ("http", 401, "unauthorized\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("z_r4_ws_close_1009_paren", "websocket", "node upload-ws.js",
       "a ws client is closed by the server with 1009 (message too big); it logs '[rt] closed (1009)' and exits 1",
       {"upload-ws.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/rt');\nws.on('open', () => ws.send('x'.repeat(1000)));\n"
        "ws.on('close', (code) => {\n  console.error(`[rt] closed (${code})`);\n  process.exit(1);\n});\n"},
       {"close_code": 1009}, "", servers={"ws": ("ws", "close", 1009, "message too big")}, setup=WS_LINK, requires=WS_REQ),
    sc("z_r4_ws_builtin_403_error_event_2", "websocket", "node --experimental-websocket notify.mjs",
       "node's built-in WebSocket is rejected with 403 at the upgrade; the program logs the URL on the error event and the close code",
       {"notify.mjs": "const url = 'ws://127.0.0.1:{{ws}}/notify';\nconst ws = new WebSocket(url);\nws.onerror = () => {\n  console.error(`${url}: websocket error event`);\n  setTimeout(() => process.exit(1), 300);\n};\n"
        "ws.onclose = (e) => {\n  console.error(`${url}: closed with ${e.code}`);\n  process.exit(1);\n};\n"},
       {"url": "ws://127.0.0.1:{{ws}}/notify"}, "", servers={"ws": ("http", 403, "forbidden\n")}),
    sc("z_r4_ws_py_invalid_status_logged", "websocket", "/usr/bin/python3 sub.py",
       "a Python websockets client is rejected with 404; logging.exception prints the traceback under an ERROR line and the program exits 1",
       {"sub.py": "import asyncio, logging, sys\nimport websockets\nlogging.basicConfig(format='%(levelname)s %(name)s: %(message)s')\nURL = 'ws://127.0.0.1:{{ws}}/v2/sub'\n\n"
        "async def main():\n    async with websockets.connect(URL) as ws:\n        await ws.recv()\n\ntry:\n    asyncio.run(main())\nexcept Exception:\n"
        "    logging.getLogger('sub').exception('subscription to %s failed', URL)\n    sys.exit(1)\n"},
       {"url": "ws://127.0.0.1:{{ws}}/v2/sub", "http_status": 404}, "websockets", servers={"ws": ("http", 404, "no such path\n")},
       requires=PY_WS, tool="python3", ecosystem="python"),
    sc("z_r4_j_ws_handshake_uncaught_5", "websocket", "java Board.java ws://127.0.0.1:{{ws}}/board",
       "a Java WebSocket client's join() throws CompletionException caused by WebSocketHandshakeException (401), uncaught",
       {"Board.java": "import java.net.URI;\nimport java.net.http.*;\npublic class Board {\n    public static void main(String[] a) {\n"
        "        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(a[0]), new WebSocket.Listener() {}).join();\n    }\n}\n"},
       {"url": "ws://127.0.0.1:{{ws}}/board"}, "java.util.concurrent.CompletionException", servers={"ws": ("http", 401, "unauthorized\n")}),
    sc("z_r4_ws_wscat_refused", "websocket", "wscat -c ws://127.0.0.1:{{api}}/events",
       "wscat connects to a WebSocket endpoint that is down (error: connect ECONNREFUSED)",
       {}, {"url": "ws://127.0.0.1:{{api}}/events", "host": "127.0.0.1", "port": "{{api}}"}, "error: connect ECONNREFUSED", servers=CLOSED,
       requires=["bin:wscat"], tool="wscat", ecosystem="node", env={"NODE_PATH": "/usr/share/nodejs"}),
    sc("z_r4_ws_pino_1013_giving_up", "websocket", "node quotes.js",
       "a ws client logs each 1013 close as a pino warning with the code, reconnects twice, then logs at error level that it gives up",
       {"quotes.js": PINO + "const WebSocket = require('ws');\nlet n = 0;\nfunction go() {\n  const ws = new WebSocket('ws://127.0.0.1:{{ws}}/q');\n"
        "  ws.on('close', (code, reason) => {\n    n++;\n    log(40, 'quotes socket closed', { code, reason: String(reason), attempt: n });\n    if (n < 3) return setTimeout(go, 50);\n"
        "    log(50, `giving up after ${n} attempts`);\n    process.exit(1);\n  });\n}\ngo();\n"},
       {"close_code": 1013}, "", servers={"ws": ("ws", "close", 1013, "try again later")}, setup=WS_LINK, requires=WS_REQ),
    # ---- connection
    sc("z_r4_conn_localhost_health_logged_1", "connection", "node health.js http://localhost:{{api}}/health",
       "a health check GETs a localhost URL of its argv; the service is down; it logs the URL and the error message and exits 1",
       {"health.js": "const http = require('http');\nconst url = process.argv[2];\nhttp.get(url, (r) => console.log(r.statusCode)).on('error', (e) => {\n"
        "  console.error(`GET ${url} failed: ${e.message}`);\n  process.exit(1);\n});\n"},
       {"host": "localhost", "port": "{{api}}", "url": "http://localhost:{{api}}/health"}, "", servers=CLOSED),
    sc("z_r4_conn_net_own_timeout_5", "connection", "node smtp-check.js",
       "a raw TCP check with setTimeout(500) to a server that accepts and never sends its banner; it prints its own timeout line with host:port",
       {"smtp-check.js": "const net = require('net');\nconst host = '127.0.0.1', port = {{api}};\nconst s = net.connect({ host, port });\ns.setTimeout(500);\n"
        "s.on('timeout', () => {\n  console.error(`smtp ${host}:${port}: no banner within 500ms`);\n  s.destroy();\n  process.exit(1);\n});\ns.on('data', (d) => console.log(String(d)));\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers={"api": ("silent",)}),
    sc("z_r4_j_conn_http_timeout", "connection", "java Report.java",
       "Java's HttpClient with a 1 s request timeout to a service that accepts and never answers (HttpTimeoutException); the URL was logged before",
       {"Report.java": "import java.net.URI;\nimport java.net.http.*;\nimport java.time.Duration;\npublic class Report {\n    public static void main(String[] a) throws Exception {\n"
        "        String url = \"http://127.0.0.1:{{api}}/reports/daily\";\n        System.out.println(\"[report] GET \" + url);\n"
        "        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1)).build();\n"
        "        System.out.println(HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString()).statusCode());\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/reports/daily"}, "java.net.http.HttpTimeoutException", servers={"api": ("silent",)}),
    sc("z_r4_conn_npm_curl_retry_1", "connection", "npm run smoke",
       "npm run smoke runs curl with --retry 2 --retry-connrefused against a local service that stays down; curl's (7) and npm's wrapper",
       {"package.json": '{"name": "app", "version": "1.0.0", "scripts": {"smoke": "curl -sS --retry 2 --retry-delay 0 --retry-connrefused http://127.0.0.1:{{api}}/ping"}}\n'},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/ping"}, "curl: (7)", servers=CLOSED, tool="npm", ecosystem="node"),
    # ---- json
    sc("z_r4_json_node_file_message", "json_format", "node load-rules.js rules/pricing.json",
       "a loader prints '<file>: <JSON.parse message>' for the rules file of its argv (a missing comma) and exits 1",
       {"load-rules.js": "const fs = require('fs');\nconst f = process.argv[2];\ntry {\n  JSON.parse(fs.readFileSync(f, 'utf8'));\n} catch (e) {\n  console.error(`${f}: ${e.message}`);\n  process.exit(1);\n}\n",
        "rules/pricing.json": '{\n  "base": 10\n  "vat": 0.2\n}\n'},
       {"json_file": "rules/pricing.json"}, "SyntaxError"),
    sc("z_r4_j_json_jul_jackson_source", "json_format", "java Catalog.java",
       "a Java catalog logs SEVERE through java.util.logging with a Jackson-style message that names the file, line and column in [Source: ...]",
       {"Catalog.java": "import java.util.logging.*;\npublic class Catalog {\n    public static void main(String[] a) {\n        Logger.getLogger(\"catalog\").severe(\"cannot load catalog: Unexpected character ('\\\"' (code 34)): was expecting comma to separate Object entries\\n at [Source: (File)data/catalog.json; line: 3, column: 9]\");\n        System.exit(1);\n    }\n}\n",
        "data/catalog.json": '{\n  "a": 1\n  "b": 2\n}\n'},
       {"json_file": "data/catalog.json", "line": 3}, ""),
    sc("z_r4_py_json_logging_exception", "json_format", "python3 settings.py",
       "a Python settings loader logs 'invalid settings file conf/settings.json' with logging.exception (the JSONDecodeError traceback follows) and exits 1",
       {"settings.py": "import json, logging, sys\nlogging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')\nPATH = 'conf/settings.json'\ntry:\n"
        "    with open(PATH) as f:\n        json.load(f)\nexcept ValueError:\n    logging.getLogger('settings').exception('invalid settings file %s', PATH)\n    sys.exit(1)\n",
        "conf/settings.json": '{\n  "debug": true,\n  "workers": 4,\n}\n'},
       {"json_file": "conf/settings.json", "line": 4}, "json.decoder.JSONDecodeError"),
    sc("z_r4_json_npm_eslintrc", "json_format", "npm run lint",
       "npm run lint runs a node script that parses .eslintrc.json (a trailing comma) and prints 'Failed to parse .eslintrc.json: ...'",
       {"package.json": '{"name": "app", "version": "1.0.0", "scripts": {"lint": "node lint.js"}}\n',
        "lint.js": "const fs = require('fs');\ntry {\n  JSON.parse(fs.readFileSync('.eslintrc.json', 'utf8'));\n} catch (e) {\n  console.error(`Failed to parse .eslintrc.json: ${e.message}`);\n  process.exit(2);\n}\n",
        ".eslintrc.json": '{\n  "root": true,\n  "rules": {"semi": "error",}\n}\n'},
       {"json_file": ".eslintrc.json"}, "", tool="npm", ecosystem="node"),
    # ---- syntax
    sc("z_r4_syn_esm_imported_module_3", "syntax", "node main.mjs",
       "an ESM entry imports lib/parse.mjs, which has an unterminated string",
       {"main.mjs": "import { parse } from './lib/parse.mjs';\nconsole.log(parse('a'));\n",
        "lib/parse.mjs": "export function parse(s) {\n  const sep = ',;\n  return s.split(sep);\n}\n"},
       {"file": "lib/parse.mjs", "line": 2}, "SyntaxError"),
    sc("z_r4_syn_python_child_of_node_3", "syntax", "node run-etl.js",
       "a node runner runs a Python ETL step with execSync (stdio inherited); the script has a syntax error; node's Command failed follows",
       {"run-etl.js": "const { execSync } = require('child_process');\nconsole.log('etl: step 1');\nexecSync('python3 etl/transform.py', { stdio: 'inherit' });\n",
        "etl/transform.py": "import csv\n\nrows = [r for r in csv.reader(open('in.csv')]\nprint(len(rows))\n"},
       {"file": "etl/transform.py", "line": 3}, "SyntaxError"),
    sc("z_r4_syn_javac_paren_expected_1", "syntax", "bash gradlew-lite.sh",
       "a build script compiles src/main/java/app/App.java with javac; a ')' is missing; the script prints FAILED",
       {"gradlew-lite.sh": "#!/bin/bash\necho '> Task :compileJava'\nif ! javac -d build/classes src/main/java/app/App.java; then echo 'FAILURE: Build failed with an exception.'; exit 1; fi\n",
        "src/main/java/app/App.java": "package app;\n\npublic class App {\n    public static void main(String[] args) {\n        System.out.println(\"sum \" + (1 + 2);\n    }\n}\n"},
       {"file": "src/main/java/app/App.java", "line": 5}, "javac"),
    # ---- missing module, file, permission
    sc("z_r4_mm_esm_scoped_subpath", "missing_module", "node ui.mjs",
       "an ESM file imports @acme/ui/button, a subpath of a scoped package that is not installed",
       {"ui.mjs": "import Button from '@acme/ui/button';\nconsole.log(Button);\n"}, {"module": "@acme/ui"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("z_r4_j_fnf_system_property", "file_not_found", "java -Dconfig=conf/prod.properties Server.java",
       "a Java server loads the properties file named by -Dconfig; it does not exist (FileNotFoundException, uncaught)",
       {"Server.java": "import java.io.*;\nimport java.util.Properties;\npublic class Server {\n    public static void main(String[] a) throws Exception {\n"
        "        Properties p = new Properties();\n        p.load(new FileInputStream(System.getProperty(\"config\")));\n        System.out.println(p);\n    }\n}\n"},
       {"path": "conf/prod.properties"}, "java.io.FileNotFoundException", dirs=["conf"]),
    sc("z_r4_fnf_access_check_message", "file_not_found", "node start.mjs",
       "an ESM start script checks its secrets file with fs.access and prints its own message with the code; exit 1",
       {"start.mjs": "import { access } from 'node:fs/promises';\ntry {\n  await access('config/secrets.json');\n} catch (e) {\n"
        "  console.error(`config/secrets.json is missing (${e.code}); copy config/secrets.example.json first`);\n  process.exit(1);\n}\n",
        "config/secrets.example.json": "{}\n"},
       {"path": "config/secrets.json"}, ""),
    sc("z_r4_perm_node_chmod_denied_execsync", "permission", "node deploy.js",
       "a deploy script runs ./scripts/migrate.sh through execSync (a shell); the script has no execute bit (sh: Permission denied, Command failed)",
       {"deploy.js": "const { execSync } = require('child_process');\nconsole.log('deploy: migrating');\nexecSync('./scripts/migrate.sh', { stdio: 'inherit' });\n",
        "scripts/migrate.sh": "#!/bin/sh\necho migrate\n"},
       {"path": "scripts/migrate.sh"}, "Error: Command failed", modes={"scripts/migrate.sh": 0o644}),
    # ---- negatives
    sc("z_r4_neg_ws_1001_reconnected_2", "negative", "node live.js",
       "a ws client gets 1001 (going away) during a deploy, logs it, reconnects to the new instance and finishes normally; exit 0",
       {"live.js": "const WebSocket = require('ws');\nconst urls = ['ws://127.0.0.1:{{a}}/l', 'ws://127.0.0.1:{{b}}/l'];\nfunction go(i) {\n  const ws = new WebSocket(urls[i]);\n"
        "  ws.on('close', (code) => {\n    console.log(`live socket closed ${code}`);\n    if (code === 1001) return go(i + 1);\n  });\n}\ngo(0);\n"},
       {}, "", servers={"a": ("ws", "close", 1001, "going away"), "b": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("z_r4_neg_punycode_deprecation", "negative", "node idn.js",
       "a script requires the deprecated punycode module (DEP0040 warning) and finishes; exit 0",
       {"idn.js": "const punycode = require('punycode');\nconsole.log(punycode.toASCII('bücher.example'));\n"}, {}, "DeprecationWarning", exit=0),
    sc("z_r4_neg_java_cache_warn_continue", "negative", "java Render.java",
       "a Java renderer logs a WARN that its cache at 127.0.0.1:P refused the connection, continues without cache and finishes; exit 0",
       {"Render.java": "import java.net.*;\npublic class Render {\n    public static void main(String[] a) {\n        try (Socket s = new Socket(\"127.0.0.1\", {{api}})) {\n            System.out.println(\"cache on\");\n"
        "        } catch (java.io.IOException e) {\n            System.out.println(\"WARN cache 127.0.0.1:{{api}} unavailable (\" + e + \"), continuing without cache\");\n        }\n        System.out.println(\"rendered 12 pages\");\n    }\n}\n"},
       {}, "", servers=CLOSED, exit=0),
    sc("z_r4_neg_node_test_todo_skip", "negative", "node --test",
       "node --test with a todo and a skipped test whose titles mention ENOENT and JSON errors; the others pass; exit 0",
       {"test/io.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n\n"
        "test('reads the default config', () => assert.ok(true));\ntest('handles ENOENT for a missing override', { todo: 'not implemented yet' }, () => {});\n"
        "test('rejects SyntaxError in a corrupt cache file', { skip: 'flaky on CI' }, () => {});\n"},
       {}, "", exit=0),
    sc("z_r4_neg_schema_warnings_summary", "negative", "python3 validate.py",
       "a validator checks three JSON files, prints two warnings and '0 errors, 2 warnings'; exit 0",
       {"validate.py": "import json\nfor f in ['a.json', 'b.json', 'c.json']:\n    d = json.load(open(f))\n    if 'version' not in d:\n        print(f'warning: {f}: missing \"version\" (defaulting to 1)')\nprint('3 files checked: 0 errors, 2 warnings')\n",
        "a.json": '{"version": 2}\n', "b.json": '{"name": "b"}\n', "c.json": '{"name": "c"}\n'},
       {}, "", exit=0),
]

# round 5 (z_r5_*): blind, train-hashed; the cause printed early then noise, several errors, TAP output, wrappers in wrappers
R5 = [
    sc("z_r5_conn_early_then_cleanup", "connection", "node sync-catalog.js",
       "a sync job's fetch is refused; it prints the error, then a long shutdown sequence (pool closed, metrics flushed, 'shutdown complete') and exits 1",
       {"sync-catalog.js": "(async () => {\n  try {\n    await fetch('http://127.0.0.1:{{api}}/catalog');\n  } catch (e) {\n    console.error('catalog sync failed:', e.cause ? e.cause.message : e.message);\n  }\n"
        "  for (const s of ['closing db pool (3 connections)', 'flushing 0 metrics', 'removing tmp/catalog.lock', 'stopping scheduler', 'shutdown complete']) console.log(`cleanup: ${s}`);\n  process.exit(1);\n})();\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers=CLOSED),
    sc("z_r5_fnf_optional_then_required_2", "file_not_found", "node boot.js",
       "a boot script warns that optional .env.local is missing (skipped), then crashes reading config/app.yaml, which is missing too",
       {"boot.js": "const fs = require('fs');\nif (!fs.existsSync('.env.local')) console.warn('warn: .env.local not found, skipping local overrides');\nconst cfg = fs.readFileSync('config/app.yaml', 'utf8');\nconsole.log(cfg.length);\n"},
       {"path": "config/app.yaml"}, "Error: ENOENT", dirs=["config"]),
    sc("z_r5_mm_node_test_tap_nock_2", "missing_module", "node --test test/",
       "node --test (TAP output, not a TTY): a test file requires nock, which is not installed; the failure is a TAP 'not ok' with its YAML block",
       {"test/http.test.js": "const test = require('node:test');\nconst nock = require('nock');\ntest('mocks the API', () => {\n  nock('http://api.test').get('/').reply(200);\n});\n",
        "test/unit.test.js": "const test = require('node:test');\ntest('unit', () => {});\n"},
       {"module": "nock"}, "Error: Cannot find module"),
    sc("z_r5_json_node_test_tap_fixture", "json_format", "node --test",
       "node --test: a test named after its fixture parses test/fixtures/user.json, which has a trailing comma; TAP reports the SyntaxError",
       {"test/user.test.js": "const test = require('node:test');\nconst fs = require('fs');\n\ntest('parses test/fixtures/user.json', () => {\n  JSON.parse(fs.readFileSync('test/fixtures/user.json', 'utf8'));\n});\n",
        "test/fixtures/user.json": '{\n  "id": 1,\n  "name": "ann",\n}\n'},
       {"json_file": "test/fixtures/user.json"}, "SyntaxError"),
    sc("z_r5_perm_make_npm_build_nested_1", "permission", "make deploy",
       "make deploy runs npm run build, whose node script writes dist/index.html into a read-only dist; npm's and make's errors follow",
       {"Makefile": ".PHONY: deploy\ndeploy:\n\tnpm run build\n\t@echo deployed\n",
        "package.json": '{"name": "site", "version": "1.0.0", "scripts": {"build": "node build.js"}}\n',
        "build.js": "const fs = require('fs');\nconsole.log('rendering 1 page');\nfs.writeFileSync('dist/index.html', '<h1>home</h1>');\n"},
       {"path": "dist/index.html"}, "Error: EACCES", dirs=["dist"], modes={"dist": 0o555}, drop_caps=True, tool="make"),
    sc("z_r5_syn_make_java_then_node_1", "syntax", "make all",
       "make all compiles Java (fine) and then checks the node sources; node --check fails on a missing closing bracket",
       {"Makefile": ".PHONY: all\nall:\n\tjavac -d build Hello.java\n\tnode --check web/app.js\n\t@echo all done\n",
        "Hello.java": "public class Hello {\n    public static void main(String[] a) {\n        System.out.println(\"hi\");\n    }\n}\n",
        "web/app.js": "const items = [1, 2, 3;\nmodule.exports = items;\n"},
       {"file": "web/app.js", "line": 1}, "SyntaxError", tool="make"),
    sc("z_r5_ws_app_code_retry_giving_up", "websocket", "node orders-feed.js",
       "a ws client prints 'feed: close 4429 too many connections, retry N/2' for each close, then 'feed: giving up'",
       {"orders-feed.js": "const WebSocket = require('ws');\nlet n = 0;\nfunction go() {\n  const ws = new WebSocket('ws://127.0.0.1:{{ws}}/orders');\n  ws.on('close', (code, reason) => {\n"
        "    n++;\n    if (n <= 2) {\n      console.error(`feed: close ${code} ${reason}, retry ${n}/2`);\n      return setTimeout(go, 50);\n    }\n    console.error('feed: giving up');\n    process.exit(1);\n  });\n}\ngo();\n"},
       {"close_code": 4429}, "", servers={"ws": ("ws", "close", 4429, "too many connections")}, setup=WS_LINK, requires=WS_REQ),
    sc("z_r5_j_conn_warn_then_severe", "connection", "java Indexer.java",
       "a Java indexer logs 'connecting to 127.0.0.1:P', WARNs twice about retries, then dies with an exception caused by ConnectException",
       {"Indexer.java": "import java.net.*;\npublic class Indexer {\n    public static void main(String[] a) throws Exception {\n        String host = \"127.0.0.1\";\n        int port = {{api}};\n"
        "        System.out.println(\"INFO connecting to \" + host + \":\" + port);\n        for (int i = 1; ; i++) {\n            try {\n                new Socket(host, port).close();\n                return;\n"
        "            } catch (ConnectException e) {\n                if (i == 3) throw new IllegalStateException(\"search backend unavailable\", e);\n"
        "                System.out.println(\"WARN retry \" + i + \"/2 in 100ms\");\n                Thread.sleep(100);\n            }\n        }\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.lang.IllegalStateException", servers=CLOSED),
    sc("z_r5_imp_named_from_cjs_package_2", "import_error", "node report.mjs",
       "an ESM report imports a named export from a CommonJS package whose module.exports is a function",
       {"report.mjs": "import { format } from 'money-fmt';\nconsole.log(format(3));\n",
        "node_modules/money-fmt/package.json": '{"name": "money-fmt", "version": "1.0.0", "main": "index.js"}\n',
        "node_modules/money-fmt/index.js": "module.exports = function (n) {\n  return n.toFixed(2);\n};\n"},
       {"name": "format", "from_module": "money-fmt"}, "SyntaxError"),
    sc("z_r5_mm_python_node_bridge_sharp", "missing_module", "python3 thumbs.py",
       "a Python thumbnailer shells out to node to require sharp (check_output); node's Cannot find module and the CalledProcessError follow",
       {"thumbs.py": "import subprocess\nprint('making thumbnails')\nsubprocess.check_output(['node', '-e', \"require('sharp')('in.png').resize(64).toFile('out.png')\"])\n"},
       {"module": "sharp"}, "subprocess.CalledProcessError"),
    sc("z_r5_fnf_npm_java_formatter_jar", "file_not_found", "npm run format",
       "npm run format runs java -jar tools/google-java-format.jar, which was never downloaded; java's message and npm's wrapper",
       {"package.json": '{"name": "app", "version": "1.0.0", "scripts": {"format": "java -jar tools/google-java-format.jar --replace src/App.java"}}\n',
        "src/App.java": "class App {}\n"},
       {"path": "tools/google-java-format.jar"}, "Error: Unable to access jarfile", dirs=["tools"], tool="npm", ecosystem="node"),
    sc("z_r5_j_json_invalid_json_message_2", "json_format", "java Settings.java",
       "a Java program's own IllegalArgumentException says 'Invalid JSON in settings.json at line 4: expected , or }'",
       {"Settings.java": "import java.nio.file.*;\npublic class Settings {\n    public static void main(String[] a) throws Exception {\n        String s = Files.readString(Path.of(\"settings.json\"));\n"
        "        if (s.contains(\"\\\"b\\\": 2\\n  \\\"c\\\"\")) throw new IllegalArgumentException(\"Invalid JSON in settings.json at line 4: expected ',' or '}'\");\n    }\n}\n",
        "settings.json": '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}\n'},
       {"json_file": "settings.json", "line": 4}, "java.lang.IllegalArgumentException"),
    sc("z_r5_syn_node_test_tap_syntax_1", "syntax", "node --test",
       "node --test: one of two test files has an unexpected token; TAP reports it as a failed file",
       {"test/ok.test.js": "const test = require('node:test');\ntest('ok', () => {});\n",
        "test/broken.test.js": "const test = require('node:test');\n\ntest('adds', () => {\n  const x = 1 +* 2;\n});\n"},
       {"file": "test/broken.test.js", "line": 4}, "SyntaxError"),
    sc("z_r5_ws_transport_error_url_2", "websocket", "node live-chat.js",
       "a realtime client prints a socket.io-style transport error naming the ws:// URL and ECONNREFUSED, then exits 1",
       {"live-chat.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{api}}/socket.io/?EIO=4&transport=websocket';\nconst ws = new WebSocket(url);\n"
        "ws.on('error', (e) => {\n  console.error(`transport error: websocket connection to ${url} failed: ${e.message}`);\n  process.exit(1);\n});\n"},
       {"url": "ws://127.0.0.1:{{api}}/socket.io/?EIO=4&transport=websocket", "port": "{{api}}"}, "", servers=CLOSED, setup=WS_LINK, requires=WS_REQ),
    sc("z_r5_py_perm_json_dump_ro", "permission", "python3 track.py",
       "a Python tracker writes its progress with json.dump into state/progress.json, which is read-only (PermissionError, without capabilities)",
       {"track.py": "import json\nprint('processed 10 items')\nwith open('state/progress.json', 'w') as f:\n    json.dump({'done': 10}, f)\n", "state/progress.json": "{}\n"},
       {"path": "state/progress.json"}, "PermissionError", modes={"state/progress.json": 0o444}, drop_caps=True),
    # ---- negatives
    sc("z_r5_neg_max_listeners_warning", "negative", "node events.js",
       "a script adds 11 listeners to one emitter (MaxListenersExceededWarning) and finishes; exit 0",
       {"events.js": "const { EventEmitter } = require('events');\nconst e = new EventEmitter();\nfor (let i = 0; i < 11; i++) e.on('tick', () => {});\ne.emit('tick');\nconsole.log('ticked');\n"},
       {}, "MaxListenersExceededWarning", exit=0),
    sc("z_r5_neg_ws_normal_then_typeerror_2", "negative", "node digest.js",
       "a ws client's session ends normally (1000), then the program's own digest code throws a TypeError; exit 1",
       {"digest.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/d');\nws.on('close', (code) => {\n  console.log(`session closed ${code}`);\n"
        "  const summary = undefined;\n  console.log(summary.total.toFixed(2));\n});\n"},
       {}, "TypeError", servers={"ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ),
    sc("z_r5_neg_tap_expected_refused", "negative", "node --test",
       "node --test (TAP): a test that expects ECONNREFUSED passes ('ok 1 - reports connect ECONNREFUSED'); exit 0",
       {"test/down.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst net = require('net');\n\n"
        "test('reports connect ECONNREFUSED 127.0.0.1 for a stopped service', async () => {\n  await assert.rejects(new Promise((res, rej) => net.connect({{api}}, '127.0.0.1').on('error', rej).on('connect', res)), { code: 'ECONNREFUSED' });\n});\n"},
       {}, "", servers=CLOSED, exit=0),
    sc("z_r5_neg_py_data_assert", "negative", "python3 check_totals.py",
       "a data check asserts that no totals are negative (AssertionError: 3 rows have negative totals); exit 1",
       {"check_totals.py": "rows = [5, -1, 3, -2, -7]\nbad = [r for r in rows if r < 0]\nassert not bad, f'{len(bad)} rows have negative totals'\nprint('ok')\n"},
       {}, "AssertionError"),
    sc("z_r5_neg_http_500_quotes_enoent_1", "negative", "node fetch-report.mjs",
       "a client gets HTTP 500 whose JSON body quotes the server's own ENOENT; it prints status and body and exits 1",
       {"fetch-report.mjs": "const r = await fetch('http://127.0.0.1:{{api}}/report');\nif (!r.ok) {\n  console.error(`report failed: HTTP ${r.status}`);\n  console.error(await r.text());\n  process.exit(1);\n}\n"},
       {}, "", servers={"api": ("http", 500, '{"error": "ENOENT: no such file or directory, open \'/srv/reports/2026-12.csv\'"}\n', {"Content-Type": "application/json"})}),
    sc("z_r5_neg_java_harness_expected_refused_1", "negative", "java NetSelfTest.java",
       "a Java self-test prints 'java.net.ConnectException: Connection refused (expected)' for a test that expects a refusal; all pass; exit 0",
       {"NetSelfTest.java": "import java.net.*;\npublic class NetSelfTest {\n    public static void main(String[] a) {\n        try {\n            new Socket(\"127.0.0.1\", {{api}}).close();\n            System.out.println(\"FAIL expected a refusal\");\n            System.exit(1);\n"
        "        } catch (Exception e) {\n            System.out.println(e + \" (expected)\");\n            System.out.println(\"PASS refusedPortIsReported\");\n        }\n        System.out.println(\"1 passed, 0 failed\");\n    }\n}\n"},
       {}, "", servers=CLOSED, exit=0),
    sc("z_r5_neg_make_test_assert_after_build_3", "negative", "make check",
       "make check builds (javac ok) and then a node test fails on wrong rounding; make reports Error 1",
       {"Makefile": ".PHONY: check\ncheck:\n\tjavac -d build Util.java\n\tnode --test test/\n",
        "Util.java": "class Util {}\n", "test/round.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\ntest('rounds to cents', () => assert.strictEqual(Math.round(1.005 * 100) / 100, 1.01));\n"},
       {}, "AssertionError", tool="make"),
]

SCENARIOS = NODE + JAVA + PYTHON + SHELL + R2 + R3 + R4 + R5
