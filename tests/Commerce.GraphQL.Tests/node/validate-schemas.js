// Runs graphql-js 16's validateSchema on every schema file of a folder and prints the messages as JSON.
// Usage: node validate-schemas.js <dir>
'use strict';
const fs = require('fs');
const path = require('path');
const { buildSchema, validateSchema } = require('graphql');

const [dir] = process.argv.slice(2);
const results = {};
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
  // assumeValidSDL: the SDL rules are not under test, only the type system validation of spec section 3.
  const schema = buildSchema(fs.readFileSync(path.join(dir, file), 'utf8'), { assumeValidSDL: true });
  results[file] = validateSchema(schema).map((error) => error.message);
}
process.stdout.write(JSON.stringify(results));
