"""Session 17, s17-kinds-b (prefix kf_): proofs of the kinds that 65 probed runs showed (labels written before the
output was seen; probes in the helper's note). Each kind is proven here on programs of other shapes than the probe
that found it. All names hash to kinds17b_train (capture.py hash_bit == 0).

Kinds: a make recipe that feeds an interpreter its script on stdin (python3 - < f, cat f | bash -s, perl - < f,
node < f, sh < f; a .ONESHELL here-document), so the error names <stdin>, [stdin], '-' or 'line N' and the file is the
one the echoed recipe line redirects; a program's own line that its WebSocket closed, dropped or disconnected with a
bare close code ('ticker closed 1006', 'disconnected: 1013'); a retry loop whose attempts are warnings naming the
address and whose last words give up without one; npm install of a local folder that is missing (npm's ENOENT names
the folder's package.json).
"""
from scenarios.common import sc, WS_LINK

CLOSED = {"db": ("closed",)}

SCENARIOS = [
    # ---- a make recipe feeds the interpreter its script on stdin ----
    sc("kf_syn_make_pyvar_stdin", "syntax", "make seed",
       "a make variable names the interpreter; the recipe redirects a seed script with an indentation error into python3 -",
       {"Makefile": "PY ?= python3\nseed:\n\t$(PY) - < scripts/seed.py\n",
        "scripts/seed.py": "rows = [1, 2]\nfor r in rows:\nprint(r)\n"},
       {"file": "scripts/seed.py", "line": 3}, "IndentationError"),
    sc("kf_syn_make_cat_bash_s_args", "syntax", "make deploy",
       "a recipe pipes deploy steps into bash -s with an argument; bash reports 'line N' only",
       {"Makefile": ".PHONY: deploy\ndeploy:\n\t@echo deploying\n\tcat deploy/steps.sh | bash -s -- prod\n",
        "deploy/steps.sh": "env=$1\necho \"to $env\"\ncase $env in\n  prod) echo p ;;\nesca\n"},
       {"file": "deploy/steps.sh", "line": 5}),
    sc("kf_syn_make_perl_dash_stdin", "syntax", "make fmt",
       "a recipe feeds a perl formatter on stdin ('perl - < f'): 'syntax error at - line N'",
       {"Makefile": "fmt:\n\tperl - < tools/fmt.pl\n",
        "tools/fmt.pl": "use strict;\nmy @w = (1, 2, 3;\nprint scalar(@w), \"\\n\";\n"},
       {"file": "tools/fmt.pl", "line": 2}),
    sc("kf_syn_make_node_redirect_after_echo_c", "syntax", "make assets",
       "a recipe echoes a message, then runs node < scripts/assets.js with a syntax error ([stdin]:N)",
       {"Makefile": "assets:\n\t@echo generating assets\n\tnode < scripts/assets.js\n",
        "scripts/assets.js": "const files = ['a.css'];\nfor (const f of files) {\n  console.log(f)\n}}\n"},
       {"file": "scripts/assets.js", "line": 4}, "SyntaxError"),
    sc("kf_syn_make_dash_stdin", "syntax", "make lint",
       "a recipe runs sh < ci/check.sh (dash): 'sh: N: Syntax error'",
       {"Makefile": "lint:\n\tsh < ci/check.sh\n",
        "ci/check.sh": "echo checking\nfor f in a b; do\n  echo $f\ndone fi\n"},
       {"file": "ci/check.sh", "line": 4}),
    sc("kf_syn_make_oneshell_py_heredoc_b", "syntax", "make stats",
       "a .ONESHELL recipe feeds python3 a here-document with a missing colon: the code is in the Makefile",
       {"Makefile": ".ONESHELL:\nstats:\n\tpython3 - <<'EOF'\n\timport sys\n\tif len(sys.argv) > 0\n\t    print('ok')\n\tEOF\n"},
       {"file": "Makefile", "line": 5}),
    sc("kf_neg_make_py_stdin_check_fails", "negative", "make check",
       "a recipe feeds a check script on stdin; the check fails by its own words (exit 1), no error of a kind",
       {"Makefile": "check:\n\tpython3 - < tools/check_versions.py\n",
        "tools/check_versions.py": "import sys\nwant, have = '2.1', '2.0'\nif have != want:\n    print(f'version mismatch: want {want}, have {have}', file=sys.stderr)\n    sys.exit(1)\n"}),
    # ---- a program's own line: its WebSocket closed, dropped or disconnected with a bare close code ----
    sc("kf_ws_node_stream_dropped_code", "websocket", "node quotes.js",
       "a ws client prints '[quotes] stream dropped: <code>' from its close handler and exits 1",
       {"quotes.js": "const WebSocket = require('ws');\nconst s = new WebSocket('ws://127.0.0.1:{{ws}}/quotes');\ns.on('close', code => { console.error(`[quotes] stream dropped: ${code}`); process.exit(1); });\n"},
       {"close_code": 4000}, servers={"ws": ("ws", "close", 4000, "evicted")}, setup=WS_LINK),
    sc("kf_ws_py_websockets_disconnected_code", "websocket", "/usr/bin/python3 orders.py",
       "a websockets client prints 'orders feed disconnected: <code> <reason>' and exits 1",
       {"orders.py": "import asyncio, sys, websockets\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/orders') as ws:\n        try:\n            await ws.recv()\n        except websockets.ConnectionClosed as e:\n            print(f'orders feed disconnected: {e.rcvd.code} {e.rcvd.reason}', file=sys.stderr)\n            sys.exit(1)\nasyncio.run(main())\n"},
       {"close_code": 1013}, servers={"ws": ("ws", "close", 1013, "busy")}),
    sc("kf_ws_java_socket_lost_code", "websocket", "java Prices.java",
       "java.net.http WebSocket; the program prints 'price socket lost <code>' from onClose and exits 1",
       {"Prices.java": "import java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\npublic class Prices { public static void main(String[] a) throws Exception { CompletableFuture<Integer> c = new CompletableFuture<>(); HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(\"ws://127.0.0.1:{{ws}}/prices\"), new WebSocket.Listener() { public CompletionStage<?> onClose(WebSocket w, int code, String reason) { c.complete(code); return null; } }).join(); System.err.println(\"price socket lost \" + c.get(5, TimeUnit.SECONDS)); System.exit(1); } }\n"},
       {"close_code": 1011}, servers={"ws": ("ws", "close", 1011, "oops")}),
    sc("kf_neg_ws_node_closed_normal_then_check", "negative", "node digest.js",
       "a ws client prints 'digest closed 1000' (a normal close), then fails its own count check",
       {"digest.js": "const WebSocket = require('ws');\nconst s = new WebSocket('ws://127.0.0.1:{{ws}}/digest');\ns.on('close', code => { console.log(`digest closed ${code}`); console.error('digest incomplete: 0 of 5 items'); process.exit(1); });\n"},
       servers={"ws": ("ws", "close", 1000, "done")}, setup=WS_LINK),
    # ---- retried attempts logged as warnings with the address; last words give up without one ----
    sc("kf_conn_py_logging_retries_gave_up", "connection", "python3 sync.py",
       "a socket client logs each refused attempt as a warning naming host:port, then prints that it gave up",
       {"sync.py": "import logging, socket, sys, time\nlogging.basicConfig(format='%(asctime)s %(levelname)s %(name)s %(message)s')\nlog = logging.getLogger('sync')\nfor i in range(1, 4):\n    try:\n        socket.create_connection(('127.0.0.1', {{db}}), 1)\n        break\n    except OSError as e:\n        log.warning('connect to 127.0.0.1:{{db}} failed (try %d/3): %s', i, e)\n        time.sleep(0.05)\nelse:\n    print('sync: gave up after 3 tries', file=sys.stderr)\n    sys.exit(3)\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, servers=CLOSED),
    sc("kf_ws_py_websockets_warn_url_giving_up_d", "websocket", "/usr/bin/python3 alerts.py",
       "a websockets client logs each failed connect to its ws:// URL as a warning, then says it is giving up",
       {"alerts.py": "import asyncio, logging, sys, websockets\nlogging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')\nlog = logging.getLogger('alerts')\nURL = 'ws://127.0.0.1:{{db}}/alerts'\nasync def main():\n    for i in range(3):\n        try:\n            async with websockets.connect(URL):\n                return 0\n        except OSError as e:\n            log.warning('%s unreachable (%s), retry %d', URL, e.strerror, i + 1)\n            await asyncio.sleep(0.05)\n    print('alerts: giving up', file=sys.stderr)\n    return 1\nsys.exit(asyncio.run(main()))\n"},
       {"url": "ws://127.0.0.1:{{db}}/alerts", "host": "127.0.0.1", "port": "{{db}}"}, servers=CLOSED),
    sc("kf_neg_py_retry_warnings_then_ok", "negative", "python3 warm.py",
       "warnings about refused attempts, then the program connects and exits 0",
       {"warm.py": "import logging, socket\nlogging.basicConfig(format='%(levelname)s %(name)s: %(message)s')\nlog = logging.getLogger('warm')\nfor port in ({{db}}, {{up}}):\n    try:\n        socket.create_connection(('127.0.0.1', port), 1).close()\n        print('connected to', port)\n        break\n    except OSError as e:\n        log.warning('127.0.0.1:%d: %s, trying the next one', port, e)\n"},
       servers={"db": ("closed",), "up": ("http", 200, "ok")}, exit=0),
    # ---- npm install of a local folder that is missing ----
    sc("kf_fnf_npm_i_file_scheme", "file_not_found", "npm i --no-save file:./vendor/chart-lib",
       "npm i of a file: folder that does not exist: npm names its package.json",
       {"package.json": '{"name": "dash", "version": "1.0.0"}\n'},
       {"path": "vendor/chart-lib"}),
    sc("kf_fnf_make_npm_install_plugin", "file_not_found", "make plugins",
       "a make recipe installs a local plugin folder that was never checked out",
       {"Makefile": "plugins:\n\tnpm install --no-save ./plugins/auth\n", "package.json": '{"name": "site", "version": "1.0.0"}\n'},
       {"path": "plugins/auth"}),
]
