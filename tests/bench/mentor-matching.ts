/**
 * Benchmark: mentor matching at scale. Seeds 10,000 vetted mentors and 100,000 members in
 * 10 alliances (about 1,000 mentors and 10,000 members each; mentors speak one to three of
 * en/fr/pt, a third already mentor someone) directly in PostgreSQL, then reports:
 * - the time to rank mentors for one member (500 members picked at random; p50, p95, p99);
 * - the time to recompute every member's stored suggestions, alliance by alliance, as the worker does;
 * - `mentorSuggestions` latency through the API, over HTTP (p50, p95).
 *
 * Run: `npm run bench:matching` (MENTORS=…, MEMBERS=…, ALLIANCES=… to change the scale). It uses
 * a throw-away database and Redis prefix, and prints figures: a script, not a test.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SignJWT } from 'jose';
import { Client as PgClient } from 'pg';
import { AlliancesWorkerModule } from '@kindred/alliances';
import { AppConfig, ConfigModule, CryptoModule, DatabaseModule, EventBusModule, LoggingModule, QueueModule, RedisModule, createLogger } from '@kindred/core';
import { deleteRunRedisKeys, dropRunDatabases, startTestRun } from '@kindred/core/testing';
import { IdentityWorkerModule } from '@kindred/identity';
import { MentorshipWorkerModule, MentorSuggestionsService } from '@kindred/mentorship';
import { MessagingWorkerModule } from '@kindred/messaging';
import { NotificationsWorkerModule } from '@kindred/notifications';
import { RecoveryWorkerModule } from '@kindred/recovery';
import { graphql } from '@kindred/test-support/graphql-client';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';
import { percentile } from '@kindred/test-support/percentile';

const MENTORS = Number(process.env['MENTORS'] ?? 10_000);
const MEMBERS = Number(process.env['MEMBERS'] ?? 100_000);
const ALLIANCES = Number(process.env['ALLIANCES'] ?? 10);
/** RECOMPUTE=0 skips the full recompute (about a quarter of an hour at full scale). */
const RECOMPUTE = process.env['RECOMPUTE'] !== '0';
const JWT_SECRET = 'kindred-benchmark-secret-with-more-than-32-characters';

