#!/usr/bin/env python3
"""Regenerate the training corpus of real captures: src/test/resources/corpus/captured.

Every scenario (scripts/corpus/scenarios/*.py, a list of plain dicts) is built in its own temp folder with real
files, real local servers on 127.0.0.1 (OS-chosen ports; closed ports for refusals), then its command really runs
and its combined stdout+stderr is written to captured/<cause>/<name>.txt, with an entry in captured/index.json in
the seed's format plus "split" (train/holdout, stratified by cause, kept in splits.json) and "ecosystem".

    python3 scripts/corpus/capture.py              # everything
    python3 scripts/corpus/capture.py --only ws_   # scenarios whose name contains ws_ (the others are kept)
    python3 scripts/corpus/capture.py --list       # names, causes, splits

A scenario whose requirement is missing here (e.g. a Debian Python library) is skipped with a note and its stored
capture is kept: tests use the stored captures, CI never regenerates them.
"""
import argparse
import hashlib
import importlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import servers  # noqa: E402

REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(REPO, "src", "test", "resources", "corpus", "captured")
CAUSES = ["missing_module", "permission", "syntax", "connection", "file_not_found", "json_format",
          "import_error", "websocket", "negative"]
INT_KEYS = {"port", "line", "column", "errno", "http_status", "close_code", "exit_code", "position"}
MAX_BYTES = 20 * 1024
ECOSYSTEMS = {"python3": "python", "/usr/bin/python3": "python", "pip": "python", "node": "node", "npm": "node",
              "java": "java", "javac": "java", "bash": "shell", "dash": "shell", "sh": "shell", "gcc": "c",
              "make": "make", "perl": "perl"}
MODULES = ["python", "python_libs", "node", "java", "shell", "tools", "more", "negative", "fresh", "fresh2",
           "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh12", "fresh9", "fresh10", "fresh11",
           "fresh13", "fresh9b", "fresh15", "fresh10b", "fresh11b", "fresh14", "fresh16", "fresh9c", "fresh19",
           "fresh21", "fresh17", "fresh17b", "fresh18", "fresh18b", "fresh20", "fresh22", "fresh23", "kinds14n",
           "kinds14b", "kinds14a", "fresh24", "kinds15b", "kinds15a", "fresh25", "kinds16a", "kinds16b", "fresh26",
           "kinds17b", "kinds17a"]
# scenarios written after the rules had been tuned on train and measured on holdout many times: a fresh measure,
# never mixed into train/holdout; halved by a fixed hash of the name (fresh_train may be read by rule writers)
# module -> split prefix: fresh.py (f_*) is fresh_train/fresh_holdout, fresh2.py (g_*, a second such measure) is
# fresh2_train/fresh2_holdout, so each set keeps its own before/after numbers
FRESH_MODULES = {m: m for m in MODULES if re.fullmatch(r"fresh\d*", m)}  # fresh3.py -> fresh3_train/holdout
FRESH_MODULES["fresh9b"] = "fresh9"  # more train-hashed rounds of the ninth set, by rule writers (t_r5_*)
FRESH_MODULES["fresh9c"] = "fresh9"  # a train-hashed round of Node key details by a rule writer (t_r7_*, s12-node3)
FRESH_MODULES["fresh10b"] = "fresh10"  # a train-hashed round of Python apps and clients by a rule writer (u_r6_*, s12-gaps)
FRESH_MODULES["fresh11b"] = "fresh11"  # a train-hashed round of shells and tools by a rule writer (v_r6_*, s12-gaps)
FRESH_MODULES["fresh17b"] = "fresh17"  # a train-hashed second round of the seventeenth set by its author after phase 1 (m_r2_*)
FRESH_MODULES["fresh18b"] = "fresh18"  # a train-hashed round of Node and Java by the rule writer of s13-fresh18 (n_r2_*)
FRESH_MODULES["kinds14n"] = "kinds14n"  # session 14 s14-neg: negatives in hard forms and their positive twins, all train-hashed (d_*)
FRESH_MODULES["kinds14b"] = "kinds14b"  # train-hashed proofs of s14-kinds-b's kinds (c_*): kinds14b_train
FRESH_MODULES["kinds14a"] = "kinds14a"  # session 14, s14-kinds-a: proofs of kinds found by probing hard forms (b_*), all train-hashed
FRESH_MODULES["kinds15b"] = "kinds15b"  # session 15, s15-kinds-b: proofs of log-format and supervisor kinds (kb_*), all train-hashed
FRESH_MODULES["kinds15a"] = "kinds15a"  # session 15, s15-kinds-a: proofs of kinds found by probing syntax/AggregateError/websocket/untyped forms (ka_*), all train-hashed
FRESH_MODULES["kinds16a"] = "kinds16a"  # session 16, s16-kinds-a: proofs of kinds found by probing ports in the argv, TAP codes, sqlite3 inputs (kc_*), all train-hashed
FRESH_MODULES["kinds16b"] = "kinds16b"  # session 16, s16-kinds-b: proofs of key-detail kinds found by probing 150 real runs (kd_*), all train-hashed
FRESH_MODULES["kinds17b"] = "kinds17b"  # session 17, s17-kinds-b: proofs of kinds found by probing 65 Node/shell/WebSocket/Java runs (kf_*), all train-hashed
FRESH_MODULES["kinds17a"] = "kinds17a"  # session 17, s17-kinds-a: proofs of kinds found by probing HTTP clients printing a server's error body, exception groups, exec/runpy, multiprocessing, pip (ke_*), all train-hashed

