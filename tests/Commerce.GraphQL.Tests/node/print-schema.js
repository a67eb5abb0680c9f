// Reads a JSON array of SDL strings on stdin and answers, for each, graphql-js's canonical print
// (printSchema(buildSchema(sdl))), the same with types and fields sorted (lexicographicSortSchema),
// and the schema validation errors, as a JSON array.
const { buildSchema, printSchema, lexicographicSortSchema, validateSchema } = require('graphql');

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const results = JSON.parse(input).map((sdl) => {
    try {
      const schema = buildSchema(sdl);
      return {
        printed: printSchema(schema),
        sorted: printSchema(lexicographicSortSchema(schema)),
        errors: validateSchema(schema).map((e) => e.message),
      };
    } catch (error) {
      return { error: String(error.message) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
