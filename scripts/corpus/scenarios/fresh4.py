"""A fourth fresh set (prefix i_): shell and command-line tools (coreutils, tar/unzip/sed/awk/xargs/sort/split/tee/flock/
timeout/env -S), bash features (set -euo pipefail and ERR traps, here-docs, process substitution, sourced libraries,
exec, PATH lookups), make with -C/-k/include/pattern rules, npm scripts and workspaces, node CLIs with config files,
java -cp/-jar and the source launcher, perl, the sqlite3 CLI, curl/wget with config files, git hooks/submodules/config
includes, ssh/openssl, and logs whose root cause is not on the last line. Written after three fresh sets had been
used, so it measures the rules on errors nobody has seen. Split: fresh4_train / fresh4_holdout by a fixed hash of the
name (capture.py)."""
from textwrap import dedent

from scenarios.common import sc, WS_LINK, WS_REQ

CLOSED = {"api": ("closed",)}
PY = "/usr/bin/python3"


def t(s):
    """a file's text written as an indented triple-quoted string"""
    return dedent(s).lstrip("\n")


def java_app(cls, src, extra=""):
    """files + setup for a class compiled into out/ (package path taken from cls, e.g. app.Main)"""
    path = "src/%s.java" % cls.replace(".", "/")
    return {path: t(src)}, ["mkdir -p out && javac -d out %s%s" % (path, extra)]


def java_jar(cls, src, jar="app.jar", manifest_cp=None):
    """files + setup for a runnable jar (java -jar JAR), optionally with a manifest Class-Path"""
    path = "src/%s.java" % cls.replace(".", "/")
    mf = ""
    if manifest_cp:
        mf = "printf 'Class-Path: %s\\n' > mf.txt && " % manifest_cp
    setup = "mkdir -p out $(dirname %s) && javac -d out %s && %sjar cf%se %s %s -C out . && rm -rf out mf.txt" % (
        jar, path, mf, "m" if manifest_cp else "", (jar + " mf.txt") if manifest_cp else jar, cls)
    return {path: t(src)}, [setup]


def merge(*dicts):
    out = {}
    for d in dicts:
        out.update(d)
    return out


# ---- java programs shared by a few scenarios ----
J_SYNC_FILES, J_SYNC_SETUP = java_jar("tools.Sync", """
    package tools;

    import java.io.*;
    import java.net.Socket;
    import java.nio.file.*;
    import java.util.Properties;

    public class Sync {
        public static void main(String[] a) throws Exception {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(a[1]))) {
                p.load(in);
            }
            System.out.println("sync: loading " + a[1]);
            try (Socket s = new Socket(p.getProperty("target.host"), Integer.parseInt(p.getProperty("target.port")))) {
                System.out.println("sync: connected");
            }
        }
    }
    """, jar="tools/sync.jar")

J_EXPORT_SETUP = ["mkdir -p out tools && javac -d out src/tools/Export.java && jar cfe tools/export.jar tools.Export -C out . && rm -rf out"]

