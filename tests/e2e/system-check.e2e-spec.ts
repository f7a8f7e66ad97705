import type { Client } from 'graphql-ws';
import { testRunId } from '@kindred/core/testing';
import { createAdmin, type E2eAccount } from '@kindred/test-support/accounts';
import { firstResult, graphql as anonymousGraphql, webSocketClient } from '@kindred/test-support/graphql-client';
import { e2eEnvironment } from '@kindred/test-support/processes';

const apiUrl = (): string => process.env['E2E_API_URL'] ?? '';

interface SystemCheck {
  id: string;
  status: 'PENDING' | 'COMPLETED';
  roundTripMs: number | null;
}

const CHECK_FIELDS = 'id status roundTripMs';

describe('the path API → Redis → worker → PostgreSQL → GraphQL and WebSocket', () => {
  let client: Client;
  let admin: E2eAccount;
  const graphql = <T>(url: string, query: string, variables: Record<string, unknown> = {}) => anonymousGraphql<T>(url, query, variables, admin.accessToken);

  beforeAll(async () => {
    admin = await createAdmin(apiUrl(), e2eEnvironment(testRunId()));
    client = webSocketClient(apiUrl(), admin.accessToken);
  });

  afterAll(async () => {
    await client.dispose();
  });

  it('completes a requested check in the worker, shows it in a query and sends it to a subscriber', async () => {
    const requested = await graphql<{ requestSystemCheck: SystemCheck }>(apiUrl(), `mutation { requestSystemCheck { ${CHECK_FIELDS} } }`);
    expect(requested.errors).toBeUndefined();
    const id = requested.data?.requestSystemCheck.id;
    expect(id).toEqual(expect.any(String));

    const event = await firstResult<{ systemCheckCompleted: SystemCheck }>(
      client,
      `subscription($id: ID!) { systemCheckCompleted(id: $id) { ${CHECK_FIELDS} } }`,
      { id },
    );
    expect(event.errors).toBeUndefined();
    expect(event.data?.systemCheckCompleted).toMatchObject({ id, status: 'COMPLETED' });
    expect(event.data?.systemCheckCompleted.roundTripMs).toBeGreaterThanOrEqual(0);

    const read = await graphql<{ systemCheck: SystemCheck }>(apiUrl(), `query($id: ID!) { systemCheck(id: $id) { ${CHECK_FIELDS} } }`, {
      id,
    });
    expect(read.data?.systemCheck).toMatchObject({ id, status: 'COMPLETED' });

    const listed = await graphql<{ systemChecks: { edges: { node: SystemCheck }[] } }>(
      apiUrl(),
      `{ systemChecks(first: 10) { edges { node { ${CHECK_FIELDS} } } } }`,
    );
    expect(listed.data?.systemChecks.edges.map((edge) => edge.node.id)).toContain(id);
  });

  it('delivers to a subscriber who was already waiting when the worker finished', async () => {
    const requested = await graphql<{ requestSystemCheck: SystemCheck }>(apiUrl(), 'mutation { requestSystemCheck { id } }');
    const id = requested.data?.requestSystemCheck.id;
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        firstResult<{ systemCheckCompleted: SystemCheck }>(client, 'subscription($id: ID!) { systemCheckCompleted(id: $id) { id status } }', {
          id,
        }),
      ),
    );
    for (const result of results) expect(result.data?.systemCheckCompleted).toEqual({ id, status: 'COMPLETED' });
  });

  it('refuses a subscription for a check that does not exist, with NOT_FOUND', async () => {
    await expect(
      firstResult(client, 'subscription($id: ID!) { systemCheckCompleted(id: $id) { id } }', {
        id: '00000000-0000-4000-8000-000000000000',
      }),
    ).resolves.toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('refuses system checks to anyone who is not an administrator', async () => {
    const anonymous = await anonymousGraphql(apiUrl(), 'mutation { requestSystemCheck { id } }');
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('applies the query limits to WebSocket operations too', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: systemCheckCompleted(id: "x") { id }`).join(' ');
    await expect(firstResult(client, `subscription { ${aliases} }`, {})).rejects.toThrow(/aliases limit of 15/i);
  });
});
