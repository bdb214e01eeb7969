"""Session 16, helper s16-kinds-a (prefix kc_): proofs of the kinds that 73 probed runs showed (labels written before the
output was seen). Each kind is proven on programs of other shapes than the probe that found it. All names hash to
kinds16a_train (capture.py hash_bit == 0).

Kinds: a connection error that names no port, the port given in the argv as an option or an assignment word (--port N,
--db-port=N, -P N, make's PORT=N, DB_PORT=N before the program); a wait script's own words that a service never came up
or is unavailable, the port in the argv the same way; node --test's TAP block of an error whose message is empty and
whose code states it (AggregateError [ECONNREFUSED] of a dual-stack localhost); the sqlite3 shell's 'Error: cannot open
"F"' of a dot-command's input file.
"""
from scenarios.common import sc, pkg

CLOSED = {"db": ("closed",)}
DUAL = ("const lookup = (h, o, cb) => o && o.all ? cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }])"
        " : cb(null, '127.0.0.1', 4);\n")

SCENARIOS = [
    # ---------------- the port of the argv, the output naming none ----------------
    sc("kc_argport_make_var_py_b", "connection", "make ping PORT={{db}}",
       "make passes PORT=N to a python socket client; the traceback says only [Errno 111] Connection refused",
       {"Makefile": "PORT ?= 8080\nping:\n\tpython3 tools/ping.py $(PORT)\n",
        "tools/ping.py": "import socket, sys\nsocket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=3).close()\nprint('pong')\n"},
       {"port": "{{db}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("kc_argport_java_dbport_eq_b", "connection", "java -cp classes app.Report --db-port={{db}}",
       "java report tool with --db-port=N; wraps the socket's ConnectException in its own exception (Caused by: ... Connection refused)",
       {"src/app/Report.java": "package app;\nimport java.net.*;\npublic class Report {\n  public static void main(String[] a) throws Exception {\n"
        "    int port = Integer.parseInt(a[0].substring(a[0].indexOf('=') + 1));\n    try (Socket s = new Socket()) { s.connect(new InetSocketAddress(\"127.0.0.1\", port), 2000); }\n"
        "    catch (ConnectException e) { throw new Exception(\"report database unavailable\", e); }\n  }\n}\n"},
       {"port": "{{db}}"}, "java.lang.Exception", servers=CLOSED, setup=["javac -d classes src/app/Report.java"]),
    sc("kc_argport_node_jsonlog_code", "connection", "node worker.js --redis-port {{db}}",
       "a node worker logs a JSON line {level:'error', msg:'redis connect failed', code:'ECONNREFUSED'} and exits 1; the port only in argv",
       {"worker.js": "const net = require('net');\nconst port = Number(process.argv[process.argv.indexOf('--redis-port') + 1]);\n"
        "net.connect(port, '127.0.0.1').on('error', e => {\n  console.log(JSON.stringify({ time: Date.now(), level: 'error', msg: 'redis connect failed', code: e.code }));\n  process.exit(1);\n});\n"},
       {"port": "{{db}}"}, "ECONNREFUSED", servers=CLOSED),
    sc("kc_argport_perl_upper_p", "connection", "perl smtp-check.pl -P {{db}}",
       "perl checker takes -P PORT; warns 'smtp check failed: Connection refused' and exits 2",
       {"smtp-check.pl": "use strict; use IO::Socket::INET;\nmy %o = @ARGV;\nmy $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $o{'-P'}, Timeout => 2);\n"
        "unless ($s) { warn \"smtp check failed: $!\\n\"; exit 2; }\nprint \"ok\\n\";\n"},
       {"port": "{{db}}"}, "", servers=CLOSED),
    sc("kc_argport_env_sh_unavailable", "connection", "DB_PORT={{db}} sh wait-for-db.sh",
       "the compose docs' wait loop: 'postgres is unavailable - sleeping' three times, then 'postgres is unavailable - giving up' (exit 1); DB_PORT before the program",
       {"wait-for-db.sh": "n=0\nwhile ! (echo > /dev/tcp/127.0.0.1/$DB_PORT) 2>/dev/null && ! nc -z 127.0.0.1 \"$DB_PORT\" 2>/dev/null; do\n  n=$((n+1))\n"
        "  if [ $n -ge 3 ]; then echo 'postgres is unavailable - giving up' >&2; exit 1; fi\n  echo 'postgres is unavailable - sleeping' >&2\n  sleep 0.2\ndone\necho 'postgres is up'\n"},
       {"port": "{{db}}"}, "", servers=CLOSED),
    sc("kc_argport_bash_flag_not_reachable_d", "connection", "bash healthcheck.sh --port {{db}}",
       "a health script parses --port, probes with bash /dev/tcp silently and prints 'api not reachable after 3 attempts'",
       {"healthcheck.sh": "while [ $# -gt 0 ]; do case $1 in --port) PORT=$2; shift 2;; *) shift;; esac; done\n"
        "for i in 1 2 3; do\n  (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && { echo healthy; exit 0; }\n  sleep 0.1\ndone\necho 'api not reachable after 3 attempts'\nexit 1\n"},
       {"port": "{{db}}"}, "", servers=CLOSED),
    sc("kc_neg_argport_feature_unavailable", "negative", "bash export.sh --port 8080",
       "an export script run with --port says 'export is unavailable in the community edition' and exits 1: a product limit, no service",
       {"export.sh": "echo 'checking license'\necho 'export is unavailable in the community edition' >&2\nexit 1\n"},
       {}, "", exit=1),
    sc("kc_neg_argport_py_valueerror_c", "negative", "python3 serve.py --port 8080 --workers 0",
       "a server refuses its own arguments: ValueError('workers must be at least 1'); the port is in the argv, nothing connected",
       {"serve.py": "import argparse\nap = argparse.ArgumentParser()\nap.add_argument('--port', type=int)\nap.add_argument('--workers', type=int)\na = ap.parse_args()\nif a.workers < 1:\n    raise ValueError('workers must be at least 1')\n"},
       {}, "ValueError"),

    # ---------------- node --test: an error stated only by its code ----------------
    sc("kc_tap_http_dualstack_b", "connection", "node --test test/",
       "node --test: a test's http.get to localhost (dual-stack lookup) rejects with an AggregateError whose message is empty; TAP prints code: 'ECONNREFUSED'",
       {"test/health.test.js": "const test = require('node:test');\nconst http = require('http');\n" + DUAL +
        "test('health endpoint', () => new Promise((res, rej) => {\n  http.get({ host: 'localhost', port: {{db}}, path: '/health', lookup, autoSelectFamily: true }, r => { r.resume(); res(); }).on('error', rej);\n}));\n"},
       {"port": "{{db}}"}, "AggregateError", servers=CLOSED),
    sc("kc_tap_npm_test_net_b", "connection", "npm test",
       "npm test runs node --test; the test connects to a dual-stack localhost with net and fails with an empty-message AggregateError (TAP), then npm error",
       {"package.json": pkg({"test": "node --test test/"}),
        "test/queue.test.js": "const { test } = require('node:test');\nconst net = require('net');\n" + DUAL +
        "test('queue accepts a job', async () => {\n  await new Promise((res, rej) => net.connect({ host: 'localhost', port: {{db}}, lookup, autoSelectFamily: true }, res).on('error', rej));\n});\n"},
       {"port": "{{db}}"}, "AggregateError", servers=CLOSED),
    sc("kc_tap_esm_reporter_tap_b", "connection", "node --test --test-reporter=tap test/cache.test.mjs",
       "an ESM test file (top-level test with await) reaches localhost on a dual-stack lookup; AggregateError with code ECONNREFUSED in TAP",
       {"test/cache.test.mjs": "import test from 'node:test';\nimport net from 'node:net';\n" + DUAL +
        "test('cache warm', async () => {\n  const s = await new Promise((res, rej) => { const c = net.connect({ host: 'localhost', port: {{db}}, lookup, autoSelectFamily: true }, () => res(c)); c.on('error', rej); });\n  s.end();\n});\n"},
       {"port": "{{db}}"}, "AggregateError", servers=CLOSED),

    # ---------------- sqlite3: a dot-command's input file ----------------
    sc("kc_sqlite_make_read_seed", "file_not_found", "make seed",
       "make seed runs sqlite3 app.db '.read sql/seed.sql'; the file is not there (Error: cannot open \"sql/seed.sql\")",
       {"Makefile": "seed:\n\tsqlite3 app.db 'create table if not exists users(id, name);'\n\tsqlite3 app.db '.read sql/seed.sql'\n", "sql/schema.sql": "create table t(a);\n"},
       {"path": "sql/seed.sql"}, "sqlite3"),
    sc("kc_sqlite_py_subprocess_import", "file_not_found", "python3 load.py",
       "python runs sqlite3 '.import --csv exports/orders.csv orders' with check=True; sqlite's line, then CalledProcessError",
       {"load.py": "import subprocess\nsubprocess.run(['sqlite3', 'shop.db', 'create table if not exists orders(id, total);'], check=True)\n"
        "subprocess.run(['sqlite3', 'shop.db', '.import --csv exports/orders.csv orders'], check=True)\nprint('loaded')\n"},
       {"path": "exports/orders.csv"}, "CalledProcessError"),
    sc("kc_sqlite_dash_loop_read", "file_not_found", "dash -e apply.sh",
       "dash -e applies each migration listed in migrations/ORDER with sqlite3 .read; the second is not there",
       {"apply.sh": "while read -r m; do\n  echo \"== $m\"\n  sqlite3 data.db \".read migrations/$m\"\ndone < migrations/ORDER\necho all applied\n",
        "migrations/ORDER": "001_init.sql\n002_index.sql\n", "migrations/001_init.sql": "create table if not exists a(x);\n"},
       {"path": "migrations/002_index.sql"}, "sqlite3", tool="dash", ecosystem="shell"),
    sc("kc_neg_sqlite_read_constraint", "negative", "bash seed.sh",
       "sqlite3 .read of a seed file that inserts a duplicate key: 'Runtime error near line 3: UNIQUE constraint failed' (a data error, no missing file)",
       {"seed.sh": "set -e\nsqlite3 app.db 'create table if not exists users(id integer primary key, name);'\nsqlite3 app.db '.read sql/seed.sql'\n",
        "sql/seed.sql": "insert into users values (1, 'ann');\ninsert into users values (2, 'bob');\ninsert into users values (1, 'cid');\n"},
       {}, "sqlite3"),

    # ---------------- JSON rows of data that quote errors (no level field, the same keys on the next line) ----------------
    sc("kc_neg_rows_perl_deliveries_b", "negative", "perl deliveries.pl",
       "perl prints the failed deliveries of a queue export as JSON rows whose 'error' fields quote Connection refused and Permission denied, then dies '2 deliveries failed'",
       {"deliveries.pl": "use strict; use JSON::PP;\nmy @rows = ({id => 41, to => 'ops', error => 'connect to 10.1.2.3:25: Connection refused'}, {id => 42, to => 'dev', error => \"open '/var/spool/mail/dev': Permission denied\"});\n"
        "my $j = JSON::PP->new->canonical;\nprint $j->encode($_), \"\\n\" for @rows;\ndie scalar(@rows) . \" deliveries failed\\n\";\n"},
       {}, "die"),
    sc("kc_neg_rows_jq_ci_gate_c", "negative", "bash check-results.sh",
       "a CI gate lists the results whose error is set with jq -c (ENOENT and SyntaxError texts from other runs) and exits 1 because some are",
       {"check-results.sh": "if jq -ce '.[] | select(.error != null)' results.json; then\n  echo 'some checks failed' >&2\n  exit 1\nfi\n",
        "results.json": "[{\"check\": \"feeds\", \"error\": \"ENOENT: no such file or directory, open 'feeds/today.csv'\"},"
        " {\"check\": \"schema\", \"error\": \"SyntaxError: Unexpected token } in JSON at position 41\"}, {\"check\": \"ping\", \"error\": null}]\n"},
       {}, "jq"),
    sc("kc_neg_rows_py_sysexit_summary", "negative", "python3 import_report.py",
       "python prints the rejected rows of an import as JSON (their 'error' quotes ModuleNotFoundError and ConnectionRefusedError texts of the source system) and exits with sys.exit('2 rows rejected')",
       {"import_report.py": "import json, sys\nrows = [{'row': 12, 'error': \"ModuleNotFoundError: No module named 'legacy_codec'\"}, {'row': 31, 'error': 'ConnectionRefusedError: [Errno 111] Connection refused'}]\n"
        "for r in rows:\n    print(json.dumps(r))\nsys.exit(f'{len(rows)} rows rejected')\n"},
       {}, "SystemExit"),
    sc("kc_rows_then_node_json_require", "json_format", "node export.js",
       "node prints JSON rows of earlier exports (errors quoted as data), then requires config/export.json, which has a trailing comma",
       {"export.js": "for (const r of [{ run: 1, error: 'connect ECONNREFUSED 127.0.0.1:5432' }, { run: 2, error: \"Cannot find module 'csv-stringify'\" }]) console.log(JSON.stringify(r));\nconst cfg = require('./config/export.json');\n",
        "config/export.json": "{\"format\": \"csv\",}\n"},
       {"json_file": "config/export.json"}, "SyntaxError"),
    sc("kc_cli_json_one_line_refused", "connection", "python3 ping_api.py",
       "a CLI's JSON output mode prints one line {\"ok\": false, \"error\": \"...Connection refused\"} with the address and exits 1: a report of this run, no rows",
       {"ping_api.py": "import json, socket, sys\ntry:\n    socket.create_connection(('127.0.0.1', {{db}}), timeout=3)\n    print(json.dumps({'ok': True}))\nexcept OSError as e:\n"
        "    print(json.dumps({'ok': False, 'error': f'connect 127.0.0.1:{{db}}: {e.strerror}'}))\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, "", servers=CLOSED),
]
