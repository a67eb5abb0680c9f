// Cross-check with the official DataStax Node.js driver (cassandra-driver@4.10.0, protocol v3).
//   node crosscheck.js read  <host> <port> <datacenter> <keyspace> <id,id,...>  -> JSON rows on stdout
//   node crosscheck.js write <host> <port> <datacenter> <keyspace> <id>         -> writes the row below
// Values are printed in explicit string forms so that the C# side compares text, not JS numbers.
'use strict';
const cassandra = require('cassandra-driver');
const { types } = cassandra;

const [mode, host, port, dataCenter, keyspace, ids] = process.argv.slice(2);
const columns = 'id, t, a, i, b, bo, d, f, de, vi, u, tu, ts, bl, ip, l, s, m, tup, addr';

function form(value) {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return 'hex:' + value.toString('hex');
  if (value instanceof Date) return value.toISOString();
  if (value instanceof types.Tuple) return { tuple: value.elements.map(form) };
  if (Array.isArray(value)) return value.map(form);
  if (value instanceof types.Long || value instanceof types.Integer || value instanceof types.BigDecimal ||
      value instanceof types.Uuid || value instanceof types.InetAddress) return value.toString();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const result = {};
    for (const key of Object.keys(value).sort()) result[key] = form(value[key]);
    return result;
  }
  return value;
}

async function main() {
  const client = new cassandra.Client({
    contactPoints: [host],
    protocolOptions: { port: Number(port), maxVersion: 3 },
    localDataCenter: dataCenter,
    keyspace,
  });
  await client.connect();
  try {
    if (mode === 'read') {
      const rows = [];
      for (const id of ids.split(',').map(Number)) {
        const result = await client.execute(`SELECT ${columns} FROM crosscheck WHERE id = ?`, [id], { prepare: true });
        const row = result.first();
        const out = {};
        for (const column of result.columns) out[column.name] = form(row[column.name]);
        rows.push(out);
      }
      process.stdout.write(JSON.stringify({ protocolVersion: client.controlConnection.protocolVersion, rows }));
    } else if (mode === 'write') {
      const values = [
        Number(ids), 'node ✓ text', 'node ascii', -42, types.Long.fromString('-9007199254740993'), false,
        6.02214076e23, -0.5, types.BigDecimal.fromString('-98765.4321'),
        types.Integer.fromString('123456789012345678901234567890'),
        types.Uuid.fromString('f47ac10b-58cc-4372-a567-0e02b2c3d479'),
        types.TimeUuid.fromString('50554d6e-29bb-11e5-b345-feff819cdc9f'),
        new Date('2021-12-31T23:59:59.123Z'), Buffer.from('cafebabe', 'hex'),
        types.InetAddress.fromString('2001:db8::1'), ['x', 'y'], [5, 1],
        { k1: types.Long.fromNumber(1), k2: types.Long.fromNumber(-2) },
        new types.Tuple(1, 'one', 1.5), { street: 'Node Rd', zip: 99999 },
      ];
      await client.execute(`INSERT INTO crosscheck (${columns}) VALUES (${values.map(() => '?').join(', ')})`, values, { prepare: true });
      process.stdout.write(JSON.stringify({ written: Number(ids) }));
    } else {
      throw new Error(`unknown mode ${mode}`);
    }
  } finally {
    await client.shutdown();
  }
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
