// Side by side: jsonrepair (npm) on the same inputs. Reads cases.json ([{tool, input}]), writes
// {tool: {output} | {error}} to stdout. Usage: node run_jsonrepair.mjs PATH/TO/jsonrepair/lib/esm/index.js cases.json
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const { jsonrepair } = await import(pathToFileURL(process.argv[2]).href);
const out = {};
for (const c of JSON.parse(readFileSync(process.argv[3], 'utf8'))) {
  try { out[c.tool] = { output: jsonrepair(c.input) }; } catch (e) { out[c.tool] = { error: String(e.message).slice(0, 200) }; }
}
process.stdout.write(JSON.stringify(out));
