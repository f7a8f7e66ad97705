import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PlatformRole } from '@kindred/core';
import { createAccount, post } from '@kindred/test-support/api-client';
import { startTestApi } from '@kindred/test-support/test-api';

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
    expect(everywhere.data?.logoutEverywhere.message).toBe('You are signed out on every device (2 in all).');
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

  it('filters the audit log by who acted, and says kindly when a person filter is not an account id (an email typed instead)', async () => {
    const [admin, otherAdmin, person] = await Promise.all([
      createAccount(app, [PlatformRole.ADMIN]),
      createAccount(app, [PlatformRole.ADMIN]),
      createAccount(app),
    ]);
    const grant = 'mutation($id: ID!) { grantRole(userId: $id, role: SUPPORTER) { roles } }';
    await post(app, grant, { id: person.userId }, admin.accessToken);
    await post(app, 'mutation($id: ID!) { revokeRole(userId: $id, role: SUPPORTER) { roles } }', { id: person.userId }, otherAdmin.accessToken);
    const LOG =
      'query($actor: ID, $subject: ID) { auditEvents(first: 20, actorId: $actor, subjectId: $subject) { edges { node { action actorId actorDisplayName subjectDisplayName } } } }';
    const byActor = await post<{ auditEvents: { edges: { node: Record<string, string> }[] } }>(
      app,
      LOG,
      { actor: otherAdmin.userId, subject: person.userId },
      admin.accessToken,
    );
    expect(byActor.data?.auditEvents.edges.map((edge) => edge.node)).toEqual([
      { action: 'role.revoked', actorId: otherAdmin.userId, actorDisplayName: otherAdmin.displayName, subjectDisplayName: person.displayName },
    ]);
    const typed = await post(app, LOG, { actor: person.email, subject: null }, admin.accessToken);
    expect(typed.errors?.[0]).toMatchObject({ message: expect.stringMatching(/actorId is not a Kindred id/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('lets an administrator find a person by email to appoint them, audited with who asked; nobody else learns whether an address is on Kindred', async () => {
    const [admin, person, member] = await Promise.all([
      createAccount(app, [PlatformRole.ADMIN]),
      createAccount(app, [PlatformRole.MEMBER, PlatformRole.SUPPORTER]),
      createAccount(app),
    ]);
    const FIND = 'query($e: String!) { personByEmail(email: $e) { id displayName roles } }';
    const found = await post<{ personByEmail: { id: string; displayName: string; roles: string[] } }>(
      app,
      FIND,
      { e: `  ${person.email.toUpperCase()} ` },
      admin.accessToken,
    );
    expect(found.data?.personByEmail).toEqual({ id: person.userId, displayName: expect.any(String), roles: ['MEMBER', 'SUPPORTER'] });
    expect((await post(app, FIND, { e: 'nobody-here@example.org' }, admin.accessToken)).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    // Known or unknown, the address gets the same refusal from anyone else.
    for (const email of [person.email, 'nobody-here@example.org']) {
      expect((await post(app, FIND, { e: email }, member.accessToken)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect((await post(app, FIND, { e: email })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }

    const audit = await post<{ auditEvents: { edges: { node: { actorId: string; subjectId: string | null; details: Record<string, unknown> } }[] } }>(
      app,
      'query { auditEvents(first: 20, action: "admin.person_looked_up") { edges { node { actorId subjectId details } } } }',
      {},
      admin.accessToken,
    );
    const lookups = audit.data?.auditEvents.edges.map((edge) => edge.node).filter((entry) => entry.actorId === admin.userId);
    expect(lookups).toEqual(
      expect.arrayContaining([
        { actorId: admin.userId, subjectId: person.userId, details: { by: 'email', found: true } },
        { actorId: admin.userId, subjectId: null, details: { by: 'email', found: false } },
      ]),
    );
    expect(lookups).toHaveLength(2);
    expect(JSON.stringify(audit.data)).not.toContain('nobody-here');
  });
});

describe('registering many people from one shared connection', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('identity-register-limits'));
  });

  afterAll(() => stop());

  const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { ok } }';
  const register = (address: string, email: string) =>
    post(app, REGISTER, { input: { email, password: `quiet orchard ${randomBytes(4).toString('hex')}`, displayName: 'New Person' } }, undefined, address);
  const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }): unknown => body.errors?.[0]?.extensions?.['code'] ?? 'ok';
  const freshEmail = () => `dropin-${randomBytes(5).toString('hex')}@example.org`;

  it('lets a drop-in centre register 30 people in an hour from one address', async () => {
    const codes = [];
    for (let person = 0; person < 30; person++) codes.push(codeOf(await register('10.77.0.1', freshEmail())));
    expect(codes).toEqual(Array(30).fill('ok'));
  });

  it('still stops mass registration from one address, and repeated registration of one email from many', async () => {
    const codes = [];
    for (let attempt = 0; attempt < 45; attempt++) codes.push(codeOf(await register('10.77.0.2', freshEmail())));
    expect(codes.filter((code) => code === 'ok').length).toBe(40);
    expect(codes.slice(40)).toEqual(Array(5).fill('RATE_LIMITED'));

    const email = freshEmail();
    const sameEmail = [];
    for (let attempt = 0; attempt < 4; attempt++) sameEmail.push(codeOf(await register(`10.77.1.${attempt}`, email)));
    expect(sameEmail).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
  });
});
