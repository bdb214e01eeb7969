"""Round 6 of the eleventh fresh set's train half (prefix v_r6_, split fresh11_train by the hash of the name: only names
that hash to train are kept), shells and command-line tools, written for issue 14 by a rule writer (s12-gaps) who had
read the rules and the parsers (not blind). Every label was written before any capture. Situations: wget retrying a
refused port, make targets whose curl fails, pg_dump with PGHOST/PGPORT from the environment, git clone over http, scp,
perl HTTP::Tiny, bash redirections into read-only files, mkdir -p under a read-only folder, make recipes whose script
lacks its execute bit, cp into a read-only folder, the sqlite3 shell on a read-only database, dash's `.` of a missing
file, make's include of a missing file, gcc and tar naming missing inputs, perl scripts and env shebangs that do not
exist, xargs of a program that is not installed, jq, `python3 -m json.tool` and JSON::PP on broken files, perl and gcc
missing modules and headers, make running `python3 -m` of a missing tool, syntax errors of bash (end of file), make
(spaces for a tab), perl (unmatched brace), gcc and mawk, a curl WebSocket upgrade traced by `bash -x`; and realistic
negatives (grep -c with no match under set -e, cmp, wget's 404, a failing make test, a git pathspec typo, gzip -t of a
file that is not gzip, a missing SQL table, perl's business die, gcc warnings with exit 0, curl falling back to a
mirror, a required variable, openssl verify of a self-signed certificate, jq -e of a missing field, a dirty working tree,
sort -c)."""
from scenarios.common import sc

CLOSED = {"svc": ("closed",)}
SH = {"tool": "bash", "ecosystem": "shell"}
GIT_INIT = "git init -q . && git add -A && git commit -qm init"


