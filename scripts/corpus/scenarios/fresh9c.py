"""Round 7 of the ninth fresh set's train half (prefix t_r7_, split fresh9_train by the hash of the name: only names that
hash to train are kept), Node.js only, written for issue 14 by a rule writer (s12-node3) who had read the rules and the
parsers (not blind). Labels were written before any capture. Aim: the KEY DETAIL in a hard place: a program's own line
with err.message only, util.inspect, winston/pino JSON fields, npm wrappers, child_process stderr inside the parent's
`Command failed`, workers, node --test TAP blocks, require/import of JSON files, files and addresses only in argv or env;
with negatives that quote the same words."""
from scenarios.common import sc, WS_LINK, WS_REQ, pkg

CLOSED = {"api": ("closed",)}
ESM_PKG = '{"name": "app", "version": "1.0.0", "type": "module"}\n'


def jlog(level, msg, extra):
    """JS source of a winston-like JSON log line."""
    return "console.log(JSON.stringify({ level: '%s', message: %s, %s }));" % (level, msg, extra)


SCENARIOS = [
    # ---------------- missing_module ----------------
    sc("t_r7_mm_npm_build_script_e", "missing_module", "npm run build",
       "an npm build script runs node scripts/build.js, which requires esbuild; it is not installed: npm prints its wrapper "
       "lines around node's Require stack",
       {"package.json": pkg({"build": "node scripts/build.js"}),
        "scripts/build.js": "const esbuild = require('esbuild');\nesbuild.buildSync({ entryPoints: ['src/index.js'], outfile: 'dist/app.js' });\n"},
       {"module": "esbuild"}, "Error: Cannot find module"),
    sc("t_r7_mm_plugin_import_message_only_b", "missing_module", "node load-plugins.mjs",
       "a plugin loader imports a package named in its config and prints only err.message before exiting 1",
       {"load-plugins.mjs": "const plugins = ['acme-plugin-csv'];\nfor (const name of plugins) {\n  try {\n    await import(name);\n"
        "  } catch (err) {\n    console.error(`plugin ${name} failed to load: ${err.message}`);\n    process.exit(1);\n  }\n}\n"},
       {"module": "acme-plugin-csv"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("t_r7_mm_worker_native_dep", "missing_module", "node import-jobs.js",
       "a worker thread requires better-sqlite3, which is not installed; the main thread logs the worker's error event",
       {"import-jobs.js": "const { Worker } = require('worker_threads');\nconst w = new Worker(__dirname + '/db-worker.js');\n"
        "w.on('error', (err) => { console.error('db worker failed:', err); process.exitCode = 1; });\n",
        "db-worker.js": "const Database = require('better-sqlite3');\nconst db = new Database('jobs.db');\n"},
       {"module": "better-sqlite3"}, "Error: Cannot find module"),
    sc("t_r7_mm_child_migrate_knex_c", "missing_module", "node deploy.js",
       "a deploy script runs node migrate.js with execFileSync and inherited stderr; migrate.js requires knex, which is "
       "missing; the child's crash is followed by the parent's Command failed",
       {"deploy.js": "const { execFileSync } = require('child_process');\nconsole.log('running migrations');\n"
        "execFileSync('node', ['migrate.js'], { stdio: 'inherit' });\nconsole.log('deployed');\n",
        "migrate.js": "const knex = require('knex')({ client: 'pg' });\nknex.migrate.latest();\n"},
       {"module": "knex"}, "Error: Cannot find module"),
    sc("t_r7_mm_pino_err_field_d", "missing_module", "node cache.js",
       "a service logs pino-like JSON: its err field holds the MODULE_NOT_FOUND error of ioredis (message, code, stack), "
       "then exits 1",
       {"cache.js": "let Redis;\ntry {\n  Redis = require('ioredis');\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 50, time: Date.now(), pid: process.pid, msg: 'cache backend unavailable', "
        "err: { type: err.name, message: err.message, code: err.code, stack: err.stack } }));\n  process.exit(1);\n}\n"},
       {"module": "ioredis"}, "Error: Cannot find module"),
    sc("t_r7_mm_loader_ts_node_esm_b", "missing_module", "node --loader ts-node/esm src/main.ts",
       "a TypeScript entry is run with --loader ts-node/esm, but ts-node is not installed",
       {"package.json": ESM_PKG, "src/main.ts": "const port: number = 8080;\nconsole.log(port);\n"},
       {"module": "ts-node"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("t_r7_mm_import_tsx", "missing_module", "node --import tsx src/cli.ts",
       "a TypeScript CLI is started with --import tsx, which is not installed",
       {"src/cli.ts": "export const main = (): void => console.log('hi');\nmain();\n"},
       {"module": "tsx"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("t_r7_mm_scoped_message_only_c", "missing_module", "node instrument.js",
       "an instrumentation preload prints only err.message of require('@sentry/node'), which includes the Require stack",
       {"instrument.js": "try {\n  require('@sentry/node').init({ dsn: process.env.SENTRY_DSN });\n} catch (err) {\n"
        "  console.error('instrumentation disabled:', err.message);\n  process.exit(1);\n}\n"},
       {"module": "@sentry/node"}, "Error: Cannot find module"),
    sc("t_r7_mm_winston_message_esm_b", "missing_module", "node server.mjs",
       "an ESM server logs a winston-like JSON line whose message is the ERR_MODULE_NOT_FOUND message for fastify",
       {"package.json": ESM_PKG,
        "server.mjs": "try {\n  const { default: Fastify } = await import('fastify');\n  Fastify().listen({ port: 0 });\n} catch (err) {\n  "
        + jlog("error", "err.message", "code: err.code, service: 'api'") + "\n  process.exit(1);\n}\n"},
       {"module": "fastify"}, "Error [ERR_MODULE_NOT_FOUND]"),
    # ---------------- import_error ----------------
    sc("t_r7_imp_named_export_missing_test_c", "import_error", "node --test test/",
       "a node:test file imports { formatDate } from ../lib/dates.js, which exports only formatTime; the test file fails "
       "while loading",
       {"package.json": ESM_PKG, "lib/dates.js": "export const formatTime = (d) => d.toISOString().slice(11, 19);\n",
        "test/dates.test.js": "import { test } from 'node:test';\nimport assert from 'node:assert';\nimport { formatDate } from '../lib/dates.js';\n"
        "test('formats', () => { assert.equal(formatDate(new Date(0)), '1970-01-01'); });\n"},
       {"name": "formatDate", "from_module": "../lib/dates.js"}, "SyntaxError"),
    sc("t_r7_imp_subpath_not_exported_message_b", "import_error", "node report.js",
       "a report script requires datekit/lib/parse; the package's exports map exposes only '.', and the script prints err.message",
       {"report.js": "try {\n  const parse = require('datekit/lib/parse');\n  console.log(parse('2024-01-01'));\n} catch (err) {\n"
        "  console.error('report failed:', err.message);\n  process.exit(1);\n}\n",
        "node_modules/datekit/package.json": '{"name": "datekit", "version": "2.0.0", "exports": {".": "./index.js"}}\n',
        "node_modules/datekit/index.js": "module.exports = {};\n", "node_modules/datekit/lib/parse.js": "module.exports = (s) => new Date(s);\n"},
       {"name": "./lib/parse", "from_module": "datekit"}, "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]"),
    # ---------------- file_not_found ----------------
    sc("t_r7_fnf_message_only_settings", "file_not_found", "node start.js",
       "a starter reads config/settings.yaml with fs/promises and prints 'startup failed:' with err.message only",
       {"start.js": "const { readFile } = require('fs/promises');\nreadFile('config/settings.yaml', 'utf8').then(() => console.log('ok'))"
        ".catch((err) => { console.error('startup failed:', err.message); process.exit(1); });\n"},
       {"path": "config/settings.yaml"}, "Error: ENOENT"),
    sc("t_r7_fnf_esm_uncaught_template", "file_not_found", "node send-welcome.mjs",
       "an ESM mailer awaits readFile of templates/email/welcome.html at top level; node prints the error object",
       {"send-welcome.mjs": "import { readFile } from 'node:fs/promises';\nconst html = await readFile(new URL('./templates/email/welcome.html', import.meta.url), 'utf8');\nconsole.log(html.length);\n"},
       {"path": "templates/email/welcome.html"}, "Error: ENOENT"),
    sc("t_r7_fnf_inspect_depth0", "file_not_found", "node export.js",
       "an exporter logs util.inspect(err, { depth: 0 }) of a failed open of exports/2024/summary.csv (folder missing)",
       {"export.js": "const fs = require('fs');\nconst util = require('util');\ntry {\n  fs.writeFileSync('exports/2024/summary.csv', 'a,b\\n');\n"
        "} catch (err) {\n  console.error(util.inspect(err, { depth: 0 }));\n  process.exit(1);\n}\n"},
       {"path": "exports/2024/summary.csv", "missing_dir": "exports/2024"}, "Error: ENOENT"),
    sc("t_r7_fnf_winston_tls_key_b", "file_not_found", "node https-server.js",
       "an https server reads certs/server.key; a winston-like JSON line carries err.message only",
       {"https-server.js": "const fs = require('fs');\ntry {\n  const key = fs.readFileSync(__dirname + '/certs/server.key');\n} catch (err) {\n  "
        + jlog("error", "err.message", "service: 'edge', timestamp: new Date().toISOString()") + "\n  process.exit(1);\n}\n"},
       {"path": "certs/server.key"}, "Error: ENOENT"),
    sc("t_r7_fnf_stream_error_code_only_d", "file_not_found", "node ingest.js",
       "an ingester's read stream error handler prints `cannot read <path>: <code>` and sets exit code 1",
       {"ingest.js": "const fs = require('fs');\nconst s = fs.createReadStream(__dirname + '/data/in.ndjson');\n"
        "s.on('error', (err) => { console.error(`cannot read ${err.path}: ${err.code}`); process.exitCode = 1; });\ns.on('data', () => {});\n"},
       {"path": "data/in.ndjson"}, "ENOENT"),
    sc("t_r7_fnf_import_json_missing", "file_not_found", "node boot.mjs",
       "an ESM program imports ./config/app.json with { type: 'json' }; the file does not exist",
       {"boot.mjs": "import config from './config/app.json' with { type: 'json' };\nconsole.log(config.port);\n"},
       {"path": "config/app.json"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("t_r7_fnf_require_json_missing_b", "file_not_found", "node server.js",
       "a server requires ./config/local.json, which nobody created",
       {"server.js": "const cfg = require('./config/local.json');\nconsole.log(cfg.port);\n", "config/default.json": '{"port": 3000}\n'},
       {"path": "config/local.json"}, "Error: Cannot find module"),
    sc("t_r7_fnf_node_test_fixture", "file_not_found", "node --test test/",
       "a node:test file reads fixtures/orders.csv relative to the test; the fixture was never committed",
       {"test/orders.test.js": "const { test } = require('node:test');\nconst fs = require('fs');\nconst path = require('path');\n"
        "test('parses orders', () => {\n  const csv = fs.readFileSync(path.join(__dirname, 'fixtures/orders.csv'), 'utf8');\n  if (!csv) throw new Error('empty');\n});\n"},
       {"path": "test/fixtures/orders.csv"}, "Error: ENOENT"),
    sc("t_r7_fnf_argv_file_message_only", "file_not_found", "node wc.js reports/q3.txt",
       "a word counter reads the file named in argv and prints err.message only",
       {"wc.js": "const fs = require('fs');\ntry {\n  console.log(fs.readFileSync(process.argv[2], 'utf8').split(/\\s+/).length);\n"
        "} catch (err) {\n  console.error(err.message);\n  process.exit(2);\n}\n"},
       {"path": "reports/q3.txt"}, "Error: ENOENT", exit=2),
    # ---------------- json_format ----------------
    sc("t_r7_json_require_trailing_comma_b", "json_format", "node app.js",
       "an app requires ./config/app.json, which has a trailing comma",
       {"app.js": "const cfg = require('./config/app.json');\nconsole.log(cfg.port);\n",
        "config/app.json": '{\n  "port": 8080,\n  "debug": true,\n}\n'},
       {"json_file": "config/app.json"}, "SyntaxError"),
    sc("t_r7_json_own_line_routes", "json_format", "node router.js",
       "a router JSON.parses data/routes.json and prints `invalid JSON in data/routes.json: <message>`",
       {"router.js": "const fs = require('fs');\nconst file = 'data/routes.json';\ntry {\n  JSON.parse(fs.readFileSync(file, 'utf8'));\n"
        "} catch (err) {\n  console.error(`invalid JSON in ${file}: ${err.message}`);\n  process.exit(1);\n}\n",
        "data/routes.json": '[\n  {"path": "/", "to": "home"}\n  {"path": "/about", "to": "about"}\n]\n'},
       {"json_file": "data/routes.json"}, "SyntaxError"),
    sc("t_r7_json_argv_uncaught", "json_format", "node load-users.js fixtures/users.json",
       "a loader JSON.parses the file named in argv without catching; the file ends early",
       {"load-users.js": "const fs = require('fs');\nconst users = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));\nconsole.log(users.length);\n",
        "fixtures/users.json": '[{"id": 1, "name": "ann"}, {"id": 2, "name": "bo"\n'},
       {"json_file": "fixtures/users.json"}, "SyntaxError"),
    sc("t_r7_json_import_attribute_broken_b", "json_format", "node countries.mjs",
       "an ESM program imports data/countries.json with { type: 'json' }; the file has a single-quoted key",
       {"countries.mjs": "import countries from './data/countries.json' with { type: 'json' };\nconsole.log(countries.length);\n",
        "data/countries.json": "[{'code': 'DE'}]\n"},
       {"json_file": "data/countries.json"}, "SyntaxError"),
    sc("t_r7_json_pino_cache", "json_format", "node warm.js",
       "a cache warmer logs pino-like JSON naming state/cache.json in a file field, its err a SyntaxError, and exits 1",
       {"warm.js": "const fs = require('fs');\nconst file = 'state/cache.json';\ntry {\n  JSON.parse(fs.readFileSync(file, 'utf8'));\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 50, time: Date.now(), file, err: { type: err.name, message: err.message, stack: err.stack }, msg: 'cannot load cache' }));\n"
        "  process.exit(1);\n}\n", "state/cache.json": '{"entries": [1, 2, 3'},
       {"json_file": "state/cache.json"}, "SyntaxError"),
    sc("t_r7_json_worker_queue", "json_format", "node run-queue.js",
       "a worker parses the queue file given in workerData; the main thread prints `worker for jobs/queue.json failed:` and the error",
       {"run-queue.js": "const { Worker } = require('worker_threads');\nconst file = 'jobs/queue.json';\n"
        "const w = new Worker(__dirname + '/queue-worker.js', { workerData: file });\n"
        "w.on('error', (err) => { console.error(`worker for ${file} failed:`, err); process.exitCode = 1; });\n",
        "queue-worker.js": "const { workerData } = require('worker_threads');\nconst fs = require('fs');\nJSON.parse(fs.readFileSync(workerData, 'utf8'));\n",
        "jobs/queue.json": '{"jobs": [{"id": 1,}]}\n'},
       {"json_file": "jobs/queue.json"}, "SyntaxError"),
    sc("t_r7_json_test_title_fixture", "json_format", "node --test test/",
       "a node:test test titled with its fixture fixtures/orders.json fails on JSON.parse of the broken fixture",
       {"test/orders.test.js": "const { test } = require('node:test');\nconst fs = require('fs');\nconst path = require('path');\n"
        "test('loads fixtures/orders.json', () => {\n  JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/orders.json'), 'utf8'));\n});\n",
        "test/fixtures/orders.json": '{"orders": [ {"id": 1} {"id": 2} ]}\n'},
       {"json_file": "test/fixtures/orders.json"}, "SyntaxError"),
    sc("t_r7_json_env_file_path", "json_format", "FEATURES_FILE=conf/features.json node flags.js",
       "a feature-flag loader reads the JSON file named by FEATURES_FILE; it is empty; the uncaught error names no file",
       {"flags.js": "const fs = require('fs');\nconst flags = JSON.parse(fs.readFileSync(process.env.FEATURES_FILE, 'utf8'));\nconsole.log(Object.keys(flags));\n",
        "conf/features.json": ""},
       {"json_file": "conf/features.json"}, "SyntaxError"),
    # ---------------- syntax ----------------
    sc("t_r7_syn_npm_test_app", "syntax", "npm test",
       "npm test runs node src/app.js, which misses a closing parenthesis; npm's wrapper follows node's pointer",
       {"package.json": pkg({"test": "node src/app.js"}),
        "src/app.js": "const items = [1, 2, 3];\nconsole.log(items.map((x) => x * 2);\n"},
       {"file": "src/app.js", "line": 2}, "SyntaxError"),
    sc("t_r7_syn_child_execsync", "syntax", "node generate.js",
       "a generator runs node tools/gen-types.js with execSync (piped); the child's SyntaxError is inside the parent's error",
       {"generate.js": "const { execSync } = require('child_process');\nexecSync('node tools/gen-types.js');\nconsole.log('generated');\n",
        "tools/gen-types.js": "const types = ['a', 'b'];\nfor (const t of types) {\n  console.log(t)\n\n"},
       {"file": "tools/gen-types.js"}, "SyntaxError"),
    sc("t_r7_syn_worker_script", "syntax", "node calc.js",
       "the main thread starts workers/sum.js, which has a stray `=>`; the worker's SyntaxError reaches the main thread",
       {"calc.js": "const { Worker } = require('worker_threads');\nnew Worker(__dirname + '/workers/sum.js');\n",
        "workers/sum.js": "const { parentPort } = require('worker_threads');\nconst sum = (a, b) => => a + b;\nparentPort.postMessage(sum(1, 2));\n"},
       {"file": "workers/sum.js", "line": 2}, "SyntaxError"),
    sc("t_r7_syn_config_js_double_comma", "syntax", "node index.js",
       "index.js requires ./config.js, whose object literal has a missing comma between properties",
       {"index.js": "const config = require('./config.js');\nconsole.log(config.port);\n",
        "config.js": "module.exports = {\n  port: 8080\n  host: '0.0.0.0',\n};\n"},
       {"file": "config.js", "line": 3}, "SyntaxError"),
    # ---------------- connection ----------------
    sc("t_r7_conn_fetch_message_and_cause_b", "connection", "node sync.mjs",
       "a sync job prints `request failed:` with err.message and err.cause.message of a refused fetch",
       {"sync.mjs": "try {\n  await fetch('http://127.0.0.1:{{api}}/v1/sync', { method: 'POST' });\n} catch (err) {\n"
        "  console.error('request failed:', err.message, '-', err.cause?.message);\n  process.exit(1);\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    sc("t_r7_conn_http_get_code_only", "connection", "node health.js http://127.0.0.1:{{api}}/health",
       "a health checker prints `GET <url> -> <err.code>` for a refused http.get",
       {"health.js": "const http = require('http');\nconst url = process.argv[2];\nhttp.get(url, (res) => console.log(res.statusCode))"
        ".on('error', (err) => { console.error(`GET ${url} -> ${err.code}`); process.exit(1); });\n"},
       {"url": "http://127.0.0.1:{{api}}/health", "host": "127.0.0.1", "port": "{{api}}"}, "ECONNREFUSED", servers=CLOSED),
    sc("t_r7_conn_env_database_url_b", "connection", "DATABASE_URL=postgres://app@127.0.0.1:{{api}}/orders node db-check.js",
       "a db check parses DATABASE_URL and net.connects to its host and port; the refusal is uncaught",
       {"db-check.js": "const net = require('net');\nconst u = new URL(process.env.DATABASE_URL);\n"
        "net.connect(Number(u.port), u.hostname, () => { console.log('db up'); process.exit(0); });\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("t_r7_conn_json_gave_up_b", "connection", "node queue-consumer.js",
       "a consumer logs JSON warnings per refused retry, then a fatal line `redis unavailable after 3 attempts` with host and port fields",
       {"queue-consumer.js": "const net = require('net');\nconst host = '127.0.0.1', port = {{api}};\nlet n = 0;\nfunction attempt() {\n  n++;\n"
        "  const s = net.connect(port, host);\n  s.on('connect', () => { console.log('connected'); s.end(); });\n  s.on('error', (err) => {\n"
        "    if (n < 3) { console.log(JSON.stringify({ level: 'warn', msg: 'retrying', attempt: n, code: err.code })); setTimeout(attempt, 50); return; }\n"
        "    console.log(JSON.stringify({ level: 'fatal', msg: 'redis unavailable after 3 attempts', host, port }));\n    process.exit(1);\n  });\n}\nattempt();\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers=CLOSED),
    sc("t_r7_conn_hang_up_own_line", "connection", "node scrape.js",
       "a metrics scraper's http.get gets an empty reply; it prints `GET <url> failed: socket hang up`",
       {"scrape.js": "const http = require('http');\nconst url = 'http://127.0.0.1:{{api}}/metrics';\n"
        "http.get(url, (res) => res.resume()).on('error', (err) => { console.error(`GET ${url} failed: ${err.message}`); process.exit(1); });\n"},
       {"url": "http://127.0.0.1:{{api}}/metrics", "host": "127.0.0.1", "port": "{{api}}"}, "Error: socket hang up",
       servers={"api": ("empty",)}),
    sc("t_r7_conn_net_timeout_own_line", "connection", "node wait-db.js",
       "a wait script's socket times out on a silent port and prints `timeout connecting to host:port after 800ms`",
       {"wait-db.js": "const net = require('net');\nconst host = '127.0.0.1', port = {{api}};\nconst s = net.connect(port, host);\n"
        "s.setTimeout(800, () => { console.error(`timeout talking to ${host}:${port} after 800ms`); s.destroy(); process.exit(1); });\n"
        "s.on('data', () => { console.log('banner'); process.exit(0); });\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers={"api": ("silent",)}),
    sc("t_r7_conn_child_curl", "connection", "node fetch-config.js",
       "a script runs curl -sS with execFileSync (piped stderr); curl's refusal is inside node's Command failed error",
       {"fetch-config.js": "const { execFileSync } = require('child_process');\nconst url = 'http://127.0.0.1:{{api}}/config';\n"
        "const body = execFileSync('curl', ['-sS', '--fail', url]);\nconsole.log(body.toString());\n"},
       {"url": "http://127.0.0.1:{{api}}/config", "host": "127.0.0.1", "port": "{{api}}"}, "Error: Command failed", servers=CLOSED),
    sc("t_r7_conn_node_test_integration_f", "connection", "node --test test/",
       "an integration test fetches http://127.0.0.1:P/api/items; the server is not running",
       {"package.json": ESM_PKG, "test/api.test.js": "import { test } from 'node:test';\n"
        "test('lists items', async () => {\n  const res = await fetch('http://127.0.0.1:{{api}}/api/items');\n  if (!res.ok) throw new Error(res.status);\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    sc("t_r7_conn_config_json_service", "connection", "node cache-client.js",
       "a client reads config/services.json for the cache host and port; the connection is refused and logged as `cache <host>:<port> unreachable (ECONNREFUSED)`",
       {"cache-client.js": "const net = require('net');\nconst { cache } = require('./config/services.json');\nconst s = net.connect(cache.port, cache.host);\n"
        "s.on('error', (err) => { console.error(`cache ${cache.host}:${cache.port} unreachable (${err.code})`); process.exit(1); });\n",
        "config/services.json": '{"cache": {"host": "127.0.0.1", "port": {{api}}}}\n'},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ECONNREFUSED", servers=CLOSED),
    sc("t_r7_conn_reset_inspect", "connection", "node push.js",
       "a push client logs `push to <url> failed` and then util.inspect of a read ECONNRESET",
       {"push.js": "const http = require('http');\nconst util = require('util');\nconst url = 'http://127.0.0.1:{{api}}/push';\n"
        "const req = http.request(url, { method: 'POST' }, (res) => res.resume());\n"
        "req.on('error', (err) => { console.error(`push to ${url} failed`); console.error(util.inspect(err)); process.exit(1); });\nreq.end('{}');\n"},
       {"url": "http://127.0.0.1:{{api}}/push", "host": "127.0.0.1", "port": "{{api}}"}, "Error: read ECONNRESET",
       servers={"api": ("reset",)}),
    # ---------------- websocket ----------------
    sc("t_r7_ws_close_json_log_b", "websocket", "node feed.js",
       "a ws client logs a JSON error line with the close code and reason the server sent, then exits 1",
       {"feed.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/feed');\n"
        "ws.on('close', (code, reason) => {\n  console.log(JSON.stringify({ level: 'error', msg: 'feed closed', code, reason: reason.toString() }));\n  process.exit(1);\n});\n"},
       {"close_code": 4000}, "", servers={"ws": ("ws", "close", 4000, "shutdown")}, setup=WS_LINK, requires=WS_REQ),
    sc("t_r7_ws_refused_uncaught_b", "websocket", "node live.js",
       "a ws client connects to ws://127.0.0.1:P/live; nothing listens; the error event is unhandled",
       {"live.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/live');\nws.on('open', () => console.log('open'));\n"},
       {"host": "127.0.0.1", "port": "{{ws}}"}, "Error: connect ECONNREFUSED", servers={"ws": ("closed",)}, setup=WS_LINK, requires=WS_REQ),
    sc("t_r7_ws_403_message_only_c", "websocket", "node chat.js",
       "a chat client's error handler prints `chat: <err.message>` for a 403 upgrade answer",
       {"chat.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/chat');\n"
        "ws.on('error', (err) => { console.error('chat:', err.message); process.exit(1); });\n"},
       {"http_status": 403}, "Error", servers={"ws": ("http", 403, "forbidden\n")}, setup=WS_LINK, requires=WS_REQ),
    # ---------------- permission ----------------
    sc("t_r7_perm_message_only_log_b", "permission", "node logger.js",
       "a logger appends to logs/app.log (read-only) with fs/promises and prints err.message only",
       {"logger.js": "const { appendFile } = require('fs/promises');\nappendFile('logs/app.log', 'started\\n').catch((err) => {\n"
        "  console.error(err.message);\n  process.exit(1);\n});\n", "logs/app.log": ""},
       {"path": "logs/app.log"}, "Error: EACCES", modes={"logs/app.log": 0o444}, drop_caps=True),
    sc("t_r7_perm_spawn_eacces_c", "permission", "node convert.js",
       "a converter spawns ./bin/convert, which has no execute bit; the spawn error is uncaught",
       {"convert.js": "const { spawn } = require('child_process');\nspawn('./bin/convert', ['in.png']);\n",
        "bin/convert": "#!/bin/sh\necho converting\n"},
       {"path": "bin/convert"}, "Error: spawn ./bin/convert EACCES", modes={"bin/convert": 0o644}),
    sc("t_r7_perm_npm_script_sh_d", "permission", "npm run lint",
       "an npm lint script runs ./scripts/lint.sh, which lost its execute bit",
       {"package.json": pkg({"lint": "./scripts/lint.sh"}), "scripts/lint.sh": "#!/bin/sh\necho linting\n"},
       {"path": "scripts/lint.sh"}, "Permission denied", modes={"scripts/lint.sh": 0o644}),
    sc("t_r7_perm_pino_uploads_b", "permission", "node upload.js",
       "an upload service logs pino-like JSON with err.code, err.path and message when mkdir of uploads/tmp fails (uploads is read-only)",
       {"upload.js": "const fs = require('fs');\ntry {\n  fs.mkdirSync(__dirname + '/uploads/tmp');\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 50, time: Date.now(), msg: 'cannot prepare upload dir', err: { code: err.code, path: err.path, message: err.message } }));\n"
        "  process.exit(1);\n}\n"},
       {"path": "uploads/tmp"}, "Error: EACCES", dirs=["uploads"], modes={"uploads": 0o555}, drop_caps=True),
    # ---------------- negatives ----------------
    sc("t_r7_neg_fetch_404_logged", "negative", "node items.mjs",
       "a client prints `GET /v1/items -> 404 Not Found` from a live server and exits 1",
       {"items.mjs": "const res = await fetch('http://127.0.0.1:{{api}}/v1/items');\nif (!res.ok) {\n"
        "  console.error(`GET /v1/items -> ${res.status} ${res.statusText}`);\n  process.exit(1);\n}\n"},
       {}, "", servers={"api": ("http", 404, "not found\n")}),
    sc("t_r7_neg_config_missing_key_b", "negative", "node validate.js",
       "a validator loads config/app.json (valid JSON) and reports a missing required key",
       {"validate.js": "const cfg = require('./config/app.json');\nif (!cfg.port) {\n  console.error('config/app.json: missing required key \"port\"');\n  process.exit(1);\n}\n",
        "config/app.json": '{"host": "0.0.0.0"}\n'},
       {}, ""),
    sc("t_r7_neg_retry_then_connected_d", "negative", "node connect.js",
       "a client tries a closed port first, logs the refusal, then connects to the live one and exits 0",
       {"connect.js": "const net = require('net');\nconst ports = [{{a}}, {{b}}];\nfunction go(i) {\n  const s = net.connect(ports[i], '127.0.0.1');\n"
        "  s.on('connect', () => { console.log(`connected to 127.0.0.1:${ports[i]}`); s.destroy(); });\n"
        "  s.on('error', (err) => { console.error(`attempt ${i + 1} failed: ${err.message}; trying next`); go(i + 1); });\n}\ngo(0);\n"},
       {}, "", servers={"a": ("closed",), "b": ("http", 200, "ok\n")}, exit=0),
    sc("t_r7_neg_test_title_module_not_found_b", "negative", "node --test test/",
       "a node:test assertion fails in a test titled `reports MODULE_NOT_FOUND for missing plugins`",
       {"test/plugins.test.js": "const { test } = require('node:test');\nconst assert = require('node:assert');\n"
        "const load = (n) => ({ ok: false, code: 'ENOENT' });\n"
        "test('reports MODULE_NOT_FOUND for missing plugins', () => {\n  assert.strictEqual(load('x').code, 'MODULE_NOT_FOUND');\n});\n"},
       {}, "AssertionError"),
    sc("t_r7_neg_eaddrinuse", "negative", "node serve.js",
       "a server listens on a port another server already holds: EADDRINUSE",
       {"serve.js": "const http = require('http');\nhttp.createServer((q, r) => r.end('ok')).listen({{api}}, '127.0.0.1');\n"},
       {}, "Error: listen EADDRINUSE", servers={"api": ("http", 200, "ok\n")}),
    sc("t_r7_neg_config_host_undefined_b", "negative", "node db.js",
       "a program reads config.db.host where db is not configured: TypeError reading 'host'",
       {"db.js": "const config = { cache: { host: '127.0.0.1', port: 6379 } };\nconsole.log(`connecting to ${config.db.host}:${config.db.port}`);\n"},
       {}, "TypeError"),
    sc("t_r7_neg_json_warn_then_connected_c", "negative", "node worker.js",
       "JSON logs: a warn line with connect ECONNREFUSED 127.0.0.1:5432, then info `connected`, exit 0",
       {"worker.js": jlog("warn", "'connect ECONNREFUSED 127.0.0.1:5432'", "attempt: 1") + "\n" + jlog("info", "'connected to postgres'", "attempt: 2") + "\n"},
       {}, "", exit=0),
    sc("t_r7_neg_ws_close_1000", "negative", "node once.js",
       "a ws client gets a normal 1000 close and logs `closed 1000 done`, exit 0",
       {"once.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/once');\n"
        "ws.on('close', (code, reason) => console.log('closed', code, reason.toString()));\n"},
       {}, "", servers={"ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("t_r7_neg_unhandled_business_c", "negative", "node pay.js",
       "an unhandled rejection of a business error (insufficient funds)",
       {"pay.js": "async function charge(order) {\n  throw new Error(`insufficient funds for order ${order}`);\n}\ncharge(42);\n"},
       {}, "Error"),
    sc("t_r7_neg_aggregate_validation", "negative", "node check-form.js",
       "an AggregateError of validation messages mentioning the host and port fields is thrown",
       {"check-form.js": "const errors = [new Error('host is required'), new Error('port must be a number')];\n"
        "throw new AggregateError(errors, 'invalid settings form');\n"},
       {}, "AggregateError"),
    sc("t_r7_neg_child_lint_exit_b", "negative", "node ci.js",
       "ci.js runs node lint.js with execFileSync; the lint reports 3 problems and exits 2; node prints Command failed",
       {"ci.js": "const { execFileSync } = require('child_process');\nexecFileSync('node', ['lint.js'], { stdio: 'inherit' });\n",
        "lint.js": "console.log('src/a.js:3 no-unused-vars');\nconsole.log('src/b.js:9 eqeqeq');\nconsole.log('src/c.js:1 semi');\nconsole.log('3 problems');\nprocess.exit(2);\n"},
       {}, "Error: Command failed"),
    sc("t_r7_neg_http_500_body_enoent", "negative", "node report.mjs",
       "a client prints the status and the JSON body of a server's 500 whose error quotes ENOENT",
       {"report.mjs": "const res = await fetch('http://127.0.0.1:{{api}}/report');\nconsole.error(`report failed: HTTP ${res.status}`);\n"
        "console.error(await res.text());\nprocess.exit(1);\n"},
       {}, "", servers={"api": ("http", 500, "{\"error\": \"ENOENT: no such file or directory, open '/srv/reports/q3.pdf'\"}\n")}),
    sc("t_r7_neg_incident_history", "negative", "node status.js",
       "a status page prints past incidents quoting ECONNREFUSED and Cannot find module, then `all systems operational`, exit 0",
       {"status.js": "console.log('2024-05-01 02:00 db: connect ECONNREFUSED 10.0.0.5:5432 (resolved)');\n"
        "console.log(\"2024-05-03 11:12 worker: Cannot find module 'sharp' (resolved by reinstall)\");\nconsole.log('all systems operational');\n"},
       {}, "", exit=0),
    sc("t_r7_neg_invalid_url_config_b", "negative", "API_URL=db-host:5432/api node client.js",
       "new URL(process.env.API_URL) on a value without a scheme: TypeError [ERR_INVALID_URL] (a bad setting, not a refused connection)",
       {"client.js": "const u = new URL('/v1', process.env.API_URL.includes('//') ? process.env.API_URL : undefined);\nconsole.log(u.href);\n"},
       {}, "TypeError [ERR_INVALID_URL]"),
    sc("t_r7_neg_worker_range_error", "negative", "node batch.js",
       "a worker throws RangeError('batch size must be <= 100'); the main thread logs it and sets exit 1",
       {"batch.js": "const { Worker } = require('worker_threads');\nconst w = new Worker(__dirname + '/batch-worker.js', { workerData: 500 });\n"
        "w.on('error', (err) => { console.error('batch failed:', err); process.exitCode = 1; });\n",
        "batch-worker.js": "const { workerData } = require('worker_threads');\nif (workerData > 100) throw new RangeError('batch size must be <= 100');\n"},
       {}, "RangeError"),
    sc("t_r7_neg_optional_local_config", "negative", "node app2.js",
       "an optional config/local.json is not found: a warning `using defaults` and exit 0",
       {"app2.js": "let local = {};\ntry {\n  local = require('./config/local.json');\n} catch (err) {\n"
        "  console.warn(`config/local.json not found (${err.code}), using defaults`);\n}\nconsole.log('listening on 3000');\n"},
       {}, "", exit=0),
    sc("t_r7_neg_test_pass_titles_b", "negative", "node --test test/",
       "all node:test tests pass; their titles mention ENOENT and ECONNREFUSED",
       {"test/errors.test.js": "const { test } = require('node:test');\ntest('maps ENOENT to 404', () => {});\n"
        "test('retries on ECONNREFUSED 127.0.0.1:6379', () => {});\ntest('rejects invalid JSON in config.json', () => {});\n"},
       {}, "", exit=0),
    # ================= proofs of the kinds (written after round 1's misses, labels before capture) =================
    sc("t_r7_p_mm_message_only_bracket_c", "missing_module", "node db.js",
       "a db module logs `[db] ` and err.message of require('mysql2'); the message carries the Require stack",
       {"db.js": "try {\n  require('mysql2');\n} catch (err) {\n  console.error('[db] ' + err.message);\n  process.exit(1);\n}\n"},
       {"module": "mysql2"}, "Error: Cannot find module"),
    sc("t_r7_p_mm_message_only_nested", "missing_module", "node app.js",
       "app.js requires ./lib/queue.js, which requires amqplib (missing); app.js prints `cannot start:` and err.message with a two-entry Require stack",
       {"app.js": "try {\n  require('./lib/queue.js');\n} catch (err) {\n  console.error(`cannot start: ${err.message}`);\n  process.exit(1);\n}\n",
        "lib/queue.js": "const amqp = require('amqplib');\nmodule.exports = amqp;\n"},
       {"module": "amqplib"}, "Error: Cannot find module"),
    sc("t_r7_p_conn_node_fetch_wording", "connection", "node push-metrics.js",
       "a metrics pusher prints a node-fetch-style error line: `[metrics] push error: request to URL failed, reason: connect ECONNREFUSED h:p`",
       {"push-metrics.js": "const http = require('http');\nconst url = 'http://127.0.0.1:{{api}}/push';\n"
        "http.get(url).on('error', (err) => {\n  console.error(`[metrics] push error: request to ${url} failed, reason: ${err.message}`);\n  process.exit(1);\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers=CLOSED),
    sc("t_r7_p_conn_publish_dash_cause", "connection", "node publish.js",
       "a publisher prints `queue: cannot publish - <err.message>` for a refused net.connect",
       {"publish.js": "const net = require('net');\nnet.connect({{api}}, '127.0.0.1').on('error', (err) => {\n"
        "  console.error('queue: cannot publish - ' + err.message);\n  process.exit(1);\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers=CLOSED),
    sc("t_r7_p_conn_url_code_reset", "connection", "node events.js",
       "an event sender prints `POST <url> -> <err.code>` when the server resets the connection",
       {"events.js": "const http = require('http');\nconst url = 'http://127.0.0.1:{{api}}/events';\n"
        "const req = http.request(url, { method: 'POST' }, (r) => r.resume());\n"
        "req.on('error', (err) => { console.error(`POST ${url} -> ${err.code}`); process.exit(1); });\nreq.end('{}');\n"},
       {"url": "http://127.0.0.1:{{api}}/events", "host": "127.0.0.1", "port": "{{api}}"}, "", servers={"api": ("reset",)}),
    sc("t_r7_p_conn_hostport_hang_up", "connection", "node upstream.js",
       "a proxy's health check prints `upstream 127.0.0.1:P: socket hang up` for an empty reply",
       {"upstream.js": "const http = require('http');\nconst host = '127.0.0.1', port = {{api}};\n"
        "http.get({ host, port, path: '/' }).on('error', (err) => { console.error(`upstream ${host}:${port}: ${err.message}`); process.exit(1); });\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers={"api": ("empty",)}),
    sc("t_r7_p_perm_path_code_only_c", "permission", "node render.js",
       "a renderer writes out/report.txt (read-only) and prints `<err.path>: <err.code>`",
       {"render.js": "const fs = require('fs');\nconst path = require('path');\ntry {\n  fs.writeFileSync(path.join(__dirname, 'out/report.txt'), 'x');\n"
        "} catch (err) {\n  console.error(`${err.path}: ${err.code}`);\n  process.exit(1);\n}\n", "out/report.txt": "old\n"},
       {"path": "out/report.txt"}, "EACCES", modes={"out/report.txt": 0o444}, drop_caps=True),
    sc("t_r7_p_fnf_skip_path_code_c", "file_not_found", "node import-batch.js",
       "a batch importer prints `import aborted: <abs path>: ENOENT` for a missing inbox file",
       {"import-batch.js": "const fs = require('fs');\nconst path = require('path');\nconst f = path.join(__dirname, 'inbox/batch-7.csv');\n"
        "fs.readFile(f, (err) => {\n  if (err) { console.error(`import aborted: ${f}: ${err.code}`); process.exit(1); }\n});\n"},
       {"path": "inbox/batch-7.csv"}, "ENOENT"),
    sc("t_r7_p_imp_exports_json_log_b", "import_error", "node theme.js",
       "a JSON log line carries err.message of require('@acme/ui/internal/theme'), a subpath @acme/ui's exports map does not define",
       {"theme.js": "try {\n  require('@acme/ui/internal/theme');\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 'error', msg: err.message }));\n  process.exit(1);\n}\n",
        "node_modules/@acme/ui/package.json": '{"name": "@acme/ui", "version": "1.2.0", "exports": {".": "./index.js", "./button": "./button.js"}}\n',
        "node_modules/@acme/ui/index.js": "module.exports = {};\n", "node_modules/@acme/ui/internal/theme.js": "module.exports = {};\n"},
       {"name": "./internal/theme", "from_module": "@acme/ui"}, "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]"),
    sc("t_r7_p_imp_imports_message_only_b", "import_error", "node service.js",
       "a service requires '#db', which the package.json imports map does not define; it prints err.message only",
       {"package.json": '{"name": "svc", "version": "1.0.0", "imports": {"#config": "./config.js"}}\n', "config.js": "module.exports = {};\n",
        "service.js": "try {\n  require('#db');\n} catch (err) {\n  console.error('service: ' + err.message);\n  process.exit(1);\n}\n"},
       {"from_module": "#db"}, "TypeError [ERR_PACKAGE_IMPORT_NOT_DEFINED]"),
    sc("t_r7_p_fnf_require_seed_json_c", "file_not_found", "node scripts/seed.js",
       "a seed script requires ../data/seed.json, which was never generated",
       {"scripts/seed.js": "const rows = require('../data/seed.json');\nconsole.log(rows.length, 'rows');\n"},
       {"path": "data/seed.json"}, "Error: Cannot find module"),
    sc("t_r7_p_fnf_require_locale_abs", "file_not_found", "node i18n.js fr",
       "an i18n loader requires path.join(__dirname, 'locales', lang + '.json'); locales/fr.json does not exist",
       {"i18n.js": "const path = require('path');\nconst lang = process.argv[2];\nconst messages = require(path.join(__dirname, 'locales', lang + '.json'));\nconsole.log(messages.hello);\n",
        "locales/en.json": '{"hello": "hello"}\n'},
       {"path": "locales/fr.json"}, "Error: Cannot find module"),
    # ================= round 2 (t_r7_q_*): more details in hard places and negatives at the edges of the new kinds =================
    sc("t_r7_q_conn_inspect_fetch_cause", "connection", "node orders.mjs",
       "a client logs util.inspect(err, { depth: 2 }) of a refused fetch: TypeError: fetch failed with its [cause] block",
       {"orders.mjs": "import util from 'node:util';\ntry {\n  await fetch('http://127.0.0.1:{{api}}/orders');\n} catch (err) {\n"
        "  console.error(util.inspect(err, { depth: 2 }));\n  process.exit(1);\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    sc("t_r7_q_conn_pino_reset_url_field", "connection", "node sync-orders.js",
       "a pino-like JSON line has a url field and an err with message read ECONNRESET and its code; the server resets",
       {"sync-orders.js": "const http = require('http');\nconst url = 'http://127.0.0.1:{{api}}/orders';\n"
        "http.get(url).on('error', (err) => {\n  console.log(JSON.stringify({ level: 50, time: Date.now(), url, err: { type: err.name, message: err.message, code: err.code }, msg: 'sync failed' }));\n"
        "  process.exit(1);\n});\n"},
       {"url": "http://127.0.0.1:{{api}}/orders", "host": "127.0.0.1", "port": "{{api}}"}, "Error: read ECONNRESET", servers={"api": ("reset",)}),
    sc("t_r7_q_conn_localhost_code", "connection", "node ready.js",
       "a readiness check of http://localhost:P/ready prints `GET <url> -> <err.code>`; node tries ::1 and 127.0.0.1",
       {"ready.js": "const http = require('http');\nconst url = 'http://localhost:{{api}}/ready';\n"
        "http.get(url).on('error', (err) => { console.error(`GET ${url} -> ${err.code}`); process.exit(1); });\n"},
       {"url": "http://localhost:{{api}}/ready", "host": "localhost", "port": "{{api}}"}, "ECONNREFUSED", servers=CLOSED),
    sc("t_r7_q_conn_redis_v3_wording_e", "connection", "node session-store.js",
       "a session store prints node_redis v3's wording: `Redis connection to h:p failed - connect ECONNREFUSED h:p`",
       {"session-store.js": "const net = require('net');\nconst host = '127.0.0.1', port = {{api}};\nnet.connect(port, host).on('error', (err) => {\n"
        "  console.error(`Redis connection to ${host}:${port} failed - ${err.message}`);\n  process.exit(1);\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "", servers=CLOSED),
    sc("t_r7_q_conn_winston_timeout_url_c", "connection", "node slow.js",
       "a winston-like JSON error line says the request to a URL timed out after 500ms (the server never answers)",
       {"slow.js": "const http = require('http');\nconst url = 'http://127.0.0.1:{{api}}/slow';\nconst req = http.get(url);\n"
        "req.setTimeout(500, () => {\n  " + jlog("error", "`request to ${url} timed out after 500ms`", "service: 'gateway'") + "\n  process.exit(1);\n});\n"},
       {"url": "http://127.0.0.1:{{api}}/slow", "host": "127.0.0.1", "port": "{{api}}"}, "", servers={"api": ("silent",)}),
    sc("t_r7_q_fnf_json_log_path_field_d", "file_not_found", "node thumbs.js",
       "a JSON log line states msg `open failed` with path and code fields of a missing upload",
       {"thumbs.js": "const fs = require('fs');\nconst path = require('path');\ntry {\n  fs.readFileSync(path.join(__dirname, 'uploads/a.png'));\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 'error', msg: 'open failed', path: err.path, code: err.code }));\n  process.exit(1);\n}\n"},
       {"path": "uploads/a.png"}, "ENOENT"),
    sc("t_r7_q_fnf_scandir_message_only_esm", "file_not_found", "node build-blog.mjs",
       "an ESM blog builder prints err.message of readdir('content/posts'), which does not exist",
       {"build-blog.mjs": "import { readdir } from 'node:fs/promises';\ntry {\n  await readdir('content/posts');\n} catch (err) {\n"
        "  console.error(err.message);\n  process.exit(1);\n}\n"},
       {"path": "content/posts"}, "ENOENT"),
    sc("t_r7_q_fnf_path_code_in_parens", "file_not_found", "node invoice.js",
       "an invoice renderer prints `cannot load templates/invoice.hbs (ENOENT)` for a missing template",
       {"invoice.js": "const fs = require('fs');\nconst f = 'templates/invoice.hbs';\nfs.readFile(f, 'utf8', (err) => {\n"
        "  if (err) { console.error(`cannot load ${f} (${err.code})`); process.exit(1); }\n});\n"},
       {"path": "templates/invoice.hbs"}, "ENOENT"),
    sc("t_r7_q_perm_bracket_path_code", "permission", "node stage.js",
       "an upload stager prints `[upload] <abs path>: EACCES` when mkdir of uploads/tmp is denied",
       {"stage.js": "const fs = require('fs');\nconst path = require('path');\ntry {\n  fs.mkdirSync(path.join(__dirname, 'uploads/tmp'));\n} catch (err) {\n"
        "  console.error(`[upload] ${err.path}: ${err.code}`);\n  process.exit(1);\n}\n"},
       {"path": "uploads/tmp"}, "EACCES", dirs=["uploads"], modes={"uploads": 0o555}, drop_caps=True),
    sc("t_r7_q_json_winston_file_field", "json_format", "node db-config.js",
       "a winston-like JSON error line has the JSON.parse message and a file field config/db.json",
       {"db-config.js": "const fs = require('fs');\nconst file = 'config/db.json';\ntry {\n  JSON.parse(fs.readFileSync(file, 'utf8'));\n} catch (err) {\n  "
        + jlog("error", "err.message", "file") + "\n  process.exit(1);\n}\n", "config/db.json": '{"host": "db", "port": 5432,}\n'},
       {"json_file": "config/db.json"}, "SyntaxError"),
    sc("t_r7_q_json_require_message_only_d", "json_format", "node settings.js",
       "a program prints err.message of require('./settings.json'), which has a missing comma: Node's message starts with the file's path",
       {"settings.js": "try {\n  require('./settings.json');\n} catch (err) {\n  console.error(err.message);\n  process.exit(1);\n}\n",
        "settings.json": '{\n  "theme": "dark"\n  "lang": "en"\n}\n'},
       {"json_file": "settings.json"}, "SyntaxError"),
    sc("t_r7_q_mm_winston_require_stack", "missing_module", "node cache2.js",
       "a winston-like JSON error line's message is err.message of require('redis'), with its Require stack",
       {"cache2.js": "try {\n  require('redis');\n} catch (err) {\n  " + jlog("error", "err.message", "code: err.code") + "\n  process.exit(1);\n}\n"},
       {"module": "redis"}, "Error: Cannot find module"),
    sc("t_r7_q_imp_dynamic_named_message", "import_error", "node stats.mjs",
       "a dynamic import of ./plugins/stats.mjs fails because it imports { mean } from ../lib/math.mjs, which does not export it; the program prints `plugin stats failed: ` and err.message",
       {"stats.mjs": "try {\n  await import('./plugins/stats.mjs');\n} catch (err) {\n  console.error('plugin stats failed: ' + err.message);\n  process.exit(1);\n}\n",
        "plugins/stats.mjs": "import { mean } from '../lib/math.mjs';\nexport default (xs) => mean(xs);\n",
        "lib/math.mjs": "export const sum = (xs) => xs.reduce((a, b) => a + b, 0);\n"},
       {"name": "mean", "from_module": "../lib/math.mjs"}, "SyntaxError"),
    sc("t_r7_q_ws_close_parens_message", "websocket", "node live2.js",
       "a ws client prints `live: closed by server (code 4401, reason: unauthorized)` and exits 1",
       {"live2.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/live');\n"
        "ws.on('close', (code, reason) => { console.error(`live: closed by server (code ${code}, reason: ${reason})`); process.exit(1); });\n"},
       {"close_code": 4401}, "", servers={"ws": ("ws", "close", 4401, "unauthorized")}, setup=WS_LINK, requires=WS_REQ),
    sc("t_r7_q_neg_test_asserts_code_line", "negative", "node --test test/",
       "a node:test test of an error describer fails: it expected `GET http://127.0.0.1:9/x -> ECONNRESET` and got `... -> ECONNREFUSED` (a logic failure)",
       {"test/describe.test.js": "const { test } = require('node:test');\nconst assert = require('node:assert');\n"
        "const describe = (e) => `GET ${e.url} -> ${e.code}`;\n"
        "test('describes resets', () => {\n  assert.strictEqual(describe({ url: 'http://127.0.0.1:9/x', code: 'ECONNREFUSED' }), 'GET http://127.0.0.1:9/x -> ECONNRESET');\n});\n"},
       {}, "AssertionError"),
    sc("t_r7_q_neg_eexist_path_code", "negative", "node init-build.js",
       "mkdir of build, which exists, prints `<abs path>: EEXIST` and exits 1 (not a missing file)",
       {"init-build.js": "const fs = require('fs');\nconst path = require('path');\ntry {\n  fs.mkdirSync(path.join(__dirname, 'build'));\n} catch (err) {\n"
        "  console.error(`${err.path}: ${err.code}`);\n  process.exit(1);\n}\n"},
       {}, "EEXIST", dirs=["build"]),
    sc("t_r7_q_neg_http_502_line_c", "negative", "node api-check.js",
       "a checker prints `GET <url> -> 502 Bad Gateway` from a live server and exits 1",
       {"api-check.js": "const http = require('http');\nconst url = 'http://127.0.0.1:{{api}}/api';\n"
        "http.get(url, (res) => { res.resume(); if (res.statusCode >= 400) { console.error(`GET ${url} -> ${res.statusCode} ${res.statusMessage}`); process.exit(1); } });\n"},
       {}, "", servers={"api": ("http", 502, "bad gateway\n")}),
    sc("t_r7_q_neg_eaddrinuse_line_c", "negative", "node listen.js",
       "a server prints `listen 127.0.0.1:P: EADDRINUSE` (another server holds the port) and exits 1",
       {"listen.js": "const http = require('http');\nconst port = {{api}};\nhttp.createServer().listen(port, '127.0.0.1').on('error', (err) => {\n"
        "  console.error(`listen 127.0.0.1:${port}: ${err.code}`);\n  process.exit(1);\n});\n"},
       {}, "", servers={"api": ("http", 200, "ok\n")}),
    sc("t_r7_q_neg_test_title_path_code", "negative", "node --test test/",
       "a node:test test titled `prints data/in.csv: ENOENT for a missing input` fails on a wrong message (a logic failure)",
       {"test/msg.test.js": "const { test } = require('node:test');\nconst assert = require('node:assert');\n"
        "test('prints data/in.csv: ENOENT for a missing input', () => {\n  assert.strictEqual('data/in.csv: missing', 'data/in.csv: ENOENT');\n});\n"},
       {}, "AssertionError"),
    sc("t_r7_q_neg_optional_json_warn_exit1_other_d", "negative", "node report2.js",
       "an optional config/overrides.json is not found (warned, defaults used); the report then fails its own validation: `no rows for 2024-Q3`",
       {"report2.js": "let o = {};\ntry {\n  o = require('./config/overrides.json');\n} catch (err) {\n"
        "  console.warn(`warning: config/overrides.json not loaded (${err.code}), using defaults`);\n}\n"
        "console.error('report: no rows for 2024-Q3');\nprocess.exit(1);\n"},
       {}, ""),
    # ================= proofs of round 2's kinds (t_r7_s_*, labels before capture) =================
    sc("t_r7_s_mm_pino_msg_require_stack", "missing_module", "node thumbs2.js",
       "a pino-like JSON line's msg is err.message of require('sharp'): Cannot find module over its Require stack, in one field",
       {"thumbs2.js": "try {\n  require('sharp');\n} catch (err) {\n  console.log(JSON.stringify({ level: 50, time: Date.now(), msg: err.message }));\n  process.exit(1);\n}\n"},
       {"module": "sharp"}, "Error: Cannot find module"),
    sc("t_r7_s_fnf_winston_path_code_fields", "file_not_found", "node convert2.js",
       "a winston-like JSON error line says `cannot stat input` with the error's path and code as fields of their own",
       {"convert2.js": "const fs = require('fs');\nconst path = require('path');\ntry {\n  fs.statSync(path.join(__dirname, 'in/x.csv'));\n} catch (err) {\n  "
        + jlog("error", "'cannot stat input'", "path: err.path, code: err.code") + "\n  process.exit(1);\n}\n"},
       {"path": "in/x.csv"}, "ENOENT"),
    sc("t_r7_s_perm_json_path_code_fields_e", "permission", "node export2.js",
       "a JSON log line says `write failed` with path and code (EACCES) fields: out/summary.csv is read-only",
       {"export2.js": "const fs = require('fs');\nconst path = require('path');\ntry {\n  fs.writeFileSync(path.join(__dirname, 'out/summary.csv'), 'a\\n');\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 'error', msg: 'write failed', path: err.path, code: err.code }));\n  process.exit(1);\n}\n", "out/summary.csv": ""},
       {"path": "out/summary.csv"}, "EACCES", modes={"out/summary.csv": 0o444}, drop_caps=True),
    sc("t_r7_s_fnf_parens_missing_input_g", "file_not_found", "node q4.js",
       "a report prints `missing input: data/q4.csv (ENOENT)`",
       {"q4.js": "const fs = require('fs');\nconst f = 'data/q4.csv';\nfs.access(f, (err) => {\n  if (err) { console.error(`missing input: ${f} (${err.code})`); process.exit(1); }\n});\n"},
       {"path": "data/q4.csv"}, "ENOENT"),
    sc("t_r7_s_perm_parens_cannot_write_b", "permission", "node summary.js",
       "a summary writer prints `cannot write out/summary.csv (EACCES)` for a read-only file",
       {"summary.js": "const fs = require('fs');\nconst f = 'out/summary.csv';\nfs.writeFile(f, 'x', (err) => {\n  if (err) { console.error(`cannot write ${f} (${err.code})`); process.exit(1); }\n});\n",
        "out/summary.csv": ""},
       {"path": "out/summary.csv"}, "EACCES", modes={"out/summary.csv": 0o444}, drop_caps=True),
    sc("t_r7_s_imp_missing_export_json_log", "import_error", "node widgets.mjs",
       "a JSON log line's msg is err.message of a dynamic import whose module imports { chart } from ./charts.mjs, which does not export it",
       {"widgets.mjs": "try {\n  await import('./dash.mjs');\n} catch (err) {\n  console.log(JSON.stringify({ level: 'error', msg: err.message }));\n  process.exit(1);\n}\n",
        "dash.mjs": "import { chart } from './charts.mjs';\nexport default chart;\n", "charts.mjs": "export const table = () => 'table';\n"},
       {"name": "chart", "from_module": "./charts.mjs"}, "SyntaxError"),
    sc("t_r7_s_imp_missing_export_plain_c", "import_error", "node cli2.mjs",
       "a CLI prints err.message alone of a dynamic import of ./commands/pad.mjs, which imports { pad } from ../format.mjs that does not export it",
       {"cli2.mjs": "try {\n  await import('./commands/pad.mjs');\n} catch (err) {\n  console.error(err.message);\n  process.exit(2);\n}\n",
        "commands/pad.mjs": "import { pad } from '../format.mjs';\nexport default pad;\n", "format.mjs": "export const trim = (s) => s.trim();\n"},
       {"name": "pad", "from_module": "../format.mjs"}, "SyntaxError", exit=2),
]
