import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { Authenticator, KindredError } from '@kindred/core';
import { errorCodeOf, integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { AccountsService } from '../accounts/accounts.service';
import { identityTestingModule } from '../testing/identity-testing-module';
import { SessionsService, type SessionTokens } from './sessions.service';

const request = { requestId: 'test-request', clientIp: '192.0.2.10' };
let counter = 0;

describe('sessions (real PostgreSQL and Redis)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let sessions: SessionsService;
  let authenticator: Authenticator;
  let dataSource: DataSource;

  const newAccount = async (): Promise<{ email: string; password: string }> => {
    counter += 1;
    const email = `session-${counter}@example.org`;
    const password = 'winter light on the water';
    await moduleRef.get(AccountsService).register({ email, password, displayName: `Session ${counter}` }, { ...request, clientIp: `192.0.2.${counter}` });
    return { email, password };
  };

  beforeAll(async () => {
    env = await integrationEnvironment('sessions');
    ({ moduleRef } = await identityTestingModule(env));
    sessions = moduleRef.get(SessionsService);
    authenticator = moduleRef.get(Authenticator);
    dataSource = moduleRef.get(DataSource);
  });

  afterAll(async () => {
    await moduleRef.close();
    await env.cleanup();
  });

  it('signs in with the right password and knows the person from the access token', async () => {
    const { email, password } = await newAccount();
    const tokens = await sessions.login(email, password, request);
    const viewer = await authenticator.authenticate(tokens.accessToken);
    expect(viewer).toMatchObject({ roles: ['MEMBER'] });
    expect(await authenticator.authenticate(`${tokens.accessToken}x`)).toBeNull();
  });

  it('answers a wrong password and an unknown email with the same words, and audits the failure', async () => {
    const { email } = await newAccount();
    const messages: string[] = [];
    for (const attempt of [sessions.login(email, 'not the password at all', request), sessions.login('nobody-here@example.org', 'anything at all', request)]) {
      try {
        await attempt;
      } catch (error) {
        messages.push((error as KindredError).message);
        expect((error as KindredError).code).toBe('UNAUTHENTICATED');
      }
    }
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(messages[1]);
    const failures = await dataSource.query(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'login.failed'`);
    expect(failures[0].count).toBeGreaterThanOrEqual(2);
  });

  it('rotates the refresh token, and a reused one revokes the whole session', async () => {
    const { email, password } = await newAccount();
    const first = await sessions.login(email, password, request);
    const second = await sessions.refresh(first.refreshToken, request);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await authenticator.authenticate(second.accessToken)).not.toBeNull();

    expect(await errorCodeOf(sessions.refresh(first.refreshToken, request))).toBe('UNAUTHENTICATED');
    expect(await errorCodeOf(sessions.refresh(second.refreshToken, request))).toBe('UNAUTHENTICATED');
    expect(await authenticator.authenticate(second.accessToken)).toBeNull();
    const reuse = await dataSource.query(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'session.refresh_token_reused'`);
    expect(reuse[0].count).toBe(1);
  });

  it('lets only one of two simultaneous refreshes with the same token through', async () => {
    const { email, password } = await newAccount();
    const tokens = await sessions.login(email, password, request);
    const results = await Promise.allSettled([sessions.refresh(tokens.refreshToken, request), sessions.refresh(tokens.refreshToken, request)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const winner = results.find((result): result is PromiseFulfilledResult<SessionTokens> => result.status === 'fulfilled');
    // The second use looks exactly like a stolen token, so the family is revoked.
    expect(await authenticator.authenticate(winner!.value.accessToken)).toBeNull();
  });

  it('signs out one device with logout, and every device with logoutEverywhere', async () => {
    const { email, password } = await newAccount();
    const phone = await sessions.login(email, password, request);
    const laptop = await sessions.login(email, password, request);
    const tablet = await sessions.login(email, password, request);

    await sessions.logout((await authenticator.authenticate(phone.accessToken))!, 'r1');
    expect(await authenticator.authenticate(phone.accessToken)).toBeNull();
    expect(await authenticator.authenticate(laptop.accessToken)).not.toBeNull();

    expect(await sessions.logoutEverywhere((await authenticator.authenticate(laptop.accessToken))!, 'r2')).toBe(2);
    expect(await authenticator.authenticate(laptop.accessToken)).toBeNull();
    expect(await authenticator.authenticate(tablet.accessToken)).toBeNull();
    expect(await errorCodeOf(sessions.refresh(tablet.refreshToken, request))).toBe('UNAUTHENTICATED');
  });

  it('limits sign-in attempts per account with a retry-after, across IP addresses', async () => {
    const { email, password } = await newAccount();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await errorCodeOf(sessions.login(email, 'wrong password here', { ...request, clientIp: `198.51.100.${attempt}` }));
    }
    try {
      await sessions.login(email, password, { ...request, clientIp: '198.51.100.200' });
      throw new Error('was not limited');
    } catch (error) {
      expect((error as KindredError).extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect((error as KindredError).extensions['retryAfterSeconds']).toBeGreaterThan(0);
    }
  });

  it('keeps the audit log append-only', async () => {
    await expect(dataSource.query(`UPDATE audit_events SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });
});
