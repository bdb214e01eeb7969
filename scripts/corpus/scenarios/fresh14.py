"""A fourteenth fresh set (prefix y_), written BLIND: its author had read only the corpus README, capture.py, servers.py,
common.py and fresh8.py, never the rules, the parsers or any capture. It follows the mix of the outside corpora (about
30 % Python scripts, apps and clients with requests/httpx/aiohttp/websockets, 25 % Node CommonJS/ESM/npm, 25 % shells and
tools, 10 % Java, 20-25 % realistic negatives) in HARD forms: the cause printed early and followed by noise or cleanup,
a parent's wrapper (CalledProcessError, npm/make, set -e scripts), errors inside logging and JSON log lines, test runners
(pytest, unittest, node --test), several errors of which one is the cause, retried errors, details only in the argv or
the program's files. Labels were written before any output was seen. Split: fresh14_train / fresh14_holdout by a fixed
hash of the name (capture.py)."""
from scenarios.common import sc, WS_LINK, WS_REQ, pkg

CLOSED = {"api": ("closed",)}
DEB = "/usr/bin/python3"  # Debian's python3 carries httpx, aiohttp, websockets and websocket-client


PY = [
    # ================= Python: missing_module =================
    sc("y_py_mm_child_calledprocesserror", "missing_module", "python3 pipeline.py",
       "a pipeline runs its transform step as a child with check=True; the child imports pandas (not installed) and the "
       "parent's CalledProcessError traceback follows the child's",
       {"pipeline.py": "import subprocess\nimport sys\n\nSTEPS = [['etl/extract.py'], ['etl/transform.py', '--day', '2026-12-06']]\n\n"
        "for step in STEPS:\n    print('== running', ' '.join(step), flush=True)\n    subprocess.run([sys.executable] + step, check=True)\nprint('pipeline done')\n",
        "etl/extract.py": "print('extracted 1200 rows to staging/raw.csv')\n",
        "etl/transform.py": "import argparse\nimport pandas as pd\n\np = argparse.ArgumentParser()\np.add_argument('--day')\nargs = p.parse_args()\n"
        "df = pd.read_csv('staging/raw.csv')\nprint(len(df))\n"},
       {"module": "pandas"}, "ModuleNotFoundError"),
    sc("y_py_mm_pytest_conftest", "missing_module", "python3 -m pytest -q tests",
       "pytest loads a conftest.py that imports freezegun, which is not installed in this environment",
       {"tests/conftest.py": "import pytest\nfrom freezegun import freeze_time\n\n\n@pytest.fixture\ndef frozen():\n    with freeze_time('2026-01-01'):\n        yield\n",
        "tests/test_invoice.py": "def test_total(frozen):\n    assert 1 + 1 == 2\n"},
       {"module": "freezegun"}, "ModuleNotFoundError", tool="python3"),
    sc("y_py_mm_plugin_logger_exception", "missing_module", "python3 exporter.py --targets s3,local",
       "an exporter loads its plugins with importlib and logs each failure with logger.exception, then prints a summary; "
       "the s3 plugin imports stripe, which is not installed, and the run exits 1",
       {"exporter.py": "import importlib\nimport logging\nimport sys\n\nlogging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')\n"
        "log = logging.getLogger('exporter')\n\ntargets = sys.argv[sys.argv.index('--targets') + 1].split(',')\nfailed = 0\nfor t in targets:\n"
        "    try:\n        mod = importlib.import_module('plugins.' + t)\n        mod.export()\n    except Exception:\n"
        "        log.exception('plugin %s failed to load', t)\n        failed += 1\nlog.info('%d of %d targets exported', len(targets) - failed, len(targets))\n"
        "sys.exit(1 if failed else 0)\n",
        "plugins/__init__.py": "",
        "plugins/s3.py": "import stripe\n\n\ndef export():\n    stripe.api_key = 'x'\n",
        "plugins/local.py": "def export():\n    print('wrote export/local.csv')\n"},
       {"module": "stripe"}, "ModuleNotFoundError"),
    sc("y_py_mm_json_log_startup", "missing_module", "python3 service.py",
       "a service writes structured JSON log lines; its cache backend import fails and the exception text is a field of "
       "the error line, followed by a shutdown line",
       {"service.py": "import json\nimport sys\nimport time\n\n\ndef log(level, msg, **kw):\n"
        "    print(json.dumps({'ts': round(time.time(), 3), 'level': level, 'logger': 'svc', 'msg': msg, **kw}), flush=True)\n\n\n"
        "log('info', 'starting', version='2.4.1')\ntry:\n    import redis\nexcept ImportError as e:\n"
        "    log('error', 'cache backend unavailable', exc_type=type(e).__name__, exc=str(e))\n    log('info', 'shutdown complete')\n    sys.exit(3)\n"},
       {"module": "redis"}, "ModuleNotFoundError", exit=3),
    sc("y_py_mm_unittest_discover", "missing_module", "python3 -m unittest discover -s tests -v",
       "unittest discovery imports a test module that imports tabulate (not installed); other tests pass and the summary says errors=1",
       {"tests/__init__.py": "",
        "tests/test_math.py": "import unittest\n\n\nclass MathTest(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(2 + 2, 4)\n",
        "tests/test_report.py": "import unittest\nfrom tabulate import tabulate\n\n\nclass ReportTest(unittest.TestCase):\n"
        "    def test_table(self):\n        self.assertIn('a', tabulate([['a', 1]]))\n"},
       {"module": "tabulate"}, "ModuleNotFoundError", tool="python3"),

    # ================= Python: permission =================
    sc("y_py_perm_logging_filehandler", "permission", "python3 worker.py",
       "a worker configures a logging FileHandler in logs/, a folder it may not write (run without capabilities); "
       "the traceback comes out of logging.config",
       {"worker.py": "import logging.config\n\nlogging.config.dictConfig({\n    'version': 1,\n"
        "    'handlers': {'file': {'class': 'logging.FileHandler', 'filename': 'logs/worker.log'}},\n"
        "    'root': {'handlers': ['file'], 'level': 'INFO'},\n})\nlogging.info('worker started')\n"},
       {"path": "logs/worker.log"}, "PermissionError", dirs=["logs"], modes={"logs": 0o555}, drop_caps=True),
    sc("y_py_perm_unittest_export", "permission", "python3 -m unittest -v tests.test_export",
       "a unittest case exports a report into out/, which is read-only; the ERROR block is followed by the run summary",
       {"tests/__init__.py": "",
        "tests/test_export.py": "import csv\nimport unittest\n\n\nclass ExportTest(unittest.TestCase):\n    def test_header(self):\n"
        "        self.assertTrue(True)\n\n    def test_export(self):\n        with open('out/report.csv', 'w', newline='') as f:\n"
        "            csv.writer(f).writerow(['id', 'total'])\n"},
       {"path": "out/report.csv"}, "PermissionError", dirs=["out"], modes={"out": 0o555}, drop_caps=True, tool="python3"),
    sc("y_py_perm_hook_subprocess", "permission", "python3 build.py",
       "a build driver runs its post-build hook with subprocess.run; the hook was checked out without its execute bit",
       {"build.py": "import subprocess\n\nprint('compiling assets ... ok')\nprint('running post-build hook')\nsubprocess.run(['./hooks/post_build.sh', 'dist'], check=True)\nprint('build finished')\n",
        "hooks/post_build.sh": "#!/bin/sh\necho post-build for $1\n"},
       {"path": "hooks/post_build.sh"}, "PermissionError", modes={"hooks/post_build.sh": 0o644}),
    sc("y_py_perm_sqlite_readonly", "permission", "python3 record_run.py",
       "a script records a run in an SQLite database whose file is read-only (run without capabilities)",
       {"record_run.py": "import sqlite3\n\ncon = sqlite3.connect('state/runs.db')\ncon.execute('insert into runs(status) values (?)', ('ok',))\ncon.commit()\nprint('recorded')\n"},
       {"path": "state/runs.db"}, "sqlite3.OperationalError",
       setup=["mkdir -p state && sqlite3 state/runs.db 'create table runs(id integer primary key, status text)' && chmod 444 state/runs.db"],
       drop_caps=True),

    # ================= Python: syntax =================
    sc("y_py_syn_imported_helper", "syntax", "python3 main.py --since yesterday",
       "the program imports its date helper, whose def line lacks its colon",
       {"main.py": "import sys\nfrom helpers.dates import parse_since\n\nprint(parse_since(sys.argv[2]))\n",
        "helpers/__init__.py": "",
        "helpers/dates.py": "import datetime\n\n\ndef parse_since(word)\n    if word == 'yesterday':\n        return datetime.date.today() - datetime.timedelta(days=1)\n    return datetime.date.fromisoformat(word)\n"},
       {"file": "helpers/dates.py", "line": 4}, "SyntaxError"),
    sc("y_py_syn_pytest_collection", "syntax", "python3 -m pytest -q",
       "pytest collects a test file with an unclosed bracket in a parametrize list; the collection error is followed by the short summary",
       {"tests/test_ok.py": "def test_ok():\n    assert True\n",
        "tests/test_prices.py": "import pytest\n\n\n@pytest.mark.parametrize('net,gross', [\n    (10, 12),\n    (20, 24),\n)\ndef test_gross(net, gross):\n    assert net * 1.2 == gross\n"},
       {"file": "tests/test_prices.py", "line": 7}, "SyntaxError", tool="python3"),
    sc("y_py_syn_child_indentation", "syntax", "python3 nightly.py",
       "a nightly runner calls a cleanup script with subprocess.check_call; the script has an unexpected indent and the "
       "parent's CalledProcessError comes last",
       {"nightly.py": "import subprocess\n\nfor job in ['scripts/rotate.py', 'scripts/cleanup.py']:\n    print(f'[nightly] {job}', flush=True)\n"
        "    subprocess.check_call(['python3', job])\nprint('[nightly] all jobs done')\n",
        "scripts/rotate.py": "print('rotated 3 logs')\n",
        "scripts/cleanup.py": "import os\n\nfor name in os.listdir('.'):\n    if name.endswith('.tmp'):\n        os.remove(name)\n            print('removed', name)\n"},
       {"file": "scripts/cleanup.py", "line": 6}, "IndentationError"),
    sc("y_py_syn_fstring_logging", "syntax", "python3 -m app.cli status",
       "python -m runs a package whose cli module has an f-string with an unterminated string literal",
       {"app/__init__.py": "", "app/cli.py": "import sys\n\n\ndef main():\n    cmd = sys.argv[1]\n    print(f'running {cmd})\n\n\nmain()\n"},
       {"file": "app/cli.py", "line": 6}, "SyntaxError"),

    # ================= Python: connection =================
    sc("y_py_conn_requests_retry_adapter", "connection", "python3 sync_users.py http://127.0.0.1:{{api}}/v2/users",
       "a sync uses a requests Session with a urllib3 Retry adapter against a directory service that is down; urllib3 logs "
       "its retries as warnings, then ConnectionError wraps MaxRetryError",
       {"sync_users.py": "import logging\nimport sys\n\nimport requests\nfrom requests.adapters import HTTPAdapter\nfrom urllib3.util.retry import Retry\n\n"
        "logging.basicConfig(level=logging.WARNING)\ns = requests.Session()\ns.mount('http://', HTTPAdapter(max_retries=Retry(total=2, backoff_factor=0.1)))\n"
        "users = s.get(sys.argv[1], timeout=3).json()\nprint(len(users), 'users')\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v2/users"}, "requests.exceptions.ConnectionError", servers=CLOSED),
    sc("y_py_conn_logged_exc_info_then_noise", "connection", "python3 collector.py",
       "a metrics collector logs its push failure with exc_info (ConnectionRefusedError from socket.create_connection), then "
       "logs several shutdown lines and exits 1",
       {"collector.py": "import logging\nimport socket\nimport sys\n\nlogging.basicConfig(format='%(levelname)s [%(name)s] %(message)s', level=logging.INFO)\n"
        "log = logging.getLogger('collector')\nADDR = ('127.0.0.1', {{api}})\n\nlog.info('collected 48 samples')\ntry:\n"
        "    with socket.create_connection(ADDR, timeout=2) as s:\n        s.sendall(b'cpu 0.4\\n')\nexcept OSError:\n"
        "    log.error('push to graphite %s:%d failed', *ADDR, exc_info=True)\n    log.info('flushing buffer to disk: 48 samples kept')\n"
        "    log.info('closing sensors')\n    log.info('collector stopped')\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("y_py_conn_httpx_argv", "connection", DEB + " poll_jobs.py --base http://127.0.0.1:{{api}}",
       "an httpx client polls a job queue given by --base; the queue is down (httpx.ConnectError after the httpcore chain)",
       {"poll_jobs.py": "import argparse\n\nimport httpx\n\np = argparse.ArgumentParser()\np.add_argument('--base')\na = p.parse_args()\n"
        "with httpx.Client(base_url=a.base, timeout=2) as c:\n    r = c.get('/jobs/next')\n    print(r.json())\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}"}, "httpx.ConnectError", servers=CLOSED,
       requires=["py:httpx"], tool="python3"),
    sc("y_py_conn_aiohttp_gather", "connection", DEB + " crawl.py",
       "an aiohttp crawler gathers two pages from an internal API that is down; the first ClientConnectorError ends the run",
       {"crawl.py": "import asyncio\n\nimport aiohttp\n\nBASE = 'http://127.0.0.1:{{api}}'\n\n\nasync def get(session, path):\n"
        "    async with session.get(BASE + path) as r:\n        return await r.text()\n\n\nasync def main():\n"
        "    async with aiohttp.ClientSession() as s:\n        pages = await asyncio.gather(get(s, '/catalog?page=1'), get(s, '/catalog?page=2'))\n"
        "    print(sum(map(len, pages)))\n\nasyncio.run(main())\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "aiohttp.client_exceptions.ClientConnectorError", servers=CLOSED,
       requires=["py:aiohttp"], tool="python3"),
    sc("y_py_conn_read_timeout_silent", "connection", "python3 check_upstream.py",
       "a health script calls an upstream with requests timeout=(2, 1); the service accepts and never answers (ReadTimeout)",
       {"check_upstream.py": "import requests\n\nURL = 'http://127.0.0.1:{{api}}/status'\nprint('checking', URL)\n"
        "r = requests.get(URL, timeout=(2, 1))\nprint(r.status_code)\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/status"}, "requests.exceptions.ReadTimeout",
       servers={"api": ("silent",)}),
    sc("y_py_conn_urllib_json_log", "connection", "python3 feed_sync.py",
       "a feed sync logs JSON lines; urllib's URLError for a refused feed is a field of the error line, with the URL in another field",
       {"feed_sync.py": "import json\nimport sys\nimport urllib.request\nfrom urllib.error import URLError\n\nFEED = 'http://127.0.0.1:{{api}}/feed.xml'\n\n\n"
        "def log(level, event, **kw):\n    print(json.dumps({'level': level, 'event': event, **kw}))\n\n\nlog('info', 'sync start', feed=FEED)\ntry:\n"
        "    urllib.request.urlopen(FEED, timeout=3)\nexcept URLError as e:\n    log('error', 'feed fetch failed', url=FEED, error=str(e))\n"
        "    log('info', 'sync end', items=0)\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/feed.xml"}, "URLError", servers=CLOSED),
    sc("y_py_conn_pytest_integration", "connection", "python3 -m pytest -q tests/test_api_live.py",
       "an integration test suite talks to a local API that is not running; pytest prints E lines and a short summary",
       {"tests/test_api_live.py": "import requests\n\nBASE = 'http://127.0.0.1:{{api}}'\n\n\ndef test_health():\n"
        "    assert requests.get(BASE + '/health', timeout=2).status_code == 200\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "requests.exceptions.ConnectionError", servers=CLOSED, tool="python3"),

    # ================= Python: file_not_found =================
    sc("y_py_fnf_argparse_filetype", "file_not_found", "python3 import_csv.py --input data/customers-2026-12.csv",
       "argparse.FileType opens the --input file, which does not exist; argparse prints usage and an error, exit 2",
       {"import_csv.py": "import argparse\nimport csv\n\np = argparse.ArgumentParser(prog='import_csv')\np.add_argument('--input', type=argparse.FileType('r'), required=True)\n"
        "a = p.parse_args()\nprint(sum(1 for _ in csv.reader(a.input)), 'rows')\n"},
       {"path": "data/customers-2026-12.csv"}, "argparse", dirs=["data"], exit=2),
    sc("y_py_fnf_template_then_cleanup", "file_not_found", "python3 send_digest.py",
       "a digest mailer opens its HTML template (missing); the traceback is followed by atexit cleanup messages",
       {"send_digest.py": "import atexit\nimport shutil\nimport tempfile\n\nwork = tempfile.mkdtemp(prefix='digest-')\n\n\n@atexit.register\ndef cleanup():\n"
        "    print('cleanup: removing work dir')\n    shutil.rmtree(work)\n    print('cleanup: smtp connection closed')\n    print('cleanup: done')\n\n\n"
        "with open('templates/digest.html') as f:\n    html = f.read()\nprint(len(html))\n"},
       {"path": "templates/digest.html"}, "FileNotFoundError", dirs=["templates"]),
    sc("y_py_fnf_pipeline_prefixed", "file_not_found", "bash run_job.sh",
       "a cron wrapper prefixes every line of its Python job's output with a tag via sed (pipefail); the job's input file is missing",
       {"run_job.sh": "#!/bin/bash\nset -o pipefail\necho \"[cron] starting daily-import\"\npython3 jobs/daily_import.py 2>&1 | sed 's/^/[daily-import] /'\n"
        "rc=$?\necho \"[cron] daily-import exited with $rc\"\nexit $rc\n",
        "jobs/daily_import.py": "import csv\n\nwith open('inbox/orders-today.csv') as f:\n    print(sum(1 for _ in csv.reader(f)))\n"},
       {"path": "inbox/orders-today.csv"}, "FileNotFoundError", dirs=["inbox"], tool="bash"),
    sc("y_py_fnf_yaml_config_env", "file_not_found", "APP_CONFIG=conf/app.prod.yaml python3 app.py",
       "an app reads the YAML config named by APP_CONFIG; only conf/app.dev.yaml exists",
       {"app.py": "import os\n\nimport yaml\n\npath = os.environ['APP_CONFIG']\nwith open(path) as f:\n    cfg = yaml.safe_load(f)\nprint(cfg['name'])\n",
        "conf/app.dev.yaml": "name: dev\n"},
       {"path": "conf/app.prod.yaml"}, "FileNotFoundError", tool="python3"),

    # ================= Python: json_format =================
    sc("y_py_json_config_argv_only", "json_format", "python3 app.py --config config/settings.json",
       "an app loads the JSON config named by --config with json.load(f); the file has a trailing comma and the traceback never names it",
       {"app.py": "import argparse\nimport json\n\np = argparse.ArgumentParser()\np.add_argument('--config')\na = p.parse_args()\n"
        "with open(a.config) as f:\n    cfg = json.load(f)\nprint(cfg['db'])\n",
        "config/settings.json": '{\n  "db": "postgres://localhost/app",\n  "pool": 5,\n}\n'},
       {"json_file": "config/settings.json", "line": 4}, "json.decoder.JSONDecodeError"),
    sc("y_py_json_requests_html", "json_format", "python3 fetch_rates.py",
       "a client calls .json() on a response that is an HTML maintenance page from a proxy (requests JSONDecodeError)",
       {"fetch_rates.py": "import requests\n\nr = requests.get('http://127.0.0.1:{{api}}/rates/eur', timeout=3)\nprint('status', r.status_code)\nrates = r.json()\nprint(rates['usd'])\n"},
       {}, "requests.exceptions.JSONDecodeError",
       servers={"api": ("http", 200, "<!DOCTYPE html>\n<html><body><h1>Scheduled maintenance</h1></body></html>\n", {"Content-Type": "text/html"})}),
    sc("y_py_json_logged_loader", "json_format", "python3 load_fixtures.py",
       "a fixture loader logs the file and the decoder message at ERROR level and exits 1 (no traceback)",
       {"load_fixtures.py": "import json\nimport logging\nimport sys\nfrom pathlib import Path\n\nlogging.basicConfig(format='%(asctime)s %(levelname)-8s %(message)s', level=logging.INFO)\n"
        "for p in sorted(Path('fixtures').glob('*.json')):\n    try:\n        data = json.loads(p.read_text())\n        logging.info('loaded %s (%d records)', p, len(data))\n"
        "    except json.JSONDecodeError as e:\n        logging.error('cannot parse %s: %s', p, e)\n        sys.exit(1)\n",
        "fixtures/a_users.json": '[{"id": 1}]\n',
        "fixtures/b_orders.json": '[\n  {"id": 1, "user": 1},\n  {"id": 2, "user": 1}\n  {"id": 3, "user": 2}\n]\n'},
       {"json_file": "fixtures/b_orders.json", "line": 4}, "json.decoder.JSONDecodeError"),
    sc("y_py_json_pytest_fixture", "json_format", "python3 -m pytest -q tests",
       "a pytest fixture reads tests/data/payload.json, which has single quotes; the error is at setup of two tests",
       {"tests/conftest.py": "import json\nfrom pathlib import Path\n\nimport pytest\n\n\n@pytest.fixture\ndef payload():\n"
        "    return json.loads(Path(__file__).with_name('data').joinpath('payload.json').read_text())\n",
        "tests/test_webhook.py": "def test_has_event(payload):\n    assert 'event' in payload\n\n\ndef test_has_id(payload):\n    assert 'id' in payload\n",
        "tests/data/payload.json": "{'event': 'invoice.paid', 'id': 7}\n"},
       {"json_file": "tests/data/payload.json", "line": 1}, "json.decoder.JSONDecodeError", tool="python3"),

    # ================= Python: import_error =================
    sc("y_py_imp_collections_mapping", "import_error", "python3 render.py",
       "a vendored helper still imports Mapping from collections (removed in 3.10)",
       {"render.py": "from vendor.deepmerge import merge\n\nprint(merge({'a': 1}, {'b': 2}))\n", "vendor/__init__.py": "",
        "vendor/deepmerge.py": "from collections import Mapping\n\n\ndef merge(a, b):\n    out = dict(a)\n    for k, v in b.items():\n"
        "        out[k] = merge(out[k], v) if isinstance(v, Mapping) and k in out else v\n    return out\n"},
       {"name": "Mapping", "from_module": "collections"}, "ImportError"),
    sc("y_py_imp_circular_models", "import_error", "python3 -m shop.main",
       "two modules of a package import each other at import time (cannot import name from partially initialized module)",
       {"shop/__init__.py": "", "shop/main.py": "from shop.models import Order\n\nprint(Order())\n",
        "shop/models.py": "from shop.pricing import price_of\n\n\nclass Order:\n    total = 0\n",
        "shop/pricing.py": "from shop.models import Order\n\n\ndef price_of(o: Order):\n    return o.total\n"},
       {"name": "Order", "from_module": "shop.models"}, "ImportError"),
    sc("y_py_imp_unittest_name", "import_error", "python3 -m unittest discover -s tests",
       "unittest cannot import a test module because it imports compute_tax from billing, which was renamed to tax_for",
       {"billing.py": "def tax_for(amount):\n    return round(amount * 0.2, 2)\n", "tests/__init__.py": "",
        "tests/test_billing.py": "import unittest\n\nfrom billing import compute_tax\n\n\nclass T(unittest.TestCase):\n    def test_tax(self):\n        self.assertEqual(compute_tax(10), 2)\n"},
       {"name": "compute_tax", "from_module": "billing"}, "ImportError", tool="python3"),
    sc("y_py_imp_child_wrapper", "import_error", "python3 tasks.py migrate",
       "a task runner runs a migration as a child; the child imports a name the installed requests does not provide; the "
       "runner prints the child's stderr inside its own error message",
       {"tasks.py": "import subprocess\nimport sys\n\nr = subprocess.run([sys.executable, 'migrations/run.py'], capture_output=True, text=True)\n"
        "if r.returncode:\n    sys.exit(f\"task {sys.argv[1]} failed (exit {r.returncode}):\\n{r.stderr}\")\nprint(r.stdout)\n",
        "migrations/run.py": "from requests import AsyncSession\n\nprint('migrated')\n"},
       {"name": "AsyncSession", "from_module": "requests"}, "ImportError"),

    # ================= Python: websocket =================
    sc("y_py_ws_websockets_close_1008", "websocket", DEB + " listen_orders.py",
       "a websockets client is closed by the server with 1008 (policy violation: bad token); the ConnectionClosedError propagates",
       {"listen_orders.py": "import asyncio\n\nimport websockets\n\nURL = 'ws://127.0.0.1:{{ws}}/orders'\n\n\nasync def main():\n"
        "    async with websockets.connect(URL) as ws:\n        print('subscribed')\n        async for msg in ws:\n            print(msg)\n\nasyncio.run(main())\n"},
       {"close_code": 1008, "url": "ws://127.0.0.1:{{ws}}/orders"}, "websockets.exceptions.ConnectionClosedError",
       servers={"ws": ("ws", "close", 1008, "invalid token")}, requires=["py:websockets"], tool="python3"),
    sc("y_py_ws_client_403_logged", "websocket", DEB + " stream_prices.py",
       "a websocket-client app's upgrade is rejected with HTTP 403; the app logs the exception with logging.exception and exits 1",
       {"stream_prices.py": "import logging\nimport sys\n\nimport websocket\n\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')\n"
        "log = logging.getLogger('prices')\nURL = 'ws://127.0.0.1:{{ws}}/prices?key=old'\ntry:\n    ws = websocket.create_connection(URL, timeout=3)\nexcept Exception:\n"
        "    log.exception('price stream unavailable')\n    sys.exit(1)\n"},
       {"http_status": 403, "url": "ws://127.0.0.1:{{ws}}/prices?key=old"}, "websocket._exceptions.WebSocketBadStatusException",
       servers={"ws": ("http", 403, "forbidden\n")}, requires=["py:websocket"], tool="python3"),
    sc("y_py_ws_websockets_404", "websocket", DEB + " chat_bot.py ws://127.0.0.1:{{ws}}/chat",
       "a websockets bot connects to a path the server does not serve (HTTP 404 at the upgrade)",
       {"chat_bot.py": "import asyncio\nimport sys\n\nimport websockets\n\n\nasync def main(url):\n    async with websockets.connect(url) as ws:\n"
        "        await ws.send('hello')\n\nasyncio.run(main(sys.argv[1]))\n"},
       {"http_status": 404, "url": "ws://127.0.0.1:{{ws}}/chat"}, "websockets.exceptions.InvalidStatus",
       servers={"ws": ("http", 404, "not found\n")}, requires=["py:websockets"], tool="python3"),
    sc("y_py_ws_aiohttp_refused", "websocket", DEB + " dashboard_feed.py",
       "an aiohttp ws_connect to a dashboard feed that is down (ClientConnectorError on a ws:// URL)",
       {"dashboard_feed.py": "import asyncio\n\nimport aiohttp\n\n\nasync def main():\n    async with aiohttp.ClientSession() as s:\n"
        "        async with s.ws_connect('ws://127.0.0.1:{{api}}/feed') as ws:\n            async for m in ws:\n                print(m.data)\n\nasyncio.run(main())\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "ws://127.0.0.1:{{api}}/feed"}, "aiohttp.client_exceptions.ClientConnectorError",
       servers=CLOSED, requires=["py:aiohttp"], tool="python3"),
]

PY_NEG = [
    sc("y_py_neg_pytest_xfail", "negative", "python3 -m pytest -q -rxX tests",
       "a pytest run where an xfail test raises ConnectionRefusedError (expected) and the others pass; exit 0",
       {"tests/test_client.py": "import socket\n\nimport pytest\n\n\ndef test_parse():\n    assert int('3') == 3\n\n\n"
        "@pytest.mark.xfail(reason='needs the staging API', raises=ConnectionRefusedError)\ndef test_staging():\n"
        "    socket.create_connection(('127.0.0.1', {{api}}), timeout=1)\n"},
       {}, "", servers=CLOSED, exit=0, tool="python3"),
    sc("y_py_neg_retry_then_ok", "negative", "python3 wait_for_api.py",
       "a start-up probe tries the API three times; the first two are refused and logged as warnings, the third answers 200; exit 0",
       {"wait_for_api.py": "import logging\nimport time\n\nimport requests\n\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')\n"
        "urls = ['http://127.0.0.1:{{down}}/ready', 'http://127.0.0.1:{{down}}/ready', 'http://127.0.0.1:{{api}}/ready']\n"
        "for i, u in enumerate(urls, 1):\n    try:\n        r = requests.get(u, timeout=2)\n        logging.info('attempt %d: %s -> %d, api ready', i, u, r.status_code)\n        break\n"
        "    except requests.ConnectionError as e:\n        logging.warning('attempt %d failed: %s', i, e)\n        time.sleep(0.1)\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("y_py_neg_keyerror_env", "negative", "python3 settings_check.py",
       "a settings check reads DATABASE_URL from the environment, which is not set (KeyError); not one of the eight causes",
       {"settings_check.py": "import os\n\nprint('checking settings for config/production')\ndb = os.environ['DATABASE_URL']\nprint('db ok', db)\n"},
       {}, "KeyError"),
    sc("y_py_neg_http_503", "negative", "python3 publish.py",
       "a publisher posts to a live API that answers 503; raise_for_status raises HTTPError",
       {"publish.py": "import requests\n\nr = requests.post('http://127.0.0.1:{{api}}/v1/publish', json={'id': 4}, timeout=3)\nr.raise_for_status()\nprint('published')\n"},
       {}, "requests.exceptions.HTTPError", servers={"api": ("http", 503, "upstream busy\n")}),
    sc("y_py_neg_unittest_not_raised", "negative", "python3 -m unittest -v test_loader",
       "a unittest expects FileNotFoundError for a missing file but the loader returns an empty list (AssertionError: "
       "FileNotFoundError not raised)",
       {"loader.py": "import os\n\n\ndef load(path):\n    if not os.path.exists(path):\n        return []\n    with open(path) as f:\n        return f.read().split()\n",
        "test_loader.py": "import unittest\n\nfrom loader import load\n\n\nclass LoaderTest(unittest.TestCase):\n    def test_missing(self):\n"
        "        with self.assertRaises(FileNotFoundError):\n            load('no/such/file.txt')\n"},
       {}, "AssertionError", tool="python3"),
    sc("y_py_neg_warnings_summary", "negative", "python3 -W default nightly_report.py",
       "a report emits a DeprecationWarning and a logged warning about a deprecated config key, and ends with '0 errors'; exit 0",
       {"nightly_report.py": "import logging\nimport warnings\n\nlogging.basicConfig(format='%(levelname)s %(message)s')\n"
        "warnings.warn('datetime.utcnow() is deprecated; use timezone-aware objects', DeprecationWarning)\n"
        "logging.warning(\"config key 'timeout' is deprecated, use 'request_timeout'\")\nprint('processed 120 rows, 0 errors, 0 skipped')\n"},
       {}, "DeprecationWarning", exit=0),
    sc("y_py_neg_json_log_history", "negative", "python3 status.py",
       "a status command prints JSON log lines that quote the previous run's errors (No module named 'redis', connection "
       "refused) as history and reports healthy; exit 0",
       {"status.py": "import json\n\nprev = [\"ModuleNotFoundError: No module named 'redis'\", 'ConnectionRefusedError: [Errno 111] Connection refused']\n"
        "print(json.dumps({'level': 'info', 'msg': 'last run', 'status': 'recovered'}))\nfor e in prev:\n"
        "    print(json.dumps({'level': 'info', 'msg': 'earlier incident (resolved)', 'error': e}))\nprint(json.dumps({'level': 'info', 'msg': 'all checks passed'}))\n"},
       {}, "", exit=0),
    sc("y_py_neg_grep_calledprocesserror", "negative", "python3 scan_logs.py",
       "a log scanner runs grep -q for a pattern via check_call; grep finds nothing and exits 1 (CalledProcessError), not one of the eight causes",
       {"scan_logs.py": "import subprocess\n\nprint('scanning app.log for FATAL')\nsubprocess.check_call(['grep', '-q', 'FATAL', 'app.log'])\nprint('found FATAL entries')\n",
        "app.log": "INFO started\nWARN slow request 1.2s\nINFO stopped\n"},
       {}, "subprocess.CalledProcessError"),
]

NODE = [
    # ================= Node: missing_module =================
    sc("y_node_mm_npm_run_migrate", "missing_module", "npm run migrate",
       "npm run migrate runs a migration script whose db module requires knex, which is not installed; npm's own error lines follow",
       {"package.json": pkg({"migrate": "node scripts/migrate.js latest"}),
        "scripts/migrate.js": "const db = require('../src/db');\nconsole.log('migrating to', process.argv[2]);\ndb.migrate.latest().then(() => db.destroy());\n",
        "src/db.js": "const knex = require('knex');\nmodule.exports = knex({ client: 'pg', connection: process.env.DATABASE_URL });\n"},
       {"module": "knex"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("y_node_mm_dynamic_import_logged", "missing_module", "node thumbs.mjs uploads/",
       "an ESM thumbnailer loads its image backend with a dynamic import inside try/catch and logs the code and message before exiting",
       {"thumbs.mjs": "let sharp;\ntry {\n  ({ default: sharp } = await import('sharp'));\n} catch (err) {\n"
        "  console.error('[thumbs] image backend failed to load:', err.code, '-', err.message);\n"
        "  console.error('[thumbs] fallback disabled (THUMBS_FALLBACK unset), exiting');\n  process.exit(1);\n}\n"
        "console.log('[thumbs] processing', process.argv[2]);\n"},
       {"module": "sharp"}, "Error [ERR_MODULE_NOT_FOUND]", dirs=["uploads"]),
    sc("y_node_mm_node_test_supertest", "missing_module", "node --test",
       "node's test runner loads an API test that requires supertest (not installed); a second test file passes",
       {"test/api.test.js": "const test = require('node:test');\nconst request = require('supertest');\nconst app = require('../app');\n\n"
        "test('GET /health', async () => {\n  await request(app).get('/health').expect(200);\n});\n",
        "test/util.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n\ntest('adds', () => assert.strictEqual(1 + 1, 2));\n",
        "app.js": "module.exports = (req, res) => res.end('ok');\n"},
       {"module": "supertest"}, "Error: Cannot find module"),

    # ================= Node: permission =================
    sc("y_node_perm_write_stream", "permission", "node access-log.js",
       "an access logger opens logs/access.log for append with createWriteStream in a read-only folder; the unhandled "
       "'error' event is printed after the program's own start-up line",
       {"access-log.js": "const fs = require('fs');\nconst out = fs.createWriteStream('logs/access.log', { flags: 'a' });\n"
        "console.log('access logger ready');\nout.write('127.0.0.1 GET / 200\\n');\n"},
       {"path": "logs/access.log"}, "Error: EACCES", dirs=["logs"], modes={"logs": 0o555}, drop_caps=True),
    sc("y_node_perm_execsync_script", "permission", "node release.js",
       "a release script runs ./scripts/gen-version.sh with execSync (stdio inherited); the shell refuses the file without execute bit "
       "and execSync throws Command failed",
       {"release.js": "const { execSync } = require('child_process');\nconsole.log('tagging release');\nexecSync('./scripts/gen-version.sh > version.txt', { stdio: 'inherit' });\nconsole.log('done');\n",
        "scripts/gen-version.sh": "#!/bin/sh\ngit describe --tags\n"},
       {"path": "scripts/gen-version.sh"}, "Error: Command failed", modes={"scripts/gen-version.sh": 0o644}),
    sc("y_node_perm_npm_build_manifest", "permission", "npm run build",
       "npm run build writes public/build/manifest.json into a folder that is read-only (run without capabilities)",
       {"package.json": pkg({"build": "node tools/manifest.js"}),
        "tools/manifest.js": "const fs = require('fs');\nconst files = ['app.js', 'app.css'];\nconsole.log(`hashing ${files.length} assets`);\n"
        "fs.writeFileSync('public/build/manifest.json', JSON.stringify({ files }, null, 2));\nconsole.log('manifest written');\n"},
       {"path": "public/build/manifest.json"}, "Error: EACCES", dirs=["public/build"], modes={"public/build": 0o555}, drop_caps=True,
       tool="npm", ecosystem="node"),

    # ================= Node: syntax =================
    sc("y_node_syn_required_config", "syntax", "node index.js",
       "an app requires its database config module, which misses a comma after the port property (line 3), so node stops at the next property (line 4)",
       {"index.js": "const db = require('./config/db.config.js');\nconsole.log('connecting to', db.host);\n",
        "config/db.config.js": "module.exports = {\n  host: process.env.DB_HOST || 'localhost',\n  port: 5432\n  database: 'shop',\n};\n"},
       {"file": "config/db.config.js", "line": 4}, "SyntaxError"),
    sc("y_node_syn_fork_child", "syntax", "node queue.js",
       "a queue forks a job file with a syntax error (const without a value); the child's stack goes to the inherited "
       "stderr and the parent logs the exit code and a summary",
       {"queue.js": "const { fork } = require('child_process');\nconst jobs = ['jobs/send-mail.js'];\nlet failed = 0;\nfor (const j of jobs) {\n"
        "  const c = fork(j);\n  c.on('exit', (code) => {\n    console.log(`[queue] ${j} exited with code ${code}`);\n    if (code) failed++;\n"
        "    console.log(`[queue] ${jobs.length - failed}/${jobs.length} jobs ok`);\n    process.exitCode = failed ? 1 : 0;\n  });\n}\n",
        "jobs/send-mail.js": "const subject = 'Weekly digest';\n\nfunction send() {\n  const to = ;\n  console.log('sending', subject, to);\n}\nsend();\n"},
       {"file": "jobs/send-mail.js", "line": 4}, "SyntaxError"),
    sc("y_node_syn_npm_check_chain", "syntax", "npm run check",
       "npm run check runs node --check on two files joined by &&; the second has a stray closing brace",
       {"package.json": pkg({"check": "node --check src/server.js && node --check src/router.js"}),
        "src/server.js": "const router = require('./router');\nmodule.exports = router;\n",
        "src/router.js": "const routes = {};\n\nfunction add(path, fn) {\n  routes[path] = fn;\n}\n}\n\nmodule.exports = { add, routes };\n"},
       {"file": "src/router.js", "line": 6}, "SyntaxError", tool="npm", ecosystem="node"),

    # ================= Node: connection =================
    sc("y_node_conn_retry_give_up", "connection", "node cache-warmup.js",
       "a cache warm-up connects to its cache over TCP, retries three times with warnings and rethrows the last error in the handler",
       {"cache-warmup.js": "const net = require('net');\nconst PORT = {{api}};\n\nfunction tryConnect(n) {\n  const s = net.connect(PORT, '127.0.0.1');\n"
        "  s.on('connect', () => {\n    console.log('cache connected');\n    s.end();\n  });\n  s.on('error', (e) => {\n"
        "    console.warn(`[cache] attempt ${n}/3 failed: ${e.message}`);\n    if (n < 3) setTimeout(() => tryConnect(n + 1), 50);\n"
        "    else {\n      console.error('[cache] giving up after 3 attempts');\n      throw e;\n    }\n  });\n}\ntryConnect(1);\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("y_node_conn_json_log_fetch", "connection", "node proxy-check.mjs",
       "a service logs a pino-style JSON line for a failed upstream fetch; the stack and the cause's code and message are JSON fields",
       {"proxy-check.mjs": "const url = 'http://127.0.0.1:{{api}}/inventory';\ntry {\n  const res = await fetch(url);\n  console.log(res.status);\n} catch (err) {\n"
        "  console.log(JSON.stringify({ level: 50, time: Date.now(), pid: process.pid, hostname: 'web-1', req: { method: 'GET', url },\n"
        "    msg: 'upstream request failed', err: { type: err.name, message: err.message, stack: err.stack,\n"
        "      cause: { code: err.cause?.code, message: err.cause?.message } } }));\n"
        "  console.log(JSON.stringify({ level: 30, time: Date.now(), msg: 'serving stale inventory from cache' }));\n  process.exitCode = 1;\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/inventory"}, "TypeError: fetch failed", servers=CLOSED),
    sc("y_node_conn_socket_hang_up", "connection", "node upload-report.js http://127.0.0.1:{{api}}/reports",
       "an http client posts a report to the URL in argv; the server reads the request and closes without answering (socket hang up)",
       {"upload-report.js": "const http = require('http');\nconst req = http.request(process.argv[2], { method: 'POST' }, (res) => console.log('status', res.statusCode));\n"
        "req.on('error', (err) => {\n  console.error('report upload failed:', err);\n  process.exit(1);\n});\nreq.end(JSON.stringify({ day: '2026-12-06' }));\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/reports"}, "Error: socket hang up", servers={"api": ("empty",)}),
    sc("y_node_conn_allsettled_one_mirror", "connection", "node check-mirrors.mjs",
       "a mirror check fetches two mirrors with Promise.allSettled; one answers 200, the other resets the connection; the "
       "summary names the failed mirror and exits 1",
       {"check-mirrors.mjs": "const mirrors = ['http://127.0.0.1:{{ok}}/index.json', 'http://127.0.0.1:{{api}}/index.json'];\n"
        "const results = await Promise.allSettled(mirrors.map((u) => fetch(u)));\nlet bad = 0;\nresults.forEach((r, i) => {\n"
        "  if (r.status === 'fulfilled') console.log(`${mirrors[i]} -> ${r.value.status}`);\n"
        "  else {\n    bad++;\n    console.error(`${mirrors[i]} -> ${r.reason.message} (${r.reason.cause?.code}: ${r.reason.cause?.message})`);\n  }\n});\n"
        "if (bad) {\n  console.error(`${bad} of ${mirrors.length} mirrors unreachable`);\n  process.exit(1);\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/index.json"}, "TypeError: fetch failed",
       servers={"ok": ("http", 200, "{}\n"), "api": ("reset",)}),

    # ================= Node: file_not_found =================
    sc("y_node_fnf_npm_seed_missing", "file_not_found", "npm run seed",
       "npm run seed points at scripts/seed.js, which was renamed; node cannot find the entry file and npm prints its error lines",
       {"package.json": pkg({"seed": "node scripts/seed.js --env dev"}), "scripts/seed-dev.js": "console.log('seeded');\n"},
       {"path": "scripts/seed.js"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("y_node_fnf_error_cause_chain", "file_not_found", "node server.js",
       "a server wraps the ENOENT of its CA file in its own Error with { cause }; the unhandled rejection prints the wrapper "
       "first and the cause below it",
       {"server.js": "const fs = require('fs/promises');\n\nasync function loadTls() {\n  try {\n    return { ca: await fs.readFile('certs/ca.pem') };\n"
        "  } catch (err) {\n    throw new Error('TLS setup failed', { cause: err });\n  }\n}\n\nloadTls().then(() => console.log('tls ok'));\n"},
       {"path": "certs/ca.pem"}, "Error: TLS setup failed", dirs=["certs"]),
    sc("y_node_fnf_spawn_python_child", "file_not_found", "node make-report.js",
       "a node job spawns python3 on tools/report.py (stdio inherited), which is missing; python's error is followed by the "
       "parent's own exit message",
       {"make-report.js": "const { spawn } = require('child_process');\nconst p = spawn('python3', ['tools/report.py', '--week', '49'], { stdio: 'inherit' });\n"
        "p.on('exit', (code) => {\n  if (code !== 0) {\n    console.error(`report generator exited with code ${code}`);\n    process.exit(code);\n  }\n});\n"},
       {"path": "tools/report.py"}, "python3", dirs=["tools"]),

    # ================= Node: json_format =================
    sc("y_node_json_fetch_html", "json_format", "node rates.mjs",
       "fetch gets an HTML error page with status 200 and calls res.json() (SyntaxError: Unexpected token '<')",
       {"rates.mjs": "const res = await fetch('http://127.0.0.1:{{api}}/api/rates');\nconsole.log('status', res.status);\nconst rates = await res.json();\nconsole.log(rates.EUR);\n"},
       {}, "SyntaxError", servers={"api": ("http", 200, "<!DOCTYPE html><html><body>Login required</body></html>\n", {"Content-Type": "text/html"})}),
    sc("y_node_json_env_config", "json_format", "CONFIG=config/prod.json node app.js",
       "an app parses the JSON file named by the CONFIG environment variable; its keys are unquoted",
       {"app.js": "const fs = require('fs');\nconst cfg = JSON.parse(fs.readFileSync(process.env.CONFIG, 'utf8'));\nconsole.log('listening on', cfg.port);\n",
        "config/prod.json": "{\n  port: 8080,\n  host: \"0.0.0.0\"\n}\n"},
       {"json_file": "config/prod.json"}, "SyntaxError", tool="node"),
    sc("y_node_json_node_test_fixture", "json_format", "node --test",
       "a node:test file requires a JSON fixture with a trailing comma; the runner reports the file as failed",
       {"test/users.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst users = require('./fixtures/users.json');\n\n"
        "test('has admin', () => assert.ok(users.some((u) => u.admin)));\n",
        "test/fixtures/users.json": '[\n  {"name": "ann", "admin": true},\n  {"name": "bob", "admin": false},\n]\n'},
       {"json_file": "test/fixtures/users.json"}, "SyntaxError"),

    # ================= Node: import_error =================
    sc("y_node_imp_named_from_cjs", "import_error", "node main.mjs",
       "an ESM entry imports a named export from a CommonJS module whose exports are not statically detectable",
       {"main.mjs": "import { nextId } from './lib/ids.cjs';\nconsole.log(nextId());\n",
        "lib/ids.cjs": "function make() {\n  let n = 0;\n  return { nextId: () => ++n };\n}\nmodule.exports = make();\n"},
       {"name": "nextId", "from_module": "./lib/ids.cjs"}, "SyntaxError"),
    sc("y_node_imp_default_npm_start", "import_error", "npm start",
       "npm start runs an ESM server that imports a default export from a module that only has named exports",
       {"package.json": pkg({"start": "node src/server.js"}, esm=True),
        "src/server.js": "import createApp from './app.js';\nconst app = createApp();\napp.listen(3000);\n",
        "src/app.js": "export function createApp() {\n  return { listen: (p) => console.log('listening', p) };\n}\n"},
       {"name": "default", "from_module": "./app.js"}, "SyntaxError", tool="npm", ecosystem="node"),

    # ================= Node: websocket =================
    sc("y_node_ws_close_1013_json_log", "websocket", "node market-feed.js",
       "a ws client logs JSON lines; the server closes with 1013 (try again later) and the client logs the close and exits 2",
       {"market-feed.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/market';\nconst log = (o) => console.log(JSON.stringify({ ts: Date.now(), ...o }));\n"
        "const ws = new WebSocket(url);\nws.on('open', () => log({ level: 'info', msg: 'feed open', url }));\n"
        "ws.on('close', (code, reason) => {\n  log({ level: 'error', msg: 'feed closed by server', url, code, reason: reason.toString() });\n  process.exit(2);\n});\n"},
       {"close_code": 1013, "url": "ws://127.0.0.1:{{ws}}/market"}, "ws", servers={"ws": ("ws", "close", 1013, "try again later")},
       setup=WS_LINK, requires=WS_REQ, exit=2),
    sc("y_node_ws_502_retried", "websocket", "node live-scores.js",
       "a ws client behind a gateway gets HTTP 502 at the upgrade, retries twice with the same result and gives up",
       {"live-scores.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/scores';\nlet attempt = 0;\nfunction connect() {\n"
        "  attempt++;\n  const ws = new WebSocket(url);\n  ws.on('open', () => console.log('connected'));\n  ws.on('error', (err) => {\n"
        "    console.error(`attempt ${attempt}: ${err.message}`);\n    if (attempt < 3) setTimeout(connect, 50);\n"
        "    else {\n      console.error(`live scores unavailable at ${url}, giving up`);\n      process.exit(1);\n    }\n  });\n}\nconnect();\n"},
       {"http_status": 502, "url": "ws://127.0.0.1:{{ws}}/scores"}, "Error: Unexpected server response: 502",
       servers={"ws": ("http", 502, "bad gateway\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("y_node_ws_esm_npm_refused", "websocket", "npm run tail",
       "npm run tail starts an ESM log tailer that opens a ws:// connection to a log server that is down (unhandled error event)",
       {"package.json": pkg({"tail": "node tail.mjs"}, esm=True),
        "tail.mjs": "import WebSocket from 'ws';\nconst ws = new WebSocket('ws://127.0.0.1:{{api}}/logs/tail');\nws.on('message', (m) => process.stdout.write(m));\n"},
       {"url": "ws://127.0.0.1:{{api}}/logs/tail", "host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED,
       setup=WS_LINK, requires=WS_REQ, tool="npm", ecosystem="node"),
]

NODE_NEG = [
    sc("y_node_neg_node_test_todo", "negative", "node --test",
       "node's test runner: all tests pass and one TODO test is titled after an ECONNREFUSED case still to handle; exit 0",
       {"test/cache.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n\n"
        "test('stores values', () => assert.strictEqual(new Map([[1, 2]]).get(1), 2));\n"
        "test('retries on ECONNREFUSED from the cache', { todo: 'handle connect ECONNREFUSED 127.0.0.1:6379' }, () => {});\n"},
       {}, "", exit=0),
    sc("y_node_neg_buffer_deprecation", "negative", "node pack.js",
       "a packer uses new Buffer(), which prints DEP0005 DeprecationWarning, and finishes; exit 0",
       {"pack.js": "const b = new Buffer(8);\nb.writeUInt32BE(42, 0);\nconsole.log('packed', b.length, 'bytes, 0 errors');\n"},
       {}, "DeprecationWarning", exit=0),
    sc("y_node_neg_json_log_422", "negative", "node create-user.mjs",
       "a client logs a JSON error line for a 422 from a live API (validation failed) and exits 1",
       {"create-user.mjs": "const res = await fetch('http://127.0.0.1:{{api}}/users', { method: 'POST', body: JSON.stringify({ email: 'bob' }) });\n"
        "if (!res.ok) {\n  console.log(JSON.stringify({ level: 'error', msg: 'create user failed', status: res.status, body: await res.text() }));\n  process.exit(1);\n}\n"},
       {}, "", servers={"api": ("http", 422, '{"error": "email is not a valid address"}\n', {"Content-Type": "application/json"})}),
    sc("y_node_neg_ws_reconnect_ok", "negative", "node presence.js",
       "a ws client's first endpoint refuses, it logs the error and connects to the fallback, which closes normally (1000); exit 0",
       {"presence.js": "const WebSocket = require('ws');\nconst urls = ['ws://127.0.0.1:{{down}}/presence', 'ws://127.0.0.1:{{ws}}/presence'];\n"
        "function go(i) {\n  const ws = new WebSocket(urls[i]);\n  ws.on('open', () => console.log('connected to', urls[i]));\n"
        "  ws.on('error', (e) => {\n    console.error(`endpoint ${urls[i]} failed: ${e.message}; trying fallback`);\n    go(i + 1);\n  });\n"
        "  ws.on('close', (code) => {\n    if (code === 1000) console.log('session ended normally (1000)');\n  });\n}\ngo(0);\n"},
       {}, "", servers={"down": ("closed",), "ws": ("ws", "close", 1000, "bye")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("y_node_neg_test_assert_json_message", "negative", "npm test",
       "npm test: a validator test fails because the JSON error message it asserts on changed wording (AssertionError quoting a JSON SyntaxError)",
       {"package.json": pkg({"test": "node --test"}),
        "src/validate.js": "module.exports = (text) => {\n  try {\n    JSON.parse(text);\n    return 'ok';\n  } catch (e) {\n    return e.message;\n  }\n};\n",
        "test/validate.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst validate = require('../src/validate');\n\n"
        "test('reports the position', () => {\n  assert.match(validate('{\"a\": 1,}'), /Unexpected token } in JSON at position 8/);\n});\n"},
       {}, "AssertionError", tool="npm", ecosystem="node"),
]

TOOLS = [
    # ================= shells and tools: missing_module =================
    sc("y_sh_make_python_report", "missing_module", "make report",
       "make runs a Python report generator that imports tabulate (not installed); make's Error 1 line comes last",
       {"Makefile": ".PHONY: report\nreport:\n\t@echo \"building weekly report\"\n\tpython3 scripts/report.py --week 49\n\t@echo \"report ready\"\n",
        "scripts/report.py": "import sys\n\nfrom tabulate import tabulate\n\nrows = [['orders', 120], ['refunds', 3]]\nprint(tabulate(rows, headers=['metric', sys.argv[2]]))\n"},
       {"module": "tabulate"}, "ModuleNotFoundError", tool="make"),
    sc("y_sh_perl_missing_csv_xs", "missing_module", "perl tools/import.pl data/in.csv",
       "a perl importer uses Text::CSV_XS, which is not installed (Can't locate ... in @INC, BEGIN failed)",
       {"tools/import.pl": "#!/usr/bin/perl\nuse strict;\nuse warnings;\nuse Text::CSV_XS;\n\nmy $csv = Text::CSV_XS->new({ binary => 1 });\n"
        "open my $fh, '<', $ARGV[0] or die \"open $ARGV[0]: $!\";\nwhile (my $row = $csv->getline($fh)) { print scalar(@$row), \"\\n\" }\n",
        "data/in.csv": "a,b\n1,2\n"},
       {"module": "Text::CSV_XS"}, "Can't locate"),

    # ================= shells and tools: permission =================
    sc("y_sh_sqlite3_readonly_db", "permission", "sqlite3 data/app.db \"insert into events(kind) values ('deploy');\"",
       "sqlite3 inserts into a database file that is read-only (run without capabilities)",
       {}, {"path": "data/app.db"}, "attempt to write a readonly database",
       setup=["mkdir -p data && sqlite3 data/app.db 'create table events(id integer primary key, kind text)' && chmod 444 data/app.db"],
       drop_caps=True),
    sc("y_sh_tar_extract_readonly", "permission", "tar xzf app-1.4.2.tgz -C release",
       "tar extracts a release into a folder it may not write; every member fails (Cannot mkdir / Cannot open) and tar exits 2",
       {}, {"path": "release"}, "tar",
       setup=["mkdir -p staging/bin staging/conf && echo app > staging/bin/app && echo conf > staging/conf/app.conf && "
              "tar czf app-1.4.2.tgz -C staging bin conf && rm -rf staging && mkdir release && chmod 555 release"],
       drop_caps=True),
    sc("y_sh_find_prune_unreadable", "permission", "bash prune-logs.sh",
       "a log pruning script runs find -delete over logs/; one subfolder cannot be read, find reports it and the script exits 1 "
       "after its summary",
       {"prune-logs.sh": "#!/bin/bash\necho \"pruning logs older than 7 days\"\nfind logs -name '*.log' -mtime +7 -delete\nrc=$?\n"
        "echo \"prune finished (find exit $rc)\"\nexit $rc\n",
        "logs/app.log": "x\n", "logs/archive/old.log": "y\n"},
       {"path": "logs/archive"}, "find", modes={"logs/archive": 0o000}, drop_caps=True, tool="bash"),
    sc("y_sh_make_recipe_not_executable", "permission", "make version.h",
       "a make recipe runs ./scripts/mkversion.sh, which has no execute bit (/bin/sh: Permission denied, make Error 126)",
       {"Makefile": "version.h: scripts/mkversion.sh\n\t./scripts/mkversion.sh > version.h\n",
        "scripts/mkversion.sh": "#!/bin/sh\necho '#define VERSION \"1.4.2\"'\n"},
       {"path": "scripts/mkversion.sh"}, "Permission denied", modes={"scripts/mkversion.sh": 0o644}, tool="make"),
    sc("y_sh_cp_into_readonly_dist", "permission", "bash build.sh",
       "a set -e build script copies assets into dist/, which is read-only (cp: cannot create regular file); a trap prints cleanup lines",
       {"build.sh": "#!/bin/bash\nset -e\ntrap 'echo \"build failed at line $LINENO\"; echo \"cleaning .build-tmp\"; rm -rf .build-tmp' ERR\n"
        "mkdir -p .build-tmp\necho \"compiling styles\"\ncp assets/logo.png assets/site.css dist/\necho \"build ok\"\n",
        "assets/logo.png": "PNG", "assets/site.css": "body{}\n"},
       {"path": "dist/logo.png"}, "cp", dirs=["dist"], modes={"dist": 0o555}, drop_caps=True, tool="bash"),
    sc("y_sh_make_mkdir_readonly", "permission", "make reports",
       "make creates build/out for a report inside a read-only build folder (mkdir: cannot create directory)",
       {"Makefile": "reports: build/out/summary.txt\n\nbuild/out/summary.txt: data.csv\n\tmkdir -p build/out\n\twc -l data.csv > $@\n",
        "data.csv": "a\nb\n"},
       {"path": "build/out"}, "mkdir", dirs=["build"], modes={"build": 0o555}, drop_caps=True, tool="make"),

    # ================= shells and tools: syntax =================
    sc("y_sh_dash_stray_fi", "syntax", "dash scripts/rotate.sh",
       "a log rotation script run by dash has a stray fi after its for loop",
       {"scripts/rotate.sh": "#!/bin/sh\nLOG_DIR=logs\nfor f in \"$LOG_DIR\"/*.log; do\n  gzip \"$f\"\ndone\nfi\necho rotated\n"},
       {"file": "scripts/rotate.sh", "line": 6}, "Syntax error", tool="dash", ecosystem="shell"),
    sc("y_sh_bash_sourced_syntax_then_cnf", "syntax", "bash backup.sh",
       "a backup script sources lib/common.sh, which has a stray fi; the helpers it would define are missing, so the script "
       "goes on to print 'log_info: command not found' twice (the later errors are consequences)",
       {"backup.sh": "#!/bin/bash\nsource lib/common.sh\nlog_info \"backup starting\"\ntar czf backup.tgz data\nlog_info \"backup done\"\n",
        "lib/common.sh": "#!/bin/bash\n# shared helpers for backup scripts\nBACKUP_DIR=${BACKUP_DIR:-backups}\nif [ ! -d \"$BACKUP_DIR\" ]; then\n"
        "  mkdir -p \"$BACKUP_DIR\"\nfi\nfi\nlog_info() { echo \"[INFO] $*\"; }\nlog_error() { echo \"[ERROR] $*\" >&2; }\n",
        "data/a.txt": "a\n"},
       {"file": "lib/common.sh", "line": 7}, "syntax error", tool="bash"),
    sc("y_sh_sqlite3_migration_parse", "syntax", "sqlite3 -bail app.db < migrations/003_add_audit.sql",
       "sqlite3 runs a migration file with a misspelled keyword (CREATE TABEL) on line 4",
       {"migrations/003_add_audit.sql": "-- 003: index orders by customer, add audit table\nBEGIN;\nCREATE INDEX idx_orders_customer ON orders(customer_id);\n"
        "CREATE TABEL audit (id INTEGER PRIMARY KEY, note TEXT);\nCOMMIT;\n"},
       {"file": "migrations/003_add_audit.sql", "line": 4}, "Parse error",
       setup=["sqlite3 app.db 'create table orders(id integer primary key, customer_id integer)'"], tool="sqlite3"),
    sc("y_sh_gcc_make_missing_semicolon", "syntax", "make",
       "make compiles two C files; util.c misses a semicolon after a return expression and make stops with Error 1",
       {"Makefile": "CFLAGS = -Wall -O2\n\napp: src/main.o src/util.o\n\tgcc -o app src/main.o src/util.o\n\nsrc/%.o: src/%.c\n\tgcc $(CFLAGS) -c $< -o $@\n",
        "src/main.c": "#include <stdio.h>\nint scale(int a, int b);\nint main(void) {\n  printf(\"%d\\n\", scale(2, 3));\n  return 0;\n}\n",
        "src/util.c": "int scale(int a, int b)\n{\n  int r = a * b;\n  return r\n}\n"},
       {"file": "src/util.c", "line": 4}, "error: expected", tool="make"),
    sc("y_sh_perl_syntax_check", "syntax", "perl -c tools/report.pl",
       "perl -c on a report script with a missing semicolon before a my declaration",
       {"tools/report.pl": "#!/usr/bin/perl\nuse strict;\nuse warnings;\n\nmy $total = 0\nmy @rows = (1, 2, 3);\n$total += $_ for @rows;\nprint \"$total\\n\";\n"},
       {"file": "tools/report.pl", "line": 6}, "syntax error", tool="perl"),

    # ================= shells and tools: connection =================
    sc("y_sh_curl_health_rollback", "connection", "bash deploy-check.sh",
       "a deploy check curls the health URL (--retry does not retry a refusal) and prints rollback lines after curl's error",
       {"deploy-check.sh": "#!/bin/bash\necho \"==> restarting app\"\necho \"==> waiting for health\"\n"
        "if ! curl -fsS --retry 2 --retry-delay 0 http://127.0.0.1:{{api}}/healthz; then\n  echo \"==> health check failed, rolling back\"\n"
        "  echo \"==> rollback: restored release 1.4.1\"\n  exit 1\nfi\necho \"==> healthy\"\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/healthz"}, "curl: (7)", servers=CLOSED, tool="bash"),
    sc("y_sh_wget_release_refused", "connection", "wget --tries=3 -O dist/app.tar.gz http://127.0.0.1:{{api}}/releases/app-1.4.2.tar.gz",
       "wget downloads a release from an artifact server that is down (Connection refused)",
       {}, {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/releases/app-1.4.2.tar.gz"}, "wget",
       servers=CLOSED, dirs=["dist"]),
    sc("y_sh_git_clone_refused", "connection", "git clone http://127.0.0.1:{{api}}/team/infra.git",
       "git clones over HTTP from a git server that is down",
       {}, {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/team/infra.git"}, "fatal: unable to access",
       servers=CLOSED),
    sc("y_sh_psql_migrate_env", "connection", "PGHOST=127.0.0.1 PGPORT={{api}} PGUSER=app PGDATABASE=shop sh migrate.sh",
       "a set -e migration script runs psql per file with the server given by PG* variables; the server is down",
       {"migrate.sh": "#!/bin/sh\nset -e\necho \"applying migrations to $PGHOST:$PGPORT/$PGDATABASE\"\nfor f in migrations/*.sql; do\n  echo \"-> $f\"\n"
        "  psql -v ON_ERROR_STOP=1 -X -q -f \"$f\"\ndone\necho \"migrations applied\"\n",
        "migrations/001_init.sql": "create table t(id int);\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "psql: error", servers=CLOSED, tool="sh", ecosystem="shell"),
    sc("y_sh_curl_timeout_metrics", "connection", "curl -sS --max-time 2 -o /dev/null -w '%{http_code}\\n' http://127.0.0.1:{{api}}/metrics",
       "curl scrapes metrics from an exporter that accepts and never answers; --max-time ends it (28) and -w prints 000",
       {}, {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/metrics"}, "curl: (28)",
       servers={"api": ("silent",)}),
    sc("y_sh_ssh_refused_deploy", "connection", "bash deploy.sh",
       "a deploy script restarts the app over ssh on a host port where no sshd listens; the script reports the failed step",
       {"deploy.sh": "#!/bin/bash\nHOST=127.0.0.1\nPORT={{api}}\necho \"deploying to $HOST\"\n"
        "ssh -o BatchMode=yes -o StrictHostKeyChecking=no -o ConnectTimeout=3 -p \"$PORT\" deploy@$HOST 'systemctl restart app' || {\n"
        "  echo \"step 'restart' failed\" >&2\n  exit 1\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ssh: connect to host", servers=CLOSED, tool="bash"),

    # ================= shells and tools: file_not_found =================
    sc("y_sh_sete_cp_trap", "file_not_found", "bash deploy.sh",
       "a set -euo pipefail deploy script copies config/nginx.conf, which is missing; its EXIT trap prints cleanup lines after cp's error",
       {"deploy.sh": "#!/bin/bash\nset -euo pipefail\nWORK=$(mktemp -d)\ntrap 'echo \"cleanup: removing staging dir\"; rm -rf \"$WORK\"; echo \"deploy aborted\"' EXIT\n"
        "echo \"staging release 1.4.2\"\ncp config/nginx.conf \"$WORK/\"\necho \"reloading nginx\"\n",
        "config/app.conf": "x\n"},
       {"path": "config/nginx.conf"}, "cp: cannot stat", tool="bash"),
    sc("y_sh_perl_die_in_make", "file_not_found", "make hosts",
       "make runs a perl generator whose open ... or die reports a missing map file; make's error follows",
       {"Makefile": "hosts: tools/map.pl\n\tmkdir -p build\n\tperl tools/map.pl > build/hosts\n",
        "tools/map.pl": "use strict;\nuse warnings;\n\nmy $file = 'etc/hosts.map';\nopen(my $fh, '<', $file) or die \"cannot open $file: $!\";\nprint while <$fh>;\n"},
       {"path": "etc/hosts.map"}, "die", tool="make"),
    sc("y_sh_gcc_missing_local_header", "file_not_found", "gcc -Wall -o server src/server.c",
       "gcc compiles a server whose source includes config.h, which ./configure would generate and was never run",
       {"src/server.c": "#include <stdio.h>\n#include \"config.h\"\n\nint main(void) {\n  printf(\"port %d\\n\", DEFAULT_PORT);\n  return 0;\n}\n"},
       {"path": "config.h"}, "fatal error", tool="gcc"),
    sc("y_sh_tar_backup_missing_dir", "file_not_found", "bash backup.sh",
       "a set -e backup script archives data and uploads; uploads does not exist, tar warns, finishes the archive and exits 2",
       {"backup.sh": "#!/bin/bash\nset -e\nstamp=20261207\necho \"archiving data and uploads\"\ntar czf \"backups/site-$stamp.tgz\" data uploads\necho \"uploading backups/site-$stamp.tgz\"\n",
        "data/db.sql": "-- dump\n"},
       {"path": "uploads"}, "tar", dirs=["backups"], tool="bash"),
    sc("y_sh_make_deploy_script_missing", "file_not_found", "make deploy ENV=staging",
       "make deploy runs bash scripts/deploy-$(ENV).sh; only the production script exists",
       {"Makefile": "ENV ?= production\ndeploy:\n\t@echo \"deploying $(ENV)\"\n\tbash scripts/deploy-$(ENV).sh\n",
        "scripts/deploy-production.sh": "echo prod\n"},
       {"path": "scripts/deploy-staging.sh"}, "No such file or directory", tool="make"),

    # ================= shells and tools: json_format =================
    sc("y_sh_json_tool_ci_loop", "json_format", "bash ci/validate-config.sh",
       "a CI step validates every config/*.json with python3 -m json.tool; one file has a trailing comma; the decoder's "
       "message comes before the FAIL line naming the file",
       {"ci/validate-config.sh": "#!/bin/bash\nstatus=0\nfor f in config/*.json; do\n  if python3 -m json.tool \"$f\" > /dev/null; then echo \"ok   $f\"\n"
        "  else echo \"FAIL $f\"; status=1; fi\ndone\nexit $status\n",
        "config/app.json": '{"name": "shop"}\n',
        "config/services.json": '{\n  "web": {"port": 8080},\n  "worker": {"port": 8081},\n}\n',
        "config/zz_flags.json": '{"beta": false}\n'},
       {"json_file": "config/services.json", "line": 4}, "json.tool", tool="bash"),
    sc("y_sh_perl_json_pp_argv", "json_format", "perl parse_limits.pl conf/limits.json",
       "a perl script decodes the JSON file named in argv with JSON::PP; the file misses a comma",
       {"parse_limits.pl": "use strict;\nuse warnings;\nuse JSON::PP;\n\nmy $file = shift;\nopen my $fh, '<', $file or die \"open $file: $!\";\n"
        "my $text = do { local $/; <$fh> };\nmy $cfg = decode_json($text);\nprint \"max=$cfg->{max}\\n\";\n",
        "conf/limits.json": '{\n  "max": 10\n  "burst": 20\n}\n'},
       {"json_file": "conf/limits.json"}, "JSON::PP", tool="perl"),
    sc("y_sh_jq_in_pipeline", "json_format", "bash count-replicas.sh",
       "a script counts replicas with jq over deploy/replicas.json, which has a comment line; jq's parse error is followed by the script's echo",
       {"count-replicas.sh": "#!/bin/bash\nset -o pipefail\nn=$(jq '.services | length' deploy/replicas.json) || { echo \"could not read replica spec\"; exit 1; }\necho \"services: $n\"\n",
        "deploy/replicas.json": '{\n  "services": {\n    # web tier\n    "web": 3\n  }\n}\n'},
       {"json_file": "deploy/replicas.json", "line": 3}, "jq: error", tool="bash"),
]

JAVA = [
    sc("y_java_fnf_caused_by_properties", "file_not_found", "java Main.java",
       "a billing service (source launcher) wraps the FileNotFoundException of its properties in an IllegalStateException; "
       "the cause is on the Caused by: line",
       {"Main.java": "import java.io.*;\nimport java.util.Properties;\n\npublic class Main {\n    static Properties load(String path) {\n"
        "        try (InputStream in = new FileInputStream(path)) {\n            Properties p = new Properties();\n            p.load(in);\n            return p;\n"
        "        } catch (IOException e) {\n            throw new IllegalStateException(\"cannot load configuration\", e);\n        }\n    }\n\n"
        "    public static void main(String[] args) {\n        System.out.println(\"starting billing service\");\n"
        "        Properties p = load(\"conf/billing.properties\");\n        System.out.println(p);\n    }\n}\n"},
       {"path": "conf/billing.properties"}, "java.io.FileNotFoundException", dirs=["conf"]),
    sc("y_java_conn_httpclient_argv", "connection", "java Fetch.java http://127.0.0.1:{{api}}/status",
       "a java.net.http client fetches the URL in argv from a service that is down (ConnectException)",
       {"Fetch.java": "import java.net.URI;\nimport java.net.http.*;\n\npublic class Fetch {\n    public static void main(String[] args) throws Exception {\n"
        "        HttpClient c = HttpClient.newHttpClient();\n        HttpRequest r = HttpRequest.newBuilder(URI.create(args[0])).build();\n"
        "        System.out.println(c.send(r, HttpResponse.BodyHandlers.ofString()).body());\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/status"}, "java.net.ConnectException", servers=CLOSED),
    sc("y_java_conn_jul_retries", "connection", "java Sync.java",
       "a sync job logs three SEVERE connection attempts with java.util.logging (each with its ConnectException) and exits 1",
       {"Sync.java": "import java.net.*;\nimport java.util.logging.*;\n\npublic class Sync {\n    static final Logger LOG = Logger.getLogger(\"sync\");\n\n"
        "    public static void main(String[] args) throws Exception {\n        for (int i = 1; i <= 3; i++) {\n            try (Socket s = new Socket()) {\n"
        "                LOG.info(\"connecting to ledger 127.0.0.1:{{api}} (attempt \" + i + \")\");\n                s.connect(new InetSocketAddress(\"127.0.0.1\", {{api}}), 2000);\n"
        "                return;\n            } catch (ConnectException e) {\n                LOG.log(Level.SEVERE, \"ledger connection failed\", e);\n"
        "                Thread.sleep(50);\n            }\n        }\n        LOG.severe(\"giving up\");\n        System.exit(1);\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED),
    sc("y_java_perm_access_denied", "permission", "java Export.java",
       "an exporter writes out/report.txt with Files.writeString into a read-only folder (AccessDeniedException)",
       {"Export.java": "import java.nio.file.*;\n\npublic class Export {\n    public static void main(String[] args) throws Exception {\n"
        "        System.out.println(\"exporting 42 rows\");\n        Files.writeString(Path.of(\"out/report.txt\"), \"rows=42\\n\");\n    }\n}\n"},
       {"path": "out/report.txt"}, "java.nio.file.AccessDeniedException", dirs=["out"], modes={"out": 0o555}, drop_caps=True),
    sc("y_java_syn_javac_semicolon", "syntax", "javac -d build src/app/App.java",
       "javac compiles an app class with a missing semicolon",
       {"src/app/App.java": "package app;\n\npublic class App {\n    public static void main(String[] args) {\n        int port = 8080;\n"
        "        System.out.println(\"port \" + port)\n    }\n}\n"},
       {"file": "src/app/App.java", "line": 6}, "error: ';' expected", tool="javac"),
    sc("y_java_syn_source_launcher_brace", "syntax", "java Report.java",
       "the source launcher compiles a report with an extra closing brace (class, interface, enum, or record expected; compilation failed)",
       {"Report.java": "public class Report {\n    public static void main(String[] args) {\n        int total = 0;\n        for (String a : args) {\n"
        "            total += a.length();\n        }\n        System.out.println(total);\n    }\n}\n}\n"},
       {"file": "Report.java", "line": 10}, "error: compilation failed"),
    sc("y_java_mm_noclassdef", "missing_module", "java -cp build Main",
       "a program compiled against Jackson runs without the Jackson jar on the classpath (NoClassDefFoundError, Caused by ClassNotFoundException)",
       {"stub/com/fasterxml/jackson/databind/ObjectMapper.java": "package com.fasterxml.jackson.databind;\npublic class ObjectMapper {\n    public String writeValueAsString(Object o) { return \"{}\"; }\n}\n",
        "src/Main.java": "import com.fasterxml.jackson.databind.ObjectMapper;\n\npublic class Main {\n    public static void main(String[] args) throws Exception {\n"
        "        System.out.println(\"serializing order\");\n        System.out.println(new ObjectMapper().writeValueAsString(args));\n    }\n}\n"},
       {"module": "com.fasterxml.jackson.databind.ObjectMapper"}, "java.lang.NoClassDefFoundError",
       setup=["javac -d stubcls stub/com/fasterxml/jackson/databind/ObjectMapper.java && javac -cp stubcls -d build src/Main.java && rm -rf stub stubcls"]),
    sc("y_java_fnf_jarfile", "file_not_found", "java -jar build/libs/inventory-1.2.jar --port 8080",
       "java -jar of a jar that the build did not produce (the folder holds the previous version)",
       {"build/libs/inventory-1.1.jar": "PK"}, {"path": "build/libs/inventory-1.2.jar"}, "Unable to access jarfile"),
    sc("y_java_ws_close_4003", "websocket", "java Ticker.java ws://127.0.0.1:{{ws}}/ticker",
       "a java.net.http WebSocket client prints the server's close (4003 forbidden) from onClose and exits 1",
       {"Ticker.java": "import java.net.URI;\nimport java.net.http.*;\nimport java.util.concurrent.*;\n\npublic class Ticker {\n"
        "    public static void main(String[] args) throws Exception {\n        CompletableFuture<Integer> closed = new CompletableFuture<>();\n"
        "        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(args[0]), new WebSocket.Listener() {\n"
        "            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {\n"
        "                System.err.println(\"ticker socket closed by server: \" + code + \" \" + reason);\n                closed.complete(code);\n                return null;\n            }\n"
        "        }).join();\n        System.out.println(\"subscribed to \" + args[0]);\n        int code = closed.get(10, TimeUnit.SECONDS);\n        System.exit(code == 1000 ? 0 : 1);\n    }\n}\n"},
       {"close_code": 4003, "url": "ws://127.0.0.1:{{ws}}/ticker"}, "WebSocket", servers={"ws": ("ws", "close", 4003, "forbidden")}),
]

TOOLS_NEG = [
    sc("y_sh_neg_git_hook_ignored", "negative", "git commit -m 'docs: add readme'",
       "git commits while the configured pre-commit hook lacks its execute bit: git prints a hint that the hook was ignored and the commit succeeds",
       {"README.md": "# shop\n", ".githooks/pre-commit": "#!/bin/sh\nexit 0\n"}, {}, "",
       setup=["git init -q && git config core.hooksPath .githooks && chmod 644 .githooks/pre-commit && git add README.md"], exit=0),
    sc("y_sh_neg_make_ignored_rm", "negative", "make clean all",
       "make clean's '-rm' of object files that do not exist is marked (ignored); the build then succeeds",
       {"Makefile": "all: hello\n\nhello: hello.c\n\tgcc -o hello hello.c\n\nclean:\n\t-rm build/*.o\n\t@echo cleaned\n",
        "hello.c": "#include <stdio.h>\nint main(void) { puts(\"hi\"); return 0; }\n"},
       {}, "", exit=0, tool="make"),
    sc("y_sh_neg_curl_404", "negative", "curl -fsS http://127.0.0.1:{{api}}/v1/reports/2026-13",
       "curl -f gets 404 from a live API for a report that does not exist (curl: (22))",
       {}, {}, "curl: (22)", servers={"api": ("http", 404, "no such report\n")}),
    sc("y_sh_neg_grep_count_sete", "negative", "bash check-logs.sh",
       "a set -e log check counts ERROR lines with grep -c; there are none, grep exits 1 and set -e ends the script silently",
       {"check-logs.sh": "#!/bin/bash\nset -e\necho \"checking app.log for errors\"\ncount=$(grep -c ERROR app.log)\necho \"found $count errors\"\n",
        "app.log": "INFO started\nINFO served 200\n"},
       {}, "", tool="bash"),
    sc("y_sh_neg_wget_fallback_ok", "negative", "wget -O pkg.tgz http://127.0.0.1:{{down}}/pkg.tgz || wget -nv -O pkg.tgz http://127.0.0.1:{{api}}/pkg.tgz",
       "wget's primary mirror refuses and the fallback mirror serves the file; exit 0",
       {}, {}, "", servers={"down": ("closed",), "api": ("http", 200, "tarball-bytes\n")}, exit=0, tool="wget"),
    sc("y_sh_neg_help_troubleshooting", "negative", "python3 tool.py --help",
       "a tool's --help epilog lists troubleshooting entries quoting ModuleNotFoundError and Permission denied; exit 0",
       {"tool.py": "import argparse\n\nEPILOG = '''troubleshooting:\n  ModuleNotFoundError: No module named 'yaml'   -> pip install pyyaml\n"
        "  PermissionError: [Errno 13] Permission denied: '/var/run/tool.sock'   -> add your user to the tool group\n"
        "  ConnectionRefusedError: [Errno 111] Connection refused   -> start the daemon: systemctl start toold'''\n\n"
        "p = argparse.ArgumentParser(prog='tool', epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)\n"
        "p.add_argument('--socket', default='/var/run/tool.sock')\np.parse_args()\n"},
       {}, "", exit=0, tool="python3"),
    sc("y_sh_neg_sqlite_unique", "negative", "sqlite3 -bail app.db \"insert into users(email) values ('ann@example.com');\"",
       "sqlite3 inserts a duplicate email (UNIQUE constraint failed): a data error, not one of the eight causes",
       {}, {}, "UNIQUE constraint failed",
       setup=["sqlite3 app.db \"create table users(id integer primary key, email text unique); insert into users(email) values ('ann@example.com');\""]),
    sc("y_sh_neg_gcc_warning_then_run", "negative", "gcc -Wall -o app app.c && ./app",
       "gcc warns about an unused variable, the build succeeds and the program runs; exit 0",
       {"app.c": "#include <stdio.h>\n\nint main(void) {\n  int unused = 3;\n  puts(\"ok: 0 errors\");\n  return 0;\n}\n"},
       {}, "warning", exit=0, tool="gcc"),
    sc("y_sh_neg_diff_expected", "negative", "bash test/golden.sh",
       "a golden-output test diffs the program's output against the expected file; they differ and the test fails",
       {"test/golden.sh": "#!/bin/bash\npython3 -c 'print(\"total: 41\")' > out.txt 2>&1 || true\n"
        "if diff -u test/expected.txt out.txt; then echo PASS; else echo 'FAIL: output differs from test/expected.txt'; exit 1; fi\n",
        "test/expected.txt": "total: 42\n"},
       {}, "", tool="bash"),
    sc("y_java_neg_numberformat", "negative", "java Qty.java 12a",
       "a Java CLI parses its quantity argument with Integer.parseInt (NumberFormatException): bad input",
       {"Qty.java": "public class Qty {\n    public static void main(String[] args) {\n        int q = Integer.parseInt(args[0]);\n        System.out.println(\"qty \" + q);\n    }\n}\n"},
       {}, "java.lang.NumberFormatException"),
    sc("y_java_neg_optional_config_warning", "negative", "java Boot.java",
       "a Java service logs a WARNING that its optional local override file was not found (FileNotFoundException in the message), "
       "uses defaults and exits 0",
       {"Boot.java": "import java.io.*;\nimport java.util.logging.*;\n\npublic class Boot {\n    public static void main(String[] args) {\n"
        "        Logger log = Logger.getLogger(\"boot\");\n        try (FileReader r = new FileReader(\"conf/local.properties\")) {\n            log.info(\"override loaded\");\n"
        "        } catch (IOException e) {\n            log.warning(\"no local override (\" + e + \"), using defaults\");\n        }\n        System.out.println(\"service started on 8080\");\n    }\n}\n"},
       {}, "", exit=0),
]

# Phase 2 (after the blind numbers were committed): proofs of the kinds written from fresh14_train's misses, each on
# another real program (names chosen to hash to fresh14_train). Labels written before capture.
PROOFS = [
    # kind: ws's rejected upgrade ("Unexpected server response: NNN") printed by a program in its own words
    sc("y_p2_ws_node_logged_401", "websocket", "node notifications.js",
       "a ws client prints the URL it connects to, then logs the rejected upgrade (401) in its own words and exits 1",
       {"notifications.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/notifications';\nconsole.log(`connecting to ${url}`);\n"
        "const ws = new WebSocket(url);\nws.on('open', () => console.log('subscribed'));\nws.on('error', (err) => {\n"
        "  console.error('notifications: ' + err.message);\n  process.exit(1);\n});\n"},
       {"http_status": 401, "url": "ws://127.0.0.1:{{ws}}/notifications"}, "Unexpected server response",
       servers={"ws": ("http", 401, "token expired\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("y_p2_ws_node_argv_503", "websocket", "node listen.js ws://127.0.0.1:{{ws}}/events",
       "an event listener given its ws:// URL in argv logs each rejected upgrade (503) with a retry notice and then gives up",
       {"listen.js": "const WebSocket = require('ws');\nconst url = process.argv[2];\nlet n = 0;\nfunction go() {\n  n++;\n  const ws = new WebSocket(url);\n"
        "  ws.on('open', () => console.log('[listener] connected'));\n  ws.on('error', (err) => {\n"
        "    if (n < 2) {\n      console.warn(`[listener] handshake rejected: ${err.message}; retrying in 50ms`);\n      setTimeout(go, 50);\n"
        "    } else {\n      console.error(`[listener] handshake rejected: ${err.message}`);\n      console.error('[listener] gave up after 2 attempts');\n      process.exit(1);\n    }\n  });\n}\ngo();\n"},
       {"http_status": 503, "url": "ws://127.0.0.1:{{ws}}/events"}, "Unexpected server response",
       servers={"ws": ("http", 503, "maintenance\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("y_p2_neg_ws_retry_recovered", "negative", "node feed.js",
       "a ws client's first endpoint rejects the upgrade (503, logged), the second accepts and closes normally (1000); exit 0",
       {"feed.js": "const WebSocket = require('ws');\nconst urls = ['ws://127.0.0.1:{{busy}}/feed', 'ws://127.0.0.1:{{ws}}/feed'];\n"
        "function go(i) {\n  const ws = new WebSocket(urls[i]);\n  ws.on('open', () => console.log('connected to', urls[i]));\n"
        "  ws.on('error', (err) => {\n    console.error(`attempt ${i + 1}: ${err.message}`);\n    go(i + 1);\n  });\n"
        "  ws.on('close', (code) => {\n    if (code === 1000) console.log('feed finished normally');\n  });\n}\ngo(0);\n"},
       {}, "", servers={"busy": ("http", 503, "busy\n"), "ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ, exit=0),

    # kind: a checking loop's verdict lines: the decoder's error belongs to the file marked failed below it, not to one marked ok above
    sc("y_p2_json_jq_verdicts", "json_format", "bash check-json.sh",
       "a script checks each JSON file with jq and prints PASS or FAILED per file; jq's parse error names no file",
       {"check-json.sh": "#!/bin/bash\nrc=0\nfor f in data/*.json; do\n  if jq empty \"$f\"; then echo \"PASS $f\"; else echo \"FAILED: $f\"; rc=1; fi\ndone\nexit $rc\n",
        "data/a_prices.json": '{"eur": 1}\n', "data/b_rates.json": '{\n  "usd": 1.1\n  "gbp": 0.8\n}\n', "data/c_tax.json": '{"vat": 20}\n'},
       {"json_file": "data/b_rates.json", "line": 3}, "parse error", tool="bash"),
    sc("y_p2_json_node_validate_marks", "json_format", "node validate.js",
       "a Node validator prints a check mark per good file, the parser's message and a cross for the broken one",
       {"validate.js": "const fs = require('fs');\nlet bad = 0;\nfor (const f of ['locales/de.json', 'locales/en.json', 'locales/fr.json']) {\n"
        "  try {\n    JSON.parse(fs.readFileSync(f, 'utf8'));\n    console.log(`\u2713 ${f}`);\n  } catch (e) {\n    console.log(e.message);\n    console.log(`\u2717 ${f}`);\n    bad++;\n  }\n}\n"
        "process.exit(bad ? 1 : 0);\n",
        "locales/de.json": '{"hi": "hallo"}\n', "locales/en.json": '{"hi": "hello" "bye": "bye"}\n', "locales/fr.json": '{"hi": "salut"}\n'},
       {"json_file": "locales/en.json"}, "SyntaxError"),
    sc("y_p2_json_py_tap_fixtures", "json_format", "python3 check_fixtures.py",
       "a Python checker prints TAP lines per fixture: ok, the decoder's message, then not ok for the broken fixture",
       {"check_fixtures.py": "import json\nimport sys\n\nfiles = ['fixtures/users.json', 'fixtures/orders.json']\nprint(f'1..{len(files)}')\nfailed = 0\n"
        "for i, f in enumerate(files, 1):\n    try:\n        with open(f) as fh:\n            json.load(fh)\n        print(f'ok {i} - {f}')\n"
        "    except json.JSONDecodeError as e:\n        print(e)\n        print(f'not ok {i} - {f}')\n        failed += 1\nsys.exit(1 if failed else 0)\n",
        "fixtures/users.json": '[{"id": 1}]\n', "fixtures/orders.json": '[\n  {"id": 1},\n  {"id": 2,}\n]\n'},
       {"json_file": "fixtures/orders.json", "line": 3}, "JSONDecodeError"),
]

# Round 2 (phase 2, after the first kinds): more everyday situations in hard forms, names that hash to fresh14_train,
# labels written before capture, measured with the rules of before their own kinds.
ROUND2 = [
    sc("y_r2_py_mm_multiprocessing_worker", "missing_module", "python3 launcher.py",
       "a launcher starts a multiprocessing worker whose target imports ujson (not installed); the child's traceback is printed "
       "under 'Process worker-1:' and the parent logs the exit code",
       {"launcher.py": "import logging\nimport multiprocessing as mp\n\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(processName)s %(message)s')\n\n\n"
        "def work():\n    import ujson\n    print(ujson.dumps({'ok': True}))\n\n\nif __name__ == '__main__':\n"
        "    p = mp.Process(target=work, name='worker-1')\n    p.start()\n    p.join()\n    logging.info('worker-1 exited with code %s', p.exitcode)\n"
        "    raise SystemExit(p.exitcode)\n"},
       {"module": "ujson"}, "ModuleNotFoundError"),
    sc("y_r2_py_perm_json_log_only", "permission", "python3 spooler.py",
       "a spooler writes only JSON log lines; opening its queue file fails and the exception is a string field",
       {"spooler.py": "import json\nimport sys\n\n\ndef log(**kw):\n    print(json.dumps(kw))\n\n\nlog(level='INFO', msg='spooler up', queue='spool/out.q')\ntry:\n"
        "    open('spool/out.q', 'a').write('job-1\\n')\nexcept OSError as e:\n    log(level='ERROR', msg='cannot open spool', exc=f'{type(e).__name__}: {e}')\n    sys.exit(1)\n"},
       {"path": "spool/out.q"}, "PermissionError", dirs=["spool"], modes={"spool": 0o555}, drop_caps=True),
    sc("y_r2_py_conn_retry_logged_giveup", "connection", "python3 queue_consumer.py",
       "a consumer logs three refused attempts at WARNING (the errno text only) and then gives up at ERROR naming host and port",
       {"queue_consumer.py": "import logging\nimport socket\nimport sys\nimport time\n\nlogging.basicConfig(format='%(asctime)s %(levelname)s %(message)s', level=logging.INFO)\n"
        "HOST, PORT = '127.0.0.1', {{api}}\nfor i in range(1, 4):\n    try:\n        socket.create_connection((HOST, PORT), timeout=2)\n        break\n"
        "    except OSError as e:\n        logging.warning('retry %d/3: %s', i, e)\n        time.sleep(0.05)\nelse:\n"
        "    logging.error('giving up on broker %s:%d', HOST, PORT)\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("y_r2_py_fnf_pytest_data_file", "file_not_found", "python3 -m pytest -q tests/test_parser.py",
       "a pytest test opens a sample CSV that was never committed; E lines and the short summary name it",
       {"tests/test_parser.py": "import csv\n\n\ndef test_rows():\n    with open('tests/data/sample.csv') as f:\n        assert len(list(csv.reader(f))) == 3\n"},
       {"path": "tests/data/sample.csv"}, "FileNotFoundError", dirs=["tests/data"], tool="python3"),
    sc("y_r2_py_json_unittest_setupclass", "json_format", "python3 -m unittest -v tests.test_catalog",
       "unittest's setUpClass loads a catalog fixture with a missing comma; the ERROR block is for setUpClass",
       {"tests/__init__.py": "",
        "tests/test_catalog.py": "import json\nimport unittest\n\n\nclass CatalogTest(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n"
        "        with open('tests/fixtures/catalog.json') as f:\n            cls.catalog = json.load(f)\n\n    def test_count(self):\n        self.assertEqual(len(self.catalog), 2)\n",
        "tests/fixtures/catalog.json": '[\n  {"sku": "a"}\n  {"sku": "b"}\n]\n'},
       {"json_file": "tests/fixtures/catalog.json", "line": 3}, "json.decoder.JSONDecodeError", tool="python3"),
    sc("y_r2_py_syn_runpy_settings", "syntax", "python3 manage.py check",
       "a manage script executes settings/local.py with runpy.run_path; the settings file has an unclosed dict",
       {"manage.py": "import runpy\nimport sys\n\nprint('loading settings/local.py')\ncfg = runpy.run_path('settings/local.py')\nprint(sys.argv[1], 'ok', sorted(cfg)[:3])\n",
        "settings/local.py": "DEBUG = True\nDATABASES = {\n    'default': {'NAME': 'app.db'},\n\nALLOWED_HOSTS = ['*']\n"},
       {"file": "settings/local.py", "line": 2}, "SyntaxError"),
    sc("y_r2_py_imp_plugin_logged_error_f", "import_error", "python3 run_exports.py",
       "a plugin host logs 'plugin csv_export failed: <ImportError message>' at ERROR (no traceback) and exits 1",
       {"run_exports.py": "import importlib\nimport logging\nimport sys\n\nlogging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')\nlog = logging.getLogger('host')\n"
        "try:\n    importlib.import_module('plugins.csv_export')\nexcept ImportError as e:\n    log.error('plugin csv_export failed: %s', e)\n    sys.exit(1)\n",
        "plugins/__init__.py": "", "plugins/base.py": "class BaseExporter:\n    pass\n",
        "plugins/csv_export.py": "from plugins.base import Exporter\n\n\nclass CsvExporter(Exporter):\n    pass\n"},
       {"name": "Exporter", "from_module": "plugins.base"}, "ImportError"),
    sc("y_r2_py_ws_1011_gather_logged", "websocket", DEB + " feeds.py",
       "an asyncio app gathers two websockets feeds; the server closes one with 1011 and the app logs it with logging.exception",
       {"feeds.py": "import asyncio\nimport logging\nimport sys\n\nimport websockets\n\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')\n"
        "log = logging.getLogger('feeds')\n\n\nasync def feed(url):\n    async with websockets.connect(url) as ws:\n        async for m in ws:\n            log.info('%s', m)\n\n\n"
        "async def main():\n    try:\n        await feed('ws://127.0.0.1:{{ws}}/trades')\n    except Exception:\n        log.exception('trades feed failed')\n        sys.exit(1)\n\nasyncio.run(main())\n"},
       {"close_code": 1011, "url": "ws://127.0.0.1:{{ws}}/trades"}, "websockets.exceptions.ConnectionClosedError",
       servers={"ws": ("ws", "close", 1011, "internal error")}, requires=["py:websockets"], tool="python3"),
    sc("y_r2_py_conn_httpx_read_timeout", "connection", DEB + " check_search.py http://127.0.0.1:{{api}}/search?q=x",
       "an httpx client with a 1 s timeout queries a search service that accepts and never answers (ReadTimeout)",
       {"check_search.py": "import sys\n\nimport httpx\n\nr = httpx.get(sys.argv[1], timeout=1.0)\nprint(r.status_code)\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/search?q=x"}, "httpx.ReadTimeout",
       servers={"api": ("silent",)}, requires=["py:httpx"], tool="python3"),
    sc("y_r2_py_neg_importorskip_c", "negative", "python3 -m pytest -q -rs tests",
       "pytest skips a test module with importorskip('pandas') (pandas not installed) and the other tests pass; exit 0",
       {"tests/test_frames.py": "import pytest\n\npd = pytest.importorskip('pandas')\n\n\ndef test_frame():\n    assert pd.DataFrame({'a': [1]}).shape == (1, 1)\n",
        "tests/test_basic.py": "def test_ok():\n    assert sum([1, 2]) == 3\n"},
       {}, "", exit=0, tool="python3"),
    sc("y_r2_py_neg_expected_refusal_logged", "negative", "python3 -m unittest -v test_client",
       "a unittest checks that the client reports a refused connection; the test logs the expected error and passes; exit 0",
       {"client.py": "import socket\n\n\ndef reachable(port):\n    try:\n        socket.create_connection(('127.0.0.1', port), timeout=1).close()\n        return True\n"
        "    except ConnectionRefusedError as e:\n        print(f'expected in this test: {e!r}')\n        return False\n",
        "test_client.py": "import unittest\n\nfrom client import reachable\n\n\nclass ClientTest(unittest.TestCase):\n    def test_down(self):\n        self.assertFalse(reachable({{api}}))\n"},
       {}, "", servers=CLOSED, exit=0, tool="python3"),

    sc("y_r2_node_mm_npm_test_chai_b", "missing_module", "npm test",
       "npm test runs node --test on ESM tests that import chai (not installed); npm's error lines follow the runner's",
       {"package.json": pkg({"test": "node --test"}, esm=True), "src/cart.js": "export const total = (xs) => xs.reduce((a, b) => a + b, 0);\n",
        "test/cart.test.js": "import test from 'node:test';\nimport { expect } from 'chai';\nimport { total } from '../src/cart.js';\n\ntest('total', () => expect(total([1, 2])).to.equal(3));\n"},
       {"module": "chai"}, "Error [ERR_MODULE_NOT_FOUND]", tool="npm", ecosystem="node"),
    sc("y_r2_node_fnf_stream_pipeline", "file_not_found", "node compress-export.js",
       "a stream.pipeline from a missing export file into gzip; the callback logs 'pipeline failed:' with the error message",
       {"compress-export.js": "const fs = require('fs');\nconst zlib = require('zlib');\nconst { pipeline } = require('stream');\n\n"
        "pipeline(fs.createReadStream('exports/today.csv'), zlib.createGzip(), fs.createWriteStream('exports/today.csv.gz'), (err) => {\n"
        "  if (err) {\n    console.error('pipeline failed:', err.message);\n    process.exitCode = 1;\n  } else console.log('compressed');\n});\n"},
       {"path": "exports/today.csv"}, "ENOENT", dirs=["exports"]),
    sc("y_r2_node_perm_spawn_json_log", "permission", "node deploy-notify.js",
       "a deploy notifier spawns ./hooks/notify.sh (no execute bit) and logs the spawn error as a JSON line",
       {"deploy-notify.js": "const { spawn } = require('child_process');\nconst p = spawn('./hooks/notify.sh', ['v2.1.0']);\n"
        "p.on('error', (err) => {\n  console.log(JSON.stringify({ level: 'error', msg: 'notify hook failed', err: err.message, code: err.code }));\n  process.exit(1);\n});\n",
        "hooks/notify.sh": "#!/bin/sh\necho notify $1\n"},
       {"path": "hooks/notify.sh"}, "EACCES", modes={"hooks/notify.sh": 0o644}),
    sc("y_r2_node_conn_retry_cause_chain", "connection", "node load-catalog.mjs",
       "a loader retries fetch three times with warnings, then throws its own Error with the last failure as { cause }",
       {"load-catalog.mjs": "const url = 'http://127.0.0.1:{{api}}/catalog.json';\nlet last;\nfor (let i = 1; i <= 3; i++) {\n  try {\n    const r = await fetch(url);\n"
        "    console.log(await r.text());\n    process.exit(0);\n  } catch (e) {\n    last = e;\n    console.warn(`retry ${i}: ${e.message} (${e.cause?.code})`);\n  }\n}\n"
        "throw new Error('catalog unavailable after 3 attempts', { cause: last });\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/catalog.json"}, "TypeError: fetch failed", servers=CLOSED),
    sc("y_r2_node_json_async_config_logged", "json_format", "node start.mjs --config conf/server.json",
       "an ESM server reads the --config file with fs/promises and logs 'config error in FILE: message' on a parse error",
       {"start.mjs": "import { readFile } from 'node:fs/promises';\nconst file = process.argv[process.argv.indexOf('--config') + 1];\ntry {\n"
        "  const cfg = JSON.parse(await readFile(file, 'utf8'));\n  console.log('port', cfg.port);\n} catch (e) {\n  console.error(`config error in ${file}: ${e.message}`);\n  process.exit(78);\n}\n",
        "conf/server.json": '{\n  "port": 8080,\n  "tls": true,\n  "hosts": ["a", "b",]\n}\n'},
       {"json_file": "conf/server.json"}, "SyntaxError", exit=78),
    sc("y_r2_node_ws_close_4401_logged_d", "websocket", "node orders-socket.js",
       "a ws client logs the server's close (4401 unauthorized) in its own words and exits 1",
       {"orders-socket.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/orders');\nws.on('open', () => console.log('orders socket open'));\n"
        "ws.on('close', (code, reason) => {\n  console.error(`orders socket closed: ${code} ${reason}`);\n  process.exit(1);\n});\n"},
       {"close_code": 4401}, "ws", servers={"ws": ("ws", "close", 4401, "unauthorized")}, setup=WS_LINK, requires=WS_REQ),
    sc("y_r2_node_neg_fallback_to_cache_b", "negative", "node catalog.mjs",
       "fetch of the primary API is refused, the program logs it and serves the cached catalog; exit 0",
       {"catalog.mjs": "import { readFileSync } from 'node:fs';\ntry {\n  await fetch('http://127.0.0.1:{{api}}/catalog');\n} catch (e) {\n"
        "  console.warn(`primary unavailable (${e.cause?.code} ${e.cause?.message}); using cache`);\n}\n"
        "console.log(`serving ${JSON.parse(readFileSync('cache/catalog.json', 'utf8')).length} items from cache`);\n",
        "cache/catalog.json": "[1, 2, 3]\n"},
       {}, "", servers=CLOSED, exit=0),

    sc("y_r2_sh_make_npm_esbuild", "missing_module", "make build",
       "make build runs npm run build, whose script requires esbuild (not installed); npm's and make's error lines follow",
       {"Makefile": "build:\n\tnpm run build\n",
        "package.json": pkg({"build": "node scripts/build.js"}),
        "scripts/build.js": "const esbuild = require('esbuild');\nesbuild.buildSync({ entryPoints: ['src/app.js'], bundle: true, outfile: 'dist/app.js' });\n"},
       {"module": "esbuild"}, "Error: Cannot find module", tool="make"),
    sc("y_r2_sh_curl_under_check_call_c", "connection", "python3 fetch_artifacts.py",
       "a Python script runs curl with check_call; curl's refusal is followed by the CalledProcessError traceback",
       {"fetch_artifacts.py": "import subprocess\n\nURL = 'http://127.0.0.1:{{api}}/artifacts/app-1.4.2.tar.gz'\nprint('downloading', URL.rsplit('/', 1)[1])\n"
        "subprocess.check_call(['curl', '-fsSL', '-o', 'app.tar.gz', URL])\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/artifacts/app-1.4.2.tar.gz"}, "curl: (7)", servers=CLOSED),
    sc("y_r2_sh_git_push_refused_b", "connection", "git push origin main",
       "git pushes to an HTTP remote (configured in .git/config) whose server is down",
       {"README.md": "x\n"}, {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/team/app.git"}, "fatal: unable to access",
       servers=CLOSED, setup=["git init -q -b main && git add README.md && git commit -q -m init && git remote add origin http://127.0.0.1:{{api}}/team/app.git"]),
    sc("y_r2_sh_bash_if_without_then_c", "syntax", "bash scripts/release.sh 1.4.2",
       "a release script has an if whose then is missing; bash stops at the fi",
       {"scripts/release.sh": "#!/bin/bash\nversion=$1\necho \"releasing $version\"\nif [ -z \"$version\" ]\n  echo \"usage: release.sh VERSION\"\n  exit 2\nfi\ngit tag \"v$version\"\n"},
       {"file": "scripts/release.sh", "line": 7}, "syntax error", tool="bash"),
    sc("y_r2_sh_make_touch_readonly_b", "permission", "make run",
       "make run touches logs/run.log in a read-only logs folder before starting the job (touch: cannot touch)",
       {"Makefile": "run:\n\ttouch logs/run.log\n\t./job.sh >> logs/run.log\n", "job.sh": "#!/bin/sh\necho ran\n"},
       {"path": "logs/run.log"}, "touch", dirs=["logs"], modes={"logs": 0o555, "job.sh": 0o755}, drop_caps=True, tool="make"),
    sc("y_r2_sh_wget_read_timeout_b", "connection", "wget -T 2 -t 1 -O status.json http://127.0.0.1:{{api}}/status.json",
       "wget with a 2 s timeout to a service that accepts and never answers (Read error ... Connection timed out)",
       {}, {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/status.json"}, "wget", servers={"api": ("silent",)}, timeout=30),
    sc("y_r2_sh_sqlite3_missing_dir_b", "file_not_found", "sqlite3 state/queue/jobs.db 'select count(*) from jobs;'",
       "sqlite3 opens a database in a folder that does not exist (unable to open database file)",
       {}, {"path": "state/queue/jobs.db"}, "unable to open database", dirs=["state"]),
    sc("y_r2_sh_neg_tar_not_gzip", "negative", "tar xzf release.tgz",
       "tar -z extracts an archive that is not gzip (the download saved an HTML page): a bad artifact, not one of the eight causes",
       {"release.tgz": "<html><body>Sign in to continue</body></html>\n"}, {}, "gzip: stdin: not in gzip format"),
    sc("y_r2_sh_neg_git_merge_conflict", "negative", "git merge feature",
       "git merge stops on a content conflict (CONFLICT ... Automatic merge failed): the operator resolves it, not one of the eight causes",
       {"app.conf": "port=1\n"}, {}, "CONFLICT",
       setup=["git init -q -b main && git add app.conf && git commit -q -m init && git checkout -q -b feature && echo port=2 > app.conf && "
              "git commit -qam feat && git checkout -q main && echo port=3 > app.conf && git commit -qam main"]),

    sc("y_r2_java_fnf_nosuchfile_unchecked_c", "file_not_found", "java Import.java",
       "a Java importer streams Files.lines of a missing CSV (NoSuchFileException under the program's own exception)",
       {"Import.java": "import java.io.IOException;\nimport java.nio.file.*;\n\npublic class Import {\n    public static void main(String[] args) {\n"
        "        System.out.println(\"importing data/input.csv\");\n        try (var lines = Files.lines(Path.of(\"data/input.csv\"))) {\n"
        "            System.out.println(lines.count() + \" rows\");\n        } catch (IOException e) {\n            throw new RuntimeException(\"import failed\", e);\n        }\n    }\n}\n"},
       {"path": "data/input.csv"}, "java.nio.file.NoSuchFileException", dirs=["data"]),
    sc("y_r2_java_conn_urlconnection_argv_c", "connection", "java Sync.java http://127.0.0.1:{{api}}/inventory",
       "a Java sync opens an HttpURLConnection to the URL in argv; the refusal is wrapped in the program's own exception (Caused by)",
       {"Sync.java": "import java.net.*;\n\npublic class Sync {\n    public static void main(String[] args) {\n        try {\n"
        "            HttpURLConnection c = (HttpURLConnection) new URL(args[0]).openConnection();\n            c.setConnectTimeout(2000);\n"
        "            System.out.println(c.getResponseCode());\n        } catch (Exception e) {\n            throw new IllegalStateException(\"inventory sync failed\", e);\n        }\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/inventory"}, "java.net.ConnectException", servers=CLOSED),
    sc("y_r2_java_neg_port_out_of_range_c", "negative", "java Bind.java 70000",
       "a Java server is given port 70000 (IllegalArgumentException: port out of range): bad input, not one of the eight causes",
       {"Bind.java": "import java.net.*;\n\npublic class Bind {\n    public static void main(String[] args) throws Exception {\n"
        "        int port = Integer.parseInt(args[0]);\n        try (ServerSocket s = new ServerSocket()) {\n            s.bind(new InetSocketAddress(\"127.0.0.1\", port));\n        }\n    }\n}\n"},
       {}, "java.lang.IllegalArgumentException"),
]

# Proofs of round 2's kind (a Node system error's message logged alone, without "Error:"), on other real programs
PROOFS3 = [
    sc("y_p3_node_spawn_enoent_bare_d", "file_not_found", "node thumbs.js",
       "a job spawns ./bin/convert, which the build did not produce, and prints only err.message before exiting",
       {"thumbs.js": "const { spawn } = require('child_process');\nconsole.log('converting 3 images');\nconst p = spawn('./bin/convert', ['a.png']);\n"
        "p.on('error', (err) => {\n  console.error(err.message);\n  process.exit(1);\n});\n"},
       {"path": "bin/convert"}, "ENOENT", dirs=["bin"]),
    sc("y_p3_node_connect_json_log_c", "connection", "node cache-check.js",
       "a service logs a pino-style JSON line whose err field is the socket error's message only (connect ECONNREFUSED host:port)",
       {"cache-check.js": "const net = require('net');\nconst s = net.connect({{api}}, '127.0.0.1');\ns.on('connect', () => s.end());\ns.on('error', (err) => {\n"
        "  console.log(JSON.stringify({ level: 50, time: Date.now(), msg: 'cache unreachable', err: err.message }));\n  process.exit(1);\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ECONNREFUSED", servers=CLOSED),
    sc("y_p3_node_spawn_eacces_level_line_b", "permission", "node migrate.js",
       "a migration runner logs '<time> ERROR runner: spawn ./scripts/migrate.sh EACCES' (the script lacks its execute bit)",
       {"migrate.js": "const { execFile } = require('child_process');\nexecFile('./scripts/migrate.sh', ['up'], (err, out) => {\n  if (err) {\n"
        "    console.error(`${new Date().toISOString()} ERROR runner: ${err.message}`);\n    process.exit(1);\n  }\n  console.log(out);\n});\n",
        "scripts/migrate.sh": "#!/bin/sh\necho migrate $1\n"},
       {"path": "scripts/migrate.sh"}, "EACCES", modes={"scripts/migrate.sh": 0o644}),
]

# Round 3 (phase 2): negatives that exit non-zero with error words, and tricky positives; train-hashed names, labels
# written before capture, measured with the rules of before their own kinds.
ROUND3 = [
    sc("y_r3_node_neg_status_404_unhandled", "negative", "node get-invoice.mjs 991",
       "an unhandled rejection of the program's own 'Request failed with status code 404' for an invoice that does not exist",
       {"get-invoice.mjs": "const id = process.argv[2];\nconst res = await fetch(`http://127.0.0.1:{{api}}/invoices/${id}`);\n"
        "if (!res.ok) throw new Error(`Request failed with status code ${res.status}`);\nconsole.log(await res.json());\n"},
       {}, "Error", servers={"api": ("http", 404, "not found\n")}),
    sc("y_r3_node_neg_rangeerror_date_b", "negative", "node report.js 2026-13-45",
       "a report formats a date given in argv (RangeError: Invalid time value): bad input",
       {"report.js": "const d = new Date(process.argv[2]);\nconsole.log('report for', d.toISOString().slice(0, 10));\n"}, {}, "RangeError"),
    sc("y_r3_node_neg_ws_normal_close_missing_msgs_b", "negative", "node expect-snapshot.js",
       "a ws client expects a snapshot message; the server closes normally (1000) without sending one and the program exits 1 "
       "with its own 'expected snapshot, got none'",
       {"expect-snapshot.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/snapshot');\nlet got = 0;\nws.on('message', () => got++);\n"
        "ws.on('close', (code) => {\n  console.log(`closed with ${code}`);\n  if (!got) {\n    console.error('expected snapshot, got none');\n    process.exit(1);\n  }\n});\n"},
       {}, "", servers={"ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ),
    sc("y_r3_node_neg_eaddrinuse_json_log_h", "negative", "node api.js",
       "an API server logs a JSON line for EADDRINUSE (another process owns the port) and exits 1",
       {"api.js": "const http = require('http');\nconst srv = http.createServer((q, r) => r.end('ok'));\nsrv.on('error', (err) => {\n"
        "  console.log(JSON.stringify({ level: 'fatal', msg: 'cannot start api', err: err.message, code: err.code }));\n  process.exit(1);\n});\n"
        "srv.listen({{api}}, '127.0.0.1');\n"},
       {}, "", servers={"api": ("http", 200, "ok\n")}),
    sc("y_r3_node_neg_eexist_mkdir", "negative", "node init-project.js",
       "an init script creates dist with mkdirSync (no recursive) where dist already exists: EEXIST, not one of the eight causes",
       {"init-project.js": "const fs = require('fs');\nconsole.log('initialising project');\nfs.mkdirSync('dist');\nconsole.log('created dist');\n"},
       {}, "Error: EEXIST", dirs=["dist"]),
    sc("y_r3_py_neg_integrity_logged", "negative", "python3 add_user.py ann@example.com",
       "a script logs sqlite3.IntegrityError (UNIQUE constraint failed) with logging.exception for a duplicate email and exits 1",
       {"add_user.py": "import logging\nimport sqlite3\nimport sys\n\nlogging.basicConfig(format='%(levelname)s %(name)s: %(message)s')\ncon = sqlite3.connect('users.db')\n"
        "try:\n    con.execute('insert into users(email) values (?)', (sys.argv[1],))\n    con.commit()\nexcept sqlite3.DatabaseError:\n"
        "    logging.exception('could not add %s', sys.argv[1])\n    sys.exit(1)\n"},
       {}, "sqlite3.IntegrityError",
       setup=["sqlite3 users.db \"create table users(id integer primary key, email text unique); insert into users(email) values ('ann@example.com');\""]),
    sc("y_r3_py_neg_json_not_serializable_b", "negative", "python3 export_events.py",
       "json.dumps of a datetime (TypeError: Object of type datetime is not JSON serializable): a program bug, not a JSON file",
       {"export_events.py": "import datetime\nimport json\n\nevents = [{'id': 1, 'at': datetime.datetime(2026, 12, 7, 9, 0)}]\nprint('exporting', len(events), 'events to events.json')\n"
        "with open('events.json', 'w') as f:\n    f.write(json.dumps(events))\n"},
       {}, "TypeError"),
    sc("y_r3_py_neg_httperror_json_log", "negative", "python3 sync_prices.py",
       "a sync logs a JSON line with requests' HTTPError (404 Client Error ... for url) from a live API and exits 1",
       {"sync_prices.py": "import json\nimport sys\n\nimport requests\n\nurl = 'http://127.0.0.1:{{api}}/v1/prices/xau'\ntry:\n    requests.get(url, timeout=3).raise_for_status()\n"
        "except requests.HTTPError as e:\n    print(json.dumps({'level': 'error', 'msg': 'price sync failed', 'exc': f'{type(e).__name__}: {e}'}))\n    sys.exit(1)\n"},
       {}, "", servers={"api": ("http", 404, "unknown symbol\n")}),
    sc("y_r3_py_neg_asyncio_local_timeout", "negative", "python3 compute.py",
       "asyncio.wait_for of a local computation with a 0.1 s budget raises TimeoutError: a local time limit, no network",
       {"compute.py": "import asyncio\n\n\nasync def crunch():\n    await asyncio.sleep(1)\n    return 42\n\n\nasync def main():\n"
        "    print('crunching with a 0.1s budget')\n    print(await asyncio.wait_for(crunch(), timeout=0.1))\n\nasyncio.run(main())\n"},
       {}, "TimeoutError"),
    sc("y_r3_py_neg_pytest_status_500", "negative", "python3 -m pytest -q tests/test_live.py",
       "a live API test asserts status 200 and gets 500 from a running server (pytest E assert 500 == 200)",
       {"tests/test_live.py": "import requests\n\n\ndef test_orders():\n    r = requests.get('http://127.0.0.1:{{api}}/orders', timeout=3)\n    assert r.status_code == 200\n"},
       {}, "AssertionError", servers={"api": ("http", 500, "boom\n")}, tool="python3"),
    sc("y_r3_py_neg_file_exists", "negative", "python3 make_release.py",
       "os.mkdir of a release folder that already exists (FileExistsError [Errno 17]): not one of the eight causes",
       {"make_release.py": "import os\n\nprint('preparing release/1.4.2')\nos.mkdir('release/1.4.2')\nprint('ready')\n"},
       {}, "FileExistsError", dirs=["release/1.4.2"]),
    sc("y_r3_sh_neg_curl_401_sete_d", "negative", "bash publish.sh",
       "a set -e publish script's curl -f gets 401 from a live registry; the script stops after its step line",
       {"publish.sh": "#!/bin/bash\nset -e\necho \"publishing pkg-1.4.2.tgz\"\ncurl -fsS -X PUT --data-binary @pkg.tgz http://127.0.0.1:{{api}}/packages/pkg-1.4.2.tgz\necho published\n",
        "pkg.tgz": "x"},
       {}, "curl: (22)", servers={"api": ("http", 401, "bad credentials\n")}, tool="bash"),
    sc("y_r3_sh_neg_git_pathspec_b", "negative", "git checkout release/2.0",
       "git checkout of a branch that does not exist (pathspec did not match any file(s) known to git): not a missing file",
       {"README.md": "x\n"}, {}, "error: pathspec", setup=["git init -q -b main && git add README.md && git commit -q -m init"]),
    sc("y_r3_sh_neg_make_tests_failed", "negative", "make test",
       "make test runs a shell test runner that reports '2 of 5 tests failed' and exits 1; make prints Error 1",
       {"Makefile": "test:\n\t./run-tests.sh\n",
        "run-tests.sh": "#!/bin/sh\nfor t in a b c d e; do\n  case $t in b|d) echo \"FAIL $t: expected 3, got 4\";; *) echo \"ok   $t\";; esac\ndone\necho '2 of 5 tests failed'\nexit 1\n"},
       {}, "", modes={"run-tests.sh": 0o755}, tool="make"),
    sc("y_r3_java_neg_future_timeout", "negative", "java Batch.java",
       "a Java batch waits 100 ms for a local computation (Future.get): java.util.concurrent.TimeoutException, a local time limit",
       {"Batch.java": "import java.util.concurrent.*;\n\npublic class Batch {\n    public static void main(String[] args) throws Exception {\n"
        "        ExecutorService ex = Executors.newSingleThreadExecutor();\n        Future<Integer> f = ex.submit(() -> { Thread.sleep(2000); return 1; });\n"
        "        try {\n            System.out.println(f.get(100, TimeUnit.MILLISECONDS));\n        } finally {\n            ex.shutdownNow();\n        }\n    }\n}\n"},
       {}, "java.util.concurrent.TimeoutException"),

    sc("y_r3_py_ws_wsapp_refused", "websocket", DEB + " ticker_app.py",
       "a websocket-client WebSocketApp's on_error logs a refused connection, on_close follows and the app exits 1 after run_forever",
       {"ticker_app.py": "import logging\nimport sys\n\nimport websocket\n\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')\n"
        "URL = 'ws://127.0.0.1:{{api}}/ticker'\n\n\ndef on_error(ws, err):\n    logging.error('ticker error: %r', err)\n\n\ndef on_close(ws, code, msg):\n"
        "    logging.info('ticker closed (%s)', code)\n\n\napp = websocket.WebSocketApp(URL, on_error=on_error, on_close=on_close)\napp.run_forever()\nlogging.error('ticker stream ended')\nsys.exit(1)\n"},
       {"url": "ws://127.0.0.1:{{api}}/ticker", "host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError",
       servers=CLOSED, requires=["py:websocket"], tool="python3"),
    sc("y_r3_java_ws_refused_argv", "websocket", "java Live.java ws://127.0.0.1:{{api}}/live",
       "a java.net.http WebSocket client connects to the ws:// URL of argv; the service is down (CompletionException, ConnectException)",
       {"Live.java": "import java.net.URI;\nimport java.net.http.*;\n\npublic class Live {\n    public static void main(String[] args) {\n"
        "        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(args[0]), new WebSocket.Listener() { }).join();\n"
        "        System.out.println(\"live\");\n    }\n}\n"},
       {"url": "ws://127.0.0.1:{{api}}/live", "host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED),
    sc("y_r3_node_syn_type_annotation_d", "syntax", "node src/price.js",
       "a plain .js file keeps a TypeScript type annotation after a copy from a .ts file (SyntaxError: Unexpected token ':')",
       {"src/price.js": "const VAT = 0.2;\n\nfunction gross(net: number) {\n  return net * (1 + VAT);\n}\n\nconsole.log(gross(10));\n"},
       {"file": "src/price.js", "line": 3}, "SyntaxError"),
    sc("y_r3_py_syn_print_statement_wrapper_b", "syntax", "bash cron/nightly.sh",
       "a cron wrapper runs an old Python 2 script (print statement) with python3; the wrapper logs the exit code",
       {"cron/nightly.sh": "#!/bin/bash\necho \"[nightly] start $(date +%F)\"\npython3 legacy/cleanup.py\nrc=$?\necho \"[nightly] cleanup.py exited $rc\"\nexit $rc\n",
        "legacy/cleanup.py": "import os\n\nfor f in os.listdir('.'):\n    if f.endswith('.bak'):\n        print 'removing', f\n        os.remove(f)\n"},
       {"file": "legacy/cleanup.py", "line": 5}, "SyntaxError", tool="bash"),
    sc("y_r3_java_syn_make_missing_brace", "syntax", "make classes",
       "make compiles Java sources with javac; one class misses its final closing brace (reached end of file while parsing)",
       {"Makefile": "classes:\n\tmkdir -p build\n\tjavac -d build src/shop/Cart.java src/shop/Item.java\n",
        "src/shop/Item.java": "package shop;\n\npublic class Item {\n    public int price = 3;\n}\n",
        "src/shop/Cart.java": "package shop;\n\npublic class Cart {\n    public int total(Item[] items) {\n        int t = 0;\n        for (Item i : items) t += i.price;\n        return t;\n    }\n"},
       {"file": "src/shop/Cart.java", "line": 8}, "reached end of file while parsing", tool="make"),
    sc("y_r3_py_conn_smtp_argv_b", "connection", "python3 send_report.py --smtp 127.0.0.1:{{api}}",
       "a report mailer connects to the SMTP server given in argv; nothing listens there (ConnectionRefusedError from smtplib)",
       {"send_report.py": "import argparse\nimport smtplib\n\np = argparse.ArgumentParser()\np.add_argument('--smtp')\na = p.parse_args()\nhost, port = a.smtp.split(':')\n"
        "print('sending weekly report via', a.smtp)\nwith smtplib.SMTP(host, int(port), timeout=3) as s:\n    s.sendmail('a@example.com', ['b@example.com'], 'Subject: report\\n\\nok')\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("y_r3_py_perm_shutil_copy_dest_b", "permission", "python3 publish_docs.py",
       "a docs publisher copies built HTML into a read-only site folder with shutil.copy (PermissionError on the destination)",
       {"publish_docs.py": "import shutil\n\nfor page in ['index.html', 'api.html']:\n    shutil.copy(f'build/{page}', f'site/{page}')\n    print('published', page)\n",
        "build/index.html": "<h1>docs</h1>\n", "build/api.html": "<h1>api</h1>\n"},
       {"path": "site/index.html"}, "PermissionError", dirs=["site"], modes={"site": 0o555}, drop_caps=True),
    sc("y_r3_py_mm_make_toml_c", "missing_module", "make config",
       "make renders a config with a Python one-off that imports toml (not installed); make's Error 1 follows",
       {"Makefile": "config: settings.toml\n\tpython3 tools/render.py settings.toml > build.env\n",
        "tools/render.py": "import sys\n\nimport toml\n\nfor k, v in toml.load(sys.argv[1]).items():\n    print(f'{k.upper()}={v}')\n",
        "settings.toml": "port = 8080\n"},
       {"module": "toml"}, "ModuleNotFoundError", tool="make"),
]

# Round 4 (phase 2): several errors of which one is the cause, messages quoted inside others, consequences printed after
# the cause; train-hashed names, labels written before capture.
ROUND4 = [
    sc("y_r4_node_execfile_python_child_mm_b", "missing_module", "node build-docs.js",
       "a node build step runs a Python child with execFile and prints err.message, which holds 'Command failed' and the child's traceback",
       {"build-docs.js": "const { execFile } = require('child_process');\nexecFile('python3', ['tools/gen_docs.py'], (err, out) => {\n  if (err) {\n"
        "    console.error(err.message);\n    console.error('docs build failed');\n    process.exit(1);\n  }\n  console.log(out);\n});\n",
        "tools/gen_docs.py": "import markdown_it\n\nprint(markdown_it.MarkdownIt().render('# hi'))\n"},
       {"module": "markdown_it"}, "ModuleNotFoundError"),
    sc("y_r4_node_worker_enoent_then_shutdown", "file_not_found", "node render-pool.js",
       "a render pool's worker fails to read a template; the main thread logs the worker error, then several shutdown lines",
       {"render-pool.js": "const { Worker } = require('worker_threads');\nconst w = new Worker('./render-worker.js');\nw.on('error', (e) => {\n"
        "  console.error('worker error:', e.message);\n  console.log('shutting down pool (3 workers)');\n  console.log('flushed 0 jobs');\n  console.log('bye');\n  process.exitCode = 1;\n});\n",
        "render-worker.js": "const fs = require('fs');\nconst tpl = fs.readFileSync('templates/invoice.hbs', 'utf8');\nconsole.log(tpl.length);\n"},
       {"path": "templates/invoice.hbs"}, "ENOENT", dirs=["templates"]),
    sc("y_r4_node_npm_lint_config_syntax_b", "syntax", "npm run lint",
       "npm run lint runs a lint script that requires lint.config.js, whose object misses its closing brace",
       {"package.json": pkg({"lint": "node scripts/lint.js"}),
        "scripts/lint.js": "const cfg = require('../lint.config.js');\nconsole.log('rules:', Object.keys(cfg.rules).length);\n",
        "lint.config.js": "module.exports = {\n  rules: {\n    semi: 'error',\n    quotes: ['error', 'single'],\n  },\n\n"},
       {"file": "lint.config.js", "line": 7}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("y_r4_node_json_env_var", "json_format", "FEATURES='{\"beta\": true,}' node flags.js",
       "a program parses the FEATURES environment variable as JSON; the value has a trailing comma (no file involved)",
       {"flags.js": "const flags = JSON.parse(process.env.FEATURES || '{}');\nconsole.log('beta', flags.beta);\n"},
       {}, "SyntaxError", tool="node"),
    sc("y_r4_node_listen_unix_socket_eacces_c", "permission", "node agent.js",
       "an agent listens on a unix socket in run/, a read-only folder (listen EACCES with the socket path)",
       {"agent.js": "const net = require('net');\nconst srv = net.createServer((c) => c.end('ok'));\nsrv.listen('run/agent.sock', () => console.log('agent listening'));\n"},
       {"path": "run/agent.sock"}, "Error: listen EACCES", dirs=["run"], modes={"run": 0o555}, drop_caps=True),
    sc("y_r4_node_fetch_localhost_both_families", "connection", "node ping.mjs http://localhost:{{api}}/ping",
       "fetch of a localhost URL given in argv; nothing listens on the port (fetch failed, cause ECONNREFUSED)",
       {"ping.mjs": "const res = await fetch(process.argv[2]);\nconsole.log(res.status);\n"},
       {"host": "localhost", "port": "{{api}}", "url": "http://localhost:{{api}}/ping"}, "TypeError: fetch failed", servers=CLOSED),
    sc("y_r4_node_ws_esm_drop_1006_b", "websocket", "node watch.mjs",
       "an ESM ws client awaits the close; the server drops the connection after the handshake and the client logs code 1006",
       {"watch.mjs": "import WebSocket from 'ws';\nimport { once } from 'node:events';\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/watch');\n"
        "ws.on('error', (e) => console.error('watch error:', e.message));\nconst [code] = await once(ws, 'close');\nconsole.error(`watch connection lost, code ${code}`);\nprocess.exit(1);\n"},
       {"close_code": 1006}, "ws", servers={"ws": ("ws", "drop")}, setup=WS_LINK, requires=WS_REQ),
    sc("y_r4_sh_trap_cleanup_second_error", "file_not_found", "bash import.sh",
       "an import script's Python step fails on a missing input; its EXIT trap then fails to remove a lock that was never taken "
       "(rm's 'No such file or directory' is a consequence, printed last)",
       {"import.sh": "#!/bin/bash\nset -e\ntrap 'echo cleanup; rm tmp/import.lock' EXIT\necho \"importing\"\npython3 jobs/load.py\ntouch tmp/import.lock\n",
        "jobs/load.py": "with open('input/customers.csv') as f:\n    print(len(f.readlines()))\n"},
       {"path": "input/customers.csv"}, "FileNotFoundError", dirs=["input", "tmp"], tool="bash"),
    sc("y_r4_sh_make_k_curl_then_cat", "connection", "make -k all",
       "make -k: fetching data with curl is refused, and the next target's cat of the file that was never fetched fails too",
       {"Makefile": "all: fetch report\n\nfetch:\n\tcurl -fsS -o build/data.json http://127.0.0.1:{{api}}/export/data.json\n\nreport:\n\tcat build/data.json | wc -c\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/export/data.json"}, "curl: (7)", servers=CLOSED, dirs=["build"], tool="make"),
    sc("y_r4_sh_git_clone_then_cd", "connection", "bash bootstrap.sh",
       "a bootstrap script clones a repository from a git server that is down, then its cd into the clone fails too",
       {"bootstrap.sh": "#!/bin/bash\ngit clone -q http://127.0.0.1:{{api}}/ops/infra.git\ncd infra\n./setup.sh\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/ops/infra.git"}, "fatal: unable to access", servers=CLOSED, tool="bash"),
    sc("y_r4_sh_sqlite3_read_missing_b", "file_not_found", "sqlite3 app.db '.read migrations/004_add_index.sql'",
       "sqlite3 .read of a migration file that was never written",
       {}, {"path": "migrations/004_add_index.sql"}, "cannot open", dirs=["migrations"],
       setup=["sqlite3 app.db 'create table t(id integer)'"]),
    sc("y_r4_sh_perl_script_missing", "file_not_found", "perl tools/gen_hosts.pl > hosts.txt",
       "perl is pointed at a script that does not exist (Can't open perl script)",
       {}, {"path": "tools/gen_hosts.pl"}, "Can't open perl script", dirs=["tools"]),
    sc("y_r4_py_retry_raise_from", "connection", "python3 ledger_sync.py",
       "a sync retries a requests call three times with logged warnings and raises its own SyncError from the last ConnectionError",
       {"ledger_sync.py": "import logging\n\nimport requests\n\nlogging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')\n\n\nclass SyncError(Exception):\n    pass\n\n\n"
        "URL = 'http://127.0.0.1:{{api}}/ledger/entries'\nlast = None\nfor i in range(3):\n    try:\n        requests.get(URL, timeout=2)\n        break\n"
        "    except requests.ConnectionError as e:\n        logging.warning('attempt %d failed', i + 1)\n        last = e\nelse:\n    raise SyncError('ledger sync failed after 3 attempts') from last\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/ledger/entries"}, "requests.exceptions.ConnectionError", servers=CLOSED),
    sc("y_r4_py_tarfile_restore_abort", "file_not_found", "python3 restore.py --date 2026-12-06",
       "a restore tool opens the day's backup archive with tarfile (missing); it prints the traceback and then 'restore aborted'",
       {"restore.py": "import argparse\nimport sys\nimport tarfile\nimport traceback\n\np = argparse.ArgumentParser()\np.add_argument('--date')\na = p.parse_args()\n"
        "try:\n    with tarfile.open(f'backups/db-{a.date}.tar.gz') as t:\n        t.extractall('restore')\nexcept Exception:\n    traceback.print_exc()\n    print('Error: restore aborted')\n    sys.exit(1)\n"},
       {"path": "backups/db-2026-12-06.tar.gz"}, "FileNotFoundError", dirs=["backups"]),
    sc("y_r4_java_neg_no_main_manifest", "negative", "java -jar build/app.jar",
       "java -jar of a jar built without a Main-Class (no main manifest attribute): a build setting, not one of the eight causes",
       {"src/App.java": "public class App {\n    public static void main(String[] a) {\n        System.out.println(\"hi\");\n    }\n}\n"},
       {}, "no main manifest attribute", setup=["mkdir -p build/classes && javac -d build/classes src/App.java && jar cf build/app.jar -C build/classes ."]),
    sc("y_r4_node_neg_test_logs_expected_errors", "negative", "node --test",
       "node --test: the tests exercise error paths and log the expected ECONNREFUSED and ENOENT messages; every test passes, exit 0",
       {"test/errors.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst fs = require('fs');\n\n"
        "test('missing file is reported', () => {\n  try {\n    fs.readFileSync('nope.json');\n  } catch (e) {\n    console.error('expected:', e.message);\n    assert.strictEqual(e.code, 'ENOENT');\n  }\n});\n"
        "test('refused connection is reported', async () => {\n  await assert.rejects(fetch('http://127.0.0.1:{{api}}/'), (e) => {\n    console.error('expected:', e.cause.message);\n    return e.cause.code === 'ECONNREFUSED';\n  });\n});\n"},
       {}, "", servers=CLOSED, exit=0),
]

# Proofs of round 4's kinds on other real programs (train-hashed, labels before capture)
PROOFS4 = [
    # a unix socket's path printed by Node where a TCP error has its address
    sc("y_p4_node_connect_socket_enoent_e", "connection", "node status.js",
       "a CLI connects to its daemon's unix socket run/daemon.sock, which does not exist (connect ENOENT run/daemon.sock): the "
       "daemon is not running (labelled file_not_found before capture; the project's convention, rules/tools.drl 'A server's "
       "socket that is missing', is a connection failure, and the label follows it)",
       {"status.js": "const net = require('net');\nconst c = net.connect('run/daemon.sock');\nc.on('connect', () => c.end('status\\n'));\n"},
       {}, "Error: connect ENOENT", dirs=["run"]),
    sc("y_p4_node_http_listen_socket_ro", "permission", "node web.js",
       "an http server listens on sockets/web.sock inside a read-only folder and logs the error object before exiting",
       {"web.js": "const http = require('http');\nconst srv = http.createServer((q, r) => r.end('ok'));\nsrv.on('error', (err) => {\n"
        "  console.error('web server failed to start:', err);\n  process.exit(1);\n});\nsrv.listen('sockets/web.sock');\n"},
       {"path": "sockets/web.sock"}, "Error: listen EACCES", dirs=["sockets"], modes={"sockets": 0o555}, drop_caps=True),
    # a removal of a file that is already gone, after the failure
    sc("y_p4_sh_curl_then_rm_part_c", "connection", "bash fetch-release.sh",
       "a fetch script's curl is refused; its EXIT trap removes the partial download, which was never written (rm: cannot remove)",
       {"fetch-release.sh": "#!/bin/bash\nset -e\ntrap 'rm release.tgz.part' EXIT\ncurl -fsS -o release.tgz.part http://127.0.0.1:{{api}}/releases/1.4.2.tgz\nmv release.tgz.part release.tgz\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/releases/1.4.2.tgz"}, "curl: (7)", servers=CLOSED, tool="bash"),
    sc("y_p4_node_finally_unlink_b", "connection", "node sync.js",
       "a sync logs its refused fetch, then its finally block unlinks a lock file it never created (uncaught ENOENT unlink)",
       {"sync.js": "const fs = require('fs');\n(async () => {\n  try {\n    await fetch('http://127.0.0.1:{{api}}/sync');\n  } catch (e) {\n"
        "    console.error(`sync failed: ${e.message} (${e.cause?.code} ${e.cause?.address}:${e.cause?.port})`);\n    process.exitCode = 1;\n  } finally {\n"
        "    fs.unlinkSync('tmp/sync.lock');\n  }\n})();\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ENOENT", servers=CLOSED, dirs=["tmp"]),
    # a script that goes on after a failed clone or download
    sc("y_p4_sh_wget_then_tar_b", "connection", "bash vendor.sh",
       "a vendoring script's wget is refused and the script goes on: tar cannot open the archive that was never downloaded",
       {"vendor.sh": "#!/bin/bash\nwget -nv -O vendor/libfoo.tgz http://127.0.0.1:{{api}}/dist/libfoo-2.1.tgz\ntar xzf vendor/libfoo.tgz -C vendor\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/dist/libfoo-2.1.tgz"}, "wget", servers=CLOSED, dirs=["vendor"], tool="bash"),
    sc("y_p4_sh_git_clone_then_source", "connection", "bash setup-dotfiles.sh",
       "a setup script clones dotfiles from a git server that is down and then sources a file of the clone, which is missing",
       {"setup-dotfiles.sh": "#!/bin/bash\ngit clone -q http://127.0.0.1:{{api}}/me/dotfiles.git\nsource dotfiles/env.sh\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/me/dotfiles.git"}, "fatal: unable to access", servers=CLOSED, tool="bash"),
    # a failing close code a program states as its last words
    sc("y_p4_node_ws_disconnected_code_d", "websocket", "node alerts.js",
       "a ws client prints 'disconnected from URL (code 4008)' when the server closes it and exits 1",
       {"alerts.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/alerts';\nconst ws = new WebSocket(url);\n"
        "ws.on('close', (code) => {\n  console.error(`disconnected from ${url} (code ${code})`);\n  process.exit(1);\n});\n"},
       {"close_code": 4008, "url": "ws://127.0.0.1:{{ws}}/alerts"}, "ws", servers={"ws": ("ws", "close", 4008, "rate limited")}, setup=WS_LINK, requires=WS_REQ),
    sc("y_p4_py_ws_dropped_code", "websocket", DEB + " trades.py",
       "a websockets client catches ConnectionClosed and prints 'trade stream dropped, code 1011' before exiting 3",
       {"trades.py": "import asyncio\nimport sys\n\nimport websockets\n\n\nasync def main():\n    try:\n        async with websockets.connect('ws://127.0.0.1:{{ws}}/trades') as ws:\n"
        "            async for m in ws:\n                print(m)\n    except websockets.ConnectionClosed as e:\n        print(f'trade stream dropped, code {e.rcvd.code}')\n        sys.exit(3)\n\nasyncio.run(main())\n"},
       {"close_code": 1011}, "", servers={"ws": ("ws", "close", 1011, "internal error")}, requires=["py:websockets"], tool="python3", exit=3),
    sc("y_p4_neg_ws_closed_1000_then_fail_c", "negative", "node export-chat.js",
       "a ws export gets a normal close (code 1000) and then fails its own check of the message count, exiting 1",
       {"export-chat.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/history');\nconst msgs = [];\nws.on('message', (m) => msgs.push(m));\n"
        "ws.on('close', (code) => {\n  console.log(`history export: ${msgs.length} messages`);\n  console.error(`connection closed, code ${code}`);\n  process.exit(msgs.length ? 0 : 1);\n});\n"},
       {}, "", servers={"ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ),
]

# Round 5 (phase 2): Java and shells, more negatives; train-hashed names, labels written before capture
ROUND5 = [
    sc("y_r5_java_fnf_writer_missing_dir_b", "file_not_found", "java Report.java",
       "a Java report writes out/2026/report.csv with Files.newBufferedWriter; the year folder was never created (NoSuchFileException)",
       {"Report.java": "import java.nio.file.*;\n\npublic class Report {\n    public static void main(String[] args) throws Exception {\n"
        "        try (var w = Files.newBufferedWriter(Path.of(\"out/2026/report.csv\"))) {\n            w.write(\"id,total\\n\");\n        }\n    }\n}\n"},
       {"path": "out/2026/report.csv"}, "java.nio.file.NoSuchFileException", dirs=["out"]),
    sc("y_r5_java_perm_jul_severe", "permission", "java Rotate.java",
       "a Java job logs SEVERE with the AccessDeniedException of a read-only log file it appends to, then exits 1",
       {"Rotate.java": "import java.nio.file.*;\nimport java.util.logging.*;\n\npublic class Rotate {\n    public static void main(String[] args) {\n"
        "        Logger log = Logger.getLogger(\"rotate\");\n        try {\n            Files.writeString(Path.of(\"logs/app.log\"), \"rotated\\n\", StandardOpenOption.APPEND);\n"
        "        } catch (Exception e) {\n            log.log(Level.SEVERE, \"cannot append to log\", e);\n            System.exit(1);\n        }\n    }\n}\n",
        "logs/app.log": "old\n"},
       {"path": "logs/app.log"}, "java.nio.file.AccessDeniedException", modes={"logs/app.log": 0o444}, drop_caps=True),
    sc("y_r5_java_neg_public_class_name", "negative", "javac -d build src/Util.java",
       "javac: a public class is declared in a file of another name (class Helpers is public, should be declared in a file named Helpers.java)",
       {"src/Util.java": "public class Helpers {\n    public static int one() {\n        return 1;\n    }\n}\n"}, {}, "error:", tool="javac"),
    sc("y_r5_sh_tar_archive_dir_missing_b", "file_not_found", "tar czf archive/site-20261207.tgz data",
       "tar writes its archive into a folder that does not exist (Cannot open: No such file or directory)",
       {"data/a.txt": "a\n"}, {"path": "archive/site-20261207.tgz"}, "tar"),
    sc("y_r5_sh_dash_dot_missing", "file_not_found", "dash deploy.sh",
       "a dash script sources ./env.sh with the dot command; the file is missing",
       {"deploy.sh": "#!/bin/sh\necho \"loading environment\"\n. ./env.sh\necho \"deploying to $TARGET\"\n"},
       {"path": "env.sh"}, "cannot open", tool="dash", ecosystem="shell"),
    sc("y_r5_sh_pg_isready_down", "connection", "pg_isready -h 127.0.0.1 -p {{api}} -t 2",
       "pg_isready checks a PostgreSQL address where nothing listens (no response, exit 2)",
       {}, {"host": "127.0.0.1", "port": "{{api}}"}, "no response", servers=CLOSED, exit=2),
    sc("y_r5_node_npm_prestart_hook_perm_g", "permission", "npm start",
       "npm start runs a prestart hook ./scripts/check-env.sh that lacks its execute bit (sh: Permission denied)",
       {"package.json": '{"name": "app", "version": "1.0.0", "scripts": {"prestart": "./scripts/check-env.sh", "start": "node index.js"}}\n',
        "scripts/check-env.sh": "#!/bin/sh\necho env ok\n", "index.js": "console.log('started');\n"},
       {"path": "scripts/check-env.sh"}, "Permission denied", modes={"scripts/check-env.sh": 0o644}, tool="npm", ecosystem="node"),
    sc("y_r5_node_neg_typecheck_errors_b", "negative", "npm run check",
       "npm run check runs a type checker script that reports 'Found 2 errors' in source files and exits 2: code errors, not one of the eight causes",
       {"package.json": pkg({"check": "node tools/typecheck.js"}),
        "tools/typecheck.js": "console.log(\"src/cart.ts:4:7 - error TS2322: Type 'string' is not assignable to type 'number'.\");\n"
        "console.log(\"src/api.ts:12:3 - error TS2339: Property 'json' does not exist on type 'Response'.\");\nconsole.log('Found 2 errors.');\nprocess.exit(2);\n"},
       {}, "", tool="npm", ecosystem="node"),
    sc("y_r5_py_neg_json_tool_bad_option_b", "negative", "python3 -m json.tool --sortkeys config/app.json",
       "python -m json.tool given a misspelled option: argparse prints usage and 'unrecognized arguments' (exit 2); the JSON file is fine",
       {"config/app.json": '{"b": 1, "a": 2}\n'}, {}, "usage"),
    sc("y_r5_py_neg_address_in_use_c", "negative", "python3 -m http.server {{api}} --bind 127.0.0.1",
       "python's http.server is started on a port another server already uses (OSError [Errno 98] Address already in use)",
       {}, {}, "OSError", servers={"api": ("http", 200, "ok\n")}),
    sc("y_r5_py_neg_logging_format_error_b", "negative", "python3 batch.py",
       "a batch's log call has a bad format string: logging prints '--- Logging error ---' with a TypeError traceback, the batch finishes, exit 0",
       {"batch.py": "import logging\n\nlogging.basicConfig(level=logging.INFO)\nlogging.info('processed %d files from %s', 12)\nprint('batch done: 12 files, 0 errors')\n"},
       {}, "", exit=0),
    sc("y_r5_py_ws_client_timeout_silent_b", "websocket", DEB + " probe_ws.py ws://127.0.0.1:{{api}}/health",
       "a websocket-client probe with a 2 s timeout connects to a port that accepts and never completes the upgrade (WebSocketTimeoutException)",
       {"probe_ws.py": "import sys\n\nimport websocket\n\nws = websocket.create_connection(sys.argv[1], timeout=2)\nprint('ok')\n"},
       {"url": "ws://127.0.0.1:{{api}}/health", "host": "127.0.0.1", "port": "{{api}}"}, "WebSocketTimeoutException",
       servers={"api": ("silent",)}, requires=["py:websocket"], tool="python3"),
]

# Round 6 (phase 2): more Node and Python forms, two shell traps; train-hashed names, labels written before capture
ROUND6 = [
    sc("y_r6_node_createrequire_json_c", "json_format", "node seed.mjs",
       "an ESM seeder loads data/seed.json with createRequire; the file has a trailing comma",
       {"seed.mjs": "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst rows = require('./data/seed.json');\nconsole.log('seeding', rows.length);\n",
        "data/seed.json": '[\n  {"id": 1},\n  {"id": 2},\n]\n'},
       {"json_file": "data/seed.json"}, "SyntaxError"),
    sc("y_r6_node_watch_missing_dir", "file_not_found", "node dev-server.js",
       "a dev server watches config/ for changes with fs.watch; the folder does not exist (ENOENT watch)",
       {"dev-server.js": "const fs = require('fs');\nconsole.log('dev server on :3000');\nfs.watch('config', () => console.log('config changed, reloading'));\n"},
       {"path": "config"}, "Error: ENOENT"),
    sc("y_r6_node_https_to_plain_port", "connection", "node health-tls.js",
       "an https client calls a service port that speaks plain HTTP (EPROTO wrong version number); the error handler prints the error",
       {"health-tls.js": "const https = require('https');\nhttps.get({ host: '127.0.0.1', port: {{api}}, path: '/health', rejectUnauthorized: false }, (r) => console.log(r.statusCode))\n"
        "  .on('error', (e) => {\n    console.error('health check failed:', e);\n    process.exit(1);\n  });\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "EPROTO", servers={"api": ("http", 200, "ok\n")}),
    sc("y_r6_py_thread_exception_summary_e", "file_not_found", "python3 fanout.py",
       "two worker threads load their shard; one shard file is missing ('Exception in thread ...' traceback), main prints a summary and exits 1",
       {"fanout.py": "import sys\nimport threading\n\nfailed = []\n\n\ndef work(shard):\n    try:\n        with open(f'shards/{shard}.csv') as f:\n            print(shard, len(f.read()))\n"
        "    except Exception:\n        failed.append(shard)\n        raise\n\n\nts = [threading.Thread(target=work, args=(s,), name=f'shard-{s}') for s in ('a', 'b')]\n"
        "for t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(f'{len(failed)} of {len(ts)} shards failed')\nsys.exit(1 if failed else 0)\n",
        "shards/a.csv": "x\n"},
       {"path": "shards/b.csv"}, "FileNotFoundError"),
    sc("y_r6_py_process_pool_refused_c", "connection", "python3 crawl_pool.py",
       "a ProcessPoolExecutor worker's ConnectionRefusedError is re-raised by future.result() with the remote traceback",
       {"crawl_pool.py": "import socket\nfrom concurrent.futures import ProcessPoolExecutor\n\n\ndef ping(port):\n    socket.create_connection(('127.0.0.1', port), timeout=2).close()\n    return port\n\n\n"
        "if __name__ == '__main__':\n    with ProcessPoolExecutor(max_workers=1) as ex:\n        print(ex.submit(ping, {{api}}).result())\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("y_r6_py_neg_bad_zip", "negative", "python3 unpack.py",
       "zipfile opens a download that is an HTML page (BadZipFile: File is not a zip file): a bad artifact",
       {"unpack.py": "import zipfile\n\nwith zipfile.ZipFile('downloads/plugin.zip') as z:\n    z.extractall('plugins')\n",
        "downloads/plugin.zip": "<html>login</html>\n"}, {}, "zipfile.BadZipFile"),
    sc("y_r6_sh_ssh_key_warning_then_refused_b", "connection", "ssh -i keys/deploy.pem -o BatchMode=yes -p {{api}} deploy@127.0.0.1 true",
       "ssh warns that its identity file is missing and then cannot connect: the refusal is the cause, the warning is not",
       {}, {"host": "127.0.0.1", "port": "{{api}}"}, "ssh: connect to host", servers=CLOSED, dirs=["keys"]),
    sc("y_r6_sh_curl_cacert_missing", "file_not_found", "curl -sS --cacert certs/ca.pem https://127.0.0.1:{{api}}/health",
       "curl is given a CA file that does not exist (curl: (77) error setting certificate file)",
       {}, {"path": "certs/ca.pem"}, "curl: (77)", servers={"api": ("http", 200, "ok\n")}, dirs=["certs"]),
    sc("y_r6_sh_neg_cmp_differ", "negative", "cmp build/app.bin release/app.bin",
       "cmp reports that a rebuilt binary differs from the released one (differ: byte 1, line 1), exit 1",
       {"build/app.bin": "AAAA", "release/app.bin": "BBBB"}, {}, "differ"),
    sc("y_r6_node_neg_abort_own_timeout_b", "negative", "node poll-job.mjs",
       "a job poller aborts its own wait with AbortSignal.timeout on a local timer (no network): AbortError/TimeoutError of local work",
       {"poll-job.mjs": "import { setTimeout as sleep } from 'node:timers/promises';\nconsole.log('waiting for local job to finish');\n"
        "await sleep(5000, null, { signal: AbortSignal.timeout(100) });\nconsole.log('job done');\n"},
       {}, ""),
]

SCENARIOS = PY + PY_NEG + NODE + NODE_NEG + TOOLS + JAVA + TOOLS_NEG + PROOFS + ROUND2 + PROOFS3 + ROUND3 + ROUND4 + PROOFS4 + ROUND5 + ROUND6
