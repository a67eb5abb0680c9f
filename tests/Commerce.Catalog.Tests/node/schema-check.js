// Reads the catalog's schema over HTTP by introspection, as any client would, and checks it with graphql-js:
// the schema must be valid and each operation given on stdin must validate against it.
// Usage: node schema-check.js <graphql url>   (stdin: JSON array of operation texts)
// Prints JSON: { schemaErrors: [...], operationErrors: [[...], ...], sdl: "..." }
const { getIntrospectionQuery, buildClientSchema, validateSchema, validate, parse, printSchema } = require('graphql');

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const operations = JSON.parse(input || '[]');
  const response = await fetch(process.argv[2], {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) }),
  });
  const result = await response.json();
  if (result.errors) {
    process.stdout.write(JSON.stringify({ schemaErrors: result.errors.map((e) => e.message) }));
    return;
  }
  const schema = buildClientSchema(result.data);
  const schemaErrors = validateSchema(schema).map((e) => e.message);
  const operationErrors = operations.map((text) => validate(schema, parse(text)).map((e) => e.message));
  process.stdout.write(JSON.stringify({ schemaErrors, operationErrors, sdl: printSchema(schema) }));
});
