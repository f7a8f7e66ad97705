import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig, FieldCipher, FieldKeyRotation, KindredError, type Viewer } from '@kindred/core';
import { errorCodeOf, integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { Barc10Service } from '../barc10/barc10.service';
import { DOMAIN_NOTE_COLUMN } from '../domains/domain-rating-note.entity';
import { DomainRatingsService } from '../domains/domain-ratings.service';
import { RECOVERY_DOMAINS, RecoveryDomain, type DomainScores } from '../domains/recovery-domain';
import { newMember, recoveryTestingModule } from '../testing/recovery-testing-module';

const NOTE = 'Went back to the Tuesday peer group; first time in months.';

/** Ratings in TreatNet order, with optional notes by domain. */
const ratings = (values: number[], notes: Partial<Record<RecoveryDomain, string>> = {}) =>
  RECOVERY_DOMAINS.map((domain, index) => ({ domain, score: values[index] ?? 0, note: notes[domain] ?? null }));

const daysAgo = (days: number): Date => new Date(Date.now() - days * 24 * 3600 * 1000);

describe('recovery capital: assessments, self-ratings and their history (real PostgreSQL)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let barc10: Barc10Service;
  let domainRatings: DomainRatingsService;

  beforeAll(async () => {
    env = await integrationEnvironment('recovery-capital');
    moduleRef = await recoveryTestingModule(env);
    dataSource = moduleRef.get(DataSource);
    barc10 = moduleRef.get(Barc10Service);
    domainRatings = moduleRef.get(DomainRatingsService);
  });

  afterAll(async () => {
    await moduleRef.close();
    await env.cleanup();
  });

  describe('BARC-10', () => {
    it('records a snapshot with its total, and the change since the one before', async () => {
      const member = await newMember(dataSource);
      const first = await barc10.record(member, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], daysAgo(60));
      expect(first.assessment.total).toBe(30);
      expect(first.changeSincePrevious).toBeNull();
      const second = await barc10.record(member, [5, 4, 6, 3, 5, 4, 6, 5, 4, 5]);
      expect(second.assessment).toMatchObject({ total: 47, answers: [5, 4, 6, 3, 5, 4, 6, 5, 4, 5], statementsVersion: 'barc10-vilsaint-2017' });
      expect(second.changeSincePrevious).toBe(17);
    });

    it('lists history newest first by when it was taken, paginated, with each change', async () => {
      const member = await newMember(dataSource);
      // Recorded out of order: a paper questionnaire from last month typed in after today's.
      await barc10.record(member, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], daysAgo(90)); // 20
      await barc10.record(member, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]); // 40, today
      const backDated = await barc10.record(member, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], daysAgo(30)); // 30
      expect(backDated.changeSincePrevious).toBe(10);

      const firstPage = await barc10.history(member, member.userId, { first: 2, after: null });
      expect(firstPage.edges.map((edge) => [edge.node.assessment.total, edge.node.changeSincePrevious])).toEqual([
        [40, 10],
        [30, 10],
      ]);
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
      const secondPage = await barc10.history(member, member.userId, { first: 2, after: firstPage.pageInfo.endCursor });
      expect(secondPage.edges.map((edge) => [edge.node.assessment.total, edge.node.changeSincePrevious])).toEqual([[20, null]]);
      expect(secondPage.pageInfo.hasNextPage).toBe(false);

      expect((await barc10.latest(member, member.userId))?.assessment.total).toBe(40);
    });

    it('refuses a wrong answer, naming the statement, and stores nothing', async () => {
      const member = await newMember(dataSource);
      const error = await barc10.record(member, [6, 6, 6, 6, 7, 6, 6, 6, 6, 6]).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KindredError);
      expect((error as KindredError).code).toBe('BAD_USER_INPUT');
      expect((error as KindredError).message).toMatch(/statement 5 /);
      expect(await errorCodeOf(barc10.record(member, [6, 6, 6]))).toBe('BAD_USER_INPUT');
      expect(await errorCodeOf(barc10.record(member, [6, 6, 6, 6, 6, 6, 6, 6, 6, 6], daysAgo(-2)))).toBe('BAD_USER_INPUT');
      expect(await barc10.latest(member, member.userId)).toBeNull();
    });

    it('has the database refuse impossible answers from any other writer', async () => {
      const member = await newMember(dataSource);
      const insert = (answers: string) =>
        dataSource.query(`INSERT INTO barc10_assessments (user_id, statements_version, taken_at, answers) VALUES ($1, 'x', now(), $2)`, [
          member.userId,
          answers,
        ]);
      await expect(insert('{7,6,6,6,6,6,6,6,6,6}')).rejects.toThrow(/check constraint/);
      await expect(insert('{6,6,6,6,6,6,6,6,6}')).rejects.toThrow(/check constraint/);
      await expect(insert('{6,6,6,6,6,NULL,6,6,6,6}')).rejects.toThrow(/check constraint/);
    });
  });

  describe('domain self-ratings', () => {
    it('records the eight scores, one column each, with the scale version', async () => {
      const member = await newMember(dataSource);
      const view = await domainRatings.record(member, ratings([4, 8, 2, 6, 5, 3, 7, 9]));
      expect(view.scores).toMatchObject({ PHYSICAL_AND_MENTAL_HEALTH: 4, MEANING_AND_PURPOSE: 9 });
      expect(view.previousScores).toBeNull();
      const [row] = (await dataSource.query('SELECT physical_and_mental_health, meaning_and_purpose, scale_version FROM domain_ratings WHERE id = $1', [
        view.rating.id,
      ])) as Record<string, unknown>[];
      expect(row).toEqual({ physical_and_mental_health: 4, meaning_and_purpose: 9, scale_version: 'treatnet-self-rating-0-10-v1' });
    });

    it('shows change over time per domain through the history', async () => {
      const member = await newMember(dataSource);
      await domainRatings.record(member, ratings([2, 2, 2, 2, 2, 2, 2, 2]), daysAgo(60));
      await domainRatings.record(member, ratings([4, 3, 2, 2, 2, 2, 2, 2]), daysAgo(30));
      await domainRatings.record(member, ratings([5, 3, 1, 2, 2, 2, 2, 2]));
      const history = await domainRatings.history(member, member.userId, { first: 10, after: null });
      const change = (scores: DomainScores, previous: DomainScores | null) =>
        previous && [
          scores.PHYSICAL_AND_MENTAL_HEALTH - previous.PHYSICAL_AND_MENTAL_HEALTH,
          scores.SAFE_HOUSING_AND_ENVIRONMENT - previous.SAFE_HOUSING_AND_ENVIRONMENT,
        ];
      expect(history.edges.map(({ node }) => change(node.scores, node.previousScores))).toEqual([[1, -1], [2, 0], null]);
      expect(history.edges.map(({ node }) => node.rating.takenAt.getTime())).toEqual(
        [...history.edges.map(({ node }) => node.rating.takenAt.getTime())].sort((a, b) => b - a),
      );
    });

    it('stores notes encrypted, with the key id, and decrypts them for their owner', async () => {
      const member = await newMember(dataSource);
      const view = await domainRatings.record(member, ratings([5, 5, 5, 7, 5, 5, 5, 5], { [RecoveryDomain.PEER_SUPPORT]: NOTE }));
      expect(view.notes.get(RecoveryDomain.PEER_SUPPORT)).toBe(NOTE);

      const raw = (await dataSource.query('SELECT * FROM domain_rating_notes WHERE user_id = $1', [member.userId])) as Record<string, unknown>[];
      expect(raw).toHaveLength(1);
      expect(raw[0]).toMatchObject({ rating_id: view.rating.id, domain: 'PEER_SUPPORT', key_id: 'dev' });
      expect(String(raw[0]?.['ciphertext'])).toMatch(/^v1\.dev\./);
      // Nowhere in the database, in any table, is the note in clear.
      const tables = (await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      )) as {
        table_name: string;
      }[];
      for (const { table_name: table } of tables) {
        const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM "${table}" t WHERE row_to_json(t)::text LIKE $1`, [
          '%Tuesday peer group%',
        ])) as [{ count: number }];
        expect({ table, count }).toEqual({ table, count: 0 });
      }

      const latest = await domainRatings.latest(member, member.userId);
      expect(latest?.notes.get(RecoveryDomain.PEER_SUPPORT)).toBe(NOTE);
      expect(latest?.notes.size).toBe(1);
    });

    it('refuses a note moved onto another rating: the ciphertext is bound to its row', async () => {
      const member = await newMember(dataSource);
      const withNote = await domainRatings.record(member, ratings([5, 5, 5, 5, 5, 5, 5, 5], { [RecoveryDomain.PEER_SUPPORT]: NOTE }), daysAgo(1));
      const target = await domainRatings.record(member, ratings([6, 6, 6, 6, 6, 6, 6, 6]));
      await dataSource.query(
        `INSERT INTO domain_rating_notes (rating_id, user_id, domain, ciphertext, key_id)
         SELECT $2, user_id, domain, ciphertext, key_id FROM domain_rating_notes WHERE rating_id = $1`,
        [withNote.rating.id, target.rating.id],
      );
      await expect(domainRatings.latest(member, member.userId)).rejects.toThrow(/failed authentication/);
      await dataSource.query('DELETE FROM domain_rating_notes WHERE rating_id = $1', [target.rating.id]);
    });

    it('refuses incomplete ratings and long notes, storing nothing', async () => {
      const member = await newMember(dataSource);
      expect(await errorCodeOf(domainRatings.record(member, ratings([5, 5, 5, 5, 5, 5, 5, 5]).slice(1)))).toBe('BAD_USER_INPUT');
      expect(await errorCodeOf(domainRatings.record(member, ratings([5, 5, 5, 5, 5, 5, 5, 11])))).toBe('BAD_USER_INPUT');
      expect(await errorCodeOf(domainRatings.record(member, ratings([5, 5, 5, 5, 5, 5, 5, 5], { [RecoveryDomain.PEER_SUPPORT]: 'x'.repeat(501) })))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await domainRatings.latest(member, member.userId)).toBeNull();
    });
  });

  describe('privacy', () => {
    let owner: Viewer;
    let other: Viewer;

    beforeAll(async () => {
      owner = await newMember(dataSource);
      other = await newMember(dataSource);
      await barc10.record(owner, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
      await domainRatings.record(owner, ratings([5, 5, 5, 5, 5, 5, 5, 5], { [RecoveryDomain.PEER_SUPPORT]: NOTE }));
    });

    it('lets no one else read a person’s assessments, ratings or notes: they do not exist for them', async () => {
      expect(await errorCodeOf(barc10.latest(other, owner.userId))).toBe('NOT_FOUND');
      expect(await errorCodeOf(barc10.history(other, owner.userId, { first: 5, after: null }))).toBe('NOT_FOUND');
      expect(await errorCodeOf(domainRatings.latest(other, owner.userId))).toBe('NOT_FOUND');
      expect(await errorCodeOf(domainRatings.history(other, owner.userId, { first: 5, after: null }))).toBe('NOT_FOUND');
    });

    it('scopes every list to its owner', async () => {
      expect(await barc10.latest(other, other.userId)).toBeNull();
      expect((await domainRatings.history(other, other.userId, { first: 100, after: null })).edges).toEqual([]);
      expect((await barc10.history(owner, owner.userId, { first: 100, after: null })).edges.every(({ node }) => node.assessment.userId === owner.userId)).toBe(
        true,
      );
    });
  });

  describe('key rotation', () => {
    it('re-encrypts notes sealed with an older key, after which only the new key is needed', async () => {
      const member = await newMember(dataSource);
      const recorded = await domainRatings.record(
        member,
        ratings([5, 5, 5, 5, 5, 5, 5, 5], { [RecoveryDomain.PEER_SUPPORT]: NOTE, [RecoveryDomain.MEANING_AND_PURPOSE]: 'Volunteering.' }),
      );
      // A damaged note is reported and left alone; it does not stop the others.
      await dataSource.query(`UPDATE domain_rating_notes SET ciphertext = ciphertext || 'AA' WHERE rating_id = $1 AND domain = 'MEANING_AND_PURPOSE'`, [
        recorded.rating.id,
      ]);

      const devKey = env.config.fieldEncryptionKeys[0]!.key.toString('base64');
      const newKey = Buffer.alloc(32, 42).toString('base64');
      const rotatedCipher = new FieldCipher(AppConfig.fromEnvironment({ NODE_ENV: 'test', FIELD_ENCRYPTION_KEYS: `2026a:${newKey},dev:${devKey}` }));
      const rotation = new FieldKeyRotation(dataSource, rotatedCipher);
      const [report] = (await rotation.rotate([DOMAIN_NOTE_COLUMN], 1)).columns;
      expect(report!.reencrypted).toBeGreaterThanOrEqual(1);
      expect(report!.unreadable).toEqual([{ rating_id: recorded.rating.id, domain: RecoveryDomain.MEANING_AND_PURPOSE }]);
      expect(report!.remaining).toBe(1);
      expect((await rotation.rotate([DOMAIN_NOTE_COLUMN])).columns).toEqual([{ ...report, reencrypted: 0 }]);

      const keyIds = (await dataSource.query('SELECT domain, key_id FROM domain_rating_notes WHERE rating_id = $1 ORDER BY domain', [recorded.rating.id])) as {
        domain: string;
        key_id: string;
      }[];
      expect(keyIds).toEqual([
        { domain: 'MEANING_AND_PURPOSE', key_id: 'dev' },
        { domain: 'PEER_SUPPORT', key_id: '2026a' },
      ]);
      const [note] = (await dataSource.query(`SELECT ciphertext FROM domain_rating_notes WHERE rating_id = $1 AND domain = 'PEER_SUPPORT'`, [
        recorded.rating.id,
      ])) as { ciphertext: string }[];
      const onlyNewKey = new FieldCipher(AppConfig.fromEnvironment({ NODE_ENV: 'test', FIELD_ENCRYPTION_KEYS: `2026a:${newKey}` }));
      const context = { table: 'domain_rating_notes', column: 'ciphertext', rowId: `${recorded.rating.id}/PEER_SUPPORT` };
      expect(onlyNewKey.decrypt(note!.ciphertext, context)).toBe(NOTE);
    });
  });
});
