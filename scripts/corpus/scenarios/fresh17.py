"""A seventeenth fresh set (prefix m_), written BLIND: its author had read only the corpus README, capture.py,
servers.py, common.py and fresh8.py, never the rules, the parsers or any capture. The outside mix (about 40 % Python
scripts, apps and clients; 25 % shells and tools; 20 % Node; 15 % Java) in forms that make the KEY DETAIL hard to
find: only in the argv, in a chained exception ("During handling...", "Caused by:"), after the program's own words
in a log line, inside a JSON log field, in a child's output under the parent's wrapper, inside a test runner's
report. About a fifth are realistic negatives that look like a cause. Labels were written before any output was
seen. Split: fresh17_train / fresh17_holdout by a fixed hash of the name (capture.py)."""
from scenarios.common import sc, WS_LINK, WS_REQ, pkg

CLOSED = {"api": ("closed",)}
DEB = "/usr/bin/python3"  # Debian's python3 with python3-requests, -websockets, -websocket, -aiohttp, -httpx


PY = [
    # ================= missing_module =================
    sc("m_mm_py_child_worker_redis", "missing_module", "python3 supervisor.py",
       "a supervisor runs a queue worker with subprocess.run(check=True, capture_output=True), prints the child's stderr, "
       "then the parent's CalledProcessError ends the traceback; the worker imports redis, which is not installed",
       {"supervisor.py": "import subprocess\nimport sys\n\ntry:\n    subprocess.run([sys.executable, 'worker.py', '--queue', 'emails'], check=True, capture_output=True, text=True)\n"
        "except subprocess.CalledProcessError as e:\n    print('worker output:')\n    print(e.stderr, end='')\n    raise\n",
        "worker.py": "import argparse\nimport redis\n\nap = argparse.ArgumentParser()\nap.add_argument('--queue')\nargs = ap.parse_args()\nr = redis.Redis()\nprint(r.llen(args.queue))\n"},
       {"module": "redis"}, "subprocess.CalledProcessError"),
    sc("m_mm_py_plugin_logged", "missing_module", "python3 agent.py --plugins exporter,disk",
       "an agent loads plugins with importlib and logs a failed one with logging.error after its own words; the "
       "exporter plugin imports prometheus_client, which is not installed; the agent exits 1",
       {"agent.py": "import importlib\nimport logging\nimport sys\n\nlogging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')\n"
        "log = logging.getLogger('agent')\nfailed = 0\nfor name in sys.argv[2].split(','):\n    try:\n        importlib.import_module('plugins.' + name)\n        log.info('plugin %s loaded', name)\n"
        "    except ImportError as e:\n        log.error('plugin %s could not be loaded, metrics disabled (%s)', name, e)\n        failed += 1\nsys.exit(1 if failed else 0)\n",
        "plugins/__init__.py": "", "plugins/exporter.py": "from prometheus_client import start_http_server\n\nstart_http_server(9100)\n",
        "plugins/disk.py": "import shutil\nUSAGE = shutil.disk_usage('.')\n"},
       {"module": "prometheus_client"}, "ModuleNotFoundError"),
    sc("m_mm_py_json_log_tabulate", "missing_module", "python3 report.py --month 2026-11",
       "a report job writes JSON log lines; the import failure of tabulate is in the 'exc' field of an error record, exit 2",
       {"report.py": "import json\nimport sys\nimport traceback\n\n\ndef log(level, msg, **kw):\n    print(json.dumps({'ts': '2026-12-07T10:00:00Z', 'level': level, 'logger': 'report', 'msg': msg, **kw}))\n\n\n"
        "log('info', 'building monthly report', month=sys.argv[2])\ntry:\n    from tabulate import tabulate\nexcept Exception as e:\n"
        "    log('error', 'renderer unavailable', exc=f'{type(e).__name__}: {e}')\n    sys.exit(2)\nprint(tabulate([[1, 2]]))\n"},
       {"module": "tabulate"}, "ModuleNotFoundError"),
    sc("m_mm_py_chained_driver", "missing_module", "python3 -m app.db_check",
       "a db check wraps the missing psycopg2 import in its own RuntimeError ('raise ... from e'); the root is in the first traceback",
       {"app/__init__.py": "", "app/db_check.py": "def driver():\n    try:\n        import psycopg2\n    except ImportError as e:\n"
        "        raise RuntimeError('database driver unavailable: install the PostgreSQL adapter') from e\n    return psycopg2\n\n\nif __name__ == '__main__':\n    driver().connect('dbname=app')\n"},
       {"module": "psycopg2"}, "ModuleNotFoundError"),
    sc("m_mm_py_pytest_collect_sqlalchemy", "missing_module", "python3 -m pytest -q tests",
       "pytest collects a model test that imports sqlalchemy (not installed): 'ERROR collecting', short summary, exit 2",
       {"tests/test_models.py": "from sqlalchemy import Column, Integer\n\n\ndef test_column():\n    assert Column(Integer).type is not None\n",
        "tests/test_util.py": "def test_ok():\n    assert 1 + 1 == 2\n"},
       {"module": "sqlalchemy"}, "ModuleNotFoundError", requires=["py3:pytest"]),
    sc("m_mm_py_bash_wrapper_paramiko", "missing_module", "bash deploy.sh staging",
       "a bash deploy wrapper (set -e) echoes its steps and runs a Python helper that imports paramiko (not installed)",
       {"deploy.sh": "#!/bin/bash\nset -e\necho \"[deploy] target: $1\"\necho '[deploy] pushing build over ssh'\npython3 tools/push.py \"$1\"\necho '[deploy] done'\n",
        "tools/push.py": "import sys\n\nimport paramiko\n\nclient = paramiko.SSHClient()\nclient.connect(sys.argv[1])\n"},
       {"module": "paramiko"}, "ModuleNotFoundError", tool="bash"),

    # ================= permission =================
    sc("m_perm_py_dictconfig_handler", "permission", "python3 service.py",
       "logging.config.dictConfig opens a FileHandler on a read-only log file: the PermissionError is chained under "
       "'ValueError: Unable to configure handler'",
       {"service.py": "import logging.config\n\nlogging.config.dictConfig({\n    'version': 1,\n    'handlers': {'file': {'class': 'logging.FileHandler', 'filename': 'logs/service.log'}},\n"
        "    'root': {'handlers': ['file'], 'level': 'INFO'},\n})\nlogging.info('service started')\n",
        "logs/service.log": ""},
       {"path": "logs/service.log"}, "PermissionError", modes={"logs/service.log": 0o444}, drop_caps=True),
    sc("m_perm_py_child_shell_redirect", "permission", "python3 nightly.py",
       "a nightly job runs a bash export script under check=True; bash's 'Permission denied' on a read-only output file "
       "is printed before the parent's CalledProcessError",
       {"nightly.py": "import subprocess\n\nprint('nightly: exporting orders')\nsubprocess.run(['bash', 'export.sh'], check=True)\nprint('nightly: done')\n",
        "export.sh": "#!/bin/bash\necho 'id,total' > out/orders.csv\necho '1,20' >> out/orders.csv\n",
        "out/orders.csv": ""},
       {"path": "out/orders.csv"}, "subprocess.CalledProcessError", modes={"out/orders.csv": 0o444}, drop_caps=True),
    sc("m_perm_py_makedirs_logged", "permission", "python3 archive.py",
       "an archiver creates dated folders with os.makedirs under a read-only exports folder; logging.exception prints "
       "its own words first, then the traceback",
       {"archive.py": "import logging\nimport os\nimport sys\n\nlogging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')\nlog = logging.getLogger('archive')\n"
        "try:\n    os.makedirs('exports/2026/12', exist_ok=True)\nexcept OSError:\n    log.exception('could not prepare the archive folder for December')\n    sys.exit(1)\n"},
       {"path": "exports/2026"}, "PermissionError", dirs=["exports"], modes={"exports": 0o555}, drop_caps=True),
    sc("m_perm_py_hook_json_log", "permission", "python3 release.py v1.4.0",
       "a release tool runs ./hooks/post-release.sh (no execute bit); the PermissionError text is in the 'error' field of a JSON log line",
       {"release.py": "import json\nimport subprocess\nimport sys\n\ntry:\n    subprocess.run(['./hooks/post-release.sh', sys.argv[1]], check=True)\nexcept OSError as e:\n"
        "    print(json.dumps({'level': 'error', 'event': 'hook_failed', 'hook': 'post-release', 'error': str(e)}))\n    sys.exit(1)\n",
        "hooks/post-release.sh": "#!/bin/sh\necho released $1\n"},
       {"path": "hooks/post-release.sh"}, "PermissionError", modes={"hooks/post-release.sh": 0o644}),
    sc("m_perm_py_sqlite_backup_ro", "permission", "python3 backup.py",
       "a backup copies the database file with shutil.copy2 into a read-only backups folder; wrapped in 'raise BackupError(...) from e'",
       {"backup.py": "import shutil\n\n\nclass BackupError(Exception):\n    pass\n\n\ntry:\n    shutil.copy2('app.db', 'backups/app-2026-12-07.db')\nexcept OSError as e:\n"
        "    raise BackupError('nightly backup failed') from e\n",
        "app.db": "SQLite format 3\n"},
       {"path": "backups/app-2026-12-07.db"}, "PermissionError", dirs=["backups"], modes={"backups": 0o555}, drop_caps=True),

    # ================= syntax =================
    sc("m_syn_py_compileall_ci", "syntax", "python3 -m compileall -q src",
       "a CI step byte-compiles the sources; compileall prints the syntax error of one module among quiet output, exit 1",
       {"src/app/__init__.py": "", "src/app/api.py": "def ping():\n    return 'pong'\n",
        "src/app/jobs/__init__.py": "", "src/app/jobs/cleanup.py": "import os\n\n\ndef run(paths):\n    for p in paths\n        os.remove(p)\n"},
       {"file": "src/app/jobs/cleanup.py", "line": 5}, "SyntaxError", tool="python3"),
    sc("m_syn_py_pytest_collect", "syntax", "python3 -m pytest -q",
       "pytest finds an unclosed bracket in a test module during collection: 'ERROR collecting tests/test_api.py', exit 2",
       {"tests/test_api.py": "import json\n\n\ndef test_payload():\n    data = json.loads('{\"a\": 1}')\n    assert data == {'a': 1\n\n\ndef test_other():\n    assert True\n"},
       {"file": "tests/test_api.py", "line": 6}, "SyntaxError", requires=["py3:pytest"]),
    sc("m_syn_py_exec_settings_argv", "syntax", "python3 run.py --settings conf/local_settings.py",
       "a runner reads its settings module with exec(open(path).read()): the traceback says File \"<string>\", line 4; "
       "the file is only in the argv",
       {"run.py": "import argparse\n\nap = argparse.ArgumentParser()\nap.add_argument('--settings')\nargs = ap.parse_args()\nns = {}\n"
        "exec(open(args.settings).read(), ns)\nprint('debug =', ns.get('DEBUG'))\n",
        "conf/local_settings.py": "DEBUG = True\nALLOWED_HOSTS = ['*']\n\nDATABASES = {'default': {'NAME': 'app.db',}\nSECRET = 'x'\n"},
       {"file": "conf/local_settings.py", "line": 4}, "SyntaxError"),
    sc("m_syn_py_importlib_logged", "syntax", "python3 scheduler.py",
       "a scheduler imports its job modules with importlib, logs the failure with logger.exception and exits 1; one job "
       "has an unterminated string",
       {"scheduler.py": "import importlib\nimport logging\nimport sys\n\nlogging.basicConfig(format='%(asctime)s [%(levelname)s] %(message)s', level=logging.INFO)\n"
        "for job in ('jobs.rotate', 'jobs.notify'):\n    try:\n        importlib.import_module(job)\n        logging.info('registered %s', job)\n    except Exception:\n"
        "        logging.exception('failed to register %s', job)\n        sys.exit(1)\n",
        "jobs/__init__.py": "", "jobs/rotate.py": "INTERVAL = 60\n",
        "jobs/notify.py": "import smtplib\n\nSUBJECT = 'nightly report\nBODY = 'see attachment'\n"},
       {"file": "jobs/notify.py", "line": 3}, "SyntaxError"),

    # ================= connection =================
    sc("m_conn_py_requests_logged_str", "connection", "/usr/bin/python3 sync.py",
       "a sync job catches requests' ConnectionError and logs str(e) after its own words (HTTPConnectionPool(host=..., port=...)), exit 1",
       {"sync.py": "import logging\nimport sys\n\nimport requests\n\nlogging.basicConfig(format='%(levelname)s %(name)s %(message)s')\nlog = logging.getLogger('sync')\n"
        "try:\n    requests.get('http://127.0.0.1:{{api}}/v1/items?page=1', timeout=3)\nexcept requests.RequestException as e:\n    log.error('inventory sync aborted: %s', e)\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "requests.exceptions.ConnectionError", servers=CLOSED, requires=["py:requests"], tool="python3"),
    sc("m_conn_py_urllib_json_log", "connection", "python3 poll_feed.py",
       "a feed poller writes JSON log lines; urllib's URLError (Connection refused) is in the 'error' field, the URL in 'url'",
       {"poll_feed.py": "import json\nimport sys\nimport urllib.error\nimport urllib.request\n\nURL = 'http://127.0.0.1:{{api}}/feed.xml'\ntry:\n    urllib.request.urlopen(URL, timeout=3)\n"
        "except urllib.error.URLError as e:\n    print(json.dumps({'level': 'error', 'msg': 'poll failed', 'url': URL, 'error': str(e)}))\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/feed.xml"}, "urllib.error.URLError", servers=CLOSED),
    sc("m_conn_py_socket_argv_only", "connection", "python3 probe.py --host 127.0.0.1 --port {{api}}",
       "a TCP probe gets ConnectionRefusedError; the address is only in the argv",
       {"probe.py": "import argparse\nimport socket\n\nap = argparse.ArgumentParser()\nap.add_argument('--host')\nap.add_argument('--port', type=int)\na = ap.parse_args()\n"
        "with socket.create_connection((a.host, a.port), timeout=2) as s:\n    s.sendall(b'PING\\r\\n')\n    print(s.recv(64))\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("m_conn_py_retry_giveup", "connection", "python3 wait_for_db.py",
       "a start-up helper retries a database port three times (warnings), then logs that it gives up with the last error, exit 1",
       {"wait_for_db.py": "import logging\nimport socket\nimport sys\nimport time\n\nlogging.basicConfig(format='%(levelname)s:%(message)s', level=logging.INFO)\n"
        "ADDR = ('127.0.0.1', {{api}})\nlast = None\nfor attempt in range(1, 4):\n    try:\n        socket.create_connection(ADDR, timeout=1).close()\n        logging.info('database is up')\n        sys.exit(0)\n"
        "    except OSError as e:\n        last = e\n        logging.warning('attempt %d/3: database not reachable yet: %s', attempt, e)\n        time.sleep(0.2)\n"
        "logging.error('giving up on postgres at %s:%d after 3 attempts (last error: %s)', ADDR[0], ADDR[1], last)\nsys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),

    # ================= file_not_found =================
    sc("m_fnf_py_missing_program_json_log", "file_not_found", "python3 render.py docs/index.md",
       "a renderer runs ./bin/md2html, which does not exist; the FileNotFoundError is in the 'error' field of a JSON log line",
       {"render.py": "import json\nimport subprocess\nimport sys\n\ntry:\n    subprocess.run(['./bin/md2html', sys.argv[1]], check=True)\nexcept OSError as e:\n"
        "    print(json.dumps({'level': 'error', 'msg': 'render failed', 'input': sys.argv[1], 'error': str(e)}))\n    sys.exit(1)\n",
        "docs/index.md": "# hi\n"},
       {"path": "bin/md2html"}, "FileNotFoundError", dirs=["bin"]),
    sc("m_fnf_py_shell_child_sort", "file_not_found", "python3 stats.py",
       "a stats job runs a shell pipeline with check=True; sort's 'cannot read' comes before the CalledProcessError traceback",
       {"stats.py": "import subprocess\n\nsubprocess.run('set -o pipefail; sort data/visits.txt | uniq -c | sort -rn | head -5', shell=True, executable='/bin/bash', check=True)\n"},
       {"path": "data/visits.txt"}, "subprocess.CalledProcessError", dirs=["data"],
       ),
    sc("m_fnf_py_unittest_fixture", "file_not_found", "python3 -m unittest -v tests.test_parser",
       "a unittest reads a fixture that is missing: the test runner's ERROR block holds the FileNotFoundError",
       {"tests/__init__.py": "", "tests/test_parser.py": "import unittest\nimport xml.etree.ElementTree as ET\n\n\nclass ParserTest(unittest.TestCase):\n"
        "    def test_parse_invoice(self):\n        tree = ET.parse('tests/fixtures/invoice.xml')\n        self.assertEqual(tree.getroot().tag, 'invoice')\n\n"
        "    def test_trivial(self):\n        self.assertTrue(True)\n\n\nif __name__ == '__main__':\n    unittest.main()\n"},
       {"path": "tests/fixtures/invoice.xml"}, "FileNotFoundError", dirs=["tests/fixtures"]),
    sc("m_fnf_py_env_data_dir", "file_not_found", "DATA_DIR=/srv/seed python3 seed.py",
       "a seeding script builds its input path from $DATA_DIR (an absolute folder that does not exist) and logs the error in its own words",
       {"seed.py": "import os\nimport sys\n\npath = os.path.join(os.environ['DATA_DIR'], 'customers.csv')\ntry:\n    rows = open(path).read().splitlines()\nexcept FileNotFoundError as e:\n"
        "    print(f'seed: cannot read input ({e.strerror}): {e.filename}', file=sys.stderr)\n    sys.exit(3)\n"},
       {"path": "/srv/seed/customers.csv"}, "FileNotFoundError", tool="python3"),

    # ================= json_format =================
    sc("m_json_py_rules_argv_only", "json_format", "python3 apply_rules.py --rules rules/alerts.json",
       "an alerting tool decodes a rules file with json.load: the JSONDecodeError names line and column, the file is only in the argv",
       {"apply_rules.py": "import argparse\nimport json\n\nap = argparse.ArgumentParser()\nap.add_argument('--rules')\na = ap.parse_args()\nwith open(a.rules) as f:\n    rules = json.load(f)\nprint(len(rules))\n",
        "rules/alerts.json": '[\n  {"name": "cpu", "threshold": 90},\n  {"name": "disk", "threshold": 95}\n  {"name": "mem", "threshold": 80}\n]\n'},
       {"json_file": "rules/alerts.json", "line": 4}, "json.decoder.JSONDecodeError"),
    sc("m_json_py_json_log_manifest", "json_format", "python3 deploy.py",
       "a deployer logs JSON lines; the decode error of its manifest is in the 'error' field and the file in the 'file' field",
       {"deploy.py": "import json\nimport sys\n\nPATH = 'deploy/manifest.json'\ntry:\n    m = json.load(open(PATH))\nexcept json.JSONDecodeError as e:\n"
        "    print(json.dumps({'level': 'error', 'msg': 'invalid manifest', 'file': PATH, 'error': str(e)}))\n    sys.exit(1)\n",
        "deploy/manifest.json": "{\n  \"service\": \"api\",\n  replicas: 3\n}\n"},
       {"json_file": "deploy/manifest.json", "line": 3}, "json.decoder.JSONDecodeError"),
    sc("m_json_py_chained_settings", "json_format", "python3 -m svc.main",
       "a service wraps the JSONDecodeError of conf/service.json in its own SettingsError naming the file ('from e')",
       {"svc/__init__.py": "", "svc/main.py": "import json\n\n\nclass SettingsError(Exception):\n    pass\n\n\ndef load(path='conf/service.json'):\n    try:\n        with open(path) as f:\n            return json.load(f)\n"
        "    except json.JSONDecodeError as e:\n        raise SettingsError(f'cannot parse {path}') from e\n\n\nload()\n",
        "conf/service.json": "{\n  \"port\": 8080,\n  \"workers\": 4,\n}\n"},
       {"json_file": "conf/service.json", "line": 4}, "json.decoder.JSONDecodeError"),
    sc("m_json_py_pytest_fixture", "json_format", "python3 -m pytest -q tests/test_pricing.py",
       "a pytest fixture loads its cases from a JSON file with a missing comma: the E lines hold the decode error, the "
       "file is named only in the source line pytest shows",
       {"tests/test_pricing.py": "import json\n\nimport pytest\n\n\n@pytest.fixture\ndef cases():\n    with open('tests/data/pricing_cases.json') as f:\n        return json.load(f)\n\n\n"
        "def test_prices(cases):\n    assert all(c['price'] > 0 for c in cases)\n",
        "tests/data/pricing_cases.json": '[\n  {"sku": "a", "price": 3}\n  {"sku": "b", "price": 4}\n]\n'},
       {"json_file": "tests/data/pricing_cases.json", "line": 3}, "json.decoder.JSONDecodeError", requires=["py3:pytest"]),
    sc("m_json_py_jsonl_replay", "json_format", "python3 replay.py data/events.jsonl",
       "a replay reads a JSON-lines file line by line with json.loads; one line is truncated (Unterminated string); the file is only in the argv",
       {"replay.py": "import json\nimport sys\n\nwith open(sys.argv[1]) as f:\n    for n, line in enumerate(f, 1):\n        ev = json.loads(line)\n        print(n, ev['type'])\n",
        "data/events.jsonl": '{"type": "login", "user": 1}\n{"type": "view", "user": 1}\n{"type": "logout", "user\n'},
       {"json_file": "data/events.jsonl"}, "json.decoder.JSONDecodeError"),

    # ================= import_error =================
    sc("m_imp_py_vendored_mapping_logged", "import_error", "python3 loader.py",
       "a loader logs (logging.exception) that a vendored library failed to import: 'cannot import name Mapping from collections'",
       {"loader.py": "import logging\nimport sys\n\nlogging.basicConfig(format='%(levelname)s %(name)s: %(message)s')\ntry:\n    import vendor.attrdict\nexcept ImportError:\n"
        "    logging.getLogger('loader').exception('vendored dependency could not be loaded')\n    sys.exit(1)\n",
        "vendor/__init__.py": "", "vendor/attrdict.py": "from collections import Mapping\n\n\nclass AttrDict(dict):\n    pass\n"},
       {"name": "Mapping", "from_module": "collections"}, "ImportError"),
    sc("m_imp_py_circular_child", "import_error", "python3 manage.py migrate",
       "a manage command runs the migration in a child (check=True); the child fails on a circular import "
       "('partially initialized module'), then the parent's CalledProcessError",
       {"manage.py": "import subprocess\nimport sys\n\nsubprocess.run([sys.executable, '-c', 'import shop.models'], check=True)\nprint('migrated')\n",
        "shop/__init__.py": "", "shop/models.py": "from shop.pricing import price_of\n\n\nclass Product:\n    pass\n",
        "shop/pricing.py": "from shop.models import Product\n\n\ndef price_of(p):\n    return 1\n"},
       {"name": "Product", "from_module": "shop.models"}, "ImportError"),
    sc("m_imp_py_unittest_discover_name", "import_error", "python3 -m unittest discover -s tests -t .",
       "unittest discovery: a test imports compute_vat from billing.tax, which defines only compute_tax; the runner "
       "reports a _FailedTest ERROR",
       {"billing/__init__.py": "", "billing/tax.py": "def compute_tax(amount):\n    return amount * 0.2\n",
        "tests/__init__.py": "", "tests/test_tax.py": "import unittest\n\nfrom billing.tax import compute_vat\n\n\nclass T(unittest.TestCase):\n    def test_vat(self):\n        self.assertEqual(compute_vat(10), 2)\n"},
       {"name": "compute_vat", "from_module": "billing.tax"}, "ImportError"),

    # ================= websocket =================
    sc("m_ws_py_websockets_401_logged", "websocket", "/usr/bin/python3 stream.py ws://127.0.0.1:{{ws}}/v2/stream",
       "a websockets client is rejected at the handshake with HTTP 401; the program logs the exception after its own words, exit 1",
       {"stream.py": "import asyncio\nimport logging\nimport sys\n\nimport websockets\n\nlogging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')\n\n\nasync def main(url):\n"
        "    async with websockets.connect(url) as ws:\n        print(await ws.recv())\n\n\ntry:\n    asyncio.run(main(sys.argv[1]))\nexcept Exception as e:\n"
        "    logging.getLogger('stream').error('stream subscription refused by server: %s', e)\n    sys.exit(1)\n"},
       {"url": "ws://127.0.0.1:{{ws}}/v2/stream", "http_status": 401}, "InvalidStatus",
       servers={"ws": ("http", 401, "token required\n")}, requires=["py:websockets"], tool="python3"),
    sc("m_ws_py_websocket_client_1008", "websocket", "/usr/bin/python3 ticker.py",
       "a websocket-client app's on_close callback prints the close status 1008 (policy violation) and the app exits 1",
       {"ticker.py": "import sys\n\nimport websocket\n\nstatus = {}\n\n\ndef on_close(ws, code, msg):\n    status['code'] = code\n    print(f'ticker closed by server: status={code} reason={msg}', file=sys.stderr)\n\n\n"
        "app = websocket.WebSocketApp('ws://127.0.0.1:{{ws}}/ticker', on_close=on_close)\napp.run_forever()\nsys.exit(0 if status.get('code') == 1000 else 1)\n"},
       {"close_code": 1008}, "", servers={"ws": ("ws", "close", 1008, "policy violation")}, requires=["py:websocket"], tool="python3"),
    sc("m_ws_py_aiohttp_refused", "websocket", "/usr/bin/python3 live.py",
       "an aiohttp client's ws_connect to a ws:// endpoint that is down (ClientConnectorError)",
       {"live.py": "import asyncio\n\nimport aiohttp\n\n\nasync def main():\n    async with aiohttp.ClientSession() as s:\n        async with s.ws_connect('ws://127.0.0.1:{{api}}/live') as ws:\n"
        "            print(await ws.receive())\n\n\nasyncio.run(main())\n"},
       {"url": "ws://127.0.0.1:{{api}}/live", "host": "127.0.0.1", "port": "{{api}}"}, "aiohttp.client_exceptions.ClientConnectorError",
       servers=CLOSED, requires=["py:aiohttp"], tool="python3"),
    sc("m_ws_py_websockets_4003_chained", "websocket", "/usr/bin/python3 -m feeds.consume",
       "a websockets consumer gets close code 4003 and wraps the ConnectionClosedError in its own FeedError ('from exc')",
       {"feeds/__init__.py": "", "feeds/consume.py": "import asyncio\n\nimport websockets\n\n\nclass FeedError(Exception):\n    pass\n\n\nasync def main():\n"
        "    async with websockets.connect('ws://127.0.0.1:{{ws}}/orders') as ws:\n        try:\n            while True:\n                print(await ws.recv())\n"
        "        except websockets.ConnectionClosed as exc:\n            raise FeedError('order feed ended unexpectedly') from exc\n\n\nasyncio.run(main())\n"},
       {"close_code": 4003}, "ConnectionClosedError", servers={"ws": ("ws", "close", 4003, "forbidden topic")}, requires=["py:websockets"], tool="python3"),

    # ================= negatives =================
    sc("m_neg_py_fallback_mirror_ok", "negative", "/usr/bin/python3 fetch_index.py",
       "requests to the primary index is refused (logged WARNING with the ConnectionError), the mirror answers 200; exit 0",
       {"fetch_index.py": "import logging\n\nimport requests\n\nlogging.basicConfig(format='%(levelname)s %(message)s', level=logging.INFO)\n"
        "for url in ('http://127.0.0.1:{{down}}/simple/', 'http://127.0.0.1:{{api}}/simple/'):\n    try:\n        r = requests.get(url, timeout=3)\n"
        "        logging.info('index fetched from %s (%d bytes)', url, len(r.content))\n        break\n    except requests.ConnectionError as e:\n"
        "        logging.warning('primary index unavailable, trying mirror: %s', e)\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "<html>index</html>\n")}, requires=["py:requests"], exit=0, tool="python3"),
    sc("m_neg_py_pytest_xfail_fnf", "negative", "python3 -m pytest -q -rxX",
       "a pytest run whose expected failure (xfail) raises FileNotFoundError; the other tests pass, exit 0",
       {"tests/test_io.py": "import pytest\n\n\n@pytest.mark.xfail(raises=FileNotFoundError, reason='legacy path removed in 2.0')\ndef test_legacy_path():\n"
        "    open('legacy/data.csv')\n\n\ndef test_ok():\n    assert 2 * 2 == 4\n"},
       {}, "", requires=["py3:pytest"], exit=0),
    sc("m_neg_py_http_404", "negative", "/usr/bin/python3 get_user.py 42",
       "requests' raise_for_status on a 404 from a live API (HTTPError)",
       {"get_user.py": "import sys\n\nimport requests\n\nr = requests.get(f'http://127.0.0.1:{{api}}/users/{sys.argv[1]}', timeout=3)\nr.raise_for_status()\nprint(r.json())\n"},
       {}, "requests.exceptions.HTTPError", servers={"api": ("http", 404, "not found\n")}, requires=["py:requests"], tool="python3"),
    sc("m_neg_py_keyerror_env", "negative", "python3 settings_check.py",
       "a settings check reads a required environment variable that is not set (KeyError: 'DATABASE_URL')",
       {"settings_check.py": "import os\n\nurl = os.environ['DATABASE_URL']\nprint('db', url)\n"},
       {}, "KeyError"),
    sc("m_neg_py_help_epilog", "negative", "python3 ctl.py --help",
       "a CLI's --help epilog lists error messages and their remedies (ConnectionRefusedError, No module named ...); exit 0",
       {"ctl.py": "import argparse\n\nap = argparse.ArgumentParser(prog='ctl', formatter_class=argparse.RawDescriptionHelpFormatter, epilog='''troubleshooting:\n"
        "  ConnectionRefusedError: [Errno 111] Connection refused   the daemon is not running: ctl start\n"
        "  ModuleNotFoundError: No module named 'yaml'              pip install pyyaml\n"
        "  PermissionError: [Errno 13] Permission denied: 'run/ctl.sock'   run as the ctl user\n''')\n"
        "ap.add_argument('command', choices=['start', 'stop', 'status'])\nap.parse_args()\n"},
       {}, "", exit=0),
    sc("m_neg_py_schema_valid_json", "negative", "python3 validate.py conf/app.json",
       "a validator loads valid JSON and rejects it for a missing required key in its own words, exit 1",
       {"validate.py": "import json\nimport sys\n\ncfg = json.load(open(sys.argv[1]))\nfor key in ('port', 'host', 'workers'):\n    if key not in cfg:\n"
        "        sys.exit(f'{sys.argv[1]}: invalid config: missing required key {key!r} (line 1)')\nprint('ok')\n",
        "conf/app.json": '{"port": 8080, "host": "0.0.0.0"}\n'},
       {}, ""),
    sc("m_neg_py_deprecation_exit0", "negative", "python3 -W default legacy.py",
       "a program emits a DeprecationWarning that mentions an import that will be removed, then finishes; exit 0",
       {"legacy.py": "import warnings\n\nwarnings.warn(\"importing 'Mapping' from 'collections' will stop working; import it from 'collections.abc'\", DeprecationWarning)\n"
        "print('processed 12 records, 0 errors')\n"},
       {}, "DeprecationWarning", exit=0),
    sc("m_neg_py_child_zerodivision", "negative", "python3 batch.py",
       "a batch runner's child fails on a ZeroDivisionError in its own code; the parent's CalledProcessError follows",
       {"batch.py": "import subprocess\nimport sys\n\nsubprocess.run([sys.executable, 'avg.py'], check=True)\n",
        "avg.py": "values = []\nprint('average:', sum(values) / len(values))\n"},
       {}, "subprocess.CalledProcessError"),
    sc("m_neg_py_summary_warnings", "negative", "python3 scan.py",
       "a file scanner logs that it skipped an unreadable folder as a warning and ends with a '0 errors' summary; exit 0",
       {"scan.py": "import logging\n\nlogging.basicConfig(format='%(levelname)s %(message)s', level=logging.INFO)\nlogging.warning(\"skipped cache/: PermissionError: [Errno 13] Permission denied: 'cache/'\")\n"
        "logging.info('scanned 120 files: 0 errors, 1 warning')\n"},
       {}, "", exit=0),
    sc("m_neg_py_timeout_expired", "negative", "python3 runner.py",
       "a runner gives a local command a 1 s time limit (subprocess.TimeoutExpired), not a network error",
       {"runner.py": "import subprocess\n\nsubprocess.run(['sleep', '5'], timeout=1)\n"},
       {}, "subprocess.TimeoutExpired"),
]

WS_KEY = "-H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=='"

TOOLS = [
    # ================= missing_module =================
    sc("m_mm_make_perl_json_xs", "missing_module", "make report",
       "a make target runs a perl report script that uses JSON::XS (not installed); make's Error 2 ends the output",
       {"Makefile": "report:\n\t@echo building report\n\tperl scripts/report.pl > report.json\n",
        "scripts/report.pl": "use strict;\nuse warnings;\nuse JSON::XS;\n\nprint encode_json({ ok => 1 });\n"},
       {"module": "JSON::XS"}, "Can't locate", ecosystem="perl"),

    # ================= permission =================
    sc("m_perm_dash_set_e_state", "permission", "dash deploy.sh",
       "a dash deploy script (set -e) records its state by redirecting into a read-only file: 'cannot create ...: Permission denied'",
       {"deploy.sh": "#!/bin/sh\nset -e\necho 'deploy: syncing files'\nmkdir -p releases/42\necho 42 > state/current_release\necho 'deploy: done'\n",
        "state/current_release": "41\n"},
       {"path": "state/current_release"}, "Permission denied", modes={"state/current_release": 0o444}, drop_caps=True, shell="dash", tool="dash"),
    sc("m_perm_tar_archive_ro_dir", "permission", "bash backup.sh",
       "a backup script writes a tarball into a read-only backups folder: 'tar (child): ...: Cannot open: Permission denied'",
       {"backup.sh": "#!/bin/bash\nset -e\nstamp=2026-12-07\necho \"backing up site to backups/site-$stamp.tgz\"\ntar -czf \"backups/site-$stamp.tgz\" site\necho ok\n",
        "site/index.html": "<h1>hi</h1>\n"},
       {"path": "backups/site-2026-12-07.tgz"}, "Permission denied", dirs=["backups"], modes={"backups": 0o555}, drop_caps=True),
    sc("m_perm_find_unreadable_dir", "permission", "bash cleanup.sh",
       "a cleanup script's find walks into a folder with mode 000: 'find: ...: Permission denied', exit 1",
       {"cleanup.sh": "#!/bin/bash\nset -e\necho 'removing compressed logs older than 30 days'\nfind logs -name '*.gz' -mtime +30 -print -delete\necho 'cleanup finished'\n",
        "logs/app.log": "x\n", "logs/audit/2026-10.log.gz": "x\n"},
       {"path": "logs/audit"}, "Permission denied", modes={"logs/audit": 0o000}, drop_caps=True),

    # ================= syntax =================
    sc("m_syn_bash_sourced_lib", "syntax", "bash main.sh",
       "a bash script sources lib/common.sh, whose if misses its then: the syntax error names the sourced file and line",
       {"main.sh": "#!/bin/bash\nset -e\necho 'loading helpers'\nsource lib/common.sh\ncheck_env\necho 'ready'\n",
        "lib/common.sh": "#!/bin/bash\nlog() {\n  echo \"[app] $*\"\n}\n\ncheck_env() {\n  if [ -z \"$APP_ENV\" ]\n    log 'APP_ENV not set'\n  fi\n}\n"},
       {"file": "lib/common.sh", "line": 9}, "syntax error near unexpected token"),
    sc("m_syn_dash_function_keyword", "syntax", "dash deploy.sh",
       "a script with a bash-only 'function name()' definition is run by dash: 'Syntax error: \"(\" unexpected'",
       {"deploy.sh": "#!/bin/sh\nset -e\nfunction cleanup() {\n  rm -rf tmp/build\n}\ncleanup\necho deployed\n"},
       {"file": "deploy.sh", "line": 3}, "Syntax error", shell="dash", tool="dash"),
    sc("m_syn_perl_unclosed_paren", "syntax", "perl scripts/rotate.pl logs",
       "a perl log rotator has an unclosed parenthesis: 'syntax error at scripts/rotate.pl line 5'",
       {"scripts/rotate.pl": "use strict;\nuse warnings;\nmy $dir = shift;\nopendir(my $dh, $dir) or die \"cannot open $dir: $!\";\nmy @files = grep { /\\.log$/ } readdir($dh;\nprint \"$_\\n\" for @files;\n",
        "logs/a.log": "x\n"},
       {"file": "scripts/rotate.pl", "line": 5}, "syntax error"),
    sc("m_syn_make_gcc_paren", "syntax", "make",
       "make compiles two C files; one has an unbalanced parenthesis (gcc error: expected ')'), then make's Error 1",
       {"Makefile": "app: build/main.o build/parse.o\n\tgcc -o $@ $^\n\nbuild/%.o: src/%.c\n\tmkdir -p build\n\tgcc -Wall -c -o $@ $<\n",
        "src/main.c": "int parse(const char *s);\nint main(void) { return parse(\"3\"); }\n",
        "src/parse.c": "#include <stdlib.h>\n\nint parse(const char *s) {\n    int base = 10;\n    int v = (int)(strtol(s, NULL, base);\n    return v;\n}\n"},
       {"file": "src/parse.c", "line": 5}, "error", ecosystem="c"),

    # ================= connection =================
    sc("m_conn_bash_curl_retry", "connection", "bash smoke.sh",
       "a smoke test (set -e) waits for the API with curl --retry-connrefused; every retry is refused (curl: (7))",
       {"smoke.sh": "#!/bin/bash\nset -e\nAPI=http://127.0.0.1:{{api}}\necho \"waiting for $API\"\ncurl -sS --retry 2 --retry-delay 0 --retry-connrefused \"$API/health\"\necho 'api healthy'\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/health"}, "curl: (7)", servers=CLOSED),
    sc("m_conn_make_wget_quiet", "connection", "make fetch",
       "a make target downloads with wget -q, which prints nothing; only make's echoed recipe (the URL) and 'Error 4' remain",
       {"Makefile": "fetch:\n\tmkdir -p data\n\twget -q -O data/rates.csv http://127.0.0.1:{{api}}/export/rates.csv\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/export/rates.csv"}, "Error 4", servers=CLOSED),
    sc("m_conn_psql_migrate_script", "connection", "bash migrate.sh",
       "a migration script runs psql against a database port where nothing listens (connection to server ... failed)",
       {"migrate.sh": "#!/bin/bash\nset -e\necho '== applying migrations'\nfor f in migrations/*.sql; do\n  echo \"-> $f\"\n"
        "  psql -h 127.0.0.1 -p {{api}} -U app -d app -v ON_ERROR_STOP=1 -f \"$f\"\ndone\n",
        "migrations/001_init.sql": "create table t (id int);\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "psql: error", servers=CLOSED),
    sc("m_conn_git_fetch_remote", "connection", "git fetch origin",
       "git fetch from an http remote configured earlier (not in the argv) whose server is down",
       {}, {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/team/app.git"}, "fatal: unable to access",
       servers=CLOSED, setup=["git init -q . && git remote add origin http://127.0.0.1:{{api}}/team/app.git"]),
    sc("m_conn_bash_curl_timeout_json", "connection", "bash health.sh",
       "a health script prints a JSON status line; curl's timeout (28, 0 bytes from a silent service) is in its 'error' field",
       {"health.sh": "#!/bin/bash\nURL=http://127.0.0.1:{{api}}/ready\nif ! out=$(curl -sS -m 1 \"$URL\" 2>&1); then\n"
        "  printf '{\"check\":\"api\",\"status\":\"down\",\"url\":\"%s\",\"error\":\"%s\"}\\n' \"$URL\" \"$out\"\n  exit 1\nfi\necho '{\"check\":\"api\",\"status\":\"up\"}'\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/ready"}, "curl: (28)", servers={"api": ("silent",)}),

    # ================= file_not_found =================
    sc("m_fnf_tar_missing_member", "file_not_found", "bash backup.sh",
       "a backup script archives data and uploads; uploads does not exist: 'tar: uploads: Cannot stat', then tar's trailer",
       {"backup.sh": "#!/bin/bash\necho 'archiving data and uploads'\ntar -czf backup.tgz data uploads\nrc=$?\necho \"tar exit $rc\"\nexit $rc\n",
        "data/a.csv": "a\n"},
       {"path": "uploads"}, "Cannot stat"),
    sc("m_fnf_make_no_rule", "file_not_found", "make",
       "make needs a header listed as a prerequisite that does not exist: 'No rule to make target ..., needed by ...'",
       {"Makefile": "build/main.o: src/main.c src/version.h\n\tmkdir -p build\n\tgcc -c -o $@ $<\n", "src/main.c": "int main(void) { return 0; }\n"},
       {"path": "src/version.h"}, "No rule to make target"),

    # ================= json_format =================
    sc("m_json_jq_release_script", "json_format", "bash release.sh meta/release.json",
       "a release script reads the version with jq from the file in its argument; jq's parse error names line and column only",
       {"release.sh": "#!/bin/bash\nset -e\necho \"bumping version from $1\"\nversion=$(jq -r .version \"$1\")\necho \"current: $version\"\n",
        "meta/release.json": "{\n  \"name\": \"app\",\n  \"version\": \"1.2.0\"\n  \"channel\": \"stable\"\n}\n"},
       {"json_file": "meta/release.json", "line": 4}, "parse error"),
    sc("m_json_make_json_tool", "json_format", "make lint-json",
       "a make target validates a routes file with python3 -m json.tool; the decode error has no file name, make's echo has it",
       {"Makefile": "lint-json:\n\tpython3 -m json.tool conf/routes.json > /dev/null\n\t@echo json ok\n",
        "conf/routes.json": "{\n  \"routes\": [\n    {\"path\": \"/\", \"to\": \"home\"},\n    {\"path\": \"/api\", \"to\": \"api\"}\n  ]\n  \"fallback\": \"404\"\n}\n"},
       {"json_file": "conf/routes.json", "line": 6}, "Expecting"),
    sc("m_json_perl_json_pp", "json_format", "perl load.pl conf/limits.json",
       "a perl loader decodes a config with JSON::PP: \"',' or '}' expected while parsing object/hash, at character offset ...\"",
       {"load.pl": "use strict;\nuse warnings;\nuse JSON::PP;\n\nmy $file = shift;\nopen(my $fh, '<', $file) or die \"cannot open $file: $!\";\nmy $cfg = decode_json(do { local $/; <$fh> });\nprint $cfg->{max}, \"\\n\";\n",
        "conf/limits.json": "{\n  \"max\": 10\n  \"min\": 1\n}\n"},
       {"json_file": "conf/limits.json"}, "expected while parsing"),

    # ================= import_error =================
    sc("m_imp_perl_not_exported", "import_error", "perl tool.pl",
       "a perl tool imports a function List::Util does not export: '\"maxstr_by\" is not exported by the List::Util module'",
       {"tool.pl": "use strict;\nuse warnings;\nuse List::Util qw(sum0 maxstr_by);\n\nprint sum0(1, 2), \"\\n\";\n"},
       {"name": "maxstr_by", "from_module": "List::Util"}, "is not exported"),

    # ================= websocket =================
    sc("m_ws_bash_curl_upgrade_403", "websocket", "bash ws-smoke.sh",
       "a smoke script probes a WebSocket endpoint with curl -f and Upgrade headers; the handshake is refused with 403 (curl: (22))",
       {"ws-smoke.sh": "#!/bin/bash\nset -e\nWS=http://127.0.0.1:{{ws}}/socket\necho \"probing websocket endpoint $WS\"\ncurl -sS -f -o /dev/null --http1.1 -H 'Connection: Upgrade' -H 'Upgrade: websocket' "
        + WS_KEY + " \"$WS\"\necho 'websocket ok'\n"},
       {"url": "http://127.0.0.1:{{ws}}/socket", "http_status": 403}, "curl: (22)", servers={"ws": ("http", 403, "forbidden\n")}),
    sc("m_ws_wscat_refused", "websocket", "wscat -c ws://127.0.0.1:{{api}}/events",
       "wscat connects to a WebSocket server that is down (error: connect ECONNREFUSED)",
       {}, {"url": "ws://127.0.0.1:{{api}}/events", "host": "127.0.0.1", "port": "{{api}}"}, "ECONNREFUSED", servers=CLOSED,
       requires=["bin:wscat"], ecosystem="node", env={"NODE_PATH": "/usr/share/nodejs"}),

    # ================= negatives =================
    sc("m_neg_make_ignored_rm", "negative", "make clean all",
       "make clean's '-rm' fails on missing objects and is marked ignored; the build then succeeds, exit 0",
       {"Makefile": "clean:\n\t-rm build/*.o\n\nall:\n\tmkdir -p build\n\tgcc -c -o build/main.o src/main.c\n", "src/main.c": "int main(void) { return 0; }\n"},
       {}, "", exit=0),
    sc("m_neg_git_merge_conflict_json", "negative", "git merge feature",
       "a git merge stops on a content conflict in a JSON config (CONFLICT ... Merge conflict in config/app.json), exit 1",
       {}, {}, "",
       setup=["git init -q -b main . && mkdir -p config && printf '{\"port\": 8080}\\n' > config/app.json && git add . && git commit -qm init",
              "git checkout -qb feature && printf '{\"port\": 9090}\\n' > config/app.json && git commit -qam feature",
              "git checkout -q main && printf '{\"port\": 7070}\\n' > config/app.json && git commit -qam main"]),
    sc("m_neg_grep_log_archive", "negative", "grep -h 'Connection refused' logs/2026-11-*.log",
       "an operator searches last month's logs for refusals; grep prints the old lines, exit 0",
       {"logs/2026-11-02.log": "2026-11-02 03:10:01 ERROR db: connection to 127.0.0.1:5432 failed: Connection refused\n2026-11-02 03:10:05 INFO db: reconnected\n",
        "logs/2026-11-19.log": "2026-11-19 12:00:00 WARN cache: redis 127.0.0.1:6379: Connection refused (retrying)\n"},
       {}, "", exit=0, tool="grep"),
    sc("m_neg_sqlite_unique", "negative", "sqlite3 app.db \"INSERT INTO users(email) VALUES ('a@example.com');\"",
       "an insert violates a UNIQUE constraint in a working database (Runtime error: UNIQUE constraint failed)",
       {}, {}, "", setup=["sqlite3 app.db \"CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT UNIQUE); INSERT INTO users(email) VALUES ('a@example.com');\""]),
    sc("m_neg_gcc_warning_exit0", "negative", "gcc -Wall -Wextra -c -o util.o util.c",
       "gcc warns about an unused variable and an unused parameter and compiles; exit 0",
       {"util.c": "int scale(int x, int unused) {\n    int tmp = 3;\n    return x * 2;\n}\n"},
       {}, "", exit=0, ecosystem="c"),
    sc("m_neg_curl_http_500", "negative", "curl -fsS http://127.0.0.1:{{api}}/reports/daily",
       "curl -f gets HTTP 500 from a live server (curl: (22) The requested URL returned error: 500)",
       {}, {}, "", servers={"api": ("http", 500, "boom\n")}),
    sc("m_neg_perl_business_die", "negative", "perl ledger.pl -5",
       "a perl ledger dies with its own validation message ('refusing to book: amount -5 is negative')",
       {"ledger.pl": "use strict;\nuse warnings;\nmy $amount = shift;\ndie \"refusing to book: amount $amount is negative\\n\" if $amount < 0;\nprint \"booked $amount\\n\";\n"},
       {}, ""),
    sc("m_neg_bash_required_var", "negative", "bash publish.sh",
       "a publish script (set -u) stops on an unset required variable: 'RELEASE_TAG: unbound variable'",
       {"publish.sh": "#!/bin/bash\nset -eu\necho 'publishing'\necho \"tag: $RELEASE_TAG\"\n"},
       {}, ""),
]

NODE = [
    # ================= missing_module =================
    sc("m_mm_node_execfile_child_chalk", "missing_module", "node build.js",
       "a build script runs a banner generator with execFileSync (stdio piped); the thrown 'Command failed' error carries "
       "the child's stderr with Cannot find module 'chalk'",
       {"build.js": "const { execFileSync } = require('child_process');\nconsole.log('build: generating banner');\ntry {\n"
        "  execFileSync(process.execPath, ['scripts/banner.js'], { encoding: 'utf8', stdio: 'pipe' });\n} catch (e) {\n"
        "  console.error(`build failed: ${e.message}`);\n  process.exit(1);\n}\n",
        "scripts/banner.js": "const chalk = require('chalk');\nconsole.log(chalk.green('v1.0'));\n"},
       {"module": "chalk"}, "Error: Cannot find module"),
    sc("m_mm_node_json_log_nodemailer", "missing_module", "node notifier.js",
       "a notifier catches a failed require and writes a pino-style JSON log line whose err.message names nodemailer",
       {"notifier.js": "function log(level, msg, extra) {\n  console.log(JSON.stringify({ level, time: 1765100000000, pid: process.pid, msg, ...extra }));\n}\n"
        "let mailer;\ntry {\n  mailer = require('./lib/mailer');\n} catch (err) {\n  log(50, 'mail transport unavailable', { err: { type: err.name, message: err.message, code: err.code } });\n  process.exit(1);\n}\n",
        "lib/mailer.js": "const nodemailer = require('nodemailer');\nmodule.exports = nodemailer.createTransport({});\n"},
       {"module": "nodemailer"}, "Error: Cannot find module"),
    sc("m_mm_node_esm_dynamic_sharp", "missing_module", "node thumbs.mjs uploads",
       "an ESM thumbnailer loads sharp with a dynamic import() in try/catch and prints code and message after its own words",
       {"thumbs.mjs": "let sharp;\ntry {\n  sharp = (await import('sharp')).default;\n} catch (e) {\n  console.error(`thumbnails disabled: ${e.code}: ${e.message}`);\n  process.exit(1);\n}\n",
        "uploads/a.png": "x"},
       {"module": "sharp"}, "ERR_MODULE_NOT_FOUND"),

    # ================= permission =================
    sc("m_perm_node_json_log_append", "permission", "node audit.js",
       "an audit logger appends to a read-only file; the EACCES message is inside a JSON log line's 'err' field",
       {"audit.js": "const fs = require('fs');\ntry {\n  fs.appendFileSync('logs/audit.log', 'login ok\\n');\n} catch (e) {\n"
        "  console.error(JSON.stringify({ level: 'error', msg: 'audit write failed', err: e.message }));\n  process.exit(1);\n}\n",
        "logs/audit.log": ""},
       {"path": "logs/audit.log"}, "EACCES", modes={"logs/audit.log": 0o444}, drop_caps=True),
    sc("m_perm_node_npm_build_mkdir", "permission", "npm run build",
       "npm run build creates build/assets inside a read-only build folder (fs.mkdirSync recursive, EACCES) under npm's wrapper",
       {"package.json": pkg({"build": "node tools/build.js"}),
        "tools/build.js": "const fs = require('fs');\nconsole.log('copying assets');\nfs.mkdirSync('build/assets/img', { recursive: true });\nfs.writeFileSync('build/assets/img/logo.svg', '<svg/>');\n"},
       {"path": "build/assets"}, "Error: EACCES", dirs=["build"], modes={"build": 0o555}, drop_caps=True, tool="npm", ecosystem="node"),

    # ================= syntax =================
    sc("m_syn_node_test_runner_required", "syntax", "node --test test/",
       "node's test runner runs a CJS test that requires a parser module with a syntax error; the runner's report holds "
       "the file and line",
       {"test/parse.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst { parse } = require('../src/parse');\n\n"
        "test('parses numbers', () => assert.strictEqual(parse('4'), 4));\n",
        "src/parse.js": "function parse(s) {\n  const n = Number(s);\n  if (Number.isNaN(n) {\n    throw new Error('not a number');\n  }\n  return n;\n}\nmodule.exports = { parse };\n"},
       {"file": "src/parse.js", "line": 3}, "SyntaxError"),
    sc("m_syn_node_exec_child_config", "syntax", "node launcher.js",
       "a launcher runs the app with exec and prints the child's stderr after its own words; the app's config has a stray token",
       {"launcher.js": "const { exec } = require('child_process');\nexec(`${process.execPath} app.js`, (err, stdout, stderr) => {\n  if (err) {\n"
        "    console.error('app exited with code ' + err.code + '; its stderr follows');\n    console.error(stderr);\n    process.exit(1);\n  }\n  console.log(stdout);\n});\n",
        "app.js": "const cfg = require('./config/app.config.js');\nconsole.log(cfg.port);\n",
        "config/app.config.js": "module.exports = {\n  port: 8080,\n  host: '0.0.0.0',,\n};\n"},
       {"file": "config/app.config.js", "line": 3}, "SyntaxError"),

    # ================= connection =================
    sc("m_conn_node_fetch_json_log", "connection", "node sync.mjs http://127.0.0.1:{{api}}/api/v1/orders",
       "an ESM sync job logs a JSON line whose 'error' is only 'fetch failed' and whose 'cause' holds ECONNREFUSED; the URL is in the argv",
       {"sync.mjs": "const url = process.argv[2];\ntry {\n  const res = await fetch(url);\n  console.log(res.status);\n} catch (err) {\n"
        "  console.error(JSON.stringify({ level: 'error', msg: 'sync failed', error: err.message, cause: err.cause?.code }));\n  process.exit(1);\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/api/v1/orders"}, "TypeError: fetch failed", servers=CLOSED),
    sc("m_conn_node_http_timeout", "connection", "node status.js",
       "an http.get with a 500 ms timeout to a service that never answers; the program destroys the request and prints its own message",
       {"status.js": "const http = require('http');\nconst url = 'http://127.0.0.1:{{api}}/status';\nconst req = http.get(url, { timeout: 500 }, (r) => console.log(r.statusCode));\n"
        "req.on('timeout', () => req.destroy(new Error(`upstream ${url} did not answer within 500 ms`)));\nreq.on('error', (e) => {\n  console.error('status check failed:', e.message);\n  process.exit(1);\n});\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/status"}, "Error", servers={"api": ("silent",)}),

    # ================= file_not_found =================
    sc("m_fnf_node_unhandled_rejection", "file_not_found", "node mail-preview.js",
       "an unhandled promise rejection from fs.promises.readFile of a missing template (printed as [Error: ENOENT ...] { path: ... })",
       {"mail-preview.js": "const fsp = require('fs/promises');\nasync function render(name) {\n  const tpl = await fsp.readFile(`templates/email/${name}.hbs`, 'utf8');\n  return tpl.replace('{{name}}', 'Ann');\n}\n"
        "render('welcome').then(console.log);\n"},
       {"path": "templates/email/welcome.hbs"}, "Error: ENOENT", dirs=["templates/email"]),
    sc("m_fnf_node_spawn_vendor_bin", "file_not_found", "node docs.js",
       "a docs builder spawns ./vendor/bin/pandoc, which does not exist; the error event is logged after the program's own words",
       {"docs.js": "const { spawn } = require('child_process');\nconst p = spawn('./vendor/bin/pandoc', ['README.md', '-o', 'out.html']);\n"
        "p.on('error', (e) => {\n  console.error(`docs: converter could not start (${e.code}): ${e.message}`);\n  process.exit(1);\n});\n"},
       {"path": "vendor/bin/pandoc"}, "Error: spawn", dirs=["vendor"]),

    # ================= json_format =================
    sc("m_json_node_parse_argv_only", "json_format", "node import-feeds.js data/feeds.json",
       "JSON.parse of a file named only in the argv (single-quoted keys): the SyntaxError gives a position, not the file",
       {"import-feeds.js": "const fs = require('fs');\nconst feeds = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));\nconsole.log(feeds.length);\n",
        "data/feeds.json": "[\n  {'name': 'news', 'url': 'http://example.com/rss'}\n]\n"},
       {"json_file": "data/feeds.json"}, "SyntaxError"),
    sc("m_json_node_require_json_npm", "json_format", "npm start",
       "npm start runs a server that requires config/db.json with a trailing comma; Node names the file before the message",
       {"package.json": pkg({"start": "node server.js"}),
        "server.js": "const db = require('./config/db.json');\nconsole.log('db at', db.host);\n",
        "config/db.json": "{\n  \"host\": \"localhost\",\n  \"port\": 5432,\n}\n"},
       {"json_file": "config/db.json"}, "SyntaxError", tool="npm", ecosystem="node"),

    # ================= import_error =================
    sc("m_imp_node_named_from_cjs", "import_error", "node report.mjs",
       "an ESM report imports a named export from a CommonJS module that exports a single function (Named export 'parse' not found)",
       {"report.mjs": "import { parse } from './lib/csv.cjs';\nconsole.log(parse('a,b'));\n",
        "lib/csv.cjs": "module.exports = function parseCsv(s) {\n  return s.split(',');\n};\n"},
       {"name": "parse", "from_module": "./lib/csv.cjs"}, "SyntaxError"),
    sc("m_imp_node_default_child", "import_error", "node run-job.js",
       "a runner forks an ESM job that default-imports a module without a default export; the child's stderr is printed after the runner's words",
       {"run-job.js": "const { execFile } = require('child_process');\nexecFile(process.execPath, ['jobs/cleanup.mjs'], (err, out, errOut) => {\n  if (err) {\n"
        "    console.error(`job cleanup failed (exit ${err.code})`);\n    console.error(errOut.trim());\n    process.exit(1);\n  }\n});\n",
        "jobs/cleanup.mjs": "import settings from './settings.mjs';\nconsole.log(settings.retentionDays);\n",
        "jobs/settings.mjs": "export const retentionDays = 30;\n"},
       {"name": "default", "from_module": "./settings.mjs"}, "SyntaxError"),

    # ================= websocket =================
    sc("m_ws_node_close_1013_json_log", "websocket", "node feed.js",
       "a ws client logs a JSON line when the server closes with 1013 (try again later) and exits 1",
       {"feed.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/feed';\nconst ws = new WebSocket(url);\n"
        "ws.on('close', (code, reason) => {\n  console.error(JSON.stringify({ level: 'error', event: 'ws_closed', url, code, reason: String(reason) }));\n  process.exit(code === 1000 ? 0 : 1);\n});\n"},
       {"close_code": 1013, "url": "ws://127.0.0.1:{{ws}}/feed"}, "", servers={"ws": ("ws", "close", 1013, "try again later")}, setup=WS_LINK, requires=WS_REQ),
    sc("m_ws_node_401_retry_giveup", "websocket", "node notify-client.js",
       "a ws client retries a handshake rejected with 401 three times, logging each attempt, then gives up",
       {"notify-client.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/notify';\nlet n = 0;\nfunction connect() {\n  n++;\n"
        "  const ws = new WebSocket(url);\n  ws.on('open', () => console.log('connected'));\n  ws.on('error', (e) => {\n    console.warn(`attempt ${n}/3: ${e.message}`);\n"
        "    if (n < 3) return setTimeout(connect, 100);\n    console.error(`notifications unavailable (${url}), giving up`);\n    process.exit(1);\n  });\n}\nconnect();\n"},
       {"url": "ws://127.0.0.1:{{ws}}/notify", "http_status": 401}, "Error: Unexpected server response: 401",
       servers={"ws": ("http", 401, "unauthorized\n")}, setup=WS_LINK, requires=WS_REQ),

    # ================= negatives =================
    sc("m_neg_node_test_skip_pass", "negative", "node --test test/",
       "node --test: all tests pass, one is skipped with a reason that mentions ECONNREFUSED handling; exit 0",
       {"test/net.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n\n"
        "test('retries on ECONNREFUSED', { skip: 'needs a live broker: Error: connect ECONNREFUSED 127.0.0.1:5672' }, () => {});\n"
        "test('parses host:port', () => assert.deepStrictEqual('a:1'.split(':'), ['a', '1']));\n"},
       {}, "", exit=0),
    sc("m_neg_node_optional_json_ignored", "negative", "node server.js",
       "a server ignores a broken optional local override file with a warning quoting JSON.parse's error, starts with the defaults; exit 0",
       {"server.js": "const fs = require('fs');\nlet cfg = { port: 8080 };\ntry {\n  Object.assign(cfg, JSON.parse(fs.readFileSync('config.local.json', 'utf8')));\n} catch (e) {\n"
        "  console.warn(`warning: ignoring config.local.json (${e.message}); using defaults`);\n}\nconsole.log(`listening on ${cfg.port} (dry start, exiting)`);\n",
        "config.local.json": "{\"port\": 9090,}\n"},
       {}, "", exit=0),
    sc("m_neg_node_ws_normal_close", "negative", "node once.js",
       "a ws client receives a normal close (1000, done) and exits 0, printing the close code",
       {"once.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/once');\nws.on('close', (code, reason) => {\n"
        "  console.log(`closed ${code} ${reason}`);\n  process.exit(code === 1000 ? 0 : 1);\n});\n"},
       {}, "", servers={"ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("m_neg_node_npm_lint_errors", "negative", "npm run lint",
       "npm run lint: a lint script reports style errors ('2 problems (2 errors)') and exits 1 under npm's wrapper",
       {"package.json": pkg({"lint": "node tools/lint.js src"}),
        "tools/lint.js": "console.log('src/app.js');\nconsole.log('  3:7  error  \\'unused\\' is assigned a value but never used  no-unused-vars');\n"
        "console.log('  9:1  error  Expected indentation of 2 spaces  indent');\nconsole.log('\\n2 problems (2 errors, 0 warnings)');\nprocess.exit(1);\n"},
       {}, "", tool="npm", ecosystem="node"),
    sc("m_neg_node_help_errors", "negative", "node cli.js --help",
       "a CLI's help lists error codes and what to do (ENOENT, EACCES, ECONNREFUSED); exit 0",
       {"cli.js": "console.log(`usage: cli <command>\n\nerrors:\n  ENOENT: no such file or directory, open 'cli.json'   run: cli init\n"
        "  EACCES: permission denied                              check the owner of ~/.cli\n  connect ECONNREFUSED 127.0.0.1:7700                    start the daemon\n`);\n"},
       {}, "", exit=0),
]

JAVA_WS_CLIENT = ("import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.WebSocket;\nimport java.net.http.WebSocketHandshakeException;\n"
                  "import java.util.concurrent.CompletionException;\n\npublic class LiveClient {\n    public static void main(String[] args) {\n"
                  "        WebSocket.Listener listener = new WebSocket.Listener() {};\n        try {\n"
                  "            HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(args[0]), listener).join();\n"
                  "            System.out.println(\"live updates connected\");\n        } catch (CompletionException e) {\n"
                  "            if (e.getCause() instanceof WebSocketHandshakeException h) {\n"
                  "                System.err.println(\"live updates: handshake rejected with HTTP \" + h.getResponse().statusCode());\n            }\n"
                  "            throw e;\n        }\n    }\n}\n")

JAVA = [
    # ================= missing_module =================
    sc("m_mm_java_jdbc_driver", "missing_module", "java -cp out com.acme.report.Main",
       "a report app loads the PostgreSQL JDBC driver with Class.forName; the driver jar is not on the class path, "
       "the app wraps the ClassNotFoundException ('Caused by:')",
       {"src/com/acme/report/Main.java": "package com.acme.report;\n\npublic class Main {\n    public static void main(String[] args) {\n        try {\n"
        "            Class.forName(\"org.postgresql.Driver\");\n        } catch (ClassNotFoundException e) {\n"
        "            throw new IllegalStateException(\"no JDBC driver for jdbc:postgresql URLs\", e);\n        }\n    }\n}\n"},
       {"module": "org.postgresql.Driver"}, "java.lang.ClassNotFoundException", setup=["javac -d out src/com/acme/report/Main.java"]),
    sc("m_mm_java_noclassdef_gson", "missing_module", "java -cp out com.acme.Export",
       "an export app compiled against gson runs without gson's jar on the class path: NoClassDefFoundError com/google/gson/Gson, "
       "'Caused by: ClassNotFoundException'",
       {"stub/com/google/gson/Gson.java": "package com.google.gson;\n\npublic class Gson {\n    public String toJson(Object o) { return String.valueOf(o); }\n}\n",
        "src/com/acme/Export.java": "package com.acme;\n\nimport com.google.gson.Gson;\n\npublic class Export {\n    public static void main(String[] args) {\n"
        "        System.out.println(\"exporting 3 records\");\n        System.out.println(new Gson().toJson(java.util.List.of(1, 2, 3)));\n    }\n}\n"},
       {"module": "com.google.gson.Gson"}, "java.lang.NoClassDefFoundError",
       setup=["javac -d stubout stub/com/google/gson/Gson.java && javac -cp stubout -d out src/com/acme/Export.java && rm -rf stubout stub"]),

    # ================= permission =================
    sc("m_perm_java_nio_access_denied", "permission", "java Report.java",
       "a single-file Java program writes its report with Files.writeString into a read-only folder (AccessDeniedException)",
       {"Report.java": "import java.nio.file.Files;\nimport java.nio.file.Path;\n\npublic class Report {\n    public static void main(String[] args) throws Exception {\n"
        "        System.out.println(\"writing report\");\n        Files.writeString(Path.of(\"out/report.txt\"), \"total=42\\n\");\n    }\n}\n"},
       {"path": "out/report.txt"}, "java.nio.file.AccessDeniedException", dirs=["out"], modes={"out": 0o555}, drop_caps=True),
    sc("m_perm_java_jar_fos_log", "permission", "java -jar app.jar",
       "a java -jar app opens its log file with FileOutputStream; the file is read-only, so Java says FileNotFoundException "
       "'logs/app.log (Permission denied)'",
       {"src/App.java": "import java.io.FileOutputStream;\nimport java.io.IOException;\n\npublic class App {\n    public static void main(String[] args) throws IOException {\n"
        "        try (FileOutputStream log = new FileOutputStream(\"logs/app.log\", true)) {\n            log.write(\"started\\n\".getBytes());\n        }\n    }\n}\n",
        "logs/app.log": ""},
       {"path": "logs/app.log"}, "java.io.FileNotFoundException", modes={"logs/app.log": 0o444}, drop_caps=True,
       setup=["javac -d classes src/App.java && jar --create --file app.jar --main-class App -C classes . && rm -rf classes src"]),

    # ================= syntax =================
    sc("m_syn_javac_build_script", "syntax", "bash build.sh",
       "a build script compiles all sources with javac; one class misses a semicolon (file:line: error: ';' expected)",
       {"build.sh": "#!/bin/bash\nset -e\necho 'compiling'\nmkdir -p out\njavac -d out $(find src -name '*.java')\necho 'build ok'\n",
        "src/com/acme/billing/Invoice.java": "package com.acme.billing;\n\npublic class Invoice {\n    private final long cents;\n\n    public Invoice(long cents) {\n        this.cents = cents\n    }\n}\n",
        "src/com/acme/billing/Main.java": "package com.acme.billing;\n\npublic class Main {\n    public static void main(String[] a) { new Invoice(5); }\n}\n"},
       {"file": "src/com/acme/billing/Invoice.java", "line": 7}, "error", ecosystem="java"),

    # ================= connection =================
    sc("m_conn_java_httpclient_wrapped", "connection", "java -cp out com.acme.sync.InventorySync --endpoint http://127.0.0.1:{{api}}/inventory",
       "a sync app's HttpClient.send is refused; the app wraps the ConnectException in its own exception ('Caused by:'); the URL is in the argv",
       {"src/com/acme/sync/InventorySync.java": "package com.acme.sync;\n\nimport java.io.IOException;\nimport java.net.URI;\nimport java.net.http.HttpClient;\n"
        "import java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\npublic class InventorySync {\n    public static void main(String[] args) throws Exception {\n"
        "        HttpRequest req = HttpRequest.newBuilder(URI.create(args[1])).build();\n        try {\n"
        "            HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());\n        } catch (IOException e) {\n"
        "            throw new IllegalStateException(\"inventory sync failed\", e);\n        }\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/inventory"}, "java.net.ConnectException",
       servers=CLOSED, setup=["javac -d out src/com/acme/sync/InventorySync.java"]),
    sc("m_conn_java_jul_severe", "connection", "java Pool.java",
       "a pool opens a socket to the database; java.util.logging's SEVERE line names the address, the stack follows",
       {"Pool.java": "import java.net.Socket;\nimport java.util.logging.Level;\nimport java.util.logging.Logger;\n\npublic class Pool {\n"
        "    public static void main(String[] args) {\n        Logger log = Logger.getLogger(\"com.acme.db.Pool\");\n        try (Socket s = new Socket(\"127.0.0.1\", {{api}})) {\n"
        "            log.info(\"pool ready\");\n        } catch (Exception e) {\n            log.log(Level.SEVERE, \"cannot open connection pool to 127.0.0.1:{{api}}\", e);\n"
        "            System.exit(1);\n        }\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED),

    # ================= file_not_found =================
    sc("m_fnf_java_unchecked_caused_by", "file_not_found", "java -cp out com.acme.Server",
       "a server wraps the FileNotFoundException of its properties file in an UncheckedIOException; the path is in 'Caused by:'",
       {"src/com/acme/Server.java": "package com.acme;\n\nimport java.io.FileInputStream;\nimport java.io.IOException;\nimport java.io.UncheckedIOException;\nimport java.util.Properties;\n\n"
        "public class Server {\n    static Properties load() {\n        Properties p = new Properties();\n        try (FileInputStream in = new FileInputStream(\"conf/server.properties\")) {\n"
        "            p.load(in);\n        } catch (IOException e) {\n            throw new UncheckedIOException(\"could not load configuration\", e);\n        }\n        return p;\n    }\n\n"
        "    public static void main(String[] args) {\n        System.out.println(\"port \" + load().getProperty(\"port\"));\n    }\n}\n"},
       {"path": "conf/server.properties"}, "java.io.FileNotFoundException", dirs=["conf"], setup=["javac -d out src/com/acme/Server.java"]),
    sc("m_fnf_java_nio_caught", "file_not_found", "java Import.java data/customers.csv",
       "an importer catches the exception of Files.readAllLines and prints 'import failed: ' + e (NoSuchFileException: path)",
       {"Import.java": "import java.nio.file.Files;\nimport java.nio.file.Path;\n\npublic class Import {\n    public static void main(String[] args) {\n        try {\n"
        "            System.out.println(Files.readAllLines(Path.of(args[0])).size() + \" rows\");\n        } catch (Exception e) {\n"
        "            System.err.println(\"import failed: \" + e);\n            System.exit(2);\n        }\n    }\n}\n"},
       {"path": "data/customers.csv"}, "java.nio.file.NoSuchFileException", dirs=["data"]),

    # ================= websocket =================
    sc("m_ws_java_handshake_403", "websocket", "java LiveClient.java ws://127.0.0.1:{{ws}}/live",
       "java.net.http's WebSocket handshake is rejected with HTTP 403: the program prints the status, then the CompletionException "
       "with 'Caused by: java.net.http.WebSocketHandshakeException'",
       {"LiveClient.java": JAVA_WS_CLIENT},
       {"url": "ws://127.0.0.1:{{ws}}/live", "http_status": 403}, "java.net.http.WebSocketHandshakeException",
       servers={"ws": ("http", 403, "forbidden\n")}),
    sc("m_ws_java_refused", "websocket", "java LiveClient.java ws://127.0.0.1:{{api}}/live",
       "java.net.http's WebSocket to a server that is down: CompletionException caused by java.net.ConnectException",
       {"LiveClient.java": JAVA_WS_CLIENT},
       {"url": "ws://127.0.0.1:{{api}}/live", "host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED),

    # ================= negatives =================
    sc("m_neg_java_npe", "negative", "java Greeter.java",
       "a NullPointerException in the app's own code (helpful NPE message)",
       {"Greeter.java": "import java.util.Map;\n\npublic class Greeter {\n    public static void main(String[] args) {\n        Map<String, String> names = Map.of(\"ann\", \"Ann\");\n"
        "        String n = names.get(\"bob\");\n        System.out.println(\"hello \" + n.trim());\n    }\n}\n"},
       {}, "java.lang.NullPointerException"),
    sc("m_neg_java_port_numberformat", "negative", "java Config.java",
       "a server reads server.port from its properties and fails to parse '80a' (NumberFormatException), a value error",
       {"Config.java": "import java.io.FileInputStream;\nimport java.util.Properties;\n\npublic class Config {\n    public static void main(String[] args) throws Exception {\n"
        "        Properties p = new Properties();\n        p.load(new FileInputStream(\"server.properties\"));\n        int port = Integer.parseInt(p.getProperty(\"server.port\"));\n"
        "        System.out.println(\"listening on \" + port);\n    }\n}\n",
        "server.properties": "server.port=80a\n"},
       {}, "java.lang.NumberFormatException"),
    sc("m_neg_java_replica_ok", "negative", "java Failover.java",
       "a client logs a WARNING with ConnectException for the primary, then reads from the replica (HTTP 200); exit 0",
       {"Failover.java": "import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\nimport java.util.logging.Logger;\n\n"
        "public class Failover {\n    public static void main(String[] args) throws Exception {\n        Logger log = Logger.getLogger(\"failover\");\n        HttpClient c = HttpClient.newHttpClient();\n"
        "        for (String u : new String[] {\"http://127.0.0.1:{{down}}/data\", \"http://127.0.0.1:{{api}}/data\"}) {\n            try {\n"
        "                HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofString());\n"
        "                System.out.println(\"got \" + r.statusCode() + \" from \" + u);\n                return;\n            } catch (java.io.IOException e) {\n"
        "                log.warning(\"primary unavailable (\" + e + \"), trying replica\");\n            }\n        }\n    }\n}\n"},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
]

SCENARIOS = PY + TOOLS + NODE + JAVA
