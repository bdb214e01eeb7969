#!/usr/bin/env bash
# Side-by-side cost of AutoHeal builds on the same machine state: for each ROUND, every ROOT in turn
# runs (1) COLD cold starts of `bin/autoheal diagnose TEXT` (rules cache warm, launcher included) and
# (2) `diagnose --batch` over the seed + captured corpora repeated REPEAT times, with --no-trace and
# traced. Interleaving the roots round by round is what makes the comparison fair on a shared machine.
# Prints per root: median [min-max] wall and CPU (user+sys) per cold start, and per batch error
# (whole batch process divided by the number of lines, start-up included).
# Each root keeps its rules cache in a folder of its own (XDG_CACHE_HOME): the homes are not AutoHeal homes, so the
# cache would be the user's ~/.cache/autoheal/rules, which keeps 16 entries and is shared with every other
# checkout and session: their writes pruned a root's entry now and then, and that start compiled its rules.
# Batch lines carry the text only: a case's "tool" named a toolchain these homes do not define, so
# most lines were answered 'unknown toolchain' without a decision; now every line is decided.
# -f FACTOR: each root's home gets FACTOR copies of that root's own rules/*.drl (as scripts/multiply_rules.sh).
# -p: each cold start runs in a session of its own whose scheduler autogroup is at nice -20 (needs root or
# CAP_SYS_NICE): other sessions' load then takes little of its CPU, so its wall time is close to a quiet
# machine's (plain nice does nothing across sessions while kernel.sched_autogroup_enabled is 1).
# Usage: scripts/compare_perf.sh [-r ROUNDS] [-c COLD] [-n REPEAT] [-f FACTOR] [-p] ROOT...   (each ROOT has bin/autoheal, a built jar)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds=5 cold=3 repeat=10 factor=1 prio=()
while getopts r:c:n:f:p o; do
  case "$o" in r) rounds="$OPTARG" ;; c) cold="$OPTARG" ;; n) repeat="$OPTARG" ;; f) factor="$OPTARG" ;;
    p) prio=(setsid --wait bash -c 'echo -20 > /proc/self/autogroup && exec "$@"' prio) ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[[ "$factor" =~ ^[1-9][0-9]?$ ]] || { echo "FACTOR must be 1-99" >&2; exit 2; }
[ $# -ge 1 ] || { echo "usage: $0 [-r ROUNDS] [-c COLD] [-n REPEAT] [-f FACTOR] ROOT..." >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
batch="$work/batch.jsonl"
python3 - "$here/src/test/resources/corpus" "$repeat" >"$batch" <<'EOF'
import json, pathlib, sys
root, repeat = pathlib.Path(sys.argv[1]), int(sys.argv[2])
lines = []
for corpus in ("seed", "captured"):
    for c in json.loads((root / corpus / "index.json").read_text())["cases"]:
        text = (root / corpus / c["file"]).read_text(encoding="utf-8", errors="replace")
        lines.append(json.dumps({"text": text}))
for _ in range(repeat):
    print("\n".join(lines))
EOF
n="$(wc -l <"$batch")"
text=$'Traceback (most recent call last):\n  File "t.py", line 1, in <module>\n    import yaml\nModuleNotFoundError: No module named \'yaml\''
i=0
for r in "$@"; do
  mkdir -p "$work/home$i"
  if [ "$factor" != 1 ]; then   # the root's own rules and FACTOR-1 renamed copies (package and rule names)
    mkdir -p "$work/home$i/rules"
    cp "$r"/rules/*.drl "$work/home$i/rules/"
    for k in $(seq 2 "$factor"); do
      for f in "$r"/rules/*.drl; do
        sed -e "s/^package org\.autoheal\.rules;/package org.autoheal.rules.copy$k;/" \
            -e "s/^rule \"\(.*\)\"/rule \"\1 (copy $k)\"/" "$f" > "$work/home$i/rules/copy${k}_$(basename "$f")"
      done
    done
  fi
  XDG_CACHE_HOME="$work/cache$i" "$r/bin/autoheal" --home "$work/home$i" diagnose "$text" >/dev/null 2>&1 || true   # build, archive, rules cache
  i=$((i + 1))
done
for _ in $(seq "$rounds"); do
  i=0
  for r in "$@"; do
    h="$work/home$i"
    for _ in $(seq "$cold"); do
      XDG_CACHE_HOME="$work/cache$i" /usr/bin/time -f "%e %U %S" -a -o "$work/cold$i" "${prio[@]}" "$r/bin/autoheal" --home "$h" diagnose "$text" >/dev/null || true
    done
    XDG_CACHE_HOME="$work/cache$i" /usr/bin/time -f "%e %U %S" -a -o "$work/fast$i" "$r/bin/autoheal" --home "$h" diagnose --batch "$batch" --no-trace >/dev/null || true
    XDG_CACHE_HOME="$work/cache$i" /usr/bin/time -f "%e %U %S" -a -o "$work/traced$i" "$r/bin/autoheal" --home "$h" diagnose --batch "$batch" >/dev/null || true
    i=$((i + 1))
  done
done
# median [min-max] of column: wall ($1) or CPU ($2+$3), scaled (1 for seconds, 1e6/n for µs per line)
stat() {
  awk -v col="$2" -v k="$3" '{v = (col == "wall") ? $1 : $2 + $3; print v * k}' "$1" | sort -g |
    awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.4g [%.4g-%.4g]", m, v[1], v[NR]}'
}
per=$(awk -v n="$n" 'BEGIN {print 1e6 / n}')
echo "$rounds rounds, $cold cold starts per round${prio:+ (prioritized)}, rules x$factor, batch of $n lines (corpora x $repeat), load $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
for r in "$@"; do
  echo "$r"
  echo "  cold start s:          wall $(stat "$work/cold$i" wall 1)  CPU $(stat "$work/cold$i" cpu 1)"
  echo "  batch --no-trace µs/error: wall $(stat "$work/fast$i" wall "$per")  CPU $(stat "$work/fast$i" cpu "$per")"
  echo "  batch traced µs/error:     wall $(stat "$work/traced$i" wall "$per")  CPU $(stat "$work/traced$i" cpu "$per")"
  i=$((i + 1))
done