const figures = (label: string, samples: number[]): string => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${label}: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms (n=${sorted.length})`;
};

/** Everything generated in SQL, so seeding 110,000 people takes seconds, not an hour of API calls. */
async function seed(databaseUrl: string): Promise<void> {
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO alliances (name, region, city, currency)
       SELECT 'Bench alliance ' || i, 'Region', 'City ' || i, 'EUR' FROM generate_series(1, $1) AS i`,
      [ALLIANCES],
    );
    await db.query(`CREATE TEMP TABLE bench_alliances AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM alliances`);
    const zones = `(ARRAY['Europe/Paris', 'Europe/Lisbon', 'America/New_York', 'Europe/London'])[1 + (i % 4)]`;
    await db.query(
      `INSERT INTO users (email, password_hash, display_name, roles, time_zone, created_at)
       SELECT 'mentor-' || i || '@bench.test', 'unused', 'Mentor ' || i, '{MEMBER,PEER_MENTOR}', ${zones}, now() - interval '1 year'
         FROM generate_series(1, $1) AS i`,
      [MENTORS],
    );
    await db.query(
      `INSERT INTO users (email, password_hash, display_name, roles, time_zone, created_at)
       SELECT 'member-' || i || '@bench.test', 'unused', 'Member ' || i, '{MEMBER}', ${zones}, now() - interval '1 month'
         FROM generate_series(1, $1) AS i`,
      [MEMBERS],
    );
    await db.query(`CREATE TEMP TABLE bench_people AS SELECT id, email, row_number() OVER (ORDER BY email) AS i FROM users WHERE email LIKE '%@bench.test'`);
    await db.query(
      `INSERT INTO alliance_memberships (alliance_id, user_id, capacity, status, decided_at)
       SELECT a.id, p.id, CASE WHEN p.email LIKE 'mentor-%' THEN 'PEER_MENTOR' ELSE 'MEMBER' END, 'ACTIVE', now()
         FROM bench_people p JOIN bench_alliances a ON a.n = p.i % $1`,
      [ALLIANCES],
    );
    const domains = `ARRAY['PHYSICAL_AND_MENTAL_HEALTH', 'FAMILY_SOCIAL_SUPPORT_AND_LEISURE', 'SAFE_HOUSING_AND_ENVIRONMENT', 'PEER_SUPPORT',
                           'EMPLOYMENT_AND_LEGAL', 'SKILLS_AND_EDUCATION', 'COMMUNITY_AND_CULTURE', 'MEANING_AND_PURPOSE']`;
    const pathways = `ARRAY['ABSTINENCE_BASED', 'MEDICATION_ASSISTED', 'HARM_REDUCTION']`;
    const days = `ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']`;
    await db.query(
      `INSERT INTO mentor_applications (alliance_id, user_id, lived_experience_summary, pathways, years_in_recovery, languages,
                                        focus_domains, availability, max_mentees, status, gender, decided_at)
       SELECT a.id, p.id, 'sealed', ARRAY[(${pathways})[1 + p.i % 3]], 2 + p.i % 10,
              CASE p.i % 6 WHEN 0 THEN ARRAY['en'] WHEN 1 THEN ARRAY['fr'] WHEN 2 THEN ARRAY['pt'] WHEN 3 THEN ARRAY['en', 'fr']
                           WHEN 4 THEN ARRAY['en', 'pt'] ELSE ARRAY['en', 'fr', 'pt'] END,
              ARRAY[(${domains})[1 + p.i % 8], (${domains})[1 + (p.i / 8) % 8]],
              jsonb_build_array(jsonb_build_object('day', (${days})[1 + p.i % 7], 'start', lpad((8 + p.i % 12)::text, 2, '0') || ':00',
                                                   'end', lpad((10 + p.i % 12)::text, 2, '0') || ':00')),
              1 + p.i % 5, 'VETTED', (ARRAY['WOMAN', 'MAN', 'NON_BINARY'])[1 + p.i % 3], now()
         FROM bench_people p JOIN bench_alliances a ON a.n = p.i % $1 WHERE p.email LIKE 'mentor-%'`,
      [ALLIANCES],
    );
    await db.query(
      `INSERT INTO recovery_preferences (user_id, pathways, preferred_mentor_gender, languages, availability)
       SELECT p.id, ARRAY[(${pathways})[1 + p.i % 3]], CASE WHEN p.i % 4 = 0 THEN (ARRAY['WOMAN', 'MAN'])[1 + p.i % 2] END,
              CASE p.i % 4 WHEN 0 THEN ARRAY['en'] WHEN 1 THEN ARRAY['fr'] WHEN 2 THEN ARRAY['pt'] ELSE ARRAY['en', 'fr'] END,
              jsonb_build_array(jsonb_build_object('day', (${days})[1 + p.i % 7], 'start', '17:00', 'end', '21:00'))
         FROM bench_people p WHERE p.email LIKE 'member-%'`,
    );
    await db.query(
      `INSERT INTO domain_ratings (user_id, scale_version, taken_at, physical_and_mental_health, family_social_support_and_leisure,
                                   safe_housing_and_environment, peer_support, employment_and_legal, skills_and_education,
                                   community_and_culture, meaning_and_purpose)
       SELECT p.id, 'domains-2025-1', now(), p.i % 11, (p.i / 2) % 11, (p.i / 3) % 11, (p.i / 5) % 11, (p.i / 7) % 11, (p.i / 11) % 11,
              (p.i / 13) % 11, (p.i / 17) % 11
         FROM bench_people p WHERE p.email LIKE 'member-%'`,
    );
    // A third of mentors already mentor one member of their alliance.
    await db.query(
      `INSERT INTO mentorships (member_id, mentor_id, alliance_id, status, expires_at, started_at)
       SELECT member.id, mentor.id, a.id, 'ACTIVE', now(), now() - (mentor.i % 90) * interval '1 day'
         FROM bench_people mentor
         JOIN bench_alliances a ON a.n = mentor.i % $1
         JOIN bench_people member ON member.email = 'member-' || mentor.i || '@bench.test'
        WHERE mentor.email LIKE 'mentor-%' AND mentor.i % 3 = 0 AND member.i % $1 = mentor.i % $1`,
      [ALLIANCES],
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
  } finally {
    await db.end();
  }
}

