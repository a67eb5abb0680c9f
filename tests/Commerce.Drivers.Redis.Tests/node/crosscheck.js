// Reads and writes Redis keys with the official node client so the C# driver's bytes can be compared.
// stdin: {"write": {"key": "hex", ...}, "read": ["key", ...], "hashRead": ["key", ...]}
// stdout: {"read": {"key": "hex" | null}, "hashRead": {"key": {"fieldHex": "valueHex"}}}
const { createClient, commandOptions } = require('redis');

async function main() {
  const [host, port] = process.argv[2].split(':');
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const password = process.argv[3] || undefined;
  const username = process.argv[4] || undefined;
  const client = createClient({ socket: { host, port: Number(port) }, password, username });
  await client.connect();
  try {
    for (const [key, hex] of Object.entries(input.write || {})) {
      await client.set(key, Buffer.from(hex, 'hex'));
    }
    const read = {};
    for (const key of input.read || []) {
      const value = await client.get(commandOptions({ returnBuffers: true }), key);
      read[key] = value === null ? null : value.toString('hex');
    }
    const hashRead = {};
    for (const key of input.hashRead || []) {
      const flat = await client.sendCommand(['HGETALL', key], { returnBuffers: true });
      const fields = {};
      for (let i = 0; i < flat.length; i += 2) fields[flat[i].toString('hex')] = flat[i + 1].toString('hex');
      hashRead[key] = fields;
    }
    process.stdout.write(JSON.stringify({ read, hashRead }));
  } finally {
    await client.quit();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
