"""Session 14, s14-kinds-b (prefix c_): proofs of the kinds written from 82 probed Node/Java programs (labels first; probes
in the helper's report). Each kind is proven here on programs of other shapes than the probe that found it; every name
hashes to train (capture.py hash_bit == 0). Split: kinds14b_train (capture.py, FRESH_MODULES)."""
from scenarios.common import sc, pkg

CLOSED = {"db": ("closed",)}


def javac(*srcs):
    return ["mkdir -p classes && javac -d classes " + " ".join(srcs)]


# org.json's exception, as its JSONTokener.syntaxError words it (the jar is not on this machine)
ORG_JSON = {"org/json/JSONException.java": "package org.json;\npublic class JSONException extends RuntimeException { public JSONException(String m) { super(m); } }\n"}

SCENARIOS = [
    # ---- an indented Node error and its frames (mocha, jest, hand-written runners and reports) ----
    sc("c_ind_mocha_format_enoent_b", "file_not_found", "node spec.js",
       "a hand-written runner in mocha's format: numbered failures, the error indented under the title, frames deeper",
       {"spec.js": r"""const fs = require('fs');
const specs = [['config', 'loads test settings', () => fs.readFileSync('config/test.json', 'utf8')], ['math', 'adds', () => 1 + 1]];
const failed = [];
for (const [suite, title, fn] of specs) { try { fn(); console.log(`  \u2713 ${suite} ${title}`); } catch (e) { failed.push([suite, title, e]); console.log(`  ${failed.length}) ${suite} ${title}`); } }
console.log(`\n  ${specs.length - failed.length} passing\n  ${failed.length} failing\n`);
failed.forEach(([suite, title, e], i) => {
  console.log(`  ${i + 1}) ${suite}\n       ${title}:`);
  console.log(e.stack.split('\n').map((l, k) => (k ? '  ' : '     ') + l.trim().replace(/^at /, '    at ')).join('\n'));
});
process.exit(failed.length ? 1 : 0);
"""},
       {"path": "config/test.json"}, "Error: ENOENT"),
    sc("c_ind_jest_like_message_alone", "connection", "node check.js",
       "a jest-like reporter: a bullet title, the error's message alone indented (no class), a blank line, then frames",
       {"check.js": r"""const net = require('net');
function ping() { return new Promise((res, rej) => { const s = net.connect({{db}}, '127.0.0.1', res); s.on('error', rej); }); }
ping().then(() => console.log('PASS'), (e) => {
  console.log('FAIL  test/cache.test.js');
  console.log('  \u25cf cache \u203a answers ping\n');
  console.log('    ' + e.message + '\n');
  console.log(e.stack.split('\n').slice(1).map(l => '      ' + l.trim()).join('\n'));
  console.log('\nTests:       1 failed, 1 total');
  process.exit(1);
});
"""},
       {"host": "127.0.0.1", "port": "{{db}}"}, "connect ECONNREFUSED", servers=CLOSED),
    sc("c_ind_job_report_json_stack_b", "json_format", "node nightly.js feeds/partners.json",
       "a nightly job prints 'job import failed:' and the indented stack of JSON.parse over the argv's file",
       {"nightly.js": r"""const fs = require('fs');
try { JSON.parse(fs.readFileSync(process.argv[2], 'utf8')); }
catch (e) {
  console.error(`job import failed (${process.argv[2]}):`);
  console.error(e.stack.split('\n').map(l => '    ' + l).join('\n'));
  console.error('1 of 3 jobs failed');
  process.exit(1);
}
""", "feeds/partners.json": "[\n  {\"id\": 1, \"name\": \"a\"},\n  {\"id\": 2 \"name\": \"b\"}\n]\n"},
       {"json_file": "feeds/partners.json"}, "SyntaxError"),
    # ---- winston's simple format: a quiet level first ----
    sc("c_quiet_winston_retry_then_401", "negative", "node push.js",
       "winston's simple format: two 'warn:' refusals while the gateway starts, 'info:' connected, then the gateway answers 401",
       {"push.js": r"""const log = (level, msg) => console.log(`${level}: ${msg}`);
log('warn', 'push attempt 1/5 failed: connect ECONNREFUSED 127.0.0.1:7443, retrying in 1s');
log('warn', 'push attempt 2/5 failed: connect ECONNREFUSED 127.0.0.1:7443, retrying in 2s');
log('info', 'connected to gateway 127.0.0.1:7443');
log('error', 'push rejected by gateway: 401 Unauthorized (token expired)');
process.exit(1);
"""}, {}),
    sc("c_quiet_shell_warn_cached", "negative", "./sync.sh",
       "a shell script's warn() prints 'warn: ... Connection refused, using the cached copy', then the records fail validation",
       {"sync.sh": "#!/bin/bash\nwarn() { echo \"warn: $*\" >&2; }\nif ! curl -fsS http://127.0.0.1:{{db}}/rates -o rates.json 2>/dev/null; then\n  warn \"cannot reach 127.0.0.1:{{db}} (Connection refused), using the cached copy\"\nfi\necho 'validating 12 records'\necho 'error: 2 records rejected by schema validation (missing field \"currency\")' >&2\nexit 3\n"},
       {}, servers=CLOSED, modes={"sync.sh": 0o755}),
    sc("c_quiet_info_history_enoent", "negative", "node report.js",
       "'info:' says the previous run failed with ENOENT (history); this run fails an assertion of its own",
       {"report.js": r"""console.log("info: previous run ended with ENOENT: no such file or directory, open 'out/summary.csv' (recreated)");
console.log('info: building summary for 2026-12');
const rows = 0;
if (rows === 0) { console.log('error: summary has no rows for 2026-12'); process.exit(2); }
"""}, {}),
    # ---- ProcessBuilder's "Cannot run program" in a program's own line ----
    sc("c_run_logback_missing_tool", "file_not_found", "java -cp classes Thumbs",
       "a logback-style line quotes e.getMessage() of ProcessBuilder for a tool that is not installed",
       {"Thumbs.java": "public class Thumbs { public static void main(String[] a) { try { new ProcessBuilder(\"cwebp\", \"-q\", \"80\", \"in.png\").start(); } catch (java.io.IOException e) { System.out.println(java.time.LocalTime.of(9, 0) + \" [main] ERROR c.a.Thumbs - conversion failed: \" + e.getMessage()); System.exit(1); } } }\n"},
       {"path": "cwebp"}, "Cannot run program", setup=javac("Thumbs.java")),
    sc("c_run_json_log_noexec", "permission", "java -cp classes Hooks",
       "a JSON log line whose message is ProcessBuilder's error for a hook script without the execute bit",
       {"Hooks.java": r"""public class Hooks {
  public static void main(String[] a) {
    try { new ProcessBuilder("./hooks/post-deploy.sh").start().waitFor(); }
    catch (Exception e) {
      String msg = ("hook failed: " + e.getMessage()).replace("\\", "\\\\").replace("\"", "\\\"");
      System.out.println("{\"level\":\"ERROR\",\"logger\":\"hooks\",\"message\":\"" + msg + "\"}");
      System.exit(1);
    }
  }
}
""",
        "hooks/post-deploy.sh": "#!/bin/sh\necho deployed\n"},
       {"path": "hooks/post-deploy.sh"}, "error=13", setup=javac("Hooks.java"), modes={"hooks/post-deploy.sh": 0o644}),
    sc("c_run_py_relays_java_line_c", "file_not_found", "python3 pipeline.py",
       "a python pipeline relays the java step's last stderr line after its own words (the tool's folder is in the path)",
       {"pipeline.py": "import subprocess, sys\nr = subprocess.run(['java', '-cp', 'classes', 'Optimize'], capture_output=True, text=True)\nif r.returncode:\n    print('step optimize failed: ' + r.stderr.strip().splitlines()[-1], file=sys.stderr)\n    sys.exit(1)\n",
        "Optimize.java": "public class Optimize { public static void main(String[] a) { try { new ProcessBuilder(\"bin/optipng\", \"x.png\").start(); } catch (java.io.IOException e) { System.err.println(\"optimize: \" + e.getMessage()); System.exit(4); } } }\n"},
       {"path": "bin/optipng"}, "Cannot run program", setup=javac("Optimize.java")),
    # ---- org.json's wording: "... at N [character C line L]" ----
    sc("c_orgjson_log4j_expected_colon", "json_format", "java -cp classes Routes conf/routes.json",
       "a log4j-pattern line quotes an org.json JSONException's message about the argv's file",
       dict(ORG_JSON, **{"Routes.java": "import org.json.JSONException; import java.nio.file.*;\npublic class Routes {\n  static void parse(String t) { int i = t.indexOf(\"\\\"home\\\" \\\"\"); if (i >= 0) throw new JSONException(\"Expected a ':' after a key at \" + (i + 8) + \" [character 9 line 2]\"); }\n  public static void main(String[] a) throws Exception {\n    try { parse(Files.readString(Path.of(a[0]))); }\n    catch (JSONException e) { System.out.println(\"2026-12-07 09:00:00,101 ERROR [main] Routes - cannot load \" + a[0] + \": \" + e.getMessage()); System.exit(1); }\n  }\n}\n",
                         "conf/routes.json": "{\n  \"home\" \"/\",\n  \"about\": \"/about\"\n}\n"}),
       {"json_file": "conf/routes.json"}, "[character 9 line 2]", setup=javac("org/json/JSONException.java", "Routes.java")),
    sc("c_orgjson_message_alone_argv", "json_format", "java -cp classes Import data/orders.json",
       "the importer prints only e.getMessage() of org.json's error; the file is the argv's",
       dict(ORG_JSON, **{"Import.java": "import org.json.JSONException; import java.nio.file.*;\npublic class Import { public static void main(String[] a) throws Exception { String t = Files.readString(Path.of(a[0])); try { if (t.strip().endsWith(\",\")) throw new JSONException(\"A JSONArray text must end with ']' at \" + t.strip().length() + \" [character 1 line 4]\"); } catch (JSONException e) { System.err.println(e.getMessage()); System.exit(2); } } }\n",
                         "data/orders.json": "[\n  {\"id\": 7},\n  {\"id\": 8},\n"}),
       {"json_file": "data/orders.json"}, "A JSONArray text must end", setup=javac("org/json/JSONException.java", "Import.java")),
    # ---- a path after the words that a file is missing ----
    sc("c_after_py_runtime_template_c", "file_not_found", "python3 mailer.py",
       "a Python program raises RuntimeError('template does not exist: views/welcome.hbs')",
       {"mailer.py": "import os\nTEMPLATE = 'views/welcome.hbs'\nif not os.path.exists(TEMPLATE):\n    raise RuntimeError(f'template does not exist: {TEMPLATE}')\n"},
       {"path": "views/welcome.hbs"}, "RuntimeError"),
    sc("c_after_java_state_key", "file_not_found", "java -cp classes Signer",
       "a Java program throws IllegalStateException('missing key file: certs/signing.key') after its own check",
       {"Signer.java": "public class Signer { public static void main(String[] a) { java.io.File k = new java.io.File(\"certs/signing.key\"); if (!k.exists()) throw new IllegalStateException(\"missing key file: \" + k.getPath()); } }\n"},
       {"path": "certs/signing.key"}, "IllegalStateException", setup=javac("Signer.java")),
    sc("c_after_shell_input_missing", "file_not_found", "./convert.sh",
       "a shell script says 'error: input file not found: data/in.csv' and exits 2",
       {"convert.sh": "#!/bin/sh\nIN=data/in.csv\n[ -f \"$IN\" ] || { echo \"error: input file not found: $IN\" >&2; exit 2; }\n"},
       {"path": "data/in.csv"}, modes={"convert.sh": 0o755}),
    # ---- an npm script's program named with a folder is a file of the project ----
    sc("c_npm_dot_script_missing_e", "file_not_found", "npm run build",
       "an npm script runs ./bin/build.sh, which is not in the project (sh: 1: ./bin/build.sh: not found)",
       {"package.json": pkg({"build": "./bin/build.sh --release"})},
       {"path": "bin/build.sh"}, "not found"),
    sc("c_npm_rel_script_missing", "file_not_found", "npm run docs",
       "an npm script runs scripts/gen-docs.sh by a relative path without ./; it is missing",
       {"package.json": pkg({"docs": "scripts/gen-docs.sh"})},
       {"path": "scripts/gen-docs.sh"}, "not found"),
    # ---- a package the program quotes, then only Node's module-not-found code ----
    sc("c_modcode_optional_dep_cjs_c", "missing_module", "node resize.js",
       "a CommonJS tool tries an optional dependency and prints its own line with the quoted name and e.code, then exits 1",
       {"resize.js": r"""let sharp;
try { sharp = require('sharp'); }
catch (e) { console.error(`resize: optional dependency 'sharp' unavailable (${e.code}); cannot resize without it`); process.exit(1); }
"""},
       {"module": "sharp"}, "MODULE_NOT_FOUND"),
    sc("c_modcode_relayed_esm_loader", "missing_module", "python3 build.py",
       "python runs an ESM loader that prints the adapter it tried and err.code; python relays the line with its prefix",
       {"build.py": "import subprocess, sys\nr = subprocess.run(['node', 'adapters.mjs'], capture_output=True, text=True)\nfor line in r.stderr.splitlines():\n    print('[adapters] ' + line, file=sys.stderr)\nsys.exit(r.returncode)\n",
        "adapters.mjs": r"""const name = '@sveltejs/adapter-node';
try { await import(name); }
catch (err) { console.error(`adapter "${name}" could not be loaded: ${err.code}`); process.exit(2); }
"""},
       {"module": "@sveltejs/adapter-node"}, "ERR_MODULE_NOT_FOUND"),
]