SCENARIOS = [
    # ================= connection =================
    sc("v_r6_conn_wget_retry_connrefused_e", "connection",
       "wget --tries=2 --retry-connrefused --waitretry=1 -O out/prices.json http://127.0.0.1:{{svc}}/prices.json",
       "wget retries a refused port twice (--retry-connrefused) and gives up", {}, {"host": "127.0.0.1", "port": "{{svc}}"},
       "wget", dirs=["out"], servers=CLOSED),
    sc("v_r6_conn_make_curl_deploy_b", "connection", "make deploy",
       "a make target POSTs to a deploy hook with curl -fsS; the hook's port is closed (curl 7, make Error 7)",
       {"Makefile": "deploy:\n\tcurl -fsS -X POST http://127.0.0.1:{{svc}}/hooks/deploy\n\t@echo deployed\n"},
       {"host": "127.0.0.1", "port": "{{svc}}"}, "curl", servers=CLOSED),
    sc("v_r6_conn_pg_dump_env", "connection", "bash backup.sh",
       "a backup script runs pg_dump with PGHOST and PGPORT from the environment; nothing listens there",
       {"backup.sh": "#!/bin/bash\nset -euo pipefail\nmkdir -p dumps\necho \"dumping shop from $PGHOST:$PGPORT\"\n"
                     "pg_dump -U app shop > dumps/shop.sql\necho dumped\n"},
       {"host": "127.0.0.1", "port": "{{svc}}"}, "pg_dump", servers=CLOSED,
       env={"PGHOST": "127.0.0.1", "PGPORT": "{{svc}}"}, **SH),
    sc("v_r6_conn_scp_release_b", "connection", "scp -o BatchMode=yes -o StrictHostKeyChecking=no -P {{svc}} build.tar.gz deploy@127.0.0.1:/srv/releases/",
       "scp uploads a release to a host whose ssh port is closed",
       {"build.tar.gz": "not really a tarball\n"}, {"host": "127.0.0.1", "port": "{{svc}}"}, "scp", servers=CLOSED),
    sc("v_r6_conn_perl_http_tiny", "connection", "perl status.pl",
       "a perl status check uses HTTP::Tiny and dies with the 599 status and content ('Could not connect to ...: Connection "
       "refused')",
       {"status.pl": "use strict;\nuse warnings;\nuse HTTP::Tiny;\nmy $r = HTTP::Tiny->new(timeout => 5)->get('http://127.0.0.1:{{svc}}/api/status');\n"
                     "die \"status check failed: $r->{status} $r->{content}\" unless $r->{success};\nprint $r->{content};\n"},
       {"host": "127.0.0.1", "port": "{{svc}}"}, "perl", servers=CLOSED),

    # ================= permission =================
    sc("v_r6_perm_bash_append_ro_log", "permission", "bash deploy.sh",
       "a deploy script appends to logs/deploy.log, which is read-only (0444; without capabilities)",
       {"deploy.sh": "#!/bin/bash\nset -e\necho \"deploy $(date -u +%F)\" >> logs/deploy.log\necho deployed\n",
        "logs/deploy.log": "old\n"},
       {"path": "logs/deploy.log"}, "Permission denied", modes={"logs/deploy.log": 0o444}, drop_caps=True, **SH),
    sc("v_r6_perm_mkdir_p_ro_parent", "permission", "mkdir -p releases/v2/assets",
       "mkdir -p under releases/, which is read-only (0555; without capabilities)", {},
       {"path": "releases/v2"}, "mkdir", dirs=["releases"], modes={"releases": 0o555}, drop_caps=True),
    sc("v_r6_perm_make_script_noexec_redirect", "permission", "make version.txt",
       "a make recipe runs ./scripts/gen-version.sh > version.txt; the script has no execute bit (sh: Permission denied, "
       "Error 126)",
       {"Makefile": "version.txt:\n\t./scripts/gen-version.sh > version.txt\n",
        "scripts/gen-version.sh": "#!/bin/sh\necho 1.4.2\n"},
       {"path": "scripts/gen-version.sh"}, "make", modes={"scripts/gen-version.sh": 0o644}),
    sc("v_r6_perm_cp_into_ro_confd_c", "permission", "cp app.conf conf.d/",
       "cp of a config file into conf.d/, which is read-only (0555; without capabilities)",
       {"app.conf": "listen 8080\n"}, {"path": "conf.d/app.conf"}, "cp", dirs=["conf.d"], modes={"conf.d": 0o555},
       drop_caps=True),
    sc("v_r6_perm_sqlite3_shell_ro_db", "permission", "sqlite3 data/app.db \"INSERT INTO hits VALUES (1)\"",
       "the sqlite3 shell inserts into a database file that is read-only (0444; without capabilities)", {},
       {"path": "data/app.db"}, "sqlite3", dirs=["data"],
       setup=["sqlite3 data/app.db 'CREATE TABLE hits(n INTEGER)'", "chmod 444 data/app.db"], drop_caps=True),

    # ================= file_not_found =================
    sc("v_r6_fnf_dash_dot_missing", "file_not_found", "dash run.sh",
       "a dash script sources ./conf/defaults.sh with '.', which does not exist",
       {"run.sh": "#!/bin/sh\necho starting\n. ./conf/defaults.sh\necho \"port=$PORT\"\n"},
       {"path": "conf/defaults.sh"}, "", tool="dash", ecosystem="shell"),
    sc("v_r6_fnf_make_include_missing_b", "file_not_found", "make",
       "a Makefile includes config.mk, which was never generated", {"Makefile": "include config.mk\n\nall:\n\t@echo $(APP)\n"},
       {"path": "config.mk"}, "make"),
    sc("v_r6_fnf_gcc_missing_source", "file_not_found", "gcc -Wall -o app main.c util.c",
       "gcc is given util.c, which is missing", {"main.c": "int main(void) { return 0; }\n"}, {"path": "util.c"}, "gcc"),
    sc("v_r6_fnf_xargs_program_missing_b", "file_not_found", "bash lint.sh",
       "a lint script pipes the JSON files to xargs jsonlint-strict, a program that is not installed (exit 127)",
       {"lint.sh": "#!/bin/bash\nset -eo pipefail\nfind . -name '*.json' -print0 | xargs -0 jsonlint-strict\necho lint ok\n",
        "conf/a.json": "{}\n"},
       {"path": "jsonlint-strict"}, "xargs", **SH),
    sc("v_r6_fnf_env_shebang_python2", "file_not_found", "./tools/legacy_report.py",
       "a legacy script's shebang is #!/usr/bin/env python2, which is not installed",
       {"tools/legacy_report.py": "#!/usr/bin/env python2\nprint 'report'\n"},
       {"path": "python2"}, "", modes={"tools/legacy_report.py": 0o755}, tool="env", ecosystem="shell"),

    # ================= json_format =================
    sc("v_r6_json_jq_config_missing_comma_b", "json_format", "jq -r .db.host config/db.json",
       "jq reads config/db.json, which misses a comma between two keys", {
           "config/db.json": "{\n  \"db\": {\n    \"host\": \"localhost\"\n    \"port\": 5432\n  }\n}\n"},
       {"json_file": "config/db.json"}, "jq"),
    sc("v_r6_json_python_json_tool", "json_format", "python3 -m json.tool data/export.json",
       "python3 -m json.tool validates an export whose third object lacks the comma before it (line 4)",
       {"data/export.json": "[\n  {\"id\": 1},\n  {\"id\": 2}\n  {\"id\": 3}\n]\n"},
       {"json_file": "data/export.json", "line": 4}, "json.decoder.JSONDecodeError", ecosystem="python"),
    sc("v_r6_json_perl_json_pp_argv_c", "json_format", "perl load_routes.pl conf/routes.json",
       "a perl loader slurps the file of its argument and decode_json dies on a trailing comma",
       {"load_routes.pl": "use strict;\nuse warnings;\nuse JSON::PP;\nmy $file = shift;\nopen my $fh, '<', $file or die \"$file: $!\";\n"
                          "my $routes = decode_json(do { local $/; <$fh> });\nprint scalar(keys %$routes), \" routes\\n\";\n",
        "conf/routes.json": "{\"/\": \"home\", \"/about\": \"about\",}\n"},
       {"json_file": "conf/routes.json"}, "perl"),

    # ================= missing_module =================
    sc("v_r6_mm_perl_text_csv_xs_c", "missing_module", "perl export.pl",
       "a perl exporter uses Text::CSV_XS, which is not installed",
       {"export.pl": "use strict;\nuse warnings;\nuse Text::CSV_XS;\nmy $csv = Text::CSV_XS->new({ binary => 1 });\nprint \"ok\\n\";\n"},
       {"module": "Text::CSV_XS"}, "perl"),
    sc("v_r6_mm_gcc_sodium_header_b", "missing_module", "gcc -o hasher hasher.c -lsodium",
       "gcc compiles a program that includes <sodium.h>; libsodium's headers are not installed",
       {"hasher.c": "#include <stdio.h>\n#include <sodium.h>\n\nint main(void) {\n    return sodium_init();\n}\n"},
       {"module": "sodium.h"}, "gcc"),
    sc("v_r6_mm_make_python_m_mkdocs", "missing_module", "make docs",
       "a make docs target runs python3 -m mkdocs build; mkdocs is not installed",
       {"Makefile": ".PHONY: docs\ndocs:\n\tpython3 -m mkdocs build --strict\n"}, {"module": "mkdocs"}, "make"),

    # ================= syntax =================
    sc("v_r6_syn_bash_unexpected_eof", "syntax", "bash release.sh",
       "a release script's if block has no fi; bash reports an unexpected end of file at line 7 (the file has 6 lines)",
       {"release.sh": "#!/bin/bash\nset -e\nversion=$(cat VERSION)\nif [ -z \"$version\" ]; then\n  echo 'no version'\n  exit 1\n",
        "VERSION": "1.2.0\n"},
       {"file": "release.sh", "line": 7}, "syntax error", **SH),
    sc("v_r6_syn_make_spaces_recipe", "syntax", "make",
       "a Makefile's recipe line is indented with spaces instead of a tab (missing separator at line 2)",
       {"Makefile": "build:\n    gcc -o app main.c\n", "main.c": "int main(void) { return 0; }\n"},
       {"file": "Makefile", "line": 2}, "make"),
    sc("v_r6_syn_perl_unmatched_brace_c", "syntax", "perl bin/report.pl",
       "a perl report has one closing brace too many on line 5",
       {"bin/report.pl": "use strict;\nmy $total = 0;\nfor my $x (1 .. 3) {\n    $total += $x;\n}}\nprint \"$total\\n\";\n"},
       {"file": "bin/report.pl", "line": 5}, "perl"),
    sc("v_r6_syn_gcc_expected_expression", "syntax", "gcc -c calc.c",
       "gcc compiles calc.c, where line 3 has 'int x = ;'",
       {"calc.c": "int calc(void)\n{\n    int x = ;\n    return x;\n}\n"}, {"file": "calc.c", "line": 3}, "gcc"),
    sc("v_r6_syn_mawk_program_file", "syntax", "awk -f scripts/sum.awk data.tsv",
       "awk (mawk) runs a program file whose line 3 has an extra closing brace",
       {"scripts/sum.awk": "{ total += $2 }\n\nEND { print total }}\n", "data.tsv": "a\t1\nb\t2\n"},
       {"file": "scripts/sum.awk", "line": 3}, "awk"),

    # ================= websocket =================
    sc("v_r6_ws_bash_x_curl_upgrade_400_b", "websocket", "bash -x probe.sh",
       "a probe traced with bash -x sends a WebSocket upgrade with curl -fsS; the endpoint answers 400 (curl 22); the trace "
       "shows the Upgrade header",
       {"probe.sh": "URL=http://127.0.0.1:{{ws}}/live\ncurl -fsS -o /dev/null -H 'Connection: Upgrade' -H 'Upgrade: websocket' "
                    "-H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' \"$URL\"\n"},
       {"url": "http://127.0.0.1:{{ws}}/live", "http_status": 400}, "curl", servers={"ws": ("http", 400, "bad upgrade\n")}, **SH),

    # ================= negatives =================
    sc("v_r6_neg_grep_count_set_e", "negative", "bash check_todo.sh",
       "a set -e script counts TODOs with grep -c; there are none, so grep prints 0 and exits 1",
       {"check_todo.sh": "#!/bin/bash\nset -e\necho 'counting TODOs'\nn=$(grep -c TODO src/main.c)\necho \"$n TODOs\"\n",
        "src/main.c": "int main(void) { return 0; }\n"}, {}, "grep", **SH),
    sc("v_r6_neg_cmp_differ", "negative", "cmp build/out.bin expected.bin",
       "cmp reports that a build output differs from the expected file", {"build/out.bin": "abc\n", "expected.bin": "abd\n"},
       {}, "cmp"),
    sc("v_r6_neg_wget_404", "negative", "wget -nv -O report.csv http://127.0.0.1:{{api}}/reports/missing.csv",
       "wget from a live server that answers 404 (ERROR 404: Not Found, exit 8)", {}, {}, "wget",
       servers={"api": ("http", 404, "no such report\n")}),
    sc("v_r6_neg_make_test_fail_b", "negative", "make test",
       "make test runs a shell test that reports a wrong date (logic failure), make Error 1",
       {"Makefile": ".PHONY: test\ntest:\n\t./tests/run.sh\n",
        "tests/run.sh": "#!/bin/sh\necho 'FAIL parse_date: expected 2026-01-31, got 2026-02-31'\nexit 1\n"},
       {}, "make", modes={"tests/run.sh": 0o755}),
    sc("v_r6_neg_git_pathspec_typo_b", "negative", "git checkout relese-1.2",
       "git checkout of a mistyped branch name (pathspec did not match)", {"README.md": "app\n"}, {}, "git",
       setup=[GIT_INIT]),
    sc("v_r6_neg_gzip_not_gzip", "negative", "gzip -t logs/app.log.gz",
       "gzip -t of a rotated log that is not gzip data", {"logs/app.log.gz": "plain text log\n"}, {}, "gzip"),
    sc("v_r6_neg_sqlite_no_such_table", "negative", "sqlite3 app.db \"SELECT count(*) FROM userz\"",
       "the sqlite3 shell queries a mistyped table name", {}, {}, "sqlite3",
       setup=["sqlite3 app.db 'CREATE TABLE users(id INTEGER)'"]),
    sc("v_r6_neg_perl_business_die", "negative", "perl invoice.pl 42",
       "a perl invoicing script dies because the amount is negative (business rule, exit 255)",
       {"invoice.pl": "use strict;\nmy $id = shift;\nmy $amount = -5;\ndie \"invoice $id: amount must be positive\\n\" if $amount <= 0;\n"},
       {}, "perl"),
    sc("v_r6_neg_gcc_warning_exit0", "negative", "gcc -Wall -o app app.c",
       "gcc warns about an unused variable and builds (exit 0)",
       {"app.c": "int main(void)\n{\n    int unused = 3;\n    return 0;\n}\n"}, {}, "gcc", exit=0),
    sc("v_r6_neg_curl_fallback_mirror_b", "negative", "bash fetch.sh",
       "a fetch script tries the primary host (closed port, curl 7) and falls back to a mirror that answers (exit 0)",
       {"fetch.sh": "#!/bin/bash\ncurl -sS -o pkg.tgz http://127.0.0.1:{{down}}/pkg.tgz || curl -sS -o pkg.tgz http://127.0.0.1:{{mirror}}/pkg.tgz\n"
                    "echo fetched\n"},
       {}, "curl", servers={"down": ("closed",), "mirror": ("http", 200, "tarball\n")}, exit=0, **SH),
    sc("v_r6_neg_required_variable", "negative", "bash deploy.sh",
       "a deploy script requires DEPLOY_ENV with ${DEPLOY_ENV:?}; it is not set",
       {"deploy.sh": "#!/bin/bash\n: \"${DEPLOY_ENV:?DEPLOY_ENV must be set (staging or production)}\"\necho \"deploying to $DEPLOY_ENV\"\n"},
       {}, "bash", **SH),
    sc("v_r6_neg_openssl_verify_self_signed_c", "negative", "openssl verify -CAfile ca.pem server.pem",
       "openssl verify of a self-signed server certificate against another CA (verification failed, exit 2)", {}, {},
       "openssl",
       setup=["openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -subj /CN=corp-ca -days 2 2>/dev/null",
              "openssl req -x509 -newkey rsa:2048 -nodes -keyout server.key -out server.pem -subj /CN=app.local -days 2 2>/dev/null"]),
    sc("v_r6_neg_jq_e_missing_field_c", "negative", "jq -e .version package.json",
       "jq -e of a field the file does not have prints null and exits 1", {"package.json": "{\"name\": \"site\"}\n"}, {}, "jq"),
    sc("v_r6_neg_git_dirty_tree_b", "negative", "bash release_check.sh",
       "a release check refuses to go on because the working tree has an untracked file (exit 1)",
       {"release_check.sh": "#!/bin/bash\nif [ -n \"$(git status --porcelain)\" ]; then\n  echo 'working tree not clean:'\n"
                            "  git status --short\n  exit 1\nfi\necho clean\n",
        "README.md": "app\n"},
       {}, "git", setup=[GIT_INIT, "echo scratch > notes.txt"], **SH),
    sc("v_r6_neg_sort_check_disorder_b", "negative", "sort -c data/names.txt",
       "sort -c reports that a list is not sorted", {"data/names.txt": "alice\ncarol\nbob\n"}, {}, "sort"),
    sc("v_r6_neg_tap_not_ok_quotes_enoent", "negative", "bash tests/run.sh",
       "a shell TAP test runner reports 'not ok 2' for a test that expects a loader to reject a missing file; the loader "
       "printed a different message, quoted in the diagnostic ('No such file or directory'), exit 1",
       {"tests/run.sh": "#!/bin/bash\necho 'TAP version 13'\necho '1..2'\necho 'ok 1 - loads conf/app.ini'\n"
                        "echo 'not ok 2 - rejects a missing file'\necho \"#   expected: 'config not found: conf/none.ini'\"\n"
                        "echo \"#   got:      'conf/none.ini: No such file or directory'\"\nexit 1\n"},
       {}, "bash", **SH),
]
