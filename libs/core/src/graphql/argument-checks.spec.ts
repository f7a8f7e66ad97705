import { buildSchema, graphql, parse, subscribe, type GraphQLObjectType } from 'graphql';
import { checkArgumentsBeforeResolving } from './argument-checks';

const ID = '3f1c2a4e-8b7d-4c6e-9a5b-0d1e2f3a4b5c';

function schemaWithResolvers() {
  const schema = buildSchema(`
    input NoteInput { text: String! tags: [String!] ownerId: ID }
    type Query { note(id: ID!, filter: String): String, plain: String }
    type Mutation { write(input: NoteInput!, granteeIds: [ID!]): String }
    type Subscription { noteChanged(id: ID!): String }
  `);
  const calls: string[] = [];
  const fields = (type: GraphQLObjectType | null | undefined) => type?.getFields() ?? {};
  fields(schema.getQueryType())['note']!.resolve = () => (calls.push('note'), 'ok');
  fields(schema.getMutationType())['write']!.resolve = () => (calls.push('write'), 'ok');
  const changed = fields(schema.getSubscriptionType())['noteChanged']!;
  changed.subscribe = async function* () {
    calls.push('subscribe');
    yield { noteChanged: 'ok' };
  };
  return { schema: checkArgumentsBeforeResolving(schema), calls };
}

describe('argument checks over the schema', () => {
  it('refuses a malformed ID or a NUL before the resolver runs, naming the argument or input field', async () => {
    const { schema, calls } = schemaWithResolvers();
    const run = async (source: string, variableValues: Record<string, unknown> = {}) => (await graphql({ schema, source, variableValues })).errors?.[0];
    expect((await run('{ note(id: "12") }'))?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
      messageKey: 'INVALID_ID',
      messageParams: { field: 'id' },
    });
    expect((await run(`query($f: String) { note(id: "${ID}", filter: $f) }`, { f: 'a\u0000' }))?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter',
      messageKey: 'UNSTORABLE_TEXT',
      messageParams: { field: 'filter' },
    });
    const write = 'mutation($i: NoteInput!, $g: [ID!]) { write(input: $i, granteeIds: $g) }';
    expect((await run(write, { i: { text: 'fine', tags: ['ok', '\uDC00'] } }))?.extensions).toMatchObject({ field: 'tags' });
    expect((await run(write, { i: { text: 'fine', ownerId: 'me' } }))?.extensions).toMatchObject({ field: 'ownerId' });
    expect((await run(write, { i: { text: 'fine' }, g: [ID, 'x'] }))?.extensions).toMatchObject({ field: 'granteeIds' });
    expect(calls).toEqual([]);

    expect(await run(`{ note(id: "${ID}", filter: "🌱") plain }`)).toBeUndefined();
    expect(await run(write, { i: { text: 'fine', tags: [], ownerId: null }, g: null })).toBeUndefined();
    expect(calls).toEqual(['note', 'write']);
  });

  it('checks a subscription’s arguments before it subscribes', async () => {
    const { schema, calls } = schemaWithResolvers();
    const refused = await subscribe({ schema, document: parse('subscription { noteChanged(id: "nope") }') });
    expect('errors' in refused && refused.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
      messageKey: 'INVALID_ID',
      messageParams: { field: 'id' },
    });
    expect(calls).toEqual([]);
    const accepted = await subscribe({ schema, document: parse(`subscription { noteChanged(id: "${ID}") }`) });
    expect(Symbol.asyncIterator in accepted).toBe(true);
  });
});
