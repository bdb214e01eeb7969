"""Session 17, helper s17-kinds-a (prefix ke_): proofs of the kinds that 69 probed runs showed (labels written before the
output was seen), on programs of other shapes than the probes. All names hash to kinds17a_train (capture.py hash_bit == 0).

Kinds: an HTTP client (requests, httpx, urllib, aiohttp, curl, wget, node fetch/http) printing a server's error answer
whose body holds the server's own exception (negative), and its twins where the client itself fails; Python exception
groups (TaskGroup, ExceptionGroup by hand, except*) whose sub-exceptions differ in cause or detail; code run from a string
(exec of a file's text, python3 -c); multiprocessing / concurrent.futures remote tracebacks; pip with no index reachable
(--retries 0) and pip -e of a local project that is not there.
"""
from scenarios.common import sc, pkg

CLOSED = {"db": ("closed",)}
JSON = {"Content-Type": "application/json"}
HTML = {"Content-Type": "text/html"}

TB_MM_PANDAS = ("Traceback (most recent call last):\n  File \"/opt/report/app/export.py\", line 12, in to_xlsx\n    import pandas as pd\n"
                "ModuleNotFoundError: No module named 'pandas'\n")
TB_PERM = ("Traceback (most recent call last):\n  File \"/srv/sync/worker.py\", line 30, in store\n    with open(target, 'wb') as out:\n"
           "PermissionError: [Errno 13] Permission denied: '/var/lib/sync/blobs/17'\n")
TB_SQLITE = ("Traceback (most recent call last):\n  File \"/srv/jobs/db.py\", line 8, in conn\n    return sqlite3.connect('/srv/jobs/jobs.db')\n"
             "sqlite3.OperationalError: unable to open database file\n")
NODE_ENOENT = ("Error: ENOENT: no such file or directory, open '/app/data/seed.json'\n    at Object.openSync (node:fs:596:3)\n"
               "    at Object.readFileSync (node:fs:464:35)\n    at /app/src/seed.js:4:22\n")
HTML_502_CONN = ("<html><head><title>502 Proxy Error</title></head><body><h1>Proxy Error</h1>\n<pre>\n"
                 "ConnectionRefusedError: [Errno 111] Connection refused\n</pre>\n</body></html>\n")

