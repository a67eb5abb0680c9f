// Reads a JSON array of GraphQL sources from the file named by argv[2] and writes, for each, graphql-js's verdict:
// { ok: true, printed: print(parse(source)) } or { ok: false, message, line, column } for a syntax error.
'use strict';
const fs = require('fs');
const { parse, print } = require('graphql');

const sources = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = sources.map((source) => {
  try {
    return { ok: true, printed: print(parse(source)) };
  } catch (error) {
    const location = (error.locations && error.locations[0]) || { line: 0, column: 0 };
    return { ok: false, message: error.message, line: location.line, column: location.column };
  }
});
process.stdout.write(JSON.stringify(results));
