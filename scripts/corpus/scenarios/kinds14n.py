"""Session 14, branch s14-neg (prefix d_): NEGATIVES in hard forms, probed before any rule, labels written first.
Programs that fail outside the eight causes while their output quotes one (a retried refusal that then connected, a
test that asserts an error is raised, a grep hit over an old log, a changelog or --help text, a JSON field that is
data, a warning) and programs that fail of their own (ENOSPC, EEXIST, signals, usage errors, local timeouts, HTTP
errors from a running server, business exceptions); plus near-twin POSITIVES, so that a rule for a kind never blinds
a true cause. Every name hashes to the train half (capture.py hash_bit == 0): the round is train only, split
kinds14n_train."""
from scenarios.common import sc

CLOSED = {"api": ("closed",)}
PYT = ["py3:pytest"]

# a Python client that retries a refused connection until a server that starts late answers (the server is the
# scenario's own, started by the script itself in the background)
PY_LATE_SERVER = ("import http.server, socketserver, sys, threading, time\n"
                  "def serve(port, delay):\n    time.sleep(delay)\n"
                  "    socketserver.TCPServer.allow_reuse_address = True\n"
                  "    h = type('H', (http.server.BaseHTTPRequestHandler,), {'do_GET': lambda s: (s.send_response(200), s.end_headers(), s.wfile.write(b'{\"items\": [1, 2]}')), 'log_message': lambda *a: None})\n"
                  "    socketserver.TCPServer(('127.0.0.1', port), h).serve_forever()\n")

