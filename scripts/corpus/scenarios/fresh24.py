"""A twenty-fourth fresh set (prefix fa_), written BLIND in session 15 as the next estimate of issue 14's outside corpora:
its author had read only the corpus README, capture.py, servers.py, common.py, fresh7.py and DESIGN.md sections 4 and 8,
never the rules, the parsers, the docs, another scenario file or a capture. Everyday situations an operator meets with
python3 (requests, httpx, aiohttp, websockets, websocket-client), node (CommonJS and ESM, fetch, http, ws, npm scripts),
bash/dash, java/javac, curl, wget, git, make, npm, psql, sqlite3, perl, gcc, tar, find, cp/mkdir: about half plain forms
(a script's traceback, a CLI's one error line, a tool's own message) and half hard ones (the cause early and followed by
cleanup output or a parent's wrapper, errors in logging and JSON log lines, child processes and CalledProcessError, test
runners, npm/make wrappers, set -e scripts with traps, details only in the argv or in the program's files), with
realistic negatives. Every label was written before any output existed. Split: fresh24_train / fresh24_holdout by a
fixed hash of the name (capture.py)."""
from scenarios.common import sc, pkg, WS_LINK, WS_REQ

CLOSED = {"api": ("closed",)}
PY = "/usr/bin/python3"
GIT_INIT = "git init -q . && git add -A && git commit -qm init"
PYTEST_INI = "[pytest]\npythonpath = .\n"


def D(s):
    """A file's text written at column 0 inside triple quotes (the first newline dropped)."""
    return s[1:] if s.startswith("\n") else s


