"""A second round for the seventeenth set (names m_r2_*, mapped to the fresh17 split in capture.py), written by the
fresh17 author AFTER reading the rules and the train captures (not blind): everyday situations whose key detail sits in a
hard place (a worker's RemoteTraceback, an ExceptionGroup, a chained ValueError, a child perl under Python, tool messages
behind set -e scripts, java -jar) and negatives that look like a cause. Only names that hash to the train half are kept
(a suffix _b, _c ... chosen before capture where the first name hashed to holdout); labels were written before capture."""
from scenarios.common import sc, WS_LINK, WS_REQ

CLOSED = {"api": ("closed",)}

SCENARIOS = [
    # ---- Python
    sc("m_r2_fnf_py_pool_remote", "file_not_found", "python3 resize_all.py",
       "a multiprocessing Pool worker cannot open one input file: the RemoteTraceback of the worker holds the path, the parent's FileNotFoundError follows",
       {"resize_all.py": "from multiprocessing import Pool\n\n\ndef size(path):\n    with open(path, 'rb') as f:\n        return len(f.read())\n\n\n"
        "if __name__ == '__main__':\n    with Pool(2) as p:\n        print(p.map(size, ['img/a.png', 'img/b.png']))\n",
        "img/a.png": "x"},
       {"path": "img/b.png"}, "FileNotFoundError"),
    sc("m_r2_json_py_state_valueerror_e", "json_format", "python3 jobs.py",
       "a job runner wraps the JSONDecodeError of its state file in ValueError naming the file ('from e')",
       {"jobs.py": "import json\nfrom pathlib import Path\n\n\nclass State:\n    def __init__(self, path):\n        self.path = Path(path)\n\n    def load(self):\n        try:\n"
        "            return json.loads(self.path.read_text())\n        except json.JSONDecodeError as e:\n            raise ValueError(f'invalid state file {self.path}') from e\n\n\nState('state/jobs.json').load()\n",
        "state/jobs.json": "{\"queue\": [1, 2,], \"done\": []}\n"},
       {"json_file": "state/jobs.json"}, "json.decoder.JSONDecodeError"),
    sc("m_r2_conn_py_json_exc_info_c", "connection", "python3 collector.py",
       "a collector writes JSON log records whose exc_info field holds the whole traceback of a refused connection",
       {"collector.py": "import json\nimport socket\nimport sys\nimport traceback\n\ntry:\n    socket.create_connection(('127.0.0.1', {{api}}), timeout=2)\nexcept OSError:\n"
        "    print(json.dumps({'level': 'error', 'event': 'statsd unreachable', 'exc_info': traceback.format_exc()}))\n    sys.exit(1)\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("m_r2_fnf_py_tarfile", "file_not_found", "python3 restore.py --archive backups/db-2026-12-06.tar.gz",
       "a restore opens a backup archive with tarfile.open; the FileNotFoundError comes from tarfile's frames",
       {"restore.py": "import argparse\nimport tarfile\n\nap = argparse.ArgumentParser()\nap.add_argument('--archive')\na = ap.parse_args()\nwith tarfile.open(a.archive) as t:\n    t.extractall('restore')\n"},
       {"path": "backups/db-2026-12-06.tar.gz"}, "FileNotFoundError", dirs=["backups"]),
    sc("m_r2_mm_py_child_perl_b", "missing_module", "python3 convert.py",
       "a Python tool runs a perl converter with check=True; perl's Can't locate YAML/XS.pm comes before the CalledProcessError",
       {"convert.py": "import subprocess\n\nsubprocess.run(['perl', 'tools/yaml2json.pl', 'conf/app.yaml'], check=True)\n",
        "tools/yaml2json.pl": "use strict;\nuse YAML::XS qw(LoadFile);\nprint LoadFile(shift)->{name};\n", "conf/app.yaml": "name: app\n"},
       {"module": "YAML::XS"}, "subprocess.CalledProcessError"),
    sc("m_r2_conn_py_taskgroup_b", "connection", "python3 fanout.py",
       "an asyncio TaskGroup opens two connections; one is refused: ExceptionGroup with the sub-exception's [Errno 111] Connect call failed",
       {"fanout.py": "import asyncio\n\n\nasync def ping(port):\n    r, w = await asyncio.open_connection('127.0.0.1', port)\n    w.close()\n\n\nasync def main():\n"
        "    async with asyncio.TaskGroup() as tg:\n        tg.create_task(ping({{api}}))\n\n\nasyncio.run(main())\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("m_r2_conn_py_retry_from_last_b", "connection", "python3 pull.py",
       "a retry helper logs warnings and then raises RuntimeError('gave up after 3 tries') from the last URLError",
       {"pull.py": "import logging\nimport urllib.request\n\nlogging.basicConfig(format='%(levelname)s %(message)s')\nURL = 'http://127.0.0.1:{{api}}/export'\nlast = None\n"
        "for i in range(3):\n    try:\n        urllib.request.urlopen(URL, timeout=2)\n        break\n    except OSError as e:\n        last = e\n        logging.warning('try %d failed: %s', i + 1, e)\nelse:\n"
        "    raise RuntimeError('gave up after 3 tries') from last\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/export"}, "urllib.error.URLError", servers=CLOSED),

    # ---- Node
    sc("m_r2_mm_node_plugin_first_line", "missing_module", "node app.js",
       "an app loads plugins in a loop and logs only the first line of each require error after the plugin's name",
       {"app.js": "for (const name of ['health', 'metrics']) {\n  try {\n    require(`./plugins/${name}`);\n    console.log(`plugin ${name} loaded`);\n  } catch (e) {\n"
        "    console.error(`plugin ${name}: ${e.message.split('\\n')[0]}`);\n    process.exitCode = 1;\n  }\n}\n",
        "plugins/health.js": "module.exports = () => 'ok';\n", "plugins/metrics.js": "const client = require('prom-client');\nmodule.exports = client;\n"},
       {"module": "prom-client"}, "Error: Cannot find module"),
    sc("m_r2_ws_node_handshake_timeout_d", "websocket", "node live.js",
       "a ws client with handshakeTimeout connects to a server that accepts and never answers the upgrade ('Opening handshake has timed out')",
       {"live.js": "const WebSocket = require('ws');\nconst url = 'ws://127.0.0.1:{{ws}}/live';\nconst ws = new WebSocket(url, { handshakeTimeout: 500 });\n"
        "ws.on('error', (e) => {\n  console.error(`live feed ${url}: ${e.message}`);\n  process.exit(1);\n});\n"},
       {"url": "ws://127.0.0.1:{{ws}}/live"}, "Error: Opening handshake has timed out", servers={"ws": ("silent",)}, setup=WS_LINK, requires=WS_REQ),

    # ---- shells and tools
    sc("m_r2_fnf_git_clone_local_d", "file_not_found", "bash vendor.sh",
       "a vendoring script clones a local repository path that does not exist (fatal: repository '...' does not exist)",
       {"vendor.sh": "#!/bin/bash\nset -e\necho 'vendoring libfoo'\ngit clone -q ../mirrors/libfoo vendor/libfoo\necho done\n"},
       {"path": "../mirrors/libfoo"}, "fatal: repository"),
    sc("m_r2_perm_install_ro", "permission", "make install",
       "make install uses install -m 644 into a read-only etc folder (install: cannot create regular file)",
       {"Makefile": "install:\n\tinstall -m 644 app.conf dist/etc/app.conf\n", "app.conf": "x=1\n"},
       {"path": "dist/etc/app.conf"}, "Permission denied", dirs=["dist/etc"], modes={"dist/etc": 0o555}, drop_caps=True),
    sc("m_r2_perm_ln_ro_c", "permission", "bash switch.sh 42",
       "a release switch links public/current in a read-only folder (ln: failed to create symbolic link)",
       {"switch.sh": "#!/bin/bash\nset -e\necho \"switching to release $1\"\nln -sfn \"releases/$1\" public/current\necho switched\n"},
       {"path": "public/current"}, "Permission denied", dirs=["public", "releases/42"], modes={"public": 0o555}, drop_caps=True),
    sc("m_r2_fnf_bash_redirect_input", "file_not_found", "bash init-db.sh",
       "an init script feeds a schema file to sqlite3 with '<'; the file is missing: bash's own message names it",
       {"init-db.sh": "#!/bin/bash\nset -e\necho 'creating database'\nsqlite3 data.db < sql/schema.sql\necho 'database ready'\n"},
       {"path": "sql/schema.sql"}, "No such file or directory", dirs=["sql"]),
    sc("m_r2_fnf_wget_out_dir", "file_not_found", "wget -nv -O exports/daily/rates.csv http://127.0.0.1:{{api}}/rates.csv",
       "wget writes into a folder that does not exist (exports/daily/rates.csv: No such file or directory)",
       {}, {"path": "exports/daily/rates.csv"}, "No such file or directory", servers={"api": ("http", 200, "a,b\n")}),
    sc("m_r2_fnf_make_tar_extract_e", "file_not_found", "make unpack",
       "make unpacks a release archive that was never built (tar (child): ...: Cannot open: No such file or directory)",
       {"Makefile": "unpack:\n\tmkdir -p stage\n\ttar -xzf dist/app-1.4.0.tgz -C stage\n"},
       {"path": "dist/app-1.4.0.tgz"}, "Cannot open"),
    sc("m_r2_fnf_bash_cd_build_b", "file_not_found", "bash package.sh",
       "a packaging script (set -e) changes into a build folder that does not exist (cd: build/out: No such file or directory)",
       {"package.sh": "#!/bin/bash\nset -e\necho 'packaging'\ncd build/out\ntar -czf ../app.tgz .\n"},
       {"path": "build/out"}, "No such file or directory"),
    sc("m_r2_fnf_find_newer", "file_not_found", "bash changed.sh",
       "a script lists files changed since a stamp file that does not exist (find: ... No such file or directory)",
       {"changed.sh": "#!/bin/bash\nset -e\necho 'files changed since the last run:'\nfind src -newer stamps/last-run -type f\n", "src/a.py": "x\n"},
       {"path": "stamps/last-run"}, "No such file or directory"),

    # ---- Java
    sc("m_r2_fnf_java_jar_missing_b", "file_not_found", "java -jar build/libs/app-1.4.0.jar --port 8080",
       "java -jar of a jar that was never built (Error: Unable to access jarfile)",
       {}, {"path": "build/libs/app-1.4.0.jar"}, "Unable to access jarfile", dirs=["build/libs"]),
    sc("m_r2_fnf_java_writer_caused_by_b", "file_not_found", "java Export.java",
       "an exporter opens a writer in a folder that does not exist; its own ExportException wraps the NoSuchFileException ('Caused by:')",
       {"Export.java": "import java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\n\npublic class Export {\n"
        "    static class ExportException extends RuntimeException {\n        ExportException(String m, Throwable c) { super(m, c); }\n    }\n\n"
        "    public static void main(String[] args) {\n        try (var w = Files.newBufferedWriter(Path.of(\"out/reports/2026-12.csv\"))) {\n            w.write(\"a,b\\n\");\n"
        "        } catch (IOException e) {\n            throw new ExportException(\"monthly export failed\", e);\n        }\n    }\n}\n"},
       {"path": "out/reports/2026-12.csv"}, "java.nio.file.NoSuchFileException"),
    sc("m_r2_conn_java_slf4j_style", "connection", "java Fetch.java http://127.0.0.1:{{api}}/prices",
       "a client logs 'ERROR [main] c.a.Fetch - fetch failed: URL' in a logback-like format, then the ConnectException stack",
       {"Fetch.java": "import java.net.URL;\n\npublic class Fetch {\n    public static void main(String[] args) {\n        try {\n"
        "            new URL(args[0]).openStream().close();\n        } catch (Exception e) {\n"
        "            System.err.println(\"2026-12-07 10:00:00.123 ERROR [main] c.a.Fetch - fetch failed: \" + args[0]);\n            e.printStackTrace();\n            System.exit(1);\n        }\n    }\n}\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/prices"}, "java.net.ConnectException", servers=CLOSED),

    # ---- negatives
    sc("m_r2_neg_bash_optional_tool", "negative", "bash build.sh",
       "a build script checks for docker with command -v, says it is not found and skips the image; exit 0",
       {"build.sh": "#!/bin/bash\nset -e\necho 'compiling'\nif ! command -v dockerd-rootless >/dev/null; then\n  echo 'dockerd-rootless: command not found, skipping image build'\nfi\necho 'build finished: 0 errors'\n"},
       {}, "", exit=0),
    sc("m_r2_neg_py_assertraises_ok", "negative", "python3 -m unittest -v test_loader",
       "unittest tests that assert FileNotFoundError and JSONDecodeError are raised; they pass, exit 0",
       {"test_loader.py": "import json\nimport unittest\n\n\nclass LoaderTest(unittest.TestCase):\n    def test_missing_file_raises_FileNotFoundError(self):\n"
        "        with self.assertRaises(FileNotFoundError):\n            open('no/such/config.json')\n\n    def test_bad_json_raises_JSONDecodeError(self):\n"
        "        with self.assertRaises(json.JSONDecodeError):\n            json.loads('{bad')\n"},
       {}, "", exit=0),
    sc("m_r2_neg_java_warn_then_shutdown", "negative", "java Poller.java",
       "a poller logs a WARNING with a ConnectException and a retry plan, then a requested shutdown; exit 0",
       {"Poller.java": "import java.util.logging.Logger;\n\npublic class Poller {\n    public static void main(String[] args) {\n        Logger log = Logger.getLogger(\"poller\");\n"
        "        log.warning(\"poll failed: java.net.ConnectException: Connection refused (127.0.0.1:9009), will retry in 30s\");\n"
        "        log.info(\"shutdown requested, exiting cleanly\");\n    }\n}\n"},
       {}, "", exit=0),
    sc("m_r2_neg_curl_404_jq", "negative", "bash -o pipefail -c 'curl -fsS http://127.0.0.1:{{api}}/api/users/7 | jq .name'",
       "curl -f gets 404 from a live API and jq reads nothing; pipefail makes the 22 the exit status",
       {}, {}, "", servers={"api": ("http", 404, "{\"error\": \"not found\"}\n", {"Content-Type": "application/json"})}, tool="curl"),
    sc("m_r2_neg_py_json_set", "negative", "python3 dump.py",
       "json.dumps of a set raises TypeError (Object of type set is not JSON serializable): a program bug, no malformed JSON",
       {"dump.py": "import json\n\nprint(json.dumps({'tags': {'a', 'b'}}))\n"},
       {}, "TypeError"),
    sc("m_r2_neg_node_circular_json_b", "negative", "node snapshot.js",
       "JSON.stringify of a circular object (TypeError: Converting circular structure to JSON)",
       {"snapshot.js": "const a = { name: 'a' };\na.self = a;\nconsole.log(JSON.stringify(a));\n"},
       {}, "TypeError"),
    sc("m_r2_neg_sqlite_no_table", "negative", "sqlite3 app.db 'SELECT count(*) FROM users;'",
       "a query on a table that does not exist (Parse error: no such table: users)",
       {}, {}, ""),
]
