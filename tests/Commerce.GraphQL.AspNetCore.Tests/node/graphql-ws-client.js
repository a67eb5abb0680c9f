// Drives our WebSocket endpoint with the reference graphql-transport-ws client (npm graphql-ws) and prints
// what it observed as JSON: the results of a subscription, of a query, and of a request that fails validation.
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const url = process.argv[2];

function collect(client, payload) {
  return new Promise((resolve) => {
    const results = [];
    client.subscribe(payload, {
      next: (value) => results.push(value),
      error: (error) => resolve({ results, error: Array.isArray(error) ? error : String(error) }),
      complete: () => resolve({ results, completed: true }),
    });
  });
}

(async () => {
  const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  const subscription = await collect(client, { query: 'subscription { ticks(n: 3) }' });
  const query = await collect(client, { query: '{ hello }' });
  const invalid = await collect(client, { query: '{ unknown }' });
  await client.dispose();
  process.stdout.write(JSON.stringify({ subscription, query, invalid }));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
