import { testRunId } from '@kindred/core/testing';
import { registerAndSignIn, type E2eAccount } from '@kindred/test-support/accounts';
import { graphql } from '@kindred/test-support/graphql-client';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';
import { linkToken, SmtpInbox } from '@kindred/test-support/smtp-inbox';

const PUBLIC_APP_URL = 'http://kindred.test';
const INVITATION_SUBJECT = /invites you to their support circle/;
const SHARED_CAPITAL = 'query($o: ID!) { sharedRecoveryCapital(ownerId: $o) { redisclosureNotice latestBarc10 { total } } }';

/**
 * A member invites a family member into their circle by email and shares their recovery
 * capital with them, through an api and worker of this file's own that send real email
 * over SMTP to a server running in the test.
 */
describe('support circles and sharing, end to end', () => {
  let inbox: SmtpInbox;
  const processes: RunningProcess[] = [];
  let apiUrl = '';
  let ana: E2eAccount & { userId: string };
  let sam: E2eAccount & { userId: string };

  const as = async <T>(person: E2eAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await graphql<T>(apiUrl, query, variables, person.accessToken);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const codeAs = async (person: E2eAccount, query: string, variables: Record<string, unknown> = {}): Promise<unknown> =>
    (await graphql(apiUrl, query, variables, person.accessToken)).errors?.[0]?.extensions?.['code'] ?? 'ok';
  const withId = async (account: E2eAccount): Promise<E2eAccount & { userId: string }> => ({
    ...account,
    userId: (await as<{ me: { id: string } }>(account, '{ me { id } }')).me.id,
  });

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    const env = { ...e2eEnvironment(testRunId()), RUN_MIGRATIONS: 'false', REDIS_PREFIX: `${testRunId()}-circles`, SMTP_URL: inbox.url, PUBLIC_APP_URL };
    const api = await startProcess('api', env, 'api-circles');
    processes.push(api, await startProcess('worker', env, 'worker-circles'));
    apiUrl = api.url;
    ana = await withId(await registerAndSignIn(apiUrl));
    sam = await withId(await registerAndSignIn(apiUrl));
  });

  afterAll(async () => {
    await Promise.all(processes.map((running) => stopProcess(running)));
    await inbox?.close();
  });

  it('invites by email, joins with the link once, shares one scope, logs the read and stops sharing at once', async () => {
    await as(ana, 'mutation($e: String!) { inviteToCircleByEmail(email: $e, relationship: FAMILY) { id } }', { e: sam.email });
    const email = await inbox.waitFor(sam.email, INVITATION_SUBJECT);
    const token = linkToken(email, PUBLIC_APP_URL, '/circles/join');
    expect(await codeAs(sam, 'mutation($t: String) { acceptCircleInvitation(token: $t) { state } }', { t: token })).toBe('ok');
    expect(await codeAs(sam, 'mutation($t: String) { acceptCircleInvitation(token: $t) { state } }', { t: token })).toBe('BAD_USER_INPUT');

    await as(ana, 'mutation { recordBarc10(answers: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5]) { total } }');
    expect(await codeAs(sam, SHARED_CAPITAL, { o: ana.userId })).toBe('NOT_FOUND');
    const { grantSharing } = await as<{ grantSharing: { id: string } }>(ana, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
      input: { granteeId: sam.userId, scope: 'CAPITAL', purpose: 'So you can see how I am getting on', signature: ana.displayName },
    });
    const read = await as<{ sharedRecoveryCapital: { latestBarc10: { total: number } } }>(sam, SHARED_CAPITAL, { o: ana.userId });
    expect(read.sharedRecoveryCapital.latestBarc10.total).toBe(50);
    const log = await as<{ myDisclosureLog: { edges: { node: { viewerId: string; what: string } }[] } }>(
      ana,
      '{ myDisclosureLog(first: 5) { edges { node { viewerId what } } } }',
    );
    expect(log.myDisclosureLog.edges.map((edge) => edge.node)).toContainEqual({ viewerId: sam.userId, what: 'latest BARC-10 assessment' });

    await as(ana, 'mutation($g: ID!) { revokeSharing(grantId: $g) { active } }', { g: grantSharing.id });
    expect(await codeAs(sam, SHARED_CAPITAL, { o: ana.userId })).toBe('SHARING_ENDED');
  });
});
