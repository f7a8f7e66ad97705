import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { graphql, type RequestOptions } from './graphql-client';
import { ROOT } from './processes';

export interface E2eAccount {
  email: string;
  /** As registered: what they type to sign a consent. */
  displayName: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

/** Registers through the API and signs in, as a person would. */
export async function registerAndSignIn(apiUrl: string, options: RequestOptions = {}): Promise<E2eAccount> {
  const email = `e2e-${randomBytes(5).toString('hex')}@example.org`;
  const password = `quiet meadow ${randomBytes(4).toString('hex')}`;
  const displayName = 'E2E Person';
  const registered = await graphql(
    apiUrl,
    'mutation($input: RegisterInput!) { register(input: $input) { ok } }',
    { input: { email, password, displayName } },
    undefined,
    options,
  );
  if (registered.errors) throw new Error(`register failed: ${JSON.stringify(registered.errors)}`);
  return { email, displayName, password, ...(await signIn(apiUrl, email, password, options)) };
}

export async function signIn(
  apiUrl: string,
  email: string,
  password: string,
  options: RequestOptions = {},
): Promise<{ accessToken: string; refreshToken: string }> {
  const login = await graphql<{ login: { accessToken: string; refreshToken: string } }>(
    apiUrl,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }',
    { email, password },
    undefined,
    options,
  );
  if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
  return login.data.login;
}

/** Appoints an administrator the way an operator does: the grant-role command. */
export function grantRoleWithCli(env: Record<string, string>, email: string, role: string): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'libs', 'identity', 'src', 'roles', 'grant-role.cli.js'), email, role], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    encoding: 'utf8',
    timeout: 30000,
  });
  if (result.status !== 0) throw new Error(`grant-role failed: ${result.stderr}`);
}

/** A signed-in administrator: registered, appointed with the CLI, then signed in again. */
export async function createAdmin(apiUrl: string, env: Record<string, string>, options: RequestOptions = {}): Promise<E2eAccount> {
  const account = await registerAndSignIn(apiUrl, options);
  grantRoleWithCli(env, account.email, 'ADMIN');
  return { ...account, ...(await signIn(apiUrl, account.email, account.password, options)) };
}
