import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PlatformRole } from '@kindred/core';
import { createAccount, post } from './testing/api-client';
import { startTestApi } from './testing/test-api';

/** Identity operations that end or change a session, through the whole GraphQL stack. */
describe('identity over GraphQL', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('identity-api'));
  });

  afterAll(() => stop());

  const ME = '{ me { id displayName roles emailVerified } }';

  it('shows a person their own account only', async () => {
    const person = await createAccount(app);
    const body = await post<{ me: { id: string; roles: string[]; emailVerified: boolean } }>(app, ME, {}, person.accessToken);
    expect(body.data?.me).toMatchObject({ id: person.userId, roles: ['MEMBER'], emailVerified: false });
  });

  it('changes the password with the current one and keeps this device signed in', async () => {
    const person = await createAccount(app);
    const wrong = await post(
      app,
      'mutation { changePassword(currentPassword: "not it at all", newPassword: "harbour lights at dusk") { ok } }',
      {},
      person.accessToken,
    );
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });

    const changed = await post(
      app,
      'mutation($current: String!) { changePassword(currentPassword: $current, newPassword: "harbour lights at dusk") { ok message } }',
      { current: person.password },
      person.accessToken,
    );
    expect(changed.data).toEqual({
      changePassword: { ok: true, message: 'Your password is changed. Your other devices have been signed out.' },
    });
    expect((await post(app, ME, {}, person.accessToken)).data).toBeTruthy();
  });

  it('signs the device out with logout, after which the token is refused', async () => {
    const person = await createAccount(app);
    const out = await post<{ logout: { ok: boolean } }>(app, 'mutation { logout { ok } }', {}, person.accessToken);
    expect(out.data?.logout.ok).toBe(true);
    const after = await post(app, ME, {}, person.accessToken);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('signs every device out with logoutEverywhere', async () => {
    const person = await createAccount(app);
    const second = await post<{ login: { accessToken: string } }>(
      app,
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email: person.email, password: person.password },
    );
    const everywhere = await post<{ logoutEverywhere: { message: string } }>(app, 'mutation { logoutEverywhere { message } }', {}, person.accessToken);
    expect(everywhere.data?.logoutEverywhere.message).toBe('You are signed out everywhere (2 devices).');
    for (const token of [person.accessToken, second.data?.login.accessToken]) {
      expect((await post(app, ME, {}, token)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('rotates tokens with refreshSession', async () => {
    const person = await createAccount(app);
    const refreshed = await post<{ refreshSession: { accessToken: string; refreshToken: string } }>(
      app,
      'mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }',
      { token: person.refreshToken },
    );
    expect(refreshed.data?.refreshSession.refreshToken).not.toBe(person.refreshToken);
    expect((await post(app, ME, {}, refreshed.data?.refreshSession.accessToken)).data).toBeTruthy();
  });

  it('lets an administrator grant a role and read the audit trail of it', async () => {
    const admin = await createAccount(app, [PlatformRole.ADMIN]);
    const person = await createAccount(app);
    const granted = await post<{ grantRole: { roles: string[] } }>(
      app,
      'mutation($id: ID!) { grantRole(userId: $id, role: SUPPORTER) { roles } }',
      { id: person.userId },
      admin.accessToken,
    );
    expect(granted.data?.grantRole.roles).toEqual(['MEMBER', 'SUPPORTER']);
    const audit = await post<{ auditEvents: { edges: { node: { action: string; actorId: string; details: { role: string } } }[] } }>(
      app,
      'query($id: ID!) { auditEvents(first: 10, subjectId: $id) { edges { node { action actorId details } } } }',
      { id: person.userId },
      admin.accessToken,
    );
    const mentor = await post(app, 'mutation($id: ID!) { grantRole(userId: $id, role: PEER_MENTOR) { roles } }', { id: person.userId }, admin.accessToken);
    expect(mentor.errors?.[0]).toMatchObject({ message: expect.stringMatching(/vetted by an alliance/), extensions: { code: 'BAD_USER_INPUT' } });
    expect(audit.data?.auditEvents.edges.map((edge) => edge.node)).toContainEqual({
      action: 'role.granted',
      actorId: admin.userId,
      details: { role: 'SUPPORTER' },
    });
  });
});
