#!/usr/bin/env bash
# Cold start of `bin/autoheal diagnose TEXT` with the default rules, launcher included: RUNS
# fresh processes on one home whose rules cache is warm (as every start after the first).
# Prints the median and minimum wall time and the median CPU (user+sys) time.
# Usage: scripts/cold_start.sh [RUNS] [RULES_FACTOR]   (AUTOHEAL_JAVA=... to try another JDK)
# RULES_FACTOR N > 1: the home's rules/ holds the bundled rules and N-1 renamed copies (scripts/multiply_rules.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-21}"
factor="${2:-1}"
[ -x /usr/bin/time ] || { echo "cold_start.sh needs /usr/bin/time (Debian package: time)" >&2; exit 2; }
home="$(mktemp -d)"
times="$(mktemp)"
trap 'rm -rf "$home" "$times"' EXIT
if [ "$factor" != 1 ]; then "$here/scripts/multiply_rules.sh" "$home" "$factor" >&2; fi
text=$'Traceback (most recent call last):\n  File "t.py", line 1, in <module>\n    import yaml\nModuleNotFoundError: No module named \'yaml\''
"$here/bin/autoheal" --home "$home" diagnose "$text" >/dev/null || true   # build, train the archive, fill the cache
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S" -a -o "$times" "$here/bin/autoheal" --home "$home" diagnose "$text" >/dev/null || true
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
wall_median="$(awk '{print $1}' "$times" | median)"
wall_min="$(awk '{print $1}' "$times" | sort -n | head -1)"
cpu_median="$(awk '{printf "%.2f\n", $2 + $3}' "$times" | median)"
echo "cold start, $runs runs, rules x$factor: wall median ${wall_median} s, min ${wall_min} s; CPU median ${cpu_median} s"
