// Runs every graphql-http server audit (GraphQL-over-HTTP conformance) against the given URL and prints
// one JSON line per audit: id, name, status (ok, warn, error) and, when not ok, the reason.
const { serverAudits } = require('graphql-http');

(async () => {
  const url = process.argv[2];
  const audits = serverAudits({ url });
  const results = [];
  for (const audit of audits) {
    const result = await audit.fn();
    results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason || null });
  }
  process.stdout.write(JSON.stringify(results));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
