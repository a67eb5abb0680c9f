// Cross-check against the official Neo4j JavaScript driver 1.7.8 (Bolt v1).
//   node crosscheck.js read  <bolt-uri> <label>   prints the label's graph as JSON with explicit types
//   node crosscheck.js write <bolt-uri> <label>   writes a graph with every property type
'use strict';
const neo4j = require('neo4j-driver').v1;

const [mode, uri, label] = process.argv.slice(2);
if (!/^T[0-9a-f]{12}$/.test(label || '')) throw new Error('label must be a test label');

// Integers travel as text so that 64-bit values keep every digit; floats as their shortest
// round-trip text.
function typed(value) {
  if (value === null || value === undefined) return { type: 'Null' };
  if (neo4j.isInt(value)) return { type: 'Integer', value: value.toString() };
  if (typeof value === 'number') return { type: 'Float', value: String(value) };
  if (typeof value === 'string') return { type: 'String', value };
  if (typeof value === 'boolean') return { type: 'Boolean', value };
  if (Array.isArray(value)) return { type: 'List', value: value.map(typed) };
  if (value instanceof Int8Array || value instanceof Uint8Array) return { type: 'Bytes', value: Array.from(value) };
  const map = {};
  for (const key of Object.keys(value)) map[key] = typed(value[key]);
  return { type: 'Map', value: map };
}

function typedProperties(entity) {
  const result = {};
  for (const key of Object.keys(entity.properties).sort()) result[key] = typed(entity.properties[key]);
  return result;
}

async function read(session) {
  const nodes = await session.run(`MATCH (n:${label}) RETURN n ORDER BY n.key`);
  const rels = await session.run(`MATCH (a:${label})-[r]->(b:${label}) RETURN a.key AS start, b.key AS end, r ORDER BY start, end`);
  return {
    nodes: nodes.records.map(r => {
      const n = r.get('n');
      return { labels: n.labels.slice().sort(), properties: typedProperties(n) };
    }),
    relationships: rels.records.map(r => ({
      start: r.get('start'),
      end: r.get('end'),
      type: r.get('r').type,
      properties: typedProperties(r.get('r')),
    })),
  };
}

async function write(session) {
  const a = {
    key: 'a',
    int_tiny: neo4j.int(7),
    int_negative: neo4j.int(-17),
    int_16: neo4j.int(1000),
    int_32: neo4j.int(100000),
    int_53_plus: neo4j.int('9007199254740993'),
    int_max: neo4j.int('9223372036854775807'),
    int_min: neo4j.int('-9223372036854775808'),
    float_pi: 3.14159,
    float_tiny: -2.5e-10,
    float_whole: 2.0,
    text: 'Größenmaßstäbe 日本',
    text_empty: '',
    text_long: 'xyz'.repeat(30000),
    flag_true: true,
    flag_false: false,
    list_ints: [neo4j.int(1), neo4j.int(-2), neo4j.int('4294967296')],
    list_floats: [1.5, -0.25],
    list_strings: ['red', 'grün'],
    list_bools: [true, false, true],
  };
  const b = { key: 'b' };
  const rel = { weight: 0.5, since: neo4j.int(2020), note: 'bought together' };
  await session.run(`CREATE (a:${label}:FromNode) SET a = $a CREATE (b:${label}:FromNode) SET b = $b CREATE (a)-[r:BOUGHT_WITH]->(b) SET r = $rel`, { a, b, rel });
  return { written: true };
}

(async () => {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'), { encrypted: false, disableLosslessIntegers: false });
  const session = driver.session();
  try {
    const result = mode === 'read' ? await read(session) : mode === 'write' ? await write(session) : null;
    if (result === null) throw new Error(`unknown mode ${mode}`);
    process.stdout.write(JSON.stringify(result));
  } finally {
    session.close();
    driver.close();
  }
})().catch(error => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
