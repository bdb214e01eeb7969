"""Session 15, helper s15-kinds-a (prefix ka_): proofs of the kinds that 69 probed runs showed (labels written before the
output was seen). Each kind is proven on programs of other shapes than the probe that found it. All names hash to
kinds15a_train (capture.py hash_bit == 0).

Kinds: a Python syntax error that a program reported as repr(e), as str(e) (with or without its class, in a JSON log
field or after a tool's 'prog: error:'), or as a linter's 'path.py:LINE[:COL]: message' (flake8's E999 too); a network
tool's own words (curl, git) quoted in a Python, Node or Java exception; perl's 'syntax error at FILE line N' after a
die's words; the line of a 'bash -c' / 'sh -c' text's syntax error; a WebSocket close code a program prints alone in
parentheses after its close word ('disconnected (1011)').
"""
from scenarios.common import sc, WS_LINK, WS_REQ

CLOSED = {"db": ("closed",)}

SCENARIOS = [
    # ---------------- a Python syntax error reported without its traceback ----------------
    sc("ka_pysyn_cron_repr_print_a", "syntax", "python3 cron.py",
       "a cron-like runner compiles and runs each job file and prints '[cron] job X skipped: ' + repr(e); jobs/nightly.py misses a colon",
       {"cron.py": "import pathlib, sys\nfailed = 0\nfor p in sorted(pathlib.Path('jobs').glob('*.py')):\n    try:\n        exec(compile(p.read_text(), str(p), 'exec'), {})\n        print(f'[cron] job {p} done')\n"
        "    except SyntaxError as e:\n        print(f'[cron] job {p} skipped: {e!r}')\n        failed += 1\nsys.exit(1 if failed else 0)\n",
        "jobs/backup.py": "print('backup ok')\n",
        "jobs/nightly.py": "import os\n\nfor name in os.listdir('.')\n    print(name)\n"},
       {"file": "jobs/nightly.py", "line": "3"}, "SyntaxError"),
    sc("ka_pysyn_make_flake8_e999", "syntax", "make check",
       "make check runs a flake8-like checker that prints 'path:line:col: E999 IndentationError: unexpected indent', then make fails",
       {"Makefile": "check:\n\tpython3 tools/check.py src\n",
        "tools/check.py": "import ast, pathlib, sys\nbad = 0\nfor p in sorted(pathlib.Path(sys.argv[1]).rglob('*.py')):\n    try:\n        ast.parse(p.read_text(), str(p))\n    except SyntaxError as e:\n"
        "        print(f'{p}:{e.lineno}:{e.offset}: E999 {type(e).__name__}: {e.msg}')\n        bad += 1\nsys.exit(1 if bad else 0)\n",
        "src/api/__init__.py": "",
        "src/api/views.py": "def index():\n    return 'ok'\n\ndef health():\n        return 'up'\n      x = 1\n"},
       {"file": "src/api/views.py", "line": "6"}, "IndentationError"),
    sc("ka_pysyn_jsonlog_taberror", "syntax", "python3 worker.py",
       "a worker logs JSON lines; importing tasks.py fails with a TabError, logged as 'exception': type + str(e) (no traceback)",
       {"worker.py": "import importlib, json, sys, time\ndef log(level, msg, **kw):\n    print(json.dumps({'ts': round(time.time()), 'level': level, 'logger': 'loader', 'message': msg, **kw}))\n"
        "log('INFO', 'worker starting')\ntry:\n    importlib.import_module('tasks')\nexcept SyntaxError as e:\n    log('ERROR', 'module import failed', exception=f'{type(e).__name__}: {e}')\n    sys.exit(1)\n",
        "tasks.py": "def a():\n    if True:\n        return 1\n\treturn 2\n"},
       {"file": "tasks.py", "line": "4"}, "TabError"),
    sc("ka_pysyn_argparse_error_str", "syntax", "python3 deployctl.py --hooks hooks.py",
       "a CLI loads a hooks file and calls parser.error with str(e) of its SyntaxError ('deployctl.py: error: cannot load hooks: expected ':' (hooks.py, line 3)')",
       {"deployctl.py": "import argparse, runpy\nap = argparse.ArgumentParser(prog='deployctl.py')\nap.add_argument('--hooks')\na = ap.parse_args()\ntry:\n    runpy.run_path(a.hooks)\nexcept SyntaxError as e:\n    ap.error(f'cannot load hooks: {e}')\n",
        "hooks.py": "def pre_deploy():\n    pass\nclass Hooks\n    pass\n"},
       {"file": "hooks.py", "line": "3"}, "SyntaxError"),
    sc("ka_pysyn_logged_fileline_unindent", "syntax", "python3 collect.py",
       "a test collector compiles each test file and logs 'ERROR path:line: msg' with the logging module",
       {"collect.py": "import logging, pathlib, sys\nlogging.basicConfig(format='%(levelname)s %(message)s', level=logging.INFO)\nerrors = 0\n"
        "for p in sorted(pathlib.Path('tests').glob('test_*.py')):\n    try:\n        compile(p.read_text(), str(p), 'exec')\n        logging.info('collected %s', p)\n    except SyntaxError as e:\n"
        "        logging.error('%s:%d: %s', e.filename, e.lineno, e.msg)\n        errors += 1\nlogging.info('%d collection error(s)', errors)\nsys.exit(2 if errors else 0)\n",
        "tests/test_cart.py": "def test_a():\n    assert 1\n",
        "tests/test_orders.py": "def test_total():\n    if True:\n        x = 1\n      y = 2\n"},
       {"file": "tests/test_orders.py", "line": "4"}, "IndentationError"),
    sc("ka_neg_pysyn_lint_fixture_expected_b", "negative", "python3 test_checker.py",
       "a checker's own test runs it over fixtures that must fail to parse, prints their 'path:line:col: E999 SyntaxError' reports and passes (exit 0)",
       {"test_checker.py": "import ast\nfor f in ['fixtures/missing_colon.py', 'fixtures/unclosed.py']:\n    try:\n        ast.parse(open(f).read(), f)\n        raise SystemExit(f'{f}: parsed, expected a syntax error')\n"
        "    except SyntaxError as e:\n        print(f'{f}:{e.lineno}:{e.offset}: E999 SyntaxError: {e.msg}')\nprint('2 of 2 fixtures rejected as expected: ok')\n",
        "fixtures/missing_colon.py": "if x\n    pass\n", "fixtures/unclosed.py": "x = [1,\n"},
       {}, "", exit=0),

    # ---------------- a network tool's words quoted in an exception ----------------
    sc("ka_nettool_node_throw_curl", "connection", "node fetch-artifact.js",
       "node runs curl with execFile and throws new Error('artifact fetch failed: ' + stderr); the uncaught Error quotes curl's (7)",
       {"fetch-artifact.js": "const { execFile } = require('child_process');\nexecFile('curl', ['-sS', '-o', 'app.tgz', 'http://127.0.0.1:{{db}}/artifacts/app.tgz'], (err, out, stderr) => {\n"
        "  if (err) throw new Error(`artifact fetch failed: ${stderr.trim()}`);\n  console.log('fetched');\n});\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, "Error", servers=CLOSED),
    sc("ka_nettool_py_git_lsremote_custom", "connection", "python3 mirror.py",
       "a mirror tool runs git ls-remote against an http remote that is down and raises its own SyncError with git's words on one line",
       {"mirror.py": "import subprocess\nclass SyncError(Exception):\n    pass\nurl = 'http://127.0.0.1:{{db}}/infra/charts.git'\n"
        "r = subprocess.run(['git', 'ls-remote', url], capture_output=True, text=True)\nif r.returncode:\n    raise SyncError(f'ls-remote {url}: ' + ' '.join(r.stderr.split()))\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, "SyncError", servers=CLOSED),
    sc("ka_nettool_java_git_ioexception", "connection", "java -cp out app.Fetch",
       "a Java program runs git fetch with ProcessBuilder and throws IOException('fetch failed: ' + stderr)",
       {"src/app/Fetch.java": "package app;\nimport java.io.*;\npublic class Fetch {\n  public static void main(String[] a) throws Exception {\n"
        "    Process p = new ProcessBuilder(\"git\", \"ls-remote\", \"http://127.0.0.1:{{db}}/team/api.git\").redirectErrorStream(true).start();\n"
        "    String out = new String(p.getInputStream().readAllBytes()).trim();\n    if (p.waitFor() != 0) throw new IOException(\"fetch failed: \" + out.replace('\\n', ' '));\n  }\n}\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, "java.io.IOException", servers=CLOSED, setup=["javac -d out src/app/Fetch.java"]),
    sc("ka_neg_nettool_assert_quoted_e", "negative", "python3 test_cli.py",
       "a test of a CLI's error output fails its assertion, which quotes the curl words it expected; nothing was contacted",
       {"test_cli.py": "out = 'usage: cli URL'\nassert \"Couldn't connect to server\" in out, f\"expected curl's 'Failed to connect to 127.0.0.1 port 9 after 0 ms: Couldn't connect to server' in {out!r}\"\n"},
       {}, "AssertionError"),

    # ---------------- perl's syntax error after a die's words ----------------
    sc("ka_perlsyn_do_config_die_a", "syntax", "perl app.pl",
       "a perl app loads its config with do FILE and dies with 'config error: $@'; conf/site.pl misses a comma",
       {"app.pl": "use strict;\nmy $c = do './conf/site.pl';\ndie \"config error: $@\" if $@;\nprint \"port $c->{port}\\n\";\n",
        "conf/site.pl": "{\n  host => 'localhost',\n  port => 8080\n  debug => 1,\n}\n"},
       {"file": "conf/site.pl", "line": "4"}, "syntax error"),
    sc("ka_perlsyn_require_plugin_stderr", "syntax", "perl run.pl",
       "a perl runner requires a plugin inside eval and prints 'plugin Report disabled: $@' to stderr, exit 2",
       {"run.pl": "use strict;\nprint \"runner: loading plugins\\n\";\neval { require './plugins/Report.pm'; 1 } or do { print STDERR \"plugin Report disabled: $@\"; exit 2 };\nprint \"ok\\n\";\n",
        "plugins/Report.pm": "package Report;\nsub new { bless {}, shift }\nsub run {\n  my ($self) = @_;\n  my %o = (a => 1 b => 2);\n  return 1;\n}\n1;\n"},
       {"file": "plugins/Report.pm", "line": "5"}, "syntax error"),

    # ---------------- the line of a bash -c / sh -c text ----------------
    sc("ka_shline_driver_bash_c_steps_a", "syntax", "bash run-steps.sh",
       "a driver script runs each steps/*.sh with bash -c \"$(cat ...)\"; steps/20-build.sh has a for loop without do",
       {"run-steps.sh": "set -e\nfor f in steps/*.sh; do\n  echo \"== $f\"\n  bash -c \"$(cat \"$f\")\"\ndone\n",
        "steps/10-prep.sh": "echo prep\n", "steps/20-build.sh": "echo build\nfor m in a b\n  echo $m\ndone\n"},
       {"line": "3"}, "syntax error"),
    sc("ka_shline_node_spawn_sh_c", "syntax", "node ci.js",
       "node spawns sh -c with the text of ci/deploy.txt; dash reports 'sh: 3: Syntax error'",
       {"ci.js": "const { spawnSync } = require('child_process');\nconst fs = require('fs');\nconst script = fs.readFileSync('ci/deploy.txt', 'utf8');\n"
        "const r = spawnSync('sh', ['-c', script], { stdio: 'inherit' });\nif (r.status) { console.error(`deploy step failed with status ${r.status}`); process.exit(r.status); }\n",
        "ci/deploy.txt": "echo deploying\nx=1\nwhile [ $x -lt 3 ]; do x=$((x+1)); done; done\necho done\n"},
       {"line": "3"}, "Syntax error"),
    sc("ka_shline_py_bash_c_eof_d", "syntax", "python3 hooks.py",
       "python runs a hook's text with bash -c (check=True); the text opens a brace it never closes",
       {"hooks.py": "import subprocess\ntext = open('hooks/post-merge.txt').read()\nsubprocess.run(['bash', '-c', text], check=True)\n",
        "hooks/post-merge.txt": "echo post-merge\nnotify() {\n  echo notify $1\nnotify done\n"},
       {"line": "5"}, "syntax error"),

    # ---------------- a close code alone in parentheses ----------------
    sc("ka_wsclose_node_closed_parens_b", "websocket", "node watch.js",
       "node ws client whose close handler prints 'socket closed (4001)' and exits 3; the server closes with 4001",
       {"watch.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/events');\nws.on('open', () => console.log('watching events'));\n"
        "ws.on('close', (code) => { console.log(`socket closed (${code})`); process.exit(3); });\n"},
       {"close_code": "4001"}, "", servers={"ws": ("ws", "close", 4001, "unauthorized")}, setup=WS_LINK, requires=WS_REQ),
    sc("ka_wsclose_py_websockets_dropped", "websocket", "/usr/bin/python3 tail.py",
       "python websockets client; the server closes with 1013; the program catches ConnectionClosed and prints 'stream dropped (1013)' from ws.close_code, exit 1",
       {"tail.py": "import asyncio, sys, websockets\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/tail') as ws:\n        try:\n            async for m in ws:\n                print(m)\n"
        "        except websockets.ConnectionClosed:\n            print(f'stream dropped ({ws.close_code})')\n            return 1\n    return 0\nsys.exit(asyncio.run(main()))\n"},
       {"close_code": "1013"}, "", servers={"ws": ("ws", "close", 1013, "later")}, requires=["py:websockets"]),
    sc("ka_neg_wsclose_normal_then_assert", "negative", "node count.js",
       "node ws client: the server closes normally (1000) before any message; the program prints 'disconnected (1000)' and fails its own count check",
       {"count.js": "const WebSocket = require('ws');\nlet n = 0;\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/');\nws.on('message', () => n++);\n"
        "ws.on('close', (code) => { console.log(`disconnected (${code})`); if (n < 3) { console.error(`expected at least 3 messages, got ${n}`); process.exit(1); } });\n"},
       {}, "", servers={"ws": ("ws", "close", 1000, "bye")}, setup=WS_LINK, requires=WS_REQ),
    # ---------------- a SyntaxError that its loader raised again ----------------
    sc("ka_pychain_importlib_configerror_a", "syntax", "python3 manage.py",
       "a settings loader imports settings_prod with importlib and raises its own ConfigError from the SyntaxError; the chained traceback names settings_prod.py line 4",
       {"manage.py": "import importlib, os\nclass ConfigError(Exception):\n    pass\ndef load(name):\n    try:\n        return importlib.import_module(name)\n    except SyntaxError as e:\n        raise ConfigError(f'settings module {name!r} is broken') from e\n"
        "print('using', load(os.environ.get('SETTINGS', 'settings_prod')).DB)\n",
        "settings_prod.py": "DB = 'postgres://db/app'\nCACHE = 'redis://cache'\nWORKERS = 4\nDEBUG = False)\n"},
       {"file": "settings_prod.py", "line": "4"}, "SyntaxError"),
    sc("ka_pychain_during_handling_exec", "syntax", "python3 plugins.py",
       "a plugin host execs each plugin's compiled text; on a SyntaxError it raises its own LoaderError while handling it (implicit chain)",
       {"plugins.py": "import pathlib\nclass LoaderError(Exception):\n    pass\nfor p in sorted(pathlib.Path('plugins').glob('*.py')):\n    try:\n        exec(compile(p.read_text(), str(p), 'exec'), {})\n        print('loaded', p)\n"
        "    except SyntaxError:\n        raise LoaderError(f'plugin {p.stem} could not be loaded')\n",
        "plugins/alpha.py": "X = 1\n", "plugins/beta.py": "def handle(evt):\n    return {\n        'id': evt['id'],\n        'ok': True\n\nprint('beta')\n"},
       {"file": "plugins/beta.py", "line": "2"}, "SyntaxError"),

    # ---------------- an error text quoted as the value a validation rejected ----------------
    sc("ka_neg_valid_schema_type_repr_a", "negative", "python3 ingest.py",
       "an ingest check raises its own ValidationError: the event's 'error' value (a PermissionError text) is not of type 'object'",
       {"ingest.py": "class ValidationError(Exception):\n    pass\nevent = {'kind': 'crash', 'error': 'PermissionError: [Errno 13] Permission denied: /var/run/app.pid'}\n"
        "if not isinstance(event['error'], dict):\n    raise ValidationError(f\"{event['error']!r} is not of type 'object'\")\n"},
       {}, "ValidationError"),
    sc("ka_neg_valid_node_must_not", "negative", "node payload.js",
       "node refuses a public payload whose lastError field holds a module error text: an uncaught TypeError whose message quotes it",
       {"payload.js": "const payload = { id: 7, lastError: \"Error: Cannot find module 'pg'\" };\nif (/Error:/.test(payload.lastError)) {\n"
        "  throw new TypeError(`field \"lastError\" must not contain \"${payload.lastError}\" in a public payload`);\n}\nconsole.log(JSON.stringify(payload));\n"},
       {}, "TypeError"),
    # ---------------- a Node SyntaxError's message printed without its class ----------------
    sc("ka_nodesyn_new_function_template", "syntax", "node render.js",
       "a template renderer compiles each views/*.tpl.js body with new Function inside a try and prints 'template FILE: ' + e.message",
       {"render.js": "const fs = require('fs');\nlet bad = 0;\nfor (const f of fs.readdirSync('views').sort()) {\n  try { new Function('data', fs.readFileSync('views/' + f, 'utf8')); console.log('compiled', f); }\n"
        "  catch (e) { console.error(`template views/${f}: ${e.message}`); bad++; }\n}\nprocess.exit(bad ? 1 : 0);\n",
        "views/home.tpl.js": "return '<h1>' + data.title + '</h1>';\n",
        "views/list.tpl.js": "let out = '<ul>';\nfor (const item of data.items) {\n  out += '<li>' + item.name + '</li>'\n  out += item item.id;\n}\nreturn out + '</ul>';\n"},
       {"file": "views/list.tpl.js"}, "SyntaxError"),
    sc("ka_nodesyn_require_try_message_a", "syntax", "node server.js",
       "node requires ./lib/routes inside a try and prints 'routes: ' + e.message; routes.js ends inside a function",
       {"server.js": "let routes;\ntry { routes = require('./lib/routes'); }\ncatch (e) { console.error('routes: ' + e.message); process.exit(1); }\nconsole.log(Object.keys(routes));\n",
        "lib/routes.js": "module.exports = {\n  '/': (req, res) => {\n    res.end('home');\n  },\n"},
       {"file": "lib/routes.js"}, "SyntaxError"),
    sc("ka_nodesyn_esm_import_named_failed_e", "syntax", "node boot.mjs",
       "an ESM app imports each plugin with import() and prints '[./plugins/c.mjs] import failed: ' + err.message (missing ) after argument list)",
       {"boot.mjs": "for (const p of ['./plugins/a.mjs', './plugins/c.mjs']) {\n  try { const m = await import(p); m.init(); }\n  catch (err) { console.error(`[${p}] import failed: ${err.message}`); process.exitCode = 2; }\n}\n",
        "plugins/a.mjs": "export function init() { console.log('a ready'); }\n",
        "plugins/c.mjs": "export function init() {\n  console.log('c ready' 'now');\n}\n"},
       {"file": "plugins/c.mjs"}, "SyntaxError"),

    # ---------------- a shell syntax error in a make recipe ----------------
    sc("ka_mkrecipe_if_without_fi_a", "syntax", "make deploy ENV=staging",
       "a recipe splits an if over three lines without backslashes: /bin/sh runs 'if ...; then' alone and make names the recipe line",
       {"Makefile": "ENV ?= dev\ndeploy:\n\tif [ -n \"$(ENV)\" ]; then\n\t  echo deploying $(ENV)\n\tfi\n"},
       {"file": "Makefile", "line": "3"}, "Syntax error"),
    sc("ka_mkrecipe_for_loop_other_makefile_a", "syntax", "make -f build.mk docs",
       "a recipe of build.mk starts a for loop on one line and ends it on the next: /bin/sh expects 'done'",
       {"build.mk": "SRC = a.txt b.txt\n\ndocs:\n\tfor f in $(SRC); do\n\t  echo render $$f; done\n",
        "a.txt": "a\n", "b.txt": "b\n"},
       {"file": "build.mk", "line": "4"}, "Syntax error"),
    sc("ka_mkrecipe_unclosed_quote_after_ok_a", "syntax", "make all",
       "make builds 'prep' fine, then the 'build' recipe echoes an unterminated double-quoted string",
       {"Makefile": "NAME = api\nall: prep build\nprep:\n\t@echo prep ok\nbuild:\n\techo \"building $(NAME)\n"},
       {"file": "Makefile", "line": "6"}, "Syntax error"),

    # ---------------- the file:line form as type checkers and linters word it (found by a second blind batch) ----------------
    sc("ka_pysyn_mypy_like_make_typecheck", "syntax", "make typecheck",
       "make typecheck runs a mypy-like checker that prints 'path:line: error: msg  [syntax]' and 'Found 1 error in 1 file'",
       {"Makefile": "typecheck:\n\tpython3 tools/tc.py app\n",
        "tools/tc.py": "import ast, pathlib, sys\nfor p in sorted(pathlib.Path(sys.argv[1]).rglob('*.py')):\n    try:\n        ast.parse(p.read_text(), str(p))\n    except SyntaxError as e:\n"
        "        print(f'{p}:{e.lineno}: error: {e.msg}  [syntax]')\n        print('Found 1 error in 1 file (errors prevented further checking)')\n        sys.exit(2)\nprint('Success: no issues found in 2 source files')\n",
        "app/__init__.py": "", "app/billing.py": "def total(items):\n    s = 0\n    for i in items:\n        s += i.price\n    return s)\n"},
       {"file": "app/billing.py", "line": "5"}, "SyntaxError"),
    sc("ka_pysyn_pylint_like_precommit", "syntax", "bash hooks/pre-commit",
       "a pre-commit hook runs a pylint-like checker over the staged files: '************* Module x' then 'path:line:col: E0001: Parsing failed: ...' ",
       {"hooks/pre-commit": "set -e\nfor f in etl/extract.py etl/load.py; do python3 tools/plint.py \"$f\"; done\necho 'pre-commit: ok'\n",
        "tools/plint.py": "import ast, sys\nf = sys.argv[1]\nmod = f[:-3].replace('/', '.')\ntry:\n    ast.parse(open(f).read(), f)\nexcept SyntaxError as e:\n    print('************* Module ' + mod)\n"
        "    print(f\"{f}:{e.lineno}:{(e.offset or 1) - 1}: E0001: Parsing failed: '{e.msg} ({mod.split('.')[-1]}, line {e.lineno})' (syntax-error)\")\n    sys.exit(2)\n",
        "etl/extract.py": "def rows():\n    return []\n", "etl/load.py": "def load(rows):\n    for r in rows:\n    print(r)\n"},
       {"file": "etl/load.py", "line": "3"}, "IndentationError"),
]
