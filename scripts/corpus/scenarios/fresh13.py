"""A thirteenth fresh set (prefix x_), written BLIND for the final measure of session 11: its author had read only the
corpus README, capture.py, servers.py, common.py, fresh7.py and DESIGN.md sections 4 and 8, never the rules, the
parsers or any capture. Everyday situations in the forms that make diagnosis hard: the cause printed early and
followed by cleanup output or a parent's wrapper; errors inside logging lines, JSON log lines, child processes, test
runners (pytest, unittest, node --test, prove), npm/make wrappers, CalledProcessError and set -e scripts; retried
errors; several errors where one is the cause; details only in the argv or the program's files. About 30 % Python,
28 % Node, 30 % shells and tools, 10 % Java, a fifth realistic negatives. Labels were written before any output was
seen. Split: fresh13_train / fresh13_holdout by a fixed hash of the name (capture.py)."""
from scenarios.common import sc, WS_LINK, WS_REQ

CLOSED = {"api": ("closed",)}
PY = "/usr/bin/python3"
GIT_INIT = "git init -q . && git add -A && git commit -qm init"
PYTEST = "python3 -m pytest -q -p no:cacheprovider tests"
JSON_LOG = r'''import json, logging, sys


class JsonFormatter(logging.Formatter):
    def format(self, record):
        d = {"ts": self.formatTime(record), "level": record.levelname, "logger": record.name, "msg": record.getMessage()}
        if record.exc_info:
            d["exc_info"] = self.formatException(record.exc_info)
        return json.dumps(d)


def get_logger(name):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(JsonFormatter())
    log = logging.getLogger(name)
    log.addHandler(h)
    log.setLevel(logging.INFO)
    return log
'''


def javac(*classes):
    return ["javac -d out " + " ".join("src/app/%s.java" % c for c in classes)]


