"""A fifth fresh set (prefix p_): pasted errors. Each scenario runs a real program (python3, node CJS/ESM, npm, bash/
dash, java, javac, gcc, curl, wget, git, ssh, psql, sqlite3, perl, make, tar, jq, pip, WebSocket client libraries)
and stores only what a user pastes of its output: the last line, the last few lines, the error block from the last
error header, or the lines from one error line ("paste" in capture.py). The index marks them "pasted": no command,
no argv, no exit code goes to the diagnosis, as with `autoheal diagnose TEXT`. Details are labelled only where the
pasted text names them. Split: fresh5_train / fresh5_holdout by a fixed hash of the name (capture.py)."""
from textwrap import dedent

from scenarios.common import sc, WS_LINK, WS_REQ

PY = "/usr/bin/python3"
CLOSED = {"api": ("closed",)}
EXC = r"^Exception in thread"


def t(s):
    return dedent(s).lstrip("\n")


def P(name, cause, cmd, desc, files=None, detail=None, exc="", paste="last_line", **kw):
    return sc(name, cause, cmd, desc, files, detail, exc, paste=paste, **kw)


def M(name, cause, cmd, desc, files, detail, match, lines=1, exc="", **kw):
    """the `lines` lines from the last line matching `match`"""
    return P(name, cause, cmd, desc, files, detail, exc, paste="match", match=match, lines=lines, **kw)


def B(name, cause, cmd, desc, files, detail, start=None, exc="", **kw):
    """the error block from the last error header (or the last line matching `start`) to the end"""
    if start:
        kw["start"] = start
    return P(name, cause, cmd, desc, files, detail, exc, paste="error_block", **kw)


def L(name, cause, cmd, desc, files, detail, lines, exc="", **kw):
    return P(name, cause, cmd, desc, files, detail, exc, paste="last_lines", lines=lines, **kw)


def java(cls, body, imports=""):
    return {cls + ".java": imports + "public class %s {\n    public static void main(String[] a) throws Exception {\n%s\n    }\n}\n"
            % (cls, "\n".join("        " + ln for ln in t(body).splitlines()))}


