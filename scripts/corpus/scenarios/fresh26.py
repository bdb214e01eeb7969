"""A twenty-sixth fresh set (prefix fc_), written BLIND in session 17: its author read only the corpus README,
capture.py, servers.py, common.py, fresh7.py (the format) and DESIGN.md sections 4 and 8, never the rules, the parsers,
any other scenario file or any capture. Operators' real programs (cron jobs, deploy scripts, web services and their
clients, data scripts over JSON/CSV/YAML, build steps, database maintenance, WebSocket dashboards, CLIs) in python3, node
(CJS and ESM), java, bash/dash and other tools, half in plain forms and half in hard ones (child processes, logging and
JSON/logfmt lines, pytest/unittest/node --test reports, npm and make wrappers, set -e scripts with traps, retries,
details only in the argv or the environment, pasted excerpts). About a quarter are realistic negatives. Labels (cause
and key details) were written from what each program does and committed before any capture existed; round 1 is the
first ~110 scenarios, round 2 (names fc_r2_*) ~30 more in forms round 1 lacks. Split: fresh26_train / fresh26_holdout
by a fixed hash of the name (capture.py)."""
from scenarios.common import sc, WS_LINK, WS_REQ, pkg

CLOSED = {"api": ("closed",)}
PY = "/usr/bin/python3"  # Debian's python3: websockets, websocket-client, aiohttp, httpx
GIT_INIT = "git init -q . && git add -A && git commit -qm init"
PYTEST_INI = {"pytest.ini": "[pytest]\npythonpath = .\n"}
HTML_502 = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
            "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n")


def javac(*srcs):
    return ["mkdir -p out && javac -d out " + " ".join(srcs)]


