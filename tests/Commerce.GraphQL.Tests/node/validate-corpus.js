// Validates every document of the validation corpus with graphql-js 16 and prints the errors as JSON.
// Usage: node validate-corpus.js <schema.graphql> <corpus dir>
// A corpus file holds documents separated by lines that are exactly "# ---".
'use strict';
const fs = require('fs');
const path = require('path');
const { buildSchema, parse, validate, specifiedRules } = require('graphql');

const [schemaPath, corpusDir] = process.argv.slice(2);
const schema = buildSchema(fs.readFileSync(schemaPath, 'utf8'));
// Our engine implements graphql-js's rules except the introspection depth limit (its own limits replace it).
const rules = specifiedRules.filter((rule) => rule.name !== 'MaxIntrospectionDepthRule');

const results = {};
for (const file of fs.readdirSync(corpusDir).filter((f) => f.endsWith('.graphql') && f !== 'schema.graphql').sort()) {
  const documents = fs.readFileSync(path.join(corpusDir, file), 'utf8').replace(/\r\n/g, '\n').split(/^# ---$/m);
  documents.forEach((source, index) => {
    const key = `${file}#${index}`;
    let document;
    try {
      document = parse(source);
    } catch (error) {
      results[key] = { syntax: true, errors: [] };
      return;
    }
    let errors;
    try {
      errors = validate(schema, document, rules).map((error) => ({
        message: error.message,
        locations: (error.locations || []).map((l) => `${l.line}:${l.column}`),
      }));
    } catch (error) {
      // graphql-js 16 throws from SingleFieldSubscriptionsRule when @skip/@include take a variable there.
      results[key] = { syntax: false, crash: String(error.message), errors: [] };
      return;
    }
    results[key] = { syntax: false, errors };
  });
}
process.stdout.write(JSON.stringify(results));