SCENARIOS = [
    # ======================================== Python ========================================
    # ---- missing_module
    sc("x_mm_py_worker_json_log_redis", "missing_module", "python3 worker.py",
       "a queue worker logs JSON lines; its lazy import of redis fails, it logs the exception (traceback in exc_info) and "
       "then two cleanup lines before exiting 3",
       {"jsonlog.py": JSON_LOG,
        "worker.py": r'''import sys
from jsonlog import get_logger

log = get_logger("worker")


def connect_queue():
    import redis
    return redis.Redis(host="127.0.0.1", port=6379)


log.info("worker starting, concurrency=4")
try:
    q = connect_queue()
except Exception:
    log.exception("failed to initialise queue backend")
    log.info("shutting down: flushed 0 pending tasks")
    log.info("worker stopped")
    sys.exit(3)
'''},
       {"module": "redis"}, "ModuleNotFoundError"),
    sc("x_mm_pytest_collect_freezegun", "missing_module", PYTEST,
       "pytest: one of three test modules imports freezegun (not installed): a collection error among passing modules",
       {"pytest.ini": "[pytest]\npythonpath = .\n", "billing.py": "def total(xs):\n    return sum(xs)\n",
        "tests/test_math.py": "def test_add():\n    assert 1 + 1 == 2\n\n\ndef test_mul():\n    assert 2 * 3 == 6\n",
        "tests/test_billing.py": "from freezegun import freeze_time\nfrom billing import total\n\n\n@freeze_time('2026-12-01')\ndef test_total():\n    assert total([1, 2]) == 3\n",
        "tests/test_strings.py": "def test_upper():\n    assert 'a'.upper() == 'A'\n"},
       {"module": "freezegun"}, "ModuleNotFoundError", requires=["py3:pytest"], tool="pytest"),
    sc("x_mm_py_child_calledprocess_tenacity", "missing_module", "python3 run_jobs.py",
       "a job runner runs each job in a child python with check=True; the notify job imports tenacity (not installed); the "
       "child's traceback is followed by the parent's CalledProcessError traceback",
       {"run_jobs.py": r'''import subprocess, sys

for job in ["jobs/cleanup.py", "jobs/notify.py"]:
    print(f"job {job}: starting", flush=True)
    subprocess.run([sys.executable, job], check=True)
    print(f"job {job}: done", flush=True)
''',
        "jobs/cleanup.py": "print('removed 0 stale files')\n",
        "jobs/notify.py": "from tenacity import retry, stop_after_attempt\n\n\n@retry(stop=stop_after_attempt(3))\ndef send():\n    print('sent')\n\n\nsend()\n"},
       {"module": "tenacity"}, "ModuleNotFoundError"),
    sc("x_mm_bash_set_e_alembic_trap", "missing_module", "bash scripts/migrate.sh",
       "a migration script under set -e with an EXIT trap runs python3 -m alembic (not installed); the trap prints cleanup lines",
       {"scripts/migrate.sh": r'''#!/bin/bash
set -euo pipefail
LOCK=migrate.lock
trap 'st=$?; echo "[migrate] releasing $LOCK"; rm -f "$LOCK"; echo "[migrate] exit status $st"' EXIT
touch "$LOCK"
echo "[migrate] upgrading schema to head"
python3 -m alembic upgrade head
echo "[migrate] done"
'''},
       {"module": "alembic"}, "No module named", tool="bash", ecosystem="python"),

    # ---- permission
    sc("x_perm_py_logging_filehandler", "permission", "python3 app.py --port 8080",
       "a web app configures logging to logs/app.log at start-up; the log file is read-only (run without capabilities); "
       "the PermissionError comes from inside logging's FileHandler",
       {"app.py": r'''import argparse, logging

ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int)
args = ap.parse_args()
logging.basicConfig(filename="logs/app.log", level=logging.INFO, format="%(asctime)s %(message)s")
logging.info("listening on %d", args.port)
''', "logs/app.log": "old line\n"},
       {"path": "logs/app.log"}, "PermissionError", modes={"logs/app.log": 0o444}, drop_caps=True),
    sc("x_perm_py_copy_retry_logged", "permission", "python3 publish.py",
       "a publisher copies a stylesheet into a read-only public/static folder, logs three WARNING retries with the "
       "PermissionError text and gives up with an ERROR line (run without capabilities)",
       {"publish.py": r'''import logging, shutil, sys, time

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("publish")
log.info("publishing static assets")
for attempt in range(1, 4):
    try:
        shutil.copy("build/app.css", "public/static/app.css")
        break
    except OSError as e:
        log.warning("copy failed (attempt %d/3): %s", attempt, e)
        time.sleep(0.1)
else:
    log.error("giving up: static assets not published")
    sys.exit(1)
''', "build/app.css": "body{}\n", "public/static/.keep": ""},
       {"path": "public/static/app.css"}, "PermissionError", modes={"public/static": 0o555}, drop_caps=True),
    sc("x_perm_py_sqlite_readonly_db", "permission", "python3 track.py",
       "a visit tracker inserts into a SQLite database file that is read-only (sqlite3.OperationalError: attempt to write a "
       "readonly database; run without capabilities); the path is only in the program",
       {"track.py": r'''import sqlite3

con = sqlite3.connect("data/visits.db")
print("recording visit")
con.execute("insert into visits(page) values ('/home')")
con.commit()
'''},
       {"path": "data/visits.db"}, "sqlite3.OperationalError", dirs=["data"],
       setup=["python3 -c \"import sqlite3; c=sqlite3.connect('data/visits.db'); c.execute('create table visits(page text)'); c.commit()\" && chmod 444 data/visits.db"],
       drop_caps=True),

    # ---- syntax
    sc("x_syn_pytest_src_mismatched_bracket", "syntax", PYTEST,
       "pytest: the module under test has a dict closed with ']' (closing parenthesis does not match); collection error",
       {"pytest.ini": "[pytest]\npythonpath = src\n",
        "src/inventory.py": "DEFAULT_STOCK = 0\n\nSTOCK = {'apple': 3, 'pear': 5]\n\n\ndef stock(name):\n    return STOCK.get(name, DEFAULT_STOCK)\n",
        "tests/test_inventory.py": "from inventory import stock\n\n\ndef test_apple():\n    assert stock('apple') == 3\n",
        "tests/test_misc.py": "def test_ok():\n    assert True\n"},
       {"file": "src/inventory.py", "line": 3}, "SyntaxError", requires=["py3:pytest"], tool="pytest"),
    sc("x_syn_py_child_indent_logged", "syntax", "python3 runner.py",
       "a runner runs three job scripts with capture_output and logs a failing child's stderr inside one ERROR log line; "
       "the cleanup job has an IndentationError, the other jobs succeed after it",
       {"runner.py": r'''import logging, subprocess, sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("runner")
failed = False
for job in ["jobs/rotate.py", "jobs/cleanup.py", "jobs/report.py"]:
    r = subprocess.run([sys.executable, job], capture_output=True, text=True)
    if r.returncode:
        log.error("job %s failed (exit %d): %s", job, r.returncode, r.stderr.strip())
        failed = True
    else:
        log.info("job %s ok: %s", job, r.stdout.strip())
log.info("run finished, %s", "with failures" if failed else "all ok")
sys.exit(1 if failed else 0)
''',
        "jobs/rotate.py": "print('rotated 2 logs')\n",
        "jobs/cleanup.py": "import os\n\ndef clean(path):\n    for f in os.listdir(path):\n    print('removing', f)\n\nclean('tmp')\n",
        "jobs/report.py": "print('report: 0 errors, 12 rows')\n"},
       {"file": "jobs/cleanup.py", "line": 5}, "IndentationError"),

    # ---- connection
    sc("x_conn_py_httpx_retry_logged", "connection", PY + " sync.py",
       "an httpx client retries three times, logging each ConnectError as a WARNING repr, then logs the unreachable URL and exits 2",
       {"sync.py": r'''import logging, sys, time
import httpx

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
log = logging.getLogger("sync")
URL = "http://127.0.0.1:{{api}}/api/v1/jobs"
for attempt in range(1, 4):
    try:
        r = httpx.get(URL, timeout=2)
        break
    except httpx.TransportError as e:
        log.warning("attempt %d: %r", attempt, e)
        time.sleep(0.2)
else:
    log.error("job sync aborted: %s unreachable", URL)
    sys.exit(2)
'''},
       {"url": "http://127.0.0.1:{{api}}/api/v1/jobs", "host": "127.0.0.1", "port": "{{api}}"}, "httpx.ConnectError",
       servers=CLOSED, requires=["py:httpx"], tool="python3", ecosystem="python"),
    sc("x_conn_py_requests_retry_adapter", "connection", "python3 catalog.py",
       "requests with an urllib3 Retry adapter: urllib3 prints 'Retrying ...' warnings, then a long MaxRetryError / "
       "ConnectionError chain",
       {"catalog.py": r'''import logging
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
s = requests.Session()
s.mount("http://", HTTPAdapter(max_retries=Retry(total=2, backoff_factor=0.1)))
print("fetching catalog page 1")
r = s.get("http://127.0.0.1:{{api}}/catalog?page=1", timeout=3)
print(r.status_code)
'''},
       {"url": "http://127.0.0.1:{{api}}/catalog?page=1", "host": "127.0.0.1", "port": "{{api}}"},
       "requests.exceptions.ConnectionError", servers=CLOSED, requires=["py3:requests"]),
    sc("x_conn_py_aiohttp_json_log", "connection", PY + " fetcher.py",
       "an aiohttp fetcher catches ClientConnectorError and prints it as one JSON log line, then exits 1",
       {"fetcher.py": r'''import asyncio, json, sys
import aiohttp


async def main():
    async with aiohttp.ClientSession() as s:
        try:
            async with s.get("http://127.0.0.1:{{api}}/feed") as r:
                print(await r.text())
        except aiohttp.ClientError as e:
            print(json.dumps({"level": "error", "event": "fetch_failed", "error": str(e), "type": type(e).__name__}))
            return 1
    return 0

sys.exit(asyncio.run(main()))
'''},
       {"host": "127.0.0.1", "port": "{{api}}"}, "aiohttp.client_exceptions.ClientConnectorError", servers=CLOSED,
       requires=["py:aiohttp"], tool="python3", ecosystem="python"),
    sc("x_conn_py_psql_calledprocess", "connection", "python3 nightly_check.py",
       "a python nightly check runs psql with check=True; psql's refusal is followed by the parent's CalledProcessError",
       {"nightly_check.py": r'''import subprocess

print("checking order counts", flush=True)
subprocess.run(["psql", "-h", "127.0.0.1", "-p", "{{api}}", "-U", "app", "-d", "shop", "-c", "select count(*) from orders"], check=True)
'''},
       {"host": "127.0.0.1", "port": "{{api}}"}, "subprocess.CalledProcessError", servers=CLOSED, requires=["bin:psql"]),
    sc("x_conn_py_smtplib_logged", "connection", "python3 report_mailer.py",
       "a report mailer logs the exception of smtplib.SMTP to a mail relay that is down (logging.exception), then "
       "'report kept in outbox' and exit 1",
       {"report_mailer.py": r'''import logging, smtplib, sys

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
logging.info("sending daily report to ops@example.com")
try:
    with smtplib.SMTP("127.0.0.1", {{api}}, timeout=3) as s:
        s.sendmail("noreply@example.com", ["ops@example.com"], "Subject: report\n\nok")
except OSError:
    logging.exception("could not send daily report")
    logging.info("report kept in outbox/2026-12-07.eml")
    sys.exit(1)
'''},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),

    # ---- file_not_found
    sc("x_fnf_unittest_setupclass_golden", "file_not_found", "python3 -m unittest discover -s tests -t . -v",
       "unittest: setUpClass of one test class opens a golden file that is missing; other classes pass",
       {"tests/__init__.py": "",
        "tests/test_report.py": r'''import unittest


class ReportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open("tests/data/golden.csv") as f:
            cls.golden = f.read()

    def test_header(self):
        self.assertTrue(self.golden.startswith("id,"))
''',
        "tests/test_util.py": "import unittest\n\n\nclass UtilTest(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n\n    def test_b(self):\n        self.assertIn('a', 'abc')\n"},
       {"path": "tests/data/golden.csv"}, "FileNotFoundError", dirs=["tests/data"]),
    sc("x_fnf_py_template_chained", "file_not_found", "python3 render.py welcome",
       "a renderer turns FileNotFoundError into its own TemplateNotFound (raise ... from e): two tracebacks joined by "
       "'The above exception was the direct cause'",
       {"render.py": r'''import sys
from pathlib import Path


class TemplateNotFound(Exception):
    pass


def load(name):
    try:
        return Path("templates", name).read_text()
    except FileNotFoundError as e:
        raise TemplateNotFound(f"template {name!r} not found") from e


print(load(f"emails/{sys.argv[1]}.txt"))
'''},
       {"path": "templates/emails/welcome.txt"}, "FileNotFoundError", dirs=["templates/emails"]),
    sc("x_fnf_py_subprocess_tool_missing", "file_not_found", "python3 build_assets.py",
       "a build script runs a bundled minifier ./tools/minify that is not in the checkout (FileNotFoundError from subprocess)",
       {"build_assets.py": r'''import subprocess

print("minifying 3 files", flush=True)
subprocess.run(["./tools/minify", "static/app.js", "static/admin.js", "static/vendor.js"], check=True)
print("done")
''', "static/app.js": "x\n"},
       {"path": "tools/minify"}, "FileNotFoundError"),

    # ---- json_format
    sc("x_json_pytest_fixture_trailing_comma", "json_format", PYTEST,
       "pytest: a conftest fixture loads tests/fixtures/users.json, whose array ends with a trailing comma; errors at "
       "setup of two tests while another passes",
       {"pytest.ini": "[pytest]\npythonpath = .\n",
        "tests/conftest.py": "import json\n\nimport pytest\n\n\n@pytest.fixture\ndef users():\n    with open('tests/fixtures/users.json') as f:\n        return json.load(f)\n",
        "tests/fixtures/users.json": '[\n  {"id": 1, "name": "ann"},\n  {"id": 2, "name": "bob"},\n]\n',
        "tests/test_users.py": "def test_count(users):\n    assert len(users) == 2\n\n\ndef test_names(users):\n    assert users[0]['name'] == 'ann'\n\n\ndef test_plain():\n    assert True\n"},
       {"json_file": "tests/fixtures/users.json", "line": 4, "column": 1}, "json.decoder.JSONDecodeError",
       requires=["py3:pytest"], tool="pytest"),
    sc("x_json_py_urllib_html_json_log", "json_format", "python3 prices.py",
       "a client decodes the pricing service's 200 answer, an HTML page from a proxy, with json.loads; it logs the "
       "decode error in a JSON log line and exits 1",
       {"prices.py": r'''import json, sys, urllib.request

with urllib.request.urlopen("http://127.0.0.1:{{api}}/v1/prices", timeout=5) as r:
    body = r.read().decode()
try:
    prices = json.loads(body)
except ValueError as e:
    print(json.dumps({"level": "error", "msg": "bad response from pricing service", "error": str(e)}))
    sys.exit(1)
print(len(prices))
'''},
       {}, "json.decoder.JSONDecodeError",
       servers={"api": ("http", 200, "<!DOCTYPE html>\n<html><body><h1>Welcome to nginx!</h1></body></html>\n", {"Content-Type": "text/html"})}),
    sc("x_json_py_config_overrides_logged", "json_format", "python3 loader.py",
       "a config loader merges config/base.json and config/overrides.json; the override misses a comma; it logs the file "
       "and the decode error, then a CRITICAL line",
       {"loader.py": r'''import json, logging, sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("config")
cfg = {}
for path in ["config/base.json", "config/overrides.json"]:
    try:
        with open(path) as f:
            cfg.update(json.load(f))
        log.info("loaded %s", path)
    except json.JSONDecodeError as e:
        log.error("failed to parse %s: %s", path, e)
        log.critical("invalid configuration, exiting")
        sys.exit(1)
''',
        "config/base.json": '{"db": {"host": "localhost", "port": 5432}, "debug": false}\n',
        "config/overrides.json": '{\n  "db": {"host": "db.internal", "port": 5432}\n  "cache": {"ttl": 60}\n}\n'},
       {"json_file": "config/overrides.json", "line": 3, "column": 3}, "json.decoder.JSONDecodeError"),

    # ---- import_error
    sc("x_imp_py_vendored_collections_mapping", "import_error", "python3 app.py",
       "an app imports a vendored helper that does 'from collections import Mapping' (removed in Python 3.10)",
       {"app.py": "from vendor.confmerge import merge\n\nprint(merge({'a': 1}, {'b': 2}))\n",
        "vendor/__init__.py": "",
        "vendor/confmerge/__init__.py": "from collections import Mapping\n\n\ndef merge(a, b):\n    out = dict(a)\n    out.update(b)\n    return out\n"},
       {"name": "Mapping", "from_module": "collections"}, "ImportError"),
    sc("x_imp_pytest_circular_models", "import_error", PYTEST,
       "pytest: shop.models imports shop.pricing, which imports Item from shop.models (partially initialized module)",
       {"pytest.ini": "[pytest]\npythonpath = .\n", "shop/__init__.py": "",
        "shop/models.py": "from shop.pricing import price_of\n\n\nclass Item:\n    def __init__(self, sku):\n        self.sku = sku\n",
        "shop/pricing.py": "from shop.models import Item\n\n\ndef price_of(item: Item):\n    return 10\n",
        "tests/test_models.py": "from shop.models import Item\n\n\ndef test_item():\n    assert Item('a').sku == 'a'\n"},
       {"name": "Item", "from_module": "shop.models"}, "ImportError", requires=["py3:pytest"], tool="pytest"),
    sc("x_imp_py_backend_logged_critical", "import_error", "python3 store.py",
       "a storage service logs the ImportError of its S3 backend class (renamed in storage.backends) and then a CRITICAL "
       "'no storage backend available' line, exit 3",
       {"store.py": r'''import logging, sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("storage")
backend = None
try:
    from storage.backends import S3Backend as backend
except ImportError as e:
    log.error("cannot load S3 backend: %s", e)
if backend is None:
    log.critical("no storage backend available, exiting")
    sys.exit(3)
''', "storage/__init__.py": "", "storage/backends.py": "class S3Storage:\n    pass\n\n\nclass LocalStorage:\n    pass\n"},
       {"name": "S3Backend", "from_module": "storage.backends"}, "ImportError"),

    # ---- websocket
    sc("x_ws_py_websockets_403", "websocket", PY + " stream.py",
       "a websockets client is rejected at the handshake with HTTP 403",
       {"stream.py": r'''import asyncio
import websockets

URL = "ws://127.0.0.1:{{ws}}/stream"


async def main():
    print("connecting to", URL, flush=True)
    async with websockets.connect(URL) as ws:
        print(await ws.recv())

asyncio.run(main())
'''},
       {"url": "ws://127.0.0.1:{{ws}}/stream", "http_status": 403}, "websockets.exceptions.InvalidStatusCode",
       servers={"ws": ("http", 403, "forbidden\n")}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("x_ws_py_wsapp_close_1001", "websocket", PY + " listener.py",
       "a websocket-client WebSocketApp prints the close code in on_close (1001 going away) and exits 1 after run_forever",
       {"listener.py": r'''import sys
import websocket

state = {}


def on_open(ws):
    print("subscribed to alerts", flush=True)


def on_close(ws, code, msg):
    state["code"] = code
    print(f"alerts socket closed: code={code} reason={msg}", flush=True)


app = websocket.WebSocketApp("ws://127.0.0.1:{{ws}}/alerts", on_open=on_open, on_close=on_close)
app.run_forever()
sys.exit(0 if state.get("code") == 1000 else 1)
'''},
       {"close_code": 1001}, "websocket", servers={"ws": ("ws", "close", 1001, "going away")},
       requires=["py:websocket"], tool="python3", ecosystem="python"),
    sc("x_ws_py_aiohttp_close_4401", "websocket", PY + " agent.py",
       "an aiohttp websocket agent gets a close frame 4401 and raises its own RuntimeError naming the code",
       {"agent.py": r'''import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as s:
        async with s.ws_connect("http://127.0.0.1:{{ws}}/agent") as ws:
            await ws.send_str("hello")
            msg = await ws.receive()
            if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED):
                raise RuntimeError(f"agent socket closed by server: code={ws.close_code} ({msg.extra})")

asyncio.run(main())
'''},
       {"close_code": 4401}, "RuntimeError", servers={"ws": ("ws", "close", 4401, "token expired")},
       requires=["py:aiohttp"], tool="python3", ecosystem="python"),

    # ---- Python negatives
    sc("x_neg_pytest_error_formatter", "negative", PYTEST,
       "pytest: a test of an error-message formatter fails; test names and values mention FileNotFoundError and "
       "Connection refused",
       {"pytest.ini": "[pytest]\npythonpath = .\n",
        "errfmt.py": "def describe(err):\n    if isinstance(err, ConnectionRefusedError):\n        return 'service down: ' + err.strerror\n    return 'missing: ' + str(err.filename)\n",
        "tests/test_errfmt.py": r'''from errfmt import describe


def test_describe_connection_refused():
    assert describe(ConnectionRefusedError(111, "Connection refused")) == "service down: Connection refused"


def test_describe_file_not_found():
    err = FileNotFoundError(2, "No such file or directory", "config.json")
    assert describe(err) == "missing file: config.json"
'''},
       {}, "AssertionError", requires=["py3:pytest"], tool="pytest"),
    sc("x_neg_py_httpx_retry_then_ok", "negative", PY + " sync_ok.py",
       "an httpx client logs a WARNING with ConnectError for the first (down) endpoint, then the second endpoint answers "
       "200 and the sync succeeds (exit 0)",
       {"sync_ok.py": r'''import logging
import httpx

logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("sync")
for base in ["http://127.0.0.1:{{down}}", "http://127.0.0.1:{{api}}"]:
    try:
        r = httpx.get(base + "/jobs", timeout=2)
        print("synced from", base, r.status_code)
        break
    except httpx.ConnectError as e:
        log.warning("endpoint %s failed: %r, trying next", base, e)
'''},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "[]\n")}, requires=["py:httpx"], exit=0,
       tool="python3", ecosystem="python"),
    sc("x_neg_py_requests_401_logged", "negative", "python3 deploy_hook.py",
       "requests gets HTTP 401 from a running API; the HTTPError is logged with logging.exception (exit 1)",
       {"deploy_hook.py": r'''import logging, sys
import requests

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
try:
    r = requests.post("http://127.0.0.1:{{api}}/hooks/deploy", json={"ref": "main"}, timeout=5)
    r.raise_for_status()
except requests.HTTPError:
    logging.exception("deploy hook rejected")
    sys.exit(1)
'''},
       {}, "requests.exceptions.HTTPError", servers={"api": ("http", 401, '{"error": "invalid token"}\n', {"Content-Type": "application/json"})},
       requires=["py3:requests"]),
    sc("x_neg_py_cli_help_troubleshooting", "negative", "python3 tool.py --help",
       "a CLI's --help has a troubleshooting epilog quoting Permission denied, No module named and Connection refused (exit 0)",
       {"tool.py": r'''import argparse

ap = argparse.ArgumentParser(
    prog="tool",
    description="Sync orders to the warehouse.",
    formatter_class=argparse.RawDescriptionHelpFormatter,
    epilog="""troubleshooting:
  "PermissionError: [Errno 13] Permission denied: 'out/'"  -> run with a writable --out
  "ModuleNotFoundError: No module named 'requests'"       -> pip install requests
  "ConnectionRefusedError: [Errno 111] Connection refused" -> is the warehouse API up?""")
ap.add_argument("--out", default="out/")
ap.parse_args()
'''},
       {}, "", exit=0),
    sc("x_neg_py_keyerror_order", "negative", "python3 process_orders.py",
       "an order processor hits a record without customer_id (KeyError, a data bug)",
       {"process_orders.py": r'''orders = [{"id": 1, "customer_id": 7}, {"id": 2, "total": 12.5}]
for o in orders:
    print("order", o["id"], "for customer", o["customer_id"])
'''},
       {}, "KeyError"),
    sc("x_neg_py_unittest_hint_text", "negative", "python3 -m unittest -v test_hints",
       "unittest: a test of a hint generator compares strings that quote ModuleNotFoundError; the assertion fails",
       {"hints.py": "def hint(msg):\n    if 'No module named' in msg:\n        return 'install the package'\n    return 'unknown'\n",
        "test_hints.py": r'''import unittest
from hints import hint


class HintTest(unittest.TestCase):
    def test_missing_module(self):
        self.assertEqual(hint("ModuleNotFoundError: No module named 'yaml'"), "pip install pyyaml")


if __name__ == "__main__":
    unittest.main()
'''},
       {}, "AssertionError"),
    sc("x_neg_py_local_timeout_124", "negative", "timeout 1 python3 crunch.py",
       "a CPU-bound local job is stopped by its own timeout (exit 124; no service involved)",
       {"crunch.py": "print('crunching', flush=True)\nn = 0\nwhile True:\n    n += 1\n"},
       {}, "", exit=124, tool="timeout", ecosystem="python"),

    # ======================================== Node ========================================
    # ---- missing_module
    sc("x_mm_npm_start_esm_pino", "missing_module", "npm start",
       "npm start runs an ESM server that imports pino (not installed); npm's wrapper lines follow the node error",
       {"package.json": '{"name": "orders-api", "version": "2.1.0", "type": "module", "scripts": {"start": "node src/server.js"}}\n',
        "src/server.js": "import http from 'node:http';\nimport pino from 'pino';\n\nconst log = pino();\nhttp.createServer((q, s) => s.end('ok')).listen(3000, () => log.info('up'));\n"},
       {"module": "pino"}, "Error [ERR_MODULE_NOT_FOUND]", tool="npm", ecosystem="node"),
    sc("x_mm_node_test_supertest", "missing_module", "node --test test/",
       "node --test: one test file requires supertest (not installed) among passing test files",
       {"app.js": "module.exports = (req, res) => res.end('ok');\n",
        "test/util.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n\ntest('adds', () => assert.strictEqual(1 + 1, 2));\n",
        "test/api.test.js": "const test = require('node:test');\nconst request = require('supertest');\nconst app = require('../app');\n\ntest('GET / answers ok', async () => {\n  await request(app).get('/').expect(200);\n});\n"},
       {"module": "supertest"}, "Error: Cannot find module"),
    sc("x_mm_node_execfile_json_log_chalk", "missing_module", "node run-report.js",
       "a node parent runs a report script with execFile and logs the failure as one JSON line whose stderr field holds the "
       "child's escaped 'Cannot find module chalk' error",
       {"run-report.js": r'''const { execFile } = require('child_process');
const log = (o) => console.log(JSON.stringify({ time: new Date().toISOString(), ...o }));
log({ level: 'info', msg: 'running weekly report' });
execFile(process.execPath, ['scripts/report.js'], (err, stdout, stderr) => {
  if (err) {
    log({ level: 'error', msg: 'report failed', code: err.code, stderr });
    process.exit(1);
  }
  log({ level: 'info', msg: stdout.trim() });
});
''', "scripts/report.js": "const chalk = require('chalk');\nconsole.log(chalk.green('report ok'));\n"},
       {"module": "chalk"}, "Error: Cannot find module"),
    sc("x_mm_npm_run_migrate_knex", "missing_module", "npm run migrate",
       "npm run migrate: the migration script requires ./db, which requires knex (not installed); a require stack and npm's lines",
       {"package.json": '{"name": "shop-db", "version": "0.3.0", "scripts": {"migrate": "node scripts/migrate.js latest"}}\n',
        "scripts/migrate.js": "const db = require('../db');\nconsole.log('migrating to', process.argv[2]);\ndb.migrate.latest();\n",
        "db/index.js": "const knex = require('knex');\nmodule.exports = knex({ client: 'pg', connection: process.env.DATABASE_URL });\n"},
       {"module": "knex"}, "Error: Cannot find module", tool="npm", ecosystem="node"),

    # ---- permission
    sc("x_perm_node_pidfile_text_log", "permission", "node server.js",
       "a node server logs text lines, fails to write its pid file into a read-only run/ folder, logs the error message "
       "and two shutdown lines, exit 1 (run without capabilities)",
       {"server.js": r'''const fs = require('fs');
const log = (lvl, msg) => console.log(`${new Date().toISOString()} [${lvl}] ${msg}`);
log('info', 'starting api on :8080');
try {
  fs.writeFileSync('run/api.pid', String(process.pid));
} catch (err) {
  log('error', `failed to write pid file: ${err.message}`);
  log('info', 'closing database pool');
  log('info', 'shutdown complete');
  process.exit(1);
}
''', "run/.keep": ""},
       {"path": "run/api.pid"}, "Error: EACCES", modes={"run": 0o555}, drop_caps=True),
    sc("x_perm_npm_build_copyfile", "permission", "npm run build",
       "npm run build copies the bundle into a read-only dist folder: EACCES on copyfile naming source and target "
       "(run without capabilities)",
       {"package.json": '{"name": "web", "version": "1.0.0", "scripts": {"build": "node build.js"}}\n',
        "build.js": "const fs = require('fs');\nconsole.log('bundling 14 modules');\nfs.copyFileSync('build/out.js', 'dist/app.js');\nconsole.log('build complete');\n",
        "build/out.js": "console.log(1)\n", "dist/.keep": ""},
       {"path": "dist/app.js"}, "Error: EACCES", modes={"dist": 0o555}, drop_caps=True, tool="npm", ecosystem="node"),
    sc("x_perm_node_esm_export_open", "permission", "node export.mjs",
       "an ESM exporter opens data/export.csv for writing with fs/promises at top level; the data folder is read-only "
       "(unhandled rejection, run without capabilities)",
       {"export.mjs": "import { open } from 'node:fs/promises';\nconsole.log('exporting 250 rows');\nconst fh = await open('data/export.csv', 'w');\nawait fh.write('id,total\\n');\nawait fh.close();\n",
        "data/.keep": ""},
       {"path": "data/export.csv"}, "Error: EACCES", modes={"data": 0o555}, drop_caps=True),

    # ---- syntax
    sc("x_syn_node_await_non_async", "syntax", "node index.js",
       "a node app requires lib/jobs.js, which uses await inside a non-async function",
       {"index.js": "const jobs = require('./lib/jobs');\njobs.run('http://127.0.0.1/jobs');\n",
        "lib/jobs.js": "function run(url) {\n  console.log('fetching', url);\n  const r = await fetch(url);\n  return r.json();\n}\n\nmodule.exports = { run };\n"},
       {"file": "lib/jobs.js", "line": 3}, "SyntaxError"),
    sc("x_syn_npm_test_helper_missing_paren", "syntax", "npm test",
       "npm test runs node --test; a shared test helper misses a closing parenthesis (missing ) after argument list)",
       {"package.json": '{"name": "geo", "version": "1.0.0", "scripts": {"test": "node --test"}}\n',
        "test/helpers.js": "const assert = require('node:assert');\nfunction near(a, b) {\n  assert.ok(Math.abs(a - b) < 0.01, `expected ${a} near ${b}`;\n}\nmodule.exports = { near };\n",
        "test/distance.test.js": "const test = require('node:test');\nconst { near } = require('./helpers');\n\ntest('distance', () => near(1.001, 1));\n"},
       {"file": "test/helpers.js", "line": 3}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("x_syn_node_worker_thread", "syntax", "node main.js",
       "a node app starts a worker thread whose script has an unclosed array; the main thread logs the worker's error and exits 1",
       {"main.js": r'''const { Worker } = require('worker_threads');
console.log('starting resize worker');
const w = new Worker('./workers/resize.js');
w.on('error', (err) => {
  console.error('resize worker failed:', err);
  process.exit(1);
});
w.on('exit', (c) => console.log('worker exited', c));
''', "workers/resize.js": "const { parentPort } = require('worker_threads');\nconst sizes = [100, 200;\nparentPort.postMessage(sizes);\n"},
       {"file": "workers/resize.js", "line": 2}, "SyntaxError"),

    # ---- connection
    sc("x_conn_node_fetch_failed_logged", "connection", "node health.mjs http://127.0.0.1:{{api}}/healthz",
       "an ESM health check catches fetch's 'fetch failed', logs a line and the error object with its [cause] "
       "(ECONNREFUSED), then a 'done' line",
       {"health.mjs": r'''const url = process.argv[2];
try {
  const r = await fetch(url);
  console.log('status', r.status);
} catch (err) {
  console.error(`[health] check of ${url} failed: ${err.message}`);
  console.error(err);
  process.exitCode = 1;
}
console.log('[health] done');
'''},
       {"url": "http://127.0.0.1:{{api}}/healthz", "host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    sc("x_conn_node_net_retry_own_error", "connection", "node db-wait.js",
       "a node start-up check retries a TCP connect to the database three times (logging each ECONNREFUSED), then throws "
       "its own Error 'database unavailable after 3 attempts'",
       {"db-wait.js": r'''const net = require('net');
const PORT = {{api}};
function attempt(n) {
  const s = net.connect(PORT, '127.0.0.1', () => { console.log('database is up'); s.end(); });
  s.on('error', (err) => {
    console.log(`attempt ${n} failed: ${err.message}`);
    if (n >= 3) throw new Error('database unavailable after 3 attempts');
    setTimeout(() => attempt(n + 1), 100);
  });
}
attempt(1);
'''},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("x_conn_node_request_timeout_argv", "connection", "node upload.js http://127.0.0.1:{{api}}/upload",
       "a node uploader destroys its request after a 1 s timeout (the server accepts and never answers) and prints "
       "'upload failed: request timed out after 1000ms'",
       {"upload.js": r'''const http = require('http');
const req = http.request(process.argv[2], { method: 'POST', timeout: 1000 }, (res) => console.log(res.statusCode));
req.on('timeout', () => req.destroy(new Error('request timed out after 1000ms')));
req.on('error', (err) => { console.error('upload failed:', err.message); process.exit(1); });
req.end('payload');
'''},
       {"url": "http://127.0.0.1:{{api}}/upload", "host": "127.0.0.1", "port": "{{api}}"}, "Error", servers={"api": ("silent",)}),
    sc("x_conn_npm_sync_json_err_hangup", "connection", "npm run sync",
       "npm run sync: a node sync job logs pino-style JSON with an err object (message, code, stack) when "
       "the upstream resets the connection (read ECONNRESET)",
       {"package.json": '{"name": "sync", "version": "1.0.0", "scripts": {"sync": "node sync.js"}}\n',
        "sync.js": r'''const http = require('http');
const log = (level, o) => console.log(JSON.stringify({ level, time: Date.now(), pid: process.pid, ...o }));
log(30, { msg: 'sync started', target: '127.0.0.1:{{api}}' });
http.get({ host: '127.0.0.1', port: {{api}}, path: '/changes' }, (r) => log(30, { msg: 'ok', status: r.statusCode }))
  .on('error', (err) => {
    log(50, { msg: 'sync failed', err: { type: err.name, message: err.message, code: err.code, stack: err.stack } });
    process.exit(1);
  });
'''},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: read ECONNRESET", servers={"api": ("reset",)}, tool="npm", ecosystem="node"),

    # ---- file_not_found
    sc("x_fnf_node_readstream_unhandled", "file_not_found", "node import.js uploads/batch-17.csv",
       "a node importer pipes a read stream of the upload named in its argument; the file is missing (unhandled 'error' event)",
       {"import.js": "const fs = require('fs');\nconsole.log('importing', process.argv[2]);\nfs.createReadStream(process.argv[2]).pipe(process.stdout);\n"},
       {"path": "uploads/batch-17.csv"}, "Error: ENOENT", dirs=["uploads"]),
    sc("x_fnf_npm_build_scandir_fonts", "file_not_found", "npm run build",
       "npm run build lists assets/fonts to copy them; the folder was never checked out (ENOENT scandir)",
       {"package.json": '{"name": "site", "version": "3.0.0", "scripts": {"build": "node tools/build.js"}}\n',
        "tools/build.js": "const fs = require('fs');\nconsole.log('copying fonts');\nfor (const f of fs.readdirSync('assets/fonts')) console.log(f);\n",
        "assets/logo.svg": "<svg/>\n"},
       {"path": "assets/fonts"}, "Error: ENOENT", tool="npm", ecosystem="node"),
    sc("x_fnf_node_env_file_logged", "file_not_found", "node config-check.js",
       "a node service loads .env.production (NODE_ENV from the environment); it logs the ENOENT message and refuses to "
       "start (exit 78)",
       {"config-check.js": r'''const fs = require('fs');
const file = `.env.${process.env.NODE_ENV}`;
try {
  fs.readFileSync(file, 'utf8');
  console.log('[config] loaded', file);
} catch (e) {
  console.error(`[config] could not load ${file}: ${e.message}`);
  console.error('[config] refusing to start without configuration');
  process.exit(78);
}
''', ".env.example": "PORT=3000\n"},
       {"path": ".env.production"}, "Error: ENOENT", env={"NODE_ENV": "production"}),

    # ---- json_format
    sc("x_json_npm_package_json_trailing_comma", "json_format", "npm run build",
       "npm run build on a package.json with a trailing comma (npm's EJSONPARSE)",
       {"package.json": '{\n  "name": "dash",\n  "version": "1.0.0",\n  "scripts": {\n    "build": "node build.js"\n  },\n}\n',
        "build.js": "console.log('built')\n"},
       {"json_file": "package.json"}, "npm", tool="npm", ecosystem="node"),
    sc("x_json_node_require_local_json", "json_format", "node app.js",
       "a node app requires config/local.json, which has a trailing comma",
       {"app.js": "const cfg = require('./config/local.json');\nconsole.log('port', cfg.port);\n",
        "config/local.json": '{\n  "port": 8080,\n  "db": "postgres://localhost/app",\n}\n'},
       {"json_file": "config/local.json"}, "SyntaxError"),
    sc("x_json_node_fetch_html_200", "json_format", "node prices.mjs",
       "an ESM client calls res.json() on a 200 answer that is an HTML error page (Unexpected token '<')",
       {"prices.mjs": "const r = await fetch('http://127.0.0.1:{{api}}/api/prices');\nconsole.log('status', r.status);\nconst data = await r.json();\nconsole.log(data.length);\n"},
       {}, "SyntaxError", servers={"api": ("http", 200, "<!DOCTYPE html>\n<html><head><title>Just a moment...</title></head><body></body></html>\n", {"Content-Type": "text/html"})}),

    # ---- import_error
    sc("x_imp_npm_start_esm_named_missing", "import_error", "npm start",
       "npm start: an ESM CLI imports { parseArgs } from ./args.mjs, which exports parseArgv",
       {"package.json": '{"name": "cli", "version": "1.0.0", "type": "module", "scripts": {"start": "node src/cli.mjs"}}\n',
        "src/cli.mjs": "import { parseArgs } from './args.mjs';\nconsole.log(parseArgs(process.argv.slice(2)));\n",
        "src/args.mjs": "export function parseArgv(argv) {\n  return argv;\n}\n"},
       {"name": "parseArgs", "from_module": "./args.mjs"}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("x_imp_node_esm_named_from_cjs_pkg", "import_error", "node main.mjs",
       "ESM imports { render } from a local CommonJS package whose exports are built at run time (Named export not found)",
       {"main.mjs": "import { render } from 'tmpl-lib';\nconsole.log(render('hi'));\n",
        "node_modules/tmpl-lib/package.json": '{"name": "tmpl-lib", "version": "1.0.0", "main": "index.js"}\n',
        "node_modules/tmpl-lib/index.js": "const impl = {};\nimpl.render = (t) => `<p>${t}</p>`;\nmodule.exports = impl;\n"},
       {"name": "render", "from_module": "tmpl-lib"}, "SyntaxError"),

    # ---- websocket
    sc("x_ws_node_ws_unexpected_200", "websocket", "node ticker.js",
       "a node ws client reaches a plain web server that answers the upgrade with 200 (Unexpected server response: 200)",
       {"ticker.js": "const WebSocket = require('ws');\nconsole.log('connecting ticker');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/ticker');\nws.on('message', (m) => console.log(String(m)));\n"},
       {"url": "ws://127.0.0.1:{{ws}}/ticker", "http_status": 200}, "Error: Unexpected server response: 200",
       servers={"ws": ("http", 200, "<html>ok</html>\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("x_ws_node_ws_1013_reconnect_giveup", "websocket", "node feed.js",
       "a node ws client reconnects three times after close code 1013 (try again later) and then gives up (exit 1)",
       {"feed.js": r'''const WebSocket = require('ws');
let tries = 0;
function connect() {
  tries += 1;
  const ws = new WebSocket('ws://127.0.0.1:{{ws}}/feed');
  ws.on('close', (code, reason) => {
    console.log(`feed closed ${code} (${reason}), attempt ${tries}/3`);
    if (tries >= 3) { console.error('giving up on feed'); process.exit(1); }
    setTimeout(connect, 100);
  });
}
connect();
'''},
       {"close_code": 1013}, "ws", servers={"ws": ("ws", "close", 1013, "try again later")}, setup=WS_LINK, requires=WS_REQ),
    sc("x_ws_node_ws_refused_json_log", "websocket", "node presence.js",
       "a node ws presence client logs its error as a JSON line (message and url) when the socket server is down",
       {"presence.js": r'''const WebSocket = require('ws');
const url = 'ws://127.0.0.1:{{api}}/presence';
const ws = new WebSocket(url);
ws.on('error', (err) => {
  console.log(JSON.stringify({ level: 'error', msg: 'presence socket error', err: err.message, url }));
  process.exit(1);
});
'''},
       {"url": "ws://127.0.0.1:{{api}}/presence", "host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED",
       servers=CLOSED, setup=WS_LINK, requires=WS_REQ),

    # ---- Node negatives
    sc("x_neg_node_test_msg_econnrefused", "negative", "node --test test/",
       "node --test: a test of an error describer fails; expected and actual strings quote 'connect ECONNREFUSED 127.0.0.1:5432'",
       {"lib/describe.js": "module.exports = (e) => `db error: ${e.message}`;\n",
        "test/describe.test.js": r'''const test = require('node:test');
const assert = require('node:assert');
const describe = require('../lib/describe');

test('describes a refused database connection', () => {
  const err = new Error('connect ECONNREFUSED 127.0.0.1:5432');
  assert.strictEqual(describe(err), 'database down: connect ECONNREFUSED 127.0.0.1:5432');
});
'''},
       {}, "AssertionError"),
    sc("x_neg_node_fetch_500_json_log", "negative", "node check-orders.mjs",
       "an ESM checker gets HTTP 500 from a running API and logs a JSON error line, exit 1",
       {"check-orders.mjs": r'''const r = await fetch('http://127.0.0.1:{{api}}/orders/today');
if (!r.ok) {
  console.log(JSON.stringify({ level: 'error', msg: 'upstream returned an error', status: r.status, body: await r.text() }));
  process.exit(1);
}
'''},
       {}, "", servers={"api": ("http", 500, "internal error: division by zero in report\n")}),
    sc("x_neg_npm_lint_zero_errors", "negative", "npm run lint",
       "npm run lint prints a linter summary '0 errors, 2 warnings' and exits 0",
       {"package.json": '{"name": "web", "version": "1.0.0", "scripts": {"lint": "node lint.js src"}}\n',
        "lint.js": r'''console.log('src/api.js');
console.log('  12:7  warning  Unexpected console statement  no-console');
console.log('src/db.js');
console.log('  40:1  warning  Missing JSDoc comment  require-jsdoc');
console.log('');
console.log('\u2716 2 problems (0 errors, 2 warnings)');
'''},
       {}, "", exit=0, tool="npm", ecosystem="node"),
    sc("x_neg_node_rangeerror_quantity", "negative", "node checkout.js 140",
       "a node checkout validates the quantity argument and throws RangeError (a business rule)",
       {"checkout.js": "const qty = Number(process.argv[2]);\nif (qty < 1 || qty > 99) {\n  throw new RangeError(`quantity must be between 1 and 99, got ${qty}`);\n}\nconsole.log('ok');\n"},
       {}, "RangeError"),
    sc("x_neg_node_ws_retry_then_ok", "negative", "node connect-any.js",
       "a node ws client logs ECONNREFUSED for the first server, connects to the second, which closes normally (1000); exit 0",
       {"connect-any.js": r'''const WebSocket = require('ws');
const urls = ['ws://127.0.0.1:{{down}}/events', 'ws://127.0.0.1:{{ws}}/events'];
function tryUrl(i) {
  const ws = new WebSocket(urls[i]);
  ws.on('error', (err) => { console.log(`warn: ${urls[i]}: ${err.message}, trying next`); tryUrl(i + 1); });
  ws.on('open', () => console.log('connected to', urls[i]));
  ws.on('close', (code) => { if (code === 1000) console.log('done, server closed normally'); });
}
tryUrl(0);
'''},
       {}, "", servers={"down": ("closed",), "ws": ("ws", "close", 1000, "bye")}, setup=WS_LINK, requires=WS_REQ, exit=0),

    # ======================================== shells and tools ========================================
    # ---- missing_module
    sc("x_mm_prove_yaml_xs", "missing_module", "prove -l t/",
       "prove runs two perl tests; one uses YAML::XS (not installed) and dies at compile time, the other passes",
       {"lib/Conf.pm": "package Conf;\nsub load { return {} }\n1;\n",
        "t/basic.t": "use strict;\nuse warnings;\nuse Test::More tests => 1;\nok(1, 'basic');\n",
        "t/config.t": "use strict;\nuse warnings;\nuse Test::More tests => 1;\nuse YAML::XS qw(LoadFile);\nok(LoadFile('t/conf.yml'), 'loads');\n"},
       {"module": "YAML::XS"}, "perl", tool="prove", ecosystem="perl"),

    # ---- permission
    sc("x_perm_bash_set_e_mkdir_cache", "permission", "bash scripts/thumbs.sh",
       "a set -e script with a log function and an EXIT trap creates var/cache/app/thumbs inside a read-only var/ "
       "(mkdir -p; run without capabilities); the trap prints cleanup lines",
       {"scripts/thumbs.sh": r'''#!/bin/bash
set -euo pipefail
log() { echo "[$(date +%T)] thumbs: $*"; }
trap 'log "cleanup: removing tmp files"; log "exit"' EXIT
log "preparing cache"
mkdir -p var/cache/app/thumbs
log "generating thumbnails"
''', "var/.keep": ""},
       {"path": "var/cache"}, "mkdir", modes={"var": 0o555}, drop_caps=True, tool="bash", ecosystem="shell"),
    sc("x_perm_cp_deploy_www_ro", "permission", "bash deploy.sh",
       "a deploy script copies the build into a read-only web root with cp -r, then prints 'deploy finished' and exits with "
       "cp's status at the end (run without capabilities)",
       {"deploy.sh": "#!/bin/bash\necho 'deploying build/ to www/'\ncp -r build/. www/\nstatus=$?\necho \"deploy finished (status $status)\"\nexit $status\n",
        "build/index.html": "<h1>v2</h1>\n", "www/.keep": ""},
       {"path": "www/index.html"}, "cp", modes={"www": 0o555}, drop_caps=True, tool="bash", ecosystem="shell"),
    sc("x_perm_git_objects_ro", "permission", "git commit -qam 'update readme'",
       "git commit cannot add objects: .git/objects is read-only (insufficient permission; run without capabilities)",
       {"README.md": "v1\n"}, {"path": ".git/objects"}, "git",
       setup=[GIT_INIT + " && echo v2 > README.md && chmod -R a-w .git/objects"], drop_caps=True),
    sc("x_perm_make_script_not_executable", "permission", "make",
       "make runs a generator script ./scripts/gen-version.sh that lost its execute bit (Permission denied, Error 126)",
       {"Makefile": "all: build/version.h\n\nbuild/version.h:\n\tmkdir -p build\n\t./scripts/gen-version.sh > $@\n",
        "scripts/gen-version.sh": "#!/bin/sh\necho '#define VERSION \"1.2\"'\n"},
       {"path": "scripts/gen-version.sh"}, "sh", modes={"scripts/gen-version.sh": 0o644}, tool="make", ecosystem="make"),
    sc("x_perm_sqlite_readonly_file", "permission", "sqlite3 data/app.db \"insert into visits values ('/home')\"",
       "sqlite3 writes into a database file that is read-only (attempt to write a readonly database; run without capabilities)",
       {}, {"path": "data/app.db"}, "sqlite3", dirs=["data"],
       setup=["sqlite3 data/app.db 'create table visits(page text)' && chmod 444 data/app.db"], drop_caps=True),

    # ---- syntax
    sc("x_syn_bash_sourced_unterminated_quote", "syntax", "bash deploy.sh",
       "a deploy script sources lib/common.sh, which has an unterminated double quote; bash reports the library",
       {"deploy.sh": "#!/bin/bash\nsource lib/common.sh\nlog \"deploying $APP\"\n",
        "lib/common.sh": "APP=shop\nlog() {\n  echo \"[deploy] $*\n}\nready() {\n  echo ok\n}\n"},
       {"file": "lib/common.sh"}, "bash", tool="bash", ecosystem="shell"),
    sc("x_syn_make_missing_separator", "syntax", "make",
       "a Makefile recipe line is indented with four spaces instead of a tab (missing separator)",
       {"Makefile": "CC ?= gcc\n\nall: app\n\napp: main.c\n\t$(CC) -o app main.c\n    @echo built app\n",
        "main.c": "int main(void) { return 0; }\n"},
       {"file": "Makefile", "line": 7}, "make"),
    sc("x_syn_perl_module_missing_brace", "syntax", "perl bin/app.pl '  x '",
       "a perl script uses lib/App/Util.pm, which misses a closing brace (Missing right curly; Compilation failed in require)",
       {"bin/app.pl": "use strict;\nuse warnings;\nuse lib 'lib';\nuse App::Util;\nprint App::Util::trim($ARGV[0]), \"\\n\";\n",
        "lib/App/Util.pm": "package App::Util;\nuse strict;\nuse warnings;\n\nsub trim {\n    my ($s) = @_;\n    if ($s) {\n        $s =~ s/^\\s+|\\s+$//g;\n    return $s;\n}\n\n1;\n"},
       {"file": "lib/App/Util.pm", "line": 12}, "perl"),
    sc("x_syn_gcc_make_two_objects", "syntax", "make",
       "make compiles two objects with -Wall; main.c gets an unused-variable warning first, parse.c misses a semicolon",
       {"Makefile": "CFLAGS = -Wall -O0\n\napp: main.o parse.o\n\t$(CC) -o $@ $^\n\n%.o: src/%.c\n\t$(CC) $(CFLAGS) -c -o $@ $<\n",
        "src/parse.h": "int count_fields(const char *s);\n",
        "src/main.c": "#include <stdio.h>\n#include \"parse.h\"\n\nint main(void) {\n    int unused;\n    printf(\"%d\\n\", count_fields(\"a,b\"));\n    return 0;\n}\n",
        "src/parse.c": "#include \"parse.h\"\n\nint count_fields(const char *s) {\n    int n = 1\n    for (; *s; s++)\n        if (*s == ',') n++;\n    return n;\n}\n"},
       {"file": "src/parse.c", "line": 5}, "gcc", tool="make", ecosystem="c"),
    sc("x_syn_sqlite_stdin_migration", "syntax", "sqlite3 app.db < migrations/003_add_index.sql",
       "sqlite3 reads a migration on stdin; line 4 misspells INDEX (Parse error near line 4); the file name is only in the command",
       {"migrations/003_add_index.sql": "-- add index for e-mail lookups\nBEGIN;\nCREATE TABLE IF NOT EXISTS users(id integer primary key, email text);\nCREATE INDX idx_users_email ON users(email);\nCOMMIT;\n"},
       {"file": "migrations/003_add_index.sql", "line": 4}, "sqlite3"),
    sc("x_syn_dash_array_cron", "syntax", "sh cron/prune.sh",
       "a cron script run by sh (dash) assigns a bash array (Syntax error: \"(\" unexpected)",
       {"cron/prune.sh": "#!/bin/sh\necho 'pruning snapshots'\nKEEP=(daily weekly)\necho \"keeping ${KEEP}\"\n"},
       {"file": "cron/prune.sh", "line": 3}, "sh", shell="dash", tool="sh", ecosystem="shell"),

    # ---- connection
    sc("x_conn_curl_retry_set_e_trap", "connection", "bash scripts/announce.sh",
       "a set -e script with a cleanup trap posts a deployment with curl --retry 2 --retry-connrefused; the API is down: "
       "two retry warnings, curl (7), then the trap's lines",
       {"scripts/announce.sh": r'''#!/bin/bash
set -euo pipefail
TMP=$(mktemp -d)
trap 'echo "cleanup: removing $TMP"; rm -rf "$TMP"' EXIT
echo '{"version": "4.2.0"}' > "$TMP/body.json"
echo "announcing release 4.2.0"
curl -sS --retry 2 --retry-delay 1 --retry-connrefused -X POST -d @"$TMP/body.json" http://127.0.0.1:{{api}}/api/deployments
echo "announced"
'''},
       {"url": "http://127.0.0.1:{{api}}/api/deployments", "host": "127.0.0.1", "port": "{{api}}"}, "curl", servers=CLOSED,
       tool="bash", ecosystem="shell", timeout=60),
    sc("x_conn_make_wget_refused", "connection", "make data",
       "make data downloads a CSV with wget -nv --tries=2 from a server that is down; the URL is only in the Makefile",
       {"Makefile": "data: data/geo.csv\n\ndata/geo.csv:\n\tmkdir -p data\n\twget -nv --tries=2 --waitretry=0 -O $@ http://127.0.0.1:{{api}}/exports/geo.csv\n"},
       {"url": "http://127.0.0.1:{{api}}/exports/geo.csv", "host": "127.0.0.1", "port": "{{api}}"}, "wget", servers=CLOSED,
       tool="make", ecosystem="make"),
    sc("x_conn_git_push_http_remote", "connection", "git push -q origin HEAD:main",
       "git push to an HTTP remote (configured in .git/config) whose server is down",
       {"app.txt": "v1\n"}, {"url": "http://127.0.0.1:{{api}}/team/app.git", "host": "127.0.0.1", "port": "{{api}}"}, "git",
       servers=CLOSED, setup=[GIT_INIT + " && git remote add origin http://127.0.0.1:{{api}}/team/app.git"]),
    sc("x_conn_psql_service_file", "connection", "psql service=reports -c 'select count(*) from orders'",
       "psql connects through a service name defined in ~/.pg_service.conf; the database is down",
       {".pg_service.conf": "[reports]\nhost=127.0.0.1\nport={{api}}\ndbname=reports\nuser=app\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "psql", servers=CLOSED, requires=["bin:psql"]),
    sc("x_conn_make_curl_timeout", "connection", "make smoke PORT={{api}}",
       "make smoke curls a health endpoint with --max-time 2; the service accepts and never answers (curl 28, make Error 28)",
       {"Makefile": "PORT ?= 8080\nsmoke:\n\t@echo 'smoke test against :$(PORT)'\n\tcurl -sS --max-time 2 http://127.0.0.1:$(PORT)/healthz\n\t@echo 'smoke ok'\n"},
       {"url": "http://127.0.0.1:{{api}}/healthz", "host": "127.0.0.1", "port": "{{api}}"}, "curl", servers={"api": ("silent",)},
       tool="make", ecosystem="make"),

    # ---- file_not_found
    sc("x_fnf_tar_set_e_release", "file_not_found", "bash scripts/install.sh 2.3.0",
       "an install script under set -e extracts releases/app-VERSION.tgz, which was never downloaded (tar Cannot open)",
       {"scripts/install.sh": "#!/bin/bash\nset -e\nV=$1\necho \"installing app $V\"\nmkdir -p opt/app\ntar xzf releases/app-$V.tgz -C opt/app\necho \"installed $V\"\n"},
       {"path": "releases/app-2.3.0.tgz"}, "tar", dirs=["releases"], tool="bash", ecosystem="shell"),
    sc("x_fnf_make_no_rule_generated", "file_not_found", "make build/app",
       "make needs a generated source that was never generated (No rule to make target ..., needed by ...)",
       {"Makefile": "build/app: src/main.c src/proto/api.pb.c\n\tmkdir -p build\n\tgcc -o $@ $^\n", "src/main.c": "int main(void) { return 0; }\n"},
       {"path": "src/proto/api.pb.c"}, "make"),
    sc("x_fnf_find_cleanup_set_e_trap", "file_not_found", "bash cron/cleanup.sh",
       "a set -e cleanup cron script runs find on logs/archive, which does not exist; an EXIT trap reports the status",
       {"cron/cleanup.sh": "#!/bin/bash\nset -e\ntrap 'echo \"cleanup finished with status $?\"' EXIT\necho 'removing archives older than 30 days'\nfind logs/archive -name '*.gz' -mtime +30 -delete\necho 'removed old archives'\n",
        "logs/app.log": "x\n"},
       {"path": "logs/archive"}, "find", tool="bash", ecosystem="shell"),
    sc("x_fnf_git_apply_patch_missing", "file_not_found", "git apply --check patches/fix-auth.patch",
       "git apply of a patch file that is not there", {"auth.py": "x = 1\n"}, {"path": "patches/fix-auth.patch"}, "git",
       setup=[GIT_INIT]),
    sc("x_fnf_mv_artifact_set_e", "file_not_found", "bash publish.sh 1.9.0",
       "a publish script under set -e moves dist/app-VERSION.tar.gz into releases/; the build never produced it",
       {"publish.sh": "#!/bin/bash\nset -e\nV=$1\nmkdir -p releases\necho \"publishing $V\"\nmv dist/app-$V.tar.gz releases/\necho published\n"},
       {"path": "dist/app-1.9.0.tar.gz"}, "mv", dirs=["dist"], tool="bash", ecosystem="shell"),

    # ---- json_format
    sc("x_json_jq_bump_script", "json_format", "bash scripts/bump.sh",
       "a version bump script under set -e reads package.json with jq; the file misses a comma",
       {"scripts/bump.sh": "#!/bin/bash\nset -e\necho 'reading current version'\nver=$(jq -r .version package.json)\necho \"current: $ver\"\n",
        "package.json": '{\n  "name": "web",\n  "version": "1.4.2"\n  "private": true\n}\n'},
       {"json_file": "package.json", "line": 4}, "jq", tool="bash", ecosystem="shell"),
    sc("x_json_make_json_tool_openapi", "json_format", "make validate",
       "make validate runs python3 -m json.tool on api/openapi.json, which misses a comma between two paths",
       {"Makefile": "validate:\n\t@echo 'validating api/openapi.json'\n\tpython3 -m json.tool api/openapi.json > /dev/null\n\t@echo 'spec ok'\n",
        "api/openapi.json": '{\n  "openapi": "3.0.3",\n  "info": {"title": "orders", "version": "1.0"},\n  "paths": {\n    "/orders": {"get": {"responses": {"200": {"description": "ok"}}}}\n    "/health": {"get": {"responses": {"200": {"description": "ok"}}}}\n  }\n}\n'},
       {"json_file": "api/openapi.json", "line": 6, "column": 5}, "json.decoder.JSONDecodeError", tool="make", ecosystem="make"),

    # ---- import_error
    sc("x_imp_perl_posix_not_exported", "import_error", "perl bin/stamp.pl",
       "a perl script imports a function POSIX does not export (\"floor_div\" is not exported by the POSIX module)",
       {"bin/stamp.pl": "use strict;\nuse warnings;\nuse POSIX qw(strftime floor_div);\nprint strftime('%F', gmtime), \"\\n\";\n"},
       {"name": "floor_div", "from_module": "POSIX"}, "perl"),

    # ---- websocket
    sc("x_ws_curl_upgrade_probe_401", "websocket", "bash scripts/ws-probe.sh",
       "a probe script sends a WebSocket upgrade with curl --fail; the socket endpoint answers 401 (curl 22)",
       {"scripts/ws-probe.sh": r'''#!/bin/bash
URL=http://127.0.0.1:{{ws}}/socket
echo "probing websocket endpoint $URL"
curl -sS --fail -o /dev/null -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' \
  -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' "$URL" || { echo 'websocket probe failed'; exit 1; }
'''},
       {"url": "http://127.0.0.1:{{ws}}/socket", "http_status": 401}, "curl", servers={"ws": ("http", 401, "unauthorized\n")},
       tool="bash", ecosystem="shell"),

    # ---- shell negatives
    sc("x_neg_bash_release_nothing_to_commit", "negative", "bash scripts/release.sh",
       "a set -e release script commits the changelog, but nothing changed (git: nothing to commit, exit 1)",
       {"scripts/release.sh": "#!/bin/bash\nset -e\necho 'updating changelog'\ngit add CHANGELOG.md\ngit commit -m 'release 1.2.0'\necho 'tagged'\n",
        "CHANGELOG.md": "# 1.2.0\n"}, {}, "git", setup=[GIT_INIT], tool="bash", ecosystem="shell"),
    sc("x_neg_make_ignored_rm_ok", "negative", "make",
       "make's clean step fails on a missing file but is marked ignored ('-'); the build then succeeds (exit 0)",
       {"Makefile": "all: clean app\n\nclean:\n\t-rm tmp/*.o\n\napp: main.c\n\tgcc -o app main.c\n\t@echo 'build ok'\n",
        "main.c": "int main(void) { return 0; }\n"}, {}, "make", exit=0),
    sc("x_neg_curl_404_set_e", "negative", "bash scripts/fetch-report.sh",
       "a set -e script downloads a report with curl -f from a running server that answers 404 (curl 22)",
       {"scripts/fetch-report.sh": "#!/bin/bash\nset -e\necho 'fetching yesterday report'\ncurl -fsS -o report.csv http://127.0.0.1:{{api}}/reports/2026-12-06.csv\necho saved\n"},
       {}, "curl", servers={"api": ("http", 404, "no such report\n")}, tool="bash", ecosystem="shell"),
    sc("x_neg_sqlite_unique", "negative", "sqlite3 shop.db \"insert into users(email) values ('ann@example.com')\"",
       "sqlite3: an insert violates a UNIQUE constraint", {}, {}, "sqlite3",
       setup=["sqlite3 shop.db \"create table users(id integer primary key, email text unique); insert into users(email) values ('ann@example.com')\""]),
    sc("x_neg_bash_doctor_help", "negative", "bash scripts/doctor.sh --help",
       "a doctor script's help text lists typical errors (Permission denied, No such file or directory, Connection refused); exit 0",
       {"scripts/doctor.sh": r'''#!/bin/bash
if [ "$1" = --help ]; then
cat <<'EOF'
usage: doctor.sh [--fix]
Checks the local setup. Typical findings:
  bash: ./bin/run: Permission denied          -> chmod +x bin/run
  cat: config/app.env: No such file or directory -> cp config/app.env.example config/app.env
  curl: (7) Failed to connect to localhost port 5432: Connection refused -> start the database
EOF
exit 0
fi
'''},
       {}, "", exit=0, tool="bash", ecosystem="shell"),
    sc("x_neg_gcc_warnings_ok", "negative", "gcc -Wall -o stats stats.c && ./stats",
       "gcc prints warnings (unused variable, format) and the program runs fine (exit 0)",
       {"stats.c": "#include <stdio.h>\n\nint main(void) {\n    int unused;\n    long n = 3;\n    printf(\"%d items\\n\", n);\n    return 0;\n}\n"},
       {}, "gcc", exit=0, ecosystem="c"),
    sc("x_neg_c_segfault", "negative", "echo 'parsing input.txt' && ./parser input.txt && echo done",
       "a C parser dereferences NULL and crashes (Segmentation fault from bash)",
       {"parser.c": "#include <stdio.h>\n#include <string.h>\n\nint main(int argc, char **argv) {\n    char *p = strchr(argv[1], '#');\n    printf(\"%c\\n\", *p);\n    return 0;\n}\n",
        "input.txt": "a,b\n"},
       {}, "", setup=["gcc -o parser parser.c"], tool="parser", ecosystem="c"),
    sc("x_neg_tar_leading_slash_ok", "negative", "bash backup.sh",
       "a backup with an absolute path prints tar's 'Removing leading /' notice and succeeds (exit 0)",
       {"backup.sh": "#!/bin/bash\nset -e\nmkdir -p backups\ntar czf backups/site.tgz \"$PWD/site\"\necho 'backup ok'\n", "site/index.html": "x\n"},
       {}, "tar", exit=0, tool="bash", ecosystem="shell"),
    sc("x_neg_wget_503", "negative", "wget -nv --tries=1 -O feed.xml http://127.0.0.1:{{api}}/feed.xml",
       "wget against a running server in maintenance (ERROR 503: Service Unavailable, exit 8)", {}, {}, "wget",
       servers={"api": ("http", 503, "maintenance\n")}, exit=8),

    # ======================================== Java ========================================
    sc("x_mm_javac_build_script_commons", "missing_module", "bash build.sh",
       "a build script compiles two classes with javac; one imports org.apache.commons.lang3 (jar not on the class path), "
       "followed by cannot-find-symbol errors",
       {"build.sh": "#!/bin/bash\nset -e\necho 'compiling sources'\nmkdir -p out\njavac -d out src/app/Main.java src/app/Names.java\necho 'build ok'\n",
        "src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(Names.pretty(\"ann\"));\n    }\n}\n",
        "src/app/Names.java": "package app;\n\nimport org.apache.commons.lang3.StringUtils;\n\npublic class Names {\n    public static String pretty(String s) {\n        return StringUtils.capitalize(s);\n    }\n}\n"},
       {"module": "org.apache.commons.lang3"}, "javac", tool="bash", ecosystem="java"),
    sc("x_mm_java_jdbc_driver_wrapped", "missing_module", "java -cp out app.Db",
       "a java app loads the PostgreSQL JDBC driver with Class.forName (jar not on the class path) and wraps the "
       "ClassNotFoundException in IllegalStateException (Caused by)",
       {"src/app/Db.java": "package app;\n\npublic class Db {\n    public static void main(String[] a) {\n        System.out.println(\"connecting to reports database\");\n        try {\n"
        "            Class.forName(\"org.postgresql.Driver\");\n        } catch (ClassNotFoundException e) {\n            throw new IllegalStateException(\"database driver not available\", e);\n        }\n    }\n}\n"},
       {"module": "org.postgresql.Driver"}, "java.lang.ClassNotFoundException", setup=javac("Db")),
    sc("x_perm_java_filewriter_log", "permission", "java -cp out app.Audit",
       "a java audit logger appends to logs/audit.log, which is read-only (FileNotFoundException ... (Permission denied); "
       "run without capabilities)",
       {"src/app/Audit.java": "package app;\n\nimport java.io.FileWriter;\n\npublic class Audit {\n    public static void main(String[] a) throws Exception {\n"
        "        System.out.println(\"audit: recording login\");\n        try (FileWriter w = new FileWriter(\"logs/audit.log\", true)) {\n            w.write(\"login ann\\n\");\n        }\n    }\n}\n",
        "logs/audit.log": "old\n"},
       {"path": "logs/audit.log"}, "java.io.FileNotFoundException", setup=javac("Audit") + ["chmod 444 logs/audit.log"], drop_caps=True),
    sc("x_fnf_java_properties_caused_by", "file_not_found", "java -cp out app.Config",
       "a java app wraps the FileNotFoundException of config/db.properties in a RuntimeException('cannot load configuration')",
       {"src/app/Config.java": "package app;\n\nimport java.io.*;\nimport java.util.Properties;\n\npublic class Config {\n    static Properties load(String path) {\n"
        "        Properties p = new Properties();\n        try (InputStream in = new FileInputStream(path)) {\n            p.load(in);\n        } catch (IOException e) {\n"
        "            throw new RuntimeException(\"cannot load configuration\", e);\n        }\n        return p;\n    }\n\n    public static void main(String[] a) {\n"
        "        System.out.println(load(\"config/db.properties\"));\n    }\n}\n"},
       {"path": "config/db.properties"}, "java.io.FileNotFoundException", setup=javac("Config"), dirs=["config"]),
    sc("x_syn_javac_two_files_semicolon", "syntax", "javac -d out src/app/Main.java src/app/Order.java",
       "javac compiles two files; Order.java misses a semicolon (';' expected)",
       {"src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(new Order(3).total());\n    }\n}\n",
        "src/app/Order.java": "package app;\n\npublic class Order {\n    private final int qty;\n\n    public Order(int qty) { this.qty = qty }\n\n    public int total() { return qty * 10; }\n}\n"},
       {"file": "src/app/Order.java", "line": 6}, "javac"),
    sc("x_conn_java_httpclient_wrapped", "connection", "java -cp out app.Sync http://127.0.0.1:{{api}}/inventory",
       "a java sync job wraps HttpClient's ConnectException in its own ServiceUnavailableException naming the URL (Caused by)",
       {"src/app/Sync.java": "package app;\n\nimport java.net.URI;\nimport java.net.http.*;\n\npublic class Sync {\n"
        "    static class ServiceUnavailableException extends RuntimeException {\n        ServiceUnavailableException(String m, Throwable c) { super(m, c); }\n    }\n\n"
        "    public static void main(String[] a) throws Exception {\n        HttpClient c = HttpClient.newHttpClient();\n        try {\n"
        "            c.send(HttpRequest.newBuilder(URI.create(a[0])).build(), HttpResponse.BodyHandlers.ofString());\n        } catch (java.io.IOException e) {\n"
        "            throw new ServiceUnavailableException(\"inventory service unreachable: \" + a[0], e);\n        }\n    }\n}\n"},
       {"url": "http://127.0.0.1:{{api}}/inventory", "host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException",
       servers=CLOSED, setup=javac("Sync")),
    sc("x_conn_java_read_timeout", "connection", "java -cp out app.Fetch http://127.0.0.1:{{api}}/rates",
       "a java client with a 1 s read timeout against a service that accepts and never answers (SocketTimeoutException)",
       {"src/app/Fetch.java": "package app;\n\nimport java.net.*;\n\npublic class Fetch {\n    public static void main(String[] a) throws Exception {\n"
        "        HttpURLConnection c = (HttpURLConnection) new URL(a[0]).openConnection();\n        c.setConnectTimeout(1000);\n        c.setReadTimeout(1000);\n"
        "        System.out.println(\"fetching rates\");\n        System.out.println(c.getResponseCode());\n    }\n}\n"},
       {"url": "http://127.0.0.1:{{api}}/rates", "host": "127.0.0.1", "port": "{{api}}"}, "java.net.SocketTimeoutException",
       servers={"api": ("silent",)}, setup=javac("Fetch")),
    sc("x_ws_java_close_1008", "websocket", "java -cp out app.Feed",
       "a java.net.http WebSocket listener prints the close code (1008 policy violation) and exits 1",
       {"src/app/Feed.java": "package app;\n\nimport java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\n\npublic class Feed {\n"
        "    public static void main(String[] a) throws Exception {\n        CompletableFuture<Integer> closed = new CompletableFuture<>();\n"
        "        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(\"ws://127.0.0.1:{{ws}}/feed\"), new WebSocket.Listener() {\n"
        "            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {\n                System.out.println(\"feed closed: \" + code + \" \" + reason);\n"
        "                closed.complete(code);\n                return null;\n            }\n        }).join();\n"
        "        int code = closed.get(5, TimeUnit.SECONDS);\n        System.exit(code == 1000 ? 0 : 1);\n    }\n}\n"},
       {"close_code": 1008}, "java", servers={"ws": ("ws", "close", 1008, "policy violation")}, setup=javac("Feed")),
    sc("x_imp_javac_static_import_missing", "import_error", "javac -d out -sourcepath src src/app/Invoice.java",
       "javac: a static import names formatMoney, which app.util.Money does not have (it has format)",
       {"src/app/Invoice.java": "package app;\n\nimport static app.util.Money.formatMoney;\n\npublic class Invoice {\n    public static void main(String[] a) {\n        System.out.println(formatMoney(12.5));\n    }\n}\n",
        "src/app/util/Money.java": "package app.util;\n\npublic class Money {\n    public static String format(double v) { return String.format(\"%.2f\", v); }\n}\n"},
       {"name": "formatMoney", "from_module": "app.util.Money"}, "javac"),
    sc("x_neg_java_number_format", "negative", "java -cp out app.Batch 12a",
       "a java batch job parses its size argument (NumberFormatException: For input string)",
       {"src/app/Batch.java": "package app;\n\npublic class Batch {\n    public static void main(String[] a) {\n        int size = Integer.parseInt(a[0]);\n        System.out.println(\"batch size \" + size);\n    }\n}\n"},
       {}, "java.lang.NumberFormatException", setup=javac("Batch")),
    sc("x_neg_java_assert_mentions_connect", "negative", "java -ea -cp out app.RetryCheck",
       "a java self-check fails its assert; the message mentions ConnectException and retries",
       {"src/app/RetryCheck.java": "package app;\n\npublic class RetryCheck {\n    static int retries() { return 2; }\n\n    public static void main(String[] a) {\n"
        "        System.out.println(\"checking retry policy\");\n        assert retries() == 3 : \"expected 3 retries after java.net.ConnectException, got \" + retries();\n    }\n}\n"},
       {}, "java.lang.AssertionError", setup=javac("RetryCheck")),
]
