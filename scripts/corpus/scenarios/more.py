"""More situations: pytest output (E lines, collection errors), WebSocket clients (stdlib handshake, libraries,
ws), import wordings that are not a missing package, JSON that is not in a file."""
from scenarios.common import sc

CLOSED = {"api": ("closed",)}
PY = "/usr/bin/python3"
PYTEST = "python3 -m pytest -q -p no:cacheprovider"
WS = {"NODE_PATH": "/usr/share/nodejs"}

RAW_WS = ("import base64, http.client, os, sys\n\ndef connect(host, port, path):\n    c = http.client.HTTPConnection(host, port, timeout=3)\n"
          "    key = base64.b64encode(os.urandom(16)).decode()\n    c.request('GET', path, headers={'Upgrade': 'websocket', 'Connection': 'Upgrade',\n"
          "              'Sec-WebSocket-Key': key, 'Sec-WebSocket-Version': '13'})\n    r = c.getresponse()\n    if r.status != 101:\n"
          "        raise ConnectionError(f'WebSocket handshake with ws://{host}:{port}{path} failed: HTTP {r.status} {r.reason}')\n    return c\n\n")

SCENARIOS = [
    # ---------------- pytest ----------------
    sc("pytest_mm_collection", "missing_module", PYTEST + " tests",
       "pytest: ERROR collecting a test module that imports a missing package",
       {"tests/test_props.py": "from hypothesis_jsonschema import from_schema\n\n\ndef test_x():\n    pass\n"},
       {"module": "hypothesis_jsonschema"}, "pytest", requires=["py3:pytest"]),
    sc("pytest_conn_e_lines", "connection", PYTEST + " tests/test_api.py",
       "pytest: a test fails with ConnectionRefusedError (E lines, short test summary)",
       {"tests/test_api.py": "import http.client\n\n\ndef test_health():\n    c = http.client.HTTPConnection('127.0.0.1', {{api}}, timeout=2)\n"
        "    c.request('GET', '/health')\n    assert c.getresponse().status == 200\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "pytest", requires=["py3:pytest"], servers=CLOSED),
    sc("pytest_fnf_fixture", "file_not_found", PYTEST + " tests",
       "pytest: a fixture opens a data file that is missing (error at setup)",
       {"tests/test_import.py": "import pytest\n\n\n@pytest.fixture\ndef rows():\n    with open('tests/data/orders.csv') as f:\n        return f.readlines()\n\n\n"
        "def test_count(rows):\n    assert len(rows) == 3\n"},
       {"path": "tests/data/orders.csv"}, "pytest", requires=["py3:pytest"]),
    sc("pytest_syntax_collection", "syntax", PYTEST + " tests",
       "pytest: ERROR collecting a test file with a syntax error",
       {"tests/test_fmt.py": "def test_fmt():\n    assert f'{1+1}' == '2'\n\ndef test_bad()\n    pass\n"},
       {"file": "tests/test_fmt.py", "line": 4, "kind": "missing_colon"}, "pytest", requires=["py3:pytest"]),
    sc("pytest_json_fixture", "json_format", PYTEST + " tests",
       "pytest: a test loads a JSON fixture that does not parse (E json.decoder.JSONDecodeError)",
       {"tests/test_rules.py": "import json\n\n\ndef test_rules():\n    rules = json.load(open('tests/fixtures/rules.json'))\n    assert rules['version'] == 2\n",
        "tests/fixtures/rules.json": '{\n  "version": 2,\n  "rules": [],\n}\n'},
       {"json_file": "tests/fixtures/rules.json", "line": 4, "column": 1, "kind": "trailing_comma"}, "pytest", requires=["py3:pytest"]),
    sc("pytest_perm", "permission", PYTEST + " tests",
       "pytest: a test writes into a read-only folder (run without capabilities)",
       {"tests/test_export.py": "def test_export():\n    with open('out/result.txt', 'w') as f:\n        f.write('ok')\n"},
       {"path": "out/result.txt"}, "pytest", requires=["py3:pytest"], dirs=["out"], modes={"out": 0o555}, drop_caps=True),
    sc("pytest_imp_moved", "import_error", PYTEST + " tests",
       "pytest: collection error ImportError for a moved name",
       {"tests/test_registry.py": "from collections import Sequence\n\n\ndef test_seq():\n    assert isinstance([], Sequence)\n"},
       {"name": "Sequence", "from_module": "collections", "moved_to": "collections.abc", "file": "tests/test_registry.py", "line": 1},
       "pytest", requires=["py3:pytest"]),
    # ---------------- websocket ----------------
    sc("py_ws_raw_handshake_400", "websocket", "python3 tools/live.py",
       "a stdlib WebSocket handshake (http.client) gets HTTP 400; the client raises its own ConnectionError",
       {"tools/live.py": RAW_WS + "connect('127.0.0.1', {{ws}}, '/live')\n"},
       {"url": "ws://127.0.0.1:{{ws}}/live", "host": "127.0.0.1", "port": "{{ws}}", "http_status": 400}, "ConnectionError",
       servers={"ws": ("http", 400, "Bad Request: missing token\n")}),
    sc("py_ws_raw_handshake_refused", "websocket", "python3 tools/live.py ws://127.0.0.1:{{api}}/events",
       "a stdlib WebSocket client, server down: ConnectionRefusedError; the ws:// URL is in argv",
       {"tools/live.py": RAW_WS + "from urllib.parse import urlsplit\nu = urlsplit(sys.argv[1])\nconnect(u.hostname, u.port, u.path)\n"},
       {"url": "ws://127.0.0.1:{{api}}/events", "host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("lib_ws_aiohttp_refused", "websocket", PY + " tools/ws_refused.py",
       "aiohttp ws_connect to a closed port: ClientConnectorError",
       {"tools/ws_refused.py": "import asyncio, aiohttp\n\nasync def main():\n    async with aiohttp.ClientSession() as s:\n"
        "        async with s.ws_connect('ws://127.0.0.1:{{api}}/socket') as ws:\n            await ws.send_str('hi')\n\nasyncio.run(main())\n"},
       {"url": "ws://127.0.0.1:{{api}}/socket", "host": "127.0.0.1", "port": "{{api}}"}, "aiohttp.client_exceptions.ClientConnectorError",
       servers=CLOSED, requires=["py:aiohttp"], tool="python3", ecosystem="python"),
    sc("lib_ws_websockets_timeout", "websocket", PY + " tools/ws_timeout.py",
       "websockets: the opening handshake times out (the port accepts and never answers)",
       {"tools/ws_timeout.py": "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/stream', open_timeout=1) as ws:\n"
        "        await ws.recv()\n\nasyncio.run(main())\n"},
       {"url": "ws://127.0.0.1:{{ws}}/stream", "host": "127.0.0.1", "port": "{{ws}}"}, "TimeoutError",
       servers={"ws": ("silent",)}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("lib_ws_websockets_1012", "websocket", PY + " tools/ws_restart.py",
       "websockets: async for over messages ends with ConnectionClosedError 1012 (service restart)",
       {"tools/ws_restart.py": "import asyncio, websockets\n\nURL = 'ws://127.0.0.1:{{ws}}/quotes'\n\nasync def main():\n    async with websockets.connect(URL) as ws:\n"
        "        async for msg in ws:\n            print(msg)\n        await ws.recv()\n\nasyncio.run(main())\n"},
       {"close_code": 1012}, "websockets.exceptions.ConnectionClosedError",
       servers={"ws": ("ws", "close", 1012, "service restart")}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("lib_ws_wsclient_lost", "websocket", PY + " tools/ws_lost.py",
       "websocket-client: the server drops the connection after the handshake; send fails with ConnectionResetError inside the library",
       {"tools/ws_lost.py": "import websocket\nws = websocket.create_connection('ws://127.0.0.1:{{ws}}/orders')\nws.send('subscribe')\nprint(ws.recv())\n"},
       {"url": "ws://127.0.0.1:{{ws}}/orders", "host": "127.0.0.1", "port": "{{ws}}"}, "websocket._exceptions.WebSocketConnectionClosedException",
       servers={"ws": ("ws", "drop")}, requires=["py:websocket"], tool="python3", ecosystem="python"),
    sc("node_ws_ws_426", "websocket", "node tools/connect.js ws://127.0.0.1:{{ws}}/graphql",
       "ws package: Unexpected server response: 426 (unhandled error event)",
       {"tools/connect.js": "const WebSocket = require('ws');\nconst ws = new WebSocket(process.argv[2], 'graphql-ws');\nws.on('open', () => ws.close());\n"},
       {"url": "ws://127.0.0.1:{{ws}}/graphql", "host": "127.0.0.1", "port": "{{ws}}", "http_status": 426}, "Error: Unexpected server response",
       servers={"ws": ("http", 426, "Upgrade Required\n")}, env=WS, requires=["node:ws"]),
    sc("node_ws_ws_1013_retry", "websocket", "node tools/jobs.js",
       "ws package: close 1013 (try again later) after three reconnects, then exit 1",
       {"tools/jobs.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/jobs';\nlet n = 0;\nfunction open() {\n  const ws = new WebSocket(url);\n"
        "  ws.on('close', (code, reason) => {\n    n++;\n    console.warn(`jobs socket closed (${code} ${reason}), reconnect ${n}/3`);\n"
        "    if (n >= 3) { console.error(`giving up on ${url}`); process.exit(1); }\n    setTimeout(open, 50);\n  });\n}\nopen();\n"},
       {"url": "ws://127.0.0.1:{{ws}}/jobs", "host": "127.0.0.1", "port": "{{ws}}", "close_code": 1013}, "console",
       servers={"ws": ("ws", "close", 1013, "try again later")}, env=WS, requires=["node:ws"]),
    # ---------------- import_error ----------------
    sc("py_imp_not_a_package", "import_error", "python3 tools/main.py",
       "No module named 'app.models'; 'app' is not a package (a module shadows the package)",
       {"tools/main.py": "import app.models\n", "tools/app.py": "VERSION = 1\n", "tools/app_pkg/models.py": "x = 1\n"},
       {"file": "tools/main.py", "line": 1}, "ModuleNotFoundError"),
    sc("py_imp_os_getcwdu", "import_error", "python3 tools/where.py",
       "a Python 2 name: from os import getcwdu",
       {"tools/where.py": "from os import getcwdu\nprint(getcwdu())\n"},
       {"name": "getcwdu", "from_module": "os", "file": "tools/where.py", "line": 1}, "ImportError"),
    sc("py_imp_shadowed_stdlib", "import_error", "python3 tools/fetch.py",
       "a local file named like a stdlib module shadows it: cannot import name from 'email' (local file)",
       {"tools/fetch.py": "from email.message import EmailMessage\n", "tools/email.py": "# notes about email\n"},
       {"file": "tools/fetch.py", "line": 1}, "ModuleNotFoundError"),
    sc("node_imp_pkg_no_export", "import_error", "node gen.mjs",
       "ESM: a package that does not provide the named export (installed, wrong name)",
       {"gen.mjs": "import { v4 } from 'idgen';\nconsole.log(v4());\n",
        "node_modules/idgen/package.json": '{"name": "idgen", "version": "2.0.0", "type": "module", "exports": "./index.js"}\n',
        "node_modules/idgen/index.js": "export function uuid() { return 'x'; }\n"},
       {"name": "v4", "from_module": "idgen", "file": "gen.mjs"}, "SyntaxError"),
    sc("node_imp_dir_import", "import_error", "node app.mjs",
       "ESM import of a folder: ERR_UNSUPPORTED_DIR_IMPORT",
       {"app.mjs": "import { routes } from './routes';\nconsole.log(routes);\n", "routes/index.js": "export const routes = [];\n"},
       {"file": "app.mjs"}, "Error [ERR_UNSUPPORTED_DIR_IMPORT]"),
    # ---------------- json_format ----------------
    sc("py_json_env_var", "json_format", "python3 tools/features.py",
       "JSON in an environment variable does not parse (no file)",
       {"tools/features.py": "import json, os\nflags = json.loads(os.environ['FEATURE_FLAGS'])\nprint(flags)\n"},
       {"line": 1, "column": 26}, "json.decoder.JSONDecodeError", env={"FEATURE_FLAGS": '{"search": true, "beta": }'}),
    sc("node_json_env_var", "json_format", "node flags.js",
       "JSON.parse of an environment variable (no file)",
       {"flags.js": "const flags = JSON.parse(process.env.FEATURE_FLAGS);\nconsole.log(flags);\n"},
       {}, "SyntaxError", env={"FEATURE_FLAGS": "{search: true}"}),
    sc("jq_json_trailing", "json_format", "jq -e '.replicas' deploy/values.json",
       "jq: parse error at the closing brace after a trailing comma",
       {"deploy/values.json": '{\n  "image": "api:1.4",\n  "replicas": 3,\n}\n'}, {"json_file": "deploy/values.json", "line": 4}, "jq"),
    sc("py_json_tool_jsonlines", "json_format", "python3 -m json.tool --json-lines logs/events.jsonl",
       "json.tool --json-lines: one bad line in a JSON Lines file",
       {"logs/events.jsonl": '{"e": "login"}\n{"e": "logout"}\n{"e": \'view\'}\n'}, {"json_file": "logs/events.jsonl"}, "json.tool"),
    # ---------------- missing_module ----------------
    sc("py_mm_django_manage", "missing_module", "python3 manage.py runserver",
       "the standard manage.py: ImportError(\"Couldn't import Django...\") from ModuleNotFoundError",
       {"manage.py": "#!/usr/bin/env python\nimport os\nimport sys\n\n\ndef main():\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n    try:\n"
        "        from django.core.management import execute_from_command_line\n    except ImportError as exc:\n        raise ImportError(\n"
        "            \"Couldn't import Django. Are you sure it's installed and \"\n            \"available on your PYTHONPATH environment variable? Did you \"\n"
        "            \"forget to activate a virtual environment?\"\n        ) from exc\n    execute_from_command_line(sys.argv)\n\n\nif __name__ == '__main__':\n    main()\n"},
       {"module": "django"}, "ImportError"),
    sc("py_mm_metadata", "missing_module", "python3 tools/version.py",
       "importlib.metadata: PackageNotFoundError, no package metadata (the distribution is not installed)",
       {"tools/version.py": "from importlib.metadata import version\nprint('sdk', version('acme-sdk'))\n"},
       {}, "importlib.metadata.PackageNotFoundError"),
    sc("node_mm_worker_thread", "missing_module", "node main.js",
       "a worker thread requires a missing package; the main thread's error event",
       {"main.js": "const { Worker } = require('worker_threads');\nconst w = new Worker('./worker.js');\nw.on('error', (e) => { console.error('worker failed:', e); process.exit(1); });\n",
        "worker.js": "const sharp = require('sharp');\n"},
       {"module": "sharp"}, "Error: Cannot find module"),
]
