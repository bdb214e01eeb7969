"""Session 16, s16-kinds-b (prefix kd_): proofs of the key-detail kinds written from 150 probed programs (labels first;
probes in the helper's report). Each kind is proven here on programs of other shapes than the probe that found it;
every name hashes to train (capture.py hash_bit == 0). Split: kinds16b_train (capture.py, FRESH_MODULES)."""
from scenarios.common import sc, pkg

CLOSED = {"db": ("closed",)}

SCENARIOS = [
    # ---- a refused call on two paths: the destination, unless both are in one folder ----
    sc("kd_perm_py_link_into_ro", "permission", "python3 publish.py",
       "os.link of a build artifact into a read-only folder: PermissionError names source and destination",
       {"publish.py": "import os\nos.link('build/app.tar', 'releases/app-1.4.tar')\n", "build/app.tar": "x"},
       {"path": "releases/app-1.4.tar"}, "PermissionError", dirs=["releases"], modes={"releases": 0o555}, drop_caps=True),
    sc("kd_perm_py_atomic_replace_b", "permission", "python3 save.py",
       "an atomic settings write: the new file is written in tmp/, then os.replace into a read-only conf folder",
       {"save.py": "import json, os\nos.makedirs('tmp', exist_ok=True)\nwith open('tmp/settings.json.new', 'w') as f:\n    json.dump({'theme': 'dark'}, f)\nos.replace('tmp/settings.json.new', 'conf/settings.json')\n"},
       {"path": "conf/settings.json"}, "PermissionError", dirs=["conf"], modes={"conf": 0o555}, drop_caps=True),
    sc("kd_perm_npm_rename_release", "permission", "npm run release",
       "npm runs a Node script that renames the bundle into a read-only dist folder",
       {"package.json": pkg({"release": "node scripts/release.js"}), "scripts/release.js": "const fs = require('fs');\nfs.renameSync('out/bundle.js', 'dist/bundle.min.js');\n", "out/bundle.js": "x"},
       {"path": "dist/bundle.min.js"}, "EACCES", dirs=["dist"], modes={"dist": 0o555}, drop_caps=True),
    sc("kd_perm_java_move_wrapped", "permission", "java Deploy.java",
       "Files.move into a read-only folder, raised again as UncheckedIOException",
       {"Deploy.java": "import java.nio.file.*;\npublic class Deploy {\n  public static void main(String[] a) {\n    try { Files.move(Path.of(\"stage/site.war\"), Path.of(\"webapps/site.war\")); }\n    catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }\n  }\n}\n", "stage/site.war": "x"},
       {"path": "webapps/site.war"}, "java.nio.file.AccessDeniedException", dirs=["webapps"], modes={"webapps": 0o555}, drop_caps=True),
    # ---- a database/broker URL of its own scheme in the argv: host and port ----
    sc("kd_conn_py_dsn_argv", "connection", "python3 migrate.py --dsn postgresql://app@127.0.0.1:{{db}}/app",
       "a migration tool connects to the --dsn URL; ConnectionRefusedError names no address",
       {"migrate.py": "import argparse, socket\nfrom urllib.parse import urlsplit\nap = argparse.ArgumentParser(); ap.add_argument('--dsn')\nu = urlsplit(ap.parse_args().dsn)\nsocket.create_connection((u.hostname, u.port), 2)\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, "ConnectionRefusedError", servers=CLOSED),
    sc("kd_conn_node_redis_url_code", "connection", "node cache.js redis://127.0.0.1:{{db}}/0",
       "a cache client prints only the error code; the redis URL is in the argv",
       {"cache.js": "const u = new URL(process.argv[2]);\nrequire('net').connect(Number(u.port), u.hostname).on('error', e => { console.error('cache unavailable:', e.code); process.exit(1); });\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, servers=CLOSED),
    sc("kd_conn_java_jdbc_mysql_argv", "connection", "java Shop.java jdbc:mysql://127.0.0.1:{{db}}/shop",
       "a JDBC URL in the argv; Java's ConnectException has no address",
       {"Shop.java": "import java.net.*;\npublic class Shop { public static void main(String[] a) throws Exception { URI u = URI.create(a[0].substring(5)); new Socket(u.getHost(), u.getPort()).close(); } }\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, "java.net.ConnectException", servers=CLOSED),
    # ---- a host the error names, its port only in the argv's address ----
    sc("kd_conn_wget_unresolved_port_c", "connection", "wget -O- http://search.invalid:9201/_cluster/health",
       "wget cannot resolve the host; the port is only in the argv's URL",
       {}, {"host": "search.invalid", "port": 9201}),
    sc("kd_conn_node_fetch_enotfound_port", "connection", "node probe.mjs http://api.invalid:8088/v1/ping",
       "fetch failed; the cause's getaddrinfo ENOTFOUND names the host, the argv's URL the port",
       {"probe.mjs": "try { await fetch(process.argv[2]); } catch (e) { console.error('probe failed:', e.cause?.message ?? e.message); process.exit(1); }\n"},
       {"host": "api.invalid", "port": 8088}),
    sc("kd_conn_curl_unresolved_port", "connection", "curl -fsS http://metrics.invalid:9091/metrics",
       "curl (6) names the host; the port is in the argv's URL",
       {}, {"host": "metrics.invalid", "port": 9091}),
    # ---- a database/broker URL in the output: host and port ----
    sc("kd_conn_py_log_dsn_gaierror", "connection", "python3 report.py",
       "a logged connection URL, then socket.gaierror names nothing",
       {"report.py": "import logging, socket\nlogging.basicConfig(format='%(levelname)s %(name)s: %(message)s', level=logging.INFO)\ndsn = 'postgresql://report@warehouse.invalid:5434/dw'\nlogging.getLogger('report').info('connecting to %s', dsn)\nsocket.create_connection(('warehouse.invalid', 5434), 2)\n"},
       {"host": "warehouse.invalid", "port": 5434}, "socket.gaierror"),
    sc("kd_conn_node_redis_url_enotfound", "connection", "node worker.js",
       "a worker logs its redis URL with getaddrinfo ENOTFOUND of the host",
       {"worker.js": "const url = 'redis://cache.invalid:6380/0';\nconst u = new URL(url);\nrequire('net').connect(Number(u.port), u.hostname).on('error', e => { console.error(`redis client error on ${url}: ${e.message}`); process.exit(1); });\n"},
       {"host": "cache.invalid", "port": 6380}),
    sc("kd_conn_java_mongo_caused_unknown", "connection", "java Store.java",
       "a Java wrapper message names a mongodb URL; Caused by UnknownHostException",
       {"Store.java": "import java.net.*;\npublic class Store {\n  public static void main(String[] a) {\n    try { InetAddress.getByName(\"mongo.invalid\"); }\n    catch (UnknownHostException e) { throw new IllegalStateException(\"mongo unreachable at mongodb://mongo.invalid:27018/app\", e); }\n  }\n}\n"},
       {"host": "mongo.invalid", "port": 27018}, "java.lang.IllegalStateException"),
    # ---- mawk's "missing } near end of file" ----
    sc("kd_syn_mawk_eof_script", "syntax", "bash totals.sh",
       "a shell script runs awk with a program file missing its closing brace",
       {"totals.sh": "set -e\nawk -F, -f lib/totals.awk sales.csv\n", "lib/totals.awk": "{ sum[$1] += $2 }\nEND {\n  for (k in sum) print k, sum[k]\n", "sales.csv": "a,1\n"},
       {"file": "lib/totals.awk", "line": 5}),
]