PYTHON = [
    # ---- retried, then connected, then a failure of another kind (exit 1) ----
    sc("d_neg_py_retry_then_valueerror", "negative", "python3 sync.py",
       "a sync job's first two connects are refused (logged as warnings with 'retrying'), the third succeeds, then the "
       "job fails on a record it cannot parse (ValueError)",
       {"sync.py": "import socket, time, logging, threading\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')\n"
        "log = logging.getLogger('sync')\nsrv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
        "srv.bind(('127.0.0.1', 0)); port = srv.getsockname()[1]\n"
        "def later():\n    time.sleep(0.5); srv.listen(1); c, _ = srv.accept(); c.sendall(b'id=1;amount=12\\nid=2;amount=twelve\\n'); c.close()\n"
        "threading.Thread(target=later, daemon=True).start()\n"
        "for attempt in range(1, 6):\n    try:\n        s = socket.create_connection(('127.0.0.1', port), timeout=2)\n        break\n"
        "    except ConnectionRefusedError as e:\n        log.warning('attempt %d: %s, retrying in 0.3s', attempt, e)\n        time.sleep(0.3)\n"
        "log.info('connected to 127.0.0.1:%d', port)\ndata = s.makefile().read()\n"
        "for line in data.splitlines():\n    fields = dict(kv.split('=') for kv in line.split(';'))\n    total = int(fields['amount'])\n"},
       {}, ""),
    sc("d_neg_py_retry_print_then_keyerror_a", "negative", "python3 fetch_rates.py",
       "a rates fetcher prints its refused attempts (plain print, 'retry 1/5 after ConnectionRefusedError'), connects, "
       "and then dies on a KeyError in the payload",
       {"fetch_rates.py": "import json, threading, time, urllib.request, urllib.error\n" + PY_LATE_SERVER +
        "port = 0\nimport socket\nso = socket.socket(); so.bind(('127.0.0.1', 0)); port = so.getsockname()[1]; so.close()\n"
        "threading.Thread(target=serve, args=(port, 0.6), daemon=True).start()\n"
        "for i in range(1, 6):\n    try:\n        body = urllib.request.urlopen(f'http://127.0.0.1:{port}/rates', timeout=2).read()\n        break\n"
        "    except urllib.error.URLError as e:\n        print(f'retry {i}/5 after {type(e.reason).__name__}: {e.reason}', flush=True)\n        time.sleep(0.3)\n"
        "print('got rates', flush=True)\nrates = json.loads(body)\nprint(rates['EUR'])\n"},
       {}, "KeyError"),
    sc("d_neg_py_health_wait_then_assert_a", "negative", "bash ci.sh",
       "a CI script waits for its local server (curl refused twice, printed), then the smoke check asserts on the body "
       "and fails with an AssertionError",
       {"ci.sh": "PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind((\"127.0.0.1\",0)); print(s.getsockname()[1])')\n"
        "(sleep 0.8; exec python3 -m http.server $PORT --bind 127.0.0.1 >/dev/null 2>&1) &\nSRV=$!\ntrap 'kill $SRV 2>/dev/null' EXIT\n"
        "for i in 1 2 3 4 5 6 7 8; do\n  if curl -sS -o /dev/null http://127.0.0.1:$PORT/; then echo \"server up after $i tries\"; break; fi\n  sleep 0.3\ndone\n"
        "python3 smoke.py $PORT\n",
        "smoke.py": "import sys, urllib.request\nbody = urllib.request.urlopen(f'http://127.0.0.1:{sys.argv[1]}/').read().decode()\n"
        "assert 'Dashboard' in body, f'landing page has no Dashboard title ({len(body)} bytes)'\n"},
       {}, "AssertionError"),
    # ---- test runners: expected failures, tests about errors ----
    sc("d_neg_py_pytest_did_not_raise_a", "negative", "python3 -m pytest -q tests",
       "a test expects FileNotFoundError for a missing config and the loader returns defaults instead: 'DID NOT RAISE'",
       {"tests/test_conf.py": "import pytest\n\ndef load(path):\n    try:\n        return open(path).read()\n    except FileNotFoundError:\n        return ''\n\n"
        "def test_missing_config_raises():\n    with pytest.raises(FileNotFoundError):\n        load('conf/none.ini')\n"},
       {}, "Failed", requires=PYT, tool="pytest"),
    sc("d_neg_py_pytest_xfail_refused_and_fail", "negative", "python3 -m pytest -q -rxXf tests",
       "one test is marked xfail for a refused connection (it really is refused), another fails on a wrong total",
       {"tests/test_api.py": "import pytest, socket\n\n@pytest.mark.xfail(reason='staging db is down', raises=ConnectionRefusedError)\n"
        "def test_db():\n    socket.create_connection(('127.0.0.1', 9))\n\ndef test_total():\n    assert sum([1, 2, 3]) == 7\n"},
       {}, "AssertionError", requires=PYT, tool="pytest"),
    sc("d_neg_py_pytest_test_names_errors", "negative", "python3 -m pytest -q tests",
       "tests named after the errors they handle (test_retries_on_connection_refused, test_reports_missing_module) fail "
       "on wrong counts",
       {"tests/test_retry.py": "def retries(codes):\n    return len([c for c in codes if c == 'ECONNREFUSED'])\n\n"
        "def test_retries_on_connection_refused():\n    assert retries(['ECONNREFUSED', 'ETIMEDOUT']) == 2\n\n"
        "def test_reports_missing_module():\n    msg = \"No module named 'yaml'\"\n    assert msg.count('yaml') == 2\n"},
       {}, "AssertionError", requires=PYT, tool="pytest"),
    sc("d_neg_py_unittest_not_raised_a", "negative", "python3 -m unittest -v test_perm",
       "a unittest expects PermissionError when writing into a read-only folder, but runs as a user that may write: "
       "'PermissionError not raised'",
       {"test_perm.py": "import os, tempfile, unittest\n\nclass T(unittest.TestCase):\n    def test_readonly_dir(self):\n"
        "        d = tempfile.mkdtemp()\n        with self.assertRaises(PermissionError):\n            open(os.path.join(d, 'x'), 'w').write('x')\n\n"
        "if __name__ == '__main__':\n    unittest.main()\n"},
       {}, "AssertionError"),
    # ---- errors of other kinds ----
    sc("d_neg_py_enospc_dev_full", "negative", "python3 export.py",
       "an export writes its report to /dev/full: OSError [Errno 28] No space left on device",
       {"export.py": "rows = ['%d,%d' % (i, i * i) for i in range(1000)]\nwith open('/dev/full', 'w') as f:\n    f.write('\\n'.join(rows))\n"},
       {}, "OSError"),
    sc("d_neg_py_file_exists_a", "negative", "python3 init_project.py demo",
       "a scaffolder refuses to overwrite: os.mkdir raises FileExistsError for a folder that exists",
       {"init_project.py": "import os, sys\nname = sys.argv[1]\nos.mkdir(name)\nopen(os.path.join(name, 'README.md'), 'w').write('# ' + name)\n",
        "demo/README.md": "# demo\n"},
       {}, "FileExistsError"),
    sc("d_neg_py_subprocess_timeout_b", "negative", "python3 build_index.py",
       "a build step runs a local indexer under a 1 s time limit; subprocess.TimeoutExpired (local work, nothing to reach)",
       {"build_index.py": "import subprocess\nprint('indexing docs/ ...', flush=True)\nsubprocess.run(['sleep', '5'], timeout=1, check=True)\n"},
       {}, "TimeoutExpired"),
    sc("d_neg_py_asyncio_wait_for_local", "negative", "python3 crunch.py",
       "an asyncio job gives a CPU-bound local step 0.2 s with asyncio.wait_for; it times out (TimeoutError)",
       {"crunch.py": "import asyncio\n\nasync def crunch():\n    await asyncio.sleep(3)\n\nasync def main():\n    await asyncio.wait_for(crunch(), timeout=0.2)\n\nasyncio.run(main())\n"},
       {}, "TimeoutError"),
    sc("d_neg_py_validation_quotes_path_a", "negative", "python3 validate.py settings.json",
       "a settings validator rejects a value: its own exception's message quotes the rejected text, which reads "
       "'No such file or directory' (a user put an error text in the motd field)",
       {"validate.py": "import json, sys\nclass ValidationError(Exception):\n    pass\ncfg = json.load(open(sys.argv[1]))\n"
        "for k, v in cfg.items():\n    if len(v) > 20:\n        raise ValidationError(f'{k}: value too long ({len(v)} > 20): {v!r}')\n",
        "settings.json": '{"name": "shop", "motd": "cat: /etc/motd: No such file or directory"}\n'},
       {}, "ValidationError"),
    sc("d_neg_py_http_401_requests", "negative", "/usr/bin/python3 pull.py http://127.0.0.1:{{api}}/v1/orders",
       "a client with a wrong token gets 401 from a running server; raise_for_status()",
       {"pull.py": "import sys, requests\nr = requests.get(sys.argv[1], headers={'Authorization': 'Bearer expired'})\nr.raise_for_status()\n"},
       {}, "HTTPError", servers={"api": ("http", 401, '{"error": "invalid_token"}\n')}, requires=["py:requests"]),
    sc("d_neg_py_json_field_error_data_a", "negative", "python3 triage.py incidents.json",
       "a triage script reads an incident export (the error texts are data) and fails its own check: more than 2 open "
       "incidents (SystemExit with a message)",
       {"triage.py": "import json, sys\nrows = json.load(open(sys.argv[1]))\nopen_ = [r for r in rows if r['state'] == 'open']\n"
        "for r in open_:\n    print(json.dumps(r))\nif len(open_) > 2:\n    sys.exit(f'{len(open_)} open incidents (limit 2)')\n",
        "incidents.json": '[{"id": 7, "state": "open", "error": "ModuleNotFoundError: No module named \'yaml\'"},\n'
        ' {"id": 8, "state": "open", "error": "connect ECONNREFUSED 10.0.0.4:5432"},\n'
        ' {"id": 9, "state": "open", "error": "PermissionError: [Errno 13] Permission denied: \'/var/log/app.log\'"}]\n'},
       {}, ""),
    sc("d_neg_py_recursion_d", "negative", "python3 tree.py",
       "a tree walk recurses on a cycle: RecursionError",
       {"tree.py": "parent = {'a': 'b', 'b': 'a'}\ndef depth(n):\n    return 1 + depth(parent[n])\nprint(depth('a'))\n"},
       {}, "RecursionError"),
    sc("d_neg_py_warning_then_zero_division", "negative", "python3 report.py",
       "a report warns that its optional config is missing (warnings.warn, 'No such file or directory'), uses defaults "
       "and then divides by zero",
       {"report.py": "import warnings\ntry:\n    open('report.ini')\nexcept FileNotFoundError as e:\n    warnings.warn(f'using defaults: {e}')\n"
        "counts = []\nprint('average:', sum(counts) / len(counts))\n"},
       {}, "ZeroDivisionError"),
    sc("d_neg_py_broken_pipe_a", "negative", "set -o pipefail; python3 dump.py | head -n 2",
       "a dump piped into head: the writer gets BrokenPipeError after head exits",
       {"dump.py": "import sys\nfor i in range(200000):\n    sys.stdout.write('row %d\\n' % i)\n"},
       {}, "BrokenPipeError"),
    sc("d_neg_py_argparse_usage_help_text", "negative", "python3 fetchctl.py --mode=fast",
       "an argparse usage error whose description lists the exit codes by error name",
       {"fetchctl.py": "import argparse\np = argparse.ArgumentParser(description='fetch artifacts', epilog='exit codes: 3 = Connection refused, "
        "4 = No such file or directory, 5 = Permission denied')\np.add_argument('--mode', choices=['safe', 'full'])\nprint(p.parse_args())\n"},
       {}, ""),
]

