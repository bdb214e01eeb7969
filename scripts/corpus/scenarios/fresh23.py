"""The twenty-third fresh set (prefix a_), a third HARD blind estimate of issue 14's outside corpora (s14-fresh23).

Written BLIND: its author had read only the corpus README, capture.py, servers.py, common.py, fresh7.py and DESIGN.md
sections 4 and 8, never the rules, the parsers, the docs, another scenario file or any capture. Every label (cause and
key details) was written from what the program does before any output existed. About half the scenarios are everyday
forms (a script's plain traceback, a CLI's one error line, a tool's own message), half are hard forms: the cause printed
early and followed by cleanup or a parent's wrapper, errors inside logging and JSON log lines, child processes,
CalledProcessError, test runners (pytest, unittest, node --test), npm/make wrappers, set -e scripts with traps, retried
errors, messages quoted inside other messages, key details only in the argv. Programs spread like the outside corpora:
python3 ~30 %, node (CJS and ESM) ~25 %, bash/dash, curl, wget, git, make, npm, psql, sqlite3, perl, gcc, tar, find, cp
~25 %, java/javac ~10 %; 25 realistic negatives. Split: fresh23_train / fresh23_holdout by a fixed hash of the name
(capture.py)."""
import textwrap

from scenarios.common import sc, pkg, WS_LINK, WS_REQ

CLOSED = {"api": ("closed",)}
PY = "/usr/bin/python3"  # Debian's python3: websockets, websocket-client, aiohttp, httpx
PYTEST_INI = "[pytest]\npythonpath = .\n"


def f(s):
    """A file's text written as an indented block."""
    return textwrap.dedent(s).lstrip("\n")


def javac(*srcs):
    return ["mkdir -p out && javac -d out " + " ".join(srcs)]


