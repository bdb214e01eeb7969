// Runs the excerpt with recording stand-ins for describe/test/expect and prints the pairs as JSON:
// {group, input, expected}; expected null where jsonrepair's test expects it to throw (refuse).
const fs = require('fs');
const src = fs.readFileSync(process.argv[2], 'utf8');
const pairs = [];
let group = '';
let throwing = false;
class Captured { constructor(input) { this.input = input; } }
class JSONRepairError extends Error { constructor(m, p) { super(m); this.position = p; } }
const jsonrepair = (input) => { if (throwing) throw new Captured(input); return new Captured(input); };
const expect = (x) => ({
  toBe: (expected) => pairs.push({ group, input: x.input, expected }),
  toThrow: () => {
    throwing = true;
    try { x(); } catch (e) { if (!(e instanceof Captured)) throw e; pairs.push({ group, input: e.input, expected: null }); }
    finally { throwing = false; }
  },
});
new Function('describe', 'test', 'expect', 'jsonrepair', 'JSONRepairError', src)(
  (name, fn) => fn(), (name, fn) => { group = name; fn(); }, expect, jsonrepair, JSONRepairError);
process.stdout.write(JSON.stringify(pairs, null, 1) + '\n');