NODE = [
    sc("d_neg_node_retry_then_typeerror", "negative", "node poll.js",
       "a poller retries ECONNREFUSED (console.warn with 'retrying'), the server comes up, then the handler reads a "
       "field of undefined (TypeError)",
       {"poll.js": "const http = require('node:http');\nconst net = require('node:net');\n"
        "const probe = net.createServer().listen(0, '127.0.0.1', () => {\n  const port = probe.address().port;\n  probe.close(() => {\n"
        "    setTimeout(() => http.createServer((q, s) => s.end('{\"data\": null}')).listen(port, '127.0.0.1'), 500);\n    poll(port, 1);\n  });\n});\n"
        "function poll(port, n) {\n  fetch(`http://127.0.0.1:${port}/status`).then((r) => r.json()).then((j) => {\n    console.log('status received');\n"
        "    console.log(j.data.items.length);\n  }).catch((e) => {\n    if (e.cause && e.cause.code === 'ECONNREFUSED' && n < 8) {\n"
        "      console.warn(`attempt ${n}: ${e.cause.message}, retrying`);\n      setTimeout(() => poll(port, n + 1), 200);\n    } else { throw e; }\n  });\n}\n"},
       {}, "TypeError"),
    sc("d_neg_node_test_throws_missing_a", "negative", "node --test test/",
       "a node --test case asserts that parsing a bad file throws SyntaxError; the parser is lenient: 'Missing expected "
       "exception (SyntaxError)'",
       {"test/parse.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n"
        "const parse = (s) => { try { return JSON.parse(s); } catch { return {}; } };\n"
        "test('rejects a broken config', () => {\n  assert.throws(() => parse('{\"a\": 1,}'), SyntaxError);\n});\n"},
       {}, "AssertionError"),
    sc("d_neg_node_test_todo_and_fail", "negative", "node --test test/",
       "a node --test run with a todo test named after ECONNREFUSED and a skipped one about EACCES, and one real failure "
       "(deepStrictEqual)",
       {"test/api.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n"
        "test('reconnects after connect ECONNREFUSED 127.0.0.1:5432', { todo: 'needs a db fixture' }, () => {});\n"
        "test('reports EACCES: permission denied, open logs/app.log', { skip: 'root in CI' }, () => {});\n"
        "test('sorts users', () => {\n  assert.deepStrictEqual(['b', 'a'].sort(), ['b', 'a']);\n});\n"},
       {}, "AssertionError"),
    sc("d_neg_node_eexist_mkdir_b", "negative", "node scaffold.js site",
       "a scaffolder calls mkdirSync on a folder that exists: EEXIST",
       {"scaffold.js": "const fs = require('fs');\nfs.mkdirSync(process.argv[2]);\nfs.writeFileSync(process.argv[2] + '/index.html', '<h1>hi</h1>');\n",
        "site/index.html": "<h1>old</h1>\n"},
       {}, "Error: EEXIST"),
    sc("d_neg_node_heap_oom", "negative", "node --max-old-space-size=24 cache.js",
       "a cache grows without bound under a 24 MB heap: 'JavaScript heap out of memory'",
       {"cache.js": "const cache = [];\nfor (let i = 0; ; i++) cache.push({ i, s: 'x'.repeat(1000) + i });\n"},
       {}, "FATAL ERROR"),
    sc("d_neg_node_grep_old_log_b", "negative", "bash check_logs.sh",
       "a log check greps yesterday's log for errors, prints the hits and fails because there are some",
       {"check_logs.sh": "hits=$(grep -n 'Error' logs/app-2026-12-06.log)\nif [ -n \"$hits\" ]; then\n  echo \"$hits\"\n"
        "  echo \"log check failed: $(echo \"$hits\" | wc -l) error lines in logs/app-2026-12-06.log\" >&2\n  exit 1\nfi\n",
        "logs/app-2026-12-06.log": "2026-12-06T02:00:01Z info start\n2026-12-06T02:00:03Z Error: connect ECONNREFUSED 127.0.0.1:6379\n"
        "2026-12-06T02:10:00Z info redis back\n2026-12-06T03:00:00Z Error: Cannot find module './jobs/cleanup'\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_node_http_503_fetch", "negative", "node deploy_hook.mjs http://127.0.0.1:{{api}}/hooks/deploy",
       "a deploy hook gets 503 from a running server in maintenance; throws its own Error with the status",
       {"deploy_hook.mjs": "const r = await fetch(process.argv[2], { method: 'POST' });\n"
        "if (!r.ok) throw new Error(`deploy hook failed: HTTP ${r.status} ${await r.text()}`);\n"},
       {}, "Error", servers={"api": ("http", 503, "maintenance until 14:00\n")}),
    sc("d_neg_node_changelog_then_usage_e", "negative", "node release.js --channel nightly",
       "a release tool prints the changelog of the last release (quoting fixed errors) and then rejects an unknown "
       "channel (usage error, exit 2)",
       {"release.js": "const fs = require('fs');\nconsole.log(fs.readFileSync('CHANGELOG.md', 'utf8'));\n"
        "const ch = process.argv[process.argv.indexOf('--channel') + 1];\nif (!['stable', 'beta'].includes(ch)) {\n"
        "  console.error(`release: unknown channel '${ch}' (use stable or beta)`);\n  process.exit(2);\n}\n",
        "CHANGELOG.md": "## 2.4.1\n- fix: `Error: EACCES: permission denied, open '/var/run/app.pid'` when started as a service\n"
        "- fix: `Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'chalk'` after a clean install\n"},
       {}, ""),
    sc("d_neg_node_validation_error_unhandled_a", "negative", "node import_users.js users.csv",
       "an import rejects a row with its own ValidationError whose message quotes the row (which holds a path and "
       "'not found')",
       {"import_users.js": "const fs = require('fs');\nclass ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }\n"
        "const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\\n').slice(1);\n"
        "rows.forEach((r, i) => { const [name, email] = r.split(','); if (!email.includes('@')) throw new ValidationError(`row ${i + 2}: invalid email '${email}' for ${name}`); });\n",
        "users.csv": "name,email\nann,ann@example.org\nbob,/home/bob: not found\n"},
       {}, "ValidationError"),
    sc("d_neg_node_killed_sigterm", "negative", "node worker.js & sleep 0.5; kill -TERM $!; wait $!",
       "a worker is stopped with SIGTERM by its supervisor; the shell reports exit 143",
       {"worker.js": "console.log('worker up');\nsetInterval(() => {}, 1000);\n"},
       {}, "", exit=143),
]

SHELL_TOOLS = [
    sc("d_neg_sh_until_curl_then_test_fail", "negative", "bash wait_and_test.sh",
       "a health wait prints curl's refusals until a local server answers, then a contract check (diff) fails",
       {"wait_and_test.sh": "PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind((\"127.0.0.1\",0)); print(s.getsockname()[1])')\n"
        "(sleep 0.7; exec python3 -m http.server $PORT --bind 127.0.0.1 --directory public >/dev/null 2>&1) &\nSRV=$!\n"
        "trap 'kill $SRV 2>/dev/null' EXIT\nuntil curl -sS -o /dev/null http://127.0.0.1:$PORT/; do sleep 0.25; done\necho 'server ready'\n"
        "curl -sS http://127.0.0.1:$PORT/version.txt > got.txt\ndiff -u expected_version.txt got.txt\n",
        "public/version.txt": "1.4.2\n", "expected_version.txt": "1.5.0\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_sh_enospc_echo_c", "negative", "bash rotate.sh",
       "a rotation script appends to /dev/full: 'write error: No space left on device'",
       {"rotate.sh": "set -e\necho 'rotating logs'\necho \"rotated at $(date +%s)\" > /dev/full\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_sh_unbound_variable", "negative", "bash deploy.sh",
       "a deploy script under set -u uses an unset DEPLOY_ENV",
       {"deploy.sh": "set -euo pipefail\necho \"deploying to ${DEPLOY_ENV}\"\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_sh_segfault", "negative", "gcc -o crash crash.c && ./crash",
       "a C program dereferences NULL: Segmentation fault",
       {"crash.c": "#include <stdio.h>\nint main(void) { int *p = 0; printf(\"reading config\\n\"); fflush(stdout); return *p; }\n"},
       {}, "", tool="gcc", ecosystem="c"),
    sc("d_neg_sh_c_assert_abort_a", "negative", "gcc -o check check.c && ./check",
       "a C program's assert fails: 'Assertion ... failed' and Aborted",
       {"check.c": "#include <assert.h>\n#include <stdio.h>\nint main(void) { int fd = -1; printf(\"opening config\\n\"); fflush(stdout); assert(fd >= 0 && \"open config.yml: No such file\"); return 0; }\n"},
       {}, "", tool="gcc", ecosystem="c"),
    sc("d_neg_sh_gcc_undefined_reference", "negative", "gcc -o app main.c",
       "a link error: a function declared but never defined (implicit declaration warning, then undefined reference)",
       {"main.c": "#include <stdio.h>\nint main(void) { printf(\"%d\\n\", load_config(\"app.conf\")); return 0; }\n"},
       {}, "", tool="gcc", ecosystem="c"),
    sc("d_neg_sh_timeout_local_b", "negative", "timeout 1 bash -c 'echo compressing; sleep 5'",
       "a local compress step killed by its own time limit (timeout: exit 124)",
       {}, {}, "", tool="timeout", ecosystem="shell", exit=124),
    sc("d_neg_sh_help_text_then_usage_a", "negative", "bash backup.sh --bogus",
       "a backup script prints its usage, whose EXIT STATUS section names errors, and exits 2 for an unknown option",
       {"backup.sh": "usage() {\n  cat <<'EOF'\nusage: backup.sh [--dest DIR] [--dry-run]\n\nEXIT STATUS\n  0  backup written\n"
        "  3  destination: No such file or directory\n  4  destination: Permission denied\n  5  connect to 127.0.0.1:873: Connection refused\nEOF\n}\n"
        "case \"$1\" in\n  --dest|--dry-run) ;;\n  *) echo \"backup.sh: unknown option '$1'\" >&2; usage >&2; exit 2 ;;\nesac\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_sh_replay_previous_log_d", "negative", "bash run_job.sh",
       "a job runner shows the previous run's log tail ('last run:') before running, then the job fails on a checksum "
       "mismatch",
       {"run_job.sh": "echo '--- last run (logs/job.log) ---'\ntail -n 3 logs/job.log\necho '--- running ---'\n"
        "echo 'abc' > out.bin\nsum=$(sha256sum out.bin | cut -c1-12)\nif [ \"$sum\" != \"000000000000\" ]; then echo \"checksum mismatch: $sum\" >&2; exit 1; fi\n",
        "logs/job.log": "job started\nTraceback (most recent call last):\n  File \"job.py\", line 3, in <module>\n"
        "ModuleNotFoundError: No module named 'pandas'\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_dash_set_e_false", "negative", "dash check.sh",
       "a dash script whose test command fails (grep -q finds no 'ready') after printing that a previous error was "
       "fixed",
       {"check.sh": "set -e\necho 'note: \"./bin/start: Permission denied\" was fixed by chmod in 1.2'\ngrep -q ready status.txt\n",
        "status.txt": "starting\n"},
       {}, "", shell="dash", tool="dash", ecosystem="shell"),
    sc("d_neg_curl_401_a", "negative", "curl -fsS -u ci:wrong http://127.0.0.1:{{api}}/artifacts/app.tgz -o app.tgz",
       "curl gets 401 from a running artifact server (bad credentials)",
       {}, {}, "curl: (22)", servers={"api": ("http", 401, "unauthorized\n")}),
    sc("d_neg_curl_500_body_mentions", "negative", "curl -sS -w '\\nHTTP %{http_code}\\n' http://127.0.0.1:{{api}}/health; exit 1",
       "a health probe gets 500 whose body is a JSON with an error field naming a refused connection (data from the "
       "server), and the script fails",
       {}, {}, "", servers={"api": ("http", 500, '{"status": "degraded", "error": "redis: connect ECONNREFUSED 10.0.0.5:6379"}\n')}),
    sc("d_neg_wget_404_a", "negative", "wget -nv http://127.0.0.1:{{api}}/releases/v9.9.9.tar.gz",
       "wget gets 404 from a running server",
       {}, {}, "", servers={"api": ("http", 404, "not found\n")}),
    sc("d_neg_git_merge_conflict", "negative", "bash merge.sh",
       "a merge stops on a content conflict (exit 1)",
       {"merge.sh": "set -e\ngit init -q -b main r && cd r\ngit config user.email a@b; git config user.name a\n"
        "echo one > app.txt; git add app.txt; git commit -qm one\ngit checkout -qb feature; echo two > app.txt; git commit -qam two\n"
        "git checkout -q main; echo three > app.txt; git commit -qam three\ngit merge feature\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_git_push_rejected_a", "negative", "bash push.sh",
       "a push to a local bare remote is rejected (non-fast-forward)",
       {"push.sh": "set -e\ngit init -q --bare remote.git\ngit clone -q remote.git a 2>/dev/null; git clone -q remote.git b 2>/dev/null\n"
        "cd a; git config user.email a@b; git config user.name a; echo 1 > f; git add f; git commit -qm a; git push -q origin HEAD:main\n"
        "cd ../b; git config user.email a@b; git config user.name a; echo 2 > f; git add f; git commit -qm b; git push origin HEAD:main\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_git_pathspec", "negative", "bash co.sh",
       "git checkout of a branch name that does not exist: pathspec did not match",
       {"co.sh": "git init -q -b main r && cd r && git config user.email a@b && git config user.name a && git commit -q --allow-empty -m i\n"
        "git checkout relase-2.0\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_make_test_assert_a", "negative", "make test",
       "make runs a Python test script whose assertion fails; the test's log line quotes an expected error",
       {"Makefile": "test:\n\tpython3 test_io.py\n",
        "test_io.py": "import errno\nprint(\"checking that a missing file maps to 'No such file or directory' ...\")\n"
        "assert errno.errorcode[2] == 'ENOTFOUND', errno.errorcode[2]\n"},
       {}, "AssertionError", tool="make", ecosystem="make"),
    sc("d_neg_npm_missing_script_b", "negative", "npm run tset",
       "npm run with a typo in the script name",
       {"package.json": '{"name": "app", "version": "1.0.0", "scripts": {"test": "node -e 1"}}\n'},
       {}, "", tool="npm", ecosystem="node"),
    sc("d_neg_npm_test_assert_fail", "negative", "npm test",
       "npm test runs node --test; an assertion fails, whose message quotes a refused connection it expected",
       {"package.json": '{"name": "app", "version": "1.0.0", "scripts": {"test": "node --test"}}\n',
        "test/msg.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n"
        "const describe = (code) => ({ ECONNREFUSED: 'connection refused' }[code] || 'unknown');\n"
        "test('describes refusals', () => {\n  assert.strictEqual(describe('ECONNREFUSED'), 'connect ECONNREFUSED 127.0.0.1:5432');\n});\n"},
       {}, "AssertionError", tool="npm", ecosystem="node"),
    sc("d_neg_sqlite_unique", "negative", "sqlite3 app.db < seed.sql",
       "a seed inserts a duplicate key: UNIQUE constraint failed",
       {"seed.sql": "CREATE TABLE IF NOT EXISTS users(id INTEGER PRIMARY KEY, email TEXT UNIQUE);\n"
        "INSERT INTO users(email) VALUES ('a@x.org');\nINSERT INTO users(email) VALUES ('a@x.org');\n"},
       {}, "", tool="sqlite3", ecosystem="sqlite3"),
    sc("d_neg_sqlite_no_such_table", "negative", "sqlite3 app.db 'SELECT count(*) FROM orders;'",
       "a query against a table that was never created: no such table",
       {}, {}, "", tool="sqlite3", ecosystem="sqlite3", setup=["sqlite3 app.db 'CREATE TABLE users(id INTEGER);'"]),
    sc("d_neg_perl_die_business_a", "negative", "perl invoice.pl 2026-13",
       "a perl script dies with its own message: an invalid month",
       {"invoice.pl": "use strict; use warnings;\nmy ($y, $m) = split /-/, $ARGV[0];\ndie \"invoice: invalid month '$m' in '$ARGV[0]'\\n\" if $m > 12;\n"},
       {}, "", tool="perl", ecosystem="perl"),
    sc("d_neg_perl_div_zero_with_warning_b", "negative", "perl avg.pl",
       "perl warns about an uninitialized value, then dies: Illegal division by zero",
       {"avg.pl": "use strict; use warnings;\nmy @n = ();\nmy $first = $n[0];\nprint \"first: $first\\n\";\nprint 10 / scalar(@n), \"\\n\";\n"},
       {}, "", tool="perl", ecosystem="perl"),
    sc("d_neg_java_illegal_state", "negative", "java Ledger.java",
       "a Java program throws its own IllegalStateException (an unbalanced ledger)",
       {"Ledger.java": "public class Ledger {\n  public static void main(String[] a) {\n    int debit = 120, credit = 100;\n"
        "    if (debit != credit) throw new IllegalStateException(\"ledger unbalanced: debit \" + debit + \" != credit \" + credit);\n  }\n}\n"},
       {}, "java.lang.IllegalStateException", tool="java", ecosystem="java"),
    sc("d_neg_java_oom_a", "negative", "java -Xmx16m Hog.java",
       "a Java program fills a 16 MB heap: OutOfMemoryError",
       {"Hog.java": "import java.util.*;\npublic class Hog {\n  public static void main(String[] a) {\n    List<long[]> l = new ArrayList<>();\n"
        "    while (true) l.add(new long[100000]);\n  }\n}\n"},
       {}, "java.lang.OutOfMemoryError", tool="java", ecosystem="java"),
    sc("d_neg_java_retry_then_numberformat", "negative", "java Poller.java",
       "a Java poller logs two refused connects (WARNING, retrying), connects, then fails parsing a reply "
       "(NumberFormatException)",
       {"Poller.java": "import java.net.*;\nimport java.io.*;\n\npublic class Poller {\n"
        "  public static void main(String[] a) throws Exception {\n    ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());\n"
        "    int port = probe.getLocalPort(); probe.close();\n"
        "    new Thread(() -> { try { Thread.sleep(600); ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());\n"
        "      Socket c = s.accept(); c.getOutputStream().write(\"count=twelve\\n\".getBytes()); c.close(); } catch (Exception e) { } }).start();\n"
        "    Socket sock = null;\n    for (int i = 1; sock == null; i++) {\n      try { sock = new Socket(InetAddress.getLoopbackAddress(), port); }\n"
        "      catch (ConnectException e) { System.err.println(\"WARNING: attempt \" + i + \" failed: \" + e + \", retrying\"); Thread.sleep(300); }\n    }\n"
        "    System.out.println(\"connected\");\n    String line = new BufferedReader(new InputStreamReader(sock.getInputStream())).readLine();\n"
        "    System.out.println(Integer.parseInt(line.split(\"=\")[1]));\n  }\n}\n"},
       {}, "java.lang.NumberFormatException", tool="java", ecosystem="java"),
    sc("d_neg_psql_bad_option_a", "negative", "psql --no-such-flag",
       "psql invoked with an option it does not know (usage error)",
       {}, {}, "", tool="psql", ecosystem="psql"),
]

# near twins: the same forms with a true cause, so a rule for a negative kind never blinds one
POSITIVE = [
    sc("d_conn_py_retry_gave_up", "connection", "python3 sync.py",
       "the same retrying client as the negative twin, but the server never comes: every attempt refused, then it gives up",
       {"sync.py": "import socket, time, logging\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')\n"
        "log = logging.getLogger('sync')\nfor attempt in range(1, 4):\n    try:\n        s = socket.create_connection(('127.0.0.1', {{api}}), timeout=2)\n        break\n"
        "    except ConnectionRefusedError as e:\n        log.warning('attempt %d: %s, retrying in 0.1s', attempt, e)\n        time.sleep(0.1)\n"
        "else:\n    log.error('giving up on 127.0.0.1:{{api}}')\n    raise SystemExit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("d_conn_sh_until_curl_gives_up_a", "connection", "bash wait_and_test.sh",
       "a health wait that never sees the server: curl refused each time, then the script gives up",
       {"wait_and_test.sh": "for i in 1 2 3; do\n  curl -sS -o /dev/null http://127.0.0.1:{{api}}/ && exit 0\n  sleep 0.1\ndone\n"
        "echo 'server did not come up' >&2\nexit 1\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "curl: (7)", servers=CLOSED, tool="bash", ecosystem="shell"),
    sc("d_fnf_py_warning_then_open_missing", "file_not_found", "python3 report.py",
       "the twin of the warning negative: the program warns, then really opens a missing data file and dies of it",
       {"report.py": "import warnings\nwarnings.warn('report.ini not found, using defaults')\nrows = open('data/rows.csv').read().splitlines()\n"},
       {"path": "data/rows.csv"}, "FileNotFoundError"),
    sc("d_mm_node_test_real_missing", "missing_module", "node --test test/",
       "a node --test run with a todo test, and a test file that requires a package that is not installed",
       {"test/api.test.js": "const test = require('node:test');\nconst nock = require('nock');\n"
        "test('reconnects', { todo: 'later' }, () => {});\n"},
       {"module": "nock"}, "Error: Cannot find module"),
    sc("d_perm_sh_replay_log_then_real_b", "permission", "bash run_job.sh",
       "the job runner shows an old log, then really fails: its job script has no execute bit",
       {"run_job.sh": "echo '--- last run (logs/job.log) ---'\ntail -n 2 logs/job.log\necho '--- running ---'\n./bin/job\n",
        "logs/job.log": "job started\nModuleNotFoundError: No module named 'pandas'\n",
        "bin/job": "#!/bin/sh\necho ok\n"},
       {"path": "bin/job"}, "Permission denied", modes={"bin/job": 0o644}, tool="bash", ecosystem="shell"),
    sc("d_mm_py_pytest_xfail_and_import", "missing_module", "python3 -m pytest -q -rx tests",
       "a pytest run with an xfail test about a refused connection, and a test module that imports a package that is "
       "not installed",
       {"tests/test_api.py": "import pytest, socket\n\n@pytest.mark.xfail(reason='db down', raises=ConnectionRefusedError)\n"
        "def test_db():\n    socket.create_connection(('127.0.0.1', 9))\n",
        "tests/test_report.py": "import openpyxl\n\ndef test_x():\n    assert openpyxl\n"},
       {"module": "openpyxl"}, "ModuleNotFoundError", requires=PYT, tool="pytest"),
]

# proofs of the kinds written from the probes above (other programs, other shapes)
PROOFS = [
    # a refused connection the program got past
    sc("d_neg_py_print_retry_connected_indexerror_a", "negative", "python3 tail_feed.py",
       "a feed reader prints its refused connects ('connect failed: [Errno 111] ..., retry'), then 'connected', then dies "
       "on an empty batch (IndexError)",
       {"tail_feed.py": "import socket, threading, time\nsrv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
        "srv.bind(('127.0.0.1', 0)); port = srv.getsockname()[1]\n"
        "def later():\n    time.sleep(0.5); srv.listen(1); c, _ = srv.accept(); c.sendall(b''); c.close()\n"
        "threading.Thread(target=later, daemon=True).start()\nwhile True:\n    try:\n        s = socket.create_connection(('127.0.0.1', port)); break\n"
        "    except OSError as e:\n        print(f'connect failed: {e}, retry', flush=True); time.sleep(0.2)\n"
        "print('connected', flush=True)\nbatch = s.recv(100).split(b'\\n')\nprint(batch[1])\n"},
       {}, "IndexError"),
    sc("d_neg_wget_retry_connrefused_then_checksum", "negative", "bash fetch.sh",
       "wget --retry-connrefused waits for a server that starts late ('Connection refused', then 'connected.'), downloads, "
       "and the checksum check fails",
       {"fetch.sh": "PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind((\"127.0.0.1\",0)); print(s.getsockname()[1])')\n"
        "(sleep 1.2; exec python3 -m http.server $PORT --bind 127.0.0.1 --directory dist >/dev/null 2>&1) &\nSRV=$!\ntrap 'kill $SRV 2>/dev/null' EXIT\n"
        "wget --progress=dot:mega --retry-connrefused --waitretry=1 -t 6 -O pkg.tgz http://127.0.0.1:$PORT/pkg.tgz\n"
        "echo 'deadbeef  pkg.tgz' | sha256sum -c -\n",
        "dist/pkg.tgz": "not really a tarball\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_sh_devtcp_wait_then_make_typo", "negative", "bash up.sh",
       "a bash /dev/tcp wait prints bash's refusals until the port answers ('db is up'), then make is asked for a target "
       "that does not exist",
       {"up.sh": "PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind((\"127.0.0.1\",0)); print(s.getsockname()[1])')\n"
        "(sleep 0.6; exec python3 -m http.server $PORT --bind 127.0.0.1 >/dev/null 2>&1) &\nSRV=$!\ntrap 'kill $SRV 2>/dev/null' EXIT\n"
        "until (exec 3<>/dev/tcp/127.0.0.1/$PORT); do sleep 0.2; done\necho 'db is up'\nmake migrate\n",
        "Makefile": "migrations:\n\t@echo migrating\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_conn_py_connected_then_other_refused_a", "connection", "python3 warm.py",
       "a warm-up connects to its database after one refusal, then the cache on another port refuses and the job fails",
       {"warm.py": "import socket, threading, time\nsrv = socket.socket(); srv.bind(('127.0.0.1', 0)); port = srv.getsockname()[1]\n"
        "def later():\n    time.sleep(0.4); srv.listen(1); srv.accept()\nthreading.Thread(target=later, daemon=True).start()\n"
        "while True:\n    try:\n        socket.create_connection(('127.0.0.1', port)); break\n    except ConnectionRefusedError as e:\n"
        "        print(f'db: {e}, retrying', flush=True); time.sleep(0.3)\nprint('db connected', flush=True)\n"
        "socket.create_connection(('127.0.0.1', {{api}}))\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    # a runtime's warning line
    sc("d_neg_node_emitwarning_then_business", "negative", "node checkout.js",
       "a checkout emits a process warning that the cache is unreachable (ECONNREFUSED), goes on without it and rejects "
       "an order with its own error",
       {"checkout.js": "process.emitWarning('cache unreachable: connect ECONNREFUSED 127.0.0.1:6379, running without cache', 'CacheWarning');\n"
        "const order = { items: [], total: 0 };\nif (order.items.length === 0) { console.error('checkout: order has no items'); process.exit(3); }\n"},
       {}, "", exit=3),
    sc("d_neg_py_runtimewarning_then_valueerror_a", "negative", "python3 stats.py",
       "a stats job warns (RuntimeWarning) that its optional plugin folder is missing, then fails to parse a number",
       {"stats.py": "import os, warnings\ntry:\n    os.listdir('plugins')\nexcept FileNotFoundError as e:\n"
        "    warnings.warn(f'plugins disabled: {e}', RuntimeWarning)\nprint(float('12,5'))\n"},
       {}, "ValueError"),
    sc("d_neg_node_deprecation_then_assert", "negative", "node --pending-deprecation legacy.js",
       "a legacy script triggers Buffer()'s deprecation warning and then its own assertion fails",
       {"legacy.js": "const assert = require('assert');\nconst b = new Buffer('abc');\nsetTimeout(() => assert.strictEqual(b.length, 4, 'expected a 4-byte header'), 10);\n"},
       {}, "AssertionError"),
    sc("d_mm_node_emitwarning_then_missing_b", "missing_module", "node app.js",
       "the twin: a process warning about an optional cache, then the app really requires a package that is not installed",
       {"app.js": "process.emitWarning('cache unreachable: connect ECONNREFUSED 127.0.0.1:6379', 'CacheWarning');\nconst dotenv = require('dotenv');\n"},
       {"module": "dotenv"}, "Error: Cannot find module"),
    # an error quoted in a line that says it was fixed
    sc("d_neg_py_whatsnew_then_no_input_d", "negative", "python3 conv.py",
       "a converter prints what is new in this version (quoting fixed errors) and exits with its own usage message: no "
       "input files",
       {"conv.py": "import sys\nprint('conv 2.1: what is new')\nprint('* Fixed \"ModuleNotFoundError: No module named \\'tomli\\'\" on Python 3.10')\n"
        "print('* Fixed \"PermissionError: [Errno 13] Permission denied: \\'out/\\'\" for read-only outputs')\n"
        "if len(sys.argv) < 2:\n    sys.exit('conv: error: no input files')\n"},
       {}, ""),
    sc("d_neg_make_news_then_test_fail_b", "negative", "make check",
       "make check prints the NEWS entry (a resolved connection error, quoted) and then a test comparison fails",
       {"Makefile": "check:\n\t@cat NEWS\n\t@test \"$$(echo 2+2)\" = 4 || { echo 'check: arithmetic test failed' >&2; exit 1; }\n",
        "NEWS": "v0.9.2\n  - resolved: `psql: error: connection to server at \"127.0.0.1\", port 5432 failed: Connection refused` on cold starts\n"},
       {}, "", tool="make", ecosystem="make"),
    sc("d_neg_perl_notes_then_die_a", "negative", "perl sync.pl",
       "a perl tool prints its release notes (a fixed Can't locate, quoted) and dies with its own business message",
       {"sync.pl": "print \"release notes:\\n\";\nprint \"- fixed: `Can't locate JSON/XS.pm in \\@INC` when only JSON::PP is installed\\n\";\n"
        "die \"sync: remote has 3 unmerged changes, refusing to overwrite\\n\";\n"},
       {}, "", tool="perl", ecosystem="perl"),
    # a grep hit over a log
    sc("d_neg_sh_grep_rn_logs_dir", "negative", "bash scan.sh",
       "a scan greps a folder of old logs recursively (file:line: hits) and fails when any ERROR line is there",
       {"scan.sh": "if grep -rn ' ERROR ' logs/; then echo 'scan: errors found in logs/' >&2; exit 1; fi\n",
        "logs/worker.log": "2026-12-05 10:00:00,101 INFO start\n2026-12-05 10:00:01,233 ERROR [Errno 13] Permission denied: '/var/run/worker.pid'\n",
        "logs/api.log": "2026-12-05 11:00:00,001 INFO start\n2026-12-05 11:00:02,502 ERROR ModuleNotFoundError: No module named 'redis'\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_neg_py_log_scanner_hits_a", "negative", "python3 logscan.py logs/api.log",
       "a hand-written log scanner prints path:line: hits for [ERROR] lines and exits 1",
       {"logscan.py": "import sys\nhits = 0\nfor path in sys.argv[1:]:\n    for n, line in enumerate(open(path), 1):\n"
        "        if line.startswith('[ERROR]'):\n            print(f'{path}:{n}:{line.rstrip()}'); hits += 1\nsys.exit(1 if hits else 0)\n",
        "logs/api.log": "[INFO] 2026-12-01 boot\n[ERROR] 2026-12-01 Error: connect ECONNREFUSED 127.0.0.1:5432\n[INFO] 2026-12-01 db back\n"},
       {}, ""),
    sc("d_neg_sh_grep_h_no_line_numbers", "negative", "bash triage.sh",
       "grep -H over two logs without line numbers (file: hits), then the triage fails by design",
       {"triage.sh": "grep -H 'Traceback\\|Error' logs/a.log logs/b.log\necho 'triage: 2 logs with errors' >&2\nexit 1\n",
        "logs/a.log": "2026-12-04T08:00:00 FileNotFoundError: [Errno 2] No such file or directory: 'data/in.csv'\n",
        "logs/b.log": "2026-12-04T09:00:00 OSError: [Errno 13] Permission denied: 'out/report.pdf'\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("d_perm_sh_grep_hits_then_real", "permission", "bash notify.sh",
       "the twin: a log check prints grep hits, then the alert script it runs has no execute bit",
       {"notify.sh": "grep -n ERROR logs/app.log\n./bin/alert \"errors found\"\n",
        "logs/app.log": "2026-12-06T02:00:03Z ERROR connect ECONNREFUSED 127.0.0.1:6379\n",
        "bin/alert": "#!/bin/sh\necho \"$1\"\n"},
       {"path": "bin/alert"}, "Permission denied", modes={"bin/alert": 0o644}, tool="bash", ecosystem="shell"),
    # a line of a help text
    sc("d_neg_py_argparse_full_help_exit2_a", "negative", "python3 mirror.py",
       "an argparse tool prints its full help (an indented epilog lists errors it may report) and exits 2: no command given",
       {"mirror.py": "import argparse, sys\np = argparse.ArgumentParser(prog='mirror', formatter_class=argparse.RawDescriptionHelpFormatter,\n"
        "    epilog='errors:\\n  [Errno 111] Connection refused    the upstream is down\\n  [Errno 13] Permission denied      the cache folder is read-only\\n')\n"
        "p.add_argument('command', nargs='?')\na = p.parse_args()\nif not a.command:\n    p.print_help(sys.stderr); sys.exit(2)\n"},
       {}, ""),
    sc("d_neg_node_usage_troubleshooting_b", "negative", "node deploy.js",
       "a node CLI without its argument prints usage with a Troubleshooting section that names errors, exit 1",
       {"deploy.js": "if (process.argv.length < 3) {\n  console.error(['Usage: deploy <env>', '', 'Troubleshooting:',\n"
        "    \"  Error: EACCES: permission denied, open '.deployrc'   run chmod 600 .deployrc\",\n"
        "    \"  Error: Cannot find module 'ssh2'                     run npm install\"].join('\\n'));\n  process.exit(1);\n}\n"},
       {}, ""),
    # an error in a replayed log of a past run
    sc("d_neg_node_previous_run_then_business", "negative", "node nightly.js",
       "a nightly job prints its previous run's log under a header, then this run fails on its own check",
       {"nightly.js": "const fs = require('fs');\nconsole.log('=== previous run (logs/nightly.log) ===');\nprocess.stdout.write(fs.readFileSync('logs/nightly.log', 'utf8'));\n"
        "console.log('=== this run ===');\nconst rows = 0;\nif (rows === 0) { console.error('nightly: export has 0 rows, refusing to publish'); process.exit(1); }\n",
        "logs/nightly.log": "nightly start\nError: Cannot find module 'dotenv'\nRequire stack:\n- /srv/nightly.js\n"},
       {}, ""),
    sc("d_neg_make_last_build_log_then_link_a", "negative", "make",
       "make shows the last build's log (a missing header then) and builds again: this time a link error",
       {"Makefile": "all:\n\t@echo '### last build log ###'; cat build.log; echo '### building ###'\n\tgcc -o app main.c\n",
        "build.log": "main.c:1:10: fatal error: zlib.h: No such file or directory\ncompilation terminated.\n",
        "main.c": "int helper(void);\nint main(void) { return helper(); }\n"},
       {}, "", tool="make", ecosystem="make"),
    sc("d_mm_py_previous_run_then_real", "missing_module", "bash run.sh",
       "the twin: a runner shows the previous run, then this run really fails importing a package that is not installed",
       {"run.sh": "echo '--- previous run ---'\ncat logs/last.log\necho '--- this run ---'\npython3 job.py\n",
        "logs/last.log": "PermissionError: [Errno 13] Permission denied: 'out/a.csv'\n",
        "job.py": "import polars\n"},
       {"module": "polars"}, "ModuleNotFoundError", tool="bash", ecosystem="shell"),
]

SCENARIOS = PYTHON + NODE + SHELL_TOOLS + POSITIVE + PROOFS
