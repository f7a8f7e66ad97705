import { randomBytes } from 'node:crypto';
import { testRunId } from '@kindred/core/testing';
import { graphql, type GraphqlResponse } from '@kindred/test-support/graphql-client';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';
import { linkToken, SmtpInbox } from '@kindred/test-support/smtp-inbox';

const PUBLIC_APP_URL = 'http://kindred.test';
const MAIL_FROM = 'Kindred Test <no-reply@kindred.test>';
const SENDER = { name: 'Kindred Test', address: 'no-reply@kindred.test' };
const VERIFY_SUBJECT = /^Please confirm your email address$/;
const RESET_SUBJECT = /^Choosing a new password$/;
const ALREADY_REGISTERED_SUBJECT = /^Someone tried to sign up with your address$/;
const PASSWORD_CHANGED_SUBJECT = /^Your password was changed$/;

interface Acknowledgement {
  ok: boolean;
  message: string;
}

const codeOf = (response: GraphqlResponse<unknown>): unknown => response.errors?.[0]?.extensions?.['code'];

/**
 * Real email: an api and worker pair of this file's own, sending over SMTP to a server that
 * runs in the test. Its Redis prefix is its own, so the run's shared worker (which has no
 * SMTP_URL) never takes these emails; the database is the run's.
 */
