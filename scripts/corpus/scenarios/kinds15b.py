"""Session 15, s15-kinds-b (prefix kb_): proofs of the kinds written from 92 probed programs whose output passes through
log formats and supervisors (labels first; probes in the helper's report). Each kind is proven here on programs of other
shapes than the probe that found it; every name hashes to train (capture.py hash_bit == 0). Split: kinds15b_train
(capture.py, FRESH_MODULES)."""
from scenarios.common import sc

CLOSED = {"db": ("closed",)}


def collector(prefix, cmd):
    """cmd's combined output as a log collector stores it: prefix (a printf format of the clock) before every line."""
    return ("%s 2>&1 | while IFS= read -r l; do printf '%s%%s\\n' \"$l\"; done; exit ${PIPESTATUS[0]}" % (cmd, prefix))


# a Node logger printing logfmt (key=value, values with spaces JSON-quoted), as logfmt packages for Node do
NODELOGFMT = r'''const q = v => { v = String(v); return /[\s"=]/.test(v) ? JSON.stringify(v) : v; };
const log = (level, msg, kv = {}) => console.log(`time=2026-12-07T10:00:01.000Z level=${level} msg=${q(msg)}` + Object.entries(kv).map(([k, v]) => ` ${k}=${q(v)}`).join(''));
'''

# a Python logfmt formatter: the record's extra "kv" pairs after the message, escaped as logfmt escapes them
PYLOGFMT = r'''import logging, sys
class Logfmt(logging.Formatter):
    def format(self, r):
        def q(v):
            v = str(v)
            return '"' + v.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"' if (' ' in v or '"' in v or '=' in v or '\n' in v) else v
        s = 'ts=%s lvl=%s caller=%s msg=%s' % (self.formatTime(r, '%Y-%m-%dT%H:%M:%S'), r.levelname.lower(), r.module, q(r.getMessage()))
        for k, v in getattr(r, 'kv', {}).items():
            s += ' %s=%s' % (k, q(v))
        return s
h = logging.StreamHandler(sys.stderr); h.setFormatter(Logfmt())
log = logging.getLogger('svc'); log.addHandler(h); log.setLevel(logging.INFO)
'''

# pino-pretty's layout of a record with an err object: the line, then the object with its stack indented under "stack":
PINO_PRETTY = r'''function pretty(level, msg, e) {
  console.log(`[10:00:01.123] ${level} (svc/${process.pid}): ${msg}`);
  if (!e) return;
  console.log('    err: {');
  console.log(`      "type": "${e.constructor.name}",\n      "message": ${JSON.stringify(e.message.split('\n')[0])},\n      "stack":`);
  console.log(e.stack.split('\n').map(l => '          ' + l.trim().replace(/^at /, '    at ')).join('\n'));
  if (e.code) console.log(`      "code": "${e.code}"`);
  console.log('    }');
}
'''

