import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { PlatformRole } from '@kindred/core';

export interface GraphqlBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POST /graphql through Fastify's inject: the whole HTTP stack, without a socket. */
export async function post<T = Record<string, unknown>>(
  app: NestFastifyApplication,
  query: string,
  variables: Record<string, unknown> = {},
  accessToken?: string,
  remoteAddress = '127.0.0.1',
): Promise<GraphqlBody<T>> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress,
    headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
    payload: { query, variables },
  });
  return response.json<GraphqlBody<T>>();
}

export interface TestAccount {
  userId: string;
  email: string;
  /** As registered: what they type to sign a consent. */
  displayName: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken }
}`;

/**
 * Registers a person through the API, gives them roles directly in the database (as an
 * administrator would), and signs them in. The account is dated a month back, past the
 * new-account limits (identity's trust levels), unless `newAccount` asks for a fresh one.
 */
export async function createAccount(
  app: NestFastifyApplication,
  roles: PlatformRole[] = [PlatformRole.MEMBER],
  { newAccount = false, displayName = `Person ${randomBytes(2).toString('hex')}` }: { newAccount?: boolean; displayName?: string } = {},
): Promise<TestAccount> {
  const email = `person-${randomBytes(5).toString('hex')}@example.org`;
  // Each test person comes from their own address, as people do, so per-IP limits hold.
  const ip = `10.${randomBytes(3).join('.')}`;
  const password = `calm harbour ${randomBytes(4).toString('hex')}`;
  const registered = await post(
    app,
    'mutation($input: RegisterInput!) { register(input: $input) { ok } }',
    { input: { email, password, displayName } },
    undefined,
    ip,
  );
  if (registered.errors) throw new Error(`register failed: ${JSON.stringify(registered.errors)}`);
  // TypeORM answers an UPDATE with [rows, affected].
  const [rows]: [{ id: string }[], number] = await app
    .get(DataSource)
    .query(`UPDATE users SET roles = $2, created_at = CASE WHEN $3 THEN created_at ELSE created_at - interval '30 days' END WHERE email = $1 RETURNING id`, [
      email,
      roles,
      newAccount,
    ]);
  const userId = rows[0]?.id;
  if (!userId) throw new Error('registered account not found');
  const login = await post<{ login: { accessToken: string; refreshToken: string } }>(app, LOGIN, { email, password }, undefined, ip);
  if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
  return { userId, email, displayName, password, ...login.data.login };
}

/** Calls as a person and returns the data, failing loudly on any error: for setting the scene. */
export async function callAs<T>(app: NestFastifyApplication, account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await post<T>(app, query, variables, account.accessToken);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Calls as a person and returns the error code, or 'ok': for asserting refusals. */
export async function codeAs(app: NestFastifyApplication, account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const body = await post(app, query, variables, account.accessToken);
  return body.errors ? String(body.errors[0]?.extensions?.['code']) : 'ok';
}