ROUND1 = [
    # ================= missing_module =================
    sc("fc_mm_bash_cron_trap_openpyxl", "missing_module", "bash cron/monthly-report.sh",
       "a monthly cron wrapper under set -eE with an ERR trap runs a python report that imports openpyxl (not installed)",
       {"cron/monthly-report.sh": r"""#!/bin/bash
set -eE
trap 'echo "monthly-report: step failed at line $LINENO (exit $?)" >&2' ERR
echo "monthly-report: start $(date -u +%F)"
mkdir -p out
python3 reports/monthly.py --out out/report.xlsx
echo "monthly-report: done"
""",
        "reports/monthly.py": r"""import argparse
from openpyxl import Workbook

ap = argparse.ArgumentParser()
ap.add_argument('--out')
args = ap.parse_args()
wb = Workbook()
wb.active['A1'] = 'total'
wb.save(args.out)
"""},
       {"module": "openpyxl"}, "ModuleNotFoundError", tool="bash", ecosystem="python"),
    sc("fc_mm_py_storage_backend_logging_minio", "missing_module", "python3 storage.py s3",
       "a service picks its storage backend from the argv and imports it with importlib; the s3 backend's library minio is "
       "not installed and log.exception prints the traceback",
       {"storage.py": r"""import importlib
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s [%(name)s] %(message)s')
log = logging.getLogger('storage')
BACKENDS = {'s3': 'minio', 'local': 'shutil'}


def load_backend(kind):
    name = BACKENDS[kind]
    log.info('loading storage backend %s (%s)', kind, name)
    return importlib.import_module(name)


try:
    backend = load_backend(sys.argv[1] if len(sys.argv) > 1 else 's3')
except ImportError:
    log.exception('storage backend unavailable')
    sys.exit(3)
log.info('storage ready')
"""},
       {"module": "minio"}, "ModuleNotFoundError"),
    sc("fc_mm_py_scraper_dispatch_lxml", "missing_module", "python3 run_scrapers.py",
       "a dispatcher runs each scraper in a child python with capture_output and check=True; on CalledProcessError it logs "
       "only the last stderr line of the child, which imports lxml (not installed)",
       {"run_scrapers.py": r"""import logging
import subprocess
import sys

logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('dispatch')
failed = 0
for name in ['prices', 'news']:
    try:
        subprocess.run([sys.executable, f'scrapers/{name}.py'], capture_output=True, text=True, check=True)
        log.info('scraper %s ok', name)
    except subprocess.CalledProcessError as e:
        last = e.stderr.strip().splitlines()[-1] if e.stderr.strip() else ''
        log.error('scraper %s failed (exit %s): %s', name, e.returncode, last)
        failed += 1
sys.exit(1 if failed else 0)
""",
        "scrapers/prices.py": "print('prices: 12 rows')\n",
        "scrapers/news.py": "from lxml import html\n\nprint(html.fromstring('<p>x</p>').text)\n"},
       {"module": "lxml"}, "ModuleNotFoundError"),
    sc("fc_mm_node_esm_express_server", "missing_module", "node server.js",
       "an ESM web server (package type module) imports express, which was never installed",
       {"package.json": pkg({"start": "node server.js"}, esm=True, name="api"),
        "server.js": r"""import express from 'express';

const app = express();
app.get('/health', (req, res) => res.send('ok'));
app.listen(3000, () => console.log('listening on 3000'));
"""},
       {"module": "express"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("fc_mm_npm_upload_aws_sdk_cjs", "missing_module", "npm run upload",
       "npm run upload runs a CJS script that requires the scoped package @aws-sdk/client-s3 (not installed)",
       {"package.json": pkg({"upload": "node scripts/upload.js dist"}, name="site"),
        "scripts/upload.js": r"""const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const fs = require('fs');

const dir = process.argv[2];
const client = new S3Client({ region: 'eu-west-1' });
for (const f of fs.readdirSync(dir)) {
  client.send(new PutObjectCommand({ Bucket: 'site', Key: f, Body: fs.readFileSync(`${dir}/${f}`) }));
}
""",
        "dist/index.html": "<h1>hi</h1>\n"},
       {"module": "@aws-sdk/client-s3"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("fc_mm_javac_build_sh_commons_lang", "missing_module", "bash build.sh",
       "a build script under set -euo pipefail compiles with javac -cp 'lib/*'; the commons-lang3 jar is not in lib/ "
       "(package org.apache.commons.lang3 does not exist)",
       {"build.sh": r"""#!/bin/bash
set -euo pipefail
echo "==> compiling (classpath: lib/*)"
mkdir -p build/classes
javac -cp 'lib/*' -d build/classes $(find src/main/java -name '*.java')
echo "==> packaging"
jar cf build/app.jar -C build/classes .
""",
        "src/main/java/com/acme/report/Names.java": r"""package com.acme.report;

import org.apache.commons.lang3.StringUtils;

public class Names {
    public static String tidy(String s) {
        return StringUtils.capitalize(s.trim());
    }
}
"""},
       {"module": "org.apache.commons.lang3"}, "javac", dirs=["lib"], tool="bash", ecosystem="java"),
    sc("fc_mm_perl_net_openssh", "missing_module", "perl bin/sync_hosts.pl web1 web2",
       "a perl host sync tool uses Net::OpenSSH, which is not installed",
       {"bin/sync_hosts.pl": r"""#!/usr/bin/perl
use strict;
use warnings;
use Net::OpenSSH;

for my $host (@ARGV) {
    my $ssh = Net::OpenSSH->new($host);
    $ssh->system('uptime');
}
"""},
       {"module": "Net::OpenSSH"}, "perl"),
    sc("fc_mm_pytest_freezegun", "missing_module", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: a billing test module imports freezegun, which is not installed (collection error)",
       dict(PYTEST_INI, **{
           "billing.py": "import datetime\n\n\ndef due_date(days=30):\n    return datetime.date.today() + datetime.timedelta(days=days)\n",
           "tests/test_billing.py": r"""import datetime

from freezegun import freeze_time

from billing import due_date


@freeze_time('2026-01-01')
def test_due_date():
    assert due_date() == datetime.date(2026, 1, 31)
""",
           "tests/test_math.py": "def test_add():\n    assert 1 + 1 == 2\n"}),
       {"module": "freezegun"}, "ModuleNotFoundError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fc_mm_entrypoint_sh_celery", "missing_module", "sh docker-entrypoint.sh worker",
       "a container entrypoint (sh) maps 'worker' to python3 -m celery and execs it; celery is not installed",
       {"docker-entrypoint.sh": r"""#!/bin/sh
set -e
echo "entrypoint: preparing"
if [ "$1" = worker ]; then
  set -- python3 -m celery -A tasks worker --loglevel=INFO
fi
echo "entrypoint: exec $*"
exec "$@"
""",
        "tasks.py": "def add(a, b):\n    return a + b\n"},
       {"module": "celery"}, "No module named", tool="sh", ecosystem="python"),
    sc("fc_mm_py_jwt_paste", "missing_module", "python3 -m authsvc.main",
       "an auth service's token module imports jwt (PyJWT not installed); the user pastes the traceback only",
       {"authsvc/__init__.py": "", "authsvc/main.py": "from authsvc.tokens import issue\n\nprint(issue('u1'))\n",
        "authsvc/tokens.py": "import jwt\n\n\ndef issue(sub):\n    return jwt.encode({'sub': sub}, 'secret', algorithm='HS256')\n"},
       {"module": "jwt"}, "ModuleNotFoundError", paste="error_block", tool="python3", ecosystem="python"),
    sc("fc_mm_node_worker_thread_pg", "missing_module", "node main.js",
       "a node service starts a worker_threads worker that requires pg (not installed); the main thread logs the worker's error",
       {"main.js": r"""const { Worker } = require('worker_threads');

console.log('starting db-sync worker');
const w = new Worker('./workers/db-sync.js');
w.on('error', (e) => {
  console.error('db-sync worker crashed:', e);
  process.exit(1);
});
w.on('exit', (c) => console.log('worker exited', c));
""",
        "workers/db-sync.js": "const { Client } = require('pg');\n\nnew Client().connect();\n"},
       {"module": "pg"}, "Error: Cannot find module"),

    # ================= permission =================
    sc("fc_perm_py_rotating_handler_ro", "permission", "python3 worker.py",
       "a worker logs through a RotatingFileHandler into logs/worker.log, which is read-only (run without capabilities)",
       {"worker.py": r"""import logging
from logging.handlers import RotatingFileHandler

handler = RotatingFileHandler('logs/worker.log', maxBytes=1_000_000, backupCount=3)
logging.basicConfig(level=logging.INFO, handlers=[handler, logging.StreamHandler()])
logging.info('worker started')
""",
        "logs/worker.log": ""},
       {"path": "logs/worker.log"}, "PermissionError", modes={"logs/worker.log": 0o444}, drop_caps=True),
    sc("fc_perm_bash_trap_pidfile", "permission", "bash scripts/worker-ctl.sh",
       "a control script under set -eE with an ERR trap writes its pid file into a read-only run/ folder (run without capabilities)",
       {"scripts/worker-ctl.sh": r"""#!/bin/bash
set -eE
trap 'echo "worker-ctl: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
PIDFILE=run/worker.pid
echo "worker-ctl: starting worker"
(sleep 1) >/dev/null 2>&1 &
echo $! > "$PIDFILE"
echo "worker-ctl: started pid $(cat $PIDFILE)"
"""},
       {"path": "run/worker.pid"}, "bash", dirs=["run"], modes={"run": 0o555}, drop_caps=True, tool="bash", ecosystem="shell"),
    sc("fc_perm_node_esm_build_dist_ro", "permission", "node build.mjs",
       "an ESM static-site build writes pages into dist/, a read-only folder (EACCES, run without capabilities)",
       {"build.mjs": r"""import { mkdir, writeFile } from 'node:fs/promises';

const pages = { 'index.html': '<h1>Home</h1>', 'about.html': '<h1>About</h1>' };
await mkdir('dist', { recursive: true });
for (const [name, html] of Object.entries(pages)) {
  await writeFile(`dist/${name}`, html);
  console.log(`wrote dist/${name}`);
}
"""},
       {"path": "dist/index.html"}, "Error: EACCES", dirs=["dist"], modes={"dist": 0o555}, drop_caps=True),
    sc("fc_perm_java_filewriter_reports", "permission", "java -cp out app.Export reports/daily.csv",
       "a java export opens a FileWriter in reports/, a read-only folder (FileNotFoundException ... (Permission denied), "
       "run without capabilities)",
       {"src/app/Export.java": r"""package app;

import java.io.FileWriter;
import java.io.IOException;

public class Export {
    public static void main(String[] args) throws IOException {
        String out = args.length > 0 ? args[0] : "reports/daily.csv";
        System.out.println("exporting to " + out);
        try (FileWriter w = new FileWriter(out)) {
            w.write("day,total\n");
        }
    }
}
"""},
       {"path": "reports/daily.csv"}, "java.io.FileNotFoundException", dirs=["reports"], modes={"reports": 0o555},
       setup=javac("src/app/Export.java"), drop_caps=True),
    sc("fc_perm_bash_deploy_hook_noexec", "permission", "bash deploy.sh",
       "a deploy script runs its post-deploy hook, which was checked out without its execute bit (exit 126)",
       {"deploy.sh": r"""#!/bin/bash
set -e
echo "deploy: syncing release"
mkdir -p current && cp -r release/. current/
echo "deploy: running post-deploy hook"
./hooks/post-deploy
echo "deploy: complete"
""",
        "release/app.txt": "v2\n", "hooks/post-deploy": "#!/bin/sh\necho 'restarting app'\n"},
       {"path": "hooks/post-deploy"}, "bash", modes={"hooks/post-deploy": 0o644}, tool="bash", ecosystem="shell"),
    sc("fc_perm_py_sqlite_readonly_db", "permission", "python3 purge_sessions.py data/app.db",
       "a cleanup job deletes expired sessions from a sqlite database file with mode 444 (attempt to write a readonly "
       "database, run without capabilities)",
       {"purge_sessions.py": r"""import sqlite3
import sys

db = sys.argv[1]
con = sqlite3.connect(db)
n = con.execute("delete from sessions where expires < datetime('now')").rowcount
con.commit()
print(f'purged {n} sessions from {db}')
"""},
       {"path": "data/app.db"}, "sqlite3.OperationalError", dirs=["data"],
       setup=["sqlite3 data/app.db \"create table sessions(id text, expires text); insert into sessions values('a', '2000-01-01')\" && chmod 444 data/app.db"],
       drop_caps=True),
    sc("fc_perm_make_objdir_ro", "permission", "make",
       "make creates its object folder inside build/, which is read-only (mkdir: Permission denied, run without capabilities)",
       {"Makefile": "OBJ = build/obj\n\nall: $(OBJ)/main.o\n\n$(OBJ)/main.o: src/main.c\n\tmkdir -p $(OBJ)\n\tgcc -c -o $@ $<\n",
        "src/main.c": "int main(void) { return 0; }\n"},
       {"path": "build/obj"}, "mkdir", dirs=["build"], modes={"build": 0o555}, drop_caps=True, tool="make", ecosystem="make"),
    sc("fc_perm_bash_cp_nginx_conf", "permission", "bash install-config.sh",
       "an install script copies a site config into etc/nginx/conf.d, which is read-only (cp: Permission denied, run "
       "without capabilities)",
       {"install-config.sh": r"""#!/bin/bash
set -euo pipefail
DEST=etc/nginx/conf.d
echo "installing site config into $DEST"
cp site.conf "$DEST/site.conf"
echo "reloading"
""",
        "site.conf": "server { listen 80; }\n"},
       {"path": "etc/nginx/conf.d/site.conf"}, "cp", dirs=["etc/nginx/conf.d"], modes={"etc/nginx/conf.d": 0o555},
       drop_caps=True, tool="bash", ecosystem="shell"),
    sc("fc_perm_npm_migrate_noexec", "permission", "npm run migrate",
       "npm run migrate calls ./bin/migrate, which has no execute bit",
       {"package.json": pkg({"migrate": "./bin/migrate up"}, name="shop"), "bin/migrate": "#!/bin/sh\necho \"migrating $1\"\n"},
       {"path": "bin/migrate"}, "sh", modes={"bin/migrate": 0o644}, tool="npm", ecosystem="node"),
    sc("fc_perm_py_subprocess_tool_noexec", "permission", "python3 thumbs.py",
       "a python job runs a helper shell script through subprocess.run; the script has no execute bit (PermissionError)",
       {"thumbs.py": r"""import subprocess

for img in ['a.png', 'b.png']:
    print('resizing', img, flush=True)
    subprocess.run(['./tools/resize.sh', img, '128'], check=True)
""",
        "tools/resize.sh": "#!/bin/sh\necho \"resize $1 to $2\"\n"},
       {"path": "tools/resize.sh"}, "PermissionError", modes={"tools/resize.sh": 0o644}),

    # ================= syntax =================
    sc("fc_syn_py_fstring_quotes_311", "syntax", "python3 report.py",
       "a report uses the same double quotes inside an f-string's replacement field (valid only from Python 3.12; this is 3.11)",
       {"report.py": r"""import json

rows = json.load(open('rows.json'))
for row in rows:
    print(f"{row["name"]}: {row["total"]}")
""",
        "rows.json": "[{\"name\": \"web\", \"total\": 3}]\n"},
       {"file": "report.py", "line": 5}, "SyntaxError"),
    sc("fc_syn_py_plugin_indent_logging", "syntax", "python3 runner.py",
       "a job runner imports its jobs with importlib and logs failures with log.exception; one job has a line whose "
       "indentation matches no outer level",
       {"runner.py": r"""import importlib
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('jobs')
for name in ['jobs.rotate', 'jobs.cleanup']:
    try:
        mod = importlib.import_module(name)
    except Exception:
        log.exception('cannot load job %s', name)
        sys.exit(1)
    log.info('loaded %s', name)
""",
        "jobs/__init__.py": "", "jobs/rotate.py": "def run():\n    return 'rotated'\n",
        "jobs/cleanup.py": r"""import os


def run(path):
    for name in os.listdir(path):
        if name.endswith('.tmp'):
            os.remove(os.path.join(path, name))
         print('removed', name)
"""},
       {"file": "jobs/cleanup.py", "line": 8}, "IndentationError"),
    sc("fc_syn_pytest_missing_colon", "syntax", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: a test function definition lacks its colon (collection error)",
       dict(PYTEST_INI, **{
           "cart.py": "def total(items, discount=0):\n    return sum(items) * (1 - discount)\n",
           "tests/test_cart.py": r"""from cart import total


def test_total_with_discount()
    assert total([10, 20], discount=0.1) == 27
"""}),
       {"file": "tests/test_cart.py", "line": 4}, "SyntaxError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fc_syn_node_cjs_extra_paren", "syntax", "node server.js",
       "a node HTTP server requires its router module, where one route line has a closing parenthesis too many",
       {"server.js": r"""const http = require('http');
const { route } = require('./lib/router');

http.createServer(route).listen(0, () => console.log('listening'));
""",
        "lib/router.js": r"""const routes = new Map();

routes.set('/health', (req, res) => res.end('ok'));
routes.set('/version', (req, res) => res.end(JSON.stringify({ v: '1.4.2' }))));

function route(req, res) {
  const h = routes.get(req.url);
  if (h) return h(req, res);
  res.statusCode = 404;
  res.end();
}

module.exports = { route };
"""},
       {"file": "lib/router.js", "line": 4}, "SyntaxError"),
    sc("fc_syn_npm_esm_await_in_function", "syntax", "npm run seed",
       "npm run seed runs an ESM script that uses await inside a function that is not async",
       {"package.json": pkg({"seed": "node scripts/seed.mjs"}, name="shop"),
        "scripts/seed.mjs": r"""import { readFile } from 'node:fs/promises';

function loadUsers(path) {
  const text = await readFile(path, 'utf8');
  return JSON.parse(text);
}

console.log(loadUsers('users.json'));
""",
        "users.json": "[]\n"},
       {"file": "scripts/seed.mjs", "line": 4}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("fc_syn_bash_fi_instead_of_done", "syntax", "bash scripts/cleanup.sh",
       "a cleanup script closes its for loop with fi instead of done",
       {"scripts/cleanup.sh": r"""#!/bin/bash
# remove logs older than 7 days
cd "$(dirname "$0")/.."
for f in logs/*.log; do
  if [ -f "$f" ]; then
    echo "checking $f"
  fi
fi
echo done
""",
        "logs/a.log": "x\n"},
       {"file": "scripts/cleanup.sh", "line": 8}, "bash", tool="bash", ecosystem="shell"),
    sc("fc_syn_dash_herestring", "syntax", "sh bin/check-version.sh",
       "a sh script (dash) uses bash's <<< here-string: Syntax error: redirection unexpected",
       {"bin/check-version.sh": r"""#!/bin/sh
set -e
VERSION=$(cat VERSION)
read major minor patch <<< "$(echo $VERSION | tr . ' ')"
echo "major=$major"
""",
        "VERSION": "2.3.1\n"},
       {"file": "bin/check-version.sh", "line": 4}, "sh", tool="sh", ecosystem="shell"),
    sc("fc_syn_make_javac_missing_semicolon", "syntax", "make",
       "make compiles the java sources; a statement in Cart.java lacks its semicolon",
       {"Makefile": "SRC := $(shell find src -name '*.java')\n\nbuild: $(SRC)\n\tmkdir -p classes\n\tjavac -d classes $(SRC)\n",
        "src/com/shop/Cart.java": r"""package com.shop;

import java.util.ArrayList;
import java.util.List;

public class Cart {
    private final List<Integer> items = new ArrayList<>();

    public int total() {
        int sum = 0
        for (int i : items) sum += i;
        return sum;
    }
}
"""},
       {"file": "src/com/shop/Cart.java", "line": 10}, "javac", tool="make", ecosystem="java"),
    sc("fc_syn_perl_empty_assignment", "syntax", "perl bin/report.pl",
       "a perl report has an assignment with no value (syntax error near \"= ;\")",
       {"bin/report.pl": r"""#!/usr/bin/perl
use strict;
use warnings;

my %totals = (web => 12, api => 7);
my $sum = ;
$sum += $_ for values %totals;
print "total: $sum\n";
"""},
       {"file": "bin/report.pl", "line": 6}, "perl"),
    sc("fc_syn_gcc_missing_semicolon", "syntax", "gcc -Wall -o ring src/ring.c",
       "gcc: a return statement lacks its semicolon",
       {"src/ring.c": r"""#include <stdio.h>

static int next(int i, int n) {
    return (i + 1) % n
}

int main(void) {
    printf("%d\n", next(3, 4));
    return 0;
}
"""},
       {"file": "src/ring.c", "line": 4}, "gcc"),
    sc("fc_syn_py_migration_child_calledprocess", "syntax", "python3 migrate.py",
       "a migration runner runs each migration in a child python with check=True; migration 0002 lacks the colon of its "
       "if __name__ line, and the parent's CalledProcessError follows the child's SyntaxError",
       {"migrate.py": r"""import subprocess
import sys
from pathlib import Path

for script in sorted(Path('migrations').glob('*.py')):
    print(f'applying {script.name}', flush=True)
    subprocess.run([sys.executable, str(script)], check=True)
print('all migrations applied')
""",
        "migrations/0001_init.py": "print('0001 ok')\n",
        "migrations/0002_add_index.py": r"""import sqlite3


def apply(con):
    con.execute('create index if not exists idx_orders_customer on orders(customer_id)')


if __name__ == '__main__'
    apply(sqlite3.connect('app.db'))
    print('0002 applied')
"""},
       {"file": "migrations/0002_add_index.py", "line": 8}, "SyntaxError"),

    # ================= connection =================
    sc("fc_conn_py_requests_retry_adapter", "connection", "python3 sync_jobs.py",
       "a sync job mounts an HTTPAdapter with urllib3 Retry(total=2); urllib3 logs its retries and requests raises "
       "ConnectionError (Max retries exceeded) against the jobs API that is down",
       {"sync_jobs.py": r"""import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s %(message)s')
API = 'http://127.0.0.1:{{api}}/api/v1/jobs'

s = requests.Session()
s.mount('http://', HTTPAdapter(max_retries=Retry(total=2, backoff_factor=0.1)))
logging.getLogger('sync').info('fetching jobs from %s', API)
jobs = s.get(API, timeout=3).json()
print(len(jobs), 'jobs')
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/api/v1/jobs"},
       "requests.exceptions.ConnectionError", servers=CLOSED, requires=["py3:requests"]),
    sc("fc_conn_psql_cron_vacuum", "connection", "bash cron/vacuum.sh",
       "a nightly vacuum script under set -euo pipefail runs psql with a connection URL; the database is down",
       {"cron/vacuum.sh": r"""#!/bin/bash
set -euo pipefail
DB_URL="postgresql://maint@127.0.0.1:{{api}}/shop"
echo "$(date -u +%FT%TZ) vacuum: start"
psql "$DB_URL" -v ON_ERROR_STOP=1 -c 'VACUUM (ANALYZE) orders;'
echo "$(date -u +%FT%TZ) vacuum: ok"
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "psql", servers=CLOSED, requires=["bin:psql"], tool="bash", ecosystem="shell"),
    sc("fc_conn_node_fetch_env_url", "connection", "node notify.mjs",
       "an ESM notifier posts to a webhook URL taken from HOOK_URL; fetch fails with a cause of ECONNREFUSED",
       {"notify.mjs": r"""const url = process.env.HOOK_URL;
const res = await fetch(url, {
  method: 'POST',
  body: JSON.stringify({ text: 'backup finished' }),
  headers: { 'content-type': 'application/json' },
});
console.log('hook status', res.status);
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/hooks/backup"}, "TypeError: fetch failed",
       servers=CLOSED, env={"HOOK_URL": "http://127.0.0.1:{{api}}/hooks/backup"}),
    sc("fc_conn_node_net_cache_unhandled", "connection", "node cache-check.js 127.0.0.1:{{api}}",
       "a node cache check opens a raw TCP socket to the host:port from the argv without an error handler (Unhandled "
       "'error' event, ECONNREFUSED)",
       {"cache-check.js": r"""const net = require('net');

const [host, port] = (process.argv[2] || '127.0.0.1:6379').split(':');
const sock = net.createConnection({ host, port: Number(port) }, () => {
  sock.write('PING\r\n');
});
sock.on('data', (d) => {
  console.log('reply', d.toString().trim());
  sock.end();
});
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("fc_conn_java_httpclient_webhook", "connection", "java -cp out app.Notify http://127.0.0.1:{{api}}/hooks/deploy",
       "a java notifier posts to the webhook URL from its argv with java.net.http.HttpClient; nothing listens "
       "(ConnectException, possibly without a message)",
       {"src/app/Notify.java": r"""package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Notify {
    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(args[0]))
            .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"deployed\"}"))
            .header("Content-Type", "application/json").build();
        HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
        System.out.println("webhook answered " + resp.statusCode());
    }
}
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/hooks/deploy"}, "java.net.ConnectException",
       servers=CLOSED, setup=javac("src/app/Notify.java")),
    sc("fc_conn_bash_curl_healthz_timeout", "connection", "bash scripts/healthcheck.sh",
       "a health check runs curl -fsS -m 2 against a service that accepts and never answers (curl 28, 0 bytes received)",
       {"scripts/healthcheck.sh": r"""#!/bin/bash
URL=http://127.0.0.1:{{api}}/healthz
if ! curl -fsS -m 2 -o /dev/null "$URL"; then
  echo "healthcheck: $URL unhealthy" >&2
  exit 1
fi
echo healthy
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/healthz"}, "curl",
       servers={"api": ("silent",)}, tool="bash", ecosystem="shell"),
    sc("fc_conn_bash_dev_tcp_wait_env", "connection", "bash wait-for-db.sh",
       "a wait-for-db loop probes the port with bash's /dev/tcp (errors hidden) three times, port from DB_PORT in the "
       "environment, then prints only 'db not reachable at HOST:PORT'",
       {"wait-for-db.sh": r"""#!/bin/bash
HOST=${DB_HOST:-127.0.0.1}
PORT=${DB_PORT:-5432}
for i in 1 2 3; do
  if (echo > /dev/tcp/$HOST/$PORT) 2>/dev/null; then
    echo "db is up"
    exit 0
  fi
  echo "waiting for db ($i/3)..."
  sleep 0.2
done
echo "db not reachable at $HOST:$PORT after 3 tries" >&2
exit 1
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "bash", servers=CLOSED, env={"DB_PORT": "{{api}}"}, tool="bash", ecosystem="shell"),
    sc("fc_conn_py_smtplib_argv", "connection", "python3 send_alert.py --smtp 127.0.0.1:{{api}} --to ops@example.com",
       "an alert script sends mail through the SMTP relay given as --smtp host:port; the relay is down (ConnectionRefusedError)",
       {"send_alert.py": r"""import argparse
import smtplib
from email.message import EmailMessage

ap = argparse.ArgumentParser()
ap.add_argument('--smtp', default='127.0.0.1:25')
ap.add_argument('--to', required=True)
a = ap.parse_args()
host, port = a.smtp.rsplit(':', 1)
msg = EmailMessage()
msg['Subject'] = 'disk almost full'
msg['From'] = 'monitor@example.com'
msg['To'] = a.to
msg.set_content('web1: /var at 91%')
with smtplib.SMTP(host, int(port), timeout=5) as s:
    s.send_message(msg)
print('alert sent')
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("fc_conn_wget_reset_tries", "connection",
       "wget --tries=2 --waitretry=0 -O latest.tar.gz http://127.0.0.1:{{api}}/releases/latest.tar.gz",
       "wget downloads a release from a server that resets every connection; it retries once and gives up", {},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/releases/latest.tar.gz"}, "wget",
       servers={"api": ("reset",)}),
    sc("fc_conn_py_httpx_disconnect", "connection", PY + " client.py http://127.0.0.1:{{api}}",
       "an httpx client against a server that reads the request and closes without any response (RemoteProtocolError)",
       {"client.py": r"""import sys

import httpx

with httpx.Client(base_url=sys.argv[1], timeout=5) as c:
    r = c.get('/v1/status')
    print(r.status_code, r.text)
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v1/status"}, "httpx.RemoteProtocolError",
       servers={"api": ("empty",)}, requires=["py:httpx"], tool="python3", ecosystem="python"),
    sc("fc_conn_bash_git_clone_refused", "connection", "bash scripts/bootstrap.sh",
       "a bootstrap script under set -e clones the config repo over http from a git server that is down",
       {"scripts/bootstrap.sh": r"""#!/bin/bash
set -e
echo "bootstrap: cloning config repo"
git clone --depth 1 http://127.0.0.1:{{api}}/ops/config.git vendor/config
echo "bootstrap: done"
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/ops/config.git"}, "git", servers=CLOSED,
       tool="bash", ecosystem="shell"),

    # ================= file_not_found =================
    sc("fc_fnf_py_yaml_config_argv", "file_not_found", "python3 app.py --config config/prod.yaml",
       "an app opens the YAML config named by --config; only config/dev.yaml exists",
       {"app.py": r"""import argparse

import yaml

ap = argparse.ArgumentParser()
ap.add_argument('--config', default='config/dev.yaml')
args = ap.parse_args()
with open(args.config) as f:
    cfg = yaml.safe_load(f)
print('listening on', cfg['port'])
""",
        "config/dev.yaml": "port: 8000\n"},
       {"path": "config/prod.yaml"}, "FileNotFoundError", requires=["py3:yaml"]),
    sc("fc_fnf_py_logging_exception_daily_csv", "file_not_found", "python3 load_orders.py 2026-12-06",
       "a loader builds the day's export path from the argv and logs the failure with logging.exception; the export "
       "was never delivered",
       {"load_orders.py": r"""import csv
import datetime
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')
day = sys.argv[1] if len(sys.argv) > 1 else datetime.date.today().isoformat()
path = f'data/exports/orders-{day}.csv'
try:
    with open(path, newline='') as f:
        rows = list(csv.DictReader(f))
except OSError:
    logging.exception('could not load orders for %s', day)
    sys.exit(1)
logging.info('loaded %d orders', len(rows))
"""},
       {"path": "data/exports/orders-2026-12-06.csv"}, "FileNotFoundError", dirs=["data/exports"]),
    sc("fc_fnf_node_https_key", "file_not_found", "node server.js",
       "a node HTTPS server reads its private key with readFileSync; certs/server.key is missing (only the certificate exists)",
       {"server.js": r"""const https = require('https');
const fs = require('fs');

const options = {
  key: fs.readFileSync('certs/server.key'),
  cert: fs.readFileSync('certs/server.crt'),
};
https.createServer(options, (req, res) => res.end('ok')).listen(8443);
""",
        "certs/server.crt": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"},
       {"path": "certs/server.key"}, "Error: ENOENT"),
    sc("fc_fnf_bash_source_env", "file_not_found", "bash deploy.sh production",
       "a deploy script under set -euo pipefail sources env/<target>.env; there is no production.env",
       {"deploy.sh": r"""#!/bin/bash
set -euo pipefail
ENV=${1:-staging}
echo "deploy: loading settings for $ENV"
source "./env/$ENV.env"
echo "deploy: target $DEPLOY_HOST"
""",
        "env/staging.env": "DEPLOY_HOST=staging.internal\n"},
       {"path": "env/production.env"}, "bash", tool="bash", ecosystem="shell"),
    sc("fc_fnf_java_fileinputstream_props", "file_not_found", "java -cp out app.Settings",
       "a java app loads config/application.properties with FileInputStream; the file is missing",
       {"src/app/Settings.java": r"""package app;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Properties;

public class Settings {
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        try (InputStream in = new FileInputStream("config/application.properties")) {
            p.load(in);
        }
        System.out.println("port=" + p.getProperty("server.port"));
    }
}
"""},
       {"path": "config/application.properties"}, "java.io.FileNotFoundException", setup=javac("src/app/Settings.java")),
    sc("fc_fnf_bash_tar_restore", "file_not_found", "bash restore.sh 2026-12-06",
       "a restore script unpacks the day's backup archive with tar; that backup does not exist",
       {"restore.sh": r"""#!/bin/bash
set -e
DAY=$1
echo "restore: unpacking backup of $DAY"
mkdir -p restore
tar xzf "backups/db-$DAY.tar.gz" -C restore
echo "restore: ok"
"""},
       {"path": "backups/db-2026-12-06.tar.gz"}, "tar", dirs=["backups"], tool="bash", ecosystem="shell"),
    sc("fc_fnf_make_no_rule_schema", "file_not_found", "make db",
       "make db concatenates the schema files into sqlite3; schema/v2.sql was never added (No rule to make target)",
       {"Makefile": "DB = app.db\n\ndb: schema/v1.sql schema/v2.sql\n\tcat $^ | sqlite3 $(DB)\n",
        "schema/v1.sql": "create table users(id integer primary key);\n"},
       {"path": "schema/v2.sql"}, "make", tool="make", ecosystem="make"),
    sc("fc_fnf_bash_redirect_migration", "file_not_found", "bash migrate.sh",
       "a migration loop feeds each numbered SQL file to sqlite3 by redirection; migration 004 is missing",
       {"migrate.sh": r"""#!/bin/bash
set -e
for n in 001 002 003 004; do
  echo "applying migration $n"
  sqlite3 app.db < "migrations/$n.sql"
done
""",
        "migrations/001.sql": "create table a(id int);\n", "migrations/002.sql": "create table b(id int);\n",
        "migrations/003.sql": "create table c(id int);\n"},
       {"path": "migrations/004.sql"}, "bash", tool="bash", ecosystem="shell"),
    sc("fc_fnf_py_subprocess_missing_binary", "file_not_found", "python3 render.py",
       "a python job runs ./bin/thumbnailer with subprocess.run; the binary is not in the checkout",
       {"render.py": r"""import subprocess

print('rendering thumbnails', flush=True)
subprocess.run(['./bin/thumbnailer', '--size', '128', 'img/'], check=True)
"""},
       {"path": "bin/thumbnailer"}, "FileNotFoundError", dirs=["img"]),
    sc("fc_fnf_node_test_fixture", "file_not_found", "node --test test/",
       "node --test: a test reads a CSV fixture that was never committed (ENOENT inside the test report)",
       {"lib/parse.js": "exports.parseOrders = (text) => text.trim().split('\\n').slice(1);\n",
        "test/parse.test.js": r"""const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { parseOrders } = require('../lib/parse');

test('parses the sample export', () => {
  const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'orders-sample.csv'), 'utf8');
  assert.strictEqual(parseOrders(text).length, 3);
});
"""},
       {"path": "test/fixtures/orders-sample.csv"}, "Error: ENOENT", tool="node", ecosystem="node"),
    sc("fc_fnf_perl_open_die", "file_not_found", "perl bin/ping_hosts.pl etc/monitor-hosts.txt",
       "a perl monitor opens the host list from its argv with open ... or die \"$!\"; the list does not exist",
       {"bin/ping_hosts.pl": r"""use strict;
use warnings;

my $list = shift // 'etc/hosts.txt';
open(my $fh, '<', $list) or die "Cannot open $list: $!";
while (my $h = <$fh>) {
    chomp $h;
    print "checking $h\n";
}
"""},
       {"path": "etc/monitor-hosts.txt"}, "perl", dirs=["etc"]),

    # ================= json_format =================
    sc("fc_json_py_settings_trailing_comma", "json_format", "python3 main.py",
       "an app loads config/settings.json, which has a trailing comma after its last member",
       {"main.py": r"""import json

with open('config/settings.json') as f:
    settings = json.load(f)
print('starting with', settings)
""",
        "config/settings.json": "{\n  \"port\": 8080,\n  \"debug\": false,\n}\n"},
       {"json_file": "config/settings.json", "line": 4, "column": 1}, "json.decoder.JSONDecodeError"),
    sc("fc_json_py_requests_html_502", "json_format", "python3 fetch_prices.py",
       "requests .json() of a 502 HTML page that a proxy answers instead of the prices API (JSONDecodeError)",
       {"fetch_prices.py": r"""import requests

r = requests.get('http://127.0.0.1:{{api}}/api/prices', timeout=5)
prices = r.json()
print(len(prices), 'prices')
"""},
       {}, "requests.exceptions.JSONDecodeError",
       servers={"api": ("http", 502, HTML_502, {"Content-Type": "text/html"})}, requires=["py3:requests"]),
    sc("fc_json_node_flags_single_quotes", "json_format", "node app.js",
       "a node app prints which flags file it loads, then JSON.parse fails: the file uses single quotes",
       {"app.js": r"""const fs = require('fs');

const FLAGS = 'config/feature-flags.json';
console.log(`loading ${FLAGS}`);
const flags = JSON.parse(fs.readFileSync(FLAGS, 'utf8'));
console.log('beta enabled:', flags.beta);
""",
        "config/feature-flags.json": "{'beta': true, 'darkMode': false}\n"},
       {"json_file": "config/feature-flags.json"}, "SyntaxError"),
    sc("fc_json_bash_jq_truncated_meta", "json_format", "bash release.sh",
       "a release script under set -euo pipefail reads the version from build/meta.json with jq; the file was truncated",
       {"release.sh": r"""#!/bin/bash
set -euo pipefail
META=build/meta.json
echo "release: reading version from $META"
VERSION=$(jq -r .version "$META")
echo "release: tagging v$VERSION"
""",
        "build/meta.json": "{\n  \"name\": \"shop\",\n  \"version\": \"2.4.0\",\n"},
       {"json_file": "build/meta.json"}, "jq", tool="bash", ecosystem="shell"),
    sc("fc_json_py_jsonl_record_line", "json_format", "python3 ingest.py data/events.jsonl",
       "an ingest script decodes a JSON Lines file line by line and exits with FILE:LINE and the decoder message; record 3 "
       "is cut off",
       {"ingest.py": r"""import json
import sys

path = sys.argv[1]
count = 0
with open(path) as f:
    for n, line in enumerate(f, 1):
        try:
            event = json.loads(line)
        except json.JSONDecodeError as e:
            sys.exit(f'{path}:{n}: invalid event: {e}')
        count += 1
print(count, 'events')
""",
        "data/events.jsonl": "{\"type\": \"click\", \"id\": 1}\n{\"type\": \"view\", \"id\": 2}\n"
                             "{\"type\": \"click\", \"id\": 3, \"ref\": \"home\n{\"type\": \"view\", \"id\": 4}\n"},
       {"json_file": "data/events.jsonl", "line": 3}, "json.decoder.JSONDecodeError"),
    sc("fc_json_node_esm_import_json", "json_format", "node main.mjs",
       "an ESM service imports its config as a JSON module (import attributes); a comma is missing in the file",
       {"main.mjs": r"""import config from './config/app.json' assert { type: 'json' };

console.log(`starting ${config.name} on ${config.port}`);
""",
        "config/app.json": "{\n  \"name\": \"api\",\n  \"port\": 8080\n  \"workers\": 4\n}\n"},
       {"json_file": "config/app.json"}, "SyntaxError"),
    sc("fc_json_npm_package_json_trailing_comma", "json_format", "npm run build",
       "npm run build in a project whose package.json has a trailing comma in scripts (EJSONPARSE)",
       {"package.json": "{\n  \"name\": \"dashboard\",\n  \"version\": \"0.3.0\",\n  \"scripts\": {\n    \"build\": \"node build.js\",\n  }\n}\n",
        "build.js": "console.log('built');\n"},
       {"json_file": "package.json"}, "npm", tool="npm", ecosystem="node"),
    sc("fc_json_pytest_fixture_missing_comma", "json_format", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: a test loads tests/data/payload.json, where a comma between two members is missing",
       {"tests/test_api_payload.py": r"""import json
from pathlib import Path

DATA = Path(__file__).parent / 'data'


def test_payload_has_items():
    payload = json.loads((DATA / 'payload.json').read_text())
    assert payload['items'] == []
""",
        "tests/data/payload.json": "{\n  \"id\": 7\n  \"items\": []\n}\n"},
       {"json_file": "tests/data/payload.json", "line": 3, "column": 3}, "json.decoder.JSONDecodeError",
       requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fc_json_bash_curl_jq_html", "json_format", "bash sync-rates.sh",
       "a rates sync pipes curl into jq under pipefail; the endpoint answers 200 with an HTML maintenance page",
       {"sync-rates.sh": r"""#!/bin/bash
set -euo pipefail
URL=http://127.0.0.1:{{api}}/rates
echo "fetching $URL"
curl -sS "$URL" | jq -r '.rates.EUR'
"""},
       {}, "jq", servers={"api": ("http", 200, "<!DOCTYPE html><html><body>Down for maintenance</body></html>\n",
                                  {"Content-Type": "text/html"})}, tool="bash", ecosystem="shell"),
    sc("fc_json_make_json_tool_hosts", "json_format", "make check-config",
       "make check-config validates deploy/hosts.json with python3 -m json.tool; an array is closed twice",
       {"Makefile": "check-config:\n\tpython3 -m json.tool deploy/hosts.json > /dev/null\n\t@echo config ok\n",
        "deploy/hosts.json": "{\n  \"web\": [\"10.0.0.5\", \"10.0.0.6\"],\n  \"db\": [\"10.0.0.7\"]]\n}\n"},
       {"json_file": "deploy/hosts.json", "line": 3, "column": 21}, "json.decoder.JSONDecodeError", tool="make", ecosystem="make"),

    # ================= import_error =================
    sc("fc_imp_py_renamed_helper", "import_error", "python3 -m app.cli 2026-12-06",
       "a CLI imports parse_iso from its dates helper, which was renamed to parse_iso_date",
       {"app/__init__.py": "", "app/utils/__init__.py": "",
        "app/cli.py": "import sys\n\nfrom app.utils.dates import parse_iso\n\nprint(parse_iso(sys.argv[1]) if len(sys.argv) > 1 else 'usage: cli DATE')\n",
        "app/utils/dates.py": "from datetime import datetime\n\n\ndef parse_iso_date(s):\n    return datetime.fromisoformat(s)\n"},
       {"name": "parse_iso", "from_module": "app.utils.dates"}, "ImportError"),
    sc("fc_imp_py_circular_invoice", "import_error", "python3 main.py",
       "models.invoice imports services.billing, which imports Invoice back from the partially initialized models.invoice",
       {"main.py": "from models.invoice import Invoice\n\nprint(Invoice(42).total)\n",
        "models/__init__.py": "", "services/__init__.py": "",
        "models/invoice.py": "from services.billing import charge\n\n\nclass Invoice:\n    def __init__(self, total):\n        self.total = total\n        charge(self)\n",
        "services/billing.py": "from models.invoice import Invoice\n\n\ndef charge(inv: Invoice):\n    return inv.total\n"},
       {"name": "Invoice", "from_module": "models.invoice"}, "ImportError"),
    sc("fc_imp_py_collections_mapping_vendored", "import_error", "python3 sync.py",
       "a vendored config-merge helper imports Mapping from collections (removed in Python 3.10)",
       {"sync.py": "from vendor.confmerge import merge\n\nprint(merge({'a': 1}, {'b': 2}))\n", "vendor/__init__.py": "",
        "vendor/confmerge.py": r"""from collections import Mapping


def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, Mapping) and k in out else v
    return out
"""},
       {"name": "Mapping", "from_module": "collections"}, "ImportError"),
    sc("fc_imp_node_esm_named_missing", "import_error", "node src/index.mjs",
       "ESM: index.mjs imports slugify from ./lib/text.mjs, which exports only slug",
       {"src/index.mjs": "import { slugify } from './lib/text.mjs';\n\nconsole.log(slugify('Hello World'));\n",
        "src/lib/text.mjs": "export function slug(s) {\n  return s.toLowerCase().replace(/\\s+/g, '-');\n}\n"},
       {"name": "slugify", "from_module": "./lib/text.mjs"}, "SyntaxError"),
    sc("fc_imp_pytest_create_app", "import_error", "python3 -m pytest -q -p no:cacheprovider",
       "pytest: the API test imports create_app from app.api, which defines make_app (collection error)",
       dict(PYTEST_INI, **{
           "app/__init__.py": "", "app/api.py": "def make_app():\n    return {'routes': []}\n",
           "tests/test_api.py": "from app.api import create_app\n\n\ndef test_routes():\n    assert create_app()['routes'] == []\n"}),
       {"name": "create_app", "from_module": "app.api"}, "ImportError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fc_imp_py_scheduler_child_import", "import_error", "python3 scheduler.py",
       "a scheduler runs each job in a child python (subprocess.call) and logs its exit code; the digest job imports a "
       "template function that was renamed",
       {"scheduler.py": r"""import logging
import subprocess
import sys

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s scheduler: %(message)s')
jobs = ['jobs/refresh_cache.py', 'jobs/send_digest.py']
for job in jobs:
    logging.info('running %s', job)
    rc = subprocess.call([sys.executable, job])
    if rc != 0:
        logging.error('%s failed with exit code %d', job, rc)
        sys.exit(rc)
""",
        "jobs/refresh_cache.py": "print('cache refreshed')\n",
        "jobs/send_digest.py": "import os\nimport sys\n\nsys.path.insert(0, os.getcwd())\nfrom mail.templates import render_digest\n\nprint(render_digest([]))\n",
        "mail/__init__.py": "", "mail/templates.py": "def render_weekly_digest(items):\n    return 'digest'\n"},
       {"name": "render_digest", "from_module": "mail.templates"}, "ImportError"),
    sc("fc_imp_bash_javac_import_renamed_class", "import_error", "bash build.sh",
       "a build script runs javac with -sourcepath; Main imports com.acme.util.Slugs but the class is named Slug "
       "(cannot find symbol on the import line)",
       {"build.sh": "#!/bin/bash\nset -e\necho 'compiling web module'\nmkdir -p out\njavac -d out -sourcepath src src/com/acme/web/Main.java\necho 'compiled'\n",
        "src/com/acme/web/Main.java": r"""package com.acme.web;

import com.acme.util.Slugs;

public class Main {
    public static void main(String[] args) {
        System.out.println(Slugs.of("Hello World"));
    }
}
""",
        "src/com/acme/util/Slug.java": "package com.acme.util;\n\npublic class Slug {\n    public static String of(String s) { return s.toLowerCase().replace(' ', '-'); }\n}\n"},
       {"name": "Slugs", "from_module": "com.acme.util"}, "javac", tool="bash", ecosystem="java"),
    sc("fc_imp_node_crypto_builtin_export", "import_error", "node id.mjs",
       "ESM imports randomUUIDv7 from node:crypto, an export this Node version does not have",
       {"id.mjs": "import { randomUUIDv7 } from 'node:crypto';\n\nconsole.log(randomUUIDv7());\n"},
       {"name": "randomUUIDv7", "from_module": "node:crypto"}, "SyntaxError"),
    sc("fc_imp_py_logfmt_plugin", "import_error", "python3 exporter.py",
       "an exporter logs logfmt lines; importing Uploader from plugins.s3 fails (the class is S3Uploader) and the error is "
       "logged in an err= field",
       {"exporter.py": r"""import sys
import time


def logfmt(**kv):
    print(' '.join(f'{k}="{v}"' if ' ' in str(v) else f'{k}={v}' for k, v in kv.items()), flush=True)


logfmt(ts=time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()), level='info', msg='loading upload plugin')
try:
    from plugins.s3 import Uploader
except ImportError as e:
    logfmt(level='error', msg='plugin import failed', plugin='s3', err=str(e).replace('"', "'"))
    sys.exit(2)
""",
        "plugins/__init__.py": "", "plugins/s3.py": "class S3Uploader:\n    pass\n"},
       {"name": "Uploader", "from_module": "plugins.s3"}, "ImportError"),
    sc("fc_imp_py_typing_override", "import_error", "python3 service.py",
       "a service imports typing.override (new in Python 3.12) on Python 3.11",
       {"service.py": r"""from typing import override


class Base:
    def run(self):
        return 'base'


class Worker(Base):
    @override
    def run(self):
        return 'worker'


print(Worker().run())
"""},
       {"name": "override", "from_module": "typing"}, "ImportError"),

    # ================= websocket =================
    sc("fc_ws_py_websockets_403_dashboard", "websocket", PY + " dashboard_feed.py",
       "a dashboard feed connects with websockets using an expired token; the server rejects the upgrade with HTTP 403",
       {"dashboard_feed.py": r"""import asyncio

import websockets

URL = 'ws://127.0.0.1:{{ws}}/v1/stream?token=expired'


async def main():
    async with websockets.connect(URL) as ws:
        async for msg in ws:
            print(msg)

asyncio.run(main())
"""},
       {"url": "ws://127.0.0.1:{{ws}}/v1/stream?token=expired", "http_status": 403},
       "websockets.exceptions.InvalidStatusCode", servers={"ws": ("http", 403, "forbidden\n")},
       requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("fc_ws_py_websockets_1011_logging", "websocket", PY + " ticker.py",
       "a price ticker logs each tick; the server closes with 1011 and the program logs the ConnectionClosedError and exits 1",
       {"ticker.py": r"""import asyncio
import logging
import sys

import websockets

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')
log = logging.getLogger('ticker')


async def main():
    async with websockets.connect('ws://127.0.0.1:{{ws}}/prices') as ws:
        log.info('subscribed to prices')
        while True:
            log.info('tick %s', await ws.recv())


try:
    asyncio.run(main())
except websockets.ConnectionClosedError as e:
    log.error('price feed closed: %s', e)
    sys.exit(1)
"""},
       {"close_code": 1011}, "websockets.exceptions.ConnectionClosedError",
       servers={"ws": ("ws", "close", 1011, "upstream failed")}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("fc_ws_py_wsclient_404", "websocket", PY + " listen.py",
       "websocket-client create_connection to a path the server does not know (Handshake status 404)",
       {"listen.py": r"""import websocket

ws = websocket.create_connection('ws://127.0.0.1:{{ws}}/socket/events', timeout=5)
print(ws.recv())
"""},
       {"url": "ws://127.0.0.1:{{ws}}/socket/events", "http_status": 404},
       "websocket._exceptions.WebSocketBadStatusException", servers={"ws": ("http", 404, "not found\n")},
       requires=["py:websocket"], tool="python3", ecosystem="python"),
    sc("fc_ws_node_ws_reconnect_giveup", "websocket", "node live.js",
       "a node ws live-view client reconnects on close, logs each attempt's error message (connect ECONNREFUSED) and gives "
       "up after 3 attempts",
       {"live.js": r"""const WebSocket = require('ws');

const URL = 'ws://127.0.0.1:{{api}}/live';
let attempts = 0;

function connect() {
  attempts += 1;
  const ws = new WebSocket(URL);
  ws.on('open', () => console.log('connected'));
  ws.on('error', (err) => console.error(`[live] attempt ${attempts}: ${err.message}`));
  ws.on('close', () => {
    if (attempts >= 3) {
      console.error('[live] giving up');
      process.exit(1);
    }
    setTimeout(connect, 100);
  });
}

connect();
"""},
       {"url": "ws://127.0.0.1:{{api}}/live", "host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED",
       servers=CLOSED, setup=WS_LINK, requires=WS_REQ),
    sc("fc_ws_node_esm_close_4401", "websocket", "node feed.mjs",
       "an ESM ws client subscribes to orders; the server closes with 4401 token expired and the client exits 1",
       {"feed.mjs": r"""import WebSocket from 'ws';

const ws = new WebSocket('ws://127.0.0.1:{{ws}}/feed');
ws.on('open', () => ws.send(JSON.stringify({ subscribe: 'orders' })));
ws.on('close', (code, reason) => {
  console.error(`feed closed ${code} ${reason}`);
  process.exit(code === 1000 ? 0 : 1);
});
"""},
       {"close_code": 4401}, "ws", servers={"ws": ("ws", "close", 4401, "token expired")}, setup=WS_LINK, requires=WS_REQ),
    sc("fc_ws_node_builtin_404_1006_argv", "websocket", "node --experimental-websocket dash.js ws://127.0.0.1:{{ws}}/live",
       "node's built-in WebSocket to a URL from the argv; the server answers the upgrade with 404, the program logs the "
       "error event's message (and a close code if a close event comes) and exits 1",
       {"dash.js": r"""const url = process.argv[2];
const ws = new WebSocket(url);
ws.addEventListener('open', () => console.log('dashboard connected'));
ws.addEventListener('error', (e) => {
  console.error(`dashboard socket error: ${e.message}`);
  process.exitCode = 1;
});
ws.addEventListener('close', (e) => {
  console.error(`dashboard socket closed with ${e.code}`);
  process.exit(1);
});
"""},
       {"url": "ws://127.0.0.1:{{ws}}/live", "close_code": 1006}, "console", servers={"ws": ("http", 404, "not found\n")}),
    sc("fc_ws_java_handshake_401", "websocket", "java -cp out app.Stream ws://127.0.0.1:{{ws}}/stream",
       "a java.net.http WebSocket client to the URL from its argv; the server answers the upgrade with 401 "
       "(WebSocketHandshakeException in a CompletionException)",
       {"src/app/Stream.java": r"""package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;

public class Stream {
    public static void main(String[] args) {
        System.out.println("opening stream " + args[0]);
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(URI.create(args[0]), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    System.out.println(data);
                    return WebSocket.Listener.super.onText(w, data, last);
                }
            }).join();
    }
}
"""},
       {"url": "ws://127.0.0.1:{{ws}}/stream", "http_status": 401}, "java.util.concurrent.CompletionException",
       servers={"ws": ("http", 401, "unauthorized\n")}, setup=javac("src/app/Stream.java")),
    sc("fc_ws_java_onclose_1001", "websocket", "java -cp out app.Watch",
       "a java WebSocket watcher prints the server's close code from onClose (1001 going away) and exits 1",
       {"src/app/Watch.java": r"""package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

public class Watch {
    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(URI.create("ws://127.0.0.1:{{ws}}/watch"), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
                    System.err.println("watch: server closed the socket: " + code + " " + reason);
                    closed.complete(code);
                    return null;
                }
            }).join();
        int code = closed.get();
        System.exit(code == 1000 ? 0 : 1);
    }
}
"""},
       {"close_code": 1001}, "java", servers={"ws": ("ws", "close", 1001, "going away")}, setup=javac("src/app/Watch.java")),
    sc("fc_ws_py_aiohttp_close_1013", "websocket", PY + " stream.py",
       "an aiohttp ws_connect client reads until the server closes with 1013 (try again later) and exits 2 with the code",
       {"stream.py": r"""import asyncio
import sys

import aiohttp


async def main():
    async with aiohttp.ClientSession() as s:
        async with s.ws_connect('http://127.0.0.1:{{ws}}/stream') as ws:
            async for msg in ws:
                print('message', msg.data)
            print(f'stream ended: close code {ws.close_code}', file=sys.stderr)
            return ws.close_code


code = asyncio.run(main())
sys.exit(0 if code == 1000 else 2)
"""},
       {"url": "http://127.0.0.1:{{ws}}/stream", "close_code": 1013}, "aiohttp", servers={"ws": ("ws", "close", 1013, "try again later")},
       requires=["py:aiohttp"], tool="python3", ecosystem="python"),
    sc("fc_ws_bash_supervisor_wsclient_drop", "websocket", "bash run-listener.sh",
       "a bash supervisor restarts a websocket-client event listener three times; each run is dropped right after the "
       "handshake",
       {"run-listener.sh": r"""#!/bin/bash
# keep the event listener running, at most 3 starts
URL=ws://127.0.0.1:{{ws}}/events
for n in 1 2 3; do
  echo "supervisor: starting listener for $URL (run $n)"
  /usr/bin/python3 listener.py --url "$URL" && exit 0
  echo "supervisor: listener exited with $?"
  sleep 0.2
done
echo "supervisor: listener keeps failing, giving up" >&2
exit 1
""",
        "listener.py": r"""import argparse

import websocket

ap = argparse.ArgumentParser()
ap.add_argument('--url', required=True)
a = ap.parse_args()
ws = websocket.create_connection(a.url, timeout=5)
while True:
    print('event', ws.recv())
"""},
       {"url": "ws://127.0.0.1:{{ws}}/events"}, "websocket", servers={"ws": ("ws", "drop")}, requires=["py:websocket"],
       tool="bash", ecosystem="python"),
    sc("fc_ws_py_websockets_refused_paste", "websocket", PY + " bridge.py",
       "a websockets relay connects to a server that is down; the user pastes the traceback only",
       {"bridge.py": r"""import asyncio

import websockets


async def relay():
    async with websockets.connect('ws://127.0.0.1:{{api}}/relay', open_timeout=3) as ws:
        await ws.send('hello')
        print(await ws.recv())

asyncio.run(relay())
"""},
       {"url": "ws://127.0.0.1:{{api}}/relay", "host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError",
       servers=CLOSED, paste="error_block", requires=["py:websockets"], tool="python3", ecosystem="python"),

    # ================= negatives =================
    sc("fc_neg_py_keyerror_env", "negative", "python3 -m app.settings",
       "a settings module reads a required environment variable that is not set (KeyError)",
       {"app/__init__.py": "", "app/settings.py": "import os\n\nDATABASE_URL = os.environ['DATABASE_URL']\nprint('db', DATABASE_URL)\n"},
       {}, "KeyError"),
    sc("fc_neg_py_csv_valueerror_logged", "negative", "python3 import_prices.py prices.csv",
       "a price import logs the exception of a row whose price is 'N/A' (ValueError) and exits 1",
       {"import_prices.py": r"""import csv
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')
with open(sys.argv[1], newline='') as f:
    for n, row in enumerate(csv.DictReader(f), 2):
        try:
            price = float(row['price'])
        except ValueError:
            logging.exception('%s:%d: bad price for %s', sys.argv[1], n, row['sku'])
            sys.exit(1)
        logging.info('%s = %.2f', row['sku'], price)
""",
        "prices.csv": "sku,price\nA1,3.50\nB2,N/A\n"},
       {}, "ValueError"),
    sc("fc_neg_py_urllib_404", "negative", "python3 fetch_report.py",
       "urllib fetches a report that the live server does not have (HTTPError 404)",
       {"fetch_report.py": r"""import urllib.request

with urllib.request.urlopen('http://127.0.0.1:{{api}}/reports/2026-12.csv', timeout=5) as r:
    open('report.csv', 'wb').write(r.read())
"""},
       {}, "urllib.error.HTTPError", servers={"api": ("http", 404, "no such report\n")}),
    sc("fc_neg_pytest_assert_mentions_jsondecode", "negative", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: a logic test about swallowing JSONDecodeError fails (the helper returns {} instead of None)",
       dict(PYTEST_INI, **{
           "parse.py": "import json\n\n\ndef safe_parse(text):\n    try:\n        return json.loads(text)\n    except json.JSONDecodeError:\n        return {}\n",
           "tests/test_parse.py": r"""from parse import safe_parse


def test_invalid_json_returns_none():
    # safe_parse must swallow json.JSONDecodeError and return None
    assert safe_parse('{"a": 1,}') is None
"""}),
       {}, "AssertionError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fc_neg_py_ws_failover_ok", "negative", PY + " sync_client.py",
       "a websockets sync client logs that the first server refuses, fails over to the second, which finishes with a "
       "normal close; exit 0",
       {"sync_client.py": r"""import asyncio
import logging

import websockets

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('sync')
URLS = ['ws://127.0.0.1:{{down}}/sync', 'ws://127.0.0.1:{{ws}}/sync']


async def main():
    for url in URLS:
        try:
            async with websockets.connect(url) as ws:
                log.info('connected to %s', url)
                try:
                    await ws.recv()
                except websockets.ConnectionClosedOK:
                    log.info('server finished the sync (normal close)')
                return
        except OSError as e:
            log.warning('%s unavailable (%s), trying the next server', url, e)

asyncio.run(main())
"""},
       {}, "", servers={"down": ("closed",), "ws": ("ws", "close", 1000, "done")}, exit=0,
       requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("fc_neg_py_grep_marker_calledprocess", "negative", "python3 check_backup.py",
       "a check runs grep -q for the backup's completion marker with check=True; the marker is absent (exit status 1)",
       {"check_backup.py": r"""import subprocess

# alert when the nightly job did not log its completion marker
subprocess.run(['grep', '-q', 'BACKUP COMPLETE', 'logs/nightly.log'], check=True)
print('backup completed')
""",
        "logs/nightly.log": "03:00 backup started\n03:02 copying\n"},
       {}, "subprocess.CalledProcessError"),
    sc("fc_neg_py_sqlite_unique", "negative", "python3 add_user.py ana@example.com",
       "adding a user whose e-mail already exists (sqlite3.IntegrityError: UNIQUE constraint failed)",
       {"add_user.py": r"""import sqlite3
import sys

con = sqlite3.connect('users.db')
con.execute('insert into users(email) values (?)', (sys.argv[1],))
con.commit()
print('added', sys.argv[1])
"""},
       {}, "sqlite3.IntegrityError",
       setup=["sqlite3 users.db \"create table users(email text unique); insert into users values('ana@example.com')\""]),
    sc("fc_neg_py_zero_division_report", "negative", "python3 conversion.py",
       "a conversion report divides by the number of visits, which is 0 for a new campaign (ZeroDivisionError)",
       {"conversion.py": r"""campaigns = {'spring': (1200, 36), 'winter': (0, 0)}
for name, (visits, orders) in campaigns.items():
    print(f'{name}: {orders / visits:.1%}')
"""},
       {}, "ZeroDivisionError"),
    sc("fc_neg_py_json_log_skipped_file_ok", "negative", "python3 import_inbox.py",
       "an import logs JSON lines, including a warning that one listed file was missing (FileNotFoundError text), and "
       "finishes with exit 0",
       {"import_inbox.py": r"""import json
import sys


def log(level, msg, **kw):
    print(json.dumps({'level': level, 'msg': msg, **kw}), flush=True)


imported = skipped = 0
for name in ['inbox/a.csv', 'inbox/old.csv', 'inbox/b.csv']:
    try:
        with open(name) as f:
            imported += len(f.readlines())
    except FileNotFoundError as e:
        log('warning', 'skipped file', error=str(e))
        skipped += 1
log('info', 'import finished', imported=imported, skipped=skipped)
sys.exit(0)
""",
        "inbox/a.csv": "1\n2\n", "inbox/b.csv": "3\n"},
       {}, "", exit=0),
    sc("fc_neg_timeout_124_reindex", "negative", "timeout 1 python3 reindex.py",
       "a reindex job is run under timeout 1 and killed by it (exit 124, a local time limit)",
       {"reindex.py": "import time\n\nprint('reindexing 10000 documents', flush=True)\ntime.sleep(5)\nprint('done')\n"},
       {}, "", exit=124, tool="timeout", ecosystem="python"),
    sc("fc_neg_unittest_permission_message", "negative", "python3 -m unittest discover -s tests -t .",
       "unittest: a test of the friendly error message for a PermissionError fails on letter case",
       {"messages.py": "def friendly(err):\n    return f'cannot write {err.filename}: {err.strerror}'\n",
        "tests/__init__.py": "",
        "tests/test_messages.py": r"""import unittest

from messages import friendly


class FriendlyTest(unittest.TestCase):
    def test_permission_error_message(self):
        err = PermissionError(13, 'Permission denied', '/var/log/app.log')
        self.assertEqual(friendly(err), 'cannot write /var/log/app.log: permission denied')


if __name__ == '__main__':
    unittest.main()
"""},
       {}, "AssertionError", tool="python3", ecosystem="python"),
    sc("fc_neg_node_eaddrinuse", "negative", "node server.js {{busy}}",
       "a node server listens on a port that another process holds (EADDRINUSE)",
       {"server.js": r"""const http = require('http');

const port = Number(process.argv[2] || 3000);
http.createServer((req, res) => res.end('ok')).listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
"""},
       {}, "Error: listen EADDRINUSE", servers={"busy": ("silent",)}),
    sc("fc_neg_node_typeerror_no_admin", "negative", "node notify.js",
       "a node notifier looks up the admin user, which the users file does not have (TypeError reading 'email')",
       {"notify.js": "const users = require('./users.json');\n\nconst admin = users.find((u) => u.role === 'admin');\nconsole.log('notifying', admin.email);\n",
        "users.json": "[{\"name\": \"ana\", \"role\": \"dev\", \"email\": \"ana@example.com\"}]\n"},
       {}, "TypeError"),
    sc("fc_neg_node_test_status_mapping", "negative", "node --test test/",
       "node --test: a test expects ECONNREFUSED to map to HTTP 503, the code maps it to 502 (logic failure)",
       {"lib/errors.js": "exports.httpStatusFor = (code) => ({ ECONNREFUSED: 502, ETIMEDOUT: 504 }[code] || 500);\n",
        "test/errors.test.js": r"""const test = require('node:test');
const assert = require('node:assert');
const { httpStatusFor } = require('../lib/errors');

test('maps ECONNREFUSED to 503', () => {
  assert.strictEqual(httpStatusFor('ECONNREFUSED'), 503);
});
"""},
       {}, "AssertionError", tool="node", ecosystem="node"),
    sc("fc_neg_node_fetch_503", "negative", "node health.mjs",
       "a node health check gets HTTP 503 from a live upstream and exits 1",
       {"health.mjs": r"""const res = await fetch('http://127.0.0.1:{{api}}/health');
if (!res.ok) {
  console.error(`upstream unavailable: HTTP ${res.status} ${await res.text()}`);
  process.exit(1);
}
console.log('healthy');
"""},
       {}, "", servers={"api": ("http", 503, "maintenance window\n")}),
    sc("fc_neg_node_ws_normal_close_summary", "negative", "node oneshot-sync.js",
       "a node ws client receives a normal 1000 close from the server, prints a summary and exits 0",
       {"oneshot-sync.js": r"""const WebSocket = require('ws');

let received = 0;
const ws = new WebSocket('ws://127.0.0.1:{{ws}}/sync');
ws.on('message', () => { received += 1; });
ws.on('error', (e) => console.error('sync error:', e.message));
ws.on('close', (code, reason) => {
  console.log(`sync finished: ${received} messages, server closed with ${code} (${reason})`);
  process.exit(code === 1000 ? 0 : 1);
});
"""},
       {}, "", servers={"ws": ("ws", "close", 1000, "done")}, setup=WS_LINK, requires=WS_REQ, exit=0),
    sc("fc_neg_npm_lint_problems", "negative", "npm run lint",
       "npm run lint: a home-made lint script reports a console statement as an error (exit 1)",
       {"package.json": pkg({"lint": "node scripts/lint.js src"}, name="web"),
        "scripts/lint.js": r"""const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
let problems = 0;
for (const f of fs.readdirSync(dir)) {
  fs.readFileSync(path.join(dir, f), 'utf8').split('\n').forEach((line, i) => {
    if (line.includes('console.log')) {
      console.log(`${dir}/${f}:${i + 1}:1  error  Unexpected console statement  no-console`);
      problems += 1;
    }
  });
}
console.log(`\n${problems} problem(s) (${problems} error(s), 0 warnings)`);
process.exit(problems ? 1 : 0);
""",
        "src/app.js": "const x = 1;\n\nconsole.log(x);\n"},
       {}, "", tool="npm", ecosystem="node"),
    sc("fc_neg_node_app_deprecation_warning", "negative", "node config-check.js",
       "a config loader emits its own DeprecationWarning for an old key and finishes with exit 0",
       {"config-check.js": r"""const cfg = { db: { pool: 5 } };

if (cfg.db && cfg.db.pool) {
  process.emitWarning('config key "db.pool" is deprecated, use "database.pool"', 'DeprecationWarning', 'APP001');
}
console.log('config ok: pool size', cfg.db.pool);
"""},
       {}, "DeprecationWarning", exit=0),
    sc("fc_neg_java_npe_invoice", "negative", "java -cp out app.Invoice",
       "a java invoice job dereferences a customer that is null (NullPointerException with a helpful message)",
       {"src/app/Invoice.java": r"""package app;

import java.util.Map;

public class Invoice {
    public static void main(String[] args) {
        Map<String, String> customers = Map.of("c1", "ACME");
        String customer = customers.get("c2");
        System.out.println("invoice for " + customer.toUpperCase());
    }
}
"""},
       {}, "java.lang.NullPointerException", setup=javac("src/app/Invoice.java")),
    sc("fc_neg_java_numberformat_port", "negative", "java -cp out app.Main 80a",
       "a java server parses its port from the argv; the operator typed 80a (NumberFormatException)",
       {"src/app/Main.java": r"""package app;

public class Main {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        System.out.println("would listen on " + port);
    }
}
"""},
       {}, "java.lang.NumberFormatException", setup=javac("src/app/Main.java")),
    sc("fc_neg_bash_disk_threshold", "negative", "bash check-disk.sh",
       "a disk check compares df's usage with DISK_MAX from the environment (0 %) and fails (a policy failure)",
       {"check-disk.sh": r"""#!/bin/bash
MAX=${DISK_MAX:-90}
USED=$(df -P . | awk 'NR==2 {gsub("%", "", $5); print $5}')
if [ "$USED" -gt "$MAX" ]; then
  echo "disk-check: usage ${USED}% exceeds limit ${MAX}%" >&2
  exit 1
fi
echo "disk-check: ok (${USED}%)"
"""},
       {}, "", env={"DISK_MAX": "0"}, tool="bash", ecosystem="shell"),
    sc("fc_neg_bash_trap_grep_changelog", "negative", "bash deploy-check.sh",
       "a deploy check under set -eE with an ERR trap greps the changelog for the release heading, which is missing",
       {"deploy-check.sh": r"""#!/bin/bash
set -eE
trap 'echo "deploy-check: failed at line $LINENO (exit $?)" >&2' ERR
echo "deploy-check: verifying release notes"
grep -q "^## 2.4.0" CHANGELOG.md
echo "deploy-check: ok"
""",
        "CHANGELOG.md": "# Changes\n\n## 2.3.0\n- faster search\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("fc_neg_bash_curl_500", "negative", "bash smoke.sh",
       "a smoke test runs curl -fsS against a live service that answers 500",
       {"smoke.sh": r"""#!/bin/bash
set -e
echo "smoke: GET /api/orders"
curl -fsS -o /dev/null http://127.0.0.1:{{api}}/api/orders
echo "smoke: ok"
"""},
       {}, "curl", servers={"api": ("http", 500, "internal error\n")}, tool="bash", ecosystem="shell"),
    sc("fc_neg_dash_usage", "negative", "sh bin/rotate.sh",
       "a sh rotation script called without its arguments prints its usage and exits 2",
       {"bin/rotate.sh": "#!/bin/sh\nif [ $# -lt 2 ]; then\n  echo \"usage: rotate.sh LOGDIR DAYS\" >&2\n  exit 2\nfi\nfind \"$1\" -name '*.log' -mtime +\"$2\" -delete\n"},
       {}, "", exit=2, tool="sh", ecosystem="shell"),
    sc("fc_neg_git_merge_conflict", "negative", "git merge feature",
       "git merge stops on a content conflict in app.conf", {"app.conf": "workers = 2\n"}, {}, "git",
       setup=[GIT_INIT + " && git checkout -qb feature && echo 'workers = 8' > app.conf && git commit -qam 'more workers'"
              " && git checkout -q - && echo 'workers = 4' > app.conf && git commit -qam 'four workers'"]),
    sc("fc_neg_git_nothing_to_commit", "negative", "git commit -m 'update config'",
       "git commit in a clean working tree (nothing to commit)", {"config.yml": "a: 1\n"}, {}, "git", setup=[GIT_INIT]),
    sc("fc_neg_make_test_failure", "negative", "make test",
       "make test runs the project's test script, which reports a failed VAT rounding check (exit 1)",
       {"Makefile": "test:\n\tpython3 tests/run.py\n",
        "tests/run.py": r"""import sys

got = round(16.80 * 1.19, 1)
if got != 19.99:
    print(f'FAIL: test_vat_rounding (expected 19.99, got {got})')
    print('1 failed, 4 passed')
    sys.exit(1)
"""},
       {}, "", tool="make", ecosystem="make"),
    sc("fc_neg_sqlite_check_constraint", "negative", "sqlite3 shop.db \"insert into products(name, price) values ('pen', -1)\"",
       "sqlite3: an insert violates a CHECK constraint on the price", {}, {}, "sqlite3",
       setup=["sqlite3 shop.db 'create table products(name text, price real check (price >= 0))'"]),
    sc("fc_neg_c_segfault_wrapper", "negative", "bash run.sh",
       "a wrapper runs a C log parser that dereferences NULL (Segmentation fault reported by bash, exit 139)",
       {"run.sh": "#!/bin/bash\nset -e\necho 'parsing access.log'\n./parse_log access.log\necho 'parsed'\n",
        "parse_log.c": "#include <stdio.h>\n\nint main(int argc, char **argv) {\n    int *counts = NULL;\n    counts[0] = argc;\n    printf(\"%s\\n\", argv[1]);\n    return 0;\n}\n",
        "access.log": "GET /\n"},
       {}, "", setup=["gcc -o parse_log parse_log.c"], tool="bash", ecosystem="c"),
    sc("fc_neg_tar_leading_slash_ok", "negative", "tar czf hostname-backup.tar.gz /etc/hostname",
       "tar archives an absolute path and warns about removing the leading slash; exit 0", {}, {}, "tar", exit=0),
    sc("fc_neg_perl_quota_die", "negative", "perl bin/upload.pl acme report.pdf",
       "a perl upload tool dies because the tenant's storage quota is used up (a business rule)",
       {"bin/upload.pl": r"""use strict;
use warnings;

my ($tenant, $file) = @ARGV;
my %used = (acme => 5120);
my $quota = 5120;
die "quota exceeded for tenant $tenant ($used{$tenant} MB used of $quota MB)\n" if $used{$tenant} >= $quota;
print "uploaded $file\n";
"""},
       {}, "perl"),
]

# ---- round 2: forms round 1 lacks (collectors' prefixes, chained npm scripts, pasted single lines, exceptions without
# their class, Error causes, find -exec, nested make, tracebacks inside JSON log fields, TAP reports, ExceptionGroups,
# pytest's short summary alone, perl HTTP::Tiny, ssh, pino-style JSON errors, Java Caused-by chains, raise ... from, git
# apply, jq loops, unittest import failures, tee'd cron logs, bad accept keys, handshake timeouts, ExecutionException,
# reconnect loops on 1012); labels written before any capture of this round
ROUND2 = [
    sc("fc_r2_mm_syslog_prefixed_redis", "missing_module", "bash run.sh",
       "a wrapper pipes the worker's output through a syslog-style prefix on every line (as the init system's logger "
       "does); the worker imports redis, which is not installed",
       {"run.sh": r"""#!/bin/bash
# run the worker the way the init system does: every line goes through the logger's prefix
python3 worker.py 2>&1 | while IFS= read -r line; do
  printf '%s web1 orders-worker[%d]: %s\n' "Dec  7 03:00:01" $$ "$line"
done
exit ${PIPESTATUS[0]}
""",
        "worker.py": "import json\nimport redis\n\nr = redis.Redis()\nprint(json.dumps({'ping': r.ping()}))\n"},
       {"module": "redis"}, "ModuleNotFoundError", tool="bash", ecosystem="python"),
    sc("fc_r2_mm_npm_ci_chain_supertest", "missing_module", "npm run ci",
       "npm run ci chains npm run lint (passes) and npm test (node --test); an API test requires supertest, which is not "
       "installed",
       {"package.json": pkg({"ci": "npm run lint && npm test", "lint": "node scripts/lint.js", "test": "node --test test/"}, name="orders-api"),
        "scripts/lint.js": "console.log('lint: 4 files ok');\n",
        "app.js": "const http = require('http');\nmodule.exports = http.createServer((req, res) => res.end('ok'));\n",
        "test/api.test.js": r"""const test = require('node:test');
const request = require('supertest');
const app = require('../app');

test('GET / answers ok', async () => {
  await request(app).get('/').expect(200, 'ok');
});
"""},
       {"module": "supertest"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("fc_r2_mm_paste_one_line_dayjs", "missing_module", "node scripts/report.mjs",
       "an ESM report script imports dayjs (not installed); the user pastes only the one error line",
       {"scripts/report.mjs": "import dayjs from 'dayjs';\n\nconsole.log('report for', dayjs().format('YYYY-MM-DD'));\n"},
       {"module": "dayjs"}, "Error [ERR_MODULE_NOT_FOUND]", paste="match", match="Cannot find package", lines=1,
       tool="node", ecosystem="node"),
    sc("fc_r2_perm_py_excepthook_no_class", "permission", "python3 thumbs.py",
       "a thumbnail job installs a sys.excepthook that prints only 'thumbs: fatal: <message>' (no class, no traceback); "
       "the cache folder is read-only (run without capabilities)",
       {"thumbs.py": r"""import sys
from pathlib import Path


def fatal(exc_type, exc, tb):
    print(f'thumbs: fatal: {exc}', file=sys.stderr)


sys.excepthook = fatal
out = Path('var/cache/thumbs')
for name in ['a.png', 'b.png']:
    (out / name).write_bytes(b'\x89PNG')
    print('wrote', out / name)
"""},
       {"path": "var/cache/thumbs/a.png"}, "PermissionError", dirs=["var/cache/thumbs"], modes={"var/cache/thumbs": 0o555},
       drop_caps=True),
    sc("fc_r2_perm_node_error_cause", "permission", "node audit.js",
       "a node service wraps the open of its audit log in new Error(..., { cause }); the log file is read-only and the "
       "uncaught error prints the EACCES only as its [cause] (run without capabilities)",
       {"audit.js": r"""const fs = require('fs');

function openAudit(path) {
  try {
    return fs.openSync(path, 'a');
  } catch (err) {
    throw new Error(`cannot open audit log ${path}`, { cause: err });
  }
}

console.log('audit: starting');
const fd = openAudit('logs/audit.log');
fs.writeSync(fd, 'started\n');
""",
        "logs/audit.log": "old\n"},
       {"path": "logs/audit.log"}, "Error", modes={"logs/audit.log": 0o444}, drop_caps=True),
    sc("fc_r2_perm_find_exec_mv_archive", "permission", "bash archive-uploads.sh",
       "an archive script moves uploads with find -exec mv -t archive/ {} +; archive/ is read-only (run without capabilities)",
       {"archive-uploads.sh": r"""#!/bin/bash
set -e
echo "archiving uploads"
find uploads -type f -name '*.jpg' -exec mv -t archive/ {} +
echo "archived"
""",
        "uploads/a.jpg": "jpg\n"},
       {"path": "archive/a.jpg"}, "mv", dirs=["archive"], modes={"archive": 0o555}, drop_caps=True, tool="bash", ecosystem="shell"),
    sc("fc_r2_syn_nested_make_py_compile", "syntax", "make check",
       "a top-level make runs make -C for each service; the api service's check byte-compiles app/handlers.py, where a "
       "parenthesis is never closed (make[1] and make errors follow)",
       {"Makefile": "SERVICES = services/web services/api\n\ncheck:\n\tfor s in $(SERVICES); do $(MAKE) -C $$s check || exit 1; done\n",
        "services/web/Makefile": "check:\n\tpython3 -m py_compile main.py\n", "services/web/main.py": "print('web')\n",
        "services/api/Makefile": "check:\n\tpython3 -m py_compile app/handlers.py\n",
        "services/api/app/handlers.py": r"""import json


def health(request):
    return json.dumps({'status': 'ok'})


def orders(request):
    return json.dumps(dict(
        count=len(request.get('orders', [])),
        ids=[o['id'] for o in request.get('orders', [])]
"""},
       {"file": "services/api/app/handlers.py", "line": 9}, "SyntaxError", tool="make", ecosystem="python"),
    sc("fc_r2_syn_traceback_in_json_field", "syntax", "python3 worker.py",
       "a worker logs JSON lines and puts the formatted traceback of a plugin's SyntaxError (a brace never closed) into "
       "an 'exc' field",
       {"worker.py": r"""import importlib
import json
import sys
import traceback


def log(level, msg, **kw):
    print(json.dumps({'level': level, 'msg': msg, **kw}), flush=True)


log('info', 'loading plugins')
try:
    importlib.import_module('plugins.geo')
except SyntaxError:
    log('error', 'plugin failed to load', plugin='geo', exc=traceback.format_exc())
    sys.exit(1)
log('info', 'plugins loaded')
""",
        "plugins/__init__.py": "",
        "plugins/geo.py": "def locate(lat, lon):\n    return {'lat': lat, 'lon': lon\n\n\ndef distance(a, b):\n    return abs(a['lat'] - b['lat'])\n"},
       {"file": "plugins/geo.py", "line": 2}, "SyntaxError"),
    sc("fc_r2_syn_node_test_tap_reporter", "syntax", "node --test --test-reporter=tap test/",
       "node --test with the TAP reporter: the module under test has a missing comma in a reduce call (missing ) after "
       "argument list)",
       {"lib/price.js": "'use strict';\n\nconst total = (items) => items.reduce((a, b) => a + b 0);\n\nmodule.exports = { total };\n",
        "test/price.test.js": r"""const test = require('node:test');
const assert = require('node:assert');
const { total } = require('../lib/price');

test('sums prices', () => {
  assert.strictEqual(total([1, 2, 3]), 6);
});
"""},
       {"file": "lib/price.js", "line": 3}, "SyntaxError", tool="node", ecosystem="node"),
    sc("fc_r2_conn_taskgroup_exceptiongroup", "connection", "python3 probe.py",
       "an asyncio probe checks two services in a TaskGroup; the cache port is closed, so an ExceptionGroup carries the "
       "ConnectionRefusedError",
       {"probe.py": r"""import asyncio

SERVICES = {'api': ('127.0.0.1', {{api}}), 'cache': ('127.0.0.1', {{cache}})}


async def probe(name, host, port):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(b'HEAD / HTTP/1.0\r\n\r\n')
    await writer.drain()
    line = await reader.readline()
    writer.close()
    print(f'{name}: {line.decode().strip()}')


async def main():
    async with asyncio.TaskGroup() as tg:
        for name, (host, port) in SERVICES.items():
            tg.create_task(probe(name, host, port))

asyncio.run(main())
"""},
       {"host": "127.0.0.1", "port": "{{cache}}"}, "ExceptionGroup",
       servers={"api": ("http", 200, "ok\n"), "cache": ("closed",)}),
    sc("fc_r2_conn_pytest_short_summary_only", "connection", "python3 -m pytest -q --tb=no -rf -p no:cacheprovider tests",
       "pytest with --tb=no -rf: an integration test calls the API from API_URL, which is down; only the short summary "
       "line names the ConnectionError",
       {"tests/test_api.py": r"""import os

import requests

API = os.environ.get('API_URL', 'http://127.0.0.1:8000')


def test_health():
    r = requests.get(f'{API}/health', timeout=2)
    assert r.status_code == 200


def test_version_format():
    assert '1.2.3'.count('.') == 2
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/health"}, "requests.exceptions.ConnectionError",
       servers=CLOSED, env={"API_URL": "http://127.0.0.1:{{api}}"}, requires=["py3:pytest", "py3:requests"], tool="pytest",
       ecosystem="python"),
    sc("fc_r2_conn_perl_http_tiny", "connection", "perl bin/check_api.pl http://127.0.0.1:{{api}}/api/status",
       "a perl status check with HTTP::Tiny dies with the 599 internal exception of a refused connection",
       {"bin/check_api.pl": r"""use strict;
use warnings;
use HTTP::Tiny;

my $url = shift or die "usage: check_api.pl URL\n";
my $res = HTTP::Tiny->new(timeout => 5)->get($url);
die "GET $url failed: $res->{status} $res->{reason}: $res->{content}" unless $res->{success};
print "ok\n";
"""},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/api/status"}, "perl", servers=CLOSED),
    sc("fc_r2_conn_ssh_restart_remote", "connection", "bash deploy-remote.sh",
       "a deploy script restarts the app over ssh (BatchMode) on a host whose ssh port refuses",
       {"deploy-remote.sh": r"""#!/bin/bash
set -euo pipefail
echo "deploy: restarting shop on the app host"
ssh -o BatchMode=yes -o ConnectTimeout=3 -o StrictHostKeyChecking=no -p {{api}} deploy@127.0.0.1 'sudo systemctl restart shop'
echo "deploy: restarted"
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ssh", servers=CLOSED, requires=["bin:ssh"], tool="bash", ecosystem="shell"),
    sc("fc_r2_conn_pino_json_err_object", "connection", "node cache.js",
       "a node service logs pino-style JSON lines (numeric level, err object with type, message, stack, code); the cache "
       "port from CACHE_PORT refuses",
       {"cache.js": r"""const net = require('net');

const log = (level, msg, extra = {}) =>
  console.log(JSON.stringify({ level, time: Date.now(), pid: process.pid, hostname: 'web1', msg, ...extra }));

log(30, 'connecting to cache');
const sock = net.connect({ host: '127.0.0.1', port: Number(process.env.CACHE_PORT) });
sock.on('connect', () => {
  log(30, 'cache connected');
  sock.end();
});
sock.on('error', (err) => {
  log(50, 'cache unavailable', { err: { type: err.name, message: err.message, stack: err.stack, code: err.code } });
  process.exit(1);
});
"""},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED, env={"CACHE_PORT": "{{api}}"}),
    sc("fc_r2_fnf_java_caused_by_nosuchfile", "file_not_found", "java -cp out app.Pricing",
       "a java service wraps the IOException of its rules file in IllegalStateException; the Caused by line names the "
       "NoSuchFileException",
       {"src/app/Pricing.java": r"""package app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class Pricing {
    static List<String> loadRules(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot load pricing rules", e);
        }
    }

    public static void main(String[] args) {
        System.out.println("pricing service starting");
        List<String> rules = loadRules("rules/pricing.csv");
        System.out.println(rules.size() + " rules");
    }
}
"""},
       {"path": "rules/pricing.csv"}, "java.lang.IllegalStateException", setup=javac("src/app/Pricing.java")),
    sc("fc_r2_fnf_py_raise_from_config", "file_not_found", "python3 -m app",
       "a config loader re-raises the FileNotFoundError of its TOML file as its own ConfigError (raise ... from e)",
       {"app/__init__.py": "", "app/__main__.py": "from app.config import load\n\ncfg = load()\nprint(cfg)\n",
        "app/config.py": r"""import tomllib


class ConfigError(Exception):
    pass


def load(path='etc/app/settings.toml'):
    try:
        with open(path, 'rb') as f:
            return tomllib.load(f)
    except OSError as e:
        raise ConfigError(f'cannot read configuration {path}') from e
"""},
       {"path": "etc/app/settings.toml"}, "app.config.ConfigError", dirs=["etc/app"]),
    sc("fc_r2_fnf_git_apply_patch_missing", "file_not_found", "bash apply-patches.sh",
       "a script applies numbered patches with git apply under set -e; the third patch file is missing",
       {"apply-patches.sh": r"""#!/bin/bash
set -e
for p in 0001-add-healthcheck.patch 0002-bump-deps.patch 0003-fix-timeout.patch; do
  echo "applying $p"
  git apply "patches/$p"
done
echo "all patches applied"
""",
        "app.txt": "name: shop\n"},
       {"path": "patches/0003-fix-timeout.patch"}, "git",
       setup=["git init -q . && git add app.txt && git commit -qm init && mkdir -p patches"
              " && echo 'healthcheck: /health' >> app.txt && git diff > patches/0001-add-healthcheck.patch && git commit -qam p1"
              " && echo 'deps: v2' >> app.txt && git diff > patches/0002-bump-deps.patch && git commit -qam p2"
              " && git reset -q --hard HEAD~2"],
       tool="bash", ecosystem="shell"),
    sc("fc_r2_json_jq_loop_names_file", "json_format", "bash validate-configs.sh",
       "a validation loop runs jq empty on every config and prints 'FILE: invalid JSON: <jq message>'; configs/b.json has "
       "an unquoted value",
       {"validate-configs.sh": r"""#!/bin/bash
status=0
for f in configs/*.json; do
  if ! err=$(jq empty "$f" 2>&1); then
    echo "$f: invalid JSON: $err"
    status=1
  fi
done
exit $status
""",
        "configs/a.json": "{\"retries\": 3}\n", "configs/b.json": "{\n  \"retries\": 3,\n  \"timeout\": 30s\n}\n"},
       {"json_file": "configs/b.json"}, "jq", tool="bash", ecosystem="shell"),
    sc("fc_r2_json_node_queue_json_log", "json_format", "node worker.js",
       "a node queue worker logs JSON lines; a job file has a stray closing brace and the error's message and the file go "
       "into separate fields",
       {"worker.js": r"""const fs = require('fs');

const log = (o) => console.log(JSON.stringify({ ts: new Date().toISOString(), ...o }));

for (const name of fs.readdirSync('data/queue').sort()) {
  const file = `data/queue/${name}`;
  try {
    const job = JSON.parse(fs.readFileSync(file, 'utf8'));
    log({ level: 'info', msg: 'job done', id: job.id });
  } catch (err) {
    log({ level: 'error', msg: 'cannot parse job', file, error: err.message });
    process.exit(1);
  }
}
""",
        "data/queue/41.json": "{\"id\": 41}\n", "data/queue/42.json": "{\"id\": 42}}\n"},
       {"json_file": "data/queue/42.json"}, "SyntaxError"),
    sc("fc_r2_imp_unittest_failed_import", "import_error", "python3 -m unittest discover -s tests -t .",
       "unittest discovery: a test module imports render_pdf from reports.pdf, which defines render (Failed to import test "
       "module)",
       {"tests/__init__.py": "", "reports/__init__.py": "", "reports/pdf.py": "def render(rows):\n    return b'%PDF'\n",
        "tests/test_pdf.py": "import unittest\n\nfrom reports.pdf import render_pdf\n\n\nclass PdfTest(unittest.TestCase):\n    def test_header(self):\n        self.assertTrue(render_pdf([]).startswith(b'%PDF'))\n",
        "tests/test_rows.py": "import unittest\n\n\nclass RowsTest(unittest.TestCase):\n    def test_ok(self):\n        self.assertEqual(len([1, 2]), 2)\n"},
       {"name": "render_pdf", "from_module": "reports.pdf"}, "ImportError", tool="python3", ecosystem="python"),
    sc("fc_r2_imp_cron_tee_htmlparseerror", "import_error", "bash cron/scrape.sh",
       "a cron script tees the scraper's output into logs/cron.log; the old scraper imports HTMLParseError from "
       "html.parser (removed in Python 3.5)",
       {"cron/scrape.sh": r"""#!/bin/bash
mkdir -p logs
{
  echo "== scrape $(date -u +%FT%TZ) =="
  python3 scrape.py
} 2>&1 | tee -a logs/cron.log
exit ${PIPESTATUS[0]}
""",
        "scrape.py": "from html.parser import HTMLParser, HTMLParseError\n\n\nclass Links(HTMLParser):\n    pass\n\n\nLinks().feed('<a href=x>')\n"},
       {"name": "HTMLParseError", "from_module": "html.parser"}, "ImportError", tool="bash", ecosystem="python"),
    sc("fc_r2_ws_node_ws_bad_accept", "websocket", "node events.js ws://127.0.0.1:{{ws}}/events",
       "a node ws client to the URL from the argv; a proxy answers the upgrade with a wrong Sec-WebSocket-Accept key "
       "(unhandled error event)",
       {"events.js": r"""const WebSocket = require('ws');

const ws = new WebSocket(process.argv[2]);
ws.on('open', () => console.log('subscribed'));
ws.on('message', (m) => console.log('event', m.toString()));
"""},
       {"url": "ws://127.0.0.1:{{ws}}/events"}, "Error: Invalid Sec-WebSocket-Accept header",
       servers={"ws": ("ws", "bad_accept")}, setup=WS_LINK, requires=WS_REQ),
    sc("fc_r2_ws_py_websockets_open_timeout", "websocket", PY + " quotes.py ws://127.0.0.1:{{ws}}/quotes",
       "a websockets client with open_timeout=1 to a server that accepts the TCP connection and never answers the "
       "upgrade (TimeoutError during the opening handshake)",
       {"quotes.py": r"""import asyncio
import sys

import websockets


async def main(url):
    async with websockets.connect(url, open_timeout=1) as ws:
        print(await ws.recv())

asyncio.run(main(sys.argv[1]))
"""},
       {"url": "ws://127.0.0.1:{{ws}}/quotes", "host": "127.0.0.1", "port": "{{ws}}"}, "TimeoutError",
       servers={"ws": ("silent",)}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("fc_r2_ws_java_refused_execution_exception", "websocket", "java -cp out app.Ticker",
       "a java ticker prints the WebSocket URL from TICKER_URL and waits with get(); nothing listens "
       "(ExecutionException caused by ConnectException)",
       {"src/app/Ticker.java": r"""package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;

public class Ticker {
    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("TICKER_URL", "ws://127.0.0.1:9000/ticker");
        System.out.println("ticker: connecting to " + url);
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(URI.create(url), new WebSocket.Listener() {}).get();
        System.out.println("ticker: connected");
    }
}
"""},
       {"url": "ws://127.0.0.1:{{api}}/ticker", "host": "127.0.0.1", "port": "{{api}}"}, "java.util.concurrent.ExecutionException",
       servers=CLOSED, env={"TICKER_URL": "ws://127.0.0.1:{{api}}/ticker"}, setup=javac("src/app/Ticker.java")),
    sc("fc_r2_ws_py_close_1012_reconnect_loop", "websocket", PY + " orders_stream.py",
       "a websockets consumer reconnects after each close; the server closes every session with 1012 (service restart), "
       "the consumer logs three warnings and gives up",
       {"orders_stream.py": r"""import asyncio
import logging
import sys

import websockets

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')
URL = 'ws://127.0.0.1:{{ws}}/orders'


async def main():
    for attempt in range(1, 4):
        try:
            async with websockets.connect(URL) as ws:
                async for msg in ws:
                    logging.info('order %s', msg)
        except websockets.ConnectionClosedError as e:
            logging.warning('orders stream closed (%s), reconnecting (%d/3)', e, attempt)
            await asyncio.sleep(0.1)
    logging.error('orders stream unavailable, giving up')
    sys.exit(1)

asyncio.run(main())
"""},
       {"close_code": 1012}, "websockets.exceptions.ConnectionClosedError",
       servers={"ws": ("ws", "close", 1012, "service restart")}, requires=["py:websockets"], tool="python3", ecosystem="python"),

    # ---- round 2 negatives
    sc("fc_r2_neg_paste_json_log_429", "negative", "python3 charge.py",
       "a payment client gets HTTP 429 from the live payments API and logs one JSON line; the user pastes that line",
       {"charge.py": r"""import json
import sys
import urllib.error
import urllib.request

try:
    urllib.request.urlopen('http://127.0.0.1:{{api}}/v1/charges', data=b'amount=100', timeout=5)
except urllib.error.HTTPError as e:
    print(json.dumps({'level': 'error', 'msg': 'rate limited by payments API', 'status': e.code,
                      'retry_after': int(e.headers.get('Retry-After', '0'))}))
    sys.exit(1)
"""},
       {}, "", servers={"api": ("http", 429, "slow down\n", {"Retry-After": "30"})}, paste="last_line"),
    sc("fc_r2_neg_pytest_xfail_optional_module", "negative", "python3 -m pytest -q -rx -p no:cacheprovider tests",
       "pytest passes; a test of an optional fast path is xfail because ujson is not installed, and -rx prints its reason "
       "(exit 0)",
       {"tests/test_codec.py": r"""import json

import pytest


def test_roundtrip():
    assert json.loads(json.dumps({'a': 1})) == {'a': 1}


@pytest.mark.xfail(reason='optional dependency ujson is not installed on CI', raises=ModuleNotFoundError)
def test_fast_path():
    import ujson
    assert ujson.dumps([1]) == '[1]'


def test_empty():
    assert json.loads('[]') == []
"""},
       {}, "", exit=0, requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("fc_r2_neg_tap_all_ok_error_titles", "negative", "node --test --test-reporter=tap test/",
       "node --test with the TAP reporter: all tests pass, their titles mention ECONNREFUSED and EACCES (exit 0)",
       {"lib/map.js": "exports.statusFor = (code) => ({ ECONNREFUSED: 502, EACCES: 403 }[code] || 500);\n",
        "test/map.test.js": r"""const test = require('node:test');
const assert = require('node:assert');
const { statusFor } = require('../lib/map');

test('maps ECONNREFUSED from the upstream to 502', () => assert.strictEqual(statusFor('ECONNREFUSED'), 502));
test('maps EACCES on the upload folder to 403', () => assert.strictEqual(statusFor('EACCES'), 403));
"""},
       {}, "", exit=0, tool="node", ecosystem="node"),
    sc("fc_r2_neg_log_digest_quotes_history", "negative", "python3 log_digest.py logs/app.log.1",
       "a daily log digest counts yesterday's errors and quotes the last one (a PermissionError fixed since); exit 0",
       {"log_digest.py": r"""import collections
import sys

counts = collections.Counter()
last_error = None
with open(sys.argv[1]) as f:
    for line in f:
        level = line.split()[1]
        counts[level] += 1
        if level == 'ERROR':
            last_error = line.split(' ', 2)[2].strip()
print('digest for', sys.argv[1])
for level, n in sorted(counts.items()):
    print(f'  {level:<7} {n}')
print('  last error:', last_error, '(fixed in 2.4.1)')
""",
        "logs/app.log.1": "2026-12-06T01:00:00 INFO started\n2026-12-06T01:05:00 ERROR PermissionError: [Errno 13] Permission denied: '/var/log/app/old.log'\n"
                          "2026-12-06T01:06:00 INFO rotated\n"},
       {}, "", exit=0),
    sc("fc_r2_neg_java_validation_exception", "negative", "java -cp out app.Orders",
       "a java order import throws its own ValidationException (total must be positive)",
       {"src/app/Orders.java": r"""package app;

public class Orders {
    static class ValidationException extends RuntimeException {
        ValidationException(String m) { super(m); }
    }

    static void check(int id, int total) {
        if (total <= 0) throw new ValidationException("order " + id + ": total must be positive, got " + total);
    }

    public static void main(String[] args) {
        System.out.println("importing 2 orders");
        check(16, 120);
        check(17, -5);
    }
}
"""},
       {}, "app.Orders$ValidationException", setup=javac("src/app/Orders.java")),
    sc("fc_r2_neg_bash_set_u_unbound", "negative", "bash deploy.sh",
       "a deploy script under set -u uses DEPLOY_ENV, which the operator did not export (unbound variable)",
       {"deploy.sh": "#!/bin/bash\nset -euo pipefail\necho \"deploy: start\"\necho \"deploying to $DEPLOY_ENV\"\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("fc_r2_neg_node_heap_oom", "negative", "node --max-old-space-size=32 build-index.js",
       "a node indexer keeps every document in memory and runs out of its 32 MB heap (JavaScript heap out of memory)",
       {"build-index.js": r"""const index = [];
console.log('indexing documents');
for (let i = 0; ; i++) {
  index.push({ id: i, text: 'lorem ipsum dolor sit amet '.repeat(20) + i });
}
"""},
       {}, "", timeout=60),
    sc("fc_r2_neg_make_k_format_check", "negative", "make -k check",
       "make -k check: the format check reports a file that would be reformatted (exit 1), the unit tests pass; make exits 2",
       {"Makefile": "check: format test\n\nformat:\n\t@python3 tools/fmtcheck.py src\n\ntest:\n\t@echo 'tests: 12 passed'\n",
        "tools/fmtcheck.py": r"""import pathlib
import sys

bad = [p for p in pathlib.Path(sys.argv[1]).rglob('*.py') if '\t' in p.read_text()]
for p in bad:
    print(f'would reformat {p}')
print(f'{len(bad)} file(s) would be reformatted')
sys.exit(1 if bad else 0)
""",
        "src/app.py": "def f():\n\treturn 1\n"},
       {}, "", tool="make", ecosystem="make"),
]

SCENARIOS = ROUND1 + ROUND2