SCENARIOS = [
    # ================= missing_module =================
    sc("fa_mm_py_report_tabulate", "missing_module", "python3 tools/weekly_report.py --week 49",
       "a weekly report script prints a table with tabulate, which is not installed",
       {"tools/weekly_report.py": D("""
import argparse
from tabulate import tabulate

ap = argparse.ArgumentParser()
ap.add_argument('--week', type=int)
a = ap.parse_args()
print(tabulate([[a.week, 120]], headers=['week', 'orders']))
""")},
       {"module": "tabulate"}, "ModuleNotFoundError"),
    sc("fa_mm_pytest_collect_freezegun", "missing_module", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: one test module imports freezegun (not installed): a collection error, the summary and 'Interrupted' come after it",
       {"tests/test_billing.py": D("""
import datetime

from freezegun import freeze_time


@freeze_time('2026-01-01')
def test_year():
    assert datetime.date.today().year == 2026
"""), "tests/test_misc.py": "def test_ok():\n    assert 1 + 1 == 2\n", "pytest.ini": PYTEST_INI},
       {"module": "freezegun"}, "ModuleNotFoundError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fa_mm_py_child_calledprocess_redis", "missing_module", "python3 deploy/run_steps.py",
       "a deploy runner runs steps as child pythons with check=True; the cache flush step imports redis (not installed); "
       "the parent's CalledProcessError traceback follows the child's",
       {"deploy/run_steps.py": D("""
import subprocess

steps = [['python3', 'deploy/check_env.py'], ['python3', 'deploy/flush_cache.py', '--db', '3']]
for argv in steps:
    print('==>', ' '.join(argv), flush=True)
    subprocess.run(argv, check=True)
print('all steps done')
"""), "deploy/check_env.py": "print('env ok')\n",
        "deploy/flush_cache.py": "import sys\n\nimport redis\n\nr = redis.Redis(db=int(sys.argv[2]))\nr.flushdb()\n"},
       {"module": "redis"}, "ModuleNotFoundError"),
    sc("fa_mm_py_logging_backend_celery", "missing_module", "python3 worker.py --backend tasks.celery_backend",
       "a worker loads the backend module named in its argv with importlib; the backend imports celery (not installed); "
       "the traceback is printed by logging.exception and a shutdown line follows",
       {"worker.py": D("""
import argparse
import importlib
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(asctime)s [%(levelname)s] %(name)s: %(message)s')
log = logging.getLogger('worker')
ap = argparse.ArgumentParser()
ap.add_argument('--backend')
args = ap.parse_args()
log.info('loading backend %s', args.backend)
try:
    backend = importlib.import_module(args.backend)
except ImportError:
    log.exception('could not load backend %s', args.backend)
    log.info('worker shutting down')
    sys.exit(3)
"""), "tasks/__init__.py": "", "tasks/celery_backend.py": "from celery import Celery\n\napp = Celery('tasks')\n"},
       {"module": "celery"}, "ModuleNotFoundError"),
    sc("fa_mm_node_express", "missing_module", "node server.js",
       "a node web server requires express, which was never installed (no node_modules)",
       {"server.js": "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\napp.listen(3000);\n"},
       {"module": "express"}, "Error: Cannot find module"),
    sc("fa_mm_npm_start_esm_pino", "missing_module", "npm start",
       "npm start runs an ESM service that imports pino (not installed): ERR_MODULE_NOT_FOUND inside npm's output",
       {"package.json": pkg({"start": "node src/index.js"}, esm=True, name="orders-api"),
        "src/index.js": "import pino from 'pino';\n\nconst log = pino();\nlog.info('orders-api started');\n"},
       {"module": "pino"}, "Error [ERR_MODULE_NOT_FOUND]", tool="npm", ecosystem="node"),
    sc("fa_mm_node_dynamic_reporter_argv", "missing_module", "node bin/test-report.mjs --reporter junit-xml-formatter results.json",
       "an ESM report tool imports the reporter package named in its argv with import(); it is not installed and the tool "
       "prints only the package name and the error code",
       {"bin/test-report.mjs": D("""
const args = process.argv.slice(2);
const name = args[args.indexOf('--reporter') + 1];
try {
  const mod = await import(name);
  console.log(mod.default(args.at(-1)));
} catch (err) {
  console.error(`test-report: could not load reporter "${name}": ${err.code}`);
  process.exit(2);
}
"""), "results.json": "{}\n"},
       {"module": "junit-xml-formatter"}, "ERR_MODULE_NOT_FOUND"),
    sc("fa_mm_perl_yaml_xs", "missing_module", "perl bin/sync_hosts.pl inventory/hosts.yml",
       "a perl inventory script uses YAML::XS, which is not installed",
       {"bin/sync_hosts.pl": D(r"""
use strict;
use warnings;
use YAML::XS qw(LoadFile);

my $inv = LoadFile($ARGV[0]);
print scalar(keys %$inv), " hosts\n";
"""), "inventory/hosts.yml": "web1: {ip: 10.0.0.5}\n"},
       {"module": "YAML::XS"}, "perl"),
    sc("fa_mm_javac_gson_build_sh", "missing_module", "bash build.sh",
       "a set -e build script runs javac with lib/gson.jar on the class path, but the jar was never downloaded: "
       "package com.google.gson does not exist",
       {"build.sh": "#!/bin/bash\nset -e\necho '>> compiling'\nmkdir -p out\njavac -d out -cp lib/gson.jar src/app/Export.java\necho '>> packaging'\njar cf app.jar -C out .\n",
        "src/app/Export.java": D("""
package app;

import com.google.gson.Gson;

public class Export {
    public static void main(String[] a) {
        System.out.println(new Gson().toJson(a));
    }
}
""")},
       {"module": "com.google.gson"}, "javac", tool="bash", ecosystem="java"),
    sc("fa_mm_dash_render_marshmallow", "missing_module", "sh scripts/render_docs.sh",
       "a dash script with an EXIT trap runs a python validator that imports marshmallow (not installed); the trap's "
       "cleanup line is printed after the traceback",
       {"scripts/render_docs.sh": D("""
#!/bin/sh
set -e
cleanup() { echo "render_docs: removing tmp/"; rm -rf tmp; }
trap cleanup EXIT
mkdir -p tmp
echo "render_docs: validating schema"
python3 scripts/validate.py docs/api.yml
echo "render_docs: done"
"""), "scripts/validate.py": "import sys\n\nfrom marshmallow import Schema, fields\n\nprint('valid', sys.argv[1])\n",
        "docs/api.yml": "openapi: 3.0.0\n"},
       {"module": "marshmallow"}, "ModuleNotFoundError", shell="dash", tool="sh", ecosystem="python"),
    sc("fa_mm_npm_test_supertest", "missing_module", "npm test",
       "npm test runs node --test over two files; one requires supertest (not installed), the other passes",
       {"package.json": pkg({"test": "node --test test/"}, name="billing"),
        "test/api.test.js": D("""
const test = require('node:test');
const request = require('supertest');

test('GET /health', async () => {
  await request('http://127.0.0.1:9').get('/health').expect(200);
});
"""),
        "test/util.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\n\ntest('adds', () => assert.strictEqual(1 + 1, 2));\n"},
       {"module": "supertest"}, "Error: Cannot find module", tool="npm", ecosystem="node"),

    # ================= permission =================
    sc("fa_perm_py_report_ro_dir", "permission", "python3 jobs/daily_report.py",
       "a daily report job writes its CSV into a read-only reports folder (run without capabilities)",
       {"jobs/daily_report.py": D("""
import csv

rows = [('sku', 'qty'), ('A1', 3), ('B7', 11)]
with open('reports/daily.csv', 'w', newline='') as f:
    csv.writer(f).writerows(rows)
print('report written')
""")},
       {"path": "reports/daily.csv"}, "PermissionError", dirs=["reports"], modes={"reports": 0o555}, drop_caps=True),
    sc("fa_perm_bash_exec_bit", "permission", "./scripts/deploy.sh production",
       "a deploy script is run directly but was checked out without its execute bit (bash: Permission denied, 126)",
       {"scripts/deploy.sh": "#!/bin/bash\necho \"deploying to $1\"\n"},
       {"path": "scripts/deploy.sh"}, "bash", modes={"scripts/deploy.sh": 0o644}, tool="bash", ecosystem="shell"),
    sc("fa_perm_node_esm_pino_cache", "permission", "node src/warm-cache.mjs",
       "an ESM cache warmer logs pino-like JSON lines; writing data/cache.json into a read-only folder fails and the error "
       "is logged as an err object, then a shutdown line (run without capabilities)",
       {"src/warm-cache.mjs": D("""
import { writeFileSync } from 'node:fs';

const log = (level, msg, extra = {}) => console.log(JSON.stringify({ level, time: Date.now(), pid: process.pid, hostname: 'web-2', msg, ...extra }));
log(30, 'warming cache');
try {
  writeFileSync('data/cache.json', JSON.stringify({ warmed: Date.now() }));
  log(30, 'cache warmed');
} catch (err) {
  log(50, 'cache warm failed', { err: { type: err.name, message: err.message, code: err.code, stack: err.stack } });
  process.exitCode = 1;
}
log(30, 'shutting down');
""")},
       {"path": "data/cache.json"}, "Error: EACCES", dirs=["data"], modes={"data": 0o555}, drop_caps=True),
    sc("fa_perm_cp_set_e_trap", "permission", "bash deploy/install_conf.sh",
       "a set -euo pipefail install script copies a config into a read-only conf.d; its ERR and EXIT traps print rollback and "
       "cleanup lines after cp's error (run without capabilities)",
       {"deploy/install_conf.sh": D("""
#!/bin/bash
set -euo pipefail
trap 'echo "install_conf: rolling back"; rm -f staging/app.conf.bak' ERR
trap 'echo "install_conf: cleaning up staging/"; rm -rf staging' EXIT
mkdir -p staging
echo 'listen 8080;' > staging/app.conf
echo "install_conf: installing app.conf"
cp staging/app.conf etc/nginx/conf.d/app.conf
echo "install_conf: reloading"
""")},
       {"path": "etc/nginx/conf.d/app.conf"}, "cp", dirs=["etc/nginx/conf.d"], modes={"etc/nginx/conf.d": 0o555},
       drop_caps=True, tool="bash", ecosystem="shell"),
    sc("fa_perm_java_filewriter_caused", "permission", "java -cp out app.Report reports/q4.txt",
       "a java report writer wraps FileWriter's FileNotFoundException (Permission denied) in an UncheckedIOException; the "
       "path is in the Caused by line and the argv (run without capabilities)",
       {"src/app/Report.java": D("""
package app;

import java.io.*;

public class Report {
    static void write(String path, String body) {
        try (Writer w = new FileWriter(path)) {
            w.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write report", e);
        }
    }

    public static void main(String[] a) {
        System.out.println("generating report");
        write(a[0], "total=42\\n");
    }
}
""")},
       {"path": "reports/q4.txt"}, "java.io.UncheckedIOException", dirs=["reports"], modes={"reports": 0o555},
       setup=["javac -d out src/app/Report.java"], drop_caps=True),
    sc("fa_perm_make_dist_tar", "permission", "make dist",
       "make dist writes a tarball into a read-only dist folder: tar's Cannot open, then make's Error 2 (run without capabilities)",
       {"Makefile": "VERSION = 1.4.2\n\n.PHONY: dist\ndist:\n\ttar czf dist/app-$(VERSION).tar.gz src\n\t@echo \"built dist/app-$(VERSION).tar.gz\"\n",
        "src/main.py": "print('app')\n"},
       {"path": "dist/app-1.4.2.tar.gz"}, "tar", dirs=["dist"], modes={"dist": 0o555}, drop_caps=True, tool="make", ecosystem="make"),
    sc("fa_perm_py_subprocess_not_exec", "permission", "python3 pipeline.py",
       "a python pipeline runs a bundled converter with subprocess.run; the converter lost its execute bit (PermissionError)",
       {"pipeline.py": D("""
import subprocess

print('pipeline: converting images', flush=True)
subprocess.run(['./bin/convert-images', '--quality', '80', 'img/'], check=True)
print('pipeline: done')
"""), "bin/convert-images": "#!/bin/sh\necho converting\n"},
       {"path": "bin/convert-images"}, "PermissionError", dirs=["img"], modes={"bin/convert-images": 0o644}),
    sc("fa_perm_sqlite_readonly_db", "permission", "sqlite3 data/app.db \"insert into visits(path) values ('/home')\"",
       "sqlite3 inserts into a database file that is read-only (attempt to write a readonly database); the file is only in "
       "the argv (run without capabilities)", {},
       {"path": "data/app.db"}, "sqlite3",
       setup=["mkdir -p data && sqlite3 data/app.db 'create table visits(path text)' && chmod 444 data/app.db"], drop_caps=True),
    sc("fa_perm_perl_cron_log", "permission", "bash cron/hourly.sh",
       "an hourly cron wrapper prints timestamps around a perl aggregator that dies opening its --log file (read-only) for "
       "append (run without capabilities)",
       {"cron/hourly.sh": D("""
#!/bin/bash
ts() { date -u +%H:%M:%S; }
echo "$(ts) hourly: start"
perl bin/aggregate.pl --log logs/aggregate.log
rc=$?
echo "$(ts) hourly: aggregate exited with $rc"
exit $rc
"""), "bin/aggregate.pl": D(r"""
use strict;
use warnings;
use Getopt::Long;

my $log;
GetOptions('log=s' => \$log) or die "usage\n";
open(my $fh, '>>', $log) or die "aggregate: cannot open $log: $!\n";
print $fh "run\n";
"""), "logs/aggregate.log": ""},
       {"path": "logs/aggregate.log"}, "perl", modes={"logs/aggregate.log": 0o444}, drop_caps=True, tool="bash", ecosystem="perl"),
    sc("fa_perm_dash_mkdir_run", "permission", "sh bin/start-worker.sh",
       "a dash start script creates its run folder under a read-only var/run (mkdir: Permission denied; run without capabilities)",
       {"bin/start-worker.sh": D("""
#!/bin/sh
set -e
RUNDIR=var/run/worker
echo "start-worker: preparing $RUNDIR"
mkdir -p "$RUNDIR"
echo $$ > "$RUNDIR/worker.pid"
echo "start-worker: started"
""")},
       {"path": "var/run/worker"}, "mkdir", dirs=["var/run"], modes={"var/run": 0o555}, drop_caps=True, shell="dash",
       tool="sh", ecosystem="shell"),

    # ================= syntax =================
    sc("fa_syn_py_missing_colon", "syntax", "python3 manage.py cleanup",
       "a manage script imports its jobs module, where a def misses its colon",
       {"manage.py": "import sys\n\nfrom jobs import cleanup\n\nif sys.argv[1] == 'cleanup':\n    cleanup.run()\n",
        "jobs/__init__.py": "",
        "jobs/cleanup.py": "import os\n\n\ndef run()\n    for name in os.listdir('.'):\n        print(name)\n"},
       {"file": "jobs/cleanup.py", "line": 4}, "SyntaxError"),
    sc("fa_syn_py_compileall_ci", "syntax", "bash ci/check.sh",
       "a CI script byte-compiles src with python3 -m compileall -q, then runs a lint step and prints a summary: an "
       "unclosed parenthesis is reported early and followed by the other steps' output",
       {"ci/check.sh": D("""
#!/bin/bash
status=0
echo '== byte-compile =='
python3 -m compileall -q src || status=1
echo '== lint =='
echo 'lint: 14 files checked'
echo '== summary =='
if [ $status -eq 0 ]; then echo 'all checks passed'; else echo 'checks FAILED'; fi
exit $status
"""), "src/app/__init__.py": "",
        "src/app/pricing.py": D("""
def price(qty, unit):
    total = qty * unit
    if total > 100:
        total = total * 0.9
    return round(total, 2


def tax(total):
    return total * 0.2
""")},
       {"file": "src/app/pricing.py", "line": 5}, "SyntaxError", tool="bash", ecosystem="python"),
    sc("fa_syn_pytest_helper_indent", "syntax", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: a test imports a helper module with an unexpected indent (a collection error)",
       {"tests/__init__.py": "",
        "tests/helpers.py": "def make_user(name):\n    user = {'name': name}\n        user['active'] = True\n    return user\n",
        "tests/test_users.py": "from tests.helpers import make_user\n\n\ndef test_active():\n    assert make_user('a')['active']\n",
        "pytest.ini": PYTEST_INI},
       {"file": "tests/helpers.py", "line": 3}, "IndentationError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fa_syn_node_cjs_route", "syntax", "node app.js",
       "a node app requires its orders routes, where a call misses its closing parenthesis",
       {"app.js": "const orders = require('./routes/orders');\nconsole.log('routes', Object.keys(orders));\n",
        "routes/orders.js": D("""
const list = (req, res) => {
  res.json([]);
};

const create = (req, res) => {
  res.status(201).json({ id: 1 };
};

module.exports = { list, create };
""")},
       {"file": "routes/orders.js", "line": 6}, "SyntaxError"),
    sc("fa_syn_npm_esm_build_config", "syntax", "npm run build",
       "npm run build runs an ESM build script that imports its config module, which has a doubled comma",
       {"package.json": pkg({"build": "node scripts/build.js"}, esm=True, name="site"),
        "scripts/build.js": "import config from './config.js';\n\nconsole.log('bundling', config.entry);\n",
        "scripts/config.js": "export default {\n  entry: 'src/index.js',\n  output: 'dist/',,\n  minify: true,\n};\n",
        "src/index.js": "console.log('hi');\n"},
       {"file": "scripts/config.js", "line": 3}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("fa_syn_make_bash_fi", "syntax", "make rotate",
       "make rotate runs a bash script whose for loop is closed with fi (syntax error near unexpected token `fi')",
       {"Makefile": "rotate:\n\tbash scripts/rotate.sh logs\n",
        "scripts/rotate.sh": D("""
#!/bin/bash
dir=$1
for f in "$dir"/*.log; do
  echo "rotating $f"
  mv "$f" "$f.1"
fi
done
"""), "logs/app.log": "x\n"},
       {"file": "scripts/rotate.sh", "line": 6}, "bash", tool="make", ecosystem="shell"),
    sc("fa_syn_dash_array", "syntax", "sh scripts/build.sh",
       "a build script run with sh (dash) uses a bash array: Syntax error: \"(\" unexpected",
       {"scripts/build.sh": D("""
#!/bin/sh
echo "build: start"
TARGETS=(web worker cron)
for t in "${TARGETS[@]}"; do
  echo "building $t"
done
""")},
       {"file": "scripts/build.sh", "line": 3}, "sh", shell="dash", tool="sh", ecosystem="shell"),
    sc("fa_syn_javac_semicolon", "syntax", "javac -d out src/com/shop/Cart.java src/com/shop/Item.java",
       "javac: a statement misses its semicolon (';' expected)",
       {"src/com/shop/Cart.java": D("""
package com.shop;

import java.util.ArrayList;
import java.util.List;

public class Cart {
    private final List<Item> items = new ArrayList<>();

    public void add(Item item) {
        items.add(item)
    }

    public int total() {
        return items.stream().mapToInt(Item::price).sum();
    }
}
"""), "src/com/shop/Item.java": "package com.shop;\n\npublic record Item(String sku, int price) {}\n"},
       {"file": "src/com/shop/Cart.java", "line": 10}, "javac"),
    sc("fa_syn_gcc_make_semicolon", "syntax", "make",
       "make builds a C tool from two sources; one statement misses its semicolon (gcc: expected ';' before 'return')",
       {"Makefile": "CFLAGS = -O2 -Wall\nOBJS = build/main.o build/parse.o\n\nbin/tool: $(OBJS)\n\tmkdir -p bin\n\t$(CC) -o $@ $(OBJS)\n\n"
        "build/%.o: src/%.c\n\tmkdir -p build\n\t$(CC) $(CFLAGS) -c -o $@ $<\n",
        "src/main.c": "int parse(const char *s);\n\nint main(void) {\n    return parse(\"42\");\n}\n",
        "src/parse.c": "#include <stdlib.h>\n\nint parse(const char *s) {\n    int n = atoi(s)\n    return n > 0 ? 0 : 1;\n}\n"},
       {"file": "src/parse.c", "line": 5}, "gcc", tool="make", ecosystem="c"),
    sc("fa_syn_perl_in_nightly", "syntax", "bash bin/nightly.sh",
       "a nightly bash wrapper runs a perl export whose hash list misses its closing parenthesis, then prints its own failure line",
       {"bin/nightly.sh": D("""
#!/bin/bash
echo "nightly: exporting"
if ! perl bin/export.pl > export.csv; then
  echo "nightly: export failed, nothing sent"
  exit 1
fi
echo "nightly: sent"
"""), "bin/export.pl": D(r"""
use strict;
use warnings;

my %limits = (daily => 100, weekly => 500;
print "$_=$limits{$_}\n" for sort keys %limits;
""")},
       {"file": "bin/export.pl", "line": 4}, "perl", tool="bash", ecosystem="perl"),
    sc("fa_syn_py_json_log_plugin", "syntax", "python3 etl/run.py --plugins plugins",
       "an ETL runner loads every plugin file of the folder named in its argv and logs failures as JSON lines with "
       "'SyntaxError: <msg> (normalize.py, line 4)': only the base name of the file is printed",
       {"etl/run.py": D("""
import argparse
import importlib.util
import json
import pathlib
import sys

ap = argparse.ArgumentParser()
ap.add_argument('--plugins')
args = ap.parse_args()
failed = 0
for path in sorted(pathlib.Path(args.plugins).glob('*.py')):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
        print(json.dumps({'level': 'info', 'msg': 'plugin loaded', 'plugin': path.stem}))
    except Exception as e:
        failed += 1
        print(json.dumps({'level': 'error', 'msg': 'plugin failed to load', 'plugin': path.stem, 'error': f'{type(e).__name__}: {e}'}))
sys.exit(1 if failed else 0)
"""), "plugins/a_dedupe.py": "def apply(rows):\n    return rows\n",
        "plugins/normalize.py": D("""
def apply(rows):
    out = []
    for r in rows:
        out.append({k.lower(): v for k, v in r.items()}
    return out
""")},
       {"file": "plugins/normalize.py", "line": 4}, "SyntaxError"),

    # ================= connection =================
    sc("fa_conn_py_requests_refused", "connection", "python3 sync_inventory.py",
       "an inventory sync calls its API with requests; the service is down (the urllib3 chain ends in requests' ConnectionError)",
       {"sync_inventory.py": D("""
import requests

API = 'http://127.0.0.1:{{api}}/api/v1/inventory'
print('fetching inventory')
resp = requests.get(API, timeout=5)
resp.raise_for_status()
print(len(resp.json()), 'items')
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/api/v1/inventory"},
       "requests.exceptions.ConnectionError", servers=CLOSED, requires=["py3:requests"]),
    sc("fa_conn_py_httpx_argv", "connection", PY + " push_metrics.py --endpoint http://127.0.0.1:{{api}}/v1/metrics",
       "an httpx metrics pusher posts to the endpoint given in its argv; nothing listens (httpx.ConnectError names no address)",
       {"push_metrics.py": D("""
import argparse

import httpx

ap = argparse.ArgumentParser()
ap.add_argument('--endpoint')
a = ap.parse_args()
with httpx.Client(timeout=3) as client:
    r = client.post(a.endpoint, json={'cpu': 0.42})
    print(r.status_code)
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v1/metrics"}, "httpx.ConnectError",
       servers=CLOSED, requires=["py:httpx"], tool="python3", ecosystem="python"),
    sc("fa_conn_py_aiohttp_gather", "connection", PY + " health_all.py",
       "an aiohttp health checker gathers two services: one answers, the other is down (ClientConnectorError)",
       {"health_all.py": D("""
import asyncio

import aiohttp

URLS = ['http://127.0.0.1:{{ok}}/health', 'http://127.0.0.1:{{api}}/health']


async def check(session, url):
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=3)) as r:
        return url, r.status


async def main():
    async with aiohttp.ClientSession() as s:
        results = await asyncio.gather(*(check(s, u) for u in URLS))
    for url, status in results:
        print(url, status)

asyncio.run(main())
""")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "aiohttp.client_exceptions.ClientConnectorError",
       servers={"ok": ("http", 200, "ok\n"), "api": ("closed",)}, requires=["py:aiohttp"], tool="python3", ecosystem="python"),
    sc("fa_conn_node_fetch_env_url", "connection", "API_URL=http://127.0.0.1:{{api}}/v2 node scripts/sync-users.mjs",
       "an ESM sync script fetches from API_URL set before the command; the service is down (TypeError: fetch failed with "
       "its cause ECONNREFUSED)",
       {"scripts/sync-users.mjs": D("""
const base = process.env.API_URL;
console.log('syncing users');
const res = await fetch(`${base}/users?page=1`);
console.log(res.status, (await res.json()).length);
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v2"}, "TypeError: fetch failed",
       servers=CLOSED, tool="node", ecosystem="node"),
    sc("fa_conn_node_http_retry_json", "connection", "node jobs/reindex.js",
       "a node reindex job posts to a search service with http.request, logs two warn retries as JSON lines, then an error "
       "line whose err object holds the message, address and port",
       {"jobs/reindex.js": D("""
const http = require('http');
const log = (o) => console.log(JSON.stringify({ t: new Date().toISOString(), svc: 'reindex', ...o }));
const target = { host: '127.0.0.1', port: {{api}}, path: '/_bulk', method: 'POST' };
let attempt = 0;
function send() {
  attempt += 1;
  const req = http.request(target, (res) => log({ level: 'info', msg: 'indexed', status: res.statusCode }));
  req.on('error', (err) => {
    if (attempt < 3) {
      log({ level: 'warn', msg: `attempt ${attempt} failed, retrying`, code: err.code });
      return setTimeout(send, 100);
    }
    log({ level: 'error', msg: 'giving up', err: { message: err.message, code: err.code, address: err.address, port: err.port } });
    process.exit(1);
  });
  req.end('{}');
}
send();
""")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("fa_conn_bash_curl_trap", "connection", "bash scripts/publish.sh",
       "a set -euo pipefail publish script uploads a package with curl to a registry that is down; its EXIT trap prints a "
       "cleanup line after curl's error",
       {"scripts/publish.sh": D("""
#!/bin/bash
set -euo pipefail
REGISTRY=http://127.0.0.1:{{api}}
trap 'echo "publish: cleaning workspace"; rm -rf work' EXIT
mkdir -p work && echo pkg > work/pkg.tgz
echo "publish: uploading work/pkg.tgz"
curl -fsS --retry 2 --retry-delay 0 -T work/pkg.tgz "$REGISTRY/upload/pkg.tgz"
echo "publish: done"
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/upload/pkg.tgz"}, "curl", servers=CLOSED,
       tool="bash", ecosystem="shell"),
    sc("fa_conn_wget_download", "connection", "wget -nv -O dist/node.tar.xz http://127.0.0.1:{{api}}/dist/v20/node.tar.xz",
       "wget downloads a release from an internal mirror that is down", {},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/dist/v20/node.tar.xz"}, "wget",
       servers=CLOSED, dirs=["dist"], exit=4),
    sc("fa_conn_psql_report", "connection", "psql -h 127.0.0.1 -p {{api}} -U report -d sales -c 'select count(*) from orders'",
       "psql runs a report query against a database that is down", {},
       {"host": "127.0.0.1", "port": "{{api}}"}, "psql", servers=CLOSED, requires=["bin:psql"]),
    sc("fa_conn_git_fetch_http", "connection", "git fetch origin",
       "git fetch from an http remote whose server is down (fatal: unable to access ...)",
       {"README.md": "# app\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/team/app.git"}, "git", servers=CLOSED,
       setup=[GIT_INIT + " && git remote add origin http://127.0.0.1:{{api}}/team/app.git"]),
    sc("fa_conn_java_httpclient_argv", "connection", "java -cp out app.Sync http://127.0.0.1:{{api}}/catalog",
       "a java HttpClient sync job requests the URL given in its argv; the service is down (ConnectException without an "
       "address, Caused by chains)",
       {"src/app/Sync.java": D("""
package app;

import java.net.URI;
import java.net.http.*;

public class Sync {
    public static void main(String[] a) throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        HttpRequest r = HttpRequest.newBuilder(URI.create(a[0])).GET().build();
        System.out.println("sync: requesting catalog");
        HttpResponse<String> resp = c.send(r, HttpResponse.BodyHandlers.ofString());
        System.out.println(resp.statusCode());
    }
}
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/catalog"}, "java.net.ConnectException",
       servers=CLOSED, setup=["javac -d out src/app/Sync.java"]),
    sc("fa_conn_py_cache_logging_retries", "connection", "python3 app/cache_worker.py",
       "a cache worker connects to its cache server with sockets, logs three warnings in redis-py's wording ('Error 111 "
       "connecting to HOST:PORT. Connection refused.') and a final error line",
       {"app/cache_worker.py": D("""
import logging
import socket
import sys
import time

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)-7s %(name)s - %(message)s')
log = logging.getLogger('cache')
HOST, PORT = '127.0.0.1', {{api}}


def connect():
    try:
        return socket.create_connection((HOST, PORT), timeout=2)
    except OSError as e:
        raise ConnectionError(f'Error {e.errno} connecting to {HOST}:{PORT}. {e.strerror}.') from None


for attempt in range(1, 4):
    try:
        conn = connect()
        break
    except ConnectionError as e:
        log.warning('cache unavailable (attempt %d/3): %s', attempt, e)
        time.sleep(0.2)
else:
    log.error('cache still unavailable, exiting')
    sys.exit(1)
""")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionError", servers=CLOSED),
    sc("fa_conn_perl_http_tiny", "connection", "perl bin/ping_api.pl http://127.0.0.1:{{api}}/status",
       "a perl HTTP::Tiny ping dies with status 599 and 'Could not connect to HOST:PORT: Connection refused'",
       {"bin/ping_api.pl": D("""
use strict;
use warnings;
use HTTP::Tiny;

my $url = shift;
my $res = HTTP::Tiny->new(timeout => 3)->get($url);
die "ping_api: GET $url failed: $res->{status} $res->{content}" unless $res->{success};
print "ok\\n";
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/status"}, "perl", servers=CLOSED),

    # ================= file_not_found =================
    sc("fa_fnf_py_config_argv", "file_not_found", "python3 serve.py --config conf/production.yaml",
       "a server opens the config file given with --config; it was never created",
       {"serve.py": D("""
import argparse

ap = argparse.ArgumentParser()
ap.add_argument('--config', required=True)
a = ap.parse_args()
with open(a.config) as f:
    print('loaded', len(f.read()), 'bytes')
""")},
       {"path": "conf/production.yaml"}, "FileNotFoundError", dirs=["conf"]),
    sc("fa_fnf_py_calledprocess_missing_script", "file_not_found", "python3 tasks.py migrate",
       "a task runner runs bash on a migration script that is not in the checkout; bash's error is followed by the "
       "parent's CalledProcessError (exit status 127)",
       {"tasks.py": D("""
import subprocess
import sys

STEPS = {'migrate': ['bash', 'scripts/db/migrate.sh', '--env', 'staging']}
print(f'tasks: running {sys.argv[1]}', flush=True)
subprocess.run(STEPS[sys.argv[1]], check=True)
""")},
       {"path": "scripts/db/migrate.sh"}, "subprocess.CalledProcessError", dirs=["scripts/db"]),
    sc("fa_fnf_node_readfile_cert", "file_not_found", "node https-server.js",
       "a node HTTPS server reads its key file at start; the certs were never generated (ENOENT)",
       {"https-server.js": D("""
const fs = require('fs');
const https = require('https');

const opts = { key: fs.readFileSync('certs/server.key'), cert: fs.readFileSync('certs/server.crt') };
https.createServer(opts, (req, res) => res.end('ok')).listen(8443);
""")},
       {"path": "certs/server.key"}, "Error: ENOENT", dirs=["certs"]),
    sc("fa_fnf_dash_source_env", "file_not_found", "sh bin/run-job.sh nightly",
       "a dash job script sources an env file that does not exist (.: cannot open ./env/prod.env: No such file)",
       {"bin/run-job.sh": D("""
#!/bin/sh
JOB=$1
ENV_FILE=./env/${APP_ENV:-prod}.env
echo "run-job: $JOB with $ENV_FILE"
. "$ENV_FILE"
echo "run-job: starting $JOB against $DB_HOST"
""")},
       {"path": "env/prod.env"}, "sh", dirs=["env"], shell="dash", tool="sh", ecosystem="shell"),
    sc("fa_fnf_cp_set_e_assets", "file_not_found", "bash scripts/package.sh 2.3.0",
       "a set -euo pipefail packaging script copies the minified bundle of the version in its argv, which was never built; "
       "the EXIT trap prints a cleanup line after cp's error",
       {"scripts/package.sh": D("""
#!/bin/bash
set -euo pipefail
VERSION=$1
trap 'echo "package: removing build/tmp"; rm -rf build/tmp' EXIT
mkdir -p build/tmp
echo "package: collecting assets for $VERSION"
cp -r assets/icons build/tmp/
cp "dist/app-$VERSION.min.js" build/tmp/app.js
tar czf "build/app-$VERSION.tgz" -C build/tmp .
"""), "assets/icons/logo.svg": "<svg/>\n"},
       {"path": "dist/app-2.3.0.min.js"}, "cp", dirs=["dist"], tool="bash", ecosystem="shell"),
    sc("fa_fnf_tar_backup_missing", "file_not_found", "tar czf backup.tgz config uploads",
       "tar archives two folders; uploads does not exist (Cannot stat, then 'Exiting with failure status')",
       {"config/app.conf": "port=80\n"},
       {"path": "uploads"}, "tar", exit=2),
    sc("fa_fnf_java_fis_caused", "file_not_found", "java -cp out app.Rates",
       "a java service wraps FileInputStream's FileNotFoundException in an IllegalStateException ('cannot load rates'); the "
       "path is only in the Caused by line",
       {"src/app/Rates.java": D("""
package app;

import java.io.*;
import java.util.*;

public class Rates {
    static Properties load(String path) {
        Properties p = new Properties();
        try (InputStream in = new FileInputStream(path)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load rates", e);
        }
        return p;
    }

    public static void main(String[] a) {
        System.out.println("rates: starting");
        System.out.println(load("conf/rates.properties").size());
    }
}
""")},
       {"path": "conf/rates.properties"}, "java.lang.IllegalStateException", dirs=["conf"],
       setup=["javac -d out src/app/Rates.java"]),
    sc("fa_fnf_make_no_rule", "file_not_found", "make",
       "make builds main.o, then finds no source for the lexer (No rule to make target 'src/lexer.c')",
       {"Makefile": "app: main.o lexer.o\n\t$(CC) -o $@ main.o lexer.o\n\nmain.o: src/main.c\n\t$(CC) -c -o $@ src/main.c\n\n"
        "lexer.o: src/lexer.c\n\t$(CC) -c -o $@ src/lexer.c\n",
        "src/main.c": "int main(void) { return 0; }\n"},
       {"path": "src/lexer.c"}, "make", tool="make", ecosystem="make"),
    sc("fa_fnf_sqlite_read_missing", "file_not_found", "sqlite3 app.db '.read db/seed/003_products.sql'",
       "sqlite3 .read of a seed file that is missing (Error: cannot open \"...\")", {},
       {"path": "db/seed/003_products.sql"}, "sqlite3", dirs=["db/seed"]),
    sc("fa_fnf_find_cron_cleanup", "file_not_found", "bash cron/cleanup.sh",
       "a set -e cron cleanup runs find over logs/archive, which does not exist",
       {"cron/cleanup.sh": D("""
#!/bin/bash
set -e
echo "cleanup: start"
find logs/archive -name '*.gz' -mtime +30 -print -delete
echo "cleanup: removed old archives"
find tmp/uploads -type f -mmin +60 -delete
echo "cleanup: finished"
""")},
       {"path": "logs/archive"}, "find", dirs=["logs", "tmp/uploads"], tool="bash", ecosystem="shell"),
    sc("fa_fnf_py_logging_template", "file_not_found", "python3 app/mailer.py --template invoice",
       "a mailer renders the template named in its argv; the file is missing and logging.exception prints the traceback, "
       "followed by a summary line",
       {"app/mailer.py": D("""
import argparse
import logging
import pathlib
import sys

logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('mailer')
ap = argparse.ArgumentParser()
ap.add_argument('--template')
args = ap.parse_args()
path = pathlib.Path('templates/email') / f'{args.template}.html'
try:
    body = path.read_text()
except OSError:
    log.exception('cannot render %s', args.template)
    log.info('0 mails sent')
    sys.exit(1)
""")},
       {"path": "templates/email/invoice.html"}, "FileNotFoundError", dirs=["templates/email"]),
    sc("fa_fnf_git_apply_patch", "file_not_found", "git apply patches/0003-fix-timeout.patch",
       "git apply of a patch file that is not there (can't open patch)",
       {"README.md": "# app\n"},
       {"path": "patches/0003-fix-timeout.patch"}, "git", dirs=["patches"], setup=[GIT_INIT]),

    # ================= json_format =================
    sc("fa_json_py_settings_trailing_comma", "json_format", "python3 app.py",
       "an app loads settings.json, which ends its object with a trailing comma",
       {"app.py": "import json\n\nwith open('settings.json') as f:\n    settings = json.load(f)\nprint('debug =', settings['debug'])\n",
        "settings.json": "{\n  \"debug\": false,\n  \"workers\": 4,\n}\n"},
       {"json_file": "settings.json", "line": 4, "column": 1}, "json.decoder.JSONDecodeError"),
    sc("fa_json_py_requests_login_page", "json_format", "python3 rates.py",
       "requests .json() of a 200 answer that is an HTML login page (a proxy in front of the API)",
       {"rates.py": "import requests\n\nr = requests.get('http://127.0.0.1:{{api}}/api/rates', timeout=5)\nprint(r.json()['EUR'])\n"},
       {}, "requests.exceptions.JSONDecodeError",
       servers={"api": ("http", 200, "<!DOCTYPE html>\n<html><body>Please log in</body></html>\n", {"Content-Type": "text/html"})},
       requires=["py3:requests"]),
    sc("fa_json_npm_package_json", "json_format", "npm run build",
       "npm run build in a project whose package.json misses a comma (EJSONPARSE)",
       {"package.json": "{\n  \"name\": \"dashboard\",\n  \"version\": \"0.3.0\",\n  \"scripts\": {\n    \"build\": \"node build.js\"\n  }\n  \"private\": true\n}\n",
        "build.js": "console.log('build');\n"},
       {"json_file": "package.json"}, "npm", tool="npm", ecosystem="node"),
    sc("fa_json_node_require_json", "json_format", "node index.js",
       "a node app requires its database config JSON, which misses a comma",
       {"index.js": "const db = require('./config/database.json');\nconsole.log('connecting to', db.host);\n",
        "config/database.json": "{\n  \"host\": \"db.internal\",\n  \"port\": 5432\n  \"user\": \"app\"\n}\n"},
       {"json_file": "config/database.json"}, "SyntaxError"),
    sc("fa_json_node_esm_argv", "json_format", "node tools/import-products.mjs data/products.json",
       "an ESM import tool parses the file in its argv and prints only 'import failed: <message>' (a trailing comma)",
       {"tools/import-products.mjs": D("""
import { readFile } from 'node:fs/promises';

const [file] = process.argv.slice(2);
try {
  const products = JSON.parse(await readFile(file, 'utf8'));
  console.log(`importing ${products.length} products`);
} catch (err) {
  console.error(`import failed: ${err.message}`);
  process.exit(1);
}
"""), "data/products.json": "[{\"sku\": \"A1\", \"price\": 3.5}, {\"sku\": \"B2\", \"price\": 4,}]\n"},
       {"json_file": "data/products.json"}, "SyntaxError"),
    sc("fa_json_bash_json_tool_loop", "json_format", "bash ci/validate-config.sh",
       "a set -e CI script runs python3 -m json.tool over config/*.json; json.tool prints the decode error without the "
       "file name (only the folder's files can tell which one)",
       {"ci/validate-config.sh": "#!/bin/bash\nset -e\nfor f in config/*.json; do\n  python3 -m json.tool \"$f\" > /dev/null\ndone\necho \"all config files valid\"\n",
        "config/app.json": "{\"port\": 8080}\n",
        "config/features.json": "{\n  \"search\": true\n  \"beta_ui\": false\n}\n"},
       {"json_file": "config/features.json", "line": 3, "column": 3}, "json.tool", tool="bash", ecosystem="python"),
    sc("fa_json_jq_services", "json_format", "jq -r '.services[].name' deploy/services.json",
       "jq reads a services file where two array elements miss their comma",
       {"deploy/services.json": D("""
{
  "services": [
    {"name": "web", "replicas": 2},
    {"name": "worker", "replicas": 1}
    {"name": "cron", "replicas": 1}
  ]
}
""")},
       {"json_file": "deploy/services.json", "line": 5}, "jq"),
    sc("fa_json_perl_metrics", "json_format", "perl bin/sum_metrics.pl data/metrics.json",
       "a perl script decodes the JSON file in its argv with JSON::PP; an array has a trailing comma",
       {"bin/sum_metrics.pl": D(r"""
use strict;
use warnings;
use JSON::PP;

my $file = shift or die "usage: sum_metrics.pl FILE\n";
open(my $fh, '<', $file) or die "cannot open $file: $!\n";
my $text = do { local $/; <$fh> };
my $data = JSON::PP->new->decode($text);
my $sum = 0;
$sum += $_ for @{ $data->{values} };
print "sum=$sum\n";
"""), "data/metrics.json": "{\"values\": [1, 2, 3,], \"unit\": \"ms\"}\n"},
       {"json_file": "data/metrics.json"}, "perl"),
    sc("fa_json_pytest_fixture", "json_format", "python3 -m pytest -q -p no:cacheprovider tests/test_orders.py",
       "pytest: a conftest fixture loads tests/fixtures/orders.json, which has a trailing comma (an error at setup)",
       {"tests/conftest.py": D("""
import json

import pytest


@pytest.fixture
def orders():
    with open('tests/fixtures/orders.json') as f:
        return json.load(f)
"""), "tests/test_orders.py": "def test_total(orders):\n    assert sum(o['total'] for o in orders) == 30\n",
        "tests/fixtures/orders.json": "[\n  {\"id\": 1, \"total\": 10},\n  {\"id\": 2, \"total\": 20},\n]\n",
        "pytest.ini": PYTEST_INI},
       {"json_file": "tests/fixtures/orders.json", "line": 4, "column": 1}, "json.decoder.JSONDecodeError",
       requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fa_json_py_chained_config_error", "json_format", "python3 -m svc.main",
       "a service raises its own ConfigError from the JSONDecodeError of its feature flags file (Python's True in JSON); "
       "the message names only the file's base name",
       {"svc/__init__.py": "",
        "svc/config.py": D("""
import json
from pathlib import Path


class ConfigError(Exception):
    pass


def load(path='config/features.json'):
    p = Path(path)
    try:
        return json.loads(p.read_text())
    except json.JSONDecodeError as e:
        raise ConfigError(f'invalid feature flags in {p.name}') from e
"""), "svc/main.py": "from svc import config\n\nprint('starting svc')\nflags = config.load()\nprint(flags)\n",
        "config/features.json": "{\"new_checkout\": true, \"search_v2\": True}\n"},
       {"json_file": "config/features.json", "line": 1, "column": 37}, "ConfigError"),

    # ================= import_error =================
    sc("fa_imp_py_name_utils", "import_error", "python3 report.py",
       "a report imports parse_iso from its utils.dates module, where the function is called from_iso",
       {"report.py": "from utils.dates import parse_iso, week_of\n\nprint(week_of(parse_iso('2026-12-07')))\n",
        "utils/__init__.py": "",
        "utils/dates.py": "from datetime import date\n\n\ndef from_iso(s):\n    return date.fromisoformat(s)\n\n\ndef week_of(d):\n    return d.isocalendar()[1]\n"},
       {"name": "parse_iso", "from_module": "utils.dates"}, "ImportError"),
    sc("fa_imp_py_collections_mapping_vendored", "import_error", "python3 sync.py",
       "a vendored helper does 'from collections import Mapping' (gone since Python 3.10)",
       {"sync.py": "from vendor.attrdict import AttrDict\n\ncfg = AttrDict({'a': 1})\nprint(cfg.a)\n",
        "vendor/__init__.py": "",
        "vendor/attrdict.py": "from collections import Mapping\n\n\nclass AttrDict(dict):\n    def __getattr__(self, k):\n        return self[k]\n"},
       {"name": "Mapping", "from_module": "collections"}, "ImportError"),
    sc("fa_imp_pytest_circular", "import_error", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: billing.models and billing.invoices import each other (partially initialized module), a collection error",
       {"billing/__init__.py": "",
        "billing/models.py": "from billing.invoices import render\n\n\nclass Invoice:\n    total = 0\n",
        "billing/invoices.py": "from billing.models import Invoice\n\n\ndef render(inv: Invoice):\n    return f'total {inv.total}'\n",
        "tests/test_invoices.py": "from billing.models import Invoice\n\n\ndef test_total():\n    assert Invoice.total == 0\n",
        "pytest.ini": PYTEST_INI},
       {"name": "Invoice", "from_module": "billing.models"}, "ImportError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fa_imp_node_esm_named", "import_error", "node src/server.mjs",
       "ESM: a named import that the module does not export (it exports slug, not slugify)",
       {"src/server.mjs": "import { slugify } from './lib/text.mjs';\n\nconsole.log(slugify('Hello World'));\n",
        "src/lib/text.mjs": "export const slug = (s) => s.toLowerCase().replace(/ /g, '-');\n"},
       {"name": "slugify", "from_module": "./lib/text.mjs"}, "SyntaxError"),
    sc("fa_imp_npm_esm_cjs_named", "import_error", "npm run dev",
       "npm run dev: an ESM app imports a named export from a CommonJS package whose exports are built at run time",
       {"package.json": pkg({"dev": "node src/app.js"}, esm=True, name="portal"),
        "node_modules/legacy-config/package.json": '{"name": "legacy-config", "version": "1.0.0", "main": "index.js"}\n',
        "node_modules/legacy-config/index.js": "function make() {\n  return { loadConfig: () => ({}) };\n}\nmodule.exports = make();\n",
        "src/app.js": "import { loadConfig } from 'legacy-config';\n\nconsole.log(loadConfig());\n"},
       {"name": "loadConfig", "from_module": "legacy-config"}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("fa_imp_javac_symbol_build_sh", "import_error", "bash build.sh",
       "a set -e build script runs javac; App imports com.acme.util.Jsons, but the class is called Json (cannot find symbol)",
       {"build.sh": "#!/bin/bash\nset -e\necho 'build: compiling'\nmkdir -p out\njavac -d out -sourcepath src src/com/acme/App.java\necho 'build: ok'\n",
        "src/com/acme/App.java": D("""
package com.acme;

import com.acme.util.Jsons;

public class App {
    public static void main(String[] a) {
        System.out.println(Jsons.pretty("{}"));
    }
}
"""), "src/com/acme/util/Json.java": "package com.acme.util;\n\npublic class Json {\n    public static String pretty(String s) { return s; }\n}\n"},
       {"name": "Jsons", "from_module": "com.acme.util"}, "javac", tool="bash", ecosystem="java"),
    sc("fa_imp_py_logging_plugin_register", "import_error", "python3 -m auditd.main --plugin audit_s3",
       "a daemon imports the plugin named in its argv; the plugin imports register_plugin from the base module, which "
       "only has add_plugin; the error is logged on one line",
       {"auditd/__init__.py": "",
        "auditd/main.py": D("""
import argparse
import importlib
import logging
import sys

logging.basicConfig(level=logging.INFO, format='[%(levelname)s] %(name)s: %(message)s')
log = logging.getLogger('auditd')
ap = argparse.ArgumentParser()
ap.add_argument('--plugin')
args = ap.parse_args()
try:
    mod = importlib.import_module(f'auditd.plugins.{args.plugin}')
except ImportError as e:
    log.error('plugin %s unavailable: %s', args.plugin, e)
    sys.exit(2)
mod.register()
"""), "auditd/plugins/__init__.py": "",
        "auditd/plugins/audit_s3.py": "from auditd.plugins.base import register_plugin\n\n\ndef register():\n    register_plugin('s3')\n",
        "auditd/plugins/base.py": "def add_plugin(name):\n    print('registered', name)\n"},
       {"name": "register_plugin", "from_module": "auditd.plugins.base"}, "ImportError"),
    sc("fa_imp_unittest_discover_name", "import_error", "python3 -m unittest discover -s tests -v",
       "unittest discovery: a test module imports ApiClient from client, where the class is APIClient; another test passes",
       {"client.py": "class APIClient:\n    pass\n",
        "tests/test_api.py": "import unittest\n\nfrom client import ApiClient\n\n\nclass ApiTest(unittest.TestCase):\n    def test_init(self):\n        self.assertIsNotNone(ApiClient())\n",
        "tests/test_misc.py": "import unittest\n\n\nclass MiscTest(unittest.TestCase):\n    def test_ok(self):\n        self.assertTrue(True)\n"},
       {"name": "ApiClient", "from_module": "client"}, "ImportError"),
    sc("fa_imp_make_monthly_report", "import_error", "make report",
       "make report runs python3 -m reports.monthly, which imports currency from reports.format (it defines money)",
       {"Makefile": "report:\n\tpython3 -m reports.monthly --month 11\n",
        "reports/__init__.py": "",
        "reports/monthly.py": "from reports.format import currency\n\nprint(currency(1234.5))\n",
        "reports/format.py": "def money(x):\n    return f'{x:,.2f} EUR'\n"},
       {"name": "currency", "from_module": "reports.format"}, "ImportError", tool="make", ecosystem="python"),

    # ================= websocket =================
    sc("fa_ws_py_websockets_1011", "websocket", PY + " stream_prices.py",
       "a websockets price stream subscribes and iterates messages; the server closes with 1011",
       {"stream_prices.py": D("""
import asyncio

import websockets


async def main():
    async with websockets.connect('ws://127.0.0.1:{{ws}}/prices') as ws:
        await ws.send('{"subscribe": "EURUSD"}')
        async for msg in ws:
            print(msg)

asyncio.run(main())
""")},
       {"close_code": 1011}, "websockets.exceptions.ConnectionClosedError", servers={"ws": ("ws", "close", 1011, "upstream crashed")},
       requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("fa_ws_py_wsclient_403_argv", "websocket", PY + " tail_logs.py ws://127.0.0.1:{{ws}}/logs/tail",
       "a websocket-client log tailer connects to the URL in its argv; the server refuses the upgrade with 403",
       {"tail_logs.py": "import sys\n\nimport websocket\n\nws = websocket.create_connection(sys.argv[1], timeout=3)\nprint(ws.recv())\n"},
       {"url": "ws://127.0.0.1:{{ws}}/logs/tail", "http_status": 403}, "websocket._exceptions.WebSocketBadStatusException",
       servers={"ws": ("http", 403, "forbidden\n")}, requires=["py:websocket"], tool="python3", ecosystem="python"),
    sc("fa_ws_py_aiohttp_close_4001", "websocket", PY + " notifications.py",
       "an aiohttp notification client logs the server's close (code 4001, token expired) with logging.error and exits 1",
       {"notifications.py": D("""
import asyncio
import logging
import sys

import aiohttp

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')


async def main():
    async with aiohttp.ClientSession() as s:
        async with s.ws_connect('http://127.0.0.1:{{ws}}/notifications') as ws:
            logging.info('subscribed')
            msg = await ws.receive()
            if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                logging.error('notification socket closed by server: code=%s reason=%s', ws.close_code, msg.extra)
                return 1
    return 0

sys.exit(asyncio.run(main()))
""")},
       {"close_code": 4001}, "aiohttp", servers={"ws": ("ws", "close", 4001, "token expired")}, requires=["py:aiohttp"],
       tool="python3", ecosystem="python"),
    sc("fa_ws_node_ws_1008_text_log", "websocket", "node agent.js",
       "a node ws agent logs text lines; the server closes with 1008 (invalid token) and the agent logs it and exits 1",
       {"agent.js": D("""
const WebSocket = require('ws');

const log = (lvl, msg) => console.log(`${new Date().toISOString()} ${lvl.padEnd(5)} [agent] ${msg}`);
const url = 'ws://127.0.0.1:{{ws}}/agent';
log('info', `connecting to ${url}`);
const ws = new WebSocket(url);
ws.on('open', () => log('info', 'connected'));
ws.on('close', (code, reason) => {
  log('error', `disconnected (${code}) ${reason}`);
  process.exit(1);
});
""")},
       {"close_code": 1008, "url": "ws://127.0.0.1:{{ws}}/agent"}, "ws", servers={"ws": ("ws", "close", 1008, "invalid token")},
       setup=WS_LINK, requires=WS_REQ),
    sc("fa_ws_node_esm_refused", "websocket", "node live.mjs",
       "an ESM ws client connects to a live-feed server that is down; the unhandled 'error' event crashes it (ECONNREFUSED)",
       {"live.mjs": "import WebSocket from 'ws';\n\nconst ws = new WebSocket('ws://127.0.0.1:{{api}}/live');\nws.on('open', () => console.log('live'));\n"},
       {"url": "ws://127.0.0.1:{{api}}/live", "host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED",
       servers=CLOSED, setup=WS_LINK, requires=WS_REQ),
    sc("fa_ws_npm_subscribe_502", "websocket", "FEED_URL=ws://127.0.0.1:{{ws}}/feed npm run subscribe",
       "npm run subscribe: a ws client connects to FEED_URL (set before the command); a gateway answers the upgrade with 502",
       {"package.json": pkg({"subscribe": "node subscribe.js"}, name="feeds"),
        "subscribe.js": D("""
const WebSocket = require('ws');

const ws = new WebSocket(process.env.FEED_URL);
ws.on('open', () => console.log('subscribed'));
ws.on('error', (err) => {
  console.error('subscribe failed:', err.message);
  process.exitCode = 1;
});
""")},
       {"url": "ws://127.0.0.1:{{ws}}/feed", "http_status": 502}, "Error: Unexpected server response: 502",
       servers={"ws": ("http", 502, "bad gateway\n")}, setup=WS_LINK, requires=WS_REQ, tool="npm", ecosystem="node"),
    sc("fa_ws_java_onclose_4003", "websocket", "java -cp out app.Ticker ws://127.0.0.1:{{ws}}/ticker",
       "a java HttpClient WebSocket listener prints the server's close (4003 subscription limit) and exits 1",
       {"src/app/Ticker.java": D("""
package app;

import java.net.URI;
import java.net.http.*;
import java.util.concurrent.*;

public class Ticker {
    public static void main(String[] a) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(URI.create(a[0]), new WebSocket.Listener() {
                public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                    System.err.println("ticker: server closed the socket: " + code + " " + reason);
                    closed.complete(code);
                    return null;
                }
            }).join();
        int code = closed.get(10, TimeUnit.SECONDS);
        System.exit(code == 1000 ? 0 : 1);
    }
}
""")},
       {"close_code": 4003}, "java", servers={"ws": ("ws", "close", 4003, "subscription limit")},
       setup=["javac -d out src/app/Ticker.java"]),
    sc("fa_ws_py_websockets_404_room", "websocket", PY + " chat_client.py --room ops",
       "a websockets chat client builds its URL from the --room argument; the server answers the upgrade with 404",
       {"chat_client.py": D("""
import argparse
import asyncio

import websockets

ap = argparse.ArgumentParser()
ap.add_argument('--room')
args = ap.parse_args()


async def main():
    async with websockets.connect(f'ws://127.0.0.1:{{ws}}/rooms/{args.room}') as ws:
        print(await ws.recv())

asyncio.run(main())
""")},
       {"http_status": 404, "url": "ws://127.0.0.1:{{ws}}/rooms/ops"}, "websockets.exceptions.InvalidStatusCode",
       servers={"ws": ("http", 404, "no such room\n")}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("fa_ws_py_json_log_1013", "websocket", PY + " bridge.py",
       "a websockets bridge logs JSON lines; the server closes with 1013 (try again later) and the bridge logs repr(e) and "
       "the code, then exits 1",
       {"bridge.py": D("""
import asyncio
import json
import sys
import time

import websockets


def log(level, msg, **kw):
    print(json.dumps({'ts': round(time.time(), 3), 'level': level, 'msg': msg, **kw}), flush=True)


async def main():
    url = 'ws://127.0.0.1:{{ws}}/bridge'
    log('info', 'connecting', url=url)
    try:
        async with websockets.connect(url) as ws:
            log('info', 'connected')
            await ws.recv()
    except websockets.ConnectionClosed as e:
        log('error', 'bridge lost', error=repr(e), code=e.code)
        return 1
    return 0

sys.exit(asyncio.run(main()))
""")},
       {"close_code": 1013, "url": "ws://127.0.0.1:{{ws}}/bridge"}, "websockets.exceptions.ConnectionClosedError",
       servers={"ws": ("ws", "close", 1013, "try again later")}, requires=["py:websockets"], tool="python3", ecosystem="python"),

    # ================= negatives =================
    sc("fa_neg_py_requests_failover_ok", "negative", "python3 fetch_config.py",
       "a config fetcher prints the full traceback of a refused first mirror (traceback.print_exc), then fetches from the "
       "second mirror and exits 0",
       {"fetch_config.py": D("""
import traceback

import requests

MIRRORS = ['http://127.0.0.1:{{down}}/config', 'http://127.0.0.1:{{api}}/config']
for url in MIRRORS:
    try:
        r = requests.get(url, timeout=3)
        print('fetched config from', url, 'status', r.status_code)
        break
    except requests.ConnectionError:
        print('mirror failed, trying next:')
        traceback.print_exc()
""")},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "{}\n")}, requires=["py3:requests"], exit=0),
    sc("fa_neg_pytest_ra_quotes_modnotfound", "negative", "python3 -m pytest -rA -q -p no:cacheprovider tests",
       "pytest -rA: a passing test prints the ModuleNotFoundError of an optional backend it falls back from (exit 0)",
       {"tests/test_optional.py": D("""
import importlib


def test_optional_backend_falls_back():
    try:
        importlib.import_module('ujson_fast')
        backend = 'ujson_fast'
    except ModuleNotFoundError as e:
        print(f'optional backend missing, using json: {e!r}')
        backend = 'json'
    assert backend == 'json'
""")},
       {}, "", requires=["py3:pytest"], tool="pytest", ecosystem="python", exit=0),
    sc("fa_neg_git_log_quotes_errors", "negative", "git log --format='%s%n%n%b' -3",
       "git log shows three commit messages that quote the errors they fixed (ECONNREFUSED, JSONDecodeError, Permission denied)",
       {"README.md": "# app\n"}, {}, "git",
       setup=[GIT_INIT,
              "git commit -q --allow-empty -m 'chmod +x deploy.sh' -m 'CI failed with: bash: ./deploy.sh: Permission denied'",
              "git commit -q --allow-empty -m 'fix config loading' -m \"json.decoder.JSONDecodeError: Expecting ',' delimiter: line 3 column 5 (char 20)\"",
              "git commit -q --allow-empty -m 'retry redis on startup' -m 'The worker crashed with:\n  Error: connect ECONNREFUSED 127.0.0.1:6379'"],
       exit=0),
    sc("fa_neg_py_validator_expected_errors", "negative", "python3 tests/check_rejects.py testdata/invalid",
       "a validator test feeds invalid JSON files and prints each decode error as expected (exit 0)",
       {"tests/check_rejects.py": D("""
import json
import pathlib
import sys

bad = 0
for p in sorted(pathlib.Path(sys.argv[1]).glob('*.json')):
    try:
        json.loads(p.read_text())
        print(f'{p}: UNEXPECTEDLY VALID')
        bad += 1
    except json.JSONDecodeError as e:
        print(f'{p}: rejected as expected: {e}')
print(f'{bad} unexpected results')
sys.exit(1 if bad else 0)
"""), "testdata/invalid/trailing_comma.json": "{\"a\": 1,}\n", "testdata/invalid/single_quotes.json": "{'a': 1}\n",
        "testdata/invalid/truncated.json": "{\"a\": [1, 2\n"},
       {}, "", exit=0),
    sc("fa_neg_py_argparse_help_errors", "negative", "python3 sync_dir.py --help",
       "an argparse --help text whose epilog quotes PermissionError and ConnectionRefusedError as exit statuses (exit 0)",
       {"sync_dir.py": D("""
import argparse

ap = argparse.ArgumentParser(
    description='Mirror a folder to the backup share.',
    epilog='Exit status: 0 on success, 3 when the target is not writable '
           '("PermissionError: [Errno 13] Permission denied"), 4 when the share is down '
           '("ConnectionRefusedError: [Errno 111] Connection refused").')
ap.add_argument('src')
ap.add_argument('dst')
ap.add_argument('--delete', action='store_true', help='remove files missing from src')
ap.parse_args()
""")},
       {}, "", exit=0),
    sc("fa_neg_node_fetch_500_json_log", "negative", "node jobs/charge.mjs",
       "an ESM job posts a charge with fetch; the running API answers 500 with a JSON body; the job logs it as a JSON line",
       {"jobs/charge.mjs": D("""
const log = (o) => console.log(JSON.stringify({ time: new Date().toISOString(), ...o }));
const res = await fetch('http://127.0.0.1:{{api}}/v1/charges', { method: 'POST', body: '{}' });
if (!res.ok) {
  log({ level: 'error', msg: 'charge failed', status: res.status, body: await res.text() });
  process.exit(1);
}
log({ level: 'info', msg: 'charged' });
""")},
       {}, "", servers={"api": ("http", 500, "{\"error\": \"internal\", \"message\": \"ledger unavailable\"}",
                                {"Content-Type": "application/json"})}),
    sc("fa_neg_curl_503_health", "negative", "curl -fsS http://127.0.0.1:{{api}}/healthz",
       "curl -f on a health endpoint of a running server in maintenance (503)", {}, {}, "curl",
       servers={"api": ("http", 503, "maintenance\n")}, exit=22),
    sc("fa_neg_pytest_logic_json_name", "negative", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: a logic test named after JSONDecodeError fails because the parser returns the message with the name; the "
       "assertion diff quotes the decoder's error",
       {"parser.py": D("""
import json


def parse(text):
    try:
        return {'ok': True, 'data': json.loads(text)}
    except ValueError as e:
        return {'ok': False, 'error': type(e).__name__ + ': ' + str(e)}
"""), "tests/test_parser.py": D("""
from parser import parse


def test_parse_reports_json_decode_error():
    result = parse('{"a": 1,}')
    assert result == {'ok': False, 'error': 'JSONDecodeError'}
"""), "pytest.ini": PYTEST_INI},
       {}, "AssertionError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fa_neg_node_test_missing_exception", "negative", "node --test test/",
       "node --test: a test expects parseConfig to throw SyntaxError on invalid JSON, but it swallows the error "
       "(Missing expected exception)",
       {"lib/config.js": "exports.parseConfig = (text) => {\n  try {\n    return JSON.parse(text);\n  } catch {\n    return {};\n  }\n};\n",
        "test/config.test.js": D("""
const test = require('node:test');
const assert = require('node:assert');
const { parseConfig } = require('../lib/config');

test('rejects a config that is not valid JSON', () => {
  assert.throws(() => parseConfig('{"port": 80,}'), SyntaxError);
});
""")},
       {}, "AssertionError"),
    sc("fa_neg_java_business_caused", "negative", "java -cp out app.Orders 740",
       "a java order service throws its own OrderRejectedException caused by an IllegalArgumentException (credit limit)",
       {"src/app/Orders.java": D("""
package app;

public class Orders {
    static class OrderRejectedException extends RuntimeException {
        OrderRejectedException(String m, Throwable c) { super(m, c); }
    }

    static void checkCredit(int amount) {
        if (amount > 500) throw new IllegalArgumentException("credit limit 500 exceeded by " + (amount - 500));
    }

    public static void main(String[] a) {
        try {
            checkCredit(Integer.parseInt(a[0]));
        } catch (IllegalArgumentException e) {
            throw new OrderRejectedException("order ORD-1187 rejected", e);
        }
    }
}
""")},
       {}, "OrderRejectedException", setup=["javac -d out src/app/Orders.java"]),
    sc("fa_neg_bash_timeout_124", "negative", "bash scripts/warm.sh",
       "a cache warm-up step is killed by its own timeout 1 (exit 124) and the script prints 'timed out'",
       {"scripts/warm.sh": D("""
#!/bin/bash
echo "warm: priming caches"
timeout 1 bash -c 'while :; do sleep 0.2; done'
rc=$?
if [ $rc -eq 124 ]; then
  echo "warm: error: step 'prime' timed out after 1s" >&2
fi
exit $rc
""")},
       {}, "timeout", tool="bash", ecosystem="shell", exit=124),
    sc("fa_neg_py_native_segfault", "negative", "python3 run_native.py",
       "a python wrapper runs a native parser that segfaults and reports the signal",
       {"run_native.py": D("""
import signal
import subprocess
import sys

p = subprocess.run(['./bin/parse-native', 'data/input.bin'])
if p.returncode < 0:
    sig = signal.Signals(-p.returncode).name
    print(f'error: parse-native crashed with {sig} (exit {p.returncode})', file=sys.stderr)
    sys.exit(1)
"""), "src/parse.c": "#include <stdio.h>\n\nint main(int argc, char **argv) {\n    volatile int *p = 0;\n    printf(\"parsing %s\\n\", argv[1]);\n    fflush(stdout);\n    *p = 1;\n    return 0;\n}\n",
        "data/input.bin": "x"},
       {}, "SIGSEGV", setup=["mkdir -p bin && gcc -O0 -o bin/parse-native src/parse.c"]),
    sc("fa_neg_make_golden_diff", "negative", "make test",
       "make test compares a rendered report with its golden file; diff shows a wrong total (Error 1)",
       {"Makefile": "test:\n\tpython3 render.py > out.txt\n\tdiff -u expected.txt out.txt\n",
        "render.py": "print('total: 41')\n", "expected.txt": "total: 42\n"},
       {}, "make", tool="make", ecosystem="make"),
    sc("fa_neg_sqlite_unique", "negative", "sqlite3 app.db \"insert into users(email) values ('a@example.com')\"",
       "sqlite3: an insert violates a UNIQUE constraint", {}, {}, "sqlite3",
       setup=["sqlite3 app.db \"create table users(email text unique); insert into users values ('a@example.com')\""]),
    sc("fa_neg_git_merge_conflict", "negative", "git merge feature",
       "git merge stops on a content conflict", {"app.txt": "v1\n"}, {}, "git",
       setup=[GIT_INIT + " && git checkout -qb feature && echo feature > app.txt && git commit -qam feat && git checkout -q - "
              "&& echo main > app.txt && git commit -qam main"]),
    sc("fa_neg_npm_lint_warnings", "negative", "npm run lint",
       "npm run lint prints two warnings and '0 errors' and exits 0",
       {"package.json": pkg({"lint": "node scripts/lint.js"}, name="web"),
        "scripts/lint.js": D("""
console.log('src/api.js');
console.log("  12:5  warning  'err' is defined but never used  no-unused-vars");
console.log('  30:1  warning  Unexpected console statement  no-console');
console.log('');
console.log('2 problems (0 errors, 2 warnings)');
""")},
       {}, "", tool="npm", ecosystem="node", exit=0),
    sc("fa_neg_perl_quota_die", "negative", "perl bin/upload.pl reports/q4.pdf",
       "a perl upload tool dies because the tenant's quota is exceeded (a business rule)",
       {"bin/upload.pl": D(r"""
use strict;
use warnings;

my $file = shift;
my ($used, $limit) = (105, 100);
die "upload refused: quota exceeded for tenant acme ($used GB of $limit GB), $file not sent\n" if $used > $limit;
print "uploaded $file\n";
""")},
       {}, "perl"),
    sc("fa_neg_node_ws_failover_ok", "negative", "node events.js",
       "a node ws client logs ECONNREFUSED for its first endpoint, connects to the second, which closes normally (exit 0)",
       {"events.js": D("""
const WebSocket = require('ws');

const urls = ['ws://127.0.0.1:{{down}}/events', 'ws://127.0.0.1:{{ws}}/events'];
function connect(i) {
  const ws = new WebSocket(urls[i]);
  ws.on('error', (err) => {
    console.error(`[events] ${urls[i]}: ${err.message}; trying next endpoint`);
    connect(i + 1);
  });
  ws.on('open', () => console.log(`[events] connected to ${urls[i]}`));
  ws.on('close', (code) => {
    if (code === 1000) console.log('[events] stream finished normally');
  });
}
connect(0);
""")},
       {}, "", servers={"down": ("closed",), "ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("fa_neg_dash_wget_mirror_ok", "negative", "sh scripts/fetch.sh",
       "a dash fetch script tries two mirrors with wget; the first refuses, the second serves the file (exit 0)",
       {"scripts/fetch.sh": D("""
#!/bin/sh
for m in http://127.0.0.1:{{down}} http://127.0.0.1:{{api}}; do
  if wget -nv -O data.tar.gz "$m/data.tar.gz"; then
    echo "fetch: downloaded from $m"
    exit 0
  fi
  echo "fetch: mirror $m unavailable"
done
exit 1
""")},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "data\n")}, shell="dash", tool="sh", ecosystem="shell", exit=0),
    sc("fa_neg_py_httpx_404", "negative", PY + " get_user.py 7",
       "an httpx client raises HTTPStatusError on a 404 from a running API",
       {"get_user.py": D("""
import sys

import httpx

r = httpx.get(f'http://127.0.0.1:{{api}}/api/users/{sys.argv[1]}', timeout=3)
r.raise_for_status()
print(r.json())
""")},
       {}, "httpx.HTTPStatusError", servers={"api": ("http", 404, "{\"detail\": \"not found\"}", {"Content-Type": "application/json"})},
       requires=["py:httpx"], tool="python3", ecosystem="python"),
    sc("fa_neg_java_retry_then_connected", "negative", "java -cp out app.Probe {{down}} {{api}}",
       "a java probe prints the stack trace of a refused first port, then connects to the second (exit 0)",
       {"src/app/Probe.java": D("""
package app;

import java.net.*;

public class Probe {
    public static void main(String[] a) throws Exception {
        for (String port : a) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)), 2000);
                System.out.println("connected to 127.0.0.1:" + port);
                return;
            } catch (ConnectException e) {
                System.err.println("attempt on port " + port + " failed:");
                e.printStackTrace();
            }
        }
        System.exit(1);
    }
}
""")},
       {}, "", servers={"down": ("closed",), "api": ("silent",)}, setup=["javac -d out src/app/Probe.java"], exit=0),
    sc("fa_neg_py_keyerror_env", "negative", "python3 settings_check.py",
       "a settings check reads DATABASE_URL from the environment, which is not set (KeyError)",
       {"settings_check.py": "import os\n\nprint('checking settings')\ndb = os.environ['DATABASE_URL']\nprint('database', db)\n"},
       {}, "KeyError"),
    sc("fa_neg_node_typeerror_handler", "negative", "node jobs/fulfil.js",
       "a node fulfilment job reads order.items of an order without items (TypeError: Cannot read properties of undefined)",
       {"jobs/fulfil.js": D("""
const orders = [{ id: 1, items: [{ sku: 'A1' }] }, { id: 2 }];
for (const order of orders) {
  const skus = order.items.map((i) => i.sku);
  console.log(`order ${order.id}: ${skus.join(',')}`);
}
""")},
       {}, "TypeError"),
    sc("fa_neg_gcc_warnings_ok", "negative", "make",
       "make builds a C tool with -Wall; gcc prints an unused-variable warning and the build ends with '0 errors'",
       {"Makefile": "bin/sum: src/sum.c\n\tmkdir -p bin\n\tgcc -Wall -o $@ $<\n\t@echo 'build finished: 0 errors, 1 warning'\n",
        "src/sum.c": "#include <stdio.h>\n\nint main(void) {\n    int unused;\n    printf(\"%d\\n\", 1 + 2);\n    return 0;\n}\n"},
       {}, "gcc", tool="make", ecosystem="c", exit=0),
]

# ---- second round (names fa_b_*), written blind after the first round was scored (99.1 / 96.4 / 0 of 24): forms the first
# round lacked. Labels written before any capture of them.
SCENARIOS += [
    sc("fa_b_mm_unittest_subprocess_bytes", "missing_module", "python3 -m unittest -v tests.test_cli",
       "a unittest runs the export CLI as a child with capture_output and asserts its exit code with the child's stderr as "
       "the message: the child's traceback (xlsxwriter not installed) appears only as a bytes repr",
       {"exporter/__init__.py": "", "exporter/__main__.py": "import sys\n\nimport xlsxwriter\n\nxlsxwriter.Workbook(sys.argv[1]).close()\n",
        "tests/__init__.py": "",
        "tests/test_cli.py": D("""
import subprocess
import sys
import unittest


class CliTest(unittest.TestCase):
    def test_export_runs(self):
        r = subprocess.run([sys.executable, '-m', 'exporter', 'out.xlsx'], capture_output=True)
        self.assertEqual(r.returncode, 0, r.stderr)
""")},
       {"module": "xlsxwriter"}, "ModuleNotFoundError"),
    sc("fa_b_mm_make_recursive_pendulum", "missing_module", "make -C services/api check",
       "make -C into a service folder runs a python self-check that imports pendulum (not installed): make's Entering/"
       "Leaving directory lines and Error 1 surround the traceback",
       {"services/api/Makefile": "check:\n\t@echo 'api: self-check'\n\tpython3 -m api.selfcheck\n",
        "services/api/api/__init__.py": "",
        "services/api/api/selfcheck.py": "import pendulum\n\nprint('now', pendulum.now('UTC'))\n"},
       {"module": "pendulum"}, "ModuleNotFoundError", tool="make", ecosystem="python"),
    sc("fa_b_syn_perl_lint_loop", "syntax", "bash ci/lint-perl.sh",
       "a CI loop runs perl -c over bin/*.pl and prints 'lint: FAILED <file>: <perl's output>' for the broken one (an "
       "unmatched right curly bracket), then a summary",
       {"ci/lint-perl.sh": D("""
#!/bin/bash
fail=0
for f in bin/*.pl; do
  if out=$(perl -c "$f" 2>&1); then
    echo "lint: ok $f"
  else
    echo "lint: FAILED $f: $out"
    fail=1
  fi
done
echo "lint: done (fail=$fail)"
exit $fail
"""), "bin/a_ok.pl": "use strict;\nuse warnings;\nprint \"ok\\n\";\n",
        "bin/check_sign.pl": D(r"""
use strict;
use warnings;
my $n = shift // 1;
if ($n > 0) { print "positive\n"; }}
print "done\n";
""")},
       {"file": "bin/check_sign.pl", "line": 4}, "perl", tool="bash", ecosystem="perl"),
    sc("fa_b_syn_py_checker_fileline", "syntax", "python3 tools/check_syntax.py src",
       "a pre-commit-like checker compiles every file and prints flake8-style 'path:line:col: E999 SyntaxError: msg' "
       "lines and a count (a missing comma between arguments)",
       {"tools/check_syntax.py": D("""
import pathlib
import sys

errors = 0
for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.py')):
    try:
        compile(p.read_text(), str(p), 'exec')
    except SyntaxError as e:
        errors += 1
        print(f'{p}:{e.lineno}:{e.offset}: E999 {type(e).__name__}: {e.msg}')
print(f'{errors} error(s) found')
sys.exit(1 if errors else 0)
"""), "src/app/__init__.py": "",
        "src/app/models.py": "class User:\n    name = ''\n",
        "src/app/views.py": D("""
from app.models import User


def render(request, template, context):
    return template


def index(request):
    return render(request, 'index.html' {'user': User()})
""")},
       {"file": "src/app/views.py", "line": 9}, "SyntaxError"),
    sc("fa_b_conn_node_localhost_argv", "connection", "node healthcheck.js http://localhost:{{api}}/health",
       "a node health check GETs the localhost URL in its argv with http.get and rethrows the error: nothing listens",
       {"healthcheck.js": D("""
const http = require('http');

const url = process.argv[2];
http.get(url, (res) => {
  console.log(`health: ${res.statusCode}`);
  process.exit(res.statusCode === 200 ? 0 : 1);
}).on('error', (err) => {
  throw err;
});
""")},
       {"port": "{{api}}", "url": "http://localhost:{{api}}/health"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("fa_b_conn_py_smtp_alert_argv", "connection", "python3 alert.py --smtp 127.0.0.1:{{api}} --to ops@example.com",
       "an alert script sends mail with smtplib to the server given in its argv; the mail relay is down",
       {"alert.py": D("""
import argparse
import smtplib
from email.message import EmailMessage

ap = argparse.ArgumentParser()
ap.add_argument('--smtp')
ap.add_argument('--to')
a = ap.parse_args()
host, port = a.smtp.split(':')
msg = EmailMessage()
msg['Subject'] = 'disk almost full'
msg['From'] = 'alerts@example.com'
msg['To'] = a.to
msg.set_content('95% used')
print('sending alert to', a.to)
with smtplib.SMTP(host, int(port), timeout=5) as s:
    s.send_message(msg)
""")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("fa_b_conn_java_jdbc_logback", "connection", "java -cp out com.acme.Db jdbc:postgresql://127.0.0.1:{{api}}/orders",
       "a java service parses the JDBC URL in its argv, logs a logback-style ERROR line with the stack trace of the refused "
       "socket, then an INFO shutdown line",
       {"src/com/acme/Db.java": D("""
package com.acme;

import java.net.*;
import java.time.LocalTime;

public class Db {
    static void log(String level, String msg) {
        System.out.println(LocalTime.now() + " [main] " + level + " com.acme.Db - " + msg);
    }

    public static void main(String[] a) throws Exception {
        URI u = URI.create(a[0].substring("jdbc:".length()));
        log("INFO", "opening pool for " + a[0]);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(u.getHost(), u.getPort()), 2000);
        } catch (ConnectException e) {
            log("ERROR", "cannot open pool");
            e.printStackTrace(System.out);
            log("INFO", "shutting down");
            System.exit(1);
        }
    }
}
""")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED,
       setup=["javac -d out src/com/acme/Db.java"]),
    sc("fa_b_conn_git_ssh_push", "connection", "git push -q origin HEAD",
       "git push over ssh to a git server whose ssh port is closed (ssh: connect to host ... Connection refused, then git's "
       "'Could not read from remote repository')",
       {"README.md": "# app\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ssh", servers=CLOSED,
       env={"GIT_SSH_COMMAND": "ssh -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"},
       setup=[GIT_INIT + " && git remote add origin ssh://git@127.0.0.1:{{api}}/srv/app.git"], requires=["bin:ssh"]),
    sc("fa_b_conn_psql_socket_missing", "connection", "psql -d app -c 'select 1'",
       "psql without a host tries the local Unix socket; no server runs here ('No such file or directory. Is the server "
       "running locally ...?')", {},
       {}, "psql", requires=["bin:psql"]),
    sc("fa_b_fnf_command_not_found_yarn", "file_not_found", "bash scripts/deploy.sh",
       "a set -e deploy script with an EXIT trap calls yarn, which is not installed (yarn: command not found, 127)",
       {"scripts/deploy.sh": D("""
#!/bin/bash
set -e
trap 'echo "deploy: cleaning up"' EXIT
echo "deploy: installing dependencies"
yarn install --frozen-lockfile
echo "deploy: building"
""")},
       {"path": "yarn"}, "bash", tool="bash", ecosystem="shell"),
    sc("fa_b_fnf_bad_interpreter", "file_not_found", "./tools/legacy_sync.py --dry-run",
       "a script's shebang names an interpreter that is not installed (bad interpreter: No such file or directory)",
       {"tools/legacy_sync.py": "#!/usr/local/bin/python3.9\nprint('sync')\n"},
       {"path": "/usr/local/bin/python3.9"}, "bash", modes={"tools/legacy_sync.py": 0o755}, tool="bash", ecosystem="shell"),
    sc("fa_b_fnf_java_jar_missing", "file_not_found", "java -jar build/libs/orders-1.2.0.jar --server.port=8081",
       "java -jar of a jar that was never built (Error: Unable to access jarfile)", {},
       {"path": "build/libs/orders-1.2.0.jar"}, "java", dirs=["build/libs"]),
    sc("fa_b_fnf_argparse_filetype", "file_not_found", "python3 import_csv.py --input data/2026-12.csv",
       "argparse FileType opens the input file and prints usage and 'can't open ...: [Errno 2]' (exit 2)",
       {"import_csv.py": D("""
import argparse
import csv

ap = argparse.ArgumentParser(prog='import_csv')
ap.add_argument('--input', type=argparse.FileType('r'), required=True)
a = ap.parse_args()
print(sum(1 for _ in csv.reader(a.input)), 'rows')
""")},
       {"path": "data/2026-12.csv"}, "argparse", dirs=["data"]),
    sc("fa_b_fnf_venv_exec", "file_not_found", "bash bin/serve",
       "a start script execs the project's virtualenv python, but the venv was never created",
       {"bin/serve": "#!/bin/bash\nset -e\necho 'serve: starting app on :8000'\nexec .venv/bin/python -m app --port 8000\n",
        "app/__init__.py": "", "app/__main__.py": "print('app')\n"},
       {"path": ".venv/bin/python"}, "bash", tool="bash", ecosystem="shell"),
    sc("fa_b_fnf_git_clone_local_missing", "file_not_found", "git clone -q vendor/libfoo.git build/libfoo",
       "git clone of a local bare repository path that does not exist", {},
       {"path": "vendor/libfoo.git"}, "git", dirs=["vendor", "build"]),
    sc("fa_b_perm_dash_redirect_log", "permission", "sh bin/deploy.sh",
       "a dash deploy script appends to a read-only log file with >> (cannot create ...: Permission denied; run without "
       "capabilities)",
       {"bin/deploy.sh": "#!/bin/sh\nset -e\necho 'deploy: start'\necho \"$(date -u) deploy start\" >> logs/deploy.log\necho 'deploy: done'\n",
        "logs/deploy.log": ""},
       {"path": "logs/deploy.log"}, "sh", modes={"logs/deploy.log": 0o444}, drop_caps=True, shell="dash", tool="sh",
       ecosystem="shell"),
    sc("fa_b_perm_py_rmtree_cleanup", "permission", "python3 clean.py",
       "a clean step removes build/cache with shutil.rmtree; a read-only subfolder keeps its file (run without capabilities)",
       {"clean.py": "import shutil\n\nprint('removing build/cache')\nshutil.rmtree('build/cache')\nprint('clean')\n",
        "build/cache/sub/blob.bin": "x"},
       {"path": "build/cache/sub/blob.bin"}, "PermissionError", modes={"build/cache/sub": 0o555}, drop_caps=True),
    sc("fa_b_perm_argparse_filetype_w", "permission", "python3 export.py --out reports/december.csv",
       "argparse FileType('w') cannot open the output file in a read-only folder (usage line, then [Errno 13]; run without "
       "capabilities)",
       {"export.py": D("""
import argparse

ap = argparse.ArgumentParser(prog='export')
ap.add_argument('--out', type=argparse.FileType('w'), required=True)
a = ap.parse_args()
a.out.write('a,b\\n')
""")},
       {"path": "reports/december.csv"}, "argparse", dirs=["reports"], modes={"reports": 0o555}, drop_caps=True),
    sc("fa_b_json_bom", "json_format", "python3 load.py config/export.json",
       "a loader reads a JSON file saved with a UTF-8 BOM by an editor (Unexpected UTF-8 BOM)",
       {"load.py": "import json\nimport sys\n\nwith open(sys.argv[1], encoding='utf-8') as f:\n    cfg = json.load(f)\nprint(sorted(cfg))\n",
        "config/export.json": "\ufeff{\"format\": \"csv\"}\n"},
       {"json_file": "config/export.json", "line": 1, "column": 1}, "json.decoder.JSONDecodeError"),
    sc("fa_b_json_node_empty_state", "json_format", "node sync.js --state state/last-run.json",
       "a node sync job reads its state file named in the argv; a crash left it empty (Unexpected end of JSON input)",
       {"sync.js": D("""
const fs = require('fs');

const file = process.argv[process.argv.indexOf('--state') + 1];
const state = JSON.parse(fs.readFileSync(file, 'utf8'));
console.log('last run', state.at);
"""), "state/last-run.json": ""},
       {"json_file": "state/last-run.json"}, "SyntaxError"),
    sc("fa_b_imp_node_esm_worker_named", "import_error", "node src/main.mjs",
       "an ESM worker thread imports a named export its module does not have; the main thread prints 'worker failed: "
       "<message>' from the worker's error event",
       {"src/main.mjs": D("""
import { Worker } from 'node:worker_threads';

const w = new Worker(new URL('./resize-worker.mjs', import.meta.url));
w.on('error', (err) => {
  console.error(`worker failed: ${err.message}`);
  process.exitCode = 1;
});
"""), "src/resize-worker.mjs": "import { Pool } from './pool.mjs';\n\nnew Pool(4);\n",
        "src/pool.mjs": "export default class Pool {\n  constructor(n) { this.n = n; }\n}\n"},
       {"name": "Pool", "from_module": "./pool.mjs"}, "SyntaxError"),
    sc("fa_b_imp_py_json_log_traceback", "import_error", "python3 scheduler.py",
       "a scheduler logs JSON lines; the failed import of its jobs module is logged with the formatted traceback in an "
       "'exception' field (newlines escaped)",
       {"scheduler.py": D("""
import json
import sys
import traceback

print(json.dumps({'level': 'info', 'event': 'scheduler starting'}))
try:
    from jobs.schedule import Schedule
except ImportError:
    print(json.dumps({'level': 'error', 'event': 'cannot load jobs', 'exception': traceback.format_exc()}))
    sys.exit(1)
"""), "jobs/__init__.py": "", "jobs/schedule.py": "class Scheduler:\n    pass\n"},
       {"name": "Schedule", "from_module": "jobs.schedule"}, "ImportError"),
    sc("fa_b_ws_wsclient_lost_argv", "websocket", PY + " watch.py ws://127.0.0.1:{{ws}}/watch",
       "a websocket-client watcher connects to the URL in its argv; the server drops the connection right after the handshake",
       {"watch.py": "import sys\n\nimport websocket\n\nws = websocket.create_connection(sys.argv[1], timeout=3)\nprint('watching')\nprint(ws.recv())\n"},
       {"url": "ws://127.0.0.1:{{ws}}/watch"}, "websocket", servers={"ws": ("ws", "drop")}, requires=["py:websocket"],
       tool="python3", ecosystem="python"),
    sc("fa_b_ws_node_send_after_close", "websocket", "node feed.js",
       "a node ws feed client logs the server's 1001 close; a timer then sends on the closed socket and crashes (WebSocket "
       "is not open: readyState 3): the close is the cause",
       {"feed.js": D("""
const WebSocket = require('ws');

const ws = new WebSocket('ws://127.0.0.1:{{ws}}/feed');
ws.on('open', () => {
  console.log('feed open');
  setTimeout(() => ws.send('ping', (err) => {
    if (err) throw err;
  }), 300);
});
ws.on('close', (code, reason) => console.log(`feed closed ${code} ${reason}`));
""")},
       {"close_code": 1001}, "Error", servers={"ws": ("ws", "close", 1001, "going away")}, setup=WS_LINK, requires=WS_REQ),
    sc("fa_b_ws_py_websockets_empty_reply", "websocket", PY + " subscribe.py --url ws://127.0.0.1:{{ws}}/events",
       "a websockets client connects to the URL in its argv; the server reads the upgrade and closes without an answer "
       "(InvalidMessage: did not receive a valid HTTP response)",
       {"subscribe.py": D("""
import argparse
import asyncio

import websockets

ap = argparse.ArgumentParser()
ap.add_argument('--url')
args = ap.parse_args()


async def main():
    async with websockets.connect(args.url) as ws:
        print(await ws.recv())

asyncio.run(main())
""")},
       {"url": "ws://127.0.0.1:{{ws}}/events"}, "websockets.exceptions.InvalidMessage", servers={"ws": ("empty",)},
       requires=["py:websockets"], tool="python3", ecosystem="python"),

    # negatives
    sc("fa_b_neg_sqlite_json_failed_jobs", "negative", "sqlite3 -json jobs.db \"select id, error from jobs where status = 'failed'\"",
       "sqlite3 -json lists failed jobs whose error column holds error texts (a query that succeeds, exit 0)", {}, {}, "sqlite3",
       setup=["sqlite3 jobs.db \"create table jobs(id integer, status text, error text); insert into jobs values "
              "(7, 'failed', 'Error: connect ECONNREFUSED 10.0.0.5:5432'), (9, 'failed', 'PermissionError: [Errno 13] Permission denied: ''/data/out.csv'''), "
              "(10, 'done', null)\""], exit=0),
    sc("fa_b_neg_java_optional_override", "negative", "java -cp out app.Settings",
       "a java app logs at INFO that its optional override file is missing (FileNotFoundException text) and uses defaults (exit 0)",
       {"src/app/Settings.java": D("""
package app;

import java.io.*;
import java.util.Properties;

public class Settings {
    public static void main(String[] a) {
        Properties p = new Properties();
        p.setProperty("port", "8080");
        try (InputStream in = new FileInputStream("conf/override.properties")) {
            p.load(in);
        } catch (IOException e) {
            System.out.println("INFO settings: no override (" + e + "), using defaults");
        }
        System.out.println("INFO settings: port=" + p.getProperty("port"));
    }
}
""")},
       {}, "", setup=["javac -d out src/app/Settings.java"], exit=0),
    sc("fa_b_neg_py_websockets_normal_close", "negative", PY + " once.py",
       "a websockets client reads until the server closes normally and prints the ConnectionClosedOK text (exit 0)",
       {"once.py": D("""
import asyncio

import websockets


async def main():
    async with websockets.connect('ws://127.0.0.1:{{ws}}/once') as ws:
        try:
            await ws.recv()
        except websockets.ConnectionClosedOK as e:
            print(f'stream ended: {e}')

asyncio.run(main())
""")},
       {}, "", servers={"ws": ("ws", "close", 1000, "done")}, requires=["py:websockets"], tool="python3", ecosystem="python", exit=0),
    sc("fa_b_neg_java_oom", "negative", "java -Xmx16m -cp out app.Load",
       "a java loader keeps every record in memory and runs out of heap (OutOfMemoryError)",
       {"src/app/Load.java": D("""
package app;

import java.util.ArrayList;
import java.util.List;

public class Load {
    public static void main(String[] a) {
        List<long[]> rows = new ArrayList<>();
        while (true) rows.add(new long[100_000]);
    }
}
""")},
       {}, "java.lang.OutOfMemoryError", setup=["javac -d out src/app/Load.java"]),
    sc("fa_b_neg_py_requests_429", "negative", "python3 pull_orders.py",
       "a requests client gets 429 Too Many Requests from a running API and exits 75 with a 'try again later' line",
       {"pull_orders.py": D("""
import sys

import requests

r = requests.get('http://127.0.0.1:{{api}}/v1/orders', timeout=5)
if r.status_code == 429:
    print(f'rate limited ({r.status_code}), retry after {r.headers.get("Retry-After")}s; try again later', file=sys.stderr)
    sys.exit(75)
print(len(r.json()))
""")},
       {}, "", servers={"api": ("http", 429, "slow down\n", {"Retry-After": "30"})}, requires=["py3:requests"]),
]
