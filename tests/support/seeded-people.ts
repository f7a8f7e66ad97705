import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Client as PgClient } from 'pg';

export interface SeededPerson {
  userId: string;
  /** An access token of a live session, signed as the API signs them. */
  token: string;
}

/**
 * Benchmarks' people: accounts and open sessions written straight to the database, with their
 * access tokens. Registering thousands through argon2id and the sign-in limits would measure
 * something else. Runs in the caller's connection (and transaction, if one is open).
 */
export async function seedPeople(db: PgClient, count: number, jwtSecret: string, label = 'bench'): Promise<SeededPerson[]> {
  const key = new TextEncoder().encode(jwtSecret);
  const people: SeededPerson[] = [];
  for (let index = 0; index < count; index++) {
    const userId = randomUUID();
    const sessionId = randomUUID();
    await db.query(`INSERT INTO users (id, email, password_hash, display_name, roles) VALUES ($1, $2, 'unused', $3, '{MEMBER}')`, [
      userId,
      `${label}-${index}-${userId.slice(0, 8)}@example.org`,
      `Bench ${index}`,
    ]);
    await db.query(`INSERT INTO sessions (id, user_id, last_refreshed_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 day')`, [sessionId, userId]);
    const token = await new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer('kindred')
      .setAudience('kindred-api')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);
    people.push({ userId, token });
  }
  return people;
}