SCENARIOS = [
    # ================= missing_module =================
    P("p_mm_py_ruamel_last", "missing_module", "python3 render.py",
      "a config renderer imports ruamel.yaml, which is not installed; the user pastes the last line",
      {"render.py": "import sys\nfrom ruamel.yaml import YAML\nprint(YAML().load(sys.stdin))\n"},
      {"module": "ruamel"}, "ModuleNotFoundError", tool="python3"),
    B("p_mm_py_protobuf_block", "missing_module", "python3 export.py",
      "an exporter imports google.protobuf; the traceback block is pasted",
      {"export.py": "import json\nfrom google.protobuf import json_format\nprint(json_format)\n"},
      {"module": "google"}, exc="ModuleNotFoundError", tool="python3"),
    P("p_mm_py_logged_plugin", "missing_module", "python3 billing.py",
      "a billing job catches ImportError of its payment plugin and logs it at ERROR level, exit 1",
      {"billing.py": t("""
          import logging, sys
          logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
          log = logging.getLogger('billing')
          try:
              import stripe
          except ImportError as e:
              log.error('payment plugin unavailable: %s', e)
              sys.exit(1)
          """)},
      {"module": "stripe"}, "ModuleNotFoundError", tool="python3"),
    M("p_mm_pytest_e_freezegun", "missing_module", "python3 -m pytest -q -p no:cacheprovider tests",
      "pytest collection fails: the test module imports freezegun; the user pastes the E line",
      {"tests/test_clock.py": "from freezegun import freeze_time\n\n\ndef test_now():\n    assert freeze_time\n"},
      {"module": "freezegun"}, r"^E\s+ModuleNotFoundError", requires=["py3:pytest"], tool="python3", ecosystem="python"),
    M("p_mm_pytest_error_summary", "missing_module", "python3 -m pytest -q -p no:cacheprovider tests",
      "pytest collection error; the user pastes the short summary ERROR line",
      {"tests/test_api.py": "import vcr\n\n\ndef test_get():\n    assert vcr\n"},
      {"module": "vcr"}, r"^ERROR tests", requires=["py3:pytest"], tool="python3", ecosystem="python"),
    P("p_mm_py_importlib_plugin", "missing_module", "python3 run.py",
      "a runner imports plugins.s3sync by name with importlib; the plugins package has no such module",
      {"run.py": "import importlib\nimportlib.import_module('plugins.s3sync').main()\n", "plugins/__init__.py": ""},
      {"module": "plugins.s3sync"}, "ModuleNotFoundError", tool="python3"),
    M("p_mm_node_cjs_two", "missing_module", "node report.js",
      "node CJS requires dayjs, not installed; the user pastes the error line and 'Require stack:'",
      {"report.js": "const dayjs = require('dayjs');\nconsole.log(dayjs().format());\n"},
      {"module": "dayjs"}, r"^Error: Cannot find module", 2),
    L("p_mm_node_cjs_tail", "missing_module", "node mailer.js",
      "node CJS requires nodemailer; the user pastes the last 5 lines (code MODULE_NOT_FOUND, requireStack, version)",
      {"mailer.js": "const nm = require('nodemailer');\nnm.createTransport({});\n"},
      {}, 5),
    M("p_mm_node_esm_pkg_line", "missing_module", "node cli.mjs",
      "node ESM imports chalk, not installed; the user pastes the Error [ERR_MODULE_NOT_FOUND] line",
      {"cli.mjs": "import chalk from 'chalk';\nconsole.log(chalk.green('ok'));\n"},
      {"module": "chalk"}, r"ERR_MODULE_NOT_FOUND\]"),
    B("p_mm_node_esm_block", "missing_module", "node id.mjs",
      "node ESM imports nanoid; the node:internal block is pasted",
      {"id.mjs": "import { nanoid } from 'nanoid';\nconsole.log(nanoid());\n"},
      {"module": "nanoid"}),
    B("p_mm_npm_build_block", "missing_module", "npm run build",
      "npm script runs node build.js, which requires esbuild; the user selects from the Error line to npm's tail",
      {"package.json": '{"name": "site", "version": "1.0.0", "scripts": {"build": "node build.js"}}\n',
       "build.js": "const esbuild = require('esbuild');\nesbuild.buildSync({});\n"},
      {"module": "esbuild"}, start=r"^Error: Cannot find module", tool="npm", ecosystem="node"),
    M("p_mm_node_scoped", "missing_module", "node upload.js",
      "node requires @aws-sdk/client-s3 (scoped package), not installed",
      {"upload.js": "const { S3Client } = require('@aws-sdk/client-s3');\nnew S3Client({});\n"},
      {"module": "@aws-sdk/client-s3"}, r"^Error: Cannot find module"),
    M("p_mm_java_cnfe_line", "missing_module", "java Db.java",
      "java single-file program loads the MySQL driver by name; the user pastes the exception line only",
      java("Db", 'Class.forName("com.mysql.cj.jdbc.Driver");\nSystem.out.println("driver ok");'),
      {"module": "com.mysql.cj.jdbc.Driver"}, EXC, exc="java.lang.ClassNotFoundException", tool="java"),
    M("p_mm_java_caused_by", "missing_module", "java Boot.java",
      "java wraps a ClassNotFoundException of the H2 driver; the user pastes the Caused by: line",
      java("Boot", 'try {\n    Class.forName("org.h2.Driver");\n} catch (ClassNotFoundException e) {\n    throw new IllegalStateException("database bootstrap failed", e);\n}'),
      {"module": "org.h2.Driver"}, r"^Caused by:", exc="java.lang.ClassNotFoundException", tool="java"),
    M("p_mm_java_ncdfe_frames", "missing_module", "java -cp out app.Main",
      "a class the app was compiled against is missing from the class path at run time; exception + 2 frames pasted",
      {"src/app/Main.java": "package app;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(lib.Json.quote(\"x\"));\n    }\n}\n",
       "src/lib/Json.java": "package lib;\n\npublic class Json {\n    public static String quote(String s) { return '\"' + s + '\"'; }\n}\n"},
      {"module": "lib.Json"}, EXC, 3, exc="java.lang.NoClassDefFoundError", tool="java",
      setup=["mkdir -p out && javac -d out src/app/Main.java src/lib/Json.java && rm out/lib/Json.class"]),
    L("p_mm_perl_two_lines", "missing_module", "perl -MText::CSV_XS -e 'print 1'",
      "perl one-liner needs Text::CSV_XS; the last two lines are pasted",
      {}, {"module": "Text::CSV_XS"}, 2),
    M("p_mm_perl_locate_line", "missing_module", "perl sync.pl",
      "perl script uses Net::OpenSSH (not installed); the user pastes the Can't locate line",
      {"sync.pl": "use strict;\nuse warnings;\nuse Net::OpenSSH;\nprint \"ok\\n\";\n"},
      {"module": "Net::OpenSSH"}, r"^Can't locate"),
    P("p_mm_py_log_json_driver", "missing_module", "python3 etl.py",
      "an ETL job logs JSON lines; the last one says the psycopg2 driver is missing",
      {"etl.py": t("""
          import json, sys
          try:
              import psycopg2
          except ImportError as e:
              print(json.dumps({"level": "error", "msg": "db driver missing", "error": str(e)}))
              sys.exit(2)
          """)},
      {"module": "psycopg2"}, tool="python3"),

    # ================= permission =================
    P("p_perm_py_log_open", "permission", "python3 app.py",
      "python opens logs/app.log for append in a read-only folder; last line pasted",
      {"app.py": "open('logs/app.log', 'a').write('start\\n')\n"}, {"path": "logs/app.log"}, "PermissionError",
      dirs=["logs"], modes={"logs": 0o555}, drop_caps=True, tool="python3"),
    B("p_perm_py_filehandler_block", "permission", "python3 worker.py",
      "logging.FileHandler on a read-only log file; the traceback block is pasted",
      {"worker.py": "import logging\nlogging.basicConfig(filename='var/worker.log', level=logging.INFO)\nlogging.info('up')\n",
       "var/worker.log": ""},
      {"path": "var/worker.log"}, exc="PermissionError", modes={"var/worker.log": 0o444}, drop_caps=True, tool="python3"),
    P("p_perm_py_makedirs", "permission", "python3 cache.py",
      "os.makedirs of a cache folder under a read-only out/",
      {"cache.py": "import os\nos.makedirs('out/cache/thumbs', exist_ok=True)\n"}, {"path": "out/cache"}, "PermissionError",
      dirs=["out"], modes={"out": 0o555}, drop_caps=True, tool="python3"),
    P("p_perm_py_subprocess_hook", "permission", "python3 release.py",
      "python runs a hook script that has no execute bit",
      {"release.py": "import subprocess\nsubprocess.run(['./hooks/post-release.sh'], check=True)\n",
       "hooks/post-release.sh": "#!/bin/sh\necho done\n"},
      {"path": "hooks/post-release.sh"}, "PermissionError", tool="python3"),
    M("p_perm_node_eacces_line", "permission", "node save.js",
      "node writes data/state.json in a read-only folder; the Error: EACCES line is pasted",
      {"save.js": "require('fs').writeFileSync('data/state.json', '{}');\n"}, {"path": "data/state.json"},
      r"^Error: EACCES", dirs=["data"], modes={"data": 0o555}, drop_caps=True),
    L("p_perm_node_tail", "permission", "node rotate.js",
      "node renames a log in a read-only folder; the last 7 lines (code, syscall, path, dest, version) are pasted",
      {"rotate.js": "require('fs').renameSync('logs/app.log', 'logs/app.log.1');\n", "logs/app.log": "x\n"},
      {"path": "logs/app.log"}, 7, dirs=["logs"], modes={"logs": 0o555}, drop_caps=True),
    M("p_perm_node_spawn", "permission", "node deploy.js",
      "node spawns bin/deploy.sh, which has no execute bit; the Error: spawn line is pasted",
      {"deploy.js": "const { spawn } = require('child_process');\nspawn('bin/deploy.sh', []);\n",
       "bin/deploy.sh": "#!/bin/sh\necho deploy\n"},
      {"path": "bin/deploy.sh"}, r"^Error: spawn"),
    P("p_perm_bash_script", "permission", "./deploy.sh",
      "a script without execute bit run directly; bash's line pasted",
      {"deploy.sh": "#!/bin/bash\necho deploy\n"}, {"path": "deploy.sh"}, tool="bash"),
    P("p_perm_dash_redirect", "permission", "echo 42 > ro/count.txt",
      "dash redirects into a read-only folder", {}, {"path": "ro/count.txt"}, dirs=["ro"], modes={"ro": 0o555},
      drop_caps=True, shell="dash", tool="dash"),
    M("p_perm_java_access_denied", "permission", "java Report.java",
      "java writes ro/report.csv in a read-only folder; the exception line is pasted",
      java("Report", 'java.nio.file.Files.writeString(java.nio.file.Path.of("ro/report.csv"), "a,b\\n");'),
      {"path": "ro/report.csv"}, EXC, exc="java.nio.file.AccessDeniedException", dirs=["ro"], modes={"ro": 0o555},
      drop_caps=True, tool="java"),
    M("p_perm_java_fos_frames", "permission", "java Audit.java",
      "java FileOutputStream on a read-only file: FileNotFoundException (Permission denied) + 2 frames pasted",
      dict(java("Audit", 'new java.io.FileOutputStream("audit/out.log", true).write(1);'), **{"audit/out.log": ""}),
      {"path": "audit/out.log"}, EXC, 3, exc="java.io.FileNotFoundException", modes={"audit/out.log": 0o444},
      drop_caps=True, tool="java"),
    L("p_perm_tar_extract", "permission", "tar -xf notes.tar -C ro",
      "tar extracts into a read-only folder; the last two lines are pasted",
      {"src/notes.txt": "n\n"}, {"path": "notes.txt"}, 2, setup=["tar -cf notes.tar -C src notes.txt"], dirs=["ro"],
      modes={"ro": 0o555}, drop_caps=True),
    P("p_perm_git_index_lock", "permission", "git add README.md",
      "git add in a repository whose .git folder is read-only",
      {"README.md": "hi\n"}, {"path": ".git/index.lock"}, setup=["git init -q . && chmod 555 .git"], drop_caps=True),
    L("p_perm_make_recipe", "permission", "make",
      "make runs ./gen.sh, which has no execute bit; the last two lines are pasted",
      {"Makefile": "all:\n\t./gen.sh\n", "gen.sh": "#!/bin/sh\necho gen\n"}, {"path": "gen.sh"}, 2),
    P("p_perm_sqlite3_readonly", "permission", "sqlite3 app.db \"insert into t values (2)\"",
      "sqlite3 shell writes a read-only database file; the last line is pasted (it names no file)",
      {}, {}, setup=["sqlite3 app.db 'create table t(x); insert into t values (1)' && chmod 444 app.db"], drop_caps=True),
    P("p_perm_py_sqlite_readonly", "permission", "python3 visits.py",
      "python sqlite3 writes a read-only database; the last line is pasted",
      {"visits.py": "import sqlite3\nc = sqlite3.connect('visits.db')\nc.execute('insert into v values (1)')\nc.commit()\n"},
      {}, "sqlite3.OperationalError", setup=["sqlite3 visits.db 'create table v(x)' && chmod 444 visits.db"],
      drop_caps=True, tool="python3"),

    # ================= syntax =================
    B("p_syn_py_block", "syntax", "python3 app.py",
      "a missing colon; the user pastes python's syntax error block", {"app.py": "import sys\n\ndef main()\n    print(sys.argv)\n"},
      {"file": "app.py", "line": 3}, start=r'^  File "', exc="SyntaxError", tool="python3"),
    P("p_syn_py_print_last", "syntax", "python3 legacy.py",
      "a Python 2 print statement; only the last line is pasted",
      {"legacy.py": "import os\nprint 'home is', os.environ['HOME']\n"}, {}, "SyntaxError", tool="python3"),
    P("p_syn_py_indent_last", "syntax", "python3 tasks.py",
      "an unexpected indent; only the last line is pasted",
      {"tasks.py": "x = 1\n    y = 2\n"}, {}, "IndentationError", tool="python3"),
    B("p_syn_py_imported_block", "syntax", "python3 main.py",
      "main imports a helper module with an unclosed bracket; the traceback block is pasted",
      {"main.py": "import helpers\nhelpers.run()\n", "helpers.py": "def run():\n    items = [1, 2,\n    print(items)\n\ndef other():\n    return 1\n"},
      {"file": "helpers.py"}, exc="SyntaxError", tool="python3"),
    B("p_syn_node_cjs_block", "syntax", "node sum.js",
      "node CJS file with an unbalanced brace; the block from the file:line header is pasted",
      {"sum.js": "const a = [1, 2];\nlet s = 0;\nfor (const x of a) { s += x;\nconsole.log(s;\n"},
      {"file": "sum.js", "line": 4}),
    M("p_syn_node_line_only", "syntax", "node util.js",
      "node CJS syntax error; only the SyntaxError line is pasted",
      {"util.js": "function f() {\n  return 1 +* 2;\n}\nf();\n"}, {}, r"^SyntaxError"),
    B("p_syn_node_esm_block", "syntax", "node server.mjs",
      "an ESM file with a stray token; the block from the file:// header is pasted",
      {"server.mjs": "import http from 'node:http';\nconst port = 8080\nhttp.createServer((q, r) => r.end('ok')).listen(port));\n"},
      {"file": "server.mjs", "line": 3}),
    L("p_syn_bash_paren", "syntax", "bash build.sh",
      "bash script with a stray ')'; the last two lines are pasted",
      {"build.sh": "#!/bin/bash\necho building\nmake all)\necho done\n"}, {"file": "build.sh", "line": 3}, 2),
    P("p_syn_dash_then", "syntax", "dash check.sh",
      "a dash script with 'if ... then' missing the semicolon; last line pasted",
      {"check.sh": "x=1\nif [ \"$x\" = 1 ] then\n  echo one\nfi\n"}, {"file": "check.sh"}, tool="dash"),
    M("p_syn_javac_line", "syntax", "javac Main.java",
      "javac on a missing semicolon; the error line is pasted",
      {"Main.java": "public class Main {\n    public static void main(String[] a) {\n        int x = 1\n        System.out.println(x);\n    }\n}\n"},
      {"file": "Main.java", "line": 3}, r": error:"),
    M("p_syn_gcc_line", "syntax", "gcc -c util.c",
      "gcc on a missing semicolon; the error line is pasted",
      {"util.c": "int add(int a, int b)\n{\n  int s = a + b\n  return s;\n}\n"}, {"file": "util.c", "line": 3}, r": error:"),
    M("p_syn_perl_line", "syntax", "perl -c report.pl",
      "perl -c on an unclosed brace/missing semicolon; the syntax error line is pasted",
      {"report.pl": "use strict;\nmy $x = 1\nmy $y = 2;\nprint $x + $y;\n"}, {"file": "report.pl", "line": 3}, r"^syntax error"),
    L("p_syn_jq_filter", "syntax", "jq '.items[] | select(.id == ' data.json",
      "jq with an unfinished filter; last three lines pasted",
      {"data.json": '{"items": [{"id": 1}]}\n'}, {}, 3),
    L("p_syn_sqlite3_shell", "syntax", "sqlite3 shop.db \"SELEC * FROM orders\"",
      "sqlite3 shell with a misspelled keyword; the parse error block (3 lines) is pasted",
      {}, {}, 3, setup=["sqlite3 shop.db 'create table orders(id)'"]),
    P("p_syn_make_separator", "syntax", "make",
      "a Makefile recipe indented with spaces", {"Makefile": "all:\n    echo hi\n"}, {"file": "Makefile", "line": 2}),
    M("p_syn_node_json_import_not", "syntax", "node --check api.js",
      "node --check on a function statement without a name; the SyntaxError line is pasted",
      {"api.js": "function (req, res) {\n  res.end('ok');\n}\n"}, {}, r"^SyntaxError"),

    # ================= connection =================
    P("p_conn_py_requests_last", "connection", PY + " health.py",
      "requests to a closed port; the long last line is pasted",
      {"health.py": "import requests\nrequests.get('http://127.0.0.1:{{api}}/health', timeout=3)\n"},
      {"host": "127.0.0.1", "port": "{{api}}"}, "requests.exceptions.ConnectionError", servers=CLOSED, requires=["py:requests"],
      tool="python3", ecosystem="python"),
    P("p_conn_py_urllib_last", "connection", "python3 ping.py",
      "urllib to a closed port; the last line names no address",
      {"ping.py": "import urllib.request\nurllib.request.urlopen('http://127.0.0.1:{{api}}/ping', timeout=3)\n"},
      {}, "urllib.error.URLError", servers=CLOSED, tool="python3"),
    P("p_conn_py_socket_last", "connection", "python3 probe.py",
      "a raw socket connect to a closed port; the last line pasted",
      {"probe.py": "import socket\nsocket.create_connection(('127.0.0.1', {{api}}), timeout=3)\n"},
      {}, "ConnectionRefusedError", servers=CLOSED, tool="python3"),
    P("p_conn_py_logged_broker", "connection", "python3 worker.py",
      "a worker logs that the broker is unreachable and exits 1",
      {"worker.py": t("""
          import logging, socket, sys
          logging.basicConfig(format='%(asctime)s %(levelname)s %(name)s: %(message)s')
          log = logging.getLogger('worker')
          try:
              socket.create_connection(('127.0.0.1', {{api}}), timeout=3)
          except OSError as e:
              log.error('cannot reach broker at 127.0.0.1:{{api}}: %s', e)
              sys.exit(1)
          """)},
      {"host": "127.0.0.1", "port": "{{api}}"}, servers=CLOSED, tool="python3"),
    P("p_conn_py_custom_localhost", "connection", "python3 client.py",
      "a client library re-raises the refusal as ConnectionError naming localhost:PORT",
      {"client.py": t("""
          import socket
          PORT = {{api}}
          try:
              socket.create_connection(('localhost', PORT), timeout=3)
          except OSError as e:
              raise ConnectionError(f'Cannot connect to localhost:{PORT}') from e
          """)},
      {"host": "localhost", "port": "{{api}}"}, "ConnectionError", servers=CLOSED, tool="python3"),
    P("p_conn_py_httpx_last", "connection", PY + " sync.py",
      "httpx to a closed port; the last line pasted",
      {"sync.py": "import httpx\nhttpx.get('http://127.0.0.1:{{api}}/v1/items')\n"}, {}, "httpx.ConnectError",
      servers=CLOSED, requires=["py:httpx"], tool="python3", ecosystem="python"),
    P("p_conn_py_aiohttp_last", "connection", PY + " fetch.py",
      "aiohttp to a closed port; the last line pasted",
      {"fetch.py": t("""
          import asyncio, aiohttp
          async def main():
              async with aiohttp.ClientSession() as s:
                  await s.get('http://127.0.0.1:{{api}}/status')
          asyncio.run(main())
          """)},
      {"host": "127.0.0.1", "port": "{{api}}"}, "aiohttp.client_exceptions.ClientConnectorError", servers=CLOSED,
      requires=["py:aiohttp"], tool="python3", ecosystem="python"),
    P("p_conn_py_read_timeout", "connection", PY + " report.py",
      "requests to a server that accepts and never answers; ReadTimeout last line pasted",
      {"report.py": "import requests\nrequests.get('http://127.0.0.1:{{api}}/report', timeout=1)\n"},
      {"host": "127.0.0.1", "port": "{{api}}"}, "requests.exceptions.ReadTimeout", servers={"api": ("silent",)},
      requires=["py:requests"], tool="python3", ecosystem="python"),
    M("p_conn_node_refused_line", "connection", "node poll.js",
      "node http.get to a closed port; the Error: connect line is pasted",
      {"poll.js": "require('http').get('http://127.0.0.1:{{api}}/jobs', (r) => r.resume());\n"},
      {"host": "127.0.0.1", "port": "{{api}}"}, r"^Error: connect", servers=CLOSED),
    L("p_conn_node_tail", "connection", "node push.js",
      "node http.request refused; the last 7 lines (errno..port, Node.js version) are pasted",
      {"push.js": "const r = require('http').request({host: '127.0.0.1', port: {{api}}, method: 'POST'});\nr.end('x');\n"},
      {"host": "127.0.0.1", "port": "{{api}}"}, 7, servers=CLOSED),
    B("p_conn_node_fetch_block", "connection", "node sync.mjs",
      "node fetch to a closed port: 'TypeError: fetch failed' with a [cause]; the block is pasted",
      {"sync.mjs": "const r = await fetch('http://127.0.0.1:{{api}}/api');\nconsole.log(r.status);\n"},
      {"host": "127.0.0.1", "port": "{{api}}"}, servers=CLOSED),
    M("p_conn_node_reset_line", "connection", "node upload.js",
      "node http to a server that resets the connection; the error line is pasted",
      {"upload.js": "require('http').get('http://127.0.0.1:{{api}}/', (r) => r.resume());\n"}, {}, r"^Error: ",
      servers={"api": ("reset",)}),
    P("p_conn_curl_refused", "connection", "curl -sS http://127.0.0.1:{{api}}/",
      "curl to a closed port", {}, {"host": "127.0.0.1", "port": "{{api}}"}, servers=CLOSED),
    P("p_conn_curl_empty", "connection", "curl -sS http://127.0.0.1:{{api}}/metrics",
      "curl to a server that closes without answering", {}, {}, servers={"api": ("empty",)}),
    P("p_conn_curl_timeout", "connection", "curl -sS --max-time 1 http://127.0.0.1:{{api}}/",
      "curl to a silent server with --max-time", {}, {}, servers={"api": ("silent",)}),
    P("p_conn_wget_refused", "connection", "wget --tries=1 http://127.0.0.1:{{api}}/a.tgz",
      "wget to a closed port; last line pasted", {}, {"host": "127.0.0.1", "port": "{{api}}"}, servers=CLOSED),
    P("p_conn_git_http", "connection", "git clone http://127.0.0.1:{{api}}/team/site.git",
      "git clone over HTTP from a closed port", {}, {"host": "127.0.0.1", "port": "{{api}}"}, servers=CLOSED),
    P("p_conn_ssh_refused", "connection",
      "ssh -o BatchMode=yes -o StrictHostKeyChecking=no -p {{api}} deploy@127.0.0.1 true",
      "ssh to a closed port", {}, {"host": "127.0.0.1", "port": "{{api}}"}, servers=CLOSED),
    L("p_conn_psql_refused", "connection", "psql -h 127.0.0.1 -p {{api}} -U app -c 'select 1' appdb",
      "psql to a closed port; both lines pasted", {}, {"host": "127.0.0.1", "port": "{{api}}"}, 2, servers=CLOSED),
    P("p_conn_perl_socket", "connection", "perl push.pl",
      "perl IO::Socket::INET dies with its own wording",
      {"push.pl": "use IO::Socket::INET;\nmy $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => {{api}}, Timeout => 3)\n  or die \"connect 127.0.0.1:{{api}}: $!\\n\";\n"},
      {"host": "127.0.0.1", "port": "{{api}}"}, servers=CLOSED),
    M("p_conn_java_socket_line", "connection", "java Ping.java",
      "java Socket to a closed port; the exception line is pasted",
      java("Ping", "new java.net.Socket(\"127.0.0.1\", {{api}}).close();"), {}, EXC, exc="java.net.ConnectException",
      servers=CLOSED, tool="java"),
    M("p_conn_java_httpclient_frames", "connection", "java Fetch.java",
      "java.net.http HttpClient to a closed port; the exception line and two frames pasted",
      java("Fetch", 'var c = java.net.http.HttpClient.newHttpClient();\nc.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:{{api}}/x")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());'),
      {}, EXC, 3, exc="java.net.ConnectException", servers=CLOSED, tool="java"),
    L("p_conn_bash_devtcp", "connection", "bash -c 'exec 3<>/dev/tcp/127.0.0.1/{{api}}'",
      "bash /dev/tcp to a closed port; both lines pasted", {}, {"host": "127.0.0.1", "port": "{{api}}"}, 2, servers=CLOSED),
    B("p_conn_pip_index_refused", "connection",
      "pip install --retries 1 --timeout 3 --index-url http://127.0.0.1:{{api}}/simple leftpad",
      "pip against a closed private index; the user selects from the first Retrying/connection warning to the end",
      {}, {}, start=r"WARNING: Retrying|NewConnectionError", first=True, servers=CLOSED, tool="pip"),
    L("p_conn_make_curl", "connection", "make fetch",
      "make runs curl against a closed port; the last two lines pasted",
      {"Makefile": "fetch:\n\tcurl -sS -o data.json http://127.0.0.1:{{api}}/export\n"},
      {"host": "127.0.0.1", "port": "{{api}}"}, 2, servers=CLOSED),
    B("p_conn_npm_registry", "connection", "npm install left-pad --registry http://127.0.0.1:{{api}}/",
      "npm install from a closed registry; npm's error tail is pasted",
      {"package.json": '{"name": "x", "version": "1.0.0"}\n'}, {"host": "127.0.0.1", "port": "{{api}}"},
      start=r"^npm (ERR!|error) ", first=True, servers=CLOSED, env={"npm_config_offline": "false", "npm_config_fetch_retries": "0"},
      timeout=90),
    P("p_conn_py_ws_refused", "connection", PY + " feed.py",
      "python websockets client to a closed port; the last line does not say WebSocket",
      {"feed.py": "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{api}}/feed') as ws:\n        print(await ws.recv())\n\nasyncio.run(main())\n"},
      {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED, requires=["py:websockets"],
      tool="python3", ecosystem="python"),
    M("p_conn_node_ws_refused", "connection", "node live.js",
      "node ws client to a closed port, no error handler; the Error: connect line is pasted",
      {"live.js": "const WebSocket = require('ws');\nnew WebSocket('ws://127.0.0.1:{{api}}/live');\n"},
      {"host": "127.0.0.1", "port": "{{api}}"}, r"^Error: connect", servers=CLOSED, setup=WS_LINK, requires=WS_REQ),

    # ================= file_not_found =================
    P("p_fnf_py_open_last", "file_not_found", "python3 load.py",
      "python opens a missing settings file", {"load.py": "open('config/settings.yaml').read()\n"},
      {"path": "config/settings.yaml"}, "FileNotFoundError", tool="python3"),
    P("p_fnf_py_logged", "file_not_found", "python3 svc.py",
      "a service logs that its ini file is missing and exits",
      {"svc.py": t("""
          import logging, sys
          logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
          try:
              open('config/app.ini')
          except OSError as e:
              logging.getLogger('svc').error('could not load config: %s', e)
              sys.exit(1)
          """)},
      {"path": "config/app.ini"}, tool="python3"),
    P("p_fnf_py_subprocess_prog", "file_not_found", "python3 plan.py",
      "python runs ansible-playbook, which is not installed",
      {"plan.py": "import subprocess\nsubprocess.run(['ansible-playbook', 'site.yml'])\n"}, {"path": "ansible-playbook"}, "FileNotFoundError", tool="python3"),
    M("p_fnf_pytest_e_fixture", "file_not_found", "python3 -m pytest -q -p no:cacheprovider tests",
      "a pytest test opens a missing data file; the E line is pasted",
      {"tests/test_csv.py": "def test_rows():\n    with open('tests/data/sample.csv') as f:\n        assert f.read()\n"},
      {"path": "tests/data/sample.csv"}, r"^E\s+FileNotFoundError", requires=["py3:pytest"], tool="python3", ecosystem="python"),
    P("p_fnf_py_cant_open", "file_not_found", "python3 scripts/migrate.py",
      "python3 is given a script path that does not exist", {}, {"path": "scripts/migrate.py"}, tool="python3"),
    M("p_fnf_node_enoent_line", "file_not_found", "node start.js",
      "node reads a missing config; the Error: ENOENT line is pasted",
      {"start.js": "require('fs').readFileSync('config/default.json', 'utf8');\n"}, {"path": "config/default.json"}, r"^Error: ENOENT"),
    L("p_fnf_node_tail", "file_not_found", "node copy.js",
      "node copyFileSync of a missing file; the last 7 lines pasted",
      {"copy.js": "require('fs').copyFileSync('assets/logo.png', 'dist/logo.png');\n"}, {"path": "assets/logo.png"}, 7),
    M("p_fnf_node_spawn", "file_not_found", "node thumb.js",
      "node spawns ffmpeg, which is not installed; the Error: spawn line is pasted",
      {"thumb.js": "require('child_process').spawn('ffmpeg', ['-i', 'a.mp4']);\n"}, {"path": "ffmpeg"}, r"^Error: spawn"),
    P("p_fnf_bash_cmd", "file_not_found", "bash rollout.sh",
      "a script calls helm, which is not installed", {"rollout.sh": "set -e\necho rolling out\nhelm upgrade --install web chart/\n"},
      {"path": "helm"}, tool="bash"),
    P("p_fnf_bash_script", "file_not_found", "bash run-nightly.sh", "bash is given a script that does not exist", {},
      {"path": "run-nightly.sh"}),
    P("p_fnf_dash_cd", "file_not_found", "sh publish.sh", "a sh script cd's into a missing build folder",
      {"publish.sh": "set -e\ncd build/site\nls\n"}, {"path": "build/site"}, tool="sh"),
    M("p_fnf_java_nosuchfile", "file_not_found", "java Conf.java",
      "java reads a missing properties file; the exception line is pasted",
      java("Conf", 'System.out.println(java.nio.file.Files.readString(java.nio.file.Path.of("conf/app.properties")));'),
      {"path": "conf/app.properties"}, EXC, exc="java.nio.file.NoSuchFileException", tool="java"),
    M("p_fnf_java_caused_by", "file_not_found", "java Import.java",
      "java wraps a FileNotFoundException; the Caused by: line is pasted",
      java("Import", 'try {\n    new java.io.FileInputStream("data/input.csv").close();\n} catch (java.io.IOException e) {\n    throw new RuntimeException("import failed", e);\n}'),
      {"path": "data/input.csv"}, r"^Caused by:", exc="java.io.FileNotFoundException", tool="java"),
    M("p_fnf_gcc_header", "file_not_found", "gcc -c main.c", "a local header is missing; the fatal error line is pasted",
      {"main.c": "#include <stdio.h>\n#include \"proto.h\"\nint main(void) { return 0; }\n"}, {"path": "proto.h"}, r"fatal error"),
    L("p_fnf_gcc_input", "file_not_found", "gcc -o app missing.c", "gcc given a missing source; two last lines pasted",
      {}, {"path": "missing.c"}, 2),
    L("p_fnf_tar_archive", "file_not_found", "tar -xzf backups/site.tar.gz", "tar of a missing archive; last 4 lines",
      {}, {"path": "backups/site.tar.gz"}, 4),
    P("p_fnf_make_no_rule", "file_not_found", "make app", "a prerequisite source file is missing",
      {"Makefile": "app: src/main.c src/gen.c\n\tcc -o app $^\n", "src/main.c": "int main(void){return 0;}\n"},
      {"path": "src/gen.c"}),
    P("p_fnf_jq_file", "file_not_found", "jq . reports/today.json", "jq on a missing file", {}, {"path": "reports/today.json"}),
    P("p_fnf_perl_open", "file_not_found", "perl count.pl", "perl open or die on a missing file",
      {"count.pl": "open(my $fh, '<', 'data/in.txt') or die \"Cannot open data/in.txt: $!\";\nprint scalar(<$fh>);\n"},
      {"path": "data/in.txt"}),
    P("p_fnf_git_pathspec", "file_not_found", "git add docs/guide.md", "git add of a file that does not exist",
      {"README.md": "x\n"}, {"path": "docs/guide.md"}, setup=["git init -q ."]),
    P("p_fnf_sqlite3_dir", "file_not_found", "sqlite3 data/db/app.sqlite 'select 1'",
      "sqlite3 opens a database in a missing folder", {}, {"path": "data/db/app.sqlite"}),
    P("p_fnf_pip_requirements", "file_not_found", "pip install -r requirements-dev.txt",
      "pip given a requirements file that does not exist", {}, {"path": "requirements-dev.txt"}),
    P("p_fnf_java_jarfile", "file_not_found", "java -jar build/libs/app.jar", "java -jar of a jar not built yet", {},
      {"path": "build/libs/app.jar"}),

    # ================= json_format =================
    P("p_json_py_last", "json_format", "python3 read.py",
      "json.load of a file missing a comma; the last line is pasted (it names no file)",
      {"read.py": "import json\njson.load(open('cfg.json'))\n", "cfg.json": '{\n  "a": 1\n  "b": 2\n}\n'},
      {"line": 3, "column": 3}, "json.decoder.JSONDecodeError", tool="python3"),
    B("p_json_py_block_named", "json_format", "python3 app.py",
      "json.load(open('conf/app.json')) on a trailing comma; the traceback block (whose source line names the file) is pasted",
      {"app.py": "import json\n\nsettings = json.load(open('conf/app.json'))\n", "conf/app.json": '{"name": "x",}\n'},
      {"json_file": "conf/app.json", "line": 1, "column": 14}, exc="json.decoder.JSONDecodeError", tool="python3"),
    P("p_json_py_logged_empty", "json_format", "python3 sync.py",
      "a sync job logs that its state file does not parse (it is empty)",
      {"sync.py": t("""
          import json, logging, sys
          logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
          path = 'state/last.json'
          try:
              json.load(open(path))
          except ValueError as e:
              logging.getLogger('sync').error('bad state file %s: %s', path, e)
              sys.exit(1)
          """), "state/last.json": ""},
      {"json_file": "state/last.json", "line": 1, "column": 1}, tool="python3"),
    P("p_json_py_tool", "json_format", "python3 -m json.tool payload.json",
      "python -m json.tool on a file missing a comma", {"payload.json": '{\n  "a": 1\n  "b": 2\n}\n'},
      {"line": 3, "column": 3}, tool="python3"),
    M("p_json_pytest_e", "json_format", "python3 -m pytest -q -p no:cacheprovider tests",
      "a pytest fixture file uses single quotes; the E line is pasted",
      {"tests/test_fixture.py": "import json\n\n\ndef test_load():\n    assert json.load(open('tests/fixture.json'))\n",
       "tests/fixture.json": "{\n  'a': 1\n}\n"},
      {"line": 2, "column": 3}, r"^E\s+json\.decoder", requires=["py3:pytest"], tool="python3", ecosystem="python"),
    M("p_json_node_parse_line", "json_format", "node flags.js",
      "JSON.parse of a file with a trailing comma; only the SyntaxError line is pasted",
      {"flags.js": "const fs = require('fs');\nJSON.parse(fs.readFileSync('flags.json', 'utf8'));\n", "flags.json": '{"beta": true,}\n'},
      {}, r"^SyntaxError"),
    B("p_json_node_block_named", "json_format", "node load.js",
      "JSON.parse(readFileSync('config/app.json')) on single quotes; the block from the SyntaxError line to the end is pasted",
      {"load.js": "const fs = require('fs');\nconst cfg = JSON.parse(fs.readFileSync('config/app.json', 'utf8'));\nconsole.log(cfg);\n",
       "config/app.json": "{'port': 8080}\n"},
      {"json_file": "config/app.json"}, start=r"^SyntaxError"),
    M("p_json_node_require_json", "json_format", "node main.js",
      "require('./data.json') of a broken file; the SyntaxError line (naming the file) is pasted",
      {"main.js": "const d = require('./data.json');\nconsole.log(d);\n", "data.json": '{\n  "items": [1, 2,]\n}\n'},
      {"json_file": "data.json"}, r"^SyntaxError"),
    P("p_json_jq_last", "json_format", "jq .b values.json", "jq on a file missing a comma; last line",
      {"values.json": '{\n  "a": 1\n  "b": 2\n}\n'}, {"line": 3}),
    P("p_json_perl_jsonpp", "json_format", "perl conf.pl", "perl JSON::PP decode_json on a file missing a comma",
      {"conf.pl": "use JSON::PP;\nlocal $/;\nopen my $f, '<', 'conf.json' or die;\nmy $c = decode_json(<$f>);\nprint $c->{a};\n",
       "conf.json": '{"a": 1 "b": 2}\n'}, {}),
    B("p_json_npm_package", "json_format", "npm run start",
      "npm with a package.json missing a comma; npm's error tail is pasted",
      {"package.json": '{\n  "name": "x"\n  "version": "1.0.0"\n}\n'}, {"json_file": "package.json"},
      start=r"^npm (ERR!|error) ", first=True),

    # ================= import_error =================
    P("p_imp_py_collections_last", "import_error", "python3 legacy_cfg.py",
      "an old import from collections on Python 3.11; last line pasted",
      {"legacy_cfg.py": "from collections import Mapping\nprint(Mapping)\n"},
      {"name": "Mapping", "from_module": "collections"}, "ImportError", tool="python3"),
    P("p_imp_py_circular_last", "import_error", "python3 -c 'import shop.models'",
      "two modules import each other; the partially initialized module line is pasted",
      {"shop/__init__.py": "", "shop/models.py": "from shop.pricing import price\nclass Item: pass\n",
       "shop/pricing.py": "from shop.models import Item\ndef price(i): return 1\n"},
      {"name": "Item", "from_module": "shop.models"}, "ImportError", tool="python3"),
    P("p_imp_py_relative_last", "import_error", "python3 pkg/cli.py",
      "a package module run as a script uses a relative import",
      {"pkg/__init__.py": "", "pkg/cli.py": "from .core import run\nrun()\n", "pkg/core.py": "def run(): pass\n"},
      {}, "ImportError", tool="python3"),
    P("p_imp_py_local_name", "import_error", "python3 publish.py",
      "publish.py imports slugify from the local utils.py, which has no such function",
      {"publish.py": "from utils import slugify\nprint(slugify('A b'))\n", "utils.py": "def title(s):\n    return s.title()\n"},
      {"name": "slugify", "from_module": "utils"}, "ImportError", tool="python3"),
    M("p_imp_pytest_e", "import_error", "python3 -m pytest -q -p no:cacheprovider tests",
      "a test imports a function the app module does not define; the E line is pasted",
      {"app/__init__.py": "", "app/dates.py": "def today(): return 0\n",
       "tests/test_dates.py": "from app.dates import parse_date\n\n\ndef test_p():\n    assert parse_date\n"},
      {"name": "parse_date", "from_module": "app.dates"}, r"^E\s+ImportError", requires=["py3:pytest"], tool="python3",
      ecosystem="python", env={"PYTHONPATH": "."}),
    B("p_imp_py_asyncio_block", "import_error", "python3 old_async.py",
      "asyncio.coroutine was removed in 3.11; the traceback block is pasted",
      {"old_async.py": "from asyncio import coroutine\n\n@coroutine\ndef f():\n    yield\n"},
      {"name": "coroutine", "from_module": "asyncio"}, exc="ImportError", tool="python3"),
    M("p_imp_node_esm_export_line", "import_error", "node main.mjs",
      "ESM imports a name its sibling module does not export; only the SyntaxError line is pasted",
      {"main.mjs": "import { slug } from './lib.mjs';\nconsole.log(slug('A'));\n", "lib.mjs": "export const title = (s) => s;\n"},
      {"name": "slug", "from_module": "./lib.mjs"}, r"^SyntaxError"),
    B("p_imp_node_esm_block", "import_error", "node app.mjs",
      "ESM imports a missing export; the block from the file:// header is pasted",
      {"app.mjs": "import { connect } from './db.mjs';\nconnect();\n", "db.mjs": "export function open() {}\n"},
      {"name": "connect", "from_module": "./db.mjs", "file": "app.mjs"}),
    M("p_imp_node_cjs_named", "import_error", "node index.mjs",
      "an ESM file takes a named import from a CommonJS module whose exports node cannot detect",
      {"index.mjs": "import { render } from './legacy.cjs';\nrender();\n",
       "legacy.cjs": "function build() { return { render() {} }; }\nmodule.exports = build();\n"},
      {"name": "render", "from_module": "./legacy.cjs"}, r"^SyntaxError"),
    L("p_imp_perl_exporter", "import_error", "perl tally.pl",
      "perl imports a name List::Util does not export; last two lines",
      {"tally.pl": "use strict;\nuse List::Util qw(sum0 summarize);\nprint sum0(1, 2);\n"},
      {"name": "summarize", "from_module": "List::Util"}, 3),

    # ================= websocket =================
    P("p_ws_py_websockets_403", "websocket", PY + " sub.py",
      "python websockets: the server answers the upgrade with HTTP 403; last line pasted",
      {"sub.py": "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/sub') as ws:\n        await ws.recv()\n\nasyncio.run(main())\n"},
      {"http_status": 403}, servers={"ws": ("http", 403, "forbidden\n")}, requires=["py:websockets"], tool="python3",
      ecosystem="python"),
    P("p_ws_py_websockets_1011", "websocket", PY + " stream.py",
      "python websockets: the server closes with 1011; last line pasted",
      {"stream.py": "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/s') as ws:\n        await ws.recv()\n\nasyncio.run(main())\n"},
      {"close_code": 1011}, servers={"ws": ("ws", "close", 1011, "overloaded")}, requires=["py:websockets"],
      tool="python3", ecosystem="python"),
    P("p_ws_py_wsclient_404", "websocket", PY + " notify.py",
      "websocket-client handshake answered 404; last line pasted",
      {"notify.py": "import websocket\nwebsocket.create_connection('ws://127.0.0.1:{{ws}}/notify', timeout=3)\n"},
      {"http_status": 404}, servers={"ws": ("http", 404, "no such endpoint\n")}, requires=["py:websocket"],
      tool="python3", ecosystem="python"),
    P("p_ws_py_wsclient_lost", "websocket", PY + " tail.py",
      "websocket-client recv after the server dropped the connection; last line pasted",
      {"tail.py": "import websocket\nws = websocket.create_connection('ws://127.0.0.1:{{ws}}/t', timeout=3)\nprint(ws.recv())\nprint(ws.recv())\n"},
      {}, servers={"ws": ("ws", "close", 0, "")}, requires=["py:websocket"], tool="python3", ecosystem="python"),
    P("p_ws_py_aiohttp_handshake", "websocket", PY + " ticker.py",
      "aiohttp ws_connect to a plain HTTP endpoint; the WSServerHandshakeError line is pasted",
      {"ticker.py": t("""
          import asyncio, aiohttp
          async def main():
              async with aiohttp.ClientSession() as s:
                  async with s.ws_connect('ws://127.0.0.1:{{ws}}/ticker') as ws:
                      await ws.receive()
          asyncio.run(main())
          """)},
      {"url": "ws://127.0.0.1:{{ws}}/ticker"}, servers={"ws": ("http", 200, "hello\n")}, requires=["py:aiohttp"],
      tool="python3", ecosystem="python"),
    M("p_ws_node_ws_502", "websocket", "node watch.js",
      "node ws: the upgrade is answered 502; the Error: line is pasted",
      {"watch.js": "const WebSocket = require('ws');\nnew WebSocket('ws://127.0.0.1:{{ws}}/watch');\n"},
      {"http_status": 502}, r"^Error: ", servers={"ws": ("http", 502, "bad gateway\n")}, setup=WS_LINK, requires=WS_REQ),
    P("p_ws_node_ws_close_logged", "websocket", "node chat.js",
      "node ws client logs the close code and reason, then exits 1",
      {"chat.js": t("""
          const WebSocket = require('ws');
          const ws = new WebSocket('ws://127.0.0.1:{{ws}}/chat');
          ws.on('close', (code, reason) => {
            console.error(`chat: websocket closed by server (code ${code}, reason "${reason}")`);
            process.exit(1);
          });
          """)},
      {"close_code": 1008}, servers={"ws": ("ws", "close", 1008, "token expired")}, setup=WS_LINK, requires=WS_REQ),
    P("p_ws_py_logged_1013", "websocket", PY + " prices.py",
      "python websockets client logs the close and gives up",
      {"prices.py": t("""
          import asyncio, logging, sys, websockets
          logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
          log = logging.getLogger('prices')
          async def main():
              try:
                  async with websockets.connect('ws://127.0.0.1:{{ws}}/p') as ws:
                      await ws.recv()
              except websockets.ConnectionClosed as e:
                  log.error('price stream closed: code=%s reason=%s, giving up', e.rcvd.code, e.rcvd.reason)
                  sys.exit(1)
          asyncio.run(main())
          """)},
      {"close_code": 1013}, servers={"ws": ("ws", "close", 1013, "try again later")}, requires=["py:websockets"],
      tool="python3", ecosystem="python"),
    P("p_ws_py_websockets_bad_accept", "websocket", PY + " events.py",
      "python websockets: the server's accept key is wrong; last line pasted",
      {"events.py": "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/e') as ws:\n        await ws.recv()\n\nasyncio.run(main())\n"},
      {}, servers={"ws": ("ws", "bad_accept", 0, "")}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    M("p_ws_java_handshake", "websocket", "java Ws.java",
      "java.net.http WebSocket answered 403; the exception line pasted",
      java("Ws", 'java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()\n    .buildAsync(java.net.URI.create("ws://127.0.0.1:{{ws}}/ws"), new java.net.http.WebSocket.Listener() {}).join();'),
      {}, EXC, servers={"ws": ("http", 403, "no\n")}, tool="java"),

    # ================= negative =================
    P("p_neg_py_assert", "negative", "python3 check.py", "a logic assertion",
      {"check.py": "items = [1, 2]\nassert len(items) == 3, f'expected 3 items, got {len(items)}'\n"}, {}, "AssertionError", tool="python3"),
    M("p_neg_pytest_failed_line", "negative", "python3 -m pytest -q -p no:cacheprovider tests",
      "a pytest logic failure; the FAILED summary line is pasted",
      {"tests/test_calc.py": "def add(a, b):\n    return a + b + 1\n\n\ndef test_add():\n    assert add(2, 2) == 4\n"},
      {}, r"^FAILED", requires=["py3:pytest"], tool="python3", ecosystem="python"),
    M("p_neg_pytest_e_assert", "negative", "python3 -m pytest -q -p no:cacheprovider tests",
      "a pytest string comparison fails; the first E lines are pasted",
      {"tests/test_status.py": "def status():\n    return 'ok'\n\n\ndef test_status():\n    assert status() == 'OK'\n"},
      {}, r"^E\s+AssertionError|^E\s+assert", 2, requires=["py3:pytest"], tool="python3", ecosystem="python"),
    P("p_neg_py_keyerror", "negative", "python3 order.py", "a missing key in valid data",
      {"order.py": "order = {'id': 7}\nprint(order['user_id'])\n"}, {}, "KeyError", tool="python3"),
    P("p_neg_py_business", "negative", "python3 invoice.py", "a business rule rejects a value",
      {"invoice.py": "total = -5\nif total <= 0:\n    raise ValueError(f'invoice total must be positive, got {total}')\n"}, {}, "ValueError", tool="python3"),
    P("p_neg_py_http_500", "negative", PY + " orders.py", "requests raise_for_status on a live server's 500",
      {"orders.py": "import requests\nr = requests.get('http://127.0.0.1:{{api}}/api/orders', timeout=3)\nr.raise_for_status()\n"},
      {}, servers={"api": ("http", 500, "boom\n")}, requires=["py:requests"], tool="python3", ecosystem="python"),
    P("p_neg_py_addr_in_use", "negative", "python3 serve.py", "binding a port another server holds",
      {"serve.py": "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', {{api}}))\n"}, {}, "OSError",
      servers={"api": ("http", 200, "ok\n")}, tool="python3"),
    P("p_neg_py_memory", "negative", "ulimit -v 400000; python3 big.py", "an allocation beyond a memory limit",
      {"big.py": "x = bytearray(2 * 1024 ** 3)\n"}, {}, "MemoryError", tool="python3", ecosystem="python"),
    P("p_neg_py_recursion", "negative", "python3 walk.py", "unbounded recursion",
      {"walk.py": "def walk(n):\n    return walk(n + 1)\nwalk(0)\n"}, {}, "RecursionError", tool="python3"),
    M("p_neg_py_deprecation", "negative", "python3 -W default client.py", "a DeprecationWarning with exit 0",
      {"client.py": "import warnings\nwarnings.warn('connect_timeout is deprecated; use timeout', DeprecationWarning)\nprint('ok')\n"},
      {}, r"DeprecationWarning", exit=0, tool="python3"),
    L("p_neg_py_retry_ok", "negative", "python3 connect.py", "refused twice on a fallback port, then connected; last 3 lines",
      {"connect.py": t("""
          import logging, socket
          logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s', level=logging.INFO)
          log = logging.getLogger('client')
          for port in ({{down}}, {{down}}, {{up}}):
              try:
                  socket.create_connection(('127.0.0.1', port), timeout=3).close()
                  log.info('connected to 127.0.0.1:%s', port)
                  break
              except OSError as e:
                  log.warning('127.0.0.1:%s: %s, retrying', port, e)
          """)},
      {}, 3, servers={"down": ("closed",), "up": ("http", 200, "ok\n")}, exit=0, tool="python3"),
    M("p_neg_node_addr_in_use", "negative", "node api.js", "node listen on a port in use",
      {"api.js": "require('http').createServer(() => {}).listen({{api}}, '127.0.0.1');\n"}, {}, r"^Error: listen",
      servers={"api": ("http", 200, "ok\n")}),
    B("p_neg_node_assert", "negative", "node verify.js", "node assert.strictEqual fails; the AssertionError block is pasted",
      {"verify.js": "const assert = require('assert');\nassert.strictEqual(1 + 1, 3);\n"}, {}, start=r"^AssertionError"),
    M("p_neg_node_oom", "negative", "node --max-old-space-size=16 grow.js", "node runs out of heap",
      {"grow.js": "const a = [];\nfor (;;) a.push(new Array(1e5).fill('x'));\n"}, {}, r"FATAL ERROR", timeout=60),
    M("p_neg_node_http_404", "negative", "node users.mjs", "a node client throws on a live server's 404",
      {"users.mjs": "const r = await fetch('http://127.0.0.1:{{api}}/v1/users');\nif (!r.ok) throw new Error(`GET /v1/users failed: ${r.status} ${r.statusText}`);\n"},
      {}, r"^Error: GET", servers={"api": ("http", 404, "nope\n")}),
    M("p_neg_node_typeerror", "negative", "node profile.js", "reading a property of undefined",
      {"profile.js": "const users = {};\nconsole.log(users.alice.id);\n"}, {}, r"^TypeError"),
    P("p_neg_npm_test_tail", "negative", "npm test", "npm test with a failing logic test; the last two lines are pasted",
      {"package.json": '{"name": "calc", "version": "1.0.0", "scripts": {"test": "node test.js"}}\n',
       "test.js": "if (2 + 2 !== 5) { console.error('add: expected 5, got 4'); console.error('1 of 3 tests failed'); process.exit(1); }\n"},
      {}, "", paste="last_lines", lines=2, tool="npm", ecosystem="node"),
    M("p_neg_java_illegal_state", "negative", "java Ship.java", "a business exception in java",
      java("Ship", 'throw new IllegalStateException("order 42 already shipped");'), {}, EXC, tool="java"),
    M("p_neg_java_npe_frames", "negative", "java Names.java", "a NullPointerException + 2 frames",
      java("Names", 'String s = System.getenv("NO_SUCH_VAR_X");\nSystem.out.println(s.length());'), {}, EXC, 3, tool="java"),
    M("p_neg_java_number_format", "negative", "java Qty.java", "a NumberFormatException",
      java("Qty", 'System.out.println(Integer.parseInt("12a"));'), {}, EXC, tool="java"),
    P("p_neg_curl_404", "negative", "curl -fsS http://127.0.0.1:{{api}}/releases/latest", "curl -f on a live 404", {}, {},
      servers={"api": ("http", 404, "nope\n")}),
    P("p_neg_curl_503", "negative", "curl -fsS http://127.0.0.1:{{api}}/health", "curl -f on a live 503", {}, {},
      servers={"api": ("http", 503, "maintenance\n")}),
    P("p_neg_wget_500", "negative", "wget --tries=1 http://127.0.0.1:{{api}}/export.csv", "wget on a live 500", {}, {},
      servers={"api": ("http", 500, "boom\n")}),
    P("p_neg_git_nothing", "negative", "git commit -m wip", "git commit with nothing to commit",
      {"a.txt": "a\n"}, {}, setup=["git init -q . && git add a.txt && git commit -qm init"]),
    P("p_neg_git_merge_conflict", "negative", "git merge feature", "a merge conflict",
      {"a.txt": "base\n"}, {},
      setup=["git init -q -b main . && git add a.txt && git commit -qm base && git checkout -qb feature && echo feat > a.txt"
             " && git commit -qam feat && git checkout -q main && echo main > a.txt && git commit -qam main"]),
    L("p_neg_make_test_fail", "negative", "make test", "make test with a failing test script; last two lines",
      {"Makefile": "test:\n\t./run-tests.sh\n", "run-tests.sh": "#!/bin/sh\necho '2 passed, 1 failed'\nexit 1\n"}, {}, 2,
      setup=["chmod +x run-tests.sh"]),
    P("p_neg_sqlite_unique", "negative", "sqlite3 users.db \"insert into u values ('a@x.io')\"",
      "a unique constraint", {}, {}, setup=["sqlite3 users.db \"create table u(email unique); insert into u values ('a@x.io')\""]),
    P("p_neg_py_ws_normal_close", "negative", PY + " once.py", "websockets: the server closes normally (1000)",
      {"once.py": "import asyncio, websockets\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/o') as ws:\n        await ws.recv()\n\nasyncio.run(main())\n"},
      {}, servers={"ws": ("ws", "close", 1000, "bye")}, requires=["py:websockets"], tool="python3", ecosystem="python"),
    P("p_neg_py_subprocess_timeout", "negative", "python3 job.py", "a child exceeds its timeout",
      {"job.py": "import subprocess\nsubprocess.run(['sleep', '5'], timeout=0.5)\n"}, {}, "subprocess.TimeoutExpired", tool="python3"),
    P("p_neg_perl_die_business", "negative", "perl deploy.pl", "a perl script refuses to deploy by policy",
      {"deploy.pl": "my $day = 'Friday';\ndie \"refusing to deploy on a $day\\n\" if $day eq 'Friday';\n"}, {}),
    P("p_neg_jq_iterate_null", "negative", "jq '.items[]' data.json", "jq iterates a null field of valid JSON",
      {"data.json": '{"items": null}\n'}, {}),
    P("p_neg_tar_leading_slash", "negative", "tar -cf etc.tar /etc/hostname", "tar's notice with exit 0", {}, {}, exit=0),
    M("p_neg_gcc_warning", "negative", "gcc -Wall -c util.c", "a gcc warning with exit 0",
      {"util.c": "int f(void)\n{\n  int unused;\n  return 1;\n}\n"}, {}, r"warning:", exit=0),

    # ---- proofs of the kinds fixed from fresh5_train misses (written after the rules, names hash to fresh5_train)
    M("p_conn_java_caused_refused_2", "connection", "java Sync.java",
      "java wraps a refused socket in an UncheckedIOException; the Caused by: line is pasted",
      java("Sync", 'try {\n    new java.net.Socket("127.0.0.1", {{api}}).close();\n} catch (java.io.IOException e) {\n    throw new java.io.UncheckedIOException("sync target unreachable", e);\n}'),
      {}, r"^Caused by:", exc="java.net.ConnectException", servers=CLOSED, tool="java"),
    M("p_fnf_java_caused_nosuchfile_x", "file_not_found", "java Users.java",
      "java wraps a NoSuchFileException; the Caused by: line and two frames are pasted",
      java("Users", 'try {\n    java.nio.file.Files.readAllLines(java.nio.file.Path.of("data/users.csv"));\n} catch (java.io.IOException e) {\n    throw new IllegalStateException("cannot load users", e);\n}'),
      {"path": "data/users.csv"}, r"^Caused by:", 3, exc="java.nio.file.NoSuchFileException", tool="java"),
    L("p_fnf_node_spawn_tail_2", "file_not_found", "node backup.js",
      "node spawns rsync, which is not installed, with no error handler; the last 8 lines of the crash are pasted",
      {"backup.js": "require('child_process').spawn('rsync', ['-a', 'src/', 'dst/']);\n"}, {"path": "rsync"}, 8),
    L("p_perm_node_tail_mkdir_b", "permission", "node cache.js",
      "node mkdirSync under a read-only folder; the last 7 lines of the crash are pasted",
      {"cache.js": "require('fs').mkdirSync('ro/cache');\n"}, {"path": "ro/cache"}, 7, dirs=["ro"], modes={"ro": 0o555},
      drop_caps=True),
    L("p_neg_node_tail_addrinuse", "negative", "node listen.js",
      "node listens on a port another server holds; the last 8 lines of the crash (code EADDRINUSE) are pasted",
      {"listen.js": "require('net').createServer().listen({{api}}, '127.0.0.1');\n"}, {}, 8,
      servers={"api": ("http", 200, "ok\n")}),
    P("p_fnf_git_add_space_pathspec", "file_not_found", "git add -- 'assets/logo v2.png'",
      "git add of a file (a name with a space) that is not there", {"README.md": "x\n"}, {"path": "assets/logo v2.png"},
      setup=["git init -q . && git add README.md && git commit -qm init"]),
    P("p_fnf_git_rm_pathspec", "file_not_found", "git rm notes.txt", "git rm of a file that is not there",
      {"README.md": "x\n"}, {"path": "notes.txt"}, setup=["git init -q . && git add README.md && git commit -qm init"]),
    L("p_syn_jq_filter_brace_2", "syntax", "jq '{name: .name' users.json",
      "jq with an unclosed object construction; the last three lines are pasted", {"users.json": '{"name": "a"}\n'}, {}, 3),
    L("p_syn_jq_filter_pipe", "syntax", "jq '.[] | | .id' items.json",
      "jq with an empty pipe stage; the last three lines are pasted", {"items.json": '[{"id": 1}]\n'}, {}, 3),
    P("p_perm_sqlite3_script_readonly", "permission", "sqlite3 app.db < add.sql",
      "a SQL script fed to the sqlite3 shell writes a read-only database; the last line is pasted",
      {"add.sql": "select count(*) from t;\ninsert into t values (2);\n"}, {},
      setup=["sqlite3 app.db 'create table t(x)' && chmod 444 app.db"], drop_caps=True),
    M("p_json_node_esm_import_json", "json_format", "node main.mjs",
      "an ESM import of a JSON module with a trailing comma; the SyntaxError line is pasted",
      {"main.mjs": "import cfg from './cfg.json' with { type: 'json' };\nconsole.log(cfg);\n", "cfg.json": '{"a": 1,}\n'},
      {"json_file": "cfg.json"}, r"^SyntaxError"),
    M("p_json_node_require_quotes", "json_format", "node app.js",
      "require() of a JSON settings file written with single quotes; the SyntaxError line is pasted",
      {"app.js": "const s = require('./conf/settings.json');\nconsole.log(s);\n", "conf/settings.json": "{'debug': true}\n"},
      {"json_file": "conf/settings.json"}, r"^SyntaxError"),
    M("p_json_node_require_multiline", "json_format", "node server.js",
      "require() of a JSON config with a trailing comma before the closing brace (V8 quotes the text across lines); the first SyntaxError line is pasted",
      {"server.js": "const cfg = require('./config/server.json');\nconsole.log(cfg.port);\n", "config/server.json": '{\n  "port": 8080,\n}\n'},
      {"json_file": "config/server.json"}, r"^SyntaxError"),
    P("p_perm_py_sqlite_readonly_logged", "permission", "python3 counter.py",
      "a python job logs the sqlite3 error of a write to a read-only database and exits 1",
      {"counter.py": t("""
          import logging, sqlite3, sys
          logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
          try:
              c = sqlite3.connect('hits.db')
              c.execute('insert into h values (1)')
              c.commit()
          except sqlite3.Error as e:
              logging.getLogger('counter').error('cannot record hit: %s', e)
              sys.exit(1)
          """)},
      {}, setup=["sqlite3 hits.db 'create table h(x)' && chmod 444 hits.db"], drop_caps=True, tool="python3"),
]