SCENARIOS = [
    # ================= missing_module =================
    sc("a_mm_py_flask_sqlalchemy", "missing_module", "python3 app.py",
       "a Flask app imports flask_sqlalchemy, which is not installed (plain traceback)",
       {"app.py": f("""
            from flask import Flask
            from flask_sqlalchemy import SQLAlchemy

            app = Flask(__name__)
            app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite:///shop.db'
            db = SQLAlchemy(app)
            """)},
       {"module": "flask_sqlalchemy"}, "ModuleNotFoundError", requires=["py3:flask"]),
    sc("a_mm_pytest_conftest_faker", "missing_module", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: the conftest imports faker for a fixture; faker is not installed (ImportError while loading conftest)",
       {"tests/conftest.py": f("""
            import pytest
            from faker import Faker


            @pytest.fixture
            def fake():
                return Faker()
            """),
        "tests/test_users.py": "def test_name(fake):\n    assert fake.name()\n",
        "pytest.ini": PYTEST_INI},
       {"module": "faker"}, "ModuleNotFoundError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("a_mm_py_runner_logged_tabulate", "missing_module", "python3 run_reports.py --only weekly",
       "a report runner runs each report in a child python with capture_output and logs only the last stderr line of the "
       "failing child inside a logging record, followed by cleanup lines",
       {"run_reports.py": f("""
            import argparse
            import logging
            import subprocess
            import sys

            logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)-7s %(name)s | %(message)s')
            log = logging.getLogger('reports')
            ap = argparse.ArgumentParser()
            ap.add_argument('--only')
            args = ap.parse_args()
            steps = {'daily': 'reports/daily.py', 'weekly': 'reports/weekly.py'}
            for name, script in steps.items():
                if args.only and name != args.only:
                    continue
                log.info('running %s (%s)', name, script)
                try:
                    subprocess.run([sys.executable, script], check=True, capture_output=True, text=True)
                except subprocess.CalledProcessError as e:
                    tail = e.stderr.strip().splitlines()[-1] if e.stderr.strip() else 'no output'
                    log.error('%s failed with exit code %d: %s', name, e.returncode, tail)
                    log.info('removing partial output out/%s.html', name)
                    log.info('notified #reports channel')
                    sys.exit(1)
            """),
        "reports/daily.py": "print('daily ok')\n",
        "reports/weekly.py": "import csv\nfrom tabulate import tabulate\n\nprint(tabulate([[1, 2]]))\n"},
       {"module": "tabulate"}, "ModuleNotFoundError"),
    sc("a_mm_node_express_plain", "missing_module", "node server.js",
       "a node web server requires express, which was never installed (no node_modules)",
       {"server.js": f("""
            const express = require('express');
            const app = express();
            app.get('/', (req, res) => res.send('ok'));
            app.listen(3000, () => console.log('listening on 3000'));
            """)},
       {"module": "express"}, "Error: Cannot find module"),
    sc("a_mm_npm_start_esm_pg", "missing_module", "npm start",
       "npm start runs an ESM API server that imports pg, which is not installed; npm adds its own error lines",
       {"package.json": pkg({"start": "node src/index.mjs"}, esm=True, name="orders-api"),
        "src/index.mjs": f("""
            import { createServer } from 'node:http';
            import pg from 'pg';

            const pool = new pg.Pool();
            createServer((req, res) => res.end('ok')).listen(8080);
            """)},
       {"module": "pg"}, "Error [ERR_MODULE_NOT_FOUND]", tool="npm", ecosystem="node"),
    sc("a_mm_node_exporter_json_log", "missing_module", "node loader.mjs --exporter @acme/exporter-s3",
       "an ESM loader imports the exporter package named in its argv with a dynamic import() and logs the failure as a "
       "pino-like JSON line (err object with code and message), then a flush line",
       {"loader.mjs": f("""
            const log = (level, msg, extra = {}) => console.log(JSON.stringify({ level, time: Date.now(), pid: process.pid, msg, ...extra }));
            const i = process.argv.indexOf('--exporter');
            const name = process.argv[i + 1];
            log(30, 'loading exporter', { exporter: name });
            try {
              const mod = await import(name);
              log(30, 'exporter ready', { exporter: name, kind: typeof mod.default });
            } catch (err) {
              log(50, 'exporter failed to load', { err: { type: err.name, code: err.code, message: err.message } });
              log(30, 'flushing 0 pending batches');
              process.exitCode = 1;
            }
            """)},
       {"module": "@acme/exporter-s3"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("a_mm_bash_release_psycopg2", "missing_module", "bash deploy/release.sh v2.4.1",
       "a set -euo pipefail release script runs the migration step in python, which imports psycopg2 (not installed); "
       "an EXIT trap then prints its cleanup and the failed step",
       {"deploy/release.sh": f("""
            #!/bin/bash
            set -euo pipefail
            VERSION=$1
            cleanup() {
              rc=$?
              echo "[release] cleanup: removing deploy.lock"
              rm -f deploy.lock
              if [ $rc -ne 0 ]; then echo "[release] FAILED (exit $rc) during step: $STEP"; fi
            }
            trap cleanup EXIT
            touch deploy.lock
            STEP=build
            echo "[release] building $VERSION"
            mkdir -p build && echo "$VERSION" > build/VERSION
            STEP=migrate
            echo "[release] running migrations"
            python3 manage/migrate.py --to head
            STEP=restart
            echo "[release] restarting"
            """),
        "manage/migrate.py": "import sys\nimport psycopg2\n\nconn = psycopg2.connect('dbname=shop')\nprint('migrated to', sys.argv[2])\n"},
       {"module": "psycopg2"}, "ModuleNotFoundError", tool="bash", ecosystem="python"),
    sc("a_mm_perl_dbi_sync", "missing_module", "perl bin/sync_users.pl --since 2026-12-01",
       "a perl sync script uses DBI, which is not installed (Can't locate DBI.pm in @INC)",
       {"bin/sync_users.pl": f("""
            #!/usr/bin/perl
            use strict;
            use warnings;
            use Getopt::Long;
            use DBI;

            my $since;
            GetOptions('since=s' => \\$since);
            my $dbh = DBI->connect('dbi:Pg:dbname=crm');
            """)},
       {"module": "DBI"}, "perl"),
    sc("a_mm_gcc_sodium_header_make", "missing_module", "make",
       "make builds a C tool that includes <sodium.h>; the libsodium headers are not installed",
       {"Makefile": "CFLAGS = -O2 -Wall\nbin/sealer: src/sealer.c\n\tmkdir -p bin\n\t$(CC) $(CFLAGS) -o $@ $< -lsodium\n",
        "src/sealer.c": f("""
            #include <stdio.h>
            #include <sodium.h>

            int main(void) {
                if (sodium_init() < 0) return 1;
                puts("ready");
                return 0;
            }
            """)},
       {"module": "sodium.h"}, "gcc", tool="make", ecosystem="c"),
    sc("a_mm_javac_commons_csv_build", "missing_module", "bash build.sh",
       "a set -e build script compiles all sources with -cp 'lib/*'; lib/ is empty, so org.apache.commons.csv does not exist "
       "(several javac errors follow)",
       {"build.sh": f("""
            #!/bin/bash
            set -e
            echo "==> compiling (classpath: lib/*)"
            mkdir -p out
            javac -d out -cp 'lib/*' $(find src -name '*.java' | sort)
            echo "==> packaging"
            jar cf app.jar -C out .
            """),
        "src/app/Export.java": f("""
            package app;

            import java.io.FileReader;
            import org.apache.commons.csv.CSVFormat;
            import org.apache.commons.csv.CSVRecord;

            public class Export {
                public static void main(String[] a) throws Exception {
                    for (CSVRecord r : CSVFormat.DEFAULT.parse(new FileReader(a[0]))) {
                        System.out.println(r.get(0));
                    }
                }
            }
            """),
        "src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(\"main\");\n    }\n}\n"},
       {"module": "org.apache.commons.csv"}, "javac", dirs=["lib"], tool="bash", ecosystem="java"),
    sc("a_mm_py_broker_logging_exception", "missing_module", "python3 worker.py --broker redis",
       "a worker imports the broker backend chosen in its argv with importlib; logging.exception prints the traceback "
       "inside an ERROR record, then a shutdown line",
       {"worker.py": f("""
            import argparse
            import importlib
            import logging
            import sys

            logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
            log = logging.getLogger('worker')
            BACKENDS = {'redis': 'redis', 'amqp': 'kombu', 'memory': 'queue'}

            ap = argparse.ArgumentParser()
            ap.add_argument('--broker', default='memory')
            args = ap.parse_args()
            try:
                broker = importlib.import_module(BACKENDS[args.broker])
            except ImportError:
                log.exception('cannot load broker backend %r', args.broker)
                log.info('worker shutting down, 0 jobs processed')
                sys.exit(3)
            log.info('connected to %s', args.broker)
            """)},
       {"module": "redis"}, "ModuleNotFoundError"),

    # ================= permission =================
    sc("a_perm_py_logging_file_ro", "permission", "python3 service.py",
       "a service configures logging to a log file that is read-only (PermissionError from logging.basicConfig; run without "
       "capabilities)",
       {"service.py": "import logging\n\nlogging.basicConfig(filename='logs/service.log', level=logging.INFO)\nlogging.info('service starting')\nprint('started')\n",
        "logs/service.log": ""},
       {"path": "logs/service.log"}, "PermissionError", modes={"logs/service.log": 0o444}, drop_caps=True),
    sc("a_perm_bash_deploy_not_exec", "permission", "./deploy.sh production",
       "a deploy script checked out without its execute bit is run directly (bash: Permission denied, exit 126)",
       {"deploy.sh": "#!/bin/bash\necho \"deploying to $1\"\n"},
       {"path": "deploy.sh"}, "bash", modes={"deploy.sh": 0o644}, tool="bash", ecosystem="shell"),
    sc("a_perm_node_avatar_json_log", "permission", "node upload.js",
       "a node upload handler writes into a read-only uploads folder; the EACCES message is logged in a JSON line's error "
       "field, followed by a 'request finished' line with status 500 (run without capabilities)",
       {"upload.js": f("""
            const fs = require('fs/promises');
            const path = require('path');
            const log = (o) => console.log(JSON.stringify({ t: new Date().toISOString(), ...o }));

            async function save(name, data) {
              const dest = path.join('uploads', 'avatars', name);
              await fs.writeFile(dest, data);
              return dest;
            }

            (async () => {
              log({ level: 'info', msg: 'saving avatar', user: 17 });
              try {
                await save('user-17.png', Buffer.from('png'));
              } catch (err) {
                log({ level: 'error', msg: 'avatar upload failed', error: err.message });
                log({ level: 'info', msg: 'request finished', status: 500 });
                process.exitCode = 1;
              }
            })();
            """)},
       {"path": "uploads/avatars/user-17.png"}, "Error: EACCES", dirs=["uploads/avatars"], modes={"uploads/avatars": 0o555},
       drop_caps=True),
    sc("a_perm_cp_nightly_backup_trap", "permission", "bash scripts/nightly-backup.sh",
       "a set -e backup script copies the database into a read-only backups folder; an ERR trap prints an abort line "
       "(run without capabilities)",
       {"scripts/nightly-backup.sh": f("""
            #!/bin/bash
            set -e
            trap 'echo "nightly-backup: aborted, see above" >&2' ERR
            echo "nightly-backup: snapshot of data/"
            cp data/app.db backups/daily/app.db
            echo "nightly-backup: pruning old copies"
            """),
        "data/app.db": "SQLite format 3\n"},
       {"path": "backups/daily/app.db"}, "cp", dirs=["backups/daily"], modes={"backups/daily": 0o555}, drop_caps=True,
       tool="bash", ecosystem="shell"),
    sc("a_perm_java_report_caused_by", "permission", "java -cp out app.Report reports/2026-12.csv",
       "a java report writer wraps the FileWriter failure in IllegalStateException; the Caused by names the file (Permission "
       "denied) given in the argv (run without capabilities)",
       {"src/app/Report.java": f("""
            package app;

            import java.io.FileWriter;
            import java.io.IOException;

            public class Report {
                static void write(String path) {
                    try (FileWriter w = new FileWriter(path)) {
                        w.write("month,total\\n");
                    } catch (IOException e) {
                        throw new IllegalStateException("could not write monthly report", e);
                    }
                }

                public static void main(String[] a) {
                    System.out.println("generating report " + a[0]);
                    write(a[0]);
                }
            }
            """)},
       {"path": "reports/2026-12.csv"}, "java.io.FileNotFoundException", dirs=["reports"], modes={"reports": 0o555},
       setup=javac("src/app/Report.java"), drop_caps=True),
    sc("a_perm_git_clone_vendor_ro", "permission", "git clone -q lib vendor/lib",
       "git clone of a local library into a vendor folder that is read-only (could not create work tree dir; run without "
       "capabilities)", {},
       {"path": "vendor/lib"}, "git", dirs=["vendor"], modes={"vendor": 0o555}, drop_caps=True,
       setup=["mkdir lib && cd lib && git init -q . && echo x > a.txt && git add a.txt && git commit -qm init"]),
    sc("a_perm_py_thumbs_chained", "permission", "python3 thumbs.py photos",
       "a thumbnail job runs ./bin/resize, which has no execute bit; the PermissionError is re-raised as the job's own "
       "ThumbnailError (chained traceback, the job's error last)",
       {"thumbs.py": f("""
            import pathlib
            import subprocess
            import sys


            class ThumbnailError(Exception):
                pass


            def resize(src):
                try:
                    subprocess.run(['./bin/resize', '--width', '200', str(src)], check=True)
                except OSError as e:
                    raise ThumbnailError(f'cannot resize {src}') from e


            for p in sorted(pathlib.Path(sys.argv[1]).glob('*.jpg')):
                print('resizing', p)
                resize(p)
            """),
        "photos/a.jpg": "jpg\n", "bin/resize": "#!/bin/sh\necho resized\n"},
       {"path": "bin/resize"}, "PermissionError", modes={"bin/resize": 0o644}),
    sc("a_perm_make_dist_mkdir", "permission", "make dist",
       "make dist creates a versioned folder inside a read-only release folder (mkdir: Permission denied; run without "
       "capabilities)",
       {"Makefile": "VERSION = 1.4.0\ndist:\n\tmkdir -p release/$(VERSION)\n\ttar czf release/$(VERSION)/app.tgz src\n",
        "src/a.txt": "a\n"},
       {"path": "release/1.4.0"}, "mkdir", dirs=["release"], modes={"release": 0o555}, drop_caps=True, tool="make",
       ecosystem="make"),
    sc("a_perm_perl_summary_ro", "permission", "perl bin/summarize.pl logs/access.log",
       "a perl summarizer reads the log from its argv and dies writing its read-only summary file (run without capabilities)",
       {"bin/summarize.pl": f("""
            use strict;
            use warnings;

            my $in = shift;
            open(my $fh, '<', $in) or die "cannot read $in: $!\\n";
            my $n = 0;
            $n++ while <$fh>;
            open(my $out, '>', 'out/summary.txt') or die "Cannot write out/summary.txt: $!";
            print $out "$n requests\\n";
            """),
        "logs/access.log": "a\nb\n", "out/summary.txt": ""},
       {"path": "out/summary.txt"}, "perl", modes={"out/summary.txt": 0o444}, drop_caps=True),
    sc("a_perm_npm_build_spawn_eacces", "permission", "npm run build",
       "npm run build: a node build script spawns ./scripts/minify.sh, which has no execute bit (spawn EACCES, unhandled "
       "'error' event), then npm's error lines",
       {"package.json": pkg({"build": "node build.js"}, name="shop-ui"),
        "build.js": f("""
            const { spawn } = require('child_process');
            console.log('> bundling 14 modules');
            const p = spawn('./scripts/minify.sh', ['dist/app.js'], { stdio: 'inherit' });
            p.on('close', (code) => console.log('minify exited', code));
            """),
        "scripts/minify.sh": "#!/bin/sh\necho minified $1\n"},
       {"path": "scripts/minify.sh"}, "Error: spawn ./scripts/minify.sh EACCES", modes={"scripts/minify.sh": 0o644},
       tool="npm", ecosystem="node"),

    # ================= syntax =================
    sc("a_syn_py_missing_colon", "syntax", "python3 tasks.py",
       "a task script's function definition lacks its colon (SyntaxError: expected ':')",
       {"tasks.py": f("""
            import sys

            JOBS = ['clean', 'build']

            def run(job)
                print('running', job)

            for j in JOBS:
                run(j)
            """)},
       {"file": "tasks.py", "line": 5}, "SyntaxError"),
    sc("a_syn_pytest_collect_pricing", "syntax", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest collects a test module that imports app/pricing.py, whose if statement lacks its colon (error during "
       "collection; another test file passes)",
       {"app/__init__.py": "",
        "app/pricing.py": f("""
            def price(qty, unit):
                total = qty * unit
                if qty > 10
                    total *= 0.9
                return total
            """),
        "tests/test_pricing.py": "from app.pricing import price\n\n\ndef test_bulk():\n    assert price(20, 1) == 18\n",
        "tests/test_misc.py": "def test_misc():\n    assert 'a'.upper() == 'A'\n",
        "pytest.ini": PYTEST_INI},
       {"file": "app/pricing.py", "line": 3}, "SyntaxError", requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("a_syn_node_config_missing_comma", "syntax", "node server.js",
       "a node server requires lib/config.js, an object literal missing a comma between two properties",
       {"server.js": "const config = require('./lib/config');\nconsole.log('listening on', config.port);\n",
        "lib/config.js": "module.exports = {\n  port: 3000\n  host: '0.0.0.0',\n};\n"},
       {"file": "lib/config.js", "line": 3}, "SyntaxError"),
    sc("a_syn_node_test_esm_slug", "syntax", "node --test test/",
       "node --test: one ESM test file imports src/slug.mjs, which has a stray closing parenthesis; the other test file passes",
       {"test/slug.test.mjs": f("""
            import test from 'node:test';
            import assert from 'node:assert/strict';
            import { slugify } from '../src/slug.mjs';

            test('slugify', () => assert.equal(slugify('A B'), 'a-b'));
            """),
        "test/math.test.mjs": "import test from 'node:test';\nimport assert from 'node:assert/strict';\n\ntest('adds', () => assert.equal(1 + 1, 2));\n",
        "src/slug.mjs": "export function slugify(s) {\n  return s\n    .toLowerCase()\n    .replace(/\\s+/g, '-'))\n}\n"},
       {"file": "src/slug.mjs", "line": 4}, "SyntaxError", tool="node", ecosystem="node"),
    sc("a_syn_bash_extra_fi", "syntax", "bash scripts/rotate-logs.sh",
       "a log rotation script has one fi too many inside its loop (syntax error near unexpected token `fi')",
       {"scripts/rotate-logs.sh": f("""
            #!/bin/bash
            LOG_DIR=logs
            echo "rotating logs in $LOG_DIR"
            for f in "$LOG_DIR"/*.log; do
              if [ -s "$f" ]; then
                mv "$f" "$f.1"
              fi
              fi
            done
            echo "rotation done"
            """)},
       {"file": "scripts/rotate-logs.sh", "line": 8}, "bash", dirs=["logs"], tool="bash", ecosystem="shell"),
    sc("a_syn_dash_make_array", "syntax", "make rotate",
       "make runs a sh (dash) script that uses a bash array assignment (Syntax error: \"(\" unexpected), then make's Error 2",
       {"Makefile": "rotate:\n\tsh scripts/prune.sh\n",
        "scripts/prune.sh": f("""
            #!/bin/sh
            set -e
            echo "pruning old snapshots"
            KEEP=(daily weekly monthly)
            for k in $KEEP; do echo "$k"; done
            """)},
       {"file": "scripts/prune.sh", "line": 4}, "sh", tool="make", ecosystem="shell"),
    sc("a_syn_javac_semicolon", "syntax", "javac -d out src/app/Billing.java",
       "javac: a statement lacks its semicolon (';' expected)",
       {"src/app/Billing.java": f("""
            package app;

            public class Billing {
                public static void main(String[] args) {
                    double net = 100.0;
                    double vat = net * 0.2
                    System.out.println(net + vat);
                }
            }
            """)},
       {"file": "src/app/Billing.java", "line": 6}, "javac"),
    sc("a_syn_javac_build_unclosed_string", "syntax", "bash build.sh",
       "a set -e build script compiles the core package (fine) then the cli package, whose string literal is never closed; "
       "an ERR trap prints a failure line",
       {"build.sh": f("""
            #!/bin/bash
            set -e
            trap 'echo "[build] FAILED; partial classes left in out/"' ERR
            echo "[build] compiling core"
            mkdir -p out
            javac -d out src/app/core/*.java
            echo "[build] compiling cli"
            javac -d out -cp out src/app/cli/*.java
            echo "[build] done"
            """),
        "src/app/core/Money.java": "package app.core;\n\npublic class Money {\n    public static String fmt(long c) { return c / 100 + \".\" + c % 100; }\n}\n",
        "src/app/cli/Cli.java": f("""
            package app.cli;

            public class Cli {
                public static void main(String[] args) {
                    String usage = "usage: cli <command>;
                    System.out.println(usage);
                }
            }
            """)},
       {"file": "src/app/cli/Cli.java", "line": 5}, "javac", tool="bash", ecosystem="java"),
    sc("a_syn_perl_assignment", "syntax", "perl bin/report.pl",
       "a perl report has an assignment without a value (syntax error ... near \"= ;\")",
       {"bin/report.pl": "use strict;\nuse warnings;\n\nmy $total = ;\nprint \"total: $total\\n\";\n"},
       {"file": "bin/report.pl", "line": 4}, "perl"),
    sc("a_syn_gcc_paren_make", "syntax", "make",
       "make builds a C parser whose if condition misses its closing parenthesis (gcc: expected ')' before '{')",
       {"Makefile": "CFLAGS = -Wall -O2\nbin/parse: src/parse.c\n\tmkdir -p bin\n\t$(CC) $(CFLAGS) -o $@ $<\n",
        "src/parse.c": f("""
            #include <stdio.h>
            #include <stdlib.h>

            int main(int argc, char **argv) {
                int n = argc > 1 ? atoi(argv[1]) : 0;
                if (n > 0 {
                    printf("%d\\n", n);
                }
                return 0;
            }
            """)},
       {"file": "src/parse.c", "line": 6}, "gcc", tool="make", ecosystem="c"),
    sc("a_syn_py_compileall_ci", "syntax", "bash ci/check.sh",
       "a CI script byte-compiles src with python3 -m compileall -q; one module has a python 2 print statement; the script "
       "then prints that the tests were skipped and exits 1",
       {"ci/check.sh": f("""
            #!/bin/bash
            echo "== byte-compiling sources"
            if ! python3 -m compileall -q src; then
              echo "== compile step failed"
              status=1
            fi
            echo "== running unit tests"
            echo "skipped: build is broken"
            exit ${status:-0}
            """),
        "src/__init__.py": "",
        "src/models.py": "class Event:\n    pass\n",
        "src/handlers.py": f("""
            import logging

            log = logging.getLogger(__name__)


            def handle(event):
                if not event:
                    return None
                print "handling", event
                return event
            """)},
       {"file": "src/handlers.py", "line": 9}, "SyntaxError", tool="bash", ecosystem="python"),
    sc("a_syn_npm_build_await", "syntax", "npm run build",
       "npm run build runs an ESM sitemap generator that uses await inside a non-async function",
       {"package.json": pkg({"build": "node scripts/gen-sitemap.mjs"}, esm=True, name="site"),
        "scripts/gen-sitemap.mjs": f("""
            import { readdir } from 'node:fs/promises';

            function pages() {
              const files = await readdir('pages');
              return files.filter((f) => f.endsWith('.md'));
            }

            console.log(await pages());
            """)},
       {"file": "scripts/gen-sitemap.mjs", "line": 4}, "SyntaxError", dirs=["pages"], tool="npm", ecosystem="node"),

    # ================= connection =================
    sc("a_conn_py_requests_plain", "connection", "python3 sync_inventory.py",
       "an inventory sync calls its API with requests; nothing listens (ConnectionError, Max retries exceeded)",
       {"sync_inventory.py": f("""
            import requests

            API = 'http://127.0.0.1:{{api}}/api/v1/items'

            print('syncing inventory')
            resp = requests.get(API, params={'page': 1}, timeout=5)
            resp.raise_for_status()
            print(len(resp.json()), 'items')
            """)},
       {"host": "127.0.0.1", "port": "{{api}}"}, "requests.exceptions.ConnectionError", servers=CLOSED,
       requires=["py3:requests"]),
    sc("a_conn_py_httpx_logged_argv", "connection", PY + " pusher.py --api http://127.0.0.1:{{api}}/v2/events",
       "an async httpx pusher logs 'push of 3 events failed: ConnectError: ...' (no address in the message) and a spool "
       "line; the API address is only in the argv",
       {"pusher.py": f("""
            import argparse
            import asyncio
            import logging

            import httpx

            logging.basicConfig(level=logging.INFO, format='%(asctime)s [%(levelname)s] %(message)s')
            log = logging.getLogger('pusher')


            async def push(api, batch):
                async with httpx.AsyncClient(timeout=3) as client:
                    r = await client.post(api, json=batch)
                    r.raise_for_status()


            async def main():
                ap = argparse.ArgumentParser()
                ap.add_argument('--api', required=True)
                args = ap.parse_args()
                batch = [{'id': i} for i in range(3)]
                try:
                    await push(args.api, batch)
                except httpx.HTTPError as e:
                    log.error('push of %d events failed: %s: %s', len(batch), type(e).__name__, e)
                    log.info('batch kept in spool/batch-0001.json for the next run')
                    raise SystemExit(1)
                log.info('pushed')

            asyncio.run(main())
            """)},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v2/events"}, "httpx.ConnectError",
       servers=CLOSED, requires=["py:httpx"], tool="python3", ecosystem="python"),
    sc("a_conn_node_fetch_plain", "connection", "node check-prices.mjs",
       "an ESM script awaits fetch() at the top level; the price service is down (TypeError: fetch failed, cause ECONNREFUSED)",
       {"check-prices.mjs": "const res = await fetch('http://127.0.0.1:{{api}}/prices/latest');\nconsole.log(await res.json());\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    sc("a_conn_node_publish_retries", "connection", "node jobs/publish.js",
       "a node publisher retries a POST three times, printing each refused attempt, then gives up with queue lines",
       {"jobs/publish.js": f("""
            const http = require('http');

            const target = { host: '127.0.0.1', port: {{api}}, path: '/v1/publish', method: 'POST' };

            function post(attempt) {
              const req = http.request(target, (res) => console.log(`published: HTTP ${res.statusCode}`));
              req.on('error', (err) => {
                console.warn(`[publish] attempt ${attempt}/3 failed: ${err.message}`);
                if (attempt < 3) return setTimeout(() => post(attempt + 1), 100);
                console.error('[publish] giving up; draining queue');
                console.error('[publish] 12 messages left in queue/outbox');
                process.exit(2);
              });
              req.end('{}');
            }
            post(1);
            """)},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED),
    sc("a_conn_curl_healthz", "connection", "curl -fsS -H 'Accept: application/json' http://127.0.0.1:{{api}}/healthz",
       "curl checks a service's health endpoint; nothing listens (curl: (7))", {},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/healthz"}, "curl", servers=CLOSED),
    sc("a_conn_wget_cron_rates", "connection", "bash cron/fetch-rates.sh",
       "a cron script logs the URL with a timestamp, downloads it with wget -nv (refused), then logs its own failure and "
       "fallback lines",
       {"cron/fetch-rates.sh": f("""
            #!/bin/bash
            URL="http://127.0.0.1:{{api}}/rates/eur.csv"
            log() { echo "$(date -u +%H:%M:%S) fetch-rates: $*"; }
            log "downloading $URL"
            wget -nv -t 2 --waitretry=0 -O rates.tmp "$URL" || {
              rc=$?
              log "download failed (wget exit $rc)"
              rm -f rates.tmp
              log "keeping yesterday's rates.csv"
              exit 1
            }
            mv rates.tmp rates.csv
            """)},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/rates/eur.csv"}, "wget", servers=CLOSED,
       tool="bash", ecosystem="shell"),
    sc("a_conn_psql_uri", "connection", "psql 'postgresql://app@127.0.0.1:{{api}}/shop' -c 'select count(*) from orders'",
       "psql with a connection URI; the database server is down", {},
       {"host": "127.0.0.1", "port": "{{api}}"}, "psql", servers=CLOSED, requires=["bin:psql"]),
    sc("a_conn_java_httpclient_wrapped", "connection", "java -cp out app.InventorySync --api http://127.0.0.1:{{api}}/inventory",
       "a java sync wraps java.net.http's failure in RuntimeException('inventory sync failed'); the Caused by chain has "
       "ConnectException without an address, which is only in the argv",
       {"src/app/InventorySync.java": f("""
            package app;

            import java.net.URI;
            import java.net.http.HttpClient;
            import java.net.http.HttpRequest;
            import java.net.http.HttpResponse;

            public class InventorySync {
                static String fetch(String url) {
                    try {
                        HttpClient c = HttpClient.newHttpClient();
                        return c.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
                    } catch (Exception e) {
                        throw new RuntimeException("inventory sync failed", e);
                    }
                }

                public static void main(String[] args) {
                    System.out.println("[sync] starting");
                    System.out.println(fetch(args[1]));
                }
            }
            """)},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/inventory"}, "java.net.ConnectException",
       servers=CLOSED, setup=javac("src/app/InventorySync.java")),
    sc("a_conn_java_license_read_timeout", "connection", "java -cp out app.LicenseCheck 127.0.0.1 {{api}}",
       "a java license check connects to the license server given in its argv, which accepts and never answers "
       "(SocketTimeoutException: Read timed out)",
       {"src/app/LicenseCheck.java": f("""
            package app;

            import java.io.InputStream;
            import java.net.InetSocketAddress;
            import java.net.Socket;

            public class LicenseCheck {
                public static void main(String[] args) throws Exception {
                    System.out.println("checking license with " + args[0]);
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(args[0], Integer.parseInt(args[1])), 2000);
                        s.setSoTimeout(1000);
                        s.getOutputStream().write("CHECK app-42\\n".getBytes());
                        InputStream in = s.getInputStream();
                        System.out.println("license status: " + in.read());
                    }
                }
            }
            """)},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.SocketTimeoutException", servers={"api": ("silent",)},
       setup=javac("src/app/LicenseCheck.java")),
    sc("a_conn_py_aiohttp_gather", "connection", PY + " crawl.py",
       "an aiohttp crawler gathers three URLs on two ports; one port is down; the error is logged among info lines of the "
       "others, then SystemExit with a count",
       {"crawl.py": f("""
            import asyncio
            import logging

            import aiohttp

            logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
            log = logging.getLogger('crawl')
            URLS = ['http://127.0.0.1:{{ok}}/a', 'http://127.0.0.1:{{api}}/b', 'http://127.0.0.1:{{ok}}/c']


            async def get(session, url):
                async with session.get(url) as r:
                    return url, r.status


            async def main():
                async with aiohttp.ClientSession() as s:
                    results = await asyncio.gather(*(get(s, u) for u in URLS), return_exceptions=True)
                failed = 0
                for u, res in zip(URLS, results):
                    if isinstance(res, Exception):
                        failed += 1
                        log.error('%s: %s', u, res)
                    else:
                        log.info('%s -> %s', *res)
                if failed:
                    raise SystemExit(f'{failed} of {len(URLS)} fetches failed')

            asyncio.run(main())
            """)},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/b"}, "aiohttp.ClientConnectorError",
       servers={"ok": ("http", 200, "ok\n"), "api": ("closed",)}, requires=["py:aiohttp"], tool="python3", ecosystem="python"),
    sc("a_conn_make_deploy_notify", "connection", "make deploy API=http://127.0.0.1:{{api}}",
       "make deploy builds, then a notify script POSTs to $(API)/deploys with curl -sS; the API given on make's command line "
       "is down",
       {"Makefile": "API ?= http://127.0.0.1:8080\ndeploy: build\n\t./scripts/notify.sh $(API)/deploys\n\nbuild:\n\t@echo \"building release\"\n\t@mkdir -p dist && echo ok > dist/app\n",
        "scripts/notify.sh": "#!/bin/sh\necho \"notifying $1\"\ncurl -sS --max-time 5 -X POST -d 'status=deployed' \"$1\"\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/deploys"}, "curl",
       modes={"scripts/notify.sh": 0o755}, servers=CLOSED, tool="make", ecosystem="make"),
    sc("a_conn_py_unittest_reset_env", "connection", "API_URL=http://127.0.0.1:{{api}} python3 -m unittest -v tests.test_api",
       "unittest integration tests: the API given in API_URL on the command line resets the connection; one test errors, "
       "two pass",
       {"tests/__init__.py": "",
        "tests/test_api.py": f("""
            import json
            import os
            import unittest
            import urllib.request

            API = os.environ.get('API_URL', 'http://localhost:8000')


            class ApiTest(unittest.TestCase):
                def test_version_format(self):
                    self.assertRegex('1.4.2', r'^\\d+\\.\\d+\\.\\d+$')

                def test_health(self):
                    with urllib.request.urlopen(API + '/health', timeout=3) as r:
                        self.assertEqual(json.load(r)['status'], 'ok')

                def test_zz_config(self):
                    self.assertTrue(API.startswith('http'))
            """)},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionResetError", servers={"api": ("reset",)}, tool="python3",
       ecosystem="python"),
    sc("a_conn_git_clone_http", "connection", "git clone -q http://127.0.0.1:{{api}}/team/infra.git",
       "git clone over HTTP from a git server that is down", {},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/team/infra.git"}, "git", servers=CLOSED),
    sc("a_conn_node_pino_db_check", "connection", "node db-check.js",
       "a node start-up check connects to the database from PGHOST/PGPORT and logs the error as a pino-like JSON line with "
       "an err object (message, stack, code, address, port), then a shutdown line",
       {"db-check.js": f("""
            const net = require('net');
            const log = (level, obj, msg) => console.log(JSON.stringify({ level, time: Date.now(), pid: process.pid, hostname: 'api-1', ...obj, msg }));
            const cfg = { host: process.env.PGHOST || '127.0.0.1', port: Number(process.env.PGPORT || 5432) };
            log(30, { db: 'orders' }, 'checking database');
            const s = net.connect(cfg);
            s.on('connect', () => { log(30, {}, 'database reachable'); s.end(); });
            s.on('error', (err) => {
              log(50, { err: { type: err.constructor.name, message: err.message, stack: err.stack, code: err.code, errno: err.errno, syscall: err.syscall, address: err.address, port: err.port } }, 'database unreachable');
              log(30, {}, 'shutting down http server');
              process.exit(1);
            });
            """)},
       {"host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED,
       env={"PGHOST": "127.0.0.1", "PGPORT": "{{api}}"}),

    # ================= file_not_found =================
    sc("a_fnf_py_settings_yaml", "file_not_found", "python3 app.py",
       "an app opens config/settings.yaml, which was never created (FileNotFoundError)",
       {"app.py": "import yaml\n\nwith open('config/settings.yaml') as f:\n    settings = yaml.safe_load(f)\nprint(settings['db'])\n"},
       {"path": "config/settings.yaml"}, "FileNotFoundError", dirs=["config"], requires=["py3:yaml"]),
    sc("a_fnf_py_ingest_strerror_argv", "file_not_found", "python3 ingest.py --input data/2026-12-07/events.csv",
       "an ingest job logs only e.strerror and the errno of a missing input file; the path is only in the argv",
       {"ingest.py": f("""
            import argparse
            import csv
            import logging
            import sys

            logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')
            ap = argparse.ArgumentParser()
            ap.add_argument('--input', required=True)
            args = ap.parse_args()
            try:
                with open(args.input, newline='') as f:
                    rows = list(csv.reader(f))
            except OSError as e:
                logging.error('ingest aborted: %s (errno %d)', e.strerror, e.errno)
                sys.exit(1)
            logging.info('%d rows', len(rows))
            """)},
       {"path": "data/2026-12-07/events.csv"}, "FileNotFoundError", dirs=["data"]),
    sc("a_fnf_node_tls_key", "file_not_found", "node https-server.js",
       "a node HTTPS server reads its TLS key with readFileSync; certs/ holds no key (ENOENT)",
       {"https-server.js": f("""
            const https = require('https');
            const fs = require('fs');

            const options = {
              key: fs.readFileSync('certs/server.key'),
              cert: fs.readFileSync('certs/server.crt'),
            };
            https.createServer(options, (req, res) => res.end('ok')).listen(8443);
            """)},
       {"path": "certs/server.key"}, "Error: ENOENT", dirs=["certs"]),
    sc("a_fnf_npm_test_fixture", "file_not_found", "npm test",
       "npm test runs node --test; one test reads test/fixtures/users.json, which is not in the checkout; the other passes",
       {"package.json": pkg({"test": "node --test"}, name="users"),
        "test/users.test.js": f("""
            const test = require('node:test');
            const assert = require('node:assert');
            const fs = require('fs');
            const path = require('path');

            test('parses a user row', () => {
              assert.deepStrictEqual('a,b'.split(','), ['a', 'b']);
            });

            test('loads the users fixture', () => {
              const users = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'users.json'), 'utf8'));
              assert.ok(users.length > 0);
            });
            """)},
       {"path": "test/fixtures/users.json"}, "Error: ENOENT", tool="npm", ecosystem="node"),
    sc("a_fnf_bash_source_env", "file_not_found", "bash run.sh",
       "a set -e start script sources an environment file that does not exist",
       {"run.sh": f("""
            #!/bin/bash
            set -e
            echo "loading environment"
            source ./env/production.env
            echo "starting worker with $WORKERS workers"
            """)},
       {"path": "env/production.env"}, "bash", dirs=["env"], tool="bash", ecosystem="shell"),
    sc("a_fnf_tar_backup_member", "file_not_found", "tar czf backup.tgz config uploads",
       "tar archives two folders; uploads does not exist (Cannot stat, Exiting with failure status)",
       {"config/app.conf": "x=1\n"},
       {"path": "uploads"}, "tar"),
    sc("a_fnf_java_filereader_argv", "file_not_found", "java -cp out app.ConfigLoader config/app.yml",
       "a java config loader opens the file named in its argv with FileReader; it does not exist",
       {"src/app/ConfigLoader.java": f("""
            package app;

            import java.io.BufferedReader;
            import java.io.FileReader;

            public class ConfigLoader {
                public static void main(String[] args) throws Exception {
                    try (BufferedReader r = new BufferedReader(new FileReader(args[0]))) {
                        System.out.println(r.readLine());
                    }
                }
            }
            """)},
       {"path": "config/app.yml"}, "java.io.FileNotFoundException", setup=javac("src/app/ConfigLoader.java")),
    sc("a_fnf_make_no_rule_schema", "file_not_found", "make build/api.json",
       "make: the prerequisite schema/api.yaml of build/api.json does not exist (No rule to make target)",
       {"Makefile": "build/api.json: schema/api.yaml\n\tmkdir -p build\n\tpython3 -c 'import sys, json, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), open(sys.argv[2], \"w\"))' $< $@\n"},
       {"path": "schema/api.yaml"}, "make", dirs=["schema"]),
    sc("a_fnf_find_cache_cleanup", "file_not_found", "bash cron/cleanup.sh",
       "a set -e cleanup script runs find on a cache folder that does not exist",
       {"cron/cleanup.sh": f("""
            #!/bin/bash
            set -e
            echo "cleanup: start"
            find var/cache -name '*.tmp' -mtime +1 -delete
            echo "cleanup: removed stale temp files"
            """)},
       {"path": "var/cache"}, "find", dirs=["var"], tool="bash", ecosystem="shell"),
    sc("a_fnf_py_pdftotext_missing", "file_not_found", "python3 extract_text.py invoices/inv-001.pdf",
       "a python extractor runs pdftotext with subprocess.run; the program is not installed (FileNotFoundError naming it)",
       {"extract_text.py": f("""
            import subprocess
            import sys

            pdf = sys.argv[1]
            print('extracting text from', pdf)
            out = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True)
            print(out.stdout[:200])
            """),
        "invoices/inv-001.pdf": "%PDF-1.4\n"},
       {"path": "pdftotext"}, "FileNotFoundError"),
    sc("a_fnf_perl_rates_die", "file_not_found", "perl bin/convert.pl 100 EUR",
       "a perl converter opens the rates file built from its argv and dies with $!",
       {"bin/convert.pl": f("""
            use strict;
            use warnings;

            my ($amount, $cur) = @ARGV;
            my $file = "data/rates-$cur.csv";
            open(my $fh, '<', $file) or die "could not open $file: $!\\n";
            """)},
       {"path": "data/rates-EUR.csv"}, "perl", dirs=["data"]),
    sc("a_fnf_cp_publish_rollback", "file_not_found", "bash deploy/publish.sh",
       "a set -eE publish script copies a minified bundle that was never built; its ERR trap prints several rollback lines",
       {"deploy/publish.sh": f("""
            #!/bin/bash
            set -eE
            rollback() {
              echo "publish: error on line $1, rolling back"
              for d in web-1 web-2 web-3; do echo "publish: restoring previous release on $d"; done
              echo "publish: rollback complete"
            }
            trap 'rollback $LINENO' ERR
            echo "publish: staging assets"
            mkdir -p staging
            cp dist/app.min.js dist/app.css staging/
            echo "publish: done"
            """),
        "dist/app.css": "body{}\n"},
       {"path": "dist/app.min.js"}, "cp", tool="bash", ecosystem="shell"),

    # ================= json_format =================
    sc("a_json_py_config_argv", "json_format", "python3 app.py --config config/app.json",
       "an app loads the JSON config named in its argv with json.load (the traceback never names it); the file has a "
       "trailing comma",
       {"app.py": f("""
            import argparse
            import json

            ap = argparse.ArgumentParser()
            ap.add_argument('--config', required=True)
            args = ap.parse_args()
            with open(args.config) as f:
                cfg = json.load(f)
            print('port', cfg['port'])
            """),
        "config/app.json": "{\n  \"port\": 8080,\n  \"debug\": false,\n}\n"},
       {"json_file": "config/app.json", "line": 4, "column": 1}, "json.decoder.JSONDecodeError"),
    sc("a_json_npm_package_json", "json_format", "npm run build",
       "npm run build in a project whose package.json has a trailing comma (npm error EJSONPARSE)",
       {"package.json": "{\n  \"name\": \"dashboard\",\n  \"version\": \"2.0.0\",\n  \"scripts\": {\n    \"build\": \"node build.js\"\n  },\n}\n",
        "build.js": "console.log('built');\n"},
       {"json_file": "package.json"}, "EJSONPARSE", tool="npm", ecosystem="node"),
    sc("a_json_node_feeds_logged_argv", "json_format", "node load-feeds.js data/feeds.json",
       "a node aggregator prints 'failed to load feeds: <JSON.parse message>' and a continuation line; the file (an unquoted "
       "key) is only in the argv",
       {"load-feeds.js": f("""
            const fs = require('fs');

            const file = process.argv[2];
            let feeds;
            try {
              feeds = JSON.parse(fs.readFileSync(file, 'utf8'));
            } catch (err) {
              console.error(`failed to load feeds: ${err.message}`);
              console.error('continuing with 0 feeds; the aggregator will be empty');
              process.exit(1);
            }
            console.log(feeds.length, 'feeds');
            """),
        "data/feeds.json": "[\n  {\"url\": \"https://example.com/rss\", \"name\": \"Example\"},\n  {\"url\": \"https://blog.example.org/feed\", name: \"Blog\"}\n]\n"},
       {"json_file": "data/feeds.json"}, "SyntaxError"),
    sc("a_json_jq_release_notes", "json_format", "bash scripts/release-notes.sh build/pulls.json",
       "a set -euo pipefail script counts merged PRs with jq in a command substitution; the JSON file from its argv lacks "
       "a comma between two array items",
       {"scripts/release-notes.sh": f("""
            #!/bin/bash
            set -euo pipefail
            echo "collecting merged PRs from $1"
            count=$(jq '.pulls | length' "$1")
            echo "found $count PRs"
            """),
        "build/pulls.json": "{\n  \"pulls\": [\n    {\"id\": 1, \"title\": \"fix login\"}\n    {\"id\": 2, \"title\": \"add export\"}\n  ]\n}\n"},
       {"json_file": "build/pulls.json", "line": 4}, "jq", tool="bash", ecosystem="shell"),
    sc("a_json_py_requests_login_page", "json_format", "python3 fetch_orders.py",
       "requests gets 200 with an HTML login page from a gateway and .json() fails (requests JSONDecodeError); the logged "
       "GET line shows the text/html content type",
       {"fetch_orders.py": f("""
            import logging

            import requests

            logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')
            URL = 'http://127.0.0.1:{{api}}/api/orders?status=open'
            r = requests.get(URL, timeout=5)
            logging.info('GET %s -> %s (%s)', URL, r.status_code, r.headers.get('Content-Type'))
            orders = r.json()
            logging.info('%d open orders', len(orders))
            """)},
       {}, "requests.exceptions.JSONDecodeError",
       servers={"api": ("http", 200, "<!doctype html>\n<html><body><form action=\"/login\">Sign in</form></body></html>\n", {"Content-Type": "text/html"})},
       requires=["py3:requests"]),
    sc("a_json_pytest_fixture_cases", "json_format", "python3 -m pytest -q -p no:cacheprovider tests",
       "pytest: a fixture json.loads a data file written with single quotes; the test errors at setup, another passes",
       {"tests/test_tax.py": f("""
            import json

            import pytest


            @pytest.fixture
            def cases():
                with open('tests/data/tax_cases.json') as f:
                    return json.load(f)


            def test_rates(cases):
                assert all(c['rate'] >= 0 for c in cases)


            def test_sanity():
                assert 1 + 1 == 2
            """),
        "tests/data/tax_cases.json": "[\n    {'rate': 0.2},\n    {'rate': 0.1}\n]\n",
        "pytest.ini": PYTEST_INI},
       {"json_file": "tests/data/tax_cases.json", "line": 2, "column": 6}, "json.decoder.JSONDecodeError",
       requires=["py3:pytest"], tool="pytest", ecosystem="python"),
    sc("a_json_perl_hosts_argv", "json_format", "perl bin/hosts.pl config/hosts.json",
       "perl decode_json of the hosts file named in the argv; a string is never closed (JSON::PP error)",
       {"bin/hosts.pl": f("""
            use strict;
            use warnings;
            use JSON::PP;

            my $file = shift;
            open(my $fh, '<', $file) or die "$file: $!\\n";
            my $text = do { local $/; <$fh> };
            my $hosts = decode_json($text);
            print join(',', keys %$hosts), "\\n";
            """),
        "config/hosts.json": "{\"web\": \"10.0.0.5\", \"db\": \"10.0.0.6}\n"},
       {"json_file": "config/hosts.json"}, "perl"),
    sc("a_json_jsontool_ci_loop", "json_format", "bash ci/validate-json.sh",
       "a CI loop echoes 'checking <file>' and runs python3 -m json.tool on each config; the error line of the broken one "
       "names no file and a later file is checked after it",
       {"ci/validate-json.sh": f("""
            #!/bin/bash
            status=0
            for f in config/*.json; do
              echo "checking $f"
              if ! python3 -m json.tool "$f" > /dev/null; then
                status=1
              fi
            done
            exit $status
            """),
        "config/a_base.json": "{\"env\": \"prod\"}\n",
        "config/b_routes.json": "{\n  \"home\": \"/\",\n  \"about\": \"/about\"\n  \"blog\": \"/blog\"\n}\n",
        "config/c_users.json": "{\"admins\": [\"ana\"]}\n"},
       {"json_file": "config/b_routes.json", "line": 4, "column": 3}, "json.decoder.JSONDecodeError", tool="bash",
       ecosystem="python"),
    sc("a_json_py_state_json_log", "json_format", "python3 queue_worker.py",
       "a queue worker logs JSON lines; its saved state file is truncated and the decode error is a field of the error "
       "event, followed by a 'starting with empty state' line and exit 1",
       {"queue_worker.py": f("""
            import json
            import sys

            STATE = 'var/queue-state.json'


            def log(**kw):
                print(json.dumps(kw), flush=True)


            log(level='info', event='worker_start', state=STATE)
            try:
                with open(STATE) as fh:
                    state = json.load(fh)
            except json.JSONDecodeError as e:
                log(level='error', event='state_load_failed', file=STATE, error=str(e))
                log(level='warning', event='refusing to start with empty state')
                sys.exit(1)
            log(level='info', event='resumed', pending=len(state['pending']))
            """),
        "var/queue-state.json": "{\"pending\": [\"job-1\", \"job-2\", \"jo"},
       {"json_file": "var/queue-state.json"}, "json.decoder.JSONDecodeError"),

    # ================= import_error =================
    sc("a_imp_py_collections_mapping", "import_error", "python3 legacy_cfg.py",
       "an old config helper imports Mapping from collections (removed in Python 3.10)",
       {"legacy_cfg.py": "from collections import Mapping\n\nDEFAULTS = {'debug': False}\nprint(isinstance(DEFAULTS, Mapping))\n"},
       {"name": "Mapping", "from_module": "collections"}, "ImportError"),
    sc("a_imp_py_unittest_circular", "import_error", "python3 -m unittest discover -s tests -t .",
       "unittest discovery: app.models imports app.services, which imports User from the partially initialized app.models; "
       "another test module passes",
       {"app/__init__.py": "",
        "app/models.py": "from app.services import notify\n\n\nclass User:\n    def __init__(self, name):\n        self.name = name\n",
        "app/services.py": "from app.models import User\n\n\ndef notify(user: User):\n    return f'notified {user.name}'\n",
        "tests/__init__.py": "",
        "tests/test_models.py": "import unittest\n\nfrom app.models import User\n\n\nclass T(unittest.TestCase):\n    def test_name(self):\n        self.assertEqual(User('a').name, 'a')\n",
        "tests/test_util.py": "import unittest\n\n\nclass U(unittest.TestCase):\n    def test_ok(self):\n        self.assertEqual(3, 1 + 2)\n"},
       {"name": "User", "from_module": "app.models"}, "ImportError"),
    sc("a_imp_node_esm_named", "import_error", "node checkout.mjs",
       "ESM: checkout imports formatPrice from ./lib/money.mjs, which only exports format",
       {"checkout.mjs": "import { formatPrice } from './lib/money.mjs';\n\nconsole.log(formatPrice(1999));\n",
        "lib/money.mjs": "export function format(cents) {\n  return (cents / 100).toFixed(2);\n}\n"},
       {"name": "formatPrice", "from_module": "./lib/money.mjs"}, "SyntaxError"),
    sc("a_imp_npm_test_named", "import_error", "npm test",
       "npm test (node --test, ESM package): a test imports parseArgs from ../src/cli.js, which exports only run; another "
       "test file passes",
       {"package.json": pkg({"test": "node --test"}, esm=True, name="cli"),
        "src/cli.js": "export function run(argv) {\n  return argv.length;\n}\n",
        "test/cli.test.js": f("""
            import test from 'node:test';
            import assert from 'node:assert';
            import { parseArgs } from '../src/cli.js';

            test('parses flags', () => {
              assert.deepEqual(parseArgs(['--x']), { x: true });
            });
            """),
        "test/other.test.js": "import test from 'node:test';\nimport assert from 'node:assert';\n\ntest('ok', () => assert.ok(true));\n"},
       {"name": "parseArgs", "from_module": "../src/cli.js"}, "SyntaxError", tool="npm", ecosystem="node"),
    sc("a_imp_py_scheduler_child", "import_error", "python3 scheduler.py",
       "a scheduler runs jobs as python -m children with check=True; the cleanup job's ImportError (purge_old renamed) is "
       "followed by the parent's CalledProcessError traceback",
       {"scheduler.py": f("""
            import subprocess
            import sys

            JOBS = ['jobs.rotate', 'jobs.cleanup']
            for job in JOBS:
                print(f'[scheduler] starting {job}', flush=True)
                subprocess.run([sys.executable, '-m', job], check=True)
                print(f'[scheduler] {job} finished', flush=True)
            """),
        "jobs/__init__.py": "", "jobs/rotate.py": "print('rotated 3 files')\n",
        "jobs/cleanup.py": "from jobs.storage import purge_old\n\npurge_old(days=30)\n",
        "jobs/storage.py": "def purge_older_than(days):\n    return days\n"},
       {"name": "purge_old", "from_module": "jobs.storage"}, "ImportError"),
    sc("a_imp_javac_import_symbol", "import_error", "javac -d out -sourcepath src src/com/acme/billing/Invoice.java",
       "javac: Invoice imports com.acme.tax.TaxTable, but the class is named TaxTables (cannot find symbol on the import)",
       {"src/com/acme/billing/Invoice.java": f("""
            package com.acme.billing;

            import com.acme.tax.TaxTable;

            public class Invoice {
                public static void main(String[] args) {
                    System.out.println(TaxTable.rate("DE"));
                }
            }
            """),
        "src/com/acme/tax/TaxTables.java": "package com.acme.tax;\n\npublic class TaxTables {\n    public static double rate(String c) { return 0.19; }\n}\n"},
       {"name": "TaxTable", "from_module": "com.acme.tax"}, "javac"),
    sc("a_imp_py_exporter_plugins_logged", "import_error", "python3 export.py --targets s3,local",
       "an exporter loads plugins with importlib and logs 'plugin exporters.s3 disabled: cannot import name ... from "
       "exporters.base' (the module named first is not the one missing the name), then aborts",
       {"export.py": f("""
            import importlib
            import logging
            import sys

            logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
            log = logging.getLogger('plugins')

            targets = sys.argv[2].split(',')
            loaded = []
            for t in targets:
                try:
                    mod = importlib.import_module(f'exporters.{t}')
                    loaded.append(getattr(mod, 'Exporter'))
                    log.info('loaded exporter %s', t)
                except ImportError as e:
                    log.error('plugin exporters.%s disabled: %s', t, e)
            if len(loaded) < len(targets):
                log.error('%d of %d exporters unavailable, aborting', len(targets) - len(loaded), len(targets))
                sys.exit(3)
            """),
        "exporters/__init__.py": "",
        "exporters/s3.py": "from exporters.base import S3Client\n\n\nclass Exporter:\n    client = S3Client\n",
        "exporters/base.py": "class BaseClient:\n    pass\n",
        "exporters/local.py": "class Exporter:\n    pass\n"},
       {"name": "S3Client", "from_module": "exporters.base"}, "ImportError"),

    # ================= websocket =================
    sc("a_ws_py_websockets_1011", "websocket", PY + " quotes.py",
       "a websockets client subscribes and iterates messages; the server closes with 1011 (ConnectionClosedError)",
       {"quotes.py": f("""
            import asyncio

            import websockets


            async def main():
                async with websockets.connect('ws://127.0.0.1:{{ws}}/quotes') as ws:
                    await ws.send('{"subscribe": "EURUSD"}')
                    async for msg in ws:
                        print(msg)

            asyncio.run(main())
            """)},
       {"close_code": 1011}, "websockets.exceptions.ConnectionClosedError", servers={"ws": ("ws", "close", 1011, "internal error")},
       requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("a_ws_py_wsclient_403_argv", "websocket", PY + " tail_logs.py ws://127.0.0.1:{{ws}}/logs/stream",
       "a websocket-client log tailer logs 'log stream unavailable: Handshake status 403 Forbidden'; the URL is only in the argv",
       {"tail_logs.py": f("""
            import logging
            import sys

            import websocket

            logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')
            url = sys.argv[1]
            try:
                ws = websocket.create_connection(url, timeout=3)
            except websocket.WebSocketException as e:
                logging.error('log stream unavailable: %s', e)
                sys.exit(1)
            print(ws.recv())
            """)},
       {"url": "ws://127.0.0.1:{{ws}}/logs/stream", "http_status": 403}, "websocket.WebSocketBadStatusException",
       servers={"ws": ("http", 403, "forbidden\n")}, requires=["py:websocket"], tool="python3", ecosystem="python"),
    sc("a_ws_node_ws_502_reconnect", "websocket", "node ticker.js ws://127.0.0.1:{{ws}}/ticker",
       "a node ws ticker reconnects three times; each upgrade gets HTTP 502 from a proxy (Unexpected server response), then "
       "it gives up; the URL is only in the argv",
       {"ticker.js": f("""
            const WebSocket = require('ws');

            const url = process.argv[2];
            let tries = 0;
            function connect() {
              tries += 1;
              const ws = new WebSocket(url);
              ws.on('open', () => console.log('connected'));
              ws.on('error', (err) => {
                console.error(`ticker: connection error (try ${tries}): ${err.message}`);
              });
              ws.on('close', () => {
                if (tries < 3) return setTimeout(connect, 100);
                console.error('ticker: giving up after 3 tries');
                process.exit(1);
              });
            }
            connect();
            """)},
       {"url": "ws://127.0.0.1:{{ws}}/ticker", "http_status": 502}, "Error: Unexpected server response: 502",
       servers={"ws": ("http", 502, "bad gateway\n")}, setup=WS_LINK, requires=WS_REQ),
    sc("a_ws_node_builtin_4001", "websocket", "node --experimental-websocket watch-orders.mjs",
       "node's built-in WebSocket (ESM): the server closes with 4001 'token expired'; the program prints the close and sets "
       "exit code 1",
       {"watch-orders.mjs": f("""
            const ws = new WebSocket('ws://127.0.0.1:{{ws}}/orders');
            ws.addEventListener('open', () => ws.send(JSON.stringify({ subscribe: 'orders' })));
            ws.addEventListener('message', (e) => console.log('order', e.data));
            ws.addEventListener('close', (e) => {
              console.log(`stream closed: ${e.code} ${e.reason}`);
              if (e.code !== 1000) process.exitCode = 1;
            });
            """)},
       {"close_code": 4001}, "close", servers={"ws": ("ws", "close", 4001, "token expired")}),
    sc("a_ws_java_onclose_1008_jul", "websocket", "java -cp out app.Feed",
       "a java.net.http WebSocket listener logs the server's 1008 close as a java.util.logging SEVERE record and exits 1",
       {"src/app/Feed.java": f("""
            package app;

            import java.net.URI;
            import java.net.http.HttpClient;
            import java.net.http.WebSocket;
            import java.util.concurrent.CompletableFuture;
            import java.util.concurrent.CompletionStage;
            import java.util.logging.Logger;

            public class Feed {
                static final Logger LOG = Logger.getLogger("feed");

                public static void main(String[] args) throws Exception {
                    CompletableFuture<Integer> closed = new CompletableFuture<>();
                    HttpClient.newHttpClient().newWebSocketBuilder()
                        .buildAsync(URI.create("ws://127.0.0.1:{{ws}}/feed"), new WebSocket.Listener() {
                            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                                LOG.severe("feed closed by server: " + code + " " + reason);
                                closed.complete(code);
                                return null;
                            }
                        }).join();
                    int code = closed.get();
                    if (code != 1000) System.exit(1);
                }
            }
            """)},
       {"close_code": 1008}, "java", servers={"ws": ("ws", "close", 1008, "policy violation")},
       setup=javac("src/app/Feed.java")),
    sc("a_ws_py_aiohttp_going_away", "websocket", PY + " presence.py",
       "an aiohttp presence client: the server closes with 1001 going away, the message loop ends and the program raises "
       "its own RuntimeError naming the close code",
       {"presence.py": f("""
            import asyncio

            import aiohttp


            async def main():
                async with aiohttp.ClientSession() as s:
                    async with s.ws_connect('http://127.0.0.1:{{ws}}/presence') as ws:
                        await ws.send_str('hello')
                        async for msg in ws:
                            print('presence', msg.data)
                        raise RuntimeError(f'presence stream ended: close code {ws.close_code}')

            asyncio.run(main())
            """)},
       {"close_code": 1001}, "RuntimeError", servers={"ws": ("ws", "close", 1001, "going away")}, requires=["py:aiohttp"],
       tool="python3", ecosystem="python"),
    sc("a_ws_npm_listen_esm_1006", "websocket", "npm run listen",
       "npm run listen runs an ESM ws listener; the server drops the connection right after the handshake (close 1006), "
       "the listener prints the code and exits 1, then npm's error lines (replaces a wscat scenario: Debian's wscat printed "
       "nothing here)",
       {"package.json": pkg({"listen": "node listen.mjs"}, esm=True, name="listener"),
        "listen.mjs": f("""
            import WebSocket from 'ws';

            const ws = new WebSocket('ws://127.0.0.1:{{ws}}/events');
            ws.on('open', () => console.log('listening for events'));
            ws.on('error', (err) => console.error(`listener: ${err.message}`));
            ws.on('close', (code) => {
              console.error(`listener: socket closed (${code}), exiting`);
              process.exit(1);
            });
            """)},
       {"close_code": 1006}, "ws", servers={"ws": ("ws", "drop")}, setup=WS_LINK, requires=WS_REQ, tool="npm", ecosystem="node"),

    # ================= negatives =================
    sc("a_neg_py_requests_failover_ok", "negative", "python3 warmup.py",
       "a cache warm-up logs the first node's ConnectionError WITH its traceback at WARNING, then the next node answers 200 "
       "(exit 0)",
       {"warmup.py": f("""
            import logging
            import time

            import requests

            logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')
            log = logging.getLogger('warmup')
            for port in ({{down}}, {{api}}):
                url = f'http://127.0.0.1:{port}/warm'
                try:
                    r = requests.get(url, timeout=3)
                    log.info('cache warm via %s: %s', url, r.status_code)
                    break
                except requests.ConnectionError:
                    log.warning('cache node unreachable, trying the next one', exc_info=True)
                    time.sleep(0.1)
            """)},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "warm\n")}, requires=["py3:requests"], exit=0),
    sc("a_neg_pytest_optional_dep_passed", "negative", "python3 -m pytest -q -rA -p no:cacheprovider tests",
       "pytest -rA: a passing test prints the ModuleNotFoundError of an optional speed-up (ujson) and falls back to json; all "
       "pass",
       {"tests/test_codec.py": f("""
            import json


            def load_codec():
                try:
                    import ujson
                    return ujson
                except ModuleNotFoundError as e:
                    print(f'optional speedup unavailable: {e!r}; falling back to json')
                    return json


            def test_roundtrip():
                codec = load_codec()
                assert codec.loads(codec.dumps({'a': 1})) == {'a': 1}
            """),
        "pytest.ini": PYTEST_INI},
       {}, "", requires=["py3:pytest"], tool="pytest", ecosystem="python", exit=0),
    sc("a_neg_py_fixture_validator_expected", "negative", "python3 tools/check_fixtures.py tests/fixtures",
       "a fixture validator checks that the invalid JSON fixtures are rejected and prints each decode error 'as expected'; "
       "0 problems, exit 0",
       {"tools/check_fixtures.py": f("""
            import json
            import pathlib
            import sys

            root = pathlib.Path(sys.argv[1])
            bad = 0
            for p in sorted(root.glob('invalid/*.json')):
                try:
                    json.loads(p.read_text())
                    print(f'{p}: UNEXPECTEDLY VALID')
                    bad += 1
                except json.JSONDecodeError as e:
                    print(f'{p}: rejected as expected ({e})')
            for p in sorted(root.glob('valid/*.json')):
                json.loads(p.read_text())
                print(f'{p}: ok')
            print(f'{bad} problems')
            sys.exit(1 if bad else 0)
            """),
        "tests/fixtures/invalid/trailing_comma.json": "{\"a\": 1,}\n",
        "tests/fixtures/invalid/single_quotes.json": "{'a': 1}\n",
        "tests/fixtures/valid/order.json": "{\"id\": 1}\n"},
       {}, "", exit=0),
    sc("a_neg_py_urllib_503", "negative", "python3 status_report.py",
       "urllib against a running status service that answers 503 (HTTPError: HTTP Error 503)",
       {"status_report.py": "import urllib.request\n\nprint('fetching nightly status')\nwith urllib.request.urlopen('http://127.0.0.1:{{api}}/status/nightly', timeout=5) as r:\n    print(r.read().decode())\n"},
       {}, "urllib.error.HTTPError", servers={"api": ("http", 503, "maintenance until 06:00\n")}),
    sc("a_neg_py_unittest_permission_title", "negative", "python3 -m unittest -v tests.test_errors",
       "unittest: test_permission_denied fails an assertEqual on a message table ('permission denied' != 'Permission denied: "
       "...'); a logic failure",
       {"errors.py": "MESSAGES = {2: 'No such file or directory', 13: 'permission denied'}\n\n\ndef humanize(errno):\n    return MESSAGES[errno]\n",
        "tests/__init__.py": "",
        "tests/test_errors.py": f("""
            import unittest

            from errors import humanize


            class HumanizeTest(unittest.TestCase):
                def test_permission_denied(self):
                    self.assertEqual(humanize(13), 'Permission denied: check the file mode')

                def test_not_found(self):
                    self.assertEqual(humanize(2), 'No such file or directory')
            """)},
       {}, "AssertionError"),
    sc("a_neg_py_help_quotes_errors", "negative", "python3 fixperms.py --help",
       "an argparse --help text quotes PermissionError and FileNotFoundError messages in its description (exit 0)",
       {"fixperms.py": f("""
            import argparse

            ap = argparse.ArgumentParser(
                prog='fixperms',
                description='Repairs deploy folders after errors such as "PermissionError: [Errno 13] Permission denied" '
                            'or "FileNotFoundError: [Errno 2] No such file or directory".',
                epilog='exit codes: 0 ok, 2 usage, 13 EACCES (permission denied) left unfixed',
            )
            ap.add_argument('root', help='folder to repair')
            ap.add_argument('--dry-run', action='store_true')
            ap.parse_args()
            """)},
       {}, "", exit=0),
    sc("a_neg_py_kpi_zero_division", "negative", "python3 kpi.py --day 2026-12-06",
       "a KPI report divides by the number of orders of a day without orders (ZeroDivisionError)",
       {"kpi.py": f("""
            import argparse

            ap = argparse.ArgumentParser()
            ap.add_argument('--day')
            args = ap.parse_args()
            orders = []
            revenue = 0.0
            print(f'KPIs for {args.day}')
            print('average order value:', revenue / len(orders))
            """)},
       {}, "ZeroDivisionError"),
    sc("a_neg_node_test_titles_pass", "negative", "node --test test/",
       "node --test: all tests pass; their titles quote ECONNREFUSED, Cannot find module and EACCES messages",
       {"lib/classify.js": "module.exports.classify = (err) => (err.code === 'ECONNREFUSED' ? 'retry' : 'fatal');\n",
        "test/errors.test.js": f("""
            const test = require('node:test');
            const assert = require('node:assert');
            const { classify } = require('../lib/classify');

            test('Error: connect ECONNREFUSED 127.0.0.1:5432 is retryable', () => {
              assert.strictEqual(classify({ code: 'ECONNREFUSED' }), 'retry');
            });

            test("Error: Cannot find module 'pg' is fatal", () => {
              assert.strictEqual(classify({ code: 'MODULE_NOT_FOUND' }), 'fatal');
            });

            test('EACCES: permission denied is fatal', () => {
              assert.strictEqual(classify({ code: 'EACCES' }), 'fatal');
            });
            """)},
       {}, "", exit=0),
    sc("a_neg_node_fetch_500_json", "negative", "node report-sync.mjs",
       "an ESM sync POSTs with fetch to a running service that answers 500; the program logs a JSON error line with the body "
       "and exits 1",
       {"report-sync.mjs": f("""
            const log = (o) => console.log(JSON.stringify({ ts: new Date().toISOString(), ...o }));
            const url = 'http://127.0.0.1:{{api}}/v1/reports';
            log({ level: 'info', msg: 'sync start', url });
            const res = await fetch(url, { method: 'POST', body: '{}' });
            if (!res.ok) {
              log({ level: 'error', msg: 'sync failed', status: res.status, body: (await res.text()).trim() });
              process.exit(1);
            }
            log({ level: 'info', msg: 'sync done' });
            """)},
       {}, "", servers={"api": ("http", 500, "{\"error\": \"NullPointerException in ReportService\"}\n", {"Content-Type": "application/json"})}),
    sc("a_neg_node_replica_failover", "negative", "node connect-db.js",
       "a node client prints 'Error: connect ECONNREFUSED ... - failing over' for the primary, then connects to the replica "
       "(exit 0)",
       {"connect-db.js": f("""
            const net = require('net');
            const hosts = [{ host: '127.0.0.1', port: {{down}} }, { host: '127.0.0.1', port: {{api}} }];

            function tryHost(i) {
              const h = hosts[i];
              const s = net.connect(h);
              s.on('connect', () => {
                console.log(`connected to ${h.host}:${h.port}` + (i ? ' (replica)' : ''));
                s.end();
              });
              s.on('error', (err) => {
                console.error(`Error: ${err.message} - failing over`);
                tryHost(i + 1);
              });
            }
            tryHost(0);
            """)},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
    sc("a_neg_npm_lint_problems", "negative", "npm run lint",
       "npm run lint: the project's own linter reports two 'error' lines and '2 problems (2 errors, 0 warnings)', exit 1",
       {"package.json": pkg({"lint": "node tools/lint.js src"}, name="web"),
        "tools/lint.js": f("""
            const fs = require('fs');
            const path = require('path');

            const dir = process.argv[2];
            let errors = 0;
            for (const f of fs.readdirSync(dir).sort()) {
              const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\\n');
              lines.forEach((l, i) => {
                if (/\\bvar\\b/.test(l)) {
                  console.log(`${dir}/${f}:${i + 1}:1  error  Unexpected var, use let or const  no-var`);
                  errors += 1;
                }
              });
            }
            console.log(`\\n✖ ${errors} problems (${errors} errors, 0 warnings)`);
            process.exit(errors ? 1 : 0);
            """),
        "src/a.js": "var x = 1;\nconsole.log(x);\n", "src/b.js": "const y = 2;\nvar z = y;\nconsole.log(z);\n"},
       {}, "", tool="npm", ecosystem="node"),
    sc("a_neg_node_order_shipped", "negative", "node cancel-order.js 991",
       "a node order tool throws its own OrderStateError (order already shipped)",
       {"cancel-order.js": f("""
            class OrderStateError extends Error {}

            function cancel(id, state) {
              if (state === 'shipped') throw new OrderStateError(`order ${id} is already shipped and cannot be cancelled`);
            }
            console.log('cancelling order', process.argv[2]);
            cancel(process.argv[2], 'shipped');
            """)},
       {}, "OrderStateError"),
    sc("a_neg_node_changelog_quotes", "negative", "node scripts/show-changes.js 2.3.0",
       "a node script prints a changelog section whose entries quote a JSON SyntaxError, Cannot find module and "
       "ECONNREFUSED (exit 0)",
       {"scripts/show-changes.js": f("""
            const fs = require('fs');
            const version = process.argv[2];
            const text = fs.readFileSync('CHANGELOG.md', 'utf8');
            const section = text.split('\\n## ').find((s) => s.startsWith(version));
            console.log(`## ${section}`);
            """),
        "CHANGELOG.md": f("""
            # Changelog

            ## 2.3.0
            - Fixed: `SyntaxError: Unexpected token } in JSON at position 42` when config.json had a trailing comma
            - Fixed: `Error: Cannot find module './locale/de'` on case-sensitive file systems
            - Fixed: crash with `Error: connect ECONNREFUSED 127.0.0.1:6379` when Redis restarts

            ## 2.2.0
            - Added: export to CSV
            """)},
       {}, "", exit=0),
    sc("a_neg_git_push_rejected", "negative", "git -C work push origin HEAD:main",
       "git push is rejected because the remote has commits the local branch does not (fetch first)", {},
       {}, "git",
       setup=["git init -q --bare -b main remote.git",
              "git clone -q remote.git seed 2>/dev/null && cd seed && echo 1 > a.txt && git add a.txt && git commit -qm one && git push -q origin HEAD:main",
              "git clone -q remote.git work && cd work && echo 3 > c.txt && git add c.txt && git commit -qm three",
              "cd seed && echo 2 > b.txt && git add b.txt && git commit -qm two && git push -q origin HEAD:main"]),
    sc("a_neg_curl_404_release", "negative", "curl -fsS -o build/sdk.zip http://127.0.0.1:{{api}}/releases/v9.9.9/sdk.zip",
       "curl -f downloads a release that does not exist on a running server (curl: (22) ... 404)", {},
       {}, "curl", dirs=["build"], servers={"api": ("http", 404, "no such release\n")}),
    sc("a_neg_make_golden_diff", "negative", "make test",
       "make test compares a formatter's output with a golden file; diff shows the difference and make fails",
       {"Makefile": "test:\n\t./bin/format-price 1999 > out.txt\n\tdiff -u expected/price.txt out.txt\n",
        "bin/format-price": "#!/bin/sh\necho \"$(($1 / 100)).$(($1 % 100)) EUR\"\n",
        "expected/price.txt": "EUR 19.99\n"},
       {}, "make", modes={"bin/format-price": 0o755}),
    sc("a_neg_bash_timeout_budget", "negative", "bash jobs/reindex.sh",
       "a reindex job runs under timeout 1 and exceeds its local time budget (exit 124)",
       {"jobs/reindex.sh": f("""
            #!/bin/bash
            echo "reindex: starting (budget 1s)"
            timeout 1 bash -c 'for i in 1 2 3 4 5 6; do echo "reindexing shard $i"; sleep 0.4; done'
            rc=$?
            if [ $rc -eq 124 ]; then
              echo "reindex: exceeded its time budget, will resume next run" >&2
              exit 124
            fi
            """)},
       {}, "timeout", tool="bash", ecosystem="shell", exit=124),
    sc("a_neg_sqlite_check_constraint", "negative", "sqlite3 shop.db \"insert into products(sku, price) values ('A-1', -5)\"",
       "sqlite3: an insert violates a CHECK constraint", {}, {}, "sqlite3",
       setup=["sqlite3 shop.db 'create table products(sku text primary key, price real check (price >= 0))'"]),
    sc("a_neg_bash_backup_help", "negative", "bash bin/backup --help",
       "a backup tool's --help has a troubleshooting section quoting cp, tar and curl error messages (exit 0)",
       {"bin/backup": f("""
            #!/bin/bash
            usage() {
              cat <<'EOF'
            usage: backup [-n] SOURCE DEST

            Copies SOURCE to DEST.

            Troubleshooting:
              "cp: cannot create regular file 'DEST/x': Permission denied"  -> DEST is not writable; fix its mode
              "tar: SOURCE: Cannot stat: No such file or directory"         -> SOURCE does not exist
              "curl: (7) Failed to connect to backup.internal port 443"     -> the upload target is down
            EOF
            }
            case "$1" in
              -h|--help) usage; exit 0;;
            esac
            echo "backing up $1 to $2"
            """)},
       {}, "", tool="bash", ecosystem="shell", exit=0),
    sc("a_neg_gcc_warnings_build_ok", "negative", "make",
       "make builds a C tool with -Wall -Wextra: unused variable/parameter warnings, then 'build finished: 0 errors' (exit 0)",
       {"Makefile": "CFLAGS = -Wall -Wextra\nbin/tool: src/tool.c\n\tmkdir -p bin\n\t$(CC) $(CFLAGS) -o $@ $<\n\t@echo 'build finished: 0 errors'\n",
        "src/tool.c": "#include <stdio.h>\n\nint main(int argc, char **argv) {\n    int unused;\n    printf(\"hello\\n\");\n    return 0;\n}\n"},
       {}, "gcc", tool="make", ecosystem="c", exit=0),
    sc("a_neg_perl_refund_die", "negative", "perl bin/refund.pl ORD-77 150",
       "a perl refund tool dies on a business rule (refund exceeds the original charge)",
       {"bin/refund.pl": f("""
            use strict;
            use warnings;

            my ($order, $amount) = @ARGV;
            my $charged = 120;
            die "refund of $amount for $order exceeds the original charge of $charged\\n" if $amount > $charged;
            print "refunded $amount\\n";
            """)},
       {}, "perl"),
    sc("a_neg_c_parser_segfault", "negative", "bash run-parser.sh",
       "a wrapper runs a C parser that dereferences NULL (Segmentation fault reported by bash), then exits 1",
       {"run-parser.sh": "#!/bin/bash\necho 'parsing input.dat'\n./parser input.dat\necho \"parser exited with $?\"\nexit 1\n",
        "parser.c": f("""
            #include <stdio.h>
            #include <string.h>

            int main(int argc, char **argv) {
                char *field = NULL;
                printf("parsing %s\\n", argc > 1 ? argv[1] : "-");
                fflush(stdout);
                return (int) strlen(field);
            }
            """),
        "input.dat": "a;b;c\n"},
       {}, "SIGSEGV", setup=["gcc -O0 -o parser parser.c 2>/dev/null"], tool="bash", ecosystem="c"),
    sc("a_neg_java_number_format", "negative", "java -cp out app.Batch 12a",
       "a java batch tool parses its size argument (NumberFormatException: For input string: \"12a\")",
       {"src/app/Batch.java": f("""
            package app;

            public class Batch {
                public static void main(String[] args) {
                    int size = Integer.parseInt(args[0]);
                    System.out.println("batch size " + size);
                }
            }
            """)},
       {}, "java.lang.NumberFormatException", setup=javac("src/app/Batch.java")),
    sc("a_neg_java_cache_retry_ok", "negative", "java -cp out app.Warmup {{down}} {{api}}",
       "a java warm-up prints 'WARN ... java.net.ConnectException: Connection refused; trying next' for the first port, then "
       "connects to the second (exit 0)",
       {"src/app/Warmup.java": f("""
            package app;

            import java.io.IOException;
            import java.net.InetSocketAddress;
            import java.net.Socket;

            public class Warmup {
                public static void main(String[] args) throws Exception {
                    for (String p : args) {
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(p)), 2000);
                            System.out.println("INFO connected to cache on port " + p);
                            return;
                        } catch (IOException e) {
                            System.out.println("WARN cache on port " + p + " unavailable: " + e + "; trying next");
                        }
                    }
                    System.exit(1);
                }
            }
            """)},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, setup=javac("src/app/Warmup.java"), exit=0),
    sc("a_neg_java_http_401", "negative", "java -cp out app.BillingClient",
       "a java billing client gets HTTP 401 from a running API and throws IllegalStateException with the status and body",
       {"src/app/BillingClient.java": f("""
            package app;

            import java.net.URI;
            import java.net.http.HttpClient;
            import java.net.http.HttpRequest;
            import java.net.http.HttpResponse;

            public class BillingClient {
                public static void main(String[] args) throws Exception {
                    HttpResponse<String> r = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:{{api}}/v1/invoices")).build(),
                        HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("billing API rejected the request: HTTP " + r.statusCode() + " " + r.body().trim());
                    }
                }
            }
            """)},
       {}, "java.lang.IllegalStateException", servers={"api": ("http", 401, "{\"error\": \"invalid api key\"}\n", {"Content-Type": "application/json"})},
       setup=javac("src/app/BillingClient.java")),

    # ================= a second round, same author, still blind (labels written before any of these outputs existed):
    # log collectors' line prefixes (docker compose, journald, a CI runner), logfmt lines, messages printed without their
    # exception type (sys.exit(f'...: {e}'), curl's 000), Python 3.11 TaskGroup groups, Java wrappers (static initializer,
    # reflective launcher), scp/ssh, make's own syntax, and negatives that print a whole error and carry on =================
    sc("a_mm_node_compose_prefix_dotenv", "missing_module",
       "set -o pipefail; node server.js 2>&1 | sed 's/^/api-1  | /'; rc=$?; echo \"api-1 exited with code $rc\"; exit $rc",
       "a node API's output as docker compose shows it (every line prefixed 'api-1  | '): its config module requires dotenv, "
       "which is not installed, then 'api-1 exited with code 1'",
       {"server.js": "console.log('booting api');\nconst config = require('./config');\nconsole.log('port', config.port);\n",
        "config.js": "require('dotenv').config();\nmodule.exports = { port: process.env.PORT || 3000 };\n"},
       {"module": "dotenv"}, "Error: Cannot find module", tool="node", ecosystem="node"),
    sc("a_conn_py_journal_prefix_urllib", "connection",
       "set -o pipefail; python3 worker.py --queue http://127.0.0.1:{{api}}/jobs 2>&1 | sed 's/^/Dec 07 14:02:11 web1 worker[4242]: /'",
       "a python worker's output as journalctl shows it (every line prefixed with date, host and unit[pid]): urlopen of the "
       "queue URL given in the argv is refused (URLError without the address)",
       {"worker.py": f("""
            import argparse
            import json
            import logging
            import urllib.request

            logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')
            ap = argparse.ArgumentParser()
            ap.add_argument('--queue', required=True)
            args = ap.parse_args()
            logging.info('polling %s', args.queue.split('/')[-1])
            with urllib.request.urlopen(args.queue, timeout=3) as r:
                jobs = json.load(r)
            logging.info('%d jobs', len(jobs))
            """)},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/jobs"}, "urllib.error.URLError",
       servers=CLOSED, tool="python3", ecosystem="python"),
    sc("a_fnf_py_taskgroup_shard", "file_not_found", "python3 merge_shards.py",
       "a Python 3.11 asyncio.TaskGroup counts rows of three shard files in threads; one is missing, so the run ends with an "
       "ExceptionGroup whose sub-exception (printed with '|' prefixes) is the FileNotFoundError",
       {"merge_shards.py": f("""
            import asyncio

            SHARDS = ['shards/shard-1.csv', 'shards/shard-2.csv', 'shards/shard-3.csv']


            def count_rows(path):
                with open(path) as f:
                    return sum(1 for _ in f)


            async def main():
                async with asyncio.TaskGroup() as tg:
                    tasks = [tg.create_task(asyncio.to_thread(count_rows, p)) for p in SHARDS]
                print('rows', sum(t.result() for t in tasks))

            asyncio.run(main())
            """),
        "shards/shard-1.csv": "a\nb\n", "shards/shard-3.csv": "c\n"},
       {"path": "shards/shard-2.csv"}, "ExceptionGroup"),
    sc("a_conn_py_git_clone_runtimeerror", "connection", "python3 sync_vendor.py http://127.0.0.1:{{api}}/libs/ui.git",
       "a python vendoring script runs git clone with capture_output and raises RuntimeError with git's stderr (unable to "
       "access ... Failed to connect) in its message",
       {"sync_vendor.py": f("""
            import subprocess
            import sys

            url = sys.argv[1]
            print(f'vendoring {url}')
            r = subprocess.run(['git', 'clone', '-q', url, 'vendor/ui'], capture_output=True, text=True)
            if r.returncode:
                raise RuntimeError(f'git clone failed ({r.returncode}): {r.stderr.strip()}')
            print('vendored')
            """)},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/libs/ui.git"}, "RuntimeError",
       servers=CLOSED),
    sc("a_syn_py_hook_sysexit_message", "syntax", "python3 deploy_hooks.py hooks/pre_deploy.py",
       "a deploy tool compiles the hook named in its argv and exits with sys.exit(f'deploy: cannot load hook: {e}'): only "
       "the SyntaxError's message (expected ':' (pre_deploy.py, line 3)), no traceback and no exception name",
       {"deploy_hooks.py": f("""
            import sys

            hook = sys.argv[1]
            try:
                code = compile(open(hook).read(), hook, 'exec')
            except SyntaxError as e:
                sys.exit(f'deploy: cannot load hook: {e}')
            exec(code, {'__name__': 'hook'})
            print('hooks ran')
            """),
        "hooks/pre_deploy.py": f("""
            import os

            def check()
                return os.path.exists('dist')

            if not check():
                raise SystemExit('dist missing')
            """)},
       {"file": "hooks/pre_deploy.py", "line": 3}, "SyntaxError"),
    sc("a_fnf_py_render_sysexit_message", "file_not_found", "python3 render.py invoice",
       "a render CLI exits with sys.exit(f'render: {e}'), printing only '[Errno 2] No such file or directory: ...' for the "
       "template built from its argv",
       {"render.py": f("""
            import sys
            from string import Template


            def main(argv):
                tpl_path = f'templates/{argv[1]}.html'
                try:
                    with open(tpl_path) as f:
                        tpl = Template(f.read())
                except OSError as e:
                    sys.exit(f'render: {e}')
                print(tpl.substitute(total='12.00'))

            main(sys.argv)
            """)},
       {"path": "templates/invoice.html"}, "FileNotFoundError", dirs=["templates"]),
    sc("a_fnf_java_static_init", "file_not_found", "java -cp out app.RateLimiter",
       "a java class loads its limits in a static initializer: ExceptionInInitializerError, Caused by UncheckedIOException "
       "of a NoSuchFileException",
       {"src/app/RateLimiter.java": f("""
            package app;

            import java.io.IOException;
            import java.io.UncheckedIOException;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.List;

            public class RateLimiter {
                static final List<String> LIMITS = load();

                static List<String> load() {
                    try {
                        return Files.readAllLines(Path.of("conf/limits.properties"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                public static void main(String[] args) {
                    System.out.println("limits: " + LIMITS.size());
                }
            }
            """)},
       {"path": "conf/limits.properties"}, "java.lang.ExceptionInInitializerError", dirs=["conf"],
       setup=javac("src/app/RateLimiter.java")),
    sc("a_perm_java_reflective_launcher", "permission", "java -cp out app.Launcher app.Daemon",
       "a reflective launcher invokes the daemon's main: InvocationTargetException, Caused by AccessDeniedException of its "
       "read-only pid file (run without capabilities)",
       {"src/app/Launcher.java": f("""
            package app;

            import java.lang.reflect.Method;

            public class Launcher {
                public static void main(String[] args) throws Exception {
                    System.out.println("launcher: starting " + args[0]);
                    Class<?> c = Class.forName(args[0]);
                    Method m = c.getMethod("main", String[].class);
                    m.invoke(null, (Object) new String[0]);
                }
            }
            """),
        "src/app/Daemon.java": f("""
            package app;

            import java.nio.file.Files;
            import java.nio.file.Path;

            public class Daemon {
                public static void main(String[] args) throws Exception {
                    Files.writeString(Path.of("var/run/daemon.pid"), Long.toString(ProcessHandle.current().pid()));
                    System.out.println("daemon running");
                }
            }
            """),
        "var/run/daemon.pid": ""},
       {"path": "var/run/daemon.pid"}, "java.nio.file.AccessDeniedException", modes={"var/run/daemon.pid": 0o444},
       setup=javac("src/app/Launcher.java", "src/app/Daemon.java"), drop_caps=True),
    sc("a_conn_scp_deploy_args", "connection", "bash deploy.sh 127.0.0.1 {{api}}",
       "a set -e deploy script packages the app and uploads it with scp -P to the host and port from its argv; nothing "
       "listens there (ssh: connect to host ... Connection refused)",
       {"deploy.sh": f("""
            #!/bin/bash
            set -e
            HOST=$1
            PORT=$2
            echo "deploy: packaging"
            mkdir -p dist && tar czf dist/app.tgz deploy.sh
            echo "deploy: uploading to $HOST"
            scp -o BatchMode=yes -o StrictHostKeyChecking=no -o ConnectTimeout=3 -P "$PORT" dist/app.tgz "deploy@$HOST:/srv/app/"
            echo "deploy: restarting"
            """)},
       {"host": "127.0.0.1", "port": "{{api}}"}, "scp", servers=CLOSED, requires=["bin:scp"], tool="bash", ecosystem="shell"),
    sc("a_conn_curl_healthcheck_000", "connection", "bash healthcheck.sh http://127.0.0.1:{{api}}/healthz",
       "a health check script takes curl -s -w '%{http_code}' and prints 'healthz: HTTP 000' (no response at all; curl is "
       "silent), then exits 1; the URL is only in the argv",
       {"healthcheck.sh": f("""
            #!/bin/bash
            url=$1
            code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")
            echo "healthz: HTTP $code"
            [ "$code" = 200 ] || exit 1
            """)},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/healthz"}, "curl", servers=CLOSED,
       tool="bash", ecosystem="shell"),
    sc("a_json_ci_runner_timestamps", "json_format", "bash ci/run-step.sh",
       "a CI step as a runner's log shows it (##[group]Run <command>, every output line prefixed with an ISO timestamp, "
       "##[error]Process completed with exit code 1.): a node validator JSON.parses the flags file named in the step's "
       "command, which has a trailing comma",
       {"ci/run-step.sh": f("""
            #!/bin/bash
            step="node scripts/validate-config.js config/flags.json"
            echo "##[group]Run $step"
            echo "$step"
            echo "shell: /usr/bin/bash -e {0}"
            echo "##[endgroup]"
            set -o pipefail
            $step 2>&1 | sed 's/^/2026-12-07T14:03:07.5512345Z /'
            rc=$?
            if [ $rc -ne 0 ]; then
              echo "##[error]Process completed with exit code $rc."
              exit $rc
            fi
            """),
        "scripts/validate-config.js": f("""
            const fs = require('fs');
            const file = process.argv[2];
            const flags = JSON.parse(fs.readFileSync(file, 'utf8'));
            for (const [k, v] of Object.entries(flags)) {
              if (typeof v !== 'boolean') throw new Error(`flag ${k} must be a boolean`);
            }
            console.log(`${Object.keys(flags).length} flags ok`);
            """),
        "config/flags.json": "{\n  \"new_checkout\": true,\n  \"dark_mode\": false,\n}\n"},
       {"json_file": "config/flags.json"}, "SyntaxError", tool="bash", ecosystem="node"),
    sc("a_syn_make_missing_separator", "syntax", "make test",
       "a Makefile recipe line is indented with four spaces instead of a tab (missing separator)",
       {"Makefile": "build:\n\tmkdir -p out\n\ntest: build\n    ./run-tests.sh\n",
        "run-tests.sh": "#!/bin/sh\necho tests ok\n"},
       {"file": "Makefile", "line": 5}, "make", modes={"run-tests.sh": 0o755}, ecosystem="make"),
    sc("a_imp_py_journal_prefix_worker", "import_error",
       "set -o pipefail; python3 -m app.worker 2>&1 | sed 's/^/Dec 07 14:05:42 web1 worker[5120]: /'",
       "a python worker's output as journalctl shows it: it imports send_email from app.tasks, which defines send_mail",
       {"app/__init__.py": "", "app/tasks.py": "def send_mail(to, body):\n    return True\n",
        "app/worker.py": "import logging\n\nfrom app.tasks import send_email\n\nlogging.basicConfig(level=logging.INFO)\nlogging.info('worker ready')\n"},
       {"name": "send_email", "from_module": "app.tasks"}, "ImportError", tool="python3", ecosystem="python"),
    sc("a_ws_py_logfmt_handshake_404", "websocket", PY + " live_scores.py ws://127.0.0.1:{{ws}}/v1/scores",
       "a websockets client logs logfmt lines (level=error msg=\"subscribe failed\" err=\"server rejected WebSocket "
       "connection: HTTP 404\"); the URL is in the argv and an info line",
       {"live_scores.py": f("""
            import asyncio
            import json
            import sys
            import time

            import websockets

            URL = sys.argv[1]


            def logfmt(**kw):
                print(' '.join(f'{k}={json.dumps(str(v))}' if ' ' in str(v) else f'{k}={v}' for k, v in kw.items()), flush=True)


            async def main():
                logfmt(ts=time.strftime('%H:%M:%S'), level='info', msg='connecting', url=URL)
                try:
                    async with websockets.connect(URL) as ws:
                        await ws.recv()
                except Exception as e:
                    logfmt(ts=time.strftime('%H:%M:%S'), level='error', msg='subscribe failed', err=str(e))
                    sys.exit(1)

            asyncio.run(main())
            """)},
       {"url": "ws://127.0.0.1:{{ws}}/v1/scores", "http_status": 404}, "websockets.exceptions.InvalidStatusCode",
       servers={"ws": ("http", 404, "not found\n")}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    sc("a_perm_node_pidfile_logfmt", "permission", "node api.js",
       "a node API logs logfmt lines; writing its pid file into a read-only run folder fails and the EACCES message is the "
       "err field (run without capabilities)",
       {"api.js": f("""
            const fs = require('fs');
            const logfmt = (o) => console.log(Object.entries(o).map(([k, v]) => `${k}=${/\\s/.test(String(v)) ? JSON.stringify(String(v)) : v}`).join(' '));
            logfmt({ level: 'info', ts: new Date().toISOString(), msg: 'api starting', pid: process.pid });
            try {
              fs.writeFileSync('run/api.pid', String(process.pid));
            } catch (err) {
              logfmt({ level: 'error', ts: new Date().toISOString(), msg: 'cannot write pid file', err: err.message });
              process.exit(1);
            }
            """)},
       {"path": "run/api.pid"}, "Error: EACCES", dirs=["run"], modes={"run": 0o555}, drop_caps=True),
    sc("a_mm_node_fatal_handler_ioredis", "missing_module", "node session-server.js",
       "a node server's uncaughtException handler prints one '[FATAL] <time> MODULE_NOT_FOUND: Cannot find module ...' line "
       "for a lazy require of ioredis after its start-up lines",
       {"session-server.js": f("""
            process.on('uncaughtException', (err) => {
              console.error(`[FATAL] ${new Date().toISOString()} ${err.code || err.name}: ${err.message.split('\\n')[0]}`);
              process.exit(1);
            });

            console.log('[INFO] session store: redis');
            function store() {
              const Redis = require('ioredis');
              return new Redis();
            }
            setTimeout(() => { store(); console.log('[INFO] ready'); }, 10);
            """)},
       {"module": "ioredis"}, "Error: Cannot find module"),
    sc("a_neg_node_optional_local_config", "negative", "node server.js",
       "a node server tries an optional ./config.local and prints the whole MODULE_NOT_FOUND error with console.warn, then "
       "starts with its defaults (exit 0)",
       {"server.js": f("""
            const cfg = { port: 3000 };
            try {
              Object.assign(cfg, require('./config.local'));
            } catch (e) {
              console.warn('no local config overrides:', e);
            }
            console.log(`server configured: port ${cfg.port}`);
            """)},
       {}, "", exit=0),
    sc("a_neg_make_ignored_rm", "negative", "make",
       "make clean's '-rm build/*.o' fails on a fresh checkout (No such file or directory, Error 1 (ignored)), then the build "
       "completes (exit 0)",
       {"Makefile": "all: clean build\n\nclean:\n\t-rm build/*.o\n\nbuild:\n\tmkdir -p build\n\techo built > build/app\n\t@echo \"build complete\"\n"},
       {}, "make", exit=0),
    sc("a_neg_java_optional_override_trace", "negative", "java -cp out app.Server",
       "a java server prints the stack trace of a missing optional override file (FileNotFoundException) and starts with its "
       "defaults (exit 0)",
       {"src/app/Server.java": f("""
            package app;

            import java.io.FileInputStream;
            import java.io.IOException;
            import java.util.Properties;

            public class Server {
                public static void main(String[] args) {
                    Properties p = new Properties();
                    p.setProperty("port", "8080");
                    try (FileInputStream in = new FileInputStream("conf/override.properties")) {
                        p.load(in);
                    } catch (IOException e) {
                        e.printStackTrace();
                        System.out.println("no overrides, using defaults");
                    }
                    System.out.println("server ready on " + p.getProperty("port"));
                }
            }
            """)},
       {}, "", setup=javac("src/app/Server.java"), exit=0),
    sc("a_neg_py_mirrors_gather_one_down", "negative", "python3 pick_mirror.py",
       "an asyncio probe of two mirrors logs the refused one at WARNING (ConnectionRefusedError repr with the address) and "
       "syncs from the other (exit 0)",
       {"pick_mirror.py": f("""
            import asyncio
            import logging

            logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s')
            MIRRORS = [('127.0.0.1', {{down}}), ('127.0.0.1', {{api}})]


            async def probe(host, port):
                reader, writer = await asyncio.open_connection(host, port)
                writer.close()
                await writer.wait_closed()
                return port


            async def main():
                results = await asyncio.gather(*(probe(h, p) for h, p in MIRRORS), return_exceptions=True)
                up = [r for r in results if not isinstance(r, BaseException)]
                for r in results:
                    if isinstance(r, BaseException):
                        logging.warning('mirror down: %r', r)
                if not up:
                    raise SystemExit('no mirror reachable')
                logging.info('%d of %d mirrors up, syncing from port %s', len(up), len(MIRRORS), up[0])

            asyncio.run(main())
            """)},
       {}, "", servers={"down": ("closed",), "api": ("http", 200, "ok\n")}, exit=0),
]
