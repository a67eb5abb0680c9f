// Runs every operation of the execution corpus through graphql-js with the Star Wars test schema and prints
// one JSON array of { name, result } (result as JSON.stringify writes it). The schema and data are graphql-js's
// Star Wars test fixtures, rebuilt here with graphql-js's public type constructors.
'use strict';
const fs = require('fs');
const path = require('path');
const {
  graphql, GraphQLSchema, GraphQLObjectType, GraphQLInterfaceType, GraphQLEnumType,
  GraphQLList, GraphQLNonNull, GraphQLString,
} = require('graphql');

const people = [
  ['Human', '1000', 'Luke Skywalker', ['1002', '1003', '2000', '2001'], [4, 5, 6], { homePlanet: 'Tatooine' }],
  ['Human', '1001', 'Darth Vader', ['1004'], [4, 5, 6], { homePlanet: 'Tatooine' }],
  ['Human', '1002', 'Han Solo', ['1000', '1003', '2001'], [4, 5, 6], {}],
  ['Human', '1003', 'Leia Organa', ['1000', '1002', '2000', '2001'], [4, 5, 6], { homePlanet: 'Alderaan' }],
  ['Human', '1004', 'Wilhuff Tarkin', ['1001'], [4], {}],
  ['Droid', '2000', 'C-3PO', ['1000', '1002', '1003', '2001'], [4, 5, 6], { primaryFunction: 'Protocol' }],
  ['Droid', '2001', 'R2-D2', ['1000', '1002', '1003'], [4, 5, 6], { primaryFunction: 'Astromech' }],
];
const byId = new Map(people.map(([type, id, name, friends, appearsIn, extra]) =>
  [id, { type, id, name, friends, appearsIn, ...extra }]));
const human = (id) => { const c = byId.get(id); return c && c.type === 'Human' ? c : null; };
const droid = (id) => { const c = byId.get(id); return c && c.type === 'Droid' ? c : null; };
const friendsOf = (c) => c.friends.map((id) => Promise.resolve(byId.get(id) ?? null));
const secret = () => { throw new Error('secretBackstory is secret.'); };

const episode = new GraphQLEnumType({
  name: 'Episode',
  description: 'One of the films in the Star Wars Trilogy',
  values: {
    NEW_HOPE: { value: 4, description: 'Released in 1977.' },
    EMPIRE: { value: 5, description: 'Released in 1980.' },
    JEDI: { value: 6, description: 'Released in 1983.' },
  },
});

const field = (type, description, resolve) => ({ type, description, resolve });

const character = new GraphQLInterfaceType({
  name: 'Character',
  description: 'A character in the Star Wars Trilogy',
  fields: () => ({
    id: field(new GraphQLNonNull(GraphQLString), 'The id of the character.'),
    name: field(GraphQLString, 'The name of the character.'),
    friends: field(new GraphQLList(character), 'The friends of the character, or an empty list if they have none.'),
    appearsIn: field(new GraphQLList(episode), 'Which movies they appear in.'),
    secretBackstory: field(GraphQLString, 'All secrets about their past.'),
  }),
  resolveType: (c) => c.type,
});

const humanType = new GraphQLObjectType({
  name: 'Human',
  description: 'A humanoid creature in the Star Wars universe.',
  interfaces: [character],
  fields: () => ({
    id: field(new GraphQLNonNull(GraphQLString), 'The id of the human.'),
    name: field(GraphQLString, 'The name of the human.'),
    friends: field(new GraphQLList(character), 'The friends of the human, or an empty list if they have none.', friendsOf),
    appearsIn: field(new GraphQLList(episode), 'Which movies they appear in.'),
    homePlanet: field(GraphQLString, 'The home planet of the human, or null if unknown.'),
    secretBackstory: field(GraphQLString, 'Where are they from and how they came to be who they are.', secret),
  }),
});

const droidType = new GraphQLObjectType({
  name: 'Droid',
  description: 'A mechanical creature in the Star Wars universe.',
  interfaces: [character],
  fields: () => ({
    id: field(new GraphQLNonNull(GraphQLString), 'The id of the droid.'),
    name: field(GraphQLString, 'The name of the droid.'),
    friends: field(new GraphQLList(character), 'The friends of the droid, or an empty list if they have none.', friendsOf),
    appearsIn: field(new GraphQLList(episode), 'Which movies they appear in.'),
    secretBackstory: field(GraphQLString, 'Construction date and the name of the designer.', secret),
    primaryFunction: field(GraphQLString, 'The primary function of the droid.'),
  }),
});

const query = new GraphQLObjectType({
  name: 'Query',
  fields: () => ({
    hero: {
      type: character,
      args: { episode: { type: episode, description: 'If omitted, returns the hero of the whole saga. If provided, returns the hero of that particular episode.' } },
      resolve: (_, { episode: e }) => (e === 5 ? byId.get('1000') : byId.get('2001')),
    },
    human: {
      type: humanType,
      args: { id: { type: new GraphQLNonNull(GraphQLString), description: 'id of the human' } },
      resolve: (_, { id }) => human(id),
    },
    droid: {
      type: droidType,
      args: { id: { type: new GraphQLNonNull(GraphQLString), description: 'id of the droid' } },
      resolve: (_, { id }) => droid(id),
    },
  }),
});

const schema = new GraphQLSchema({ query, types: [humanType, droidType] });

// A corpus file may start with "#@variables {json}" and "#@operationName Name" lines.
function header(source, key) {
  const line = source.split('\n').find((l) => l.startsWith('#@' + key + ' '));
  return line === undefined ? undefined : line.slice(key.length + 3).trim();
}

async function main() {
  const dir = process.argv[2];
  const out = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const source = fs.readFileSync(path.join(dir, name), 'utf8');
    const variables = header(source, 'variables');
    const result = await graphql({
      schema,
      source,
      variableValues: variables === undefined ? undefined : JSON.parse(variables),
      operationName: header(source, 'operationName'),
    });
    out.push({ name, result: JSON.parse(JSON.stringify(result)) });
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => { console.error(e); process.exit(1); });
