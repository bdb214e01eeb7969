#!/usr/bin/env bash
# End-to-end batch benchmark (issue 19's table): per error, the CPU time (user+sys of the whole
# process: all threads, JIT, GC and start-up included) of `bin/autoheal diagnose --batch FILE
# --no-trace` over LINES generated error lines, next to a plain Java loop of the same custom
# patterns as precompiled regexes (the seed's dispatch, bench/BatchBench loop), at each pattern count.
# Every ROOT (a checkout or a copy of bin/ and target/{autoheal.jar,lib}) and the loop run in turn,
# round by round, so a busy period on a shared machine hits all of them. Prints medians [min-max].
# Needs this checkout's test classes: mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
# Usage: scripts/bench_batch.sh [-r ROUNDS] [-n LINES] [-p "8 1000"] [ROOT...]   (default ROOT: this checkout)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds=3 lines=20000 counts="8 1000"
while getopts r:n:p: o; do
  case "$o" in r) rounds="$OPTARG" ;; n) lines="$OPTARG" ;; p) counts="$OPTARG" ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || set -- "$here"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 2; }
[ -f "$here/target/cp.txt" ] && [ -d "$here/target/test-classes/org/autoheal/bench" ] || {
  echo "build the bench first: mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt" >&2; exit 2; }
cp="$here/target/classes:$here/target/test-classes:$(cat "$here/target/cp.txt")"
java_cmd="${AUTOHEAL_JAVA:-java}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for n in $counts; do
  "$java_cmd" -cp "$cp" org.autoheal.bench.BatchBench gen "$here/src/test/resources/corpus" "$work/h$n" "$n" "$lines" "$work/batch$n.jsonl"
  i=0
  for r in "$@"; do # one home per root and count: each warms its own rules cache here, not in the timed runs
    cp -r "$work/h$n" "$work/h$n-$i"
    "$r/bin/autoheal" --home "$work/h$n-$i" diagnose "x" >/dev/null 2>&1 || true
    i=$((i + 1))
  done
done
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$rounds"); do
  for n in $counts; do
    i=0
    for r in "$@"; do
      /usr/bin/time -f "%e %U %S" -a -o "$work/ah$n-$i" "$r/bin/autoheal" --home "$work/h$n-$i" diagnose --batch "$work/batch$n.jsonl" --no-trace >"$work/out" || true
      [ "$(wc -l <"$work/out")" -eq "$lines" ] || echo "warning: $r gave $(wc -l <"$work/out") result lines for $lines" >&2
      i=$((i + 1))
    done
    /usr/bin/time -f "%e %U %S" -a -o "$work/loop$n" "$java_cmd" -XX:+UseSerialGC -Xss4m -Xmx512m -cp "$cp" \
      org.autoheal.bench.BatchBench loop "$work/h$n" "$work/batch$n.jsonl" >/dev/null
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
# median [min-max] of CPU (user+sys) or wall, in µs per line
stat() {
  awk -v col="$2" -v k="$(awk -v n="$lines" 'BEGIN {print 1e6 / n}')" '{v = (col == "wall") ? $1 : $2 + $3; print v * k}' "$1" | sort -g |
    awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f [%.1f-%.1f]", m, v[1], v[NR]}'
}
med() { stat "$1" cpu | cut -d' ' -f1; }
echo "$rounds rounds, $lines lines per batch; CPU µs per error (user+sys of the process), median [min-max]"
for n in $counts; do
  echo "patterns $n: regex loop $(stat "$work/loop$n" cpu)  (wall $(stat "$work/loop$n" wall))"
  i=0
  for r in "$@"; do
    ratio=$(awk -v a="$(med "$work/ah$n-$i")" -v l="$(med "$work/loop$n")" 'BEGIN {printf "%.2f", l / a}')
    echo "  $r: autoheal $(stat "$work/ah$n-$i" cpu)  loop/autoheal ${ratio}x  (wall $(stat "$work/ah$n-$i" wall))"
    i=$((i + 1))
  done
done
