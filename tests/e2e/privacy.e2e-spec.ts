import { basename } from 'node:path';
import { registerAndSignIn } from '@kindred/test-support/accounts';
import { clientAddressFor, graphql } from '@kindred/test-support/graphql-client';
import { eventually } from '@kindred/test-support/polling';

const apiUrl = (): string => process.env['E2E_API_URL'] ?? '';
const fromThisFile = { sourceAddress: clientAddressFor(basename(__filename)) };
const call = <T>(query: string, variables: Record<string, unknown>, accessToken?: string) => graphql<T>(apiUrl(), query, variables, accessToken, fromThisFile);

interface DataExport {
  id: string;
  status: 'REQUESTED' | 'READY' | 'EXPIRED';
  content: { notice?: string; data?: { identity?: { account?: { email?: string } } } } | null;
}

const EXPORT = 'query($id: ID!) { myDataExport(id: $id) { id status content } }';
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

describe('a person’s privacy rights, through the running api and worker', () => {
  it('exports everything the person owns, built by the worker, readable only by them', async () => {
    const person = await registerAndSignIn(apiUrl(), fromThisFile);
    const stranger = await registerAndSignIn(apiUrl(), fromThisFile);
    const requested = await call<{ requestDataExport: DataExport }>('mutation { requestDataExport { id status } }', {}, person.accessToken);
    const id = requested.data?.requestDataExport.id;
    expect(requested.data?.requestDataExport.status).toBe('REQUESTED');

    const ready = await eventually('the worker to prepare the export', async () => {
      const read = await call<{ myDataExport: DataExport }>(EXPORT, { id }, person.accessToken);
      return read.data?.myDataExport.status === 'READY' ? read.data.myDataExport : undefined;
    });
    expect(ready.content?.data?.identity?.account?.email).toBe(person.email);
    expect(ready.content?.notice).toMatch(/consent/i);
    expect(JSON.stringify(ready.content)).not.toContain(stranger.email);

    const snooping = await call(EXPORT, { id }, stranger.accessToken);
    expect(snooping.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('deletes an account on request: signed out at once, then erased by the worker', async () => {
    const person = await registerAndSignIn(apiUrl(), fromThisFile);
    const wrong = await call('mutation { deleteMyAccount(password: "not my password at all") { ok } }', {}, person.accessToken);
    expect(wrong.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await call('{ me { id } }', {}, person.accessToken)).data).toBeTruthy();

    const deleted = await call<{ deleteMyAccount: { ok: boolean } }>(
      'mutation($password: String!) { deleteMyAccount(password: $password) { ok } }',
      { password: person.password },
      person.accessToken,
    );
    expect(deleted.data?.deleteMyAccount.ok).toBe(true);
    expect((await call('{ me { id } }', {}, person.accessToken)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const login = await call(LOGIN, { email: person.email, password: person.password });
    expect(login.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    // Once erased, the address is free: a new registration with it makes a new, empty account.
    // Tried at most three times, within the per-address registration limit.
    const fresh = await eventually(
      'the worker to erase the account',
      async () => {
        await call('mutation($input: RegisterInput!) { register(input: $input) { ok } }', {
          input: { email: person.email, password: 'a completely new start', displayName: 'New Start' },
        });
        const again = await call<{ login: { accessToken: string } }>(LOGIN, { email: person.email, password: 'a completely new start' });
        return again.data?.login.accessToken;
      },
      { timeoutMs: 4000, intervalMs: 1500 },
    );
    const me = await call<{ me: { displayName: string } }>('{ me { displayName } }', {}, fresh);
    expect(me.data?.me.displayName).toBe('New Start');
  });
});
