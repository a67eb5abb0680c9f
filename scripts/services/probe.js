// Client queries scripts/services.sh runs through the official drivers: a store counts as up
// only when a real query succeeds, not when its port merely opens.
//   node probe.js mongo ready PORT [SECONDS]   initiate rs0 once, wait for a writable primary
//   node probe.js mongo shutdown PORT
//   node probe.js neo4j ready PORT
//   node probe.js cassandra ready PORT
// Prints the server version on success; exits 1 with the reason otherwise.
'use strict';

const [, , store, action, portText, secondsText] = process.argv;
const port = Number(portText);
const host = '127.0.0.1';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function mongoClient() {
  const { MongoClient } = require('mongodb');
  const client = new MongoClient(`mongodb://${host}:${port}/?directConnection=true`, {
    serverSelectionTimeoutMS: 3000,
    connectTimeoutMS: 3000,
  });
  await client.connect();
  return client;
}

async function mongoReady() {
  const deadline = Date.now() + 1000 * Number(secondsText || 60);
  const client = await mongoClient();
  try {
    const admin = client.db('admin');
    try {
      await admin.command({ replSetGetStatus: 1 });
    } catch (error) {
      if (error.code !== 94) throw error; // 94 NotYetInitialized: first start on this data
      await admin.command({
        replSetInitiate: { _id: 'rs0', members: [{ _id: 0, host: `${host}:${port}` }] },
      });
    }
    for (;;) {
      const hello = await admin.command({ hello: 1 });
      if (hello.isWritablePrimary) break;
      if (Date.now() > deadline) throw new Error('rs0 has no writable primary yet');
      await sleep(250);
    }
    const info = await admin.command({ buildInfo: 1 });
    return `MongoDB ${info.version} rs0 primary`;
  } finally {
    await client.close();
  }
}

async function mongoShutdown() {
  const client = await mongoClient();
  try {
    // A single-member set has no secondary to wait for; force skips that check.
    await client.db('admin').command({ shutdown: 1, force: true });
  } catch (error) {
    // The server closes the connection while answering; that is the expected outcome.
    if (error.code !== undefined && error.codeName !== 'InterruptedAtShutdown') throw error;
  } finally {
    await client.close(true).catch(() => {});
  }
  return 'shutdown sent';
}

async function neo4jReady() {
  const neo4j = require('neo4j-driver').v1;
  const driver = neo4j.driver(`bolt://${host}:${port}`, neo4j.auth.basic('neo4j', 'neo4j'), {
    encrypted: false,
    connectionTimeout: 3000,
  });
  const session = driver.session();
  try {
    // A non-ASCII string proves the UTF-8 encoder fallback is in place: without it the
    // server drops the connection on the first string it sends.
    const result = await session.run('RETURN $text AS text', { text: 'grüße' });
    if (result.records[0].get('text') !== 'grüße') throw new Error('wrong echo from Neo4j');
    return result.summary.server.version;
  } finally {
    session.close();
    driver.close();
  }
}

async function cassandraReady() {
  const cassandra = require('cassandra-driver');
  const client = new cassandra.Client({
    contactPoints: [host],
    localDataCenter: 'datacenter1',
    protocolOptions: { port, maxVersion: 3 },
    socketOptions: { connectTimeout: 3000, readTimeout: 5000 },
  });
  try {
    const rs = await client.execute('SELECT release_version FROM system.local');
    return `Cassandra ${rs.first().release_version}`;
  } finally {
    await client.shutdown();
  }
}

const actions = {
  'mongo ready': mongoReady,
  'mongo shutdown': mongoShutdown,
  'neo4j ready': neo4jReady,
  'cassandra ready': cassandraReady,
};

const run = actions[`${store} ${action}`];
if (!run || !port) {
  console.error('usage: node probe.js mongo|neo4j|cassandra ready|shutdown PORT [SECONDS]');
  process.exit(2);
}
run().then(
  (text) => { console.log(text); process.exit(0); },
  (error) => { console.error(`${store}: ${error.message}`); process.exit(1); },
);