function matchingContext(config: AppConfig): DynamicModule {
  @Module({})
  class MatchingBenchModule {}
  const logger = createLogger(config, 'worker');
  return {
    module: MatchingBenchModule,
    imports: [
      ConfigModule.forRoot(config),
      LoggingModule.forRoot(logger),
      DatabaseModule.forRoot(config, 'worker'),
      RedisModule.forRoot(config),
      QueueModule.forRoot(config),
      EventBusModule,
      CryptoModule,
      IdentityWorkerModule,
      AlliancesWorkerModule,
      RecoveryWorkerModule,
      MessagingWorkerModule,
      NotificationsWorkerModule,
      MentorshipWorkerModule,
    ],
  };
}

async function tokenFor(databaseUrl: string, userIds: readonly string[]): Promise<Map<string, string>> {
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  const key = new TextEncoder().encode(JWT_SECRET);
  const tokens = new Map<string, string>();
  try {
    for (const userId of userIds) {
      const sessionId = randomUUID();
      await db.query(`INSERT INTO sessions (id, user_id, last_refreshed_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 day')`, [sessionId, userId]);
      tokens.set(
        userId,
        await new SignJWT({ sid: sessionId })
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
          .setSubject(userId)
          .setIssuer('kindred')
          .setAudience('kindred-api')
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(key),
      );
    }
  } finally {
    await db.end();
  }
  return tokens;
}

async function main(): Promise<void> {
  const run = startTestRun();
  const env: Record<string, string> = { ...e2eEnvironment(run), JWT_SECRET, LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '20' };
  let api: RunningProcess | undefined;
  try {
    api = await startProcess('api', env, 'bench-matching-api');
    const config = AppConfig.fromEnvironment({ ...env, RUN_MIGRATIONS: 'false' });
    const seedStart = performance.now();
    await seed(config.databaseUrl);
    process.stdout.write(
      `seeded ${MENTORS} vetted mentors and ${MEMBERS} members in ${ALLIANCES} alliances in ${((performance.now() - seedStart) / 1000).toFixed(1)} s\n`,
    );

    const context = await NestFactory.createApplicationContext(matchingContext(config), { logger: false });
    const suggestions = context.get(MentorSuggestionsService);
    const db = new PgClient({ connectionString: config.databaseUrl });
    await db.connect();
    const members = (await db.query<{ id: string }>(`SELECT id FROM users WHERE email LIKE 'member-%' ORDER BY id`)).rows.map((row) => row.id);
    const allianceIds = (await db.query<{ id: string }>(`SELECT id FROM alliances ORDER BY id`)).rows.map((row) => row.id);
    await db.end();

    // Warm-up, then one member at a time.
    for (const memberId of members.slice(0, 50)) await suggestions.rank(memberId);
    const sample = Array.from({ length: 500 }, () => members[Math.floor(Math.random() * members.length)]!);
    const rankTimes: number[] = [];
    let candidates = 0;
    for (const memberId of sample) {
      const started = performance.now();
      candidates += (await suggestions.rank(memberId)).length;
      rankTimes.push(performance.now() - started);
    }
    process.stdout.write(`${figures('rank one member', rankTimes)}; ${(candidates / sample.length).toFixed(1)} suggestions kept on average\n`);

    if (RECOMPUTE) {
      const recomputeStart = performance.now();
      let refreshed = 0;
      for (const allianceId of allianceIds) refreshed += await suggestions.refreshAlliance(allianceId);
      const recomputeSeconds = (performance.now() - recomputeStart) / 1000;
      process.stdout.write(
        `recompute every member's suggestions: ${refreshed} members in ${recomputeSeconds.toFixed(1)} s (${(refreshed / recomputeSeconds).toFixed(0)} members/s, one alliance at a time)\n`,
      );
    } else {
      for (const memberId of sample.slice(0, 200)) await suggestions.refresh(memberId);
    }
    await context.close();

    const readers = sample.slice(0, 200);
    const tokens = await tokenFor(config.databaseUrl, readers);
    const apiTimes: number[] = [];
    for (const memberId of readers) {
      const started = performance.now();
      const response = await graphql<{ mentorSuggestions: unknown[] }>(
        api.url,
        '{ mentorSuggestions(first: 10) { mentorId score reasons } }',
        {},
        tokens.get(memberId),
      );
      apiTimes.push(performance.now() - started);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
    }
    process.stdout.write(`${figures('mentorSuggestions through the API (stored lists)', apiTimes)}\n`);
  } finally {
    if (api) await stopProcess(api);
    await dropRunDatabases(run);
    await deleteRunRedisKeys(run);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
