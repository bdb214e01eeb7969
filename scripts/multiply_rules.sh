#!/usr/bin/env bash
# A rule base FACTOR times the size of the bundled one, for cold-start measurements (issue 19): writes
# HOME/rules/ with the bundled rules/*.drl plus FACTOR-1 renamed copies of each file, every copy in a
# package of its own (org.autoheal.rules.copyN, so its functions do not clash) and every rule renamed
# ("Connection refused" -> "Connection refused (copy 2)"). The copies have the same conditions, so they
# match and fire like the originals: the engine does FACTOR times the rule work on every signal.
# Usage: scripts/multiply_rules.sh HOME FACTOR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="${1:?usage: multiply_rules.sh HOME FACTOR}"
factor="${2:?usage: multiply_rules.sh HOME FACTOR}"
[[ "$factor" =~ ^[1-9][0-9]?$ ]] || { echo "FACTOR must be 1-99" >&2; exit 2; }
mkdir -p "$home/rules"
cp "$here"/rules/*.drl "$home/rules/"
for n in $(seq 2 "$factor"); do
  for f in "$here"/rules/*.drl; do
    sed -e "s/^package org\.autoheal\.rules;/package org.autoheal.rules.copy$n;/" \
        -e "s/^rule \"\(.*\)\"/rule \"\1 (copy $n)\"/" "$f" > "$home/rules/copy${n}_$(basename "$f")"
  done
done
echo "$(cat "$home"/rules/*.drl | grep -c '^rule ') rules in $home/rules"
