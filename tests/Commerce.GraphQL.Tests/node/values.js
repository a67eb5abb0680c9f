// Runs the execution values corpus through graphql-js: the schema is built from values/schema.graphql, every
// field reads "<field>_<key>" (or "<field>") from its parent object in values/data.json, a {"$error": m} value
// throws m, and echo returns the JSON of its coerced arguments. Prints one JSON array of { name, result }.
'use strict';
const fs = require('fs');
const path = require('path');
const { graphql, buildSchema } = require('graphql');

const dir = process.argv[2];
const schema = buildSchema(fs.readFileSync(path.join(dir, 'schema.graphql'), 'utf8'));
const data = JSON.parse(fs.readFileSync(path.join(dir, 'data.json'), 'utf8'));

function fieldResolver(parent, args, _context, info) {
  if (info.fieldName === 'echo') {
    return JSON.stringify(args);
  }
  const key = args.key == null ? info.fieldName : info.fieldName + '_' + args.key;
  const value = parent == null ? undefined : parent[key];
  if (value !== null && typeof value === 'object' && typeof value.$error === 'string') {
    throw new Error(value.$error);
  }
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (item !== null && typeof item === 'object' && typeof item.$error === 'string') {
        return Promise.reject(new Error(item.$error));
      }
      return item;
    });
  }
  return value;
}

function header(source, key) {
  const line = source.split('\n').find((l) => l.startsWith('#@' + key + ' '));
  return line === undefined ? undefined : line.slice(key.length + 3).trim();
}

async function main() {
  const corpus = path.join(dir, 'corpus');
  const out = [];
  for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith('.graphql')).sort()) {
    const source = fs.readFileSync(path.join(corpus, name), 'utf8');
    const variables = header(source, 'variables');
    const result = await graphql({
      schema,
      source,
      rootValue: data,
      fieldResolver,
      variableValues: variables === undefined ? undefined : JSON.parse(variables),
    });
    out.push({ name, result: JSON.parse(JSON.stringify(result)) });
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => { console.error(e); process.exit(1); });
