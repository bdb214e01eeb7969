"""Session 14, helper s14-kinds-a (prefix b_): proofs of the kinds written from 104 probed runs of Python in unusual
wrappers and of shells and tools (labels written before the output was seen). Each kind is proven on programs of
other shapes than the probe that found it. All names hash to kinds14a_train (capture.py hash_bit == 0).

Kinds: a process runner's prefix in front of every line (docker compose 'web-1  | ', honcho/foreman '13:45:25 web.1 | ',
kubectl logs --prefix '[pod/x/c] '); mv's and ln's target in a folder that does not exist (the missing folder);
a program's subject word that names no file ('cannot read input: No such file or directory': the argv's file is the path).
"""
from scenarios.common import sc

# a compose-like runner: runs each service's command, prefixes its lines with the padded service name
COMPOSE = ("import subprocess, sys\nSERVICES = %s\nwidth = max(len(n) for n in SERVICES) + 2\nrc = 0\n"
           "for name, cmd in SERVICES.items():\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)\n"
           "    for line in p.stdout:\n        print(name.ljust(width) + '| ' + line, end='')\n    code = p.wait()\n"
           "    print(f'{name} exited with code {code}')\n    rc = rc or code\nsys.exit(rc)\n")
# a honcho-like Procfile runner: clock time, process name, '| '
HONCHO = ("import subprocess, sys, time\nPROCS = %s\nwidth = max(len(n) for n in PROCS) + 1\n"
          "def say(name, text):\n    print(time.strftime('%%H:%%M:%%S') + ' ' + name.ljust(width) + '| ' + text, end='')\n"
          "rc = 0\nfor name, cmd in PROCS.items():\n    say(name, 'started\\n')\n    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)\n"
          "    for line in p.stdout:\n        say(name, line)\n    code = p.wait()\n    say('system', f'{name} stopped (rc={code})\\n')\n    rc = rc or code\n"
          "say('system', 'sending SIGTERM to all processes\\n')\nsys.exit(rc)\n")
# a kubectl-logs-like reader: '[pod/NAME/CONTAINER] ' before each line
KUBE = ("import subprocess, sys\np = subprocess.Popen(%s, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)\n"
        "for line in p.stdout:\n    print('[pod/%s/%s] ' + line, end='')\nsys.exit(p.wait())\n")