SCENARIOS = [
    # ---- a log collector's prefix on every line (journald/syslog, CI runners' timestamps, containerd, ts, pm2) ----
    sc("kb_coll_journal_java_caused_refused_a", "connection",
       collector("2026-12-07T10:00:01+0000 app01 billing[2211]: ", "java Billing.java"),
       "journalctl -o short-iso: a Java stack whose wrapper message names the address, Caused by ConnectException below",
       {"Billing.java": r'''import java.net.*;
public class Billing {
  static void connect() { try (Socket s = new Socket()) { s.connect(new InetSocketAddress("127.0.0.1", {{db}}), 2000); }
    catch (java.io.IOException e) { throw new IllegalStateException("ledger database 127.0.0.1:{{db}} unreachable", e); } }
  public static void main(String[] a) { connect(); }
}
'''}, {"host": "127.0.0.1", "port": "{{db}}"}, "java.net.ConnectException", servers=CLOSED),
    sc("kb_coll_gha_py_indent", "syntax",
       collector("2026-12-07T10:00:01.4471182Z ", "python3 tools/migrate.py"),
       "a CI runner's timestamp on every line of Python's IndentationError (file and line sit on the indented lines)",
       {"tools/migrate.py": "def up():\n    rows = 1\n      return rows\n\nup()\n"},
       {"file": "tools/migrate.py", "line": "3"}, "IndentationError"),
    sc("kb_coll_pm2_py_syntax_b", "syntax",
       "python3 worker.py 2>&1 | sed -u 's/^/3|queue-worker  | /'; exit ${PIPESTATUS[0]}",
       "pm2 logs of a Python worker: its SyntaxError under pm2's id|name prefix",
       {"worker.py": "import time\n\ndef loop():\n    while True\n        time.sleep(1)\n"},
       {"file": "worker.py", "line": "4"}, "SyntaxError"),
    sc("kb_coll_ts_py_requests_chain_g", "connection",
       collector("Dec 07 10:00:01 ", "/usr/bin/python3 poll.py"),
       "moreutils ts's clock on every line of requests' chained tracebacks",
       {"poll.py": "import requests\nrequests.get('http://127.0.0.1:{{db}}/queue/depth', timeout=3).raise_for_status()\n"},
       {"host": "127.0.0.1", "port": "{{db}}"}, "requests.exceptions.ConnectionError", servers=CLOSED, requires=["py:requests"]),
    sc("kb_coll_syslog_node_esm_syntax_a", "syntax",
       collector("Dec 07 10:00:01 web02 reports[918]: ", "node report.mjs"),
       "rsyslog's prefix on every line of Node's SyntaxError in an ES module (the file and line are the first line)",
       {"report.mjs": "export function total(rows) {\n  return rows.reduce((a, r) => a + r.amount 0);\n}\nconsole.log(total([]));\n"},
       {"file": "report.mjs", "line": "2"}, "SyntaxError"),
    sc("kb_coll_cri_py_chain_json_a", "json_format",
       collector("2026-12-07T10:00:01.123456789Z stderr F ", "python3 routes.py"),
       "containerd's CRI log lines: a JSONDecodeError over a file, raised again as a RuntimeError",
       {"routes.py": "import json\ntry:\n    json.load(open('conf/routes.json'))\nexcept ValueError as e:\n    raise RuntimeError('routes not loaded') from e\n",
        "conf/routes.json": "{\"/\": \"home\",\n \"/a\": \"a\",\n}\n"},
       {"json_file": "conf/routes.json"}, "json.decoder.JSONDecodeError"),
    sc("kb_coll_neg_journal_retry_ok_b", "negative",
       collector("Dec 07 10:00:01 web01 sync[77]: ", "python3 sync.py"),
       "journald lines: a warning with a traceback of a refused connection, a retry, then the sync is done (exit 0)",
       {"sync.py": "import logging, socket, time\nlogging.basicConfig(format='%(levelname)s %(name)s: %(message)s')\nlog = logging.getLogger('sync')\ntry:\n    socket.create_connection(('127.0.0.1', 1), 1)\nexcept OSError:\n    log.warning('upstream not ready, retrying in 1s', exc_info=True)\nprint('INFO sync: upstream reachable, 42 records synced')\n"},
       {}, exit=0),
    sc("kb_coll_heroku_node_syntax", "syntax",
       collector("2026-12-07T10:00:01.123456+00:00 app[web.1]: ", "node server.js"),
       "Heroku's logplex prefix (the clock, the app and its dyno) on every line of Node's SyntaxError",
       {"server.js": "const http = require('http');\nhttp.createServer((req, res) => {\n  res.end('ok');\n}).listen(process.env.PORT || 0;\n"},
       {"file": "server.js", "line": "4"}, "SyntaxError"),
    sc("kb_coll_compose_ts_java_caused_fnf_b", "file_not_found",
       collector("scheduler-1  | 2026-12-07T10:00:01.123456789Z ", "java Sched.java"),
       "docker compose logs -t: the service's prefix, then the timestamp, on a Java stack Caused by NoSuchFileException",
       {"Sched.java": r'''import java.nio.file.*;
public class Sched {
  static String crontab() { try { return Files.readString(Path.of("etc/schedule.cron")); } catch (java.io.IOException e) { throw new IllegalStateException("schedule not loaded", e); } }
  public static void main(String[] a) { System.out.println(crontab()); }
}
'''}, {"path": "etc/schedule.cron"}, "java.nio.file.NoSuchFileException"),
    sc("kb_coll_bracket_ts_py_indent", "syntax",
       collector("[2026-12-07 10:00:01] ", "python3 nightly.py"),
       "moreutils ts '[%Y-%m-%d %H:%M:%S]' on every line of Python's IndentationError",
       {"nightly.py": "def main():\n    for i in range(3):\n    print(i)\n\nmain()\n"},
       {"file": "nightly.py", "line": "3"}, "IndentationError"),
    sc("kb_coll_kubectl_ts_py_syntax", "syntax",
       collector("[pod/etl-5c7d9/etl] 2026-12-07T10:00:01.123456789Z ", "python3 load.py"),
       "kubectl logs --prefix --timestamps on every line of Python's SyntaxError",
       {"load.py": "import sys\nrows = {'a': 1, 'b' 2}\nprint(rows)\n"},
       {"file": "load.py", "line": "2"}, "SyntaxError"),
    # ---- logfmt: the error quoted in a key=value field ----
    sc("kb_lf_node_spawn_eacces_e", "permission", "node thumbs.js",
       "a Node logfmt line whose err field holds spawn's EACCES of a script without its execute bit",
       {"thumbs.js": NODELOGFMT + r'''const { spawn } = require('child_process');
spawn('./bin/convert', ['a.png']).on('error', e => { log('error', 'thumbnail failed', {err: e.message, file: 'a.png'}); process.exit(1); });
''', "bin/convert": "#!/bin/sh\necho converted\n"},
       {"path": "bin/convert"}, "EACCES", modes={"bin/convert": 0o644}),
    sc("kb_lf_node_http_refused", "connection", "node notify.js",
       "a Node logfmt line whose err field holds http.get's ECONNREFUSED",
       {"notify.js": NODELOGFMT + r'''require('http').get('http://127.0.0.1:{{db}}/hooks', r => r.resume())
  .on('error', e => { log('error', 'webhook delivery failed', {err: e.message, attempt: 3}); process.exit(1); });
'''}, {"host": "127.0.0.1", "port": "{{db}}"}, "ECONNREFUSED", servers=CLOSED),
    sc("kb_lf_node_mkdir_eacces_a", "permission", "node cache.js",
       "a Node logfmt line: mkdirSync's EACCES quoted with its path in err",
       {"cache.js": NODELOGFMT + r'''try { require('fs').mkdirSync('var/cache/img', {recursive: true}); }
catch (e) { log('error', 'cache dir', {err: e.message}); process.exit(1); }
'''}, {"path": "var/cache/img"}, "EACCES", setup=["mkdir -p var && chmod 555 var"], drop_caps=True),
    sc("kb_lf_py_traceback_json", "json_format", "python3 ingest.py",
       "a Python logfmt formatter: the whole traceback of a JSONDecodeError in err, its newlines escaped",
       {"ingest.py": PYLOGFMT + r'''import json, traceback
try:
    with open('inbox/batch-17.json') as f:
        json.load(f)
except ValueError:
    log.error('batch rejected', extra={'kv': {'batch': 17, 'err': traceback.format_exc()}})
    sys.exit(1)
''', "inbox/batch-17.json": "[{\"id\": 1}\n {\"id\": 2}]\n"},
       {"json_file": "inbox/batch-17.json"}, "json.decoder.JSONDecodeError"),
    sc("kb_lf_py_gowording_stat", "file_not_found", "python3 plugins.py",
       "logfmt with Go's PathError wording (a Go-style 'stat PATH: strerror') written by a Python service",
       {"plugins.py": PYLOGFMT + r'''import os
p = 'plugins/auth.so'
try:
    os.stat(p)
except FileNotFoundError as e:
    log.error('load plugins: stat %s: %s' % (p, e.strerror.lower()))
    sys.exit(1)
'''}, {"path": "plugins/auth.so"}),
    sc("kb_lf_neg_info_refused_ok_b", "negative", "node boot.js",
       "logfmt: the refusals were at level=info while the broker started; connected, exit 0",
       {"boot.js": NODELOGFMT + r'''log('info', 'broker not up yet', {err: 'connect ECONNREFUSED 127.0.0.1:5672', attempt: 1});
log('info', 'broker not up yet', {err: 'connect ECONNREFUSED 127.0.0.1:5672', attempt: 2});
log('info', 'connected', {broker: 'amqp://127.0.0.1:5672'});
'''}, {}, exit=0),
    # ---- GitHub Actions' workflow commands: the file and line are the command's properties ----
    sc("kb_gha_ann_py_indent_a", "syntax", "python3 ci_compile.py src",
       "a CI step compiles every module and prints each failure as an ::error workflow command",
       {"ci_compile.py": r'''import py_compile, pathlib, sys
bad = 0
for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.py')):
    try:
        py_compile.compile(str(p), doraise=True)
    except py_compile.PyCompileError as e:
        err = e.exc_value
        print('::error file=%s,line=%d,col=%d,title=%s::%s: %s' % (p, err.lineno, err.offset or 1, type(err).__name__, type(err).__name__, err.msg))
        bad += 1
print('%d file(s) failed to compile' % bad)
sys.exit(1 if bad else 0)
''', "src/app/__init__.py": "", "src/app/views.py": "def index():\n    return 'ok'\n   x = 1\n"},
       {"file": "src/app/views.py", "line": "3"}, "IndentationError"),
    sc("kb_gha_ann_node_check_b", "syntax", "node ci-check.js lib",
       "a CI step runs node --check over each file and turns its SyntaxError into an ::error command",
       {"ci-check.js": r'''const { spawnSync } = require('child_process'); const fs = require('fs'); const path = require('path');
let bad = 0;
for (const f of fs.readdirSync(process.argv[2]).sort()) {
  const p = path.join(process.argv[2], f);
  const r = spawnSync(process.execPath, ['--check', p], {encoding: 'utf8'});
  if (r.status !== 0) {
    const line = (r.stderr.match(/:(\d+)\n/) || [])[1] || 1;
    const msg = r.stderr.split('\n').find(l => /^\w*Error: /.test(l));
    console.log(`::error file=${p},line=${line}::${msg}`); bad++;
  }
}
process.exit(bad ? 1 : 0);
''', "lib/a.js": "module.exports = 1;\n", "lib/b.js": "function f(x) {\n  return [x, x;\n}\n"},
       {"file": "lib/b.js", "line": "2"}, "SyntaxError"),
    sc("kb_gha_ann_neg_warning_ok", "negative", "python3 ci_lint.py",
       "a CI lint step prints ::warning commands for deprecations and passes",
       {"ci_lint.py": "print(\"::warning file=app/db.py,line=12::DeprecationWarning: datetime.utcnow() is deprecated\")\nprint(\"::warning file=app/io.py,line=4::ResourceWarning: unclosed file <_io.TextIOWrapper name='data/a.csv'>\")\nprint('lint: 0 errors, 2 warnings')\n"},
       {}, exit=0),
    # ---- a log prettifier's error object under the log line (pino-pretty) ----
    sc("kb_pretty_pino_enoent", "file_not_found", "node render.js",
       "pino-pretty's layout: the log line, then err's type, message and its stack indented under \"stack\":",
       {"render.js": PINO_PRETTY + r'''try { require('fs').readFileSync('views/invoice.hbs', 'utf8'); }
catch (e) { pretty('ERROR', 'render failed', e); process.exit(1); }
'''}, {"path": "views/invoice.hbs"}, "ENOENT"),
    sc("kb_pretty_pino_module_n", "missing_module", "node jobs.js",
       "pino-pretty's layout of a require() failure logged with its err object",
       {"jobs.js": PINO_PRETTY + r'''try { require('bullmq'); }
catch (e) { pretty('FATAL', 'queue driver unavailable', e); process.exit(1); }
'''}, {"module": "bullmq"}, "MODULE_NOT_FOUND"),
    sc("kb_pretty_neg_warn_ok", "negative", "node warm.js",
       "pino-pretty: a WARN with a refused connection's err object, then the service listens (exit 0)",
       {"warm.js": PINO_PRETTY + r'''require('net').connect(1, '127.0.0.1').on('error', e => {
  pretty('WARN', 'cache warmup skipped', e);
  console.log(`[10:00:01.200] INFO (svc/${process.pid}): listening on :8080`);
});
'''}, {}, exit=0),
]