SCENARIOS = [
    # ---------------- a server's error answer printed by its client: negatives ----------------
    sc("ke_neg_httpx_stderr_then_raise_b", "negative", "/usr/bin/python3 ingest.py",
       "httpx client writes the 500 body (a JSON detail quoting the server's FileNotFoundError) to stderr, then raise_for_status",
       {"ingest.py": "import sys, httpx\nr = httpx.post('http://127.0.0.1:{{api}}/ingest', json={'batch': 4})\nprint(r.text, file=sys.stderr)\nr.raise_for_status()\n"},
       {}, "HTTPStatusError",
       servers={"api": ("http", 500, '{"detail": "[Errno 2] No such file or directory: \'/data/in/batch-4.csv\'"}\n', JSON)}),
    sc("ke_neg_curl_post_proxy_html_b", "negative", "curl -sS --fail-with-body -X POST http://127.0.0.1:{{api}}/orders",
       "curl POST gets a proxy's 502 HTML page whose <pre> quotes ConnectionRefusedError of the upstream", {}, {}, "curl",
       servers={"api": ("http", 502, HTML_502_CONN, HTML)}),
    sc("ke_neg_bash_curl_sync_body", "negative", "bash sync.sh",
       "a sync script's curl --fail-with-body prints the 500 body (server traceback, PermissionError) and the script says 'sync failed'",
       {"sync.sh": "URL=http://127.0.0.1:{{api}}/sync\ncurl -sS --fail-with-body \"$URL\" -o - || { echo 'sync failed' >&2; exit 1; }\n"},
       {}, "curl", servers={"api": ("http", 500, TB_PERM)}),
    sc("ke_neg_node_fetch_statustext", "negative", "node export.mjs",
       "node fetch prints '500 Internal Server Error' (status and statusText) and the body, a server traceback of a missing pandas",
       {"export.mjs": "const res = await fetch('http://127.0.0.1:{{api}}/export.xlsx');\nif (!res.ok) {\n  console.error(`${res.status} ${res.statusText}`);\n"
        "  console.error(await res.text());\n  process.exit(1);\n}\n"},
       {}, "", servers={"api": ("http", 500, TB_MM_PANDAS)}),
    sc("ke_neg_urllib_api_error_exit_d", "negative", "python3 publish.py",
       "urllib client reads the JSON error of a 500 and exits with 'API error 500: FileNotFoundError: ...'",
       {"publish.py": "import json, sys, urllib.request, urllib.error\ntry:\n    urllib.request.urlopen(urllib.request.Request('http://127.0.0.1:{{api}}/publish', data=b'{}'))\n"
        "except urllib.error.HTTPError as e:\n    sys.exit(f'API error {e.code}: {json.loads(e.read())[\"error\"]}')\n"},
       {}, "SystemExit",
       servers={"api": ("http", 500, '{"error": "FileNotFoundError: [Errno 2] No such file or directory: \'templates/post.html\'"}\n', JSON)}),
    sc("ke_neg_wget_nv_content_on_error_e", "negative", "wget -nv --content-on-error -O - http://127.0.0.1:{{api}}/seed",
       "wget -nv with --content-on-error prints a node server's ENOENT stack as the body and exits 8", {}, {}, "wget",
       servers={"api": ("http", 500, NODE_ENOENT)}),
    sc("ke_neg_py_logging_returned_502", "negative", "python3 charge.py",
       "a payment client logs 'payment API returned 502: upstream connect error ... Connection refused' and exits 1",
       {"charge.py": "import logging, sys, urllib.request, urllib.error\nlogging.basicConfig(format='%(levelname)s %(name)s: %(message)s')\nlog = logging.getLogger('charge')\n"
        "try:\n    urllib.request.urlopen('http://127.0.0.1:{{api}}/charge')\nexcept urllib.error.HTTPError as e:\n"
        "    log.error('payment API returned %s: %s', e.code, e.read().decode().strip())\n    sys.exit(1)\n"},
       {}, "", servers={"api": ("http", 502, "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: Connection refused")}),
    sc("ke_neg_aiohttp_service_answered_f", "negative", "/usr/bin/python3 render.py",
       "aiohttp client raises RuntimeError('render service answered 500: ModuleNotFoundError: ...') from the JSON error",
       {"render.py": "import asyncio, aiohttp\nasync def main():\n    async with aiohttp.ClientSession() as s:\n        async with s.post('http://127.0.0.1:{{api}}/render') as r:\n"
        "            data = await r.json()\n            if r.status >= 400:\n                raise RuntimeError(f\"render service answered {r.status}: {data['error']}\")\nasyncio.run(main())\n"},
       {}, "RuntimeError", servers={"api": ("http", 500, '{"error": "ModuleNotFoundError: No module named \'weasyprint\'"}\n', JSON)}),
    sc("ke_neg_requests_error_status_detail", "negative", "python3 restart_job.py",
       "requests prints 'error: 503 [Errno 111] Connection refused' from a FastAPI-like detail field and exits 2",
       {"restart_job.py": "import sys, requests\nr = requests.post('http://127.0.0.1:{{api}}/jobs/9/restart', timeout=5)\nif r.status_code >= 400:\n"
        "    print('error:', r.status_code, r.json()['detail'], file=sys.stderr)\n    sys.exit(2)\n"},
       {}, "", servers={"api": ("http", 503, '{"detail": "[Errno 111] Connection refused"}\n', JSON)}),
    sc("ke_neg_sh_curl_w_status_body", "negative", "bash check.sh",
       "a check script reads curl -w '%{http_code}', prints 'status 500' and the body (a server traceback of sqlite's unable to open database file)",
       {"check.sh": "out=$(curl -s -w '\\n%{http_code}' http://127.0.0.1:{{api}}/jobs)\ncode=${out##*$'\\n'}\nbody=${out%$'\\n'*}\n"
        "if [ \"$code\" -ge 500 ]; then\n  echo \"status $code\" >&2\n  echo \"$body\" >&2\n  exit 1\nfi\n"},
       {}, "", servers={"api": ("http", 500, TB_SQLITE)}),
    sc("ke_neg_node_http_get_arrow_b", "negative", "node jobs.js",
       "node http.get collects the body; for a 5xx it prints 'GET /jobs -> 500' and the body (a Python traceback of the server) and sets exitCode 1",
       {"jobs.js": "const http = require('http');\nhttp.get('http://127.0.0.1:{{api}}/jobs', res => {\n  let body = '';\n  res.on('data', c => body += c);\n"
        "  res.on('end', () => {\n    if (res.statusCode >= 500) { console.error(`GET /jobs -> ${res.statusCode}`); console.error(body); process.exitCode = 1; }\n  });\n});\n"},
       {}, "", servers={"api": ("http", 500, TB_SQLITE)}),

    # ---------------- twins: the client itself fails ----------------
    sc("ke_conn_requests_retry_adapter", "connection", "python3 poll.py",
       "requests Session with a Retry adapter to a closed port: MaxRetryError inside ConnectionError",
       {"poll.py": "import requests\nfrom requests.adapters import HTTPAdapter\nfrom urllib3.util.retry import Retry\ns = requests.Session()\n"
        "s.mount('http://', HTTPAdapter(max_retries=Retry(total=1, backoff_factor=0)))\ns.get('http://127.0.0.1:{{db}}/status', timeout=3)\n"},
       {"port": "{{db}}"}, "requests.exceptions.ConnectionError", servers=CLOSED),
    sc("ke_conn_curl_fail_with_body_closed_b", "connection", "curl -sS --fail-with-body http://127.0.0.1:{{db}}/export",
       "curl --fail-with-body to a closed port: curl (7)", {}, {"port": "{{db}}"}, "curl", servers=CLOSED),
    sc("ke_fnf_upload_after_body_b", "file_not_found", "python3 upload.py",
       "a client prints a 500 body (the server's ModuleNotFoundError) from a status check, then opens uploads/photo-3.jpg itself (missing)",
       {"upload.py": "import urllib.request, urllib.error\ntry:\n    urllib.request.urlopen('http://127.0.0.1:{{api}}/status')\nexcept urllib.error.HTTPError as e:\n"
        "    print('status check:', e.code, e.read().decode())\nwith open('uploads/photo-3.jpg', 'rb') as f:\n    urllib.request.urlopen('http://127.0.0.1:{{api}}/upload', data=f.read())\n"},
       {"path": "uploads/photo-3.jpg"}, "FileNotFoundError", servers={"api": ("http", 500, TB_MM_PANDAS)}),
    sc("ke_conn_httpx_second_service", "connection", "/usr/bin/python3 mirror.py",
       "httpx: the first service answers 500 (body with a server FileNotFoundError, printed), the mirror's port is closed: ConnectError",
       {"mirror.py": "import httpx\nr = httpx.get('http://127.0.0.1:{{api}}/pkg')\nif r.is_error:\n    print('primary:', r.status_code, r.text)\n"
        "    r = httpx.get('http://127.0.0.1:{{db}}/pkg')\n"},
       {"port": "{{db}}"}, "httpx.ConnectError",
       servers={"api": ("http", 500, "FileNotFoundError: [Errno 2] No such file or directory: '/srv/pkg/index.json'\n"), "db": ("closed",)}),

    # ---------------- exception groups ----------------
    sc("ke_eg_tg_module_then_refused_b", "missing_module", "python3 worker.py",
       "TaskGroup: the first task imports cbor2 (missing), the second connects to a closed port in the same step; the first sub-exception is the root",
       {"worker.py": "import asyncio, importlib, socket\nasync def encode():\n    importlib.import_module('cbor2')\nasync def publish():\n"
        "    socket.create_connection(('127.0.0.1', {{db}}), timeout=2)\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n"
        "        tg.create_task(encode())\n        tg.create_task(publish())\nasyncio.run(main())\n"},
       {"module": "cbor2"}, "ExceptionGroup", servers=CLOSED),
    sc("ke_eg_manual_two_modules", "missing_module", "python3 check_deps.py",
       "a dependency check raises ExceptionGroup('missing dependencies', [two ModuleNotFoundErrors]): the module is ambiguous",
       {"check_deps.py": "import importlib\nerrs = []\nfor m in ('lxml_stub_x', 'msgpack_stub_y'):\n    try:\n        importlib.import_module(m)\n"
        "    except ImportError as e:\n        errs.append(e)\nif errs:\n    raise ExceptionGroup('missing dependencies', errs)\n"},
       {"ambiguous": "module"}, "ExceptionGroup"),
    sc("ke_eg_except_star_conn_handled", "file_not_found", "python3 refresh.py",
       "except* ConnectionError is handled ('offline, using cache'); the FileNotFoundError of cache/feeds.json goes on",
       {"refresh.py": "import socket\ndef refresh():\n    errs = []\n    try: socket.create_connection(('127.0.0.1', {{db}}), timeout=2)\n    except OSError as e: errs.append(e)\n"
        "    try: open('cache/feeds.json').read()\n    except OSError as e: errs.append(e)\n    raise ExceptionGroup('refresh failed', errs)\n"
        "try:\n    refresh()\nexcept* ConnectionError:\n    print('offline, using cache')\n"},
       {"path": "cache/feeds.json"}, "ExceptionGroup", servers=CLOSED),
    sc("ke_eg_tg_same_file_twice_c", "file_not_found", "python3 shards.py",
       "TaskGroup: two tasks read the same missing file in the same step: one path, no ambiguity",
       {"shards.py": "import asyncio\nasync def read(i):\n    return open('index/shards.lst').read()\nasync def main():\n"
        "    async with asyncio.TaskGroup() as tg:\n        tg.create_task(read(1))\n        tg.create_task(read(2))\nasyncio.run(main())\n"},
       {"path": "index/shards.lst"}, "ExceptionGroup"),

    # ---------------- code run from a string ----------------
    sc("ke_exec_pathlib_read_text", "syntax", "python3 app.py",
       "exec(Path('conf/overrides.py').read_text()) of a file with a syntax error on line 2: File \"<string>\"",
       {"app.py": "from pathlib import Path\nDEBUG = False\nexec(Path('conf/overrides.py').read_text())\nprint(DEBUG)\n",
        "conf/overrides.py": "DEBUG = True\nLEVELS = {'a': 1 'b': 2}\n"},
       {"file": "conf/overrides.py", "line": 2}, "SyntaxError"),
    sc("ke_exec_compile_named_indent", "syntax", "python3 jobs.py cleanup",
       "exec(compile(open(p).read(), p, 'exec')) of jobs/cleanup.py with an indentation error: the real file is named",
       {"jobs.py": "import sys\np = f'jobs/{sys.argv[1]}.py'\nexec(compile(open(p).read(), p, 'exec'))\n",
        "jobs/cleanup.py": "def run():\n    print('cleaning')\n  print('done')\nrun()\n"},
       {"file": "jobs/cleanup.py", "line": 3}, "IndentationError"),
    sc("ke_python_c_exec_open_b", "syntax", "python3 -c \"exec(open('setup_hooks.py').read())\"",
       "python3 -c exec()s setup_hooks.py, whose line 4 lacks a colon: both frames are File \"<string>\"",
       {"setup_hooks.py": "import os\nHOOKS = []\ndef add(h):\n    if h not in HOOKS\n        HOOKS.append(h)\n"},
       {"file": "setup_hooks.py", "line": 4}, "SyntaxError"),

    # ---------------- multiprocessing / concurrent.futures ----------------
    sc("ke_mp_starmap_missing", "file_not_found", "python3 resize.py",
       "Pool.starmap worker opens in/b.tif (missing): the remote traceback names it",
       {"resize.py": "import multiprocessing as mp\ndef resize(src, w):\n    with open(src, 'rb') as f:\n        return len(f.read()) // w\n"
        "if __name__ == '__main__':\n    with mp.Pool(2) as p:\n        print(p.starmap(resize, [('in/a.tif', 2), ('in/b.tif', 2)]))\n", "in/a.tif": "xxxx"},
       {"path": "in/b.tif"}, "FileNotFoundError"),
    sc("ke_ppe_submit_refused_b", "connection", "python3 scan.py",
       "ProcessPoolExecutor.submit of a port scan-like check; the worker's ConnectionRefusedError comes back through future.result()",
       {"scan.py": "import socket\nfrom concurrent.futures import ProcessPoolExecutor\ndef check(port):\n    socket.create_connection(('127.0.0.1', port), timeout=2).close()\n"
        "    return port\nif __name__ == '__main__':\n    with ProcessPoolExecutor(1) as ex:\n        print(ex.submit(check, {{db}}).result())\n"},
       {"port": "{{db}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("ke_mp_apply_async_module", "missing_module", "python3 pack.py",
       "Pool.apply_async(...).get(): the worker imports zstandard (missing)",
       {"pack.py": "import multiprocessing as mp\ndef pack(path):\n    import zstandard\n    return path\nif __name__ == '__main__':\n"
        "    with mp.Pool(1) as p:\n        print(p.apply_async(pack, ('dist/app.tar',)).get(timeout=20))\n"},
       {"module": "zstandard"}, "ModuleNotFoundError"),

    # ---------------- pip ----------------
    sc("ke_pip_venv_python_m_retries0", "connection",
       "python3 -m venv .venv && .venv/bin/python -m pip install --retries 0 --timeout 1 -i http://127.0.0.1:{{db}}/simple/ 'tabulate>=0.9'",
       "venv's pip with --retries 0 and an index on a closed port: only 'from versions: none'", {},
       {"port": "{{db}}"}, "", servers=CLOSED),
    sc("ke_pip_make_editable_missing", "file_not_found", "make dev",
       "make dev runs pip install -e ./libs/core; the folder is not there",
       {"Makefile": "dev:\n\tpython3 -m pip install -q -e ./libs/core\n", "libs/README": "libraries\n"},
       {"path": "libs/core"}, ""),
    sc("ke_neg_pip_no_index_links_d", "negative", "python3 -m pip install --no-index --find-links wheels/ tabulate",
       "pip told to stay offline with an empty wheels/ folder: no version found, no index asked", {}, {}, "", dirs=["wheels"]),
]
