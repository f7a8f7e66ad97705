import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { PlatformRole } from '@kindred/core';
import { SessionsService } from '@kindred/identity';
import type { TestAccount } from './api-client';

/**
 * Test data written straight into the test file's database, for scenes whose set-up is not the
 * thing under test (after Immich's medium.factory.ts). `createAccount` goes through register
 * and login over HTTP, two argon2 runs per person; a factory person costs one INSERT and a real
 * session from identity's SessionsService, so their tokens are the ones a login would give.
 * Use `createAccount` where registering or signing in is what the test is about, or where the
 * test counts what registering leaves behind (the verification email, the audit entry).
 */
const FACTORY_PASSWORD = 'calm harbour factory password';
let factoryPasswordHash: Promise<string> | undefined;

/** One argon2 hash per test process, shared by every factory person: a later login still works. */
function passwordHash(): Promise<string> {
  factoryPasswordHash ??= argon2.hash(FACTORY_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  return factoryPasswordHash;
}

/** A person as `createAccount` makes them (same roles, same month-old account unless `newAccount`), without HTTP. */
export async function insertPerson(
  app: NestFastifyApplication,
  roles: PlatformRole[] = [PlatformRole.MEMBER],
  { newAccount = false, displayName = `Person ${randomBytes(2).toString('hex')}` }: { newAccount?: boolean; displayName?: string } = {},
): Promise<TestAccount> {
  const dataSource = app.get(DataSource);
  const email = `person-${randomBytes(5).toString('hex')}@example.org`;
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, password_hash, display_name, roles, created_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() ELSE now() - interval '30 days' END) RETURNING id`,
    [email, await passwordHash(), displayName, roles, newAccount],
  );
  const userId = rows[0]?.id;
  if (!userId) throw new Error('factory person was not inserted');
  const tokens = await dataSource.transaction((manager) => app.get(SessionsService).startSession(manager, userId));
  return { userId, email, displayName, password: FACTORY_PASSWORD, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
}