ABOUT = ("Real output captured by scripts/corpus/capture.py, which builds each scenario in a temp folder (real files, "
         "real servers on 127.0.0.1, closed ports for refusals) and runs the real program (python3, node, java, "
         "bash/dash/sh, curl, wget, git, make, npm, pip, psql, sqlite3, perl, gcc, ssh, tar, find, coreutils). "
         "file: raw combined stdout+stderr (outputs over 20 KB keep their head and tail around one marker line). "
         "cause: the diagnosis a good expert reaches ('negative' must get no diagnosis among the eight causes and no "
         "proposal). detail: what a good parser/rule set extracts; paths are relative to the program's working folder "
         "(outputs print them absolute: compare by suffix). detail_in_output / detail_in_command: which detail values "
         "occur literally in the output / the command. detail_context: details that appear in neither, so that only context "
         "(the program's files, the service config) could give them; scoring does not demand them. split: train or holdout, "
         "stratified by cause and stable (scripts/corpus/splits.json keeps every assignment; write rules on train, "
         "measure on holdout). ecosystem: the language or tool family. Ports differ on every "
         "regeneration.")


SPLITS = os.path.join(HERE, "splits.json")


def hash_bit(name):
    return hashlib.sha256(name.encode()).digest()[0] % 2


def assign_splits(scenarios):
    """train/holdout per case, stratified by cause and stable: splits.json keeps every assignment ever made; a new
    case goes to the smaller split of its cause (a hash of its name breaks ties), so adding scenarios never moves
    a case between splits and each cause stays about half and half."""
    known = {}
    if os.path.exists(SPLITS):
        with open(SPLITS) as f:
            known = json.load(f)
    for s in scenarios:
        if s["module"] in FRESH_MODULES and s["name"] not in known:
            known[s["name"]] = FRESH_MODULES[s["module"]] + ("_holdout" if hash_bit(s["name"]) else "_train")
    for cause in CAUSES:
        names = sorted((s["name"] for s in scenarios if s["cause"] == cause and s["module"] not in FRESH_MODULES),
                       key=lambda n: hashlib.sha256(n.encode()).hexdigest())
        count = {"train": 0, "holdout": 0}
        for n in names:
            if n in known:
                count[known[n]] += 1
        for n in names:
            if n not in known:
                if count["train"] != count["holdout"]:
                    known[n] = min(count, key=count.get)
                else:
                    known[n] = "holdout" if hash_bit(n) else "train"
                count[known[n]] += 1
    tmp = SPLITS + ".tmp"
    with open(tmp, "w") as f:
        json.dump(dict(sorted(known.items())), f, indent=1)
        f.write("\n")
    os.replace(tmp, SPLITS)
    return known


def load_scenarios():
    out = []
    for m in MODULES:
        mod = importlib.import_module("scenarios." + m)
        for s in mod.SCENARIOS:
            s.setdefault("module", m)
            out.append(s)
    names = [s["name"] for s in out]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit("duplicate scenario names: %s" % sorted(dup))
    for s in out:
        if s["cause"] not in CAUSES:
            raise SystemExit("%s: unknown cause %s" % (s["name"], s["cause"]))
        if not re.fullmatch(r"[a-z0-9_]+", s["name"]):
            raise SystemExit("bad scenario name %r" % s["name"])
    return out