describe('email sent over SMTP', () => {
  let inbox: SmtpInbox;
  const processes: RunningProcess[] = [];
  let apiUrl = '';
  /** Every password this file used, so no email may quote one. */
  const passwords = new Set<string>();

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    const env = {
      ...e2eEnvironment(testRunId()),
      RUN_MIGRATIONS: 'false',
      REDIS_PREFIX: `${testRunId()}-mail`,
      SMTP_URL: inbox.url,
      PUBLIC_APP_URL,
      MAIL_FROM,
    };
    const api = await startProcess('api', env, 'api-mail');
    processes.push(api);
    processes.push(await startProcess('worker', env, 'worker-mail'));
    apiUrl = api.url;
  });

  afterAll(async () => {
    await Promise.all(processes.map((running) => stopProcess(running)));
    await inbox?.close();
  });

  const call = <T>(query: string, variables: Record<string, unknown> = {}, accessToken?: string): Promise<GraphqlResponse<T>> =>
    graphql<T>(apiUrl, query, variables, accessToken);

  function newPerson(): { email: string; password: string; displayName: string } {
    const password = `amber orchard ${randomBytes(4).toString('hex')}`;
    passwords.add(password);
    return { email: `mail-${randomBytes(5).toString('hex')}@example.org`, password, displayName: 'Sam Willow' };
  }

  async function register(input: { email: string; password: string; displayName: string }): Promise<Acknowledgement> {
    const response = await call<{ register: Acknowledgement }>('mutation($input: RegisterInput!) { register(input: $input) { ok message } }', {
      input,
    });
    expect(response.errors).toBeUndefined();
    return response.data?.register as Acknowledgement;
  }

  function login(email: string, password: string): Promise<GraphqlResponse<{ login: { accessToken: string } }>> {
    return call<{ login: { accessToken: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email, password },
    );
  }

  async function requestPasswordReset(email: string): Promise<Acknowledgement> {
    const response = await call<{ requestPasswordReset: Acknowledgement }>('mutation($email: String!) { requestPasswordReset(email: $email) { ok message } }', {
      email,
    });
    expect(response.errors).toBeUndefined();
    return response.data?.requestPasswordReset as Acknowledgement;
  }

  function resetPassword(token: string, newPassword: string): Promise<GraphqlResponse<{ resetPassword: Acknowledgement }>> {
    passwords.add(newPassword);
    return call<{ resetPassword: Acknowledgement }>(
      'mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { ok } }',
      { token, newPassword },
    );
  }

  it('emails a confirmation link at registration, which confirms the address once', async () => {
    const person = newPerson();
    await register(person);

    const email = await inbox.waitFor(person.email, VERIFY_SUBJECT);
    expect(email.from).toEqual(SENDER);
    expect(email.text).toContain('Hello Sam Willow');
    const token = linkToken(email, PUBLIC_APP_URL, '/verify-email');

    const signedIn = await login(person.email, person.password);
    const accessToken = signedIn.data?.login.accessToken ?? '';
    const before = await call<{ me: { emailVerified: boolean } }>('{ me { emailVerified } }', {}, accessToken);
    expect(before.data?.me.emailVerified).toBe(false);

    const verified = await call<{ verifyEmail: Acknowledgement }>('mutation($token: String!) { verifyEmail(token: $token) { ok } }', { token });
    expect(verified.errors).toBeUndefined();
    expect(verified.data?.verifyEmail.ok).toBe(true);
    const after = await call<{ me: { emailVerified: boolean } }>('{ me { emailVerified } }', {}, accessToken);
    expect(after.data?.me.emailVerified).toBe(true);

    const again = await call<{ verifyEmail: Acknowledgement }>('mutation($token: String!) { verifyEmail(token: $token) { ok } }', { token });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
  });

  it('emails a reset link that sets a new password once, signs every device out, and says the password changed', async () => {
    const person = newPerson();
    await register(person);
    const signedInBefore = (await login(person.email, person.password)).data?.login.accessToken ?? '';

    const asked = await requestPasswordReset(person.email);
    expect(asked.ok).toBe(true);
    const email = await inbox.waitFor(person.email, RESET_SUBJECT);
    expect(email.from).toEqual(SENDER);
    const token = linkToken(email, PUBLIC_APP_URL, '/reset-password');

    const newPassword = `copper kettle ${randomBytes(4).toString('hex')}`;
    const reset = await resetPassword(token, newPassword);
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword.ok).toBe(true);

    expect(codeOf(await login(person.email, person.password))).toBe('UNAUTHENTICATED');
    expect((await login(person.email, newPassword)).data?.login.accessToken).toEqual(expect.any(String));
    expect(codeOf(await call('{ me { email } }', {}, signedInBefore))).toBe('UNAUTHENTICATED');

    const reused = await resetPassword(token, `third attempt ${randomBytes(4).toString('hex')}`);
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');
    expect((await login(person.email, newPassword)).data?.login.accessToken).toEqual(expect.any(String));

    await inbox.waitFor(person.email, PASSWORD_CHANGED_SUBJECT);
  });

  it('answers a reset request for an unknown address exactly as for a known one, and emails nobody', async () => {
    const known = newPerson();
    await register(known);
    await inbox.waitFor(known.email, VERIFY_SUBJECT);
    const unknownAddress = `nobody-${randomBytes(5).toString('hex')}@example.org`;

    const forUnknown = await requestPasswordReset(unknownAddress);
    // Asked after, so its email comes after anything the first request would have sent.
    const forKnown = await requestPasswordReset(known.email);
    expect(forUnknown).toEqual(forKnown);

    await inbox.waitFor(known.email, RESET_SUBJECT);
    expect(inbox.to(unknownAddress)).toEqual([]);
  });

  it('answers a registration with a taken address as any other, and tells the owner instead', async () => {
    const owner = newPerson();
    const fresh = await register(owner);
    await inbox.waitFor(owner.email, VERIFY_SUBJECT);

    const impostor = { email: owner.email, password: `borrowed coat ${randomBytes(4).toString('hex')}`, displayName: 'Someone Else' };
    passwords.add(impostor.password);
    const taken = await register(impostor);
    expect(taken).toEqual(fresh);

    const notice = await inbox.waitFor(owner.email, ALREADY_REGISTERED_SUBJECT);
    expect(notice.text).toContain('Hello Sam Willow');
    expect(notice.text).not.toContain('Someone Else');
    expect(() => linkToken(notice, PUBLIC_APP_URL, '/reset-password')).not.toThrow();
    // Nothing changed: the owner's password still works, the impostor's does not.
    expect((await login(owner.email, owner.password)).data?.login.accessToken).toEqual(expect.any(String));
    expect(codeOf(await login(owner.email, impostor.password))).toBe('UNAUTHENTICATED');
    expect(inbox.to(owner.email).filter((message) => VERIFY_SUBJECT.test(message.subject))).toHaveLength(1);
  });

  it('never quotes a password in any email', () => {
    expect(inbox.messages.length).toBeGreaterThan(0);
    expect(passwords.size).toBeGreaterThan(0);
    for (const message of inbox.messages) {
      for (const password of passwords) {
        expect({ subject: message.subject, quotesPassword: message.raw.includes(password) || message.text.includes(password) }).toEqual({
          subject: message.subject,
          quotesPassword: false,
        });
      }
    }
  });
});
