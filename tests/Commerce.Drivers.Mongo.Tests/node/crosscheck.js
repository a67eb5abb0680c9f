// Cross-check of our BSON against the official Node driver (mongodb@7.9.0, bson@7).
//   node crosscheck.js read  <uri> <db> <collection> <idHex>  -> prints the document as canonical Extended JSON v2
//   node crosscheck.js write <uri> <db> <collection> <idHex>  -> inserts the corpus document built with the Node BSON types
'use strict';
const { MongoClient, BSON, Binary, ObjectId, Int32, Long, Double, Decimal128, BSONRegExp, Timestamp } = require('mongodb');
const { EJSON } = BSON;

function corpus(id) {
  return {
    _id: ObjectId.createFromHexString(id),
    double: new Double(1.5),
    doubleNegativeZero: new Double(-0),
    string: 'héllo wörld',
    document: { a: new Int32(1) },
    array: [new Int32(1), 'two', new Double(3.25)],
    binary: new Binary(Buffer.from([1, 2, 3]), 0),
    uuid: new Binary(Buffer.from('73ffd26444b34c6990e8e7d1dfc035d4', 'hex'), 4),
    objectId: ObjectId.createFromHexString('000102030405060708090a0b'),
    boolean: true,
    date: new Date(Date.UTC(2024, 2, 1, 10, 30, 0, 250)),
    null: null,
    regex: new BSONRegExp('^ab.*c$', 'mi'),
    int32: new Int32(-42),
    timestamp: new Timestamp({ t: 123456789, i: 42 }),
    int64: Long.fromString('9007199254740993'),
    decimal: Decimal128.fromString('12.50'),
    decimalMax: Decimal128.fromString('79228162514264337593543950335'),
    decimalNegativeZero: Decimal128.fromString('-0'),
    decimalSmall: Decimal128.fromString('1E-28'),
  };
}

async function main() {
  const [mode, uri, dbName, collectionName, id] = process.argv.slice(2);
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10000 });
  try {
    const collection = client.db(dbName).collection(collectionName);
    if (mode === 'read') {
      // promoteValues:false keeps Int32/Double/Long wrappers, so number types survive into the JSON.
      const doc = await collection.findOne({ _id: ObjectId.createFromHexString(id) }, { promoteValues: false, promoteLongs: false });
      if (!doc) throw new Error('document not found');
      process.stdout.write(EJSON.stringify(doc, { relaxed: false }));
    } else if (mode === 'write') {
      await collection.insertOne(corpus(id));
      process.stdout.write(id);
    } else {
      throw new Error('unknown mode ' + mode);
    }
  } finally {
    await client.close();
  }
}

main().catch((e) => { console.error(e && e.stack || e); process.exit(1); });
