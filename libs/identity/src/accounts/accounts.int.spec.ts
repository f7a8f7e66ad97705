import type { TestingModule } from '@nestjs/testing';
import { DataSource, IsNull } from 'typeorm';
import { Authenticator, Outbox, type PlatformRole } from '@kindred/core';
import { errorCodeOf, integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { SendEmailJobHandler } from '../mail/send-email.job-handler';
import { OutgoingEmail } from '../mail/outgoing-email.entity';
import { SessionsService } from '../sessions/sessions.service';
import { identityTestingModule, type CapturingMailTransport } from '../testing/identity-testing-module';
import { IdentityMessages } from '../identity.messages';
import { AccountsService } from './accounts.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';

let counter = 0;
const facts = () => ({ requestId: 'test', clientIp: `203.0.113.${(counter % 250) + 1}` });

describe('accounts (real PostgreSQL and Redis)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let mail: CapturingMailTransport;
  let accounts: AccountsService;
  let sessions: SessionsService;
  let dataSource: DataSource;

  /** Plays the worker: sends every email still waiting, as the queue would. */
  const deliverMail = async (): Promise<void> => {
    const waiting = await dataSource.getRepository(OutgoingEmail).find({ where: { sentAt: IsNull(), cancelledAt: IsNull() } });
    for (const email of waiting) await moduleRef.get(SendEmailJobHandler).send({ outgoingEmailId: email.id });
  };

  const register = async (overrides: { email?: string; password?: string; roles?: PlatformRole[] } = {}) => {
    counter += 1;
    const input = {
      email: overrides.email ?? `account-${counter}@example.org`,
      password: overrides.password ?? 'gentle rain on slate roofs',
      displayName: `Account ${counter}`,
      locale: 'fr',
      timeZone: 'Europe/Paris',
      ...(overrides.roles ? { roles: overrides.roles } : {}),
    };
    const message = await accounts.register(input, facts());
    return { ...input, message };
  };

  beforeAll(async () => {
    env = await integrationEnvironment('accounts');
    ({ moduleRef, mail } = await identityTestingModule(env));
    accounts = moduleRef.get(AccountsService);
    sessions = moduleRef.get(SessionsService);
    dataSource = moduleRef.get(DataSource);
  });

  afterAll(async () => {
    await moduleRef.close();
    await env.cleanup();
  });

  it('registers pseudonymously, queues the confirmation email with its job, and confirms the address once', async () => {
    const person = await register();
    expect(person.message).toEqual(IdentityMessages.REGISTERED());
    const [user] = await dataSource.query(`SELECT id, display_name, locale, time_zone, roles, password_hash FROM users WHERE email = $1`, [person.email]);
    expect(user).toMatchObject({ display_name: person.displayName, locale: 'fr', time_zone: 'Europe/Paris', roles: ['MEMBER'] });
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const outbox = await dataSource.query(`SELECT job_name, dispatched_at FROM outbox_messages WHERE job_name = 'identity.send-email'`);
    expect(outbox.length).toBeGreaterThan(0);

    await deliverMail();
    const sent = mail.sent.filter((email) => email.to === person.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toBe('Merci de confirmer votre adresse e-mail');
    expect(sent[0]?.text).not.toContain(person.password);

    const token = mail.lastToken(person.email);
    await moduleRef.get(EmailVerificationService).verify(token, 'r');
    const [verified] = await dataSource.query(`SELECT email_verified_at FROM users WHERE id = $1`, [user.id]);
    expect(verified.email_verified_at).toBeInstanceOf(Date);
    expect(await errorCodeOf(moduleRef.get(EmailVerificationService).verify(token, 'r'))).toBe('BAD_USER_INPUT');
  });

  it('answers a second registration of the same address the same way, and tells the owner instead', async () => {
    const person = await register();
    await deliverMail();
    const again = await register({ email: person.email.toUpperCase(), password: 'another long passphrase' });
    expect(again.message).toEqual(person.message);
    const rows = await dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [person.email]);
    expect(rows[0].count).toBe(1);
    await deliverMail();
    expect(mail.sent.filter((email) => email.to === person.email).map((email) => email.template)).toEqual(['VERIFY_EMAIL', 'ALREADY_REGISTERED']);
  });

  it('refuses a common password or a role one cannot choose, and stores nothing', async () => {
    expect(await errorCodeOf(register({ email: 'weak@example.org', password: 'password1234' }))).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(register({ email: 'boss@example.org', roles: ['ADMIN' as PlatformRole] }))).toBe('BAD_USER_INPUT');
    const rows = await dataSource.query(`SELECT email FROM users WHERE email IN ('weak@example.org', 'boss@example.org')`);
    expect(rows).toEqual([]);
  });

  it('resets a forgotten password with a single-use link and signs every device out', async () => {
    const person = await register();
    const device = await sessions.login(person.email, person.password, facts());
    const reset = moduleRef.get(PasswordResetService);

    expect(await reset.request(person.email, facts())).toEqual(IdentityMessages.PASSWORD_RESET_REQUESTED());
    expect(await reset.request('no-such-person@example.org', facts())).toEqual(IdentityMessages.PASSWORD_RESET_REQUESTED());
    await deliverMail();
    expect(mail.sent.some((email) => email.to === 'no-such-person@example.org')).toBe(false);
    const token = mail.lastToken(person.email);

    // A rejected new password does not use the link up.
    expect(await errorCodeOf(reset.reset(token, 'short', 'r'))).toBe('BAD_USER_INPUT');
    await reset.reset(token, 'a brand new morning walk', 'r');
    expect(await errorCodeOf(reset.reset(token, 'yet another morning walk', 'r'))).toBe('BAD_USER_INPUT');

    expect(await moduleRef.get(Authenticator).authenticate(device.accessToken)).toBeNull();
    expect(await errorCodeOf(sessions.login(person.email, person.password, facts()))).toBe('UNAUTHENTICATED');
    expect(await errorCodeOf(sessions.login(person.email, 'a brand new morning walk', facts()))).toBe('ok');
  });

  it('changes a password only with the current one, keeping this device and signing out the others', async () => {
    const person = await register();
    const here = await sessions.login(person.email, person.password, facts());
    const elsewhere = await sessions.login(person.email, person.password, facts());
    const authenticator = moduleRef.get(Authenticator);
    const viewer = (await authenticator.authenticate(here.accessToken))!;

    expect(await errorCodeOf(accounts.changePassword(viewer, 'not my password', 'a fresh long passphrase', 'r'))).toBe('BAD_USER_INPUT');
    await accounts.changePassword(viewer, person.password, 'a fresh long passphrase', 'r');
    expect(await authenticator.authenticate(here.accessToken)).not.toBeNull();
    expect(await authenticator.authenticate(elsewhere.accessToken)).toBeNull();
    await deliverMail();
    expect(mail.sent.filter((email) => email.to === person.email).map((email) => email.template)).toContain('PASSWORD_CHANGED');
  });

  it('sends a queued email once even when its job is delivered twice', async () => {
    const person = await register();
    const [queued] = await dataSource.query(`SELECT e.id FROM outgoing_emails e JOIN users u ON u.id = e.user_id WHERE u.email = $1`, [person.email]);
    const handler = moduleRef.get(SendEmailJobHandler);
    await handler.send({ outgoingEmailId: queued.id });
    await handler.send({ outgoingEmailId: queued.id });
    expect(mail.sent.filter((email) => email.to === person.email)).toHaveLength(1);
    expect(moduleRef.get(Outbox)).toBeDefined();
  });
});
