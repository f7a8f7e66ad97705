import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestApi } from '@kindred/test-support/test-api';
import { adminOnly, createPersonas, everyone, matrixCases, outcomeOf, signedInOnly, type MatrixRow, type Personas } from '@kindred/test-support/access-matrix';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Who may call what, for every operation that does not end the caller's session (those are
 * covered by the sessions tests). Later domains add their rows in their own matrix files.
 */
const ROWS: MatrixRow[] = [
  { operation: 'health', request: { query: '{ health { status } }' }, expect: everyone('allowed') },
  { operation: 'me', request: { query: '{ me { id } }' }, expect: signedInOnly },
  {
    operation: 'updateMyProfile',
    request: { query: 'mutation { updateMyProfile(input: { timeZone: "Europe/Paris" }) { id timeZone } }' },
    expect: signedInOnly,
  },
  {
    operation: 'register',
    request: () => ({
      query: 'mutation($input: RegisterInput!) { register(input: $input) { ok } }',
      variables: { input: { email: `m-${randomBytes(4).toString('hex')}@example.org`, password: 'lanterns over the bay', displayName: 'Matrix' } },
    }),
    expect: everyone('allowed'),
  },
  {
    operation: 'requestPasswordReset',
    request: () => ({
      query: 'mutation($email: String!) { requestPasswordReset(email: $email) { ok } }',
      variables: { email: `nobody-${randomBytes(4).toString('hex')}@example.org` },
    }),
    expect: everyone('allowed'),
  },
  {
    operation: 'verifyEmail (a used or made-up token)',
    request: { query: 'mutation { verifyEmail(token: "made-up") { ok } }' },
    expect: everyone('BAD_USER_INPUT'),
  },
  {
    operation: 'refreshSession (a made-up token)',
    request: { query: 'mutation { refreshSession(refreshToken: "made-up") { accessToken } }' },
    expect: everyone('UNAUTHENTICATED'),
  },
  { operation: 'requestDataExport', request: { query: 'mutation { requestDataExport { id status } }' }, expect: signedInOnly },
  {
    operation: 'myDataExport (not one of yours)',
    request: { query: `{ myDataExport(id: "${MISSING_ID}") { id } }` },
    expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED' },
  },
  {
    operation: 'deleteMyAccount (wrong password)',
    request: { query: 'mutation { deleteMyAccount(password: "certainly not the password") { ok } }' },
    expect: { ...everyone('BAD_USER_INPUT'), anonymous: 'UNAUTHENTICATED' },
  },
  { operation: 'auditEvents', request: { query: '{ auditEvents(first: 5) { edges { node { action } } } }' }, expect: adminOnly },
  {
    operation: 'grantRole',
    request: (_as, personas) => ({
      query: 'mutation($userId: ID!) { grantRole(userId: $userId, role: MEMBER) { id } }',
      variables: { userId: personas.member.userId },
    }),
    expect: adminOnly,
  },
  {
    operation: 'revokeRole',
    request: (_as, personas) => ({
      query: 'mutation($userId: ID!) { revokeRole(userId: $userId, role: SUPPORTER) { id } }',
      variables: { userId: personas.otherMember.userId },
    }),
    expect: adminOnly,
  },
  {
    operation: 'personByEmail',
    request: (_as, personas) => ({ query: 'query($e: String!) { personByEmail(email: $e) { id } }', variables: { e: personas.member.email } }),
    expect: adminOnly,
  },
  { operation: 'requestSystemCheck', request: { query: 'mutation { requestSystemCheck { id } }' }, expect: adminOnly },
  { operation: 'openQueueDashboard', request: { query: 'mutation { openQueueDashboard { url } }' }, expect: adminOnly },
  { operation: 'systemChecks', request: { query: '{ systemChecks(first: 1) { edges { cursor } } }' }, expect: adminOnly },
  {
    operation: 'systemCheck (missing)',
    request: { query: `{ systemCheck(id: "${MISSING_ID}") { id } }` },
    expect: { ...adminOnly, admin: 'NOT_FOUND' },
  },
];

describe('authorization matrix: identity and operations', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('access-matrix'));
    personas = await createPersonas(app);
  });

  afterAll(() => stop());

  it.each(matrixCases(ROWS))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });
});