def missing_requirement(s):
    for req in s.get("requires", []):
        if req.startswith("py:"):
            mod = req[3:]
            r = subprocess.run(["/usr/bin/python3", "-c", "import " + mod], capture_output=True)
            if r.returncode:
                return "Debian python3 lacks module %s (apt-get install the python3-* package)" % mod
        elif req.startswith("py3:"):  # the python3 on PATH
            r = subprocess.run(["python3", "-c", "import " + req[4:]], capture_output=True)
            if r.returncode:
                return "python3 on PATH lacks module %s" % req[4:]
        elif req.startswith("node:"):
            r = subprocess.run(["node", "-e", "require('%s')" % req[5:]], capture_output=True,
                               env=dict(os.environ, NODE_PATH="/usr/share/nodejs"))
            if r.returncode:
                return "node module %s missing (apt-get install node-%s)" % (req[5:], req[5:])
        elif req.startswith("file:"):
            if not os.path.exists(req[5:]):
                return "%s not found" % req[5:]
        elif req.startswith("bin:"):
            if not shutil.which(req[4:]):
                return "program %s not installed" % req[4:]
    return None


def subst(text, ports):
    for k, v in ports.items():
        text = text.replace("{{%s}}" % k, str(v))
    return text


def typed(detail, ports):
    out = {}
    for k, v in detail.items():
        if isinstance(v, str):
            v = subst(v, ports)
            if k in INT_KEYS and re.fullmatch(r"-?\d+", v):
                v = int(v)
        elif isinstance(v, list):
            v = [subst(x, ports) if isinstance(x, str) else x for x in v]
        out[k] = v
    return out


def env_for(work):
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "PYENV_ROOT", "PYENV_VERSION", "JAVA_HOME", "USER")}
    env.update({
        "HOME": work, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "dumb", "NO_COLOR": "1",
        "NODE_DISABLE_COLORS": "1", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1", "PIP_NO_COLOR": "1",
        "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Dev", "GIT_AUTHOR_EMAIL": "dev@example.com",
        "GIT_COMMITTER_NAME": "Dev", "GIT_COMMITTER_EMAIL": "dev@example.com",
        "npm_config_offline": "true", "npm_config_cache": os.path.join(work, ".npm"),
        "npm_config_update_notifier": "false", "npm_config_fund": "false", "npm_config_audit": "false",
        "npm_config_loglevel": "warn",
    })
    env.update({"PATH": env.get("PATH", "/usr/bin:/bin")})
    return env


