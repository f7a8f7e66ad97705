import { randomBytes } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource, IsNull } from 'typeorm';
import { Authenticator, KindredError, OutboxMessage, PlatformRole, QueueName, type Viewer } from '@kindred/core';
import { integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { AccountsService } from '../accounts/accounts.service';
import { AuditAction } from '../audit/audit-action';
import { OutgoingEmail } from '../mail/outgoing-email.entity';
import { SendEmailJobHandler } from '../mail/send-email.job-handler';
import { RolesService } from '../roles/roles.service';
import { SessionsService, type SessionTokens } from '../sessions/sessions.service';
import { identityTestingModule } from '../testing/identity-testing-module';
import { AccountErasureService } from './account-erasure.service';
import { DataExportStatus } from './data-export.entity';
import { DataExportJobHandler } from './data-export.job-handler';
import { DataExportsService } from './data-exports.service';
import { EraseAccountJobHandler } from './erase-account.job-handler';
import { ERASED_DISPLAY_NAME } from './identity-personal-data';

interface Person {
  userId: string;
  email: string;
  password: string;
  displayName: string;
  pronouns: string;
  tokens: SessionTokens;
  viewer: Viewer;
}

let counter = 0;

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof KindredError) return error.code;
    throw error;
  }
}

describe('privacy rights: data export and account erasure (real PostgreSQL and Redis)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let queue: Queue;
  let exportsService: DataExportsService;
  let erasure: AccountErasureService;
  let exportJobs: DataExportJobHandler;
  let eraseJob: EraseAccountJobHandler;
  let sessions: SessionsService;
  let authenticator: Authenticator;

  const facts = () => ({ requestId: `privacy-test-${counter}`, clientIp: `198.51.100.${(counter % 250) + 1}` });

  /** Plays the worker for the mail queue, so email tokens and sent emails exist too. */
  const deliverMail = async (): Promise<void> => {
    const waiting = await dataSource.getRepository(OutgoingEmail).find({ where: { sentAt: IsNull(), cancelledAt: IsNull() } });
    for (const email of waiting) await moduleRef.get(SendEmailJobHandler).send({ outgoingEmailId: email.id });
  };

  /** A person registered and signed in through the services, with mail delivered. */
  const newPerson = async (): Promise<Person> => {
    counter += 1;
    const tag = randomBytes(4).toString('hex');
    const person = {
      email: `privacy-${tag}@example.org`,
      password: `tide pools at dusk ${tag}`,
      displayName: `Willow ${tag}`,
      pronouns: `ze/zir ${tag}`,
    };
    await moduleRef.get(AccountsService).register({ ...person, timeZone: 'Europe/Paris', locale: 'fr' }, facts());
    const [row] = (await dataSource.query('SELECT id FROM users WHERE email = $1', [person.email])) as { id: string }[];
    if (!row) throw new Error('registered person not found');
    await deliverMail();
    const tokens = await sessions.login(person.email, person.password, facts());
    const viewer = await authenticator.authenticate(tokens.accessToken);
    if (!viewer) throw new Error('new session not accepted');
    return { ...person, userId: row.id, tokens, viewer };
  };

  /** A ready export for the person, built by playing the worker. */
  const readyExport = async (person: Person): Promise<string> => {
    const requested = await exportsService.request(person.viewer, 'test');
    await exportJobs.build({ dataExportId: requested.id });
    return requested.id;
  };

  const auditActions = async (subjectId: string): Promise<string[]> =>
    ((await dataSource.query('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY id', [subjectId])) as { action: string }[]).map(
      (row) => row.action,
    );

  beforeAll(async () => {
    env = await integrationEnvironment('privacy');
    ({ moduleRef } = await identityTestingModule(env));
    dataSource = moduleRef.get(DataSource);
    queue = moduleRef.get<Queue>(getQueueToken(QueueName.Default));
    exportsService = moduleRef.get(DataExportsService);
    erasure = moduleRef.get(AccountErasureService);
    exportJobs = moduleRef.get(DataExportJobHandler);
    eraseJob = moduleRef.get(EraseAccountJobHandler);
    sessions = moduleRef.get(SessionsService);
    authenticator = moduleRef.get(Authenticator);
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await moduleRef.close();
    await env.cleanup();
  });

  describe('data export', () => {
    it('records the request and its job together, then builds a copy of the person’s data and nothing of anyone else’s', async () => {
      const person = await newPerson();
      const other = await newPerson();
      // Another person acting on this one: the export must not name them.
      await moduleRef.get(RolesService).grant(person.userId, PlatformRole.SUPPORTER, other.userId, 'test');

      const requested = await exportsService.request(person.viewer, 'test');
      expect(requested.status).toBe(DataExportStatus.REQUESTED);
      const messages = await dataSource.getRepository(OutboxMessage).findBy({ jobName: 'identity.build-export' });
      expect(messages.map((message) => message.payload)).toContainEqual({ dataExportId: requested.id });
      expect((await queue.getJob(`identity.build-export-${requested.id}`))?.data).toEqual({ dataExportId: requested.id });

      const pending = await exportsService.get(person.viewer, requested.id, 'test');
      expect(pending).toMatchObject({ status: DataExportStatus.REQUESTED, content: null });

      await exportJobs.build({ dataExportId: requested.id });
      const ready = await exportsService.get(person.viewer, requested.id, 'test');
      expect(ready.status).toBe(DataExportStatus.READY);
      const content = ready.content ?? {};
      expect(content['notice']).toMatch(/must not be shared, published or passed on without their consent/);
      expect(new Date(String(content['generatedAt'])).getTime()).not.toBeNaN();
      expect(content['data']).toMatchObject({
        identity: {
          account: { id: person.userId, email: person.email, displayName: person.displayName, pronouns: person.pronouns },
          sessions: [expect.objectContaining({ revokedAt: null })],
          emailLinks: [expect.objectContaining({ purpose: 'VERIFY_EMAIL' })],
          emails: [expect.objectContaining({ template: 'VERIFY_EMAIL' })],
          securityEvents: expect.arrayContaining([expect.objectContaining({ action: AuditAction.ROLE_GRANTED, byYou: false })]),
        },
      });
      expect(ready.expiresAt!.getTime() - ready.readyAt!.getTime()).toBe(7 * 24 * 3600 * 1000);

      const text = JSON.stringify(content);
      for (const foreign of [other.userId, other.email, other.displayName, other.pronouns]) expect(text).not.toContain(foreign);
      const secrets = (await dataSource.query(
        `SELECT password_hash AS secret FROM users WHERE id = $1
         UNION ALL SELECT token_hash FROM email_tokens WHERE user_id = $1
         UNION ALL SELECT r.token_hash FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id WHERE s.user_id = $1`,
        [person.userId],
      )) as { secret: string }[];
      expect(secrets.length).toBeGreaterThanOrEqual(3);
      for (const { secret } of secrets) expect(text).not.toContain(secret);

      expect(await auditActions(person.userId)).toEqual(
        expect.arrayContaining([AuditAction.DATA_EXPORT_REQUESTED, AuditAction.DATA_EXPORT_READY, AuditAction.DATA_EXPORT_DOWNLOADED]),
      );
    });

    it('builds once when the job is delivered twice', async () => {
      const person = await newPerson();
      const id = await readyExport(person);
      const first = await exportsService.get(person.viewer, id, 'test');
      await exportJobs.build({ dataExportId: id });
      const second = await exportsService.get(person.viewer, id, 'test');
      expect(second.content).toEqual(first.content);
      expect(second.readyAt).toEqual(first.readyAt);
    });

    it('is readable by its owner only: anyone else is told it does not exist', async () => {
      const owner = await newPerson();
      const other = await newPerson();
      const id = await readyExport(owner);
      const downloadsBefore = (await auditActions(owner.userId)).filter((action) => action === AuditAction.DATA_EXPORT_DOWNLOADED).length;

      expect(await codeOf(exportsService.get(other.viewer, id, 'test'))).toBe('NOT_FOUND');
      expect(await codeOf(exportsService.get(other.viewer, 'not-an-id', 'test'))).toBe('NOT_FOUND');
      const downloadsAfter = (await auditActions(owner.userId)).filter((action) => action === AuditAction.DATA_EXPORT_DOWNLOADED).length;
      expect(downloadsAfter).toBe(downloadsBefore);
    });

    it('deletes the content once expired, by the sweep or when read late', async () => {
      const person = await newPerson();
      const swept = await readyExport(person);
      const readLate = await readyExport(person);
      const expire = (id: string) => dataSource.query(`UPDATE data_exports SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);

      await expire(readLate);
      const late = await exportsService.get(person.viewer, readLate, 'test');
      expect(late).toMatchObject({ status: DataExportStatus.EXPIRED, content: null });

      await expire(swept);
      expect((await exportJobs.expire()).expired).toBe(1);
      const rows = (await dataSource.query('SELECT status, content FROM data_exports WHERE id = ANY($1)', [[swept, readLate]])) as {
        status: string;
        content: unknown;
      }[];
      expect(rows).toEqual([
        { status: 'EXPIRED', content: null },
        { status: 'EXPIRED', content: null },
      ]);
      expect(await auditActions(person.userId)).not.toContain(AuditAction.DATA_EXPORT_DOWNLOADED);
      expect((await exportJobs.expire()).expired).toBe(0);
    });

    it('allows three requests a day, then explains kindly', async () => {
      const person = await newPerson();
      for (let attempt = 0; attempt < 3; attempt += 1) await exportsService.request(person.viewer, 'test');
      const refusal = await exportsService.request(person.viewer, 'test').catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(KindredError);
      expect((refusal as KindredError).code).toBe('RATE_LIMITED');
      expect((refusal as KindredError).message).toMatch(/three times today/);
      expect((refusal as KindredError).extensions['retryAfterSeconds']).toBeGreaterThan(0);
    });
  });

  describe('account erasure', () => {
    it('changes nothing when the password is wrong', async () => {
      const person = await newPerson();
      const before: unknown[] = await dataSource.query('SELECT * FROM users WHERE id = $1', [person.userId]);

      const refusal = await erasure.request(person.viewer, 'not my password at all', 'test').catch((error: unknown) => error);
      expect((refusal as KindredError).code).toBe('BAD_USER_INPUT');
      expect((refusal as KindredError).message).toMatch(/password is not right, so nothing has changed/);

      expect(await dataSource.query('SELECT * FROM users WHERE id = $1', [person.userId])).toEqual(before);
      expect(await authenticator.authenticate(person.tokens.accessToken)).not.toBeNull();
      expect(await dataSource.getRepository(OutboxMessage).findBy({ jobName: 'identity.erase-account' })).toEqual(
        expect.not.arrayContaining([expect.objectContaining({ payload: { userId: person.userId } })]),
      );
      expect(await auditActions(person.userId)).not.toContain(AuditAction.ERASURE_REQUESTED);
    });

    it('leaves no trace of the person in any table, and keeps everyone else’s data', async () => {
      const person = await newPerson();
      const bystander = await newPerson();
      await sessions.login(person.email, person.password, facts());
      await readyExport(person);
      await exportsService.request(person.viewer, 'test');
      await moduleRef.get(RolesService).grant(bystander.userId, PlatformRole.SUPPORTER, person.userId, 'test');
      const [{ password_hash: passwordHash }] = (await dataSource.query('SELECT password_hash FROM users WHERE id = $1', [person.userId])) as [
        { password_hash: string },
      ];

      await erasure.request(person.viewer, person.password, 'test');
      // From here the person is signed out everywhere, before the worker has run.
      expect(await authenticator.authenticate(person.tokens.accessToken)).toBeNull();
      expect((await queue.getJob(`identity.erase-account-${person.userId}`))?.data).toEqual({ userId: person.userId });

      expect(await eraseJob.erase({ userId: person.userId })).toEqual({ outcome: 'erased' });

      // A generic walk of every table: no row holds any of the person's personal strings,
      // and the person's id survives only in their scrubbed account row and the append-only
      // audit log (bare ids by design); even the erasure job's own outbox message is gone.
      const personal = [person.email, person.displayName, person.pronouns, passwordHash];
      const tables = (
        (await dataSource.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
        )) as { table_name: string }[]
      ).map((row) => row.table_name);
      expect(tables).toEqual(expect.arrayContaining(['users', 'sessions', 'data_exports', 'audit_events', 'outbox_messages']));
      const traces: string[] = [];
      for (const table of tables) {
        const rows = (await dataSource.query(`SELECT row_to_json(t)::text AS json FROM "${table}" t`)) as { json: string }[];
        for (const { json } of rows) {
          for (const value of personal) if (json.includes(value)) traces.push(`${table} holds "${value}"`);
          if (!json.includes(person.userId)) continue;
          const row = JSON.parse(json) as Record<string, unknown>;
          const allowed =
            (table === 'users' && row['id'] === person.userId) ||
            (table === 'audit_events' && (row['actor_id'] === person.userId || row['subject_id'] === person.userId));
          if (!allowed) traces.push(`${table} holds the person's id: ${json}`);
        }
      }
      expect(traces).toEqual([]);

      // Every column that references users(id), however a later migration names it.
      const references = (await dataSource.query(
        `SELECT c.relname AS table_name, a.attname AS column_name
           FROM pg_constraint k
           JOIN pg_class c ON c.oid = k.conrelid
           JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
          WHERE k.contype = 'f' AND k.confrelid = 'public.users'::regclass`,
      )) as { table_name: string; column_name: string }[];
      expect(references.length).toBeGreaterThanOrEqual(4);
      for (const { table_name: table, column_name: column } of references) {
        const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM "${table}" WHERE "${column}" = $1`, [person.userId])) as [
          { count: number },
        ];
        expect({ table, column, count }).toEqual({ table, column, count: 0 });
      }

      const [account] = (await dataSource.query('SELECT * FROM users WHERE id = $1', [person.userId])) as Record<string, unknown>[];
      expect(account).toMatchObject({
        email: null,
        password_hash: null,
        email_verified_at: null,
        display_name: ERASED_DISPLAY_NAME,
        pronouns: null,
        roles: [],
        time_zone: 'UTC',
        locale: 'en',
      });
      expect(account?.['erased_at']).toBeInstanceOf(Date);
      expect(account?.['erasure_requested_at']).toBeInstanceOf(Date);

      const events = (await dataSource.query('SELECT action, details FROM audit_events WHERE subject_id = $1 OR actor_id = $1', [person.userId])) as {
        action: string;
        details: Record<string, unknown>;
      }[];
      expect(events.map((event) => event.action)).toEqual(expect.arrayContaining([AuditAction.ERASURE_REQUESTED, AuditAction.ERASURE_COMPLETED]));
      for (const event of events) for (const value of personal) expect(JSON.stringify(event.details)).not.toContain(value);

      // The bystander, whom the erased person once acted on, keeps everything.
      const [kept] = (await dataSource.query('SELECT email, display_name, roles FROM users WHERE id = $1', [bystander.userId])) as Record<string, unknown>[];
      expect(kept).toEqual({ email: bystander.email, display_name: bystander.displayName, roles: ['MEMBER', 'SUPPORTER'] });
      expect(await authenticator.authenticate(bystander.tokens.accessToken)).not.toBeNull();
    });

    it('is harmless when the job runs again, and the person can no longer sign in', async () => {
      const person = await newPerson();
      await erasure.request(person.viewer, person.password, 'test');
      expect(await eraseJob.erase({ userId: person.userId })).toEqual({ outcome: 'erased' });
      const snapshot = async () => ({
        users: (await dataSource.query('SELECT * FROM users WHERE id = $1', [person.userId])) as unknown[],
        completed: (await auditActions(person.userId)).filter((action) => action === AuditAction.ERASURE_COMPLETED).length,
      });
      const before = await snapshot();

      expect(await eraseJob.erase({ userId: person.userId })).toEqual({ outcome: 'already-erased' });
      expect(await snapshot()).toEqual(before);
      expect(before.completed).toBe(1);

      expect(await codeOf(sessions.login(person.email, person.password, facts()))).toBe('UNAUTHENTICATED');
      expect(await codeOf(sessions.refresh(person.tokens.refreshToken, facts()))).toBe('UNAUTHENTICATED');
    });

    it('never erases an account whose owner did not ask', async () => {
      const person = await newPerson();
      expect(await eraseJob.erase({ userId: person.userId })).toEqual({ outcome: 'not-requested' });
      const [row] = (await dataSource.query('SELECT email, erased_at FROM users WHERE id = $1', [person.userId])) as Record<string, unknown>[];
      expect(row).toEqual({ email: person.email, erased_at: null });
    });
  });
});
