"""A sixteenth fresh set (prefix k_), written BLIND in session 12: its author had read only the corpus README,
capture.py, servers.py, common.py, fresh7.py and DESIGN.md §4/§8, never the rules, the parsers or any capture. The
outside corpora's mix (python3 scripts/apps/clients, node CJS/ESM, bash/dash and tools, java, negatives) in the forms
that make diagnosis hard: the cause printed early and followed by noise or cleanup, errors inside logging and JSON log
lines, child processes and their parents' wrappers (CalledProcessError, npm/make, set -e scripts), test runners,
retried errors, several errors where one is the cause, details only in the argv or the program's files. Labels were
written before any output was seen. Split: fresh16_train / fresh16_holdout by a fixed hash of the name (capture.py)."""
from scenarios.common import sc, WS_LINK, WS_REQ

CLOSED = {"api": ("closed",)}
PY = "/usr/bin/python3"
GIT_INIT = "git init -q . && git add -A && git commit -qm init"


def t(s):
    """File text written as an indented-free block: drop the first newline."""
    return s[1:] if s.startswith("\n") else s


SCENARIOS = [
    # ================= missing_module =================
    sc("k_mm_py_cron_wrapper_toolbelt", "missing_module", "bash cron/upload_reports.sh",
       "a cron wrapper under set -e logs with timestamps, runs a python uploader importing requests_toolbelt (not installed), then its trap prints cleanup lines",
       {"cron/upload_reports.sh": t(r"""
#!/bin/bash
set -euo pipefail
log() { echo "$(date -u +%FT%TZ) [upload] $*"; }
cleanup() { log "cleanup: removing tmp/staging"; rm -rf tmp/staging; log "cleanup: done (exit $?)"; }
trap cleanup EXIT
mkdir -p tmp/staging && echo 'a,b' > tmp/staging/r1.csv
log "staged 1 report"
python3 cron/uploader.py tmp/staging
log "upload finished"
"""), "cron/uploader.py": t("""
import sys
import requests
from requests_toolbelt.multipart.encoder import MultipartEncoder

print('uploading', sys.argv[1])
""")},
       {"module": "requests_toolbelt"}, "ModuleNotFoundError", tool="bash", ecosystem="python"),
    sc("k_mm_pytest_collect_freezegun", "missing_module", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: two test modules pass, one imports freezegun (not installed): a collection error among passing tests",
       {"tests/test_math.py": "def test_add():\n    assert 1 + 1 == 2\n\n\ndef test_mul():\n    assert 2 * 3 == 6\n",
        "tests/test_billing.py": "from freezegun import freeze_time\n\n\n@freeze_time('2026-01-01')\ndef test_invoice_date():\n    assert True\n",
        "tests/test_text.py": "def test_upper():\n    assert 'a'.upper() == 'A'\n"},
       {"module": "freezegun"}, "ModuleNotFoundError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("k_mm_py_parent_calledprocess_minio", "missing_module", "python3 release.py",
       "a release script runs its steps as child pythons with check=True; the publish step imports minio (not installed), the parent's CalledProcessError traceback comes last",
       {"release.py": t("""
import subprocess
import sys

for step in ('steps/build.py', 'steps/publish.py'):
    print(f'==> {step}', flush=True)
    subprocess.run([sys.executable, step], check=True)
print('release done')
"""), "steps/build.py": "print('built dist/app-2.4.1.tar.gz')\n",
        "steps/publish.py": "import os\nfrom minio import Minio\n\nclient = Minio('s3.internal:9000', secure=False)\nclient.fput_object('releases', 'app-2.4.1.tar.gz', 'dist/app-2.4.1.tar.gz')\n"},
       {"module": "minio"}, "ModuleNotFoundError"),
    sc("k_mm_npm_start_express", "missing_module", "npm start",
       "npm start runs a CJS web server that requires express, which is not installed; npm prints its lifecycle wrapper lines",
       {"package.json": '{"name": "shop-api", "version": "0.3.0", "scripts": {"start": "node server.js"}, "dependencies": {"express": "^4.19.2"}}\n',
        "server.js": "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\napp.listen(3000);\n"},
       {"module": "express"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("k_mm_node_esm_supervisor_pino", "missing_module", "bash bin/supervise.sh",
       "a bash supervisor restarts an ESM service three times; each start fails on import of pino (not installed), then it gives up",
       {"bin/supervise.sh": t(r"""
#!/bin/bash
for i in 1 2 3; do
  echo "supervise: starting worker (attempt $i)"
  node src/worker.mjs && exit 0
  echo "supervise: worker exited with $?, restarting in 0s"
done
echo "supervise: giving up after 3 attempts"
exit 1
"""), "src/worker.mjs": "import pino from 'pino';\n\nconst log = pino();\nlog.info('worker up');\n"},
       {"module": "pino"}, "Error [ERR_MODULE_NOT_FOUND]", tool="bash", ecosystem="node"),
    sc("k_mm_node_dynamic_plugin_json_log", "missing_module", "node app.mjs",
       "an ESM app loads its plugins with dynamic import() and logs a JSON line with the error message when one fails; the color plugin needs chalk (not installed)",
       {"app.mjs": t("""
const log = (o) => console.log(JSON.stringify({ time: new Date().toISOString(), ...o }));
const plugins = ['./plugins/color.mjs'];
let failed = 0;
for (const p of plugins) {
  try {
    await import(p);
    log({ level: 'info', msg: 'plugin loaded', plugin: p });
  } catch (err) {
    failed++;
    log({ level: 'error', msg: 'plugin load failed', plugin: p, err: err.message, code: err.code });
  }
}
log({ level: failed ? 'error' : 'info', msg: `startup finished, ${failed} plugin(s) failed` });
process.exit(failed ? 1 : 0);
"""), "plugins/color.mjs": "import chalk from 'chalk';\nexport const paint = (s) => chalk.green(s);\n"},
       {"module": "chalk"}, "ERR_MODULE_NOT_FOUND", ecosystem="node"),
    sc("k_mm_javac_make_commons_csv", "missing_module", "make build",
       "make build compiles a java exporter that imports Apache Commons CSV; the jar is not on the class path (package does not exist, with a second cannot-find-symbol error)",
       {"Makefile": "build:\n\t@echo 'javac: compiling 1 source file'\n\t@mkdir -p out\n\tjavac -Xlint:none -d out src/app/Export.java\n\t@echo 'build ok'\n",
        "src/app/Export.java": t("""
package app;

import org.apache.commons.csv.CSVFormat;

public class Export {
    public static void main(String[] a) throws Exception {
        System.out.println(CSVFormat.DEFAULT.format("id", "total"));
    }
}
""")},
       {"module": "org.apache.commons.csv"}, "javac", tool="make", ecosystem="java"),
    sc("k_mm_perl_make_yaml_xs", "missing_module", "make report",
       "make report runs a perl script that uses YAML::XS (not installed) and then a cleanup recipe marked ignored",
       {"Makefile": "report:\n\tperl scripts/report.pl conf/report.yml\n\nclean:\n\trm -f out.txt\n",
        "scripts/report.pl": "use strict;\nuse warnings;\nuse YAML::XS qw(LoadFile);\n\nmy $cfg = LoadFile(shift);\nprint \"title: $cfg->{title}\\n\";\n",
        "conf/report.yml": "title: weekly\n"},
       {"module": "YAML::XS"}, "perl", tool="make", ecosystem="perl"),
    sc("k_mm_py_plugins_logger_exception", "missing_module", "python3 -m monitor",
       "a monitoring agent loads its plugins with importlib in a loop and logs each failure with logger.exception; the metrics plugin imports prometheus_client (not installed); the agent exits 3",
       {"monitor/__init__.py": "", "monitor/__main__.py": t("""
import importlib
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)-8s %(name)s: %(message)s')
log = logging.getLogger('monitor')
failed = []
for name in ('monitor.plugins.disk', 'monitor.plugins.metrics', 'monitor.plugins.uptime'):
    try:
        importlib.import_module(name)
        log.info('loaded %s', name)
    except Exception:
        log.exception('could not load plugin %s', name)
        failed.append(name)
log.info('%d plugins loaded, %d failed', 3 - len(failed), len(failed))
sys.exit(3 if failed else 0)
"""), "monitor/plugins/__init__.py": "", "monitor/plugins/disk.py": "DISK = True\n",
        "monitor/plugins/metrics.py": "from prometheus_client import Counter, start_http_server\n\nREQUESTS = Counter('requests', 'n')\n",
        "monitor/plugins/uptime.py": "UPTIME = True\n"},
       {"module": "prometheus_client"}, "ModuleNotFoundError"),
    sc("k_mm_gcc_make_zstd_header", "missing_module", "make",
       "make builds a small C tool that includes <zstd.h>; the development headers are not installed (other objects compile first)",
       {"Makefile": "CFLAGS = -Wall -O2\nall: packer\npacker: main.o compress.o\n\tgcc -o packer main.o compress.o -lzstd\n%.o: %.c\n\tgcc $(CFLAGS) -c $< -o $@\n",
        "main.c": "#include <stdio.h>\nint compress_file(const char *p);\nint main(int c, char **v) { return c > 1 ? compress_file(v[1]) : 0; }\n",
        "compress.c": "#include <stdio.h>\n#include <zstd.h>\n\nint compress_file(const char *p) {\n    printf(\"%s %u\\n\", p, ZSTD_versionNumber());\n    return 0;\n}\n"},
       {"module": "zstd.h"}, "gcc", tool="make", ecosystem="c"),

    # ================= permission =================
    sc("k_perm_py_rotating_handler_ro", "permission", "python3 worker.py",
       "a worker configures a RotatingFileHandler on logs/worker.log, which is read-only (run without capabilities)",
       {"worker.py": t("""
import logging
from logging.handlers import RotatingFileHandler

print('worker: configuring logging')
handler = RotatingFileHandler('logs/worker.log', maxBytes=1_000_000, backupCount=3)
logging.basicConfig(level=logging.INFO, handlers=[handler])
logging.info('worker started')
"""), "logs/worker.log": "old line\n"},
       {"path": "logs/worker.log"}, "PermissionError", modes={"logs/worker.log": 0o444}, drop_caps=True),
    sc("k_perm_bash_deploy_cp_ro_trap", "permission", "bash scripts/deploy.sh",
       "a set -e deploy script builds, then copies the bundle into a read-only releases folder; its EXIT trap prints cleanup and a summary (run without capabilities)",
       {"scripts/deploy.sh": t(r"""
#!/bin/bash
set -eu
on_exit() { rc=$?; echo "deploy: cleaning build/"; rm -rf build; echo "deploy: finished with status $rc"; }
trap on_exit EXIT
echo "deploy: building"
mkdir -p build && echo 'console.log(1)' > build/app.js && echo '{}' > build/meta.json
echo "deploy: installing to releases/"
cp build/app.js build/meta.json releases/
echo "deploy: done"
""")},
       {"path": "releases/app.js"}, "cp", dirs=["releases"], modes={"releases": 0o555}, drop_caps=True, tool="bash", ecosystem="shell"),
    sc("k_perm_node_cache_write_json_log", "permission", "node indexer.js",
       "a node indexer writes its cache into a read-only cache folder and logs the error as a JSON line (err.message, code), then exits 1 (run without capabilities)",
       {"indexer.js": t("""
const fs = require('fs');
const log = (o) => console.log(JSON.stringify({ level: 30, time: Date.now(), ...o }));
log({ msg: 'indexing 3 documents' });
try {
  fs.writeFileSync('cache/index.json', JSON.stringify({ docs: 3 }));
} catch (err) {
  log({ level: 50, msg: 'failed to write index', err: { type: err.name, message: err.message, code: err.code } });
  process.exit(1);
}
""")},
       {"path": "cache/index.json"}, "Error: EACCES", dirs=["cache"], modes={"cache": 0o555}, drop_caps=True),
    sc("k_perm_npm_run_script_no_x", "permission", "npm run deploy",
       "npm run deploy runs ./scripts/deploy.sh, which has no execute bit",
       {"package.json": '{"name": "site", "version": "1.0.0", "scripts": {"deploy": "./scripts/deploy.sh production"}}\n',
        "scripts/deploy.sh": "#!/bin/sh\necho deploying $1\n"},
       {"path": "scripts/deploy.sh"}, "sh", modes={"scripts/deploy.sh": 0o644}, tool="npm", ecosystem="node"),
    sc("k_perm_java_report_ro", "permission", "java -cp out app.DailyReport reports/daily.csv",
       "a java report writer opens its output file in a read-only reports folder (FileNotFoundException ... (Permission denied)) (run without capabilities)",
       {"src/app/DailyReport.java": t("""
package app;

import java.io.FileWriter;
import java.io.IOException;

public class DailyReport {
    public static void main(String[] a) throws IOException {
        System.out.println("writing report to " + a[0]);
        try (FileWriter w = new FileWriter(a[0])) {
            w.write("day,total\\n");
        }
    }
}
""")},
       {"path": "reports/daily.csv"}, "java.io.FileNotFoundException", dirs=["reports"], modes={"reports": 0o555}, drop_caps=True,
       setup=["javac -d out src/app/DailyReport.java"]),
    sc("k_perm_unittest_sqlite_readonly", "permission", "python3 -m unittest -v tests.test_store",
       "unittest: a test writes to data/app.db, a read-only SQLite file; two other tests pass (run without capabilities)",
       {"store.py": t("""
import sqlite3


def save(name):
    con = sqlite3.connect('data/app.db')
    con.execute('insert into items(name) values (?)', (name,))
    con.commit()
"""), "tests/__init__.py": "", "tests/test_store.py": t("""
import unittest

import store


class StoreTest(unittest.TestCase):
    def test_a_name(self):
        self.assertEqual('x'.upper(), 'X')

    def test_b_save(self):
        store.save('widget')

    def test_c_len(self):
        self.assertEqual(len('abc'), 3)
""")},
       {"path": "data/app.db"}, "sqlite3.OperationalError", setup=["mkdir -p data && sqlite3 data/app.db 'create table items(name text)' && chmod 444 data/app.db"],
       drop_caps=True),
    sc("k_perm_make_install_prefix_ro", "permission", "make install PREFIX=dist",
       "make install copies a built tool into a read-only prefix bin folder with install -m 755 (run without capabilities)",
       {"Makefile": "PREFIX ?= /usr/local\nbuild:\n\t@printf '#!/bin/sh\\necho tool\\n' > tool\ninstall: build\n\t@echo \"installing to $(PREFIX)/bin\"\n\tinstall -m 755 tool $(PREFIX)/bin/tool\n"},
       {"path": "dist/bin/tool"}, "install", dirs=["dist/bin"], modes={"dist/bin": 0o555}, drop_caps=True, tool="make", ecosystem="make"),
    sc("k_perm_wget_download_ro", "permission", "bash scripts/fetch_assets.sh",
       "a script downloads an asset with wget -O into a read-only downloads folder (run without capabilities)",
       {"scripts/fetch_assets.sh": "#!/bin/bash\nset -e\necho 'fetching fonts.tar.gz'\nwget -q -O downloads/fonts.tar.gz http://127.0.0.1:{{api}}/assets/fonts.tar.gz\ntar xzf downloads/fonts.tar.gz -C static\n"},
       {"path": "downloads/fonts.tar.gz"}, "wget", dirs=["downloads", "static"], modes={"downloads": 0o555}, drop_caps=True,
       servers={"api": ("http", 200, "not really a tarball\n")}, tool="bash", ecosystem="shell"),
    sc("k_perm_py_pool_worker_ro", "permission", "python3 split_export.py",
       "a multiprocessing Pool writes partitions into a read-only out folder; the worker's PermissionError comes back as a RemoteTraceback in the parent (run without capabilities)",
       {"split_export.py": t("""
from multiprocessing import Pool


def write_part(i):
    with open(f'out/part-{i}.csv', 'w') as f:
        f.write('id\\n')
    return i


if __name__ == '__main__':
    print('exporting 2 partitions', flush=True)
    with Pool(2) as pool:
        print(pool.map(write_part, [1, 2]))
""")},
       {"path": "out/part-1.csv"}, "PermissionError", dirs=["out"], modes={"out": 0o555}, drop_caps=True),
    sc("k_perm_dash_cron_log_ro", "permission", "sh cron/rotate.sh",
       "a dash cron script appends its status to logs/cron.log, which is read-only (run without capabilities)",
       {"cron/rotate.sh": "#!/bin/sh\nset -e\necho \"rotating logs\"\nn=$(ls logs | wc -l)\necho \"$(date -u) rotated $n files\" >> logs/cron.log\necho ok\n",
        "logs/cron.log": ""},
       {"path": "logs/cron.log"}, "sh", modes={"logs/cron.log": 0o444}, drop_caps=True, shell="dash", tool="sh", ecosystem="shell"),
    sc("k_perm_node_spawn_converter_eacces", "permission", "node thumbs.js img/a.png",
       "a node job spawns ./bin/convert, which lacks its execute bit (spawn EACCES), and logs the failure with console.error",
       {"thumbs.js": t("""
const { spawn } = require('child_process');
console.log(`converting ${process.argv[2]}`);
const child = spawn('./bin/convert', [process.argv[2], 'thumb.png'], { stdio: 'inherit' });
child.on('error', (err) => {
  console.error('converter failed to start:', err);
  process.exitCode = 1;
});
child.on('exit', (code) => console.log('converter exited', code));
"""), "bin/convert": "#!/bin/sh\necho converting\n", "img/a.png": "png"},
       {"path": "bin/convert"}, "Error: spawn ./bin/convert EACCES", modes={"bin/convert": 0o644}),

    # ================= syntax =================
    sc("k_syn_pytest_fstring_quotes", "syntax", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest collects a test importing app/report.py, which nests double quotes in an f-string (a SyntaxError before Python 3.12)",
       {"app/__init__.py": "", "app/report.py": t("""
def line(row):
    total = row['qty'] * row['price']
    return f"{row["sku"]}: {total:.2f}"
"""), "tests/test_report.py": "from app.report import line\n\n\ndef test_line():\n    assert line({'sku': 'A', 'qty': 2, 'price': 1.5}) == 'A: 3.00'\n",
        "tests/test_ok.py": "def test_ok():\n    assert True\n", "pytest.ini": "[pytest]\npythonpath = .\n"},
       {"file": "app/report.py", "line": 3}, "SyntaxError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("k_syn_py_migration_child_colon", "syntax", "python3 migrate.py",
       "a migration runner runs each migration file in a child python with check=True; migration 0042 misses a colon after its def; the parent's CalledProcessError follows",
       {"migrate.py": t("""
import pathlib
import subprocess
import sys

for m in sorted(pathlib.Path('migrations').glob('*.py')):
    print(f'applying {m.name}', flush=True)
    subprocess.run([sys.executable, str(m)], check=True)
print('all migrations applied')
"""), "migrations/0041_add_index.py": "print('  index added')\n",
        "migrations/0042_backfill.py": "import sqlite3\n\ndef backfill(con)\n    con.execute('update orders set total = 0 where total is null')\n\nbackfill(sqlite3.connect(':memory:'))\n"},
       {"file": "migrations/0042_backfill.py", "line": 3}, "SyntaxError"),
    sc("k_syn_node_cjs_routes_brace", "syntax", "node server.js",
       "a node server requires lib/routes.js, where an object literal misses a comma between two members",
       {"server.js": "console.log('loading routes');\nconst routes = require('./lib/routes');\nconsole.log(Object.keys(routes));\n",
        "lib/routes.js": "module.exports = {\n  '/health': () => 'ok',\n  '/users': () => []\n  '/orders': () => [],\n};\n"},
       {"file": "lib/routes.js", "line": 4}, "SyntaxError"),
    sc("k_syn_npm_test_esm_await", "syntax", "npm test",
       "npm test runs node --test; a test imports src/queue.js (ESM) which uses await inside a non-async function",
       {"package.json": '{"name": "queue", "version": "1.0.0", "type": "module", "scripts": {"test": "node --test test/"}}\n',
        "src/queue.js": "export function drain(q) {\n  const items = [];\n  for (const job of q) {\n    items.push(await job());\n  }\n  return items;\n}\n",
        "test/queue.test.js": "import test from 'node:test';\nimport assert from 'node:assert';\nimport { drain } from '../src/queue.js';\n\ntest('drain', () => assert.ok(drain));\n"},
       {"file": "src/queue.js", "line": 4}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("k_syn_make_bash_unterminated_quote", "syntax", "make deploy",
       "make deploy runs a bash script whose echo never closes a double quote",
       {"Makefile": "deploy:\n\t@echo '>> deploying'\n\tbash scripts/deploy.sh\n",
        "scripts/deploy.sh": "#!/bin/bash\nset -e\nTARGET=${1:-staging}\necho \"deploying to $TARGET\nrsync -a build/ /tmp/none/ 2>/dev/null || true\necho done\n"},
       {"file": "scripts/deploy.sh"}, "bash", tool="make", ecosystem="shell"),
    sc("k_syn_javac_make_semicolon", "syntax", "make build",
       "make build runs javac on two sources; Billing.java misses a semicolon",
       {"Makefile": "build:\n\tmkdir -p out\n\tjavac -d out src/app/Main.java src/app/Billing.java\n",
        "src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(Billing.total(3));\n    }\n}\n",
        "src/app/Billing.java": "package app;\n\npublic class Billing {\n    static int total(int n) {\n        int price = 12\n        return n * price;\n    }\n}\n"},
       {"file": "src/app/Billing.java", "line": 5}, "javac", tool="make", ecosystem="java"),
    sc("k_syn_perl_cron_paren", "syntax", "bash cron/cleanup.sh",
       "a cron script runs a perl cleanup tool with an unclosed parenthesis in an if condition",
       {"cron/cleanup.sh": "#!/bin/bash\necho \"$(date -u +%F) cleanup start\"\nperl bin/cleanup.pl tmp || { echo 'cleanup failed'; exit 1; }\n",
        "bin/cleanup.pl": "use strict;\nuse warnings;\n\nmy $dir = shift;\nopendir(my $dh, $dir) or die \"$dir: $!\";\nif (-d $dir {\n    print \"cleaning $dir\\n\";\n}\n"},
       {"file": "bin/cleanup.pl", "line": 6}, "perl", dirs=["tmp"], tool="bash", ecosystem="perl"),
    sc("k_syn_sqlite_migration_read", "syntax", "bash db/migrate.sh",
       "a migration script feeds SQL files to sqlite3 .read; 002 misspells CREATE TABLE",
       {"db/migrate.sh": "#!/bin/bash\nset -e\nfor f in db/migrations/*.sql; do\n  echo \"migrating $f\"\n  sqlite3 -bail app.db \".read $f\"\ndone\necho 'schema up to date'\n",
        "db/migrations/001_users.sql": "CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT);\n",
        "db/migrations/002_orders.sql": "-- orders\nCREATE TABEL orders(\n  id INTEGER PRIMARY KEY,\n  user_id INTEGER\n);\n"},
       {"file": "db/migrations/002_orders.sql", "line": 2}, "sqlite3", tool="bash", ecosystem="shell"),
    sc("k_syn_py_plugin_indent_logged", "syntax", "python3 bot.py",
       "a chat bot imports its command plugins and logs each failure with logger.exception; plugins/weather.py has a bad indentation; it exits 1 after a summary",
       {"bot.py": t("""
import importlib
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('bot')
bad = 0
for name in ('plugins.echo', 'plugins.weather', 'plugins.dice'):
    try:
        importlib.import_module(name)
    except Exception:
        log.exception('plugin %s failed to load', name)
        bad += 1
log.info('bot ready with %d broken plugin(s)', bad)
sys.exit(1 if bad else 0)
"""), "plugins/__init__.py": "", "plugins/echo.py": "def run(s):\n    return s\n",
        "plugins/weather.py": "def run(city):\n    if not city:\n        return 'which city?'\n      return f'sunny in {city}'\n",
        "plugins/dice.py": "import random\n\n\ndef run():\n    return random.randint(1, 6)\n"},
       {"file": "plugins/weather.py", "line": 4}, "IndentationError"),
    sc("k_syn_dash_herestring", "syntax", "sh scripts/check_env.sh",
       "a dash script uses a bash here-string (<<<), which dash rejects",
       {"scripts/check_env.sh": "#!/bin/sh\necho 'checking environment'\nVARS='HOME PATH'\nread -r first rest <<< \"$VARS\"\necho \"first: $first\"\n"},
       {"file": "scripts/check_env.sh", "line": 4}, "sh", shell="dash", tool="sh", ecosystem="shell"),
    sc("k_syn_gcc_make_warnings_then_error", "syntax", "make",
       "make: gcc prints unused-variable warnings for one file, then a missing semicolon in src/parse.c",
       {"Makefile": "CFLAGS = -Wall -Wextra\napp: src/util.o src/parse.o\n\tgcc -o app src/util.o src/parse.o\n%.o: %.c\n\tgcc $(CFLAGS) -c $< -o $@\n",
        "src/util.c": "int util(int a, int b) {\n    int unused = 3;\n    return a;\n}\n",
        "src/parse.c": "#include <stdlib.h>\n\nint parse(const char *s) {\n    int n = atoi(s)\n    return n;\n}\n"},
       {"file": "src/parse.c", "line": 5}, "gcc", tool="make", ecosystem="c"),

    # ================= connection =================
    sc("k_conn_py_requests_retry_loop", "connection", "python3 sync_inventory.py",
       "an inventory sync retries a refused API three times with logging warnings, then logs an error and exits 2",
       {"sync_inventory.py": t("""
import logging
import sys
import time

import requests

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')
log = logging.getLogger('sync')
URL = 'http://127.0.0.1:{{api}}/api/v1/inventory'
for attempt in range(1, 4):
    try:
        r = requests.get(URL, timeout=3)
        break
    except requests.ConnectionError as e:
        log.warning('attempt %d/3 failed: %s', attempt, e)
        time.sleep(0.2)
else:
    log.error('inventory API unavailable after 3 attempts, giving up')
    sys.exit(2)
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/api/v1/inventory"}, "requests.exceptions.ConnectionError",
       servers=CLOSED, requires=["py3:requests"]),
    sc("k_conn_py_httpx_async_argv", "connection", PY + " fetch_all.py --base http://127.0.0.1:{{api}}",
       "an async httpx client fetches three paths from the base URL given in the argv; the service is down (ConnectError: All connection attempts failed)",
       {"fetch_all.py": t("""
import argparse
import asyncio

import httpx

ap = argparse.ArgumentParser()
ap.add_argument('--base')
args = ap.parse_args()


async def main():
    async with httpx.AsyncClient(base_url=args.base, timeout=3) as client:
        for path in ('/users', '/orders', '/items'):
            r = await client.get(path)
            print(path, r.status_code)

asyncio.run(main())
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}"}, "httpx.ConnectError", servers=CLOSED,
       requires=["py:httpx"], tool="python3", ecosystem="python"),
    sc("k_conn_py_aiohttp_disconnected", "connection", PY + " poll.py http://127.0.0.1:{{api}}/jobs",
       "an aiohttp poller gets no answer: the server closes the connection after reading the request (ServerDisconnectedError)",
       {"poll.py": t("""
import asyncio
import sys

import aiohttp


async def main(url):
    async with aiohttp.ClientSession() as s:
        async with s.get(url) as r:
            print(await r.text())

asyncio.run(main(sys.argv[1]))
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/jobs"}, "aiohttp.client_exceptions.ServerDisconnectedError",
       servers={"api": ("empty",)}, requires=["py:aiohttp"], tool="python3", ecosystem="python"),
    sc("k_conn_npm_fetch_failed_cause", "connection", "npm run sync",
       "npm run sync runs an ESM script using the global fetch; the API is down: TypeError fetch failed with an ECONNREFUSED cause",
       {"package.json": '{"name": "sync", "version": "1.0.0", "type": "module", "scripts": {"sync": "node sync.js"}}\n',
        "sync.js": "console.log('sync: fetching catalog');\nconst res = await fetch('http://127.0.0.1:{{api}}/catalog.json');\nconsole.log(await res.json());\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED, tool="npm", ecosystem="node"),
    sc("k_conn_node_winston_reset", "connection", "node proxy-check.js",
       "a node upstream checker logs winston-style JSON lines; the upstream resets the connection; it logs the error with the upstream URL and exits 1",
       {"proxy-check.js": t("""
const http = require('http');
const upstream = 'http://127.0.0.1:{{api}}/v1/ping';
const log = (level, message, meta = {}) => console.log(JSON.stringify({ level, message, ...meta, timestamp: new Date().toISOString() }));
log('info', 'checking upstream', { upstream });
http.get(upstream, (res) => log('info', 'upstream ok', { status: res.statusCode }))
  .on('error', (err) => {
    log('error', 'upstream request failed', { upstream, error: err.message, code: err.code });
    log('info', 'shutting down checker');
    process.exitCode = 1;
  });
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v1/ping"}, "Error: read ECONNRESET", servers={"api": ("reset",)}),
    sc("k_conn_curl_retry_set_e_trap", "connection", "bash scripts/notify.sh",
       "a set -e script posts a release note with curl --retry 2 --retry-connrefused; curl retries, fails with (7); the EXIT trap prints cleanup",
       {"scripts/notify.sh": t(r"""
#!/bin/bash
set -euo pipefail
trap 'echo "notify: removing payload.json"; rm -f payload.json' EXIT
echo '{"text": "released 3.2.0"}' > payload.json
echo "notify: posting release note"
curl -sS --retry 2 --retry-delay 1 --retry-connrefused -H 'Content-Type: application/json' -d @payload.json http://127.0.0.1:{{api}}/hooks/release
echo "notify: sent"
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/hooks/release"}, "curl", servers=CLOSED, tool="bash", ecosystem="shell"),
    sc("k_conn_make_wget_refused", "connection", "make data",
       "make data downloads a data set with wget -t 2 from a mirror that is down",
       {"Makefile": "MIRROR = http://127.0.0.1:{{api}}\ndata: data/cities.csv\n\t@echo 'data ready'\ndata/cities.csv:\n\tmkdir -p data\n\twget -t 2 -w 0 -O $@ $(MIRROR)/datasets/cities.csv\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/datasets/cities.csv"}, "wget", servers=CLOSED, tool="make", ecosystem="make"),
    sc("k_conn_psql_script_env_file", "connection", "bash db/apply.sh",
       "a script sources db/env (PGHOST/PGPORT) and runs psql; the database is down",
       {"db/apply.sh": "#!/bin/bash\nset -e\n. db/env\necho \"applying schema to $PGHOST:$PGPORT\"\npsql -U app -d app -v ON_ERROR_STOP=1 -f db/schema.sql\necho applied\n",
        "db/env": "export PGHOST=127.0.0.1\nexport PGPORT={{api}}\n", "db/schema.sql": "create table t(id int);\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "psql", servers=CLOSED, requires=["bin:psql"], tool="bash", ecosystem="shell"),
    sc("k_conn_java_httpclient_wrapped", "connection", "java -cp out app.PriceSync http://127.0.0.1:{{api}}/prices",
       "a java HttpClient sync wraps the IOException in its own SyncException; the stack shows Caused by: java.net.ConnectException",
       {"src/app/PriceSync.java": t("""
package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class PriceSync {
    static class SyncException extends RuntimeException {
        SyncException(String m, Throwable c) { super(m, c); }
    }

    public static void main(String[] a) throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        try {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(a[0])).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println(r.statusCode());
        } catch (java.io.IOException e) {
            throw new SyncException("price sync failed for " + a[0], e);
        }
    }
}
""")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/prices"}, "java.net.ConnectException", servers=CLOSED,
       setup=["javac -d out src/app/PriceSync.java"]),
    sc("k_conn_git_clone_http_cleanup", "connection", "bash scripts/bootstrap.sh",
       "a bootstrap script clones a repository over http from a git server that is down, then prints cleanup output",
       {"scripts/bootstrap.sh": "#!/bin/bash\necho 'bootstrap: cloning config repo'\nif ! git clone -q http://127.0.0.1:{{api}}/ops/config.git vendor/config; then\n  echo 'bootstrap: clone failed, removing partial checkout'\n  rm -rf vendor/config\n  echo 'bootstrap: aborted'\n  exit 1\nfi\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/ops/config.git"}, "git", servers=CLOSED, tool="bash", ecosystem="shell"),
    sc("k_conn_py_smtp_alert_logged", "connection", "python3 alert.py --smtp 127.0.0.1:{{api}}",
       "an alert sender logs the refused SMTP connection with logger.exception, then queues the alert and exits 1",
       {"alert.py": t("""
import argparse
import logging
import smtplib
import sys

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s %(message)s')
log = logging.getLogger('alerts')
ap = argparse.ArgumentParser()
ap.add_argument('--smtp')
host, port = ap.parse_args().smtp.split(':')
try:
    with smtplib.SMTP(host, int(port), timeout=3) as s:
        s.sendmail('ops@example.com', ['oncall@example.com'], 'Subject: disk full\\n\\n/var is 97% full')
except OSError:
    log.exception('failed to send alert mail')
    log.info('alert written to queue/alerts.txt for a later retry')
    sys.exit(1)
""")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("k_conn_unittest_redis_like_setup", "connection", "python3 -m unittest -v tests.test_cache",
       "unittest: setUp opens a socket to a cache server on the port in CACHE_ADDR; the server is down, every test errors",
       {"cache.py": "import os\nimport socket\n\n\ndef connect():\n    host, port = os.environ['CACHE_ADDR'].split(':')\n    return socket.create_connection((host, int(port)), timeout=2)\n",
        "tests/__init__.py": "", "tests/test_cache.py": t("""
import unittest

import cache


class CacheTest(unittest.TestCase):
    def setUp(self):
        self.sock = cache.connect()

    def test_get(self):
        self.sock.sendall(b'GET a\\r\\n')

    def test_set(self):
        self.sock.sendall(b'SET a 1\\r\\n')
""")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED, env={"CACHE_ADDR": "127.0.0.1:{{api}}"}),

    # ================= file_not_found =================
    sc("k_fnf_py_env_config_logged", "file_not_found", "python3 app.py",
       "an app reads the config file named by APP_CONFIG; the file does not exist; it logs the error with logging.error and exits 1",
       {"app.py": t("""
import configparser
import logging
import os
import sys

logging.basicConfig(level=logging.INFO, format='%(asctime)s [%(levelname)s] %(message)s')
path = os.environ.get('APP_CONFIG', 'conf/app.ini')
logging.info('loading configuration')
try:
    with open(path) as f:
        cfg = configparser.ConfigParser()
        cfg.read_file(f)
except OSError as e:
    logging.error('cannot start: %s', e)
    sys.exit(1)
""")},
       {"path": "conf/prod.ini"}, "FileNotFoundError", env={"APP_CONFIG": "conf/prod.ini"}, dirs=["conf"]),
    sc("k_fnf_pytest_fixture_csv", "file_not_found", "python3 -m pytest -q -p no:cacheprovider",
       "pytest: a fixture reads tests/fixtures/orders.csv, which was never committed; three tests using it error, one passes",
       {"tests/conftest.py": "import csv\nimport pytest\n\n\n@pytest.fixture\ndef orders():\n    with open('tests/fixtures/orders.csv', newline='') as f:\n        return list(csv.DictReader(f))\n",
        "tests/test_orders.py": "def test_count(orders):\n    assert len(orders) == 3\n\n\ndef test_total(orders):\n    assert sum(int(o['total']) for o in orders) == 60\n\n\ndef test_ids(orders):\n    assert orders[0]['id'] == '1'\n\n\ndef test_plain():\n    assert True\n"},
       {"path": "tests/fixtures/orders.csv"}, "FileNotFoundError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("k_fnf_node_template_json_log", "file_not_found", "node mailer.js",
       "a node mailer reads its HTML template with fs.promises and logs the error object as JSON (code, path), then exits 1",
       {"mailer.js": t("""
const fs = require('fs/promises');
const log = (o) => console.log(JSON.stringify({ svc: 'mailer', ...o }));
(async () => {
  log({ level: 'info', msg: 'rendering welcome mail' });
  try {
    const html = await fs.readFile('templates/welcome.html', 'utf8');
    log({ level: 'info', msg: 'rendered', bytes: html.length });
  } catch (err) {
    log({ level: 'error', msg: 'render failed', err: { code: err.code, errno: err.errno, syscall: err.syscall, path: err.path } });
    process.exit(1);
  }
})();
""")},
       {"path": "templates/welcome.html"}, "Error: ENOENT", dirs=["templates"]),
    sc("k_fnf_node_esm_relative_missing", "file_not_found", "node src/main.js",
       "an ESM app imports ./lib/db.js, a file that was renamed (ERR_MODULE_NOT_FOUND for a relative file)",
       {"package.json": '{"type": "module"}\n', "src/main.js": "import { connect } from './lib/db.js';\n\nconsole.log(connect());\n",
        "src/lib/database.js": "export const connect = () => 'db';\n"},
       {"path": "src/lib/db.js"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("k_fnf_bash_source_env_set_e", "file_not_found", "bash scripts/run.sh production",
       "a set -e run script sources the environment file for the stage given in the argv; env/production.env does not exist",
       {"scripts/run.sh": "#!/bin/bash\nset -e\nSTAGE=$1\necho \"run: stage $STAGE\"\nsource \"env/$STAGE.env\"\necho \"run: starting app on $PORT\"\n",
        "env/staging.env": "PORT=8080\n"},
       {"path": "env/production.env"}, "bash", tool="bash", ecosystem="shell"),
    sc("k_fnf_make_no_rule_source", "file_not_found", "make",
       "make: an object's source file src/net.c was deleted; make has no rule to make it",
       {"Makefile": "app: src/main.o src/net.o\n\tgcc -o app src/main.o src/net.o\n%.o: %.c\n\tgcc -c $< -o $@\n",
        "src/main.c": "int main(void) { return 0; }\n"},
       {"path": "src/net.c"}, "make", tool="make", ecosystem="make"),
    sc("k_fnf_java_nio_caused_by", "file_not_found", "java -cp out app.Server",
       "a java server loads config/app.properties with Files.newBufferedReader; the NoSuchFileException is wrapped in an UncheckedIOException (Caused by)",
       {"src/app/Server.java": t("""
package app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

public class Server {
    static Properties load(String p) {
        Properties props = new Properties();
        try (var r = Files.newBufferedReader(Path.of(p))) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load configuration", e);
        }
        return props;
    }

    public static void main(String[] a) {
        System.out.println("[main] INFO starting server");
        System.out.println(load("config/app.properties"));
    }
}
""")},
       {"path": "config/app.properties"}, "java.nio.file.NoSuchFileException", setup=["javac -d out src/app/Server.java"]),
    sc("k_fnf_tar_backup_missing_dir", "file_not_found", "bash backup.sh",
       "a backup script tars data and uploads; the uploads folder does not exist (tar: Cannot stat, Exiting with failure status)",
       {"backup.sh": "#!/bin/bash\nset -e\necho 'backup: archiving data and uploads'\ntar czf backup.tgz data uploads\necho 'backup: done'\n", "data/a.txt": "a\n"},
       {"path": "uploads"}, "tar", tool="bash", ecosystem="shell"),
    sc("k_fnf_find_purge_set_e", "file_not_found", "bash cron/purge.sh",
       "a purge cron under set -e deletes old archives with find in logs/archive, a folder that does not exist",
       {"cron/purge.sh": "#!/bin/bash\nset -euo pipefail\necho \"purge: $(date -u +%F) start\"\nfind logs/archive -name '*.gz' -mtime +30 -print -delete\necho 'purge: done'\n"},
       {"path": "logs/archive"}, "find", dirs=["logs"], tool="bash", ecosystem="shell"),
    sc("k_fnf_perl_make_rates", "file_not_found", "make import",
       "make import runs a perl importer whose open dies with the file and $!; the rates file was never downloaded",
       {"Makefile": "import:\n\tperl bin/import_rates.pl data/rates-2026-12.csv\n\t@echo imported\n",
        "bin/import_rates.pl": "use strict;\nuse warnings;\nmy $f = shift;\nopen(my $fh, '<', $f) or die \"Cannot open $f: $!\\n\";\nwhile (<$fh>) { print; }\n"},
       {"path": "data/rates-2026-12.csv"}, "perl", tool="make", ecosystem="perl"),
    sc("k_fnf_py_ssl_cert_context", "file_not_found", "python3 client.py",
       "an mTLS client loads its certificate chain from certs/client.pem (missing); Python's FileNotFoundError names no file, only the source line does",
       {"client.py": t("""
import ssl

print('client: preparing TLS context')
ctx = ssl.create_default_context()
ctx.load_cert_chain('certs/client.pem', 'certs/client.key')
print('client: ready')
""")},
       {"path": "certs/client.pem"}, "FileNotFoundError", dirs=["certs"]),

    # ================= json_format =================
    sc("k_json_py_settings_logged_then_exit", "json_format", "python3 -m app",
       "an app logs that config/settings.json cannot be parsed (trailing comma) with the decode message, logs its shutdown and exits 1",
       {"app/__init__.py": "", "app/__main__.py": t("""
import json
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('app.config')
PATH = 'config/settings.json'
try:
    with open(PATH) as f:
        settings = json.load(f)
except json.JSONDecodeError as e:
    log.error('failed to load %s: %s', PATH, e)
    logging.getLogger('app').info('shutting down: 0 workers started')
    sys.exit(1)
"""), "config/settings.json": "{\n  \"workers\": 4,\n  \"queue\": \"jobs\",\n  \"retry\": 3,\n}\n"},
       {"json_file": "config/settings.json", "line": 5, "column": 1}, "json.decoder.JSONDecodeError"),
    sc("k_json_py_httpx_html_logged", "json_format", PY + " rates.py",
       "an httpx client decodes a 200 answer that is a proxy's HTML login page; it logs the JSONDecodeError and exits 1",
       {"rates.py": t("""
import logging
import sys

import httpx

logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('rates')
r = httpx.get('http://127.0.0.1:{{api}}/api/rates', timeout=5)
log.info('GET /api/rates -> %s', r.status_code)
try:
    rates = r.json()
except ValueError as e:
    log.error('invalid JSON from rates API: %r', e)
    sys.exit(1)
""")},
       {}, "json.decoder.JSONDecodeError", servers={"api": ("http", 200, "<!DOCTYPE html>\n<html><body><form>Sign in</form></body></html>\n", {"Content-Type": "text/html"})},
       requires=["py:httpx"], tool="python3", ecosystem="python"),
    sc("k_json_npm_broken_package_json", "json_format", "npm run build",
       "npm run build in a project whose package.json has a trailing comma after the scripts block",
       {"package.json": "{\n  \"name\": \"dashboard\",\n  \"version\": \"2.0.1\",\n  \"scripts\": {\n    \"build\": \"node build.js\"\n  },\n}\n",
        "build.js": "console.log('built');\n"},
       {"json_file": "package.json"}, "npm", tool="npm", ecosystem="node"),
    sc("k_json_node_require_default_json", "json_format", "node index.js",
       "a CJS app requires config/default.json, which has an unquoted key; the require stack follows",
       {"index.js": "const cfg = require('./lib/config');\nconsole.log('port', cfg.port);\n",
        "lib/config.js": "module.exports = require('../config/default.json');\n",
        "config/default.json": "{\n  \"port\": 8080,\n  host: \"0.0.0.0\"\n}\n"},
       {"json_file": "config/default.json"}, "SyntaxError"),
    sc("k_json_jq_release_set_e", "json_format", "bash scripts/release.sh",
       "a set -e release script reads the version with jq from release/manifest.json, which misses a comma",
       {"scripts/release.sh": "#!/bin/bash\nset -euo pipefail\necho 'release: reading manifest'\nversion=$(jq -r .version release/manifest.json)\necho \"release: tagging v$version\"\n",
        "release/manifest.json": "{\n  \"name\": \"agent\",\n  \"version\": \"4.1.0\"\n  \"channel\": \"stable\"\n}\n"},
       {"json_file": "release/manifest.json", "line": 4}, "jq", tool="bash", ecosystem="shell"),
    sc("k_json_make_json_tool_schemas", "json_format", "make check-schemas",
       "make check-schemas validates each schema with python3 -m json.tool; the second one misses a comma",
       {"Makefile": "SCHEMAS = schemas/user.json schemas/event.json\ncheck-schemas:\n\t@for f in $(SCHEMAS); do echo \"checking $$f\"; python3 -m json.tool $$f > /dev/null || exit 1; done\n",
        "schemas/user.json": "{\"type\": \"object\"}\n",
        "schemas/event.json": "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"id\": {\"type\": \"string\"}\n    \"ts\": {\"type\": \"string\"}\n  }\n}\n"},
       {"json_file": "schemas/event.json", "line": 5}, "json.decoder.JSONDecodeError", tool="make", ecosystem="make"),
    sc("k_json_pytest_fixture_truncated", "json_format", "python3 -m pytest -q -p no:cacheprovider tests/test_events.py",
       "pytest: a test loads tests/fixtures/events.json, which was truncated (Unterminated string)",
       {"tests/test_events.py": "import json\n\n\ndef load():\n    with open('tests/fixtures/events.json') as f:\n        return json.load(f)\n\n\ndef test_events():\n    assert len(load()) == 2\n",
        "tests/fixtures/events.json": "[{\"id\": 1, \"kind\": \"login\"}, {\"id\": 2, \"kind\": \"logo"},
       {"json_file": "tests/fixtures/events.json"}, "json.decoder.JSONDecodeError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("k_json_node_fetch_html", "json_format", "node status.mjs",
       "node fetch of a status endpoint returns an HTML error page with 200; res.json() throws SyntaxError Unexpected token '<'",
       {"status.mjs": "const res = await fetch('http://127.0.0.1:{{api}}/status');\nconsole.log('status endpoint answered', res.status);\nconst body = await res.json();\nconsole.log(body.state);\n"},
       {}, "SyntaxError", servers={"api": ("http", 200, "<!DOCTYPE html>\n<html><h1>Welcome to nginx</h1></html>\n", {"Content-Type": "text/html"})}),
    sc("k_json_perl_feeds_cron", "json_format", "bash cron/feeds.sh",
       "a cron script runs a perl feed reader that decode_json's conf/feeds.json (single quotes) and dies with the file name",
       {"cron/feeds.sh": "#!/bin/bash\necho \"feeds: run $(date -u +%H:%M)\"\nperl bin/feeds.pl conf/feeds.json || { echo \"feeds: reader failed ($?)\"; exit 1; }\necho \"feeds: ok\"\n",
        "bin/feeds.pl": "use strict;\nuse warnings;\nuse JSON::PP;\nmy $f = shift;\nopen(my $fh, '<', $f) or die \"$f: $!\";\nmy $txt = do { local $/; <$fh> };\nmy $feeds = eval { decode_json($txt) } or die \"cannot parse $f: $@\";\nprint scalar(@$feeds), \" feeds\\n\";\n",
        "conf/feeds.json": "[\n  {'url': 'https://example.com/rss'}\n]\n"},
       {"json_file": "conf/feeds.json"}, "perl", tool="bash", ecosystem="perl"),
    sc("k_json_py_child_state_empty", "json_format", "python3 scheduler.py",
       "a scheduler runs a job in a child python with check=True; the child json.load's an empty cache/state.json (Expecting value); the parent logs the CalledProcessError",
       {"scheduler.py": t("""
import logging
import subprocess
import sys

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')
try:
    subprocess.run([sys.executable, 'jobs/refresh.py'], check=True)
except subprocess.CalledProcessError as e:
    logging.error('job refresh failed: %s', e)
    sys.exit(1)
"""), "jobs/refresh.py": "import json\n\nwith open('cache/state.json') as f:\n    state = json.load(f)\nprint('refreshing from', state['cursor'])\n",
        "cache/state.json": ""},
       {"json_file": "cache/state.json", "line": 1, "column": 1}, "json.decoder.JSONDecodeError"),

    # ================= import_error =================
    sc("k_imp_py_collections_mapping_vendored", "import_error", "python3 main.py",
       "an app imports a vendored config library that still does 'from collections import Mapping' (removed in Python 3.10)",
       {"main.py": "from vendor.confmerge import merge\n\nprint(merge({'a': 1}, {'b': 2}))\n", "vendor/__init__.py": "",
        "vendor/confmerge.py": "from collections import Mapping\n\n\ndef merge(a, b):\n    return {**a, **b}\n"},
       {"name": "Mapping", "from_module": "collections"}, "ImportError"),
    sc("k_imp_py_circular_blueprints", "import_error", "python3 -m shop",
       "a web app package: shop/__init__ imports views, views imports 'cart' from shop.models, which imports from shop.views (circular)",
       {"shop/__init__.py": "from shop import views\n", "shop/__main__.py": "print('shop started')\n",
        "shop/views.py": "from shop.models import cart\n\n\ndef render():\n    return 'ok'\n",
        "shop/models.py": "from shop.views import render\n\ncart = []\n"},
       {"name": "cart", "from_module": "shop.models"}, "ImportError"),
    sc("k_imp_pytest_collect_slugify", "import_error", "python3 -m pytest -q -p no:cacheprovider",
       "pytest: a test module imports slugify from app.utils, which now calls it make_slug (ImportError while importing test module)",
       {"app/__init__.py": "", "app/utils.py": "def make_slug(s):\n    return s.lower().replace(' ', '-')\n",
        "tests/test_utils.py": "from app.utils import slugify\n\n\ndef test_slug():\n    assert slugify('A B') == 'a-b'\n",
        "tests/test_misc.py": "def test_ok():\n    assert True\n", "pytest.ini": "[pytest]\npythonpath = .\n"},
       {"name": "slugify", "from_module": "app.utils"}, "ImportError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("k_imp_py_wrapper_exec_worker", "import_error", "bash bin/worker",
       "a bash wrapper exports PYTHONPATH and execs python3 -m tasks.worker; the worker imports enqueue_later, which tasks.queue does not define",
       {"bin/worker": "#!/bin/bash\nset -e\nexport PYTHONPATH=$PWD\necho \"worker: starting with PYTHONPATH=$PYTHONPATH\"\nexec python3 -m tasks.worker --concurrency 2\n",
        "tasks/__init__.py": "", "tasks/queue.py": "def enqueue(job):\n    return job\n",
        "tasks/worker.py": "import sys\nfrom tasks.queue import enqueue, enqueue_later\n\nprint('worker up', sys.argv[1:])\n"},
       {"name": "enqueue_later", "from_module": "tasks.queue"}, "ImportError", tool="bash", ecosystem="python"),
    sc("k_imp_npm_esm_missing_export", "import_error", "npm run cli -- --dry-run",
       "npm run cli: an ESM CLI imports parseFlags from ./cli-utils.js, which exports parseArgs",
       {"package.json": '{"name": "tool", "version": "1.0.0", "type": "module", "scripts": {"cli": "node bin/cli.js"}}\n',
        "bin/cli.js": "import { parseFlags } from './cli-utils.js';\n\nconsole.log(parseFlags(process.argv.slice(2)));\n",
        "bin/cli-utils.js": "export function parseArgs(argv) {\n  return argv;\n}\n"},
       {"name": "parseFlags", "from_module": "./cli-utils.js"}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("k_imp_node_test_missing_export", "import_error", "node --test test/",
       "node --test: a test file imports formatPrice from ../src/money.mjs, which exports formatMoney; the runner reports the file as failed",
       {"src/money.mjs": "export const formatMoney = (c) => (c / 100).toFixed(2);\n",
        "test/money.test.mjs": "import test from 'node:test';\nimport assert from 'node:assert';\nimport { formatPrice } from '../src/money.mjs';\n\ntest('format', () => assert.equal(formatPrice(150), '1.50'));\n",
        "test/other.test.mjs": "import test from 'node:test';\nimport assert from 'node:assert';\n\ntest('ok', () => assert.ok(true));\n"},
       {"name": "formatPrice", "from_module": "../src/money.mjs"}, "SyntaxError"),
    sc("k_imp_javac_static_import", "import_error", "javac -d out -sourcepath src src/app/Main.java",
       "javac: Main static-imports app.util.Dates.parseIso, a method that is named parseISO",
       {"src/app/Main.java": "package app;\n\nimport static app.util.Dates.parseIso;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(parseIso(\"2026-12-07\"));\n    }\n}\n",
        "src/app/util/Dates.java": "package app.util;\n\npublic class Dates {\n    public static java.time.LocalDate parseISO(String s) {\n        return java.time.LocalDate.parse(s);\n    }\n}\n"},
       {"name": "parseIso", "from_module": "app.util.Dates"}, "javac"),
    sc("k_imp_py_typing_override_json_log", "import_error", "python3 handlers.py",
       "a service imports typing.override (Python 3.12+) on Python 3.11 and logs the ImportError in a JSON line before exiting 1",
       {"handlers.py": t("""
import json
import sys

try:
    from typing import override
except ImportError as e:
    print(json.dumps({'level': 'fatal', 'logger': 'handlers', 'msg': 'import failed', 'exc': repr(e)}))
    sys.exit(1)
""")},
       {"name": "override", "from_module": "typing"}, "ImportError"),
    sc("k_imp_py_urllib_parse_typo_cli", "import_error", "python3 -m linkcheck https://example.com",
       "a link checker CLI imports urljoin_safe from urllib.parse (no such name)",
       {"linkcheck/__init__.py": "", "linkcheck/__main__.py": "from linkcheck.core import check\nimport sys\n\ncheck(sys.argv[1])\n",
        "linkcheck/core.py": "from urllib.parse import urlparse, urljoin_safe\n\n\ndef check(u):\n    print(urlparse(u))\n"},
       {"name": "urljoin_safe", "from_module": "urllib.parse"}, "ImportError"),
    sc("k_imp_node_cjs_named_from_esm_only", "import_error", "node report.mjs",
       "an ESM report imports a named export 'summarize' from a CommonJS helper that assigns module.exports dynamically",
       {"report.mjs": "import { summarize } from './lib/stats.cjs';\n\nconsole.log(summarize([1, 2, 3]));\n",
        "lib/stats.cjs": "const fns = {};\nfor (const n of ['summarize', 'mean']) fns[n] = (xs) => xs.length;\nmodule.exports = fns;\n"},
       {"name": "summarize", "from_module": "./lib/stats.cjs"}, "SyntaxError"),

    # ================= websocket =================
    sc("k_ws_py_websockets_reconnect_1011", "websocket", PY + " stream.py",
       "a websockets consumer reconnects three times; each time the server closes with 1011; it logs warnings, then raises its own RuntimeError",
       {"stream.py": t("""
import asyncio
import logging

import websockets

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('stream')
URL = 'ws://127.0.0.1:{{ws}}/quotes'


async def main():
    for attempt in range(1, 4):
        try:
            async with websockets.connect(URL) as ws:
                async for msg in ws:
                    print(msg)
        except websockets.ConnectionClosedError as e:
            log.warning('attempt %d: stream closed: %s', attempt, e)
            await asyncio.sleep(0.1)
    raise RuntimeError('quote stream unavailable after 3 attempts')

asyncio.run(main())
""")},
       {"close_code": 1011, "url": "ws://127.0.0.1:{{ws}}/quotes"}, "RuntimeError", servers={"ws": ("ws", "close", 1011, "internal error")},
       requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("k_ws_py_websockets_403_gateway", "websocket", PY + " live.py ws://127.0.0.1:{{ws}}/live",
       "a websockets client is refused at the handshake with HTTP 403 by the gateway (InvalidStatus)",
       {"live.py": "import asyncio\nimport sys\n\nimport websockets\n\n\nasync def main(url):\n    async with websockets.connect(url) as ws:\n        print(await ws.recv())\n\nasyncio.run(main(sys.argv[1]))\n"},
       {"url": "ws://127.0.0.1:{{ws}}/live", "http_status": 403}, "websockets.exceptions.InvalidStatus", servers={"ws": ("http", 403, "forbidden\n")},
       requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("k_ws_py_wsclient_404_logged", "websocket", PY + " relay.py",
       "a websocket-client relay logs the handshake failure (404 Not Found) with logging.error and exits 1",
       {"relay.py": t("""
import logging
import sys

import websocket

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s relay: %(message)s')
URL = 'ws://127.0.0.1:{{ws}}/v2/relay'
logging.info('connecting to %s', URL)
try:
    ws = websocket.create_connection(URL, timeout=3)
except websocket.WebSocketException as e:
    logging.error('handshake failed: %s', e)
    sys.exit(1)
""")},
       {"url": "ws://127.0.0.1:{{ws}}/v2/relay", "http_status": 404}, "websocket._exceptions.WebSocketBadStatusException",
       servers={"ws": ("http", 404, "not found\n")}, requires=["py:websocket"], tool="python3", ecosystem="python"),
    sc("k_ws_py_aiohttp_ws_refused", "websocket", PY + " feed_client.py",
       "an aiohttp client opens ws_connect to a feed that is down (ClientConnectorError on a ws:// URL)",
       {"feed_client.py": "import asyncio\n\nimport aiohttp\n\n\nasync def main():\n    async with aiohttp.ClientSession() as s:\n        async with s.ws_connect('ws://127.0.0.1:{{api}}/feed') as ws:\n            print(await ws.receive())\n\nasyncio.run(main())\n"},
       {"url": "ws://127.0.0.1:{{api}}/feed", "host": "127.0.0.1", "port": "{{api}}"}, "aiohttp.client_exceptions.ClientConnectorError",
       servers=CLOSED, requires=["py:aiohttp"], tool="python3", ecosystem="python"),
    sc("k_ws_node_close_4401_json", "websocket", "node agent.js",
       "a node ws agent logs JSON lines; the server closes with 4401 (token expired); the agent logs the close and exits 1",
       {"agent.js": t("""
const WebSocket = require('ws');
const log = (o) => console.log(JSON.stringify({ t: Date.now(), ...o }));
const ws = new WebSocket('ws://127.0.0.1:{{ws}}/agent');
ws.on('open', () => log({ level: 'info', msg: 'connected' }));
ws.on('close', (code, reason) => {
  log({ level: 'error', msg: 'connection closed', code, reason: reason.toString() });
  process.exit(1);
});
""")},
       {"close_code": 4401}, "ws", servers={"ws": ("ws", "close", 4401, "token expired")}, setup=WS_LINK, requires=WS_REQ),
    sc("k_ws_node_ws_502_unhandled", "websocket", "node dashboard.js",
       "a node ws client behind a gateway gets HTTP 502 at the upgrade; the error event is not handled (Unexpected server response: 502)",
       {"dashboard.js": "const WebSocket = require('ws');\nconsole.log('dashboard: subscribing');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/updates');\nws.on('message', (m) => console.log(String(m)));\n"},
       {"url": "ws://127.0.0.1:{{ws}}/updates", "http_status": 502}, "Error: Unexpected server response: 502",
       servers={"ws": ("http", 502, "bad gateway\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("k_ws_npm_start_ws_refused", "websocket", "npm start",
       "npm start runs a ws client with the server URL in the script's argv; the server is down (ECONNREFUSED from ws, unhandled error event)",
       {"package.json": '{"name": "ticker", "version": "1.0.0", "scripts": {"start": "node client.js ws://127.0.0.1:{{api}}/ticks"}}\n',
        "client.js": "const WebSocket = require('ws');\nconst ws = new WebSocket(process.argv[2]);\nws.on('open', () => console.log('open'));\n"},
       {"url": "ws://127.0.0.1:{{api}}/ticks", "host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED,
       setup=WS_LINK, requires=WS_REQ, tool="npm", ecosystem="node"),
    sc("k_ws_java_close_1008", "websocket", "java -cp out app.Chat",
       "a java.net.http WebSocket client prints the close (1008 policy violation) in onClose and exits 1",
       {"src/app/Chat.java": t("""
package app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

public class Chat {
    public static void main(String[] a) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:{{ws}}/chat"), new WebSocket.Listener() {
            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                System.err.println("chat: websocket closed by server: code=" + code + " reason=" + reason);
                closed.complete(code);
                return null;
            }
        }).join();
        System.exit(closed.get() == 1000 ? 0 : 1);
    }
}
""")},
       {"close_code": 1008}, "java", servers={"ws": ("ws", "close", 1008, "policy violation")}, setup=["javac -d out src/app/Chat.java"]),
    sc("k_ws_curl_upgrade_probe_403", "websocket", "bash scripts/ws_health.sh",
       "a health script probes a WebSocket endpoint with curl -f and Upgrade headers; the gateway answers 403 (curl 22)",
       {"scripts/ws_health.sh": "#!/bin/bash\nset -e\necho 'probing websocket endpoint'\ncurl -sS -f -o /dev/null --max-time 3 -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' http://127.0.0.1:{{ws}}/socket\necho 'websocket endpoint ok'\n"},
       {"url": "http://127.0.0.1:{{ws}}/socket", "http_status": 403}, "curl", servers={"ws": ("http", 403, "forbidden\n")}, tool="bash", ecosystem="shell"),
    sc("k_ws_unittest_websockets_drop", "websocket", PY + " -m unittest -v test_feed",
       "unittest (IsolatedAsyncioTestCase): a test receives from the live feed; the server drops the connection after the handshake (no close frame, 1006)",
       {"test_feed.py": t("""
import unittest

import websockets


class FeedTest(unittest.IsolatedAsyncioTestCase):
    async def test_first_message(self):
        async with websockets.connect('ws://127.0.0.1:{{ws}}/feed') as ws:
            msg = await ws.recv()
            self.assertTrue(msg)

    def test_parse(self):
        self.assertEqual(int('3'), 3)


if __name__ == '__main__':
    unittest.main()
""")},
       {"close_code": 1006, "url": "ws://127.0.0.1:{{ws}}/feed"}, "websockets.exceptions.ConnectionClosedError", servers={"ws": ("ws", "drop")},
       requires=["py:websockets"], tool="python3", ecosystem="python"),

    # ================= negatives =================
    sc("k_neg_pytest_assert_quotes_refused", "negative", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: a test of an error formatter fails its assertion; both compared strings quote ConnectionRefusedError and a port",
       {"fmt.py": "def describe(exc):\n    return f'{type(exc).__name__}: {exc}'\n",
        "tests/test_fmt.py": t("""
from fmt import describe


def test_describe_refused():
    e = ConnectionRefusedError(111, 'Connection refused')
    assert describe(e) == 'ConnectionRefusedError: connect to 127.0.0.1:5432 refused'
"""), "pytest.ini": "[pytest]\npythonpath = .\n"},
       {}, "AssertionError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("k_neg_py_json_log_retry_then_ok", "negative", "python3 warmup.py",
       "a warm-up job logs JSON warnings for two refused attempts on a standby port, then reaches the live port and exits 0",
       {"warmup.py": t("""
import json
import urllib.request

for i, port in enumerate(({{down}}, {{down}}, {{api}}), 1):
    try:
        with urllib.request.urlopen(f'http://127.0.0.1:{port}/warm', timeout=3) as r:
            print(json.dumps({'level': 'info', 'msg': 'warm-up done', 'attempt': i, 'status': r.status}))
            break
    except OSError as e:
        print(json.dumps({'level': 'warning', 'msg': 'warm-up attempt failed, retrying', 'attempt': i, 'error': str(e)}))
""")},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "warm\n")}, exit=0),
    sc("k_neg_py_requests_503_logged", "negative", "python3 publish.py",
       "a publisher logs requests' HTTPError (503 Service Unavailable from a live server) with logger.exception and exits 1",
       {"publish.py": t("""
import logging
import sys

import requests

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('publish')
try:
    r = requests.post('http://127.0.0.1:{{api}}/api/articles', json={'title': 'x'}, timeout=5)
    r.raise_for_status()
except requests.HTTPError:
    log.exception('publish failed')
    sys.exit(1)
""")},
       {}, "requests.exceptions.HTTPError", servers={"api": ("http", 503, "{\"error\": \"maintenance window\"}\n", {"Content-Type": "application/json"})},
       requires=["py3:requests"]),
    sc("k_neg_node_fetch_401_throw", "negative", "node deploy-hook.mjs",
       "node fetch gets 401 Unauthorized from a live API; the script throws its own Error with the status and body",
       {"deploy-hook.mjs": "const res = await fetch('http://127.0.0.1:{{api}}/deploy', { method: 'POST' });\nif (!res.ok) {\n  throw new Error(`deploy hook rejected: ${res.status} ${res.statusText}: ${await res.text()}`);\n}\n"},
       {}, "Error", servers={"api": ("http", 401, "{\"error\": \"invalid token\"}\n", {"Content-Type": "application/json"})}),
    sc("k_neg_node_test_enoent_message", "negative", "node --test test/",
       "node --test: a logic test expects a friendly message for ENOENT errors and gets the raw message (assertion diff quotes ENOENT and a path)",
       {"lib/msg.js": "module.exports = (err) => err.message;\n",
        "test/msg.test.js": t("""
const test = require('node:test');
const assert = require('node:assert');
const msg = require('../lib/msg');

test('friendly message for missing files', () => {
  const err = Object.assign(new Error("ENOENT: no such file or directory, open 'data/users.json'"), { code: 'ENOENT' });
  assert.strictEqual(msg(err), 'The file data/users.json does not exist.');
});
""")},
       {}, "AssertionError"),
    sc("k_neg_npm_bundle_size_budget", "negative", "npm run check:size",
       "npm run check:size: a size-budget script fails because the bundle is over its budget (policy failure)",
       {"package.json": '{"name": "web", "version": "1.0.0", "scripts": {"check:size": "node scripts/size.js"}}\n',
        "scripts/size.js": "const size = 312 * 1024;\nconst budget = 250 * 1024;\nconsole.log(`dist/app.js: ${Math.round(size / 1024)} kB (budget ${budget / 1024} kB)`);\nif (size > budget) {\n  console.error('error: bundle exceeds its size budget by 62 kB');\n  process.exit(1);\n}\n"},
       {}, "", tool="npm", ecosystem="node"),
    sc("k_neg_bash_changelog_check", "negative", "bash scripts/check_changelog.sh 2.3.0",
       "a release check greps CHANGELOG.md for the version and fails with its own ERROR line: the entry is missing",
       {"scripts/check_changelog.sh": "#!/bin/bash\nset -e\nv=$1\nif ! grep -q \"^## $v\" CHANGELOG.md; then\n  echo \"ERROR: CHANGELOG.md has no entry for $v\" >&2\n  exit 1\nfi\necho ok\n",
        "CHANGELOG.md": "# Changelog\n\n## 2.2.0\n- fixed: connection refused errors on startup\n"},
       {}, "", tool="bash", ecosystem="shell"),
    sc("k_neg_curl_404_set_e", "negative", "bash scripts/get_artifact.sh",
       "a set -e script downloads a build artifact with curl -fsS; the live server answers 404 (curl 22)",
       {"scripts/get_artifact.sh": "#!/bin/bash\nset -e\necho 'fetching artifact build-881.zip'\ncurl -fsS -o build.zip http://127.0.0.1:{{api}}/artifacts/build-881.zip\necho 'fetched'\n"},
       {}, "curl", servers={"api": ("http", 404, "no such artifact\n")}, tool="bash", ecosystem="shell"),
    sc("k_neg_git_push_rejected", "negative", "git push -q origin main",
       "git push is rejected as non-fast-forward: the remote has a commit the local branch does not have",
       {"app.txt": "v1\n"}, {}, "git",
       setup=["git init -q -b main . && git add -A && git commit -qm init && git init -q --bare -b main remote.git && git remote add origin remote.git && git push -q origin main",
              "git clone -q remote.git other && cd other && echo v2 > app.txt && git commit -qam v2 && git push -q origin main",
              "echo local > app.txt && git commit -qam local"]),
    sc("k_neg_make_gcc_warnings_ok", "negative", "make",
       "make builds a C program with -Wall warnings (unused variable, implicit conversion) and finishes with exit 0",
       {"Makefile": "app: app.c\n\tgcc -Wall -Wextra -o app app.c\n\t@echo 'build finished: 0 errors'\n",
        "app.c": "#include <stdio.h>\nint main(void) {\n    int unused;\n    unsigned n = -1;\n    printf(\"%u\\n\", n);\n    return 0;\n}\n"},
       {}, "", tool="make", ecosystem="c", exit=0),
    sc("k_neg_java_number_format_argv", "negative", "java -cp out app.Resize 12O",
       "a java tool parses its size argument; the user typed a letter O (NumberFormatException)",
       {"src/app/Resize.java": "package app;\n\npublic class Resize {\n    public static void main(String[] a) {\n        int w = Integer.parseInt(a[0]);\n        System.out.println(\"width \" + w);\n    }\n}\n"},
       {}, "java.lang.NumberFormatException", setup=["javac -d out src/app/Resize.java"]),
    sc("k_neg_java_selftest_assertion", "negative", "java -ea -cp out app.SelfTest",
       "a java self-test harness runs five checks; one assert fails (AssertionError) after messages that mention a refused connection being handled",
       {"src/app/SelfTest.java": t("""
package app;

public class SelfTest {
    static int retries(String err) { return err.contains("Connection refused") ? 3 : 0; }

    public static void main(String[] a) {
        System.out.println("check 1/5 ok: config parsed");
        System.out.println("check 2/5 ok: retries(\\"java.net.ConnectException: Connection refused\\") = " + retries("java.net.ConnectException: Connection refused"));
        System.out.println("check 3/5 ok");
        int expected = 5;
        assert retries("Connection refused") == expected : "check 4/5 failed: expected " + expected + " retries for a refused connection";
        System.out.println("check 5/5 ok");
    }
}
""")},
       {}, "java.lang.AssertionError", setup=["javac -d out src/app/SelfTest.java"]),
    sc("k_neg_java_warn_retry_connected", "negative", "java -cp out app.Connect {{down}} {{api}}",
       "a java client logs a WARN with the ConnectException of its primary port, connects to the secondary and exits 0",
       {"src/app/Connect.java": t("""
package app;

import java.net.Socket;

public class Connect {
    public static void main(String[] a) throws Exception {
        for (String p : a) {
            try (Socket s = new Socket("127.0.0.1", Integer.parseInt(p))) {
                System.out.println("INFO connected to 127.0.0.1:" + p);
                return;
            } catch (java.net.ConnectException e) {
                System.out.println("WARN primary unavailable, trying next: " + e);
            }
        }
        System.exit(1);
    }
}
""")},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, setup=["javac -d out src/app/Connect.java"], exit=0),
    sc("k_neg_sqlite_unique_import", "negative", "bash scripts/import_users.sh",
       "a set -e import script inserts users with sqlite3; one e-mail already exists (UNIQUE constraint failed)",
       {"scripts/import_users.sh": "#!/bin/bash\nset -e\necho 'importing 2 users'\nsqlite3 users.db \"insert into users(email) values ('a@example.com')\"\nsqlite3 users.db \"insert into users(email) values ('b@example.com')\"\necho 'import done'\n"},
       {}, "sqlite3", setup=["sqlite3 users.db \"create table users(email text unique); insert into users values ('b@example.com')\""], tool="bash", ecosystem="shell"),
    sc("k_neg_perl_uninitialized_warning_ok", "negative", "perl bin/summary.pl",
       "a perl summary prints 'Use of uninitialized value' warnings and finishes with exit 0",
       {"bin/summary.pl": "use strict;\nuse warnings;\nmy %h = (a => 1);\nprint \"b is \" . $h{b} . \"\\n\";\nprint \"summary written, 0 errors\\n\";\n"},
       {}, "perl", exit=0),
    sc("k_neg_timeout_local_encoder", "negative", "timeout 1 python3 encode.py",
       "a local encoder is stopped by timeout after 1 second (exit 124; no service involved)",
       {"encode.py": "import time\n\nprint('encoding video.mp4', flush=True)\ntime.sleep(5)\nprint('done')\n"},
       {}, "", tool="timeout", ecosystem="python", exit=124),
    sc("k_neg_py_segfault_ctypes", "negative", "python3 native.py",
       "a python script calls into native code through ctypes and dereferences NULL (Segmentation fault)",
       {"native.py": "import ctypes\nimport faulthandler\n\nfaulthandler.enable()\nprint('reading native buffer', flush=True)\nctypes.string_at(0)\n"},
       {}, "Segmentation fault"),
    sc("k_neg_node_validation_rejection", "negative", "node import-orders.js",
       "a node importer rejects an order with its own ValidationError (unhandled promise rejection)",
       {"import-orders.js": t("""
class ValidationError extends Error {
  constructor(msg, field) { super(msg); this.name = 'ValidationError'; this.field = field; }
}
async function importOrder(o) {
  if (!o.email) throw new ValidationError(`order ${o.id}: email is required`, 'email');
}
console.log('importing 1 order');
importOrder({ id: 'A-1009' });
""")},
       {}, "ValidationError"),
    sc("k_neg_py_help_troubleshooting", "negative", "python3 doctor.py --help",
       "a CLI's --help prints a troubleshooting section quoting ModuleNotFoundError, ECONNREFUSED and Permission denied; exit 0",
       {"doctor.py": t("""
import argparse

ap = argparse.ArgumentParser(
    prog='doctor',
    formatter_class=argparse.RawDescriptionHelpFormatter,
    epilog='''troubleshooting:
  "ModuleNotFoundError: No module named 'yaml'"  -> pip install pyyaml
  "connect ECONNREFUSED 127.0.0.1:5432"          -> start the database
  "PermissionError: [Errno 13] Permission denied" -> check the data folder's owner
''')
ap.add_argument('--fix', action='store_true', help='apply fixes')
ap.parse_args()
""")},
       {}, "", exit=0),
    sc("k_neg_py_ws_normal_close", "negative", PY + " snapshot.py",
       "a websockets client takes a snapshot; the server closes normally (1000) and the client logs it and exits 0",
       {"snapshot.py": t("""
import asyncio
import logging

import websockets

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')


async def main():
    async with websockets.connect('ws://127.0.0.1:{{ws}}/snapshot') as ws:
        try:
            await ws.recv()
        except websockets.ConnectionClosedOK as e:
            logging.info('server closed the snapshot stream: %s', e)

asyncio.run(main())
""")},
       {}, "", servers={"ws": ("ws", "close", 1000, "done")}, requires=["py:websockets"], tool="python3", ecosystem="python", exit=0),
    sc("k_neg_tar_leading_slash_ok", "negative", "bash scripts/archive.sh",
       "tar archives an absolute path and warns 'Removing leading /' ; the archive is written, exit 0",
       {"scripts/archive.sh": "#!/bin/bash\nset -e\ntar czf site.tgz \"$PWD/site\"\necho \"archived $(tar tzf site.tgz | wc -l) entries\"\n", "site/index.html": "<p>x</p>\n"},
       {}, "tar", tool="bash", ecosystem="shell", exit=0),
    sc("k_neg_wget_mirror_fallback_ok", "negative", "bash scripts/get_iso.sh",
       "a script tries a mirror that refuses, then the second mirror serves the file; exit 0",
       {"scripts/get_iso.sh": "#!/bin/bash\nfor m in http://127.0.0.1:{{down}} http://127.0.0.1:{{api}}; do\n  if wget -nv -t 1 -O image.iso \"$m/images/image.iso\"; then\n    echo \"downloaded from $m\"\n    exit 0\n  fi\n  echo \"mirror $m failed, trying next\"\ndone\nexit 1\n"},
       {}, "wget", servers={"down": ("closed",), "api": ("http", 200, "ISO\n")}, tool="bash", ecosystem="shell", exit=0),
    sc("k_neg_py_format_check_calledprocess", "negative", "python3 ci_check.py",
       "a CI check runs 'git diff --exit-code' with check=True after a formatter changed a file; CalledProcessError (a dirty tree, not an error of the eight)",
       {"ci_check.py": t("""
import subprocess

print('formatting sources', flush=True)
with open('src/app.py', 'w') as f:
    f.write('x = 1\\n')
subprocess.run(['git', 'diff', '--exit-code', '--stat'], check=True)
print('formatting clean')
"""), "src/app.py": "x=1\n"}, {}, "subprocess.CalledProcessError", setup=[GIT_INIT]),
    sc("k_neg_node_optional_sidecar_warn_ok", "negative", "node report.js",
       "a node report logs a JSON warning that the optional metrics sidecar refused (ECONNREFUSED), then writes its report and exits 0",
       {"report.js": t("""
const net = require('net');
const log = (o) => console.log(JSON.stringify(o));
const s = net.connect({{down}}, '127.0.0.1');
s.on('error', (err) => {
  log({ level: 'warn', msg: 'metrics sidecar unavailable, continuing without metrics', error: err.message });
  log({ level: 'info', msg: 'report written', rows: 42 });
});
""")},
       {}, "", servers={"down": ("closed",)}, exit=0),
    sc("k_neg_unittest_business_error", "negative", "python3 -m unittest -q tests.test_quota",
       "unittest: a test errors with the application's own QuotaExceeded exception (a logic bug, not one of the eight causes)",
       {"quota.py": "class QuotaExceeded(Exception):\n    pass\n\n\ndef reserve(used, n, limit=100):\n    if used + n > limit:\n        raise QuotaExceeded(f'tenant acme: {used + n} > {limit} seats')\n    return used + n\n",
        "tests/__init__.py": "", "tests/test_quota.py": "import unittest\n\nfrom quota import reserve\n\n\nclass T(unittest.TestCase):\n    def test_reserve(self):\n        self.assertEqual(reserve(90, 20, limit=120), 110)\n\n    def test_default(self):\n        self.assertEqual(reserve(95, 10), 105)\n"},
       {}, "QuotaExceeded"),
]
