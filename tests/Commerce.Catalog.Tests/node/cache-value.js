// Reads one cached product with the official Redis client, decodes it with the official BSON library, and reads
// the same product with the official MongoDB driver. Prints both as canonical Extended JSON with sorted keys.
// usage: node cache-value.js <redis host:port> <key> <mongo uri> <database> <product id>
const { createClient, commandOptions } = require('redis');
const { MongoClient } = require('mongodb');
const { BSON, EJSON } = require('bson');

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.keys(value).sort().map(k => [k, sorted(value[k])]));
  }
  return value;
}

const canonical = document => JSON.stringify(sorted(EJSON.serialize(document, { relaxed: false })));

(async () => {
  const [redisAddress, key, mongoUri, database, id] = process.argv.slice(2);
  const redis = createClient({ url: 'redis://' + redisAddress });
  await redis.connect();
  const bytes = await redis.get(commandOptions({ returnBuffers: true }), key);
  await redis.quit();
  if (bytes === null) throw new Error('no value under ' + key);

  const mongo = new MongoClient(mongoUri);
  const stored = await mongo.db(database).collection('products').findOne({ _id: id });
  await mongo.close();

  process.stdout.write(JSON.stringify({ cached: canonical(BSON.deserialize(bytes)), stored: canonical(stored) }));
})().catch(e => { console.error(e); process.exit(1); });
