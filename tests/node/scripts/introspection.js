// Two commands, one JSON document on stdin each:
//   query             -> graphql-js's getIntrospectionQuery with every option on
//   print [results]   -> for each introspection result, printSchema(buildClientSchema(result.data)) or the error
const { getIntrospectionQuery, buildClientSchema, printSchema } = require('graphql');

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const { command, results } = JSON.parse(input);
  if (command === 'query') {
    process.stdout.write(JSON.stringify(getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    })));
    return;
  }
  process.stdout.write(JSON.stringify(results.map((result) => {
    try {
      if (result.errors) return { error: JSON.stringify(result.errors) };
      return { sdl: printSchema(buildClientSchema(result.data)) };
    } catch (error) {
      return { error: String(error.message) };
    }
  })));
});