SCENARIOS = [
    # ---------------- runner prefixes ----------------
    sc("b_prefix_compose_bash_entrypoint_d", "syntax", "python3 compose.py",
       "a compose-like runner runs the db service (fine) and the worker service's bash entrypoint, which has a stray fi on line 5; every line is prefixed with 'worker-1  | '",
       {"compose.py": COMPOSE % "{'db-1': ['bash', '-c', 'echo db ready'], 'worker-1': ['bash', 'docker/entrypoint.sh']}",
        "docker/entrypoint.sh": "set -e\necho 'worker: migrating'\necho 'worker: starting'\ntrue\nfi\nexec sleep 1\n"},
       {"file": "docker/entrypoint.sh", "line": "5"}, "syntax error"),
    sc("b_prefix_honcho_python_indent", "syntax", "python3 procs.py",
       "a honcho-like runner starts web (a python app importing settings_local.py, which has an unexpected indent on line 3); each line is prefixed with a clock time and 'web    | '",
       {"procs.py": HONCHO % "{'web': [sys.executable, 'app.py']}",
        "app.py": "print('web: booting')\nimport settings_local\nprint(settings_local.DEBUG)\n",
        "settings_local.py": "DEBUG = True\nPORT = 8000\n    HOSTS = ['a']\n"},
       {"file": "settings_local.py", "line": "3"}, "IndentationError"),
    sc("b_prefix_kubectl_json_code_line_d", "json_format", "python3 kubelogs.py",
       "a kubectl-logs-like reader prefixes each line of the api container with '[pod/api-6c9f/api] '; the api's traceback ends in a JSONDecodeError of conf/flags.json, which only its code line names",
       {"kubelogs.py": KUBE % ("[sys.executable, 'api.py']", "api-6c9f", "api"),
        "api.py": "import json\nprint('api: loading flags')\nflags = json.load(open('conf/flags.json'))\n",
        "conf/flags.json": '{\n  "beta": true,\n  "ratio": .5\n}\n'},
       {"json_file": "conf/flags.json", "line": "3", "column": "12"}, "JSONDecodeError"),
    sc("b_prefix_compose_ssl_fnf_code_line_a", "file_not_found", "python3 up.py",
       "a compose-like runner prefixes 'proxy-1  | '; the proxy's ssl.load_verify_locations of certs/ca.pem raises FileNotFoundError without a file name (only the code line names it)",
       {"up.py": COMPOSE % "{'proxy-1': [sys.executable, 'proxy.py']}",
        "proxy.py": "import ssl\nprint('proxy: tls on')\nctx = ssl.create_default_context()\nctx.load_verify_locations('certs/ca.pem')\n"},
       {"path": "certs/ca.pem"}, "FileNotFoundError"),
    # a negative: a log format whose level is followed by ' | ' is no runner prefix; a retried refusal, then success
    sc("b_neg_pipe_log_format_retry_ok", "negative", "python3 waiter.py",
       "a logging format 'LEVEL | name | msg' logs two refused attempts as WARNING, then connects; exit 0",
       {"waiter.py": "import logging, socket\nlogging.basicConfig(format='%(levelname)s | %(name)s | %(message)s', level=logging.INFO)\nlog = logging.getLogger('waiter')\n"
        "srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()\nfor i, port in enumerate([{{db}}, {{db}}, srv.getsockname()[1]], 1):\n"
        "    try:\n        socket.create_connection(('127.0.0.1', port), timeout=1).close()\n        log.info('connected on attempt %d', i)\n        break\n"
        "    except OSError as e:\n        log.warning('attempt %d: %s, retrying', i, e)\n"},
       {}, "", exit=0, servers={"db": ("closed",)}),

    # ---------------- mv / ln into a folder that does not exist ----------------
    sc("b_mv_rotate_script_archive_missing", "file_not_found", "bash rotate.sh",
       "a log rotation script (set -e) moves logs/app.log to logs/archive/app.1.log; logs/archive does not exist",
       {"rotate.sh": "set -e\necho 'rotating app.log'\nmv logs/app.log logs/archive/app.1.log\n: > logs/app.log\necho rotated\n", "logs/app.log": "line\n"},
       {"path": "logs/archive/app.1.log", "missing_dir": "logs/archive"}, "cannot move"),
    sc("b_ln_make_lib_dir_missing_c", "file_not_found", "make link",
       "a make recipe links build/lib/libfast.so to the built library; build/lib does not exist",
       {"Makefile": "link:\n\tln -sf ../../out/libfast.so.1 build/lib/libfast.so\n"},
       {"path": "build/lib/libfast.so", "missing_dir": "build/lib"}, "failed to create symbolic link"),
    sc("b_mv_python_publish_subprocess", "file_not_found", "python3 publish.py",
       "publish.py moves the built wheel into a dist/2026 folder with subprocess (check=True); mv fails, CalledProcessError follows",
       {"publish.py": "import subprocess\nprint('publish: moving wheel')\nsubprocess.run(['mv', 'build/pkg-1.0.whl', 'dist/2026/pkg-1.0.whl'], check=True)\n",
        "build/pkg-1.0.whl": "x"},
       {"path": "dist/2026/pkg-1.0.whl", "missing_dir": "dist/2026"}, "cannot move"),

    # ---------------- a subject word that names no file ----------------
    sc("b_word_python_source_strerror_b", "file_not_found", "python3 csv2json.py exports/q3.csv",
       "a converter prints 'csv2json: cannot open source: No such file or directory' (its own words, e.strerror) and exits 1; the file is the argv's",
       {"csv2json.py": "import sys\ntry:\n    src = open(sys.argv[1])\nexcept OSError as e:\n    print(f'csv2json: cannot open source: {e.strerror}', file=sys.stderr)\n    sys.exit(1)\n"},
       {"path": "exports/q3.csv"}, "No such file or directory"),
    sc("b_word_perl_output_perm", "permission", "perl dump.pl out/dump.txt",
       "a perl dumper dies 'dump: cannot write output: Permission denied' for a read-only out folder (no capabilities); the file is the argv's",
       {"dump.pl": "my $f = shift;\nopen(my $fh, '>', $f) or die \"dump: cannot write output: $!\\n\";\nprint $fh \"x\\n\";\n"},
       {"path": "out/dump.txt"}, "Permission denied", dirs=["out"], modes={"out": 0o555}, drop_caps=True),
    sc("b_word_python_logging_template", "file_not_found", "python3 render.py --template tpl/invoice.html",
       "a renderer logs 'ERROR render: could not load template: No such file or directory' (strerror only); the template is the argv's --template",
       {"render.py": "import argparse, logging, sys\nlogging.basicConfig(format='%(levelname)s %(name)s: %(message)s')\nlog = logging.getLogger('render')\n"
        "ap = argparse.ArgumentParser()\nap.add_argument('--template')\na = ap.parse_args()\ntry:\n    open(a.template)\nexcept OSError as e:\n"
        "    log.error('could not load template: %s', e.strerror)\n    sys.exit(1)\n"},
       {"path": "tpl/invoice.html"}, "No such file or directory"),
    # a negative: the word is a file the command names (cat notes), a grep of it that finds nothing
    sc("b_neg_word_in_argv_grep_nomatch", "negative", "grep -c TODO notes",
       "grep counts TODO in a file named notes that has none: prints 0, exit 1",
       {"notes": "done\n"}, {}, "", exit=1),

    # ---------------- the command line printed above the error (xtrace, make's echo, xargs -t) names the file ----------------
    sc("b_trace_bash_x_perl_input", "file_not_found", "bash -x import.sh",
       "import.sh run with bash -x calls perl tools/sum.pl data/ledger.csv; the perl script dies 'sum: cannot read input: No such file or directory'; the file is only in the traced command line",
       {"import.sh": "set -e\nLEDGER=data/ledger.csv\nperl tools/sum.pl \"$LEDGER\"\necho imported\n",
        "tools/sum.pl": "my $f = shift;\nopen(my $fh, '<', $f) or die \"sum: cannot read input: $!\\n\";\n"},
       {"path": "data/ledger.csv"}, "No such file or directory"),
    sc("b_trace_make_echo_python_rules_c", "file_not_found", "make lint",
       "make echoes its recipe python3 tools/lint.py conf/rules.yml; lint.py prints 'lint: cannot open rules: No such file or directory' (strerror only)",
       {"Makefile": "lint:\n\tpython3 tools/lint.py conf/rules.yml\n",
        "tools/lint.py": "import sys\ntry:\n    open(sys.argv[1])\nexcept OSError as e:\n    sys.exit(f'lint: cannot open rules: {e.strerror}')\n"},
       {"path": "conf/rules.yml"}, "No such file or directory"),
    sc("b_trace_xargs_t_python_check", "file_not_found", "xargs -t -n1 python3 check.py < list.txt",
       "xargs -t runs python3 check.py for each file of a list and prints each command line first; data/b.csv is missing: 'check: cannot read input: No such file or directory'",
       {"list.txt": "data/a.csv\ndata/b.csv\n", "data/a.csv": "x\n",
        "check.py": "import sys\ntry:\n    print(len(open(sys.argv[1]).read()))\nexcept OSError as e:\n    print(f'check: cannot read input: {e.strerror}', file=sys.stderr)\n    sys.exit(1)\n"},
       {"path": "data/b.csv"}, "No such file or directory"),
    sc("b_trace_set_x_pack_perm_d", "permission", "bash release.sh",
       "release.sh turns on set -x and runs ./bin/pack out/pkg.tar; pack prints 'pack: cannot write archive: Permission denied' for a read-only out folder (no capabilities)",
       {"release.sh": "set -e\nset -x\n./bin/pack out/pkg.tar\n", "bin/pack": "#!/bin/sh\n( : > \"$1\" ) 2>/dev/null || { echo 'pack: cannot write archive: Permission denied' >&2; exit 1; }\n"},
       {"path": "out/pkg.tar"}, "Permission denied", dirs=["out"], modes={"out": 0o555, "bin/pack": 0o755}, drop_caps=True),

    # ---------------- Python's exception group tree ('  | ' before each line of a sub-exception's traceback) ----------------
    sc("b_group_taskgroup_indent_settings_a", "syntax", "python3 boot_async.py",
       "an asyncio TaskGroup loads config and settings in two tasks; settings_prod.py has an unexpected indent on line 3; the IndentationError is inside the ExceptionGroup tree",
       {"boot_async.py": "import asyncio, importlib, json\n\nasync def config():\n    await asyncio.sleep(0)\n    return {}\n\nasync def settings():\n    await asyncio.sleep(0)\n    return importlib.import_module('settings_prod')\n\n"
        "async def main():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(config())\n        tg.create_task(settings())\n\nasyncio.run(main())\n",
        "settings_prod.py": "DEBUG = False\nWORKERS = 4\n  TIMEOUT = 30\n"},
       {"file": "settings_prod.py", "line": "3"}, "IndentationError"),
    sc("b_group_manual_raise_compile", "syntax", "python3 check_templates.py",
       "a template checker compiles each templates/*.py and raises ExceptionGroup('template check failed', errors) by hand; templates/row.py has an unclosed bracket reported on line 2",
       {"check_templates.py": "import glob\nerrors = []\nfor p in sorted(glob.glob('templates/*.py')):\n    try:\n        compile(open(p).read(), p, 'exec')\n    except SyntaxError as e:\n        errors.append(e)\nprint(f'checked templates, {len(errors)} failed')\n"
        "if errors:\n    raise ExceptionGroup('template check failed', errors)\n",
        "templates/head.py": "TITLE = 'x'\n", "templates/row.py": "CELLS = 3\nROW = ['a', 'b',\n"},
       {"file": "templates/row.py", "line": "2"}, "SyntaxError"),
    sc("b_group_nested_tls_code_line_a", "file_not_found", "python3 mesh.py",
       "nested TaskGroups; an inner task loads certs/ca-bundle.pem with ssl.load_verify_locations (FileNotFoundError without a file name): only the code line inside the nested tree names it",
       {"mesh.py": "import asyncio, ssl\n\nasync def trust():\n    await asyncio.sleep(0)\n    ctx = ssl.create_default_context()\n    ctx.load_verify_locations('certs/ca-bundle.pem')\n\n"
        "async def peer():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(trust())\n\nasync def main():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(peer())\n\nasyncio.run(main())\n"},
       {"path": "certs/ca-bundle.pem"}, "FileNotFoundError"),
    sc("b_neg_group_validation_errors", "negative", "python3 validate_rows.py",
       "a validator raises ExceptionGroup('invalid rows', [ValueError('row 3: bad date'), ValueError('row 7: amount is not a number')]): data errors, none of the eight causes",
       {"validate_rows.py": "rows = {3: '2026-13-01', 7: 'abc'}\nerrs = [ValueError('row 3: bad date %s' % rows[3]), ValueError('row 7: amount is not a number: %s' % rows[7])]\n"
        "print('validated 9 rows')\nraise ExceptionGroup('invalid rows', errs)\n"},
       {}, "ExceptionGroup", exit=1),
]
