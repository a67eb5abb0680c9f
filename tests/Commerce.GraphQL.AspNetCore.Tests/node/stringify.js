// Reads a JSON array of [kind, value] cases from stdin and prints, one a line, what JSON.stringify
// writes for each: the reference our ResultJsonWriter must match byte for byte.
// kind "string" carries the value as an array of UTF-16 code units (so lone surrogates survive the trip).
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const lines = cases.map(([kind, value]) => {
    const v = kind === 'string' ? String.fromCharCode(...value) : Number(value);
    return Buffer.from(JSON.stringify(v), 'utf8').toString('base64');
  });
  process.stdout.write(lines.join('\n'));
});