SCENARIOS = [
    # ================= missing_module =================
    sc("i_mm_java_jar_manifest_classpath", "missing_module", "java -jar build/report.jar --since 2026-12-01",
       "a runnable jar whose manifest Class-Path names lib/picocli-4.7.5.jar, which was not shipped next to it",
       {"src/picocli/CommandLine.java": t("""
            package picocli;

            public class CommandLine {
                public CommandLine(Object o) {}
                public int execute(String... a) { return 0; }
            }
            """),
        "src/app/Report.java": t("""
            package app;

            public class Report {
                public static void main(String[] a) {
                    System.exit(new picocli.CommandLine(new Report()).execute(a));
                }
            }
            """)},
       {"module": "picocli.CommandLine"}, "java.lang.NoClassDefFoundError",
       setup=["mkdir -p libout out build && javac -d libout src/picocli/CommandLine.java && javac -cp libout -d out src/app/Report.java"
              " && printf 'Class-Path: lib/picocli-4.7.5.jar\\n' > mf.txt && jar cfme build/report.jar mf.txt app.Report -C out . && rm -rf libout out mf.txt"]),
    sc("i_mm_java_jdbc_driver_cp", "missing_module", "java -cp out app.Migrate",
       "a migration tool loads the PostgreSQL JDBC driver by name; the driver jar is not on the class path",
       *java_app("app.Migrate", """
            package app;

            public class Migrate {
                public static void main(String[] a) throws Exception {
                    System.out.println("migrate: loading driver");
                    Class.forName("org.postgresql.Driver");
                    System.out.println("migrate: driver loaded");
                }
            }
            """)[:1], {"module": "org.postgresql.Driver"}, "java.lang.ClassNotFoundException",
       setup=["mkdir -p out && javac -d out src/app/Migrate.java"]),
    sc("i_mm_perl_findbin_lib", "missing_module", "perl bin/nightly-report.pl",
       "perl script adds its lib folder with FindBin and uses Report::Mailer, which is not in that folder",
       {"bin/nightly-report.pl": t("""
            #!/usr/bin/perl
            use strict;
            use warnings;
            use FindBin;
            use lib "$FindBin::Bin/../lib";
            use Report::Format;
            use Report::Mailer;
            print Report::Format::title(), "\\n";
            """),
        "lib/Report/Format.pm": "package Report::Format;\nsub title { 'nightly' }\n1;\n"},
       {"module": "Report::Mailer"}, "perl"),
    sc("i_mm_make_c_perl_yaml", "missing_module", "make -C tools inventory",
       "make -C tools: a perl one-liner in the sub-Makefile needs YAML::XS, which is not installed",
       {"tools/Makefile": "inventory:\n\tperl -MYAML::XS=LoadFile -e 'print scalar keys %{LoadFile(\"hosts.yml\")}' > hosts.count\n",
        "tools/hosts.yml": "web1: {}\nweb2: {}\n"},
       {"module": "YAML::XS"}, "make"),
    sc("i_mm_npm_workspace_pkg", "missing_module", "npm run build -w packages/web",
       "npm workspaces: the web package requires its sibling @acme/ui, but the workspaces were never installed (no node_modules links)",
       {"package.json": '{"name": "monorepo", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/ui/package.json": '{"name": "@acme/ui", "version": "1.0.0", "main": "index.js"}\n',
        "packages/ui/index.js": "exports.button = () => '<button/>';\n",
        "packages/web/package.json": '{"name": "@acme/web", "version": "1.0.0", "scripts": {"build": "node build.js"}}\n',
        "packages/web/build.js": "const { button } = require('@acme/ui');\nconsole.log(button());\n"},
       {"module": "@acme/ui"}, "Error: Cannot find module", tool="npm", ecosystem="node"),
    sc("i_mm_node_cli_plugin_config", "missing_module", "node bin/lint.js src",
       "a node CLI loads the plugins its .linterrc.json lists; one plugin package is not installed",
       {"bin/lint.js": t("""
            const fs = require('fs');
            const path = require('path');
            const rc = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.linterrc.json'), 'utf8'));
            const plugins = rc.plugins.map((name) => require(name));
            console.log(`linting ${process.argv[2]} with ${plugins.length} plugins`);
            """),
        ".linterrc.json": '{\n  "plugins": ["linter-plugin-security"],\n  "rules": {"no-eval": "error"}\n}\n',
        "src/a.js": "eval('1');\n"},
       {"module": "linter-plugin-security"}, "Error: Cannot find module"),
    sc("i_mm_bash_lib_function_python", "missing_module", "bash scripts/publish.sh",
       "a bash script sources a library whose function runs a python step that needs boto3 (not installed)",
       {"scripts/publish.sh": t("""
            #!/bin/bash
            set -euo pipefail
            source "$(dirname "$0")/lib/aws.sh"
            echo "publishing release 1.4.2"
            upload_artifact dist/app-1.4.2.tgz
            """),
        "scripts/lib/aws.sh": t("""
            upload_artifact() {
              python3 - "$1" <<'EOF'
            import sys
            import boto3
            boto3.client('s3').upload_file(sys.argv[1], 'releases', sys.argv[1])
            EOF
            }
            """),
        "dist/app-1.4.2.tgz": "x"},
       {"module": "boto3"}, "ModuleNotFoundError", tool="bash", ecosystem="python"),
    sc("i_mm_make_k_jinja_then_tar", "missing_module", "make -k site",
       "make -k: the page generator needs mako (not installed); make keeps going and the packaging step then fails on the missing output",
       {"Makefile": "site: pages package\n\npages:\n\tpython3 tools/render.py templates out\n\npackage:\n\ttar czf site.tgz out\n",
        "tools/render.py": "import sys\nfrom mako.lookup import TemplateLookup\n\nlookup = TemplateLookup(directories=[sys.argv[1]])\n",
        "templates/index.html": "<h1>{{ title }}</h1>\n"},
       {"module": "mako"}, "ModuleNotFoundError", tool="make", ecosystem="python"),
    sc("i_mm_xargs_python_jobs", "missing_module", "ls jobs/*.py | xargs -n1 python3",
       "xargs runs each job script; the second one imports paramiko, which is not installed",
       {"jobs/a_cleanup.py": "print('cleanup ok')\n", "jobs/b_sftp_pull.py": "import paramiko\n\nprint(paramiko.__version__)\n"},
       {"module": "paramiko"}, "ModuleNotFoundError", tool="xargs", ecosystem="python"),
    sc("i_mm_git_hook_python_lint", "missing_module", "git commit -qm 'add api'",
       "a python pre-commit hook imports yamllint, which is not installed; the commit is aborted",
       {"api.yml": "a: 1\n",
        "hooks/pre-commit": "#!/usr/bin/python3\nimport subprocess\nfrom yamllint import linter\n\nprint('linting staged YAML')\n"},
       {"module": "yamllint"}, "ModuleNotFoundError", setup=["git init -q . && git config core.hooksPath hooks && chmod +x hooks/pre-commit && git add api.yml"],
       tool="git", ecosystem="python"),
    sc("i_mm_node_esm_bare_specifier_cli", "missing_module", "node scripts/gen-sitemap.mjs",
       "an ESM script imports fast-glob, which is not installed",
       {"scripts/gen-sitemap.mjs": "import fg from 'fast-glob';\n\nconst pages = await fg('pages/**/*.html');\nconsole.log(pages.length);\n"},
       {"module": "fast-glob"}, "Error [ERR_MODULE_NOT_FOUND]"),
    sc("i_mm_perl_env_s_shebang_module", "missing_module", "tools/csv2json data/users.csv",
       "an env -S shebang runs perl -w; the script uses Text::CSV, which is not installed",
       {"tools/csv2json": "#!/usr/bin/env -S perl -w\nuse strict;\nuse Text::CSV;\nmy $csv = Text::CSV->new;\n", "data/users.csv": "id\n1\n"},
       {"module": "Text::CSV"}, "perl", modes={"tools/csv2json": 0o755}, tool="csv2json", ecosystem="perl"),

    # ================= permission =================
    sc("i_perm_cp_release_dir", "permission", "cp build/app-2.3.tgz releases/",
       "cp into a releases folder that may not be written (run without capabilities)",
       {"build/app-2.3.tgz": "x"}, {"path": "releases/app-2.3.tgz"}, "cp", dirs=["releases"], modes={"releases": 0o555}, drop_caps=True),
    sc("i_perm_sed_inplace_ro_dir", "permission", "sed -i 's/^level=debug/level=info/' conf/logging.conf",
       "sed -i must create its temporary file next to the target, in a folder that may not be written (run without capabilities)",
       {"conf/logging.conf": "level=debug\n"}, {"path": "conf"}, "sed", modes={"conf": 0o555}, drop_caps=True),
    sc("i_perm_tee_deploy_log", "permission", "bash -o pipefail -c 'echo deploying v7; echo done' | tee logs/deploy.log",
       "the output of a deploy is piped into tee, whose log file is read-only (run without capabilities)",
       {"logs/deploy.log": "old\n"}, {"path": "logs/deploy.log"}, "tee", modes={"logs/deploy.log": 0o444}, drop_caps=True, tool="tee", ecosystem="tools"),
    sc("i_perm_flock_lockfile", "permission", "flock run/nightly.lock bash jobs/nightly.sh",
       "flock must create its lock file in a folder that may not be written (run without capabilities)",
       {"jobs/nightly.sh": "echo nightly\n"}, {"path": "run/nightly.lock"}, "flock", dirs=["run"], modes={"run": 0o555}, drop_caps=True),
    sc("i_perm_path_lookup_not_executable", "permission", "PATH=\"$PWD/tools:$PATH\" release-notes v2.3",
       "a helper found by PATH lookup has no execute bit (bash finds it and cannot run it)",
       {"tools/release-notes": "#!/bin/sh\necho notes for $1\n"}, {"path": "tools/release-notes"}, "bash",
       modes={"tools/release-notes": 0o644}, drop_caps=True, tool="release-notes", ecosystem="shell"),
    sc("i_perm_make_c_docs_build", "permission", "make -C docs html",
       "make -C docs: the html step creates its output folder inside a read-only _build (run without capabilities)",
       {"docs/Makefile": "html:\n\tmkdir _build/html\n\tcp index.txt _build/html/index.html\n", "docs/index.txt": "docs\n"},
       {"path": "docs/_build/html"}, "make", dirs=["docs/_build"], modes={"docs/_build": 0o555}, drop_caps=True),
    sc("i_perm_java_jar_log_file", "permission", "java -jar app.jar",
       "a java app appends to logs/app.log, which is read-only (run without capabilities)",
       *java_jar("app.Main", """
            package app;

            import java.io.*;

            public class Main {
                public static void main(String[] a) throws IOException {
                    try (PrintWriter w = new PrintWriter(new FileWriter("logs/app.log", true))) {
                        w.println("started");
                    }
                }
            }
            """)[:1], {"path": "logs/app.log"}, "java.io.FileNotFoundException",
       setup=["mkdir -p out logs && javac -d out src/app/Main.java && jar cfe app.jar app.Main -C out . && rm -rf out"
                                              " && echo old > logs/app.log && chmod 444 logs/app.log"], drop_caps=True),
    sc("i_perm_sqlite_cli_readonly_db", "permission", "sqlite3 data/inventory.db \"insert into items values ('bolt', 40)\"",
       "sqlite3 CLI writes to a database file that is read-only (run without capabilities)",
       {}, {"path": "data/inventory.db"}, "sqlite3",
       setup=["mkdir -p data && sqlite3 data/inventory.db 'create table items(name text, qty int)' && chmod 444 data/inventory.db"], drop_caps=True),
    sc("i_perm_tar_extract_dir", "permission", "tar xzf vendor.tgz -C vendor",
       "tar extracts into a vendor folder that may not be written: Cannot mkdir for each member, then the failure trailer (run without capabilities)",
       {}, {"path": "vendor/lib"}, "tar", dirs=["vendor"],
       setup=["mkdir -p pkg/lib && echo x > pkg/lib/a.js && echo y > pkg/lib/b.js && tar czf vendor.tgz -C pkg lib && rm -rf pkg && chmod 555 vendor"],
       drop_caps=True),
    sc("i_perm_npm_pack_destination", "permission", "npm pack --pack-destination release",
       "npm pack writes the tarball into a folder that may not be written; npm prints EACCES and the log path (run without capabilities)",
       {"package.json": '{"name": "widget", "version": "0.3.0", "files": ["index.js"]}\n', "index.js": "module.exports = 1;\n"},
       {"path": "release/widget-0.3.0.tgz"}, "npm ERR! code EACCES", dirs=["release"], modes={"release": 0o555}, drop_caps=True,
       tool="npm", ecosystem="node"),
    sc("i_perm_chmod_not_owner", "permission", "chmod 600 shared/deploy.key",
       "chmod of a file owned by another user: Operation not permitted (run without capabilities)",
       {"shared/deploy.key": "KEY\n"}, {"path": "shared/deploy.key"}, "chmod", setup=["chown nobody shared/deploy.key"], drop_caps=True),
    sc("i_perm_ln_current_symlink", "permission", "ln -sfn releases/2026-12-07 current",
       "switching the current symlink in a deploy folder that may not be written (run without capabilities)",
       {"releases/2026-12-07/app": "x"}, {"path": "current"}, "ln",
       setup=["ln -s releases/2026-12-06 current && chmod 555 ."], drop_caps=True),

    # ================= syntax =================
    sc("i_syn_bash_sourced_lib_eof", "syntax", "bash deploy/run.sh",
       "the deploy script sources lib/checks.sh, whose if is never closed with fi",
       {"deploy/run.sh": "#!/bin/bash\nset -e\nsource deploy/lib/checks.sh\ncheck_disk\necho deploying\n",
        "deploy/lib/checks.sh": t("""
            check_disk() {
              if [ "$(df --output=pcent / | tail -1 | tr -dc 0-9)" -gt 90 ]; then
                echo "disk almost full" >&2
                return 1
            }
            """)},
       {"file": "deploy/lib/checks.sh"}, "bash", tool="bash", ecosystem="shell"),
    sc("i_syn_dash_process_substitution", "syntax", "sh scripts/compare-users.sh",
       "a bash-only process substitution run by sh (dash): Syntax error: \"(\" unexpected",
       {"scripts/compare-users.sh": "#!/bin/sh\necho comparing\ndiff <(sort a.txt) <(sort b.txt)\n", "a.txt": "x\n", "b.txt": "x\n"},
       {"file": "scripts/compare-users.sh", "line": 3}, "sh", shell="dash", tool="sh", ecosystem="shell"),
    sc("i_syn_awk_program_file", "syntax", "awk -F, -f tools/totals.awk data/sales.csv",
       "an awk program file with one closing brace too many",
       {"tools/totals.awk": "NR > 1 { total[$1] += $2 }}\nEND { for (k in total) print k, total[k] }\n", "data/sales.csv": "region,amount\neu,3\n"},
       {"file": "tools/totals.awk", "line": 1}, "awk"),
    sc("i_syn_sed_script_file", "syntax", "sed -f tools/scrub.sed logs/app.log",
       "a sed script file whose second command is an unterminated s command",
       {"tools/scrub.sed": "s/password=[^ ]*/password=***/g\ns/token=[^ ]*/token=***\n", "logs/app.log": "user=a password=b\n"},
       {"file": "tools/scrub.sed", "line": 2}, "sed"),
    sc("i_syn_jq_filter_file", "syntax", "jq -f filters/summary.jq reports/today.json",
       "a jq filter file with a missing closing parenthesis",
       {"filters/summary.jq": "{\n  total: (.items | length,\n  names: [.items[].name]\n}\n",
        "reports/today.json": '{"items": [{"name": "a"}]}\n'},
       {"file": "filters/summary.jq"}, "jq"),
    sc("i_syn_make_include_separator", "syntax", "make build",
       "the Makefile includes build/rules.mk, whose recipe is indented with spaces instead of a tab",
       {"Makefile": "include build/rules.mk\n\nbuild: bin/app\n",
        "build/rules.mk": "bin/app: src/app.c\n        mkdir -p bin\n        gcc -o bin/app src/app.c\n",
        "src/app.c": "int main(void) { return 0; }\n"},
       {"file": "build/rules.mk", "line": 2}, "make"),
    sc("i_syn_javac_set_x_build", "syntax", "bash build.sh",
       "a set -x build script compiles a package with javac; one class has a missing parenthesis, the trace surrounds the error",
       {"build.sh": "#!/bin/bash\nset -ex\nrm -rf out\nmkdir -p out\njavac -d out $(find src -name '*.java')\njar cf app.jar -C out .\n",
        "src/com/acme/util/Dates.java": t("""
            package com.acme.util;

            import java.time.LocalDate;

            public final class Dates {
                public static LocalDate parse(String s) {
                    return LocalDate.parse(s.trim();
                }
            }
            """),
        "src/com/acme/App.java": "package com.acme;\n\npublic class App {\n    public static void main(String[] a) {\n        System.out.println(com.acme.util.Dates.parse(a[0]));\n    }\n}\n"},
       {"file": "src/com/acme/util/Dates.java", "line": 7}, "javac", tool="bash", ecosystem="java"),
    sc("i_syn_perl_module_compilation_failed", "syntax", "perl -Ilib bin/sync.pl",
       "a perl module used by the script has a missing semicolon: the syntax error names the module, then Compilation failed in require and BEGIN failed name the script",
       {"bin/sync.pl": "use strict;\nuse warnings;\nuse App::Remote;\nApp::Remote::run();\n",
        "lib/App/Remote.pm": "package App::Remote;\nuse strict;\n\nsub run {\n    my $host = 'db1'\n    print \"syncing $host\\n\";\n}\n1;\n"},
       {"file": "lib/App/Remote.pm", "line": 6}, "perl"),
    sc("i_syn_node_cli_config_js", "syntax", "node bin/serve.js --config serve.config.js",
       "a node CLI requires the config file named on its command line; the config has a missing comma",
       {"bin/serve.js": t("""
            const path = require('path');
            const i = process.argv.indexOf('--config');
            const cfg = require(path.resolve(process.argv[i + 1]));
            console.log('serving on', cfg.port);
            """),
        "serve.config.js": "module.exports = {\n  port: 8080,\n  root: 'public'\n  spa: true,\n};\n"},
       {"file": "serve.config.js", "line": 4}, "SyntaxError"),
    sc("i_syn_sqlite_read_migration", "syntax", "sqlite3 app.db '.read migrations/002_orders.sql'",
       "sqlite3 .read of a migration with a typo in a keyword",
       {"migrations/002_orders.sql": "-- orders\nCREATE TABLE IF NOT EXISTS customers(id INTEGER PRIMARY KEY);\nCREATE TABEL orders(id INTEGER PRIMARY KEY, customer INTEGER);\n"},
       {"file": "migrations/002_orders.sql", "line": 3}, "sqlite3"),
    sc("i_syn_git_config_include", "syntax", "git status --short",
       "the repository's config includes a shared file with a malformed line: git refuses to run",
       {"gitconfig.shared": "[core]\n\tautocrlf = input\n[alias\n\tst = status\n"}, {"file": "gitconfig.shared", "line": 3}, "git",
       setup=["git init -q . && git config include.path ../gitconfig.shared"]),
    sc("i_syn_java_source_launcher", "syntax", "java tools/Rotate.java logs",
       "the java source launcher compiles a single-file program with a missing semicolon: error: compilation failed",
       {"tools/Rotate.java": t("""
            import java.nio.file.*;

            public class Rotate {
                public static void main(String[] a) throws Exception {
                    Path dir = Path.of(a[0])
                    System.out.println("rotating " + dir);
                }
            }
            """)},
       {"file": "tools/Rotate.java", "line": 5}, "java"),
    sc("i_syn_bash_heredoc_case", "syntax", "bash ops/restart.sh web",
       "a case statement in an ops script is missing its ;; before the next pattern",
       {"ops/restart.sh": t("""
            #!/bin/bash
            set -euo pipefail
            case "$1" in
              web)
                echo "restarting web"
              worker)
                echo "restarting worker"
                ;;
            esac
            """)},
       {"file": "ops/restart.sh", "line": 6}, "bash", tool="bash", ecosystem="shell"),

    # ================= connection =================
    sc("i_conn_curl_config_file", "connection", "curl -sS -K conf/status.curlrc",
       "curl reads its URL from a config file given with -K; the service is down",
       {"conf/status.curlrc": 'url = "http://127.0.0.1:{{api}}/v1/status"\nmax-time = 5\nfail\n'},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/v1/status"}, "curl", servers=CLOSED),
    sc("i_conn_wget_input_file", "connection", "wget --config=conf/wgetrc -i conf/mirror-urls.txt -P mirror",
       "wget with its own wgetrc (tries = 1) downloads the URLs listed in a file; the mirror host refuses",
       {"conf/wgetrc": "tries = 1\ntimeout = 5\n", "conf/mirror-urls.txt": "http://127.0.0.1:{{api}}/pool/app_1.0.deb\n"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/pool/app_1.0.deb"}, "wget", servers=CLOSED),
    sc("i_conn_git_submodule_http", "connection", "git submodule update --init",
       "git submodule update clones from an http URL in .gitmodules whose server is down",
       {}, {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/libs/parser.git"}, "git", servers=CLOSED,
       setup=["git init -q . && git config -f .gitmodules submodule.vendor/parser.path vendor/parser"
              " && git config -f .gitmodules submodule.vendor/parser.url http://127.0.0.1:{{api}}/libs/parser.git"
              " && git update-index --add --cacheinfo 160000,1111111111111111111111111111111111111111,vendor/parser && git add .gitmodules"]),
    sc("i_conn_psql_service_file", "connection", "psql 'service=reporting' -c 'select 1'",
       "psql connects through a service name defined in a pg_service.conf (PGSERVICEFILE); the database is down",
       {"conf/pg_service.conf": "[reporting]\nhost=127.0.0.1\nport={{api}}\ndbname=reports\nuser=report\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "psql", servers=CLOSED, env={"PGSERVICEFILE": "conf/pg_service.conf"},
       requires=["bin:psql"], ecosystem="psql"),
    sc("i_conn_java_httpclient_argv", "connection", "java -cp out app.Ping http://127.0.0.1:{{api}}/health",
       "java HttpClient to a URL given on the command line: ConnectException without any address in the output",
       *java_app("app.Ping", """
            package app;

            import java.net.URI;
            import java.net.http.*;

            public class Ping {
                public static void main(String[] a) throws Exception {
                    HttpResponse<String> r = HttpClient.newHttpClient().send(
                            HttpRequest.newBuilder(URI.create(a[0])).build(), HttpResponse.BodyHandlers.ofString());
                    System.out.println(r.statusCode());
                }
            }
            """)[:1], {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/health"}, "java.net.ConnectException",
       servers=CLOSED, setup=["mkdir -p out && javac -d out src/app/Ping.java"]),
    sc("i_conn_node_test_runner_fetch", "connection", "node --test test/",
       "node's test runner: a test fetches from an API that is down; the cause (ECONNREFUSED) is nested in the TAP output, the summary comes last",
       {"test/api.test.js": t("""
            const test = require('node:test');
            const assert = require('node:assert');

            test('lists users', async () => {
              const r = await fetch('http://127.0.0.1:{{api}}/users');
              assert.strictEqual(r.status, 200);
            });
            """)},
       {"host": "127.0.0.1", "port": "{{api}}"}, "TypeError: fetch failed", servers=CLOSED),
    sc("i_conn_make_k_upload_then_notify", "connection", "make -k release",
       "make -k: the upload step (curl) cannot connect; make keeps going, the notify step then fails on the missing receipt",
       {"Makefile": "release: upload notify\n\nupload:\n\tcurl -fsS -T dist/app.tgz http://127.0.0.1:{{api}}/upload/app.tgz -o receipt.json\n\n"
        "notify:\n\tcat receipt.json\n", "dist/app.tgz": "x"},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/upload/app.tgz"}, "make", servers=CLOSED),
    sc("i_conn_bash_err_trap_curl", "connection", "bash scripts/warm-cache.sh",
       "a set -euo pipefail script with an ERR trap: curl cannot connect, the trap prints the failing line and command last",
       {"scripts/warm-cache.sh": t("""
            #!/bin/bash
            set -euo pipefail
            trap 'echo "warm-cache: command \\"$BASH_COMMAND\\" failed at line $LINENO (exit $?)" >&2' ERR
            BASE=http://127.0.0.1:{{api}}
            for page in / /pricing; do
              curl -sS -o /dev/null "$BASE$page"
            done
            """)},
       {"host": "127.0.0.1", "port": "{{api}}"}, "curl", servers=CLOSED, tool="bash", ecosystem="shell"),
    sc("i_conn_git_push_ssh_port", "connection", "git push origin main",
       "git push to an ssh:// remote with a port nobody listens on",
       {"README": "x\n"}, {"host": "127.0.0.1", "port": "{{api}}"}, "git", servers=CLOSED,
       setup=["git init -q -b main . && git add README && git commit -qm init && git remote add origin ssh://git@127.0.0.1:{{api}}/srv/app.git"],
       env={"GIT_SSH_COMMAND": "ssh -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"}),
    sc("i_conn_openssl_s_client", "connection", "openssl s_client -connect 127.0.0.1:{{api}} -servername api.internal </dev/null",
       "openssl s_client checks a TLS endpoint that refuses connections",
       {}, {"host": "127.0.0.1", "port": "{{api}}"}, "openssl", servers=CLOSED),
    sc("i_conn_ssh_config_host_alias", "connection", "ssh -F conf/ssh_config backup-box true",
       "ssh to a host alias whose HostName and Port come from an ssh config file; the ssh daemon there is down",
       {"conf/ssh_config": "Host backup-box\n  HostName 127.0.0.1\n  Port {{api}}\n  User backup\n  BatchMode yes\n  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n"},
       {"host": "127.0.0.1", "port": "{{api}}"}, "ssh", servers=CLOSED),
    sc("i_conn_java_jar_properties_target", "connection", "java -jar tools/sync.jar --config conf/sync.properties",
       "a java -jar tool connects to the target named in the properties file given on its command line; java's message names no address",
       merge(J_SYNC_FILES, {"conf/sync.properties": "target.host=127.0.0.1\ntarget.port={{api}}\n"}),
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED, setup=J_SYNC_SETUP),

    # ================= file_not_found =================
    sc("i_fnf_xargs_cat_list", "file_not_found", "xargs -a manifests/files.txt cat > bundle.sql",
       "xargs concatenates the files listed in a manifest; one listed file is not there (xargs exits 123)",
       {"manifests/files.txt": "sql/01_schema.sql\nsql/02_seed.sql\n", "sql/01_schema.sql": "create table a(x);\n"},
       {"path": "sql/02_seed.sql"}, "cat", tool="xargs", ecosystem="tools"),
    sc("i_fnf_sort_output_input", "file_not_found", "sort -u -o out/ids.txt exports/ids.txt",
       "sort -o of an export that was never written", {}, {"path": "exports/ids.txt"}, "sort", dirs=["out"]),
    sc("i_fnf_install_conf", "file_not_found", "install -D -m 644 build/app.conf stage/etc/app.conf",
       "install -D of a config file the build did not produce", {}, {"path": "build/app.conf"}, "install"),
    sc("i_fnf_mv_into_missing_dir", "file_not_found", "mv report.csv archive/2026-12/",
       "mv into a dated archive folder that was never created (trailing slash)",
       {"report.csv": "a\n"}, {"path": "archive/2026-12", "missing_dir": "archive/2026-12"}, "mv"),
    sc("i_fnf_realpath_dangling", "file_not_found", "realpath -e config/current.yml",
       "realpath -e of a symlink whose target release was removed", {},
       {"path": "config/current.yml"}, "realpath", setup=["mkdir -p config && ln -s ../releases/41/app.yml config/current.yml"]),
    sc("i_fnf_bash_source_relative", "file_not_found", "bash scripts/deploy.sh",
       "a deploy script sources its helper library next to it; the library was not copied",
       {"scripts/deploy.sh": "#!/bin/bash\nset -e\nsource \"$(dirname \"$0\")/lib/functions.sh\"\nlog \"deploying\"\n"},
       {"path": "scripts/lib/functions.sh"}, "bash", tool="bash", ecosystem="shell"),
    sc("i_fnf_env_s_interpreter", "file_not_found", "./tools/gen-docs --out site",
       "an env -S shebang names an interpreter that is not installed (python3.13 -u)",
       {"tools/gen-docs": "#!/usr/bin/env -S python3.13 -u\nprint('docs')\n"}, {"path": "python3.13"}, "env",
       modes={"tools/gen-docs": 0o755}, tool="gen-docs", ecosystem="shell"),
    sc("i_fnf_make_include_missing", "file_not_found", "make test",
       "the Makefile includes a generated config.mk that configure would have written",
       {"Makefile": "include config.mk\n\ntest:\n\t@echo running tests with $(CC)\n"}, {"path": "config.mk"}, "make"),
    sc("i_fnf_make_pattern_rule_source", "file_not_found", "make site/guide.html",
       "a pattern rule builds site/%.html from docs/%.md; the markdown source does not exist",
       {"Makefile": "site/%.html: docs/%.md\n\tmkdir -p site\n\tsed 's/^# /<h1>/' $< > $@\n", "docs/intro.md": "# Intro\n"},
       {"path": "docs/guide.md"}, "make"),
    sc("i_fnf_npm_workspace_missing", "file_not_found", "npm test -w packages/billing",
       "npm test for a workspace folder that does not exist",
       {"package.json": '{"name": "mono", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/core/package.json": '{"name": "core", "version": "1.0.0", "scripts": {"test": "node -e 1"}}\n'},
       {"path": "packages/billing"}, "npm ERR!", tool="npm", ecosystem="node"),
    sc("i_fnf_tar_member_trailer", "file_not_found", "tar czf backup.tgz data conf/secrets.env",
       "tar of a folder and a file that is not there: Cannot stat, then the failure-status trailer last",
       {"data/a.txt": "a\n"}, {"path": "conf/secrets.env"}, "tar"),
    sc("i_fnf_unzip_archive", "file_not_found", "unzip -q dist/site.zip -d public",
       "unzip of an archive the build never produced", {}, {"path": "dist/site.zip"}, "unzip"),
    sc("i_fnf_set_x_cp_env", "file_not_found", "bash -x scripts/prepare-env.sh prod",
       "bash -x trace: the script copies an environment file for the target that does not exist",
       {"scripts/prepare-env.sh": "#!/bin/bash\nset -e\nTARGET=$1\ncp config/app.$TARGET.env .env\necho ready\n", "config/app.dev.env": "A=1\n"},
       {"path": "config/app.prod.env"}, "cp", tool="bash", ecosystem="shell"),
    sc("i_fnf_perl_open_die", "file_not_found", "perl tools/rotate.pl",
       "perl opens a log with open ... or die \"Cannot open $f: $!\"",
       {"tools/rotate.pl": "use strict;\nmy $f = 'logs/worker.log';\nopen(my $fh, '<', $f) or die \"Cannot open $f: $!\";\nprint while <$fh>;\n"},
       {"path": "logs/worker.log"}, "perl"),
    sc("i_fnf_split_missing_dir", "file_not_found", "split -l 1000 exports/users.csv chunks/users_",
       "split writes its pieces into a folder that was never created",
       {"exports/users.csv": "id\n1\n2\n"}, {"path": "chunks/users_aa", "missing_dir": "chunks"}, "split"),

    # ================= json_format =================
    sc("i_json_jq_settings_trailing", "json_format", "jq -r .db.host conf/settings.json",
       "jq reads a settings file with a trailing comma after the last member",
       {"conf/settings.json": '{\n  "db": {\n    "host": "db1",\n    "port": 5432,\n  }\n}\n'}, {"json_file": "conf/settings.json"}, "jq"),
    sc("i_json_node_cli_rc_file", "json_format", "node bin/build.js",
       "a node CLI JSON.parses its .buildrc.json from the working folder; the file has single quotes",
       {"bin/build.js": "const fs = require('fs');\nconst rc = JSON.parse(fs.readFileSync('.buildrc.json', 'utf8'));\nconsole.log('building', rc.entry);\n",
        ".buildrc.json": "{\n  'entry': 'src/index.js'\n}\n"},
       {"json_file": ".buildrc.json"}, "SyntaxError"),
    sc("i_json_make_json_tool_check", "json_format", "make check-config",
       "make runs python3 -m json.tool on a config with a missing comma; make's Error line comes after the decoder's message",
       {"Makefile": "check-config:\n\tpython3 -m json.tool conf/app.json > /dev/null\n\t@echo config ok\n",
        "conf/app.json": '{\n  "name": "billing"\n  "workers": 4\n}\n'},
       {"json_file": "conf/app.json", "line": 3, "column": 3}, "make", ecosystem="python"),
    sc("i_json_git_hook_json_tool", "json_format", "git commit -qm 'flags'",
       "a pre-commit hook validates each staged JSON file with python3 -m json.tool; one has single-quoted keys",
       {"config/flags.json": "{\n  'beta': true\n}\n",
        "hooks/pre-commit": t("""
            #!/bin/sh
            for f in $(git diff --cached --name-only -- '*.json'); do
              echo "checking $f"
              python3 -m json.tool "$f" > /dev/null || exit 1
            done
            """)},
       {"json_file": "config/flags.json", "line": 2, "column": 3}, "git",
       setup=["git init -q . && git config core.hooksPath hooks && chmod +x hooks/pre-commit && git add config/flags.json"]),
    sc("i_json_set_x_loop", "json_format", "bash -x scripts/validate.sh",
       "bash -x: a loop validates every deploy JSON with python3 -m json.tool; the trace shows which file failed",
       {"scripts/validate.sh": "#!/bin/bash\nset -e\nfor f in deploy/*.json; do\n  python3 -m json.tool \"$f\" > /dev/null\ndone\necho all valid\n",
        "deploy/a.json": '{"replicas": 2}\n', "deploy/b.json": '{"replicas": 3,}\n'},
       {"json_file": "deploy/b.json", "line": 1, "column": 16}, "bash", tool="bash", ecosystem="shell"),
    sc("i_json_npm_workspace_package", "json_format", "npm run lint -w packages/api",
       "npm in a workspace whose package.json has a trailing comma",
       {"package.json": '{"name": "mono", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/api/package.json": '{\n  "name": "api",\n  "version": "1.0.0",\n  "scripts": {"lint": "node -e 1"},\n}\n'},
       {"json_file": "packages/api/package.json"}, "npm ERR! code EJSONPARSE", tool="npm", ecosystem="node"),
    sc("i_json_env_var_config", "json_format", "bash bin/start-reporter",
       "a wrapper exports APP_CONFIG and starts python, which json.loads the file it names (the file appears only in the wrapper)",
       {"bin/start-reporter": "#!/bin/bash\nexport APP_CONFIG=conf/reporter.json\nexec python3 reporter.py\n",
        "reporter.py": "import json, os\n\nwith open(os.environ['APP_CONFIG']) as f:\n    cfg = json.load(f)\nprint(cfg['interval'])\n",
        "conf/reporter.json": '{\n  "interval": 30,\n  "targets": ["a", "b"]\n  "retries": 2\n}\n'},
       {"json_file": "conf/reporter.json", "line": 4, "column": 3}, "json.decoder.JSONDecodeError", tool="bash", ecosystem="python"),
    sc("i_json_node_import_attributes", "json_format", "node server.mjs",
       "ESM import of a JSON file with import attributes; the file has a comment in it",
       {"server.mjs": "import routes from './routes.json' with { type: 'json' };\nconsole.log(Object.keys(routes));\n",
        "routes.json": '{\n  // public routes\n  "/": "index"\n}\n'},
       {"json_file": "routes.json"}, "SyntaxError"),
    sc("i_json_npm_ci_lockfile", "json_format", "npm ci",
       "npm ci with a package-lock.json cut off by a bad merge",
       {"package.json": '{"name": "app", "version": "1.0.0"}\n',
        "package-lock.json": '{\n  "name": "app",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "packages": {\n<<<<<<< HEAD\n'},
       {"json_file": "package-lock.json"}, "npm ERR!", tool="npm", ecosystem="node"),
    sc("i_json_perl_decode_config_env", "json_format", "perl tools/notify.pl",
       "perl decode_json of a config file whose name comes from a constant in the script",
       {"tools/notify.pl": t("""
            use strict;
            use JSON::PP;
            use constant CONFIG => 'conf/notify.json';
            open(my $fh, '<', CONFIG) or die "cannot open ${\\CONFIG}: $!";
            my $cfg = decode_json(do { local $/; <$fh> });
            print $cfg->{channel}, "\\n";
            """),
        "conf/notify.json": '{"channel": "#ops", "mention": @oncall}\n'},
       {"json_file": "conf/notify.json"}, "perl"),
    sc("i_json_java_jshell_props", "json_format", "java -cp out app.Flags conf/flags.json",
       "a java tool with a tiny JSON reader reports the offset of a bad token in the file named on its command line",
       java_app("app.Flags", """
            package app;

            import java.nio.file.*;

            public class Flags {
                public static void main(String[] a) throws Exception {
                    String s = Files.readString(Path.of(a[0])).trim();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c == '\\'') {
                            throw new IllegalArgumentException("invalid JSON in " + a[0] + ": unexpected character '\\\\'' at offset " + i);
                        }
                    }
                    System.out.println("flags ok");
                }
            }
            """)[0] | {"conf/flags.json": "{'beta': true}\n"},
       {"json_file": "conf/flags.json"}, "java.lang.IllegalArgumentException", setup=["mkdir -p out && javac -d out src/app/Flags.java"]),

    # ================= import_error =================
    sc("i_imp_perl_not_exported_lib", "import_error", "perl -Ilib bin/publish.pl",
       "perl: the script imports slugify from a local module whose @EXPORT_OK lacks it",
       {"bin/publish.pl": "use strict;\nuse Site::Text qw(slugify titlecase);\nprint slugify('Hello World'), \"\\n\";\n",
        "lib/Site/Text.pm": "package Site::Text;\nuse Exporter 'import';\nour @EXPORT_OK = qw(titlecase);\nsub titlecase { ucfirst shift }\n1;\n"},
       {"name": "slugify", "from_module": "Site::Text"}, "perl"),
    sc("i_imp_node_esm_named_from_cjs", "import_error", "node scripts/paginate.mjs",
       "ESM named import from a CommonJS package whose exports node cannot detect: Named export 'chunk' not found",
       {"scripts/paginate.mjs": "import { chunk } from 'legacy-utils';\nconsole.log(chunk([1, 2, 3], 2));\n",
        "node_modules/legacy-utils/package.json": '{"name": "legacy-utils", "version": "2.0.0", "main": "index.js"}\n',
        "node_modules/legacy-utils/index.js": "module.exports = require('./impl')();\n",
        "node_modules/legacy-utils/impl.js": "module.exports = () => ({ chunk: (a, n) => [a.slice(0, n), a.slice(n)] });\n"},
       {"name": "chunk", "from_module": "legacy-utils"}, "SyntaxError"),
    sc("i_imp_make_pytest_collection", "import_error", "make test",
       "make test runs pytest; a test module imports a function that was renamed, the collection error is in the middle and make's Error last",
       {"Makefile": "test:\n\tpython3 -m pytest -q -p no:cacheprovider tests\n",
        "app/__init__.py": "", "app/dates.py": "def parse_iso(s):\n    return s\n",
        "tests/test_dates.py": "from app.dates import parse_date\n\n\ndef test_parse():\n    assert parse_date('2026-12-07')\n",
        "conftest.py": ""},
       {"name": "parse_date", "from_module": "app.dates"}, "ImportError", requires=["py3:pytest"], tool="make", ecosystem="python"),
    sc("i_imp_java_nosuchmethod_old_jar", "import_error", "java -cp out:lib/textutil-1.0.jar app.Slugs",
       "compiled against textutil 2.0, run with the 1.0 jar on the class path: NoSuchMethodError for a method 1.0 does not have",
       {"v1/com/acme/text/TextUtil.java": "package com.acme.text;\n\npublic class TextUtil {\n    public static String lower(String s) { return s.toLowerCase(); }\n}\n",
        "v2/com/acme/text/TextUtil.java": "package com.acme.text;\n\npublic class TextUtil {\n    public static String lower(String s) { return s.toLowerCase(); }\n"
        "    public static String slug(String s) { return lower(s).replace(' ', '-'); }\n}\n",
        "src/app/Slugs.java": "package app;\n\npublic class Slugs {\n    public static void main(String[] a) {\n        System.out.println(com.acme.text.TextUtil.slug(\"Hello World\"));\n    }\n}\n"},
       {"name": "slug", "from_module": "com.acme.text.TextUtil"}, "java.lang.NoSuchMethodError",
       setup=["mkdir -p v1out v2out out lib && javac -d v1out v1/com/acme/text/TextUtil.java && javac -d v2out v2/com/acme/text/TextUtil.java"
              " && javac -cp v2out -d out src/app/Slugs.java && jar cf lib/textutil-1.0.jar -C v1out . && rm -rf v1out v2out"]),
    sc("i_imp_node_default_export_missing", "import_error", "node bin/report.mjs",
       "ESM default import from a local module that only has named exports",
       {"bin/report.mjs": "import config from '../lib/config.mjs';\nconsole.log(config.title);\n",
        "lib/config.mjs": "export const title = 'weekly';\nexport const recipients = [];\n"},
       {"name": "default", "from_module": "../lib/config.mjs"}, "SyntaxError"),
    sc("i_imp_py_removed_stdlib_name", "import_error", "bash scripts/check-plugins.sh",
       "a shell script runs a python helper that imports getargspec from inspect (removed in Python 3.11)",
       {"scripts/check-plugins.sh": "#!/bin/bash\nset -e\necho \"checking plugin signatures\"\npython3 tools/sigcheck.py plugins\n",
        "tools/sigcheck.py": "import sys\nfrom inspect import getargspec\n\nprint('ok', sys.argv[1])\n"},
       {"name": "getargspec", "from_module": "inspect"}, "ImportError", tool="bash", ecosystem="python"),
    sc("i_imp_node_require_esm_only", "import_error", "node cli.js",
       "a CommonJS CLI require()s an ESM-only package that uses top-level await: ERR_REQUIRE_ASYNC_MODULE (node 20.19+ loads other ESM through require)",
       {"cli.js": "const kleur = require('kleur-esm');\nconsole.log(kleur.green('ok'));\n",
        "node_modules/kleur-esm/package.json": '{"name": "kleur-esm", "version": "5.0.0", "type": "module", "main": "index.js"}\n',
        "node_modules/kleur-esm/index.js": "const colors = await Promise.resolve({ green: (s) => s });\nexport default colors;\n"},
       {"module": "kleur-esm"}, "Error [ERR_REQUIRE_ASYNC_MODULE]"),
    sc("i_imp_py_git_hook_local_module", "import_error", "git commit -qm 'schema'",
       "a python pre-commit hook imports a helper name that does not exist in the repository's tools module",
       {"schema.sql": "create table a(x);\n", "tools/__init__.py": "", "tools/checks.py": "def check_sql(p):\n    return True\n",
        "hooks/pre-commit": "#!/usr/bin/python3\nimport sys\nsys.path.insert(0, '.')\nfrom tools.checks import check_schema\n\nsys.exit(0 if check_schema('schema.sql') else 1)\n"},
       {"name": "check_schema", "from_module": "tools.checks"}, "ImportError",
       setup=["git init -q . && git config core.hooksPath hooks && chmod +x hooks/pre-commit && git add schema.sql"], tool="git", ecosystem="python"),
    sc("i_imp_node_workspace_named", "import_error", "npm start -w packages/app",
       "npm workspaces: the app imports a name its sibling package does not export (ESM)",
       {"package.json": '{"name": "mono", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/shared/package.json": '{"name": "@mono/shared", "version": "1.0.0", "type": "module", "exports": "./index.js"}\n',
        "packages/shared/index.js": "export function formatPrice(n) { return n.toFixed(2); }\n",
        "packages/app/package.json": '{"name": "@mono/app", "version": "1.0.0", "type": "module", "scripts": {"start": "node main.js"}}\n',
        "packages/app/main.js": "import { formatMoney } from '@mono/shared';\nconsole.log(formatMoney(3));\n"},
       {"name": "formatMoney", "from_module": "@mono/shared"}, "SyntaxError",
       setup=["mkdir -p node_modules/@mono && ln -s ../../packages/shared node_modules/@mono/shared"], tool="npm", ecosystem="node"),

    # ================= websocket =================
    sc("i_ws_java_refused_argv", "websocket", "java -cp out app.Feed ws://127.0.0.1:{{api}}/prices",
       "java.net.http WebSocket to a URL from the command line; the port is closed (CompletionException wrapping ConnectException, no address)",
       *java_app("app.Feed", """
            package app;

            import java.net.URI;
            import java.net.http.*;

            public class Feed {
                public static void main(String[] a) {
                    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                            .buildAsync(URI.create(a[0]), new WebSocket.Listener() {}).join();
                    System.out.println("connected " + ws);
                }
            }
            """)[:1], {"url": "ws://127.0.0.1:{{api}}/prices", "host": "127.0.0.1", "port": "{{api}}"}, "java.util.concurrent.CompletionException",
       servers=CLOSED, setup=["mkdir -p out && javac -d out src/app/Feed.java"]),
    sc("i_ws_java_handshake_403", "websocket", "java -cp out app.Console ws://127.0.0.1:{{ws}}/admin",
       "java WebSocket handshake answered with 403; the program prints the status of the WebSocketHandshakeException",
       *java_app("app.Console", """
            package app;

            import java.net.URI;
            import java.net.http.*;
            import java.util.concurrent.CompletionException;

            public class Console {
                public static void main(String[] a) {
                    try {
                        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(a[0]), new WebSocket.Listener() {}).join();
                    } catch (CompletionException e) {
                        if (e.getCause() instanceof WebSocketHandshakeException h) {
                            System.err.println("console: handshake with " + a[0] + " rejected: HTTP " + h.getResponse().statusCode());
                            System.exit(1);
                        }
                        throw e;
                    }
                }
            }
            """)[:1], {"url": "ws://127.0.0.1:{{ws}}/admin", "host": "127.0.0.1", "port": "{{ws}}", "http_status": 403}, "WebSocketHandshakeException",
       servers={"ws": ("http", 403, "forbidden\n")}, setup=["mkdir -p out && javac -d out src/app/Console.java"]),
    sc("i_ws_node_config_close_1013", "websocket", "node feeds.js",
       "a node ws client reads its URL from config/feeds.json; the server closes with 1013 (try again later)",
       {"feeds.js": t("""
            const WebSocket = require('ws');
            const cfg = require('./config/feeds.json');
            const ws = new WebSocket(cfg.quotes);
            ws.on('close', (code, reason) => {
              console.error(`quotes feed closed: ${code} ${reason}`);
              process.exit(1);
            });
            """),
        "config/feeds.json": '{"quotes": "ws://127.0.0.1:{{ws}}/quotes"}\n'},
       {"close_code": 1013}, "console", servers={"ws": ("ws", "close", 1013, "overloaded, retry later")}, setup=WS_LINK, requires=WS_REQ),
    sc("i_ws_bash_retry_loop_503", "websocket", "bash scripts/attach.sh",
       "a bash loop retries a python websockets client three times; every handshake is answered with 503",
       {"scripts/attach.sh": t("""
            #!/bin/bash
            for i in 1 2 3; do
              /usr/bin/python3 tools/attach.py ws://127.0.0.1:{{ws}}/session && exit 0
              echo "attach attempt $i failed" >&2
              sleep 0.2
            done
            echo "giving up" >&2
            exit 1
            """),
        "tools/attach.py": "import asyncio, sys, websockets\n\n\nasync def main(u):\n    async with websockets.connect(u) as ws:\n        print(await ws.recv())\n\nasyncio.run(main(sys.argv[1]))\n"},
       {"url": "ws://127.0.0.1:{{ws}}/session", "host": "127.0.0.1", "port": "{{ws}}", "http_status": 503}, "websockets",
       servers={"ws": ("http", 503, "maintenance\n")}, requires=["py:websockets"], tool="bash", ecosystem="python"),
    sc("i_ws_npm_workspace_refused", "websocket", "npm start -w packages/client",
       "npm workspace script runs a ws client whose server is down",
       {"package.json": '{"name": "mono", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/client/package.json": '{"name": "client", "version": "1.0.0", "scripts": {"start": "node client.js"}}\n',
        "packages/client/client.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{api}}/live');\nws.on('open', () => console.log('open'));\n"},
       {"url": "ws://127.0.0.1:{{api}}/live", "host": "127.0.0.1", "port": "{{api}}"}, "Error: connect ECONNREFUSED", servers=CLOSED,
       setup=WS_LINK, requires=WS_REQ, tool="npm", ecosystem="node"),
    sc("i_ws_make_tail_1012", "websocket", "make tail",
       "make tail runs a websockets client; the server closes with 1012 (service restart), make's Error line comes last",
       {"Makefile": "tail:\n\t/usr/bin/python3 tools/tail.py\n",
        "tools/tail.py": "import asyncio, websockets\n\n\nasync def main():\n    async with websockets.connect('ws://127.0.0.1:{{ws}}/tail') as ws:\n"
        "        while True:\n            print(await ws.recv())\n\nasyncio.run(main())\n"},
       {"close_code": 1012}, "websockets.exceptions.ConnectionClosedError", servers={"ws": ("ws", "close", 1012, "restarting")},
       requires=["py:websockets"], tool="make", ecosystem="python"),
    sc("i_ws_java_listener_close_4401", "websocket", "java -cp out app.Orders",
       "java WebSocket listener: the server closes with 4401 right after the handshake; onClose prints it and exits 1",
       *java_app("app.Orders", """
            package app;

            import java.net.URI;
            import java.net.http.*;
            import java.util.concurrent.*;

            public class Orders {
                public static void main(String[] a) throws Exception {
                    CountDownLatch done = new CountDownLatch(1);
                    HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:{{ws}}/orders"), new WebSocket.Listener() {
                        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                            System.err.println("orders socket closed: " + code + " " + reason);
                            done.countDown();
                            return null;
                        }
                    }).join();
                    done.await(5, TimeUnit.SECONDS);
                    System.exit(1);
                }
            }
            """)[:1], {"close_code": 4401}, "java", servers={"ws": ("ws", "close", 4401, "unauthorized")},
       setup=["mkdir -p out && javac -d out src/app/Orders.java"]),
    sc("i_ws_node_bad_accept", "websocket", "node monitor.js",
       "a node ws client gets a handshake with a wrong Sec-WebSocket-Accept",
       {"monitor.js": "const WebSocket = require('ws');\nconst ws = new WebSocket('ws://127.0.0.1:{{ws}}/monitor');\nws.on('error', (e) => { console.error('monitor:', e.message); process.exit(1); });\n"},
       {"url": "ws://127.0.0.1:{{ws}}/monitor"}, "Error", servers={"ws": ("ws", "bad_accept")}, setup=WS_LINK, requires=WS_REQ),

    # ================= negatives =================
    sc("i_neg_grep_q_log_quotes_refused", "negative", "bash scripts/check-fatal.sh",
       "a check prints the tail of a log that mentions retried Connection refused, then grep -q finds no FATAL line (exit 1)",
       {"scripts/check-fatal.sh": "#!/bin/bash\nset -e\ntail -n 3 logs/app.log\ngrep -q 'FATAL' logs/app.log\necho 'fatal errors found'\n",
        "logs/app.log": "INFO start\nWARN db: Connection refused, retrying in 1s\nINFO db: connected\nINFO ready\n"},
       {}, "grep", tool="bash", ecosystem="shell"),
    sc("i_neg_diff_expected_output", "negative", "diff -u expected/errors.txt actual/errors.txt",
       "diff of an expected and an actual error list (the lines mention ENOENT and Permission denied); exit 1 means they differ",
       {"expected/errors.txt": "ENOENT: no such file or directory, open 'a.txt'\nEACCES: permission denied\n",
        "actual/errors.txt": "ENOENT: no such file or directory, open 'a.txt'\nPermission denied (publickey)\n"},
       {}, "diff"),
    sc("i_neg_test_version_mismatch", "negative", "test \"$(cat VERSION)\" = 2.0.0",
       "test of the version file fails silently (exit 1)", {"VERSION": "1.9.3\n"}, {}, "test", ecosystem="shell"),
    sc("i_neg_timeout_124", "negative", "timeout 1 python3 -c \"import time; print('waiting for queue', flush=True); time.sleep(5)\"",
       "timeout kills a program that waits too long (exit 124)", {}, {}, "timeout", exit=124),
    sc("i_neg_make_k_warnings_only", "negative", "make -k all",
       "make -k compiles two C files with warnings only; exit 0",
       {"Makefile": "all: a.o b.o\n\n%.o: %.c\n\tgcc -Wall -c $< -o $@\n",
        "a.c": "int f(void) { int unused; return 0; }\n", "b.c": "#include <stdio.h>\nint g(void) { char buf[4]; sprintf(buf, \"%d\", 7); return 0; }\nint h(int x) { if (x) return 1; }\n"},
       {}, "make", exit=0),
    sc("i_neg_git_merge_up_to_date", "negative", "git merge main",
       "git merge of a branch that is already merged: Already up to date (exit 0)",
       {"a.txt": "a\n"}, {}, "git", setup=["git init -q -b main . && git add a.txt && git commit -qm a && git checkout -qb feature"], exit=0),
    sc("i_neg_history_incident_report", "negative", "bash scripts/incident-summary.sh",
       "a summary script prints past incidents, quoting errors as history (ConnectionRefusedError, ENOENT), exit 0",
       {"scripts/incident-summary.sh": t("""
            #!/bin/bash
            echo "incidents this week:"
            echo "  2026-12-01 03:12 worker: ConnectionRefusedError: [Errno 111] Connection refused (db restart, resolved)"
            echo "  2026-12-03 11:40 web: Error: ENOENT: no such file or directory, open 'uploads/tmp' (fixed in #412)"
            echo "open incidents: 0"
            """)},
       {}, "bash", tool="bash", ecosystem="shell", exit=0),
    sc("i_neg_wget_retry_connrefused_ok", "negative", "bash scripts/fetch-when-up.sh",
       "wget --retry-connrefused against a server that starts a moment later: refused, retrying, then saved (exit 0)",
       {"scripts/fetch-when-up.sh": t("""
            #!/bin/bash
            (sleep 1; exec python3 -m http.server {{api}} --bind 127.0.0.1 -d site) >/dev/null 2>&1 &
            SERVER=$!
            wget --retry-connrefused --tries=10 --waitretry=1 -O index.html http://127.0.0.1:{{api}}/index.html
            rc=$?
            kill $SERVER
            exit $rc
            """),
        "site/index.html": "<h1>ok</h1>\n"},
       {}, "wget", servers=CLOSED, tool="bash", ecosystem="shell", exit=0),
    sc("i_neg_npm_test_assertion", "negative", "npm test",
       "npm test: node's test runner reports an assertion failure (a logic bug), npm reports the failed script",
       {"package.json": '{"name": "calc", "version": "1.0.0", "scripts": {"test": "node --test"}}\n',
        "calc.js": "exports.vat = (n) => n * 0.2;\n",
        "test/calc.test.js": "const test = require('node:test');\nconst assert = require('node:assert');\nconst { vat } = require('../calc');\n\ntest('vat', () => {\n  assert.strictEqual(vat(100), 21);\n});\n"},
       {}, "AssertionError", tool="npm", ecosystem="node"),
    sc("i_neg_java_illegal_state", "negative", "java -cp out app.Invoice 42",
       "a java tool throws IllegalStateException for an order without lines (a data problem)",
       *java_app("app.Invoice", """
            package app;

            public class Invoice {
                public static void main(String[] a) {
                    throw new IllegalStateException("order " + a[0] + " has no lines; cannot invoice");
                }
            }
            """)[:1], {}, "java.lang.IllegalStateException", setup=["mkdir -p out && javac -d out src/app/Invoice.java"]),
    sc("i_neg_perl_die_validation", "negative", "perl tools/check_users.pl data/users.csv",
       "perl validation dies on an invalid e-mail address in a CSV (a data problem)",
       {"tools/check_users.pl": "use strict;\nwhile (<>) {\n    my ($id, $mail) = split /,/;\n    chomp $mail;\n    die \"invalid e-mail address '$mail' at line $. of $ARGV\\n\" unless $mail =~ /\\@\\w/;\n}\n",
        "data/users.csv": "1,a@example.com\n2,bob@\n"},
       {}, "perl"),
    sc("i_neg_sqlite_unique", "negative", "sqlite3 app.db \"insert into users values (1, 'ann')\"",
       "sqlite3 CLI: UNIQUE constraint failed (the row exists)", {}, {}, "sqlite3",
       setup=["sqlite3 app.db 'create table users(id integer primary key, name text); insert into users values (1, \"ann\")'"]),
    sc("i_neg_curl_config_500", "negative", "curl -sS -K conf/report.curlrc",
       "curl with a -K config and --fail gets HTTP 500 from a running server",
       {"conf/report.curlrc": 'url = "http://127.0.0.1:{{api}}/reports/daily"\nfail\n'}, {}, "curl",
       servers={"api": ("http", 500, "internal error\n")}),
    sc("i_neg_flock_busy", "negative", "bash jobs/run-once.sh",
       "a cron job takes a lock with flock -n; another run holds it, so this one skips (exit 1)",
       {"jobs/run-once.sh": t("""
            #!/bin/bash
            mkdir -p run
            ( flock 8; sleep 2 ) 8>run/job.lock &
            sleep 0.3
            exec 9>run/job.lock
            if ! flock -n 9; then
              echo "run-once: another run holds run/job.lock; skipping" >&2
              exit 1
            fi
            echo working
            """)},
       {}, "flock", tool="bash", ecosystem="shell"),
    sc("i_neg_set_x_trace_ok", "negative", "bash -x scripts/cleanup.sh",
       "a bash -x trace whose commands mention missing files and errors, all handled; exit 0",
       {"scripts/cleanup.sh": t("""
            #!/bin/bash
            rm -f tmp/*.lock
            if [ ! -e tmp/session.pid ]; then
              echo "no session.pid (No such file), nothing to stop"
            fi
            count=$(grep -c 'ERROR' logs/app.log || true)
            echo "errors in log: $count"
            """),
        "logs/app.log": "INFO ok\n"},
       {}, "bash", tool="bash", ecosystem="shell", exit=0),
    sc("i_neg_make_k_unittest_fail", "negative", "make -k check",
       "make -k check: a unittest logic failure in one target, the lint target passes; make exits 2",
       {"Makefile": "check: test lint\n\ntest:\n\tpython3 -m unittest -q tests.test_prices\n\nlint:\n\t@echo lint ok\n",
        "tests/__init__.py": "", "tests/test_prices.py": "import unittest\n\n\nclass T(unittest.TestCase):\n    def test_round(self):\n        self.assertEqual(round(2.675, 2), 2.68)\n"},
       {}, "make", ecosystem="python"),
    sc("i_neg_git_hook_not_executable", "negative", "git commit -qm 'docs'",
       "git ignores a pre-commit hook that is not executable (a hint), the commit succeeds (exit 0)",
       {"docs.md": "x\n", "hooks/pre-commit": "#!/bin/sh\nexit 1\n"}, {}, "git",
       setup=["git init -q . && git config core.hooksPath hooks && git add docs.md"], exit=0),
    sc("i_neg_java_jar_usage", "negative", "java -jar tools/export.jar",
       "a java -jar tool without its required option prints usage and exits 2",
       java_jar("tools.Export", """
            package tools;

            public class Export {
                public static void main(String[] a) {
                    if (a.length == 0) {
                        System.err.println("error: missing required option --input <file>");
                        System.err.println("usage: export --input <file> [--format csv|json]");
                        System.exit(2);
                    }
                }
            }
            """, jar="tools/export.jar")[0], {}, "java", setup=J_EXPORT_SETUP),
    sc("i_neg_jq_e_false", "negative", "jq -e .maintenance conf/flags.json",
       "jq -e exits 1 because the flag is false (a check, not an error)",
       {"conf/flags.json": '{"maintenance": false}\n'}, {}, "jq"),
    sc("i_neg_cmp_differ", "negative", "cmp build/app.bin release/app.bin",
       "cmp of two builds that differ (exit 1)", {"build/app.bin": "abc\n", "release/app.bin": "abd\n"}, {}, "cmp"),
    sc("i_neg_openssl_verify_issuer", "negative", "openssl verify -CAfile certs/ca.pem certs/server.pem",
       "openssl verify of a certificate signed by another CA: unable to get local issuer certificate",
       {}, {}, "openssl",
       setup=["mkdir -p certs && openssl req -x509 -newkey rsa:2048 -nodes -keyout certs/ca.key -out certs/ca.pem -subj /CN=ca -days 2 2>/dev/null"
              " && openssl req -x509 -newkey rsa:2048 -nodes -keyout certs/server.key -out certs/server.pem -subj /CN=server -days 2 2>/dev/null"]),
    sc("i_neg_git_diff_exit_code", "negative", "git diff --exit-code -- docs/",
       "git diff --exit-code in CI: the docs changed (the diff quotes 'Permission denied' text), exit 1",
       {"docs/faq.md": "Q: push fails\n"}, {}, "git",
       setup=["git init -q . && git add docs && git commit -qm docs && printf 'Q: push fails\\nA: Permission denied (publickey) means the key is not loaded\\n' > docs/faq.md"]),
    sc("i_neg_node_quota_exceeded", "negative", "node jobs/sync-tenant.js acme",
       "node job throws an application error (tenant quota exceeded)",
       {"jobs/sync-tenant.js": "const tenant = process.argv[2];\nthrow new Error(`quota exceeded for tenant ${tenant}: 5000 of 5000 objects`);\n"},
       {}, "Error"),
    sc("i_neg_make_question", "negative", "make -q build",
       "make -q: the target is out of date (exit 1, no output)",
       {"Makefile": "build: app\n\napp: app.c\n\tgcc -o app app.c\n", "app.c": "int main(void) { return 0; }\n"}, {}, "make"),
    sc("i_neg_nohup_ok", "negative", "nohup bash -c 'echo started; echo \"warning: cache dir missing, using /tmp\" >&2'",
       "nohup runs a job that prints a warning to stderr; exit 0", {}, {}, "nohup", exit=0),
    # ====== written after the rules for the fresh4_train kinds: the same kinds with other programs and wordings, names
    # chosen to hash to fresh4_train, to check that each rule holds for its kind and not only for the capture it came from
    sc("i_syn_ssh_config_bad_option", "syntax", "ssh -F conf/ssh_config backup-box true",
       "ssh -F with a config file that misspells an option (Hostnme): Bad configuration option at a line",
       {"conf/ssh_config": "Host backup-box\n  Hostnme 127.0.0.1\n  BatchMode yes\n"}, {"file": "conf/ssh_config", "line": 2}, "ssh"),
    sc("i_syn_wgetrc_unknown_command", "syntax", "wget --config=conf/wgetrc -q -O index.html http://127.0.0.1:{{api}}/",
       "wget with a wgetrc that has an unknown command on its second line",
       {"conf/wgetrc": "tries = 1\ntimout = 5\n"}, {"file": "conf/wgetrc", "line": 2}, "wget", servers=CLOSED),
    sc("i_syn_awk_f_unexpected", "syntax", "awk -f tools/report.awk data/hits.log",
       "an awk program file with a closing parenthesis that has no opening one",
       {"tools/report.awk": "BEGIN { n = 0 }\n{ n += $2 ) }\nEND { print n }\n", "data/hits.log": "a 1\n"},
       {"file": "tools/report.awk", "line": 2}, "awk"),
    sc("i_fnf_cp_dest_folder_slash", "file_not_found", "cp build/app.js dist/js/",
       "cp into a destination folder (trailing slash) that was never created",
       {"build/app.js": "x\n"}, {"path": "dist/js", "missing_dir": "dist/js"}, "cp", dirs=["dist"]),
    sc("i_fnf_install_dest_slash", "file_not_found", "install -m 644 conf/app.conf stage/etc/app/",
       "install into a destination folder (trailing slash) that does not exist",
       {"conf/app.conf": "a=1\n"}, {"path": "stage/etc/app", "missing_dir": "stage/etc/app"}, "install"),
    sc("i_fnf_sort_output_dir", "file_not_found", "sort -o reports/sorted/names.txt names.txt",
       "sort -o into a folder that does not exist", {"names.txt": "b\na\n"},
       {"path": "reports/sorted/names.txt", "missing_dir": "reports/sorted"}, "sort"),
    sc("i_fnf_gcc_output_dir", "file_not_found", "gcc -o build/bin/hello hello.c",
       "gcc -o into a build folder that was never created: the linker cannot open its output file",
       {"hello.c": "int main(void) { return 0; }\n"}, {"path": "build/bin/hello", "missing_dir": "build/bin"}, "gcc"),
    sc("i_fnf_openssl_x509_missing", "file_not_found", "openssl x509 -in certs/server.pem -noout -subject",
       "openssl x509 of a certificate file that was never issued", {}, {"path": "certs/server.pem"}, "openssl"),
    sc("i_fnf_xargs_launcher_missing", "file_not_found", "ls img/*.png | xargs -n1 gen-thumb",
       "xargs runs a helper program that is not installed", {"img/a.png": "x"}, {"path": "gen-thumb"}, "xargs", tool="xargs", ecosystem="tools"),
    sc("i_fnf_env_node_missing", "file_not_found", "./bin/compact-logs",
       "an env -S shebang names a node binary that is not installed (node22)",
       {"bin/compact-logs": "#!/usr/bin/env -S node22 --max-old-space-size=64\nconsole.log('compact');\n"}, {"path": "node22"}, "env",
       modes={"bin/compact-logs": 0o755}, tool="compact-logs", ecosystem="shell"),
    sc("i_mm_make_keep_going_perl", "missing_module", "make --keep-going report",
       "make --keep-going: a perl step needs Text::Template (not installed); the compress step then fails on the output it never wrote",
       {"Makefile": "report: render compress\n\nrender:\n\tmkdir -p out\n\tperl -MText::Template -e 'print qq(report\\n)' > out/report.txt.tmp && mv out/report.txt.tmp out/report.txt\n\n"
        "compress:\n\tgzip -k out/report.txt\n"},
       {"module": "Text::Template"}, "make", tool="make", ecosystem="perl"),
    sc("i_perm_make_k_ro_then_cat", "permission", "make -k publish",
       "make -k: copying the page into a read-only public folder fails, then the checksum step fails on the file that was not copied (run without capabilities)",
       {"Makefile": "publish: copy checksum\n\ncopy:\n\tcp site/index.html public/index.html\n\nchecksum:\n\tsha256sum public/index.html > SHA256SUMS\n",
        "site/index.html": "<h1>hi</h1>\n"},
       {"path": "public/index.html"}, "make", dirs=["public"], modes={"public": 0o555}, drop_caps=True),
    sc("i_imp_java_field_removed", "import_error", "java -cp out:lib/limits-1.0.jar app.Quota",
       "compiled against limits 2.0, run with the 1.0 jar: NoSuchFieldError for a constant 1.0 does not have",
       {"v1/com/acme/Limits.java": "package com.acme;\n\npublic class Limits {\n    public static int maxUsers = 10;\n}\n",
        "v2/com/acme/Limits.java": "package com.acme;\n\npublic class Limits {\n    public static int maxUsers = 10;\n    public static int maxItems = 100;\n}\n",
        "src/app/Quota.java": "package app;\n\npublic class Quota {\n    public static void main(String[] a) {\n        System.out.println(com.acme.Limits.maxItems);\n    }\n}\n"},
       {"name": "maxItems", "from_module": "com.acme.Limits"}, "java.lang.NoSuchFieldError",
       setup=["mkdir -p v1out v2out out lib && javac -d v1out v1/com/acme/Limits.java && javac -d v2out v2/com/acme/Limits.java"
              " && javac -cp v2out -d out src/app/Quota.java && jar cf lib/limits-1.0.jar -C v1out . && rm -rf v1out v2out"]),
    sc("i_json_bash_x_jq_empty", "json_format", "bash -x scripts/check-conf.sh",
       "bash -x: a loop checks each config with jq empty; the trace shows which file jq could not parse",
       {"scripts/check-conf.sh": "#!/bin/bash\nset -e\nfor f in conf/*.json; do\n  jq empty \"$f\"\ndone\necho ok\n",
        "conf/a.json": '{"a": 1}\n', "conf/b.json": '{"b": 2,,}\n'},
       {"json_file": "conf/b.json"}, "jq", tool="bash", ecosystem="shell"),
    sc("i_neg_git_diff_no_index_quotes", "negative", "git diff --no-index --exit-code expected/app.log actual/app.log",
       "git diff --no-index of two logs that differ: the hunk lines quote Connection refused and No such file (exit 1)",
       {"expected/app.log": "start\nconnected\n", "actual/app.log": "start\nconnect ECONNREFUSED 127.0.0.1:5432\nError: ENOENT: no such file or directory, open 'conf/app.json'\n"},
       {}, "git"),
    sc("i_neg_bare_warn_log_tail", "negative", "bash scripts/nightly-check.sh",
       "a check prints the job's log (bare WARN/INFO lines that quote errors that were handled) and fails because warnings exceed the limit",
       {"scripts/nightly-check.sh": "#!/bin/bash\ncat logs/job.log\nn=$(grep -c '^WARN' logs/job.log)\necho \"check failed: $n warnings (limit 0)\" >&2\nexit 3\n",
        "logs/job.log": "INFO job: started\nWARN cache: cannot open cache/index.json: No such file or directory, rebuilding\n"
        "WARN scan: /proc/1/environ: Permission denied, skipped\nINFO job: done in 3s\n"},
       {}, "bash", tool="bash", ecosystem="shell", exit=3),
]