def build(s, work, ports):
    for rel, content in s.get("files", {}).items():
        path = os.path.join(work, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = content if isinstance(content, bytes) else subst(content, ports).encode()
        with open(path, "wb") as f:
            f.write(data)
    for rel in s.get("dirs", []):
        os.makedirs(os.path.join(work, rel), exist_ok=True)
    for rel, mode in s.get("modes", {}).items():
        os.chmod(os.path.join(work, rel), mode)
    for cmd in s.get("setup", []):
        r = subprocess.run(["bash", "-c", subst(cmd, ports)], cwd=work, env=env_for(work),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        if r.returncode:
            raise RuntimeError("setup %r failed: %s" % (cmd, r.stdout.decode(errors="replace")[-2000:]))


def trim(data):
    if len(data) <= MAX_BYTES:
        return data
    head, tail = data[:8 * 1024], data[-12 * 1024:]
    return head + b"\n[... %d bytes of the real output left out by capture.py ...]\n" % (len(data) - len(head) - len(tail)) + tail


PASTE_START = re.compile(r"^(Traceback \(most recent call last\)|Exception in thread |node:internal/|npm (ERR!|error) |"
                         r"(file://)?/\S+\.[cm]?[jt]s:\d+$)")


def pasted(s, text):
    """What a user pastes of the real output (scenario key "paste"): "last_line", "last_lines" (key "lines"),
    "error_block" (from the last line matching "start", default an error header, to the end; "first": true takes
    the first such line instead), or "match": the "lines" lines from the last line matching the regex "match".
    Trailing blank lines are dropped, as a selection in a terminal does."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    mode = s["paste"]
    if mode == "last_line":
        picked = lines[-1:]
    elif mode == "last_lines":
        picked = lines[-s.get("lines", 3):]
    else:
        rx = re.compile(s.get("start") or s.get("match") or PASTE_START.pattern)
        at = [i for i, ln in enumerate(lines) if rx.search(ln)]
        if not at:
            raise RuntimeError("paste: no line matches %r" % rx.pattern)
        i = at[0] if s.get("first") else at[-1]
        picked = lines[i:] if mode == "error_block" else lines[i:i + s.get("lines", 1)]
    return ("\n".join(picked) + "\n").encode()


def run(s, base):
    work = os.path.join(base, s["name"])
    os.makedirs(work)
    started = []
    try:
        ports = {}
        for key, kind in s.get("servers", {}).items():
            srv = servers.Server(kind).start()
            started.append(srv)
            ports[key] = srv.port
        build(s, work, ports)
        cmd = subst(s["cmd"], ports)
        shell = s.get("shell", "bash")
        argv = [shell, "-c", cmd]
        if s.get("drop_caps"):
            # as root: without capabilities file modes bind like for any user
            argv = ["setpriv", "--bounding-set=-all", "--inh-caps=-all"] + argv
        t0 = time.time()
        try:
            env = env_for(work)
            env.update({k: subst(v, ports) for k, v in s.get("env", {}).items()})
            r = subprocess.run(argv, cwd=work, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=s.get("timeout", 60))
            out, code = r.stdout, r.returncode
        except subprocess.TimeoutExpired as e:
            out, code = (e.stdout or b"") + b"", -1
        return cmd, code, trim(out), ports, time.time() - t0
    finally:
        for srv in started:
            srv.stop()


def entry(s, cmd, code, text, ports, split):
    detail = typed(s.get("detail", {}), ports)
    if s.get("paste"):
        # pasted text carries no argv, no exit code, no toolchain: the diagnosis gets the text alone
        e = {
            "file": "%s/%s.txt" % (s["cause"], s["name"]),
            "cause": s["cause"],
            "tool": s.get("tool") or cmd.split()[0],
            "command": "",
            "exit_code": None,
            "pasted": True,
            "paste": s["paste"],
            "exception": s.get("exception", ""),
            "detail": detail,
            "description": s["description"],
            "detail_in_output": {k: str(v) in text for k, v in detail.items() if not isinstance(v, (list, dict))},
            "detail_in_command": {k: False for k, v in detail.items() if not isinstance(v, (list, dict))},
            "split": split,
        }
        e["ecosystem"] = s.get("ecosystem") or ECOSYSTEMS.get(e["tool"], "tools")
        return e
    e = {
        "file": "%s/%s.txt" % (s["cause"], s["name"]),
        "cause": s["cause"],
        "tool": s.get("tool") or cmd.split()[0],
        "command": s.get("command_label") and subst(s["command_label"], ports) or cmd,
        "argv": shlex.split(s.get("command_label") and subst(s["command_label"], ports) or cmd),
        "exit_code": code,
        "exception": s.get("exception", ""),
        "detail": detail,
        "description": s["description"],
        "detail_in_output": {k: str(v) in text for k, v in detail.items() if not isinstance(v, (list, dict))},
        "detail_in_command": {k: str(v) in cmd for k, v in detail.items() if not isinstance(v, (list, dict))},
        "split": split,
    }
    tool = e["tool"]
    e["ecosystem"] = s.get("ecosystem") or ECOSYSTEMS.get(tool, "tools")
    return e


def check(s, code, text):
    """Labels stay honest when the machine changes: the output must still say what the scenario was built for."""
    problems = []
    for want in s.get("expect", []):
        if want not in text:
            problems.append("expected %r in the output" % want)
    if "exit" in s and s["exit"] != code:
        problems.append("exit %s, expected %s" % (code, s["exit"]))
    elif "exit" not in s and code == 0 and s["cause"] != "negative":
        problems.append("exit 0 for a failure scenario")
    return problems


LITERAL_KEYS = ("url", "host", "port", "path", "json_file", "file", "module", "name", "from_module", "http_status",
                "close_code")


def move_unseen_details(e):
    """A key detail that is neither in the output nor in the command can only be inferred from context (the
    program's files, the service config): it moves to detail_context, which scoring does not demand."""
    moved = {}
    for k in LITERAL_KEYS:
        if k in e["detail_in_output"] and not e["detail_in_output"][k] and not e["detail_in_command"][k]:
            moved[k] = e["detail"].pop(k)
            del e["detail_in_output"][k], e["detail_in_command"][k]
    if moved:
        e["detail_context"] = moved
    return moved


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="regenerate only scenarios whose name contains this text")
    ap.add_argument("--prefix", help="regenerate only scenarios whose name starts with this text (e.g. f_)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--keep-work", action="store_true", help="keep the temp folders (to debug a scenario)")
    args = ap.parse_args()
    scenarios = load_scenarios()
    splits = assign_splits(scenarios)
    if args.list:
        for s in scenarios:
            print("%-40s %-15s %s" % (s["name"], s["cause"], splits[s["name"]]))
        return 0
    index_path = os.path.join(OUT, "index.json")
    old = {}
    if os.path.exists(index_path):
        with open(index_path) as f:
            old = {c["file"]: c for c in json.load(f)["cases"]}
    selected = [s for s in scenarios if (not args.only or args.only in s["name"])
                and (not args.prefix or s["name"].startswith(args.prefix))]
    # a fixed folder keeps the printed paths the same from one regeneration to the next
    base = os.path.join(tempfile.gettempdir(), "autoheal-corpus")
    shutil.rmtree(base, ignore_errors=True)
    os.makedirs(base)
    cases, bad, skipped, notes = {}, [], [], []
    fresh = set()
    try:
        for s in selected:
            why = missing_requirement(s)
            file = "%s/%s.txt" % (s["cause"], s["name"])
            if why:
                skipped.append((s["name"], why))
                if file in old and os.path.exists(os.path.join(OUT, file)):
                    cases[file] = old[file]
                continue
            try:
                cmd, code, out, ports, secs = run(s, base)
            except Exception as e:  # a broken scenario is reported, the others still run
                bad.append((s["name"], "%s: %s" % (type(e).__name__, e)))
                continue
            text = out.decode("utf-8", errors="replace")
            for p in check(s, code, text):
                bad.append((s["name"], p))
            if s.get("paste"):  # the labels' checks ran on the whole output; what is stored is what a user pastes
                try:
                    out = pasted(s, text)
                except RuntimeError as e:
                    bad.append((s["name"], str(e)))
                    continue
                text = out.decode("utf-8")
            path = os.path.join(OUT, file)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(out)
            cases[file] = entry(s, cmd, code, text, ports, splits[s["name"]])
            moved = move_unseen_details(cases[file])
            if moved:
                notes.append((s["name"], "context-only details: %s" % moved))
            fresh.add(file)
            print("%-44s %-15s exit %-4s %5.1fs" % (s["name"], s["cause"], code, secs), flush=True)
    finally:
        if not args.keep_work:
            shutil.rmtree(base, ignore_errors=True)
        else:
            print("work folders kept in", base)
    known = {"%s/%s.txt" % (s["cause"], s["name"]) for s in scenarios}
    for file, c in old.items():  # cases not regenerated this time are kept as stored
        if file in known and file not in cases and os.path.exists(os.path.join(OUT, file)):
            c["split"] = splits[file.split("/")[1][:-4]]
            cases[file] = c
    for cause in CAUSES:  # captures of scenarios that no longer exist are removed
        d = os.path.join(OUT, cause)
        if os.path.isdir(d):
            for fn in os.listdir(d):
                if "%s/%s" % (cause, fn) not in known:
                    os.remove(os.path.join(d, fn))
    ordered = [cases[f] for f in sorted(cases, key=lambda f: (CAUSES.index(f.split("/")[0]), f))]
    tmp = index_path + ".tmp"
    with open(tmp, "w") as f:
        json.dump({"about": ABOUT, "causes": CAUSES, "cases": ordered}, f, indent=1)
        f.write("\n")
    os.replace(tmp, index_path)
    neg = sum(1 for c in ordered if c["cause"] == "negative")
    print("\n%d captures (%d negative, %d regenerated now) in %s" % (len(ordered), neg, len(fresh), OUT))
    for name, why in notes:
        print("note %s: %s" % (name, why))
    for name, why in skipped:
        print("skipped %s: %s" % (name, why))
    for name, why in bad:
        print("PROBLEM %s: %s" % (name, why))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
