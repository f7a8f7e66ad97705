import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { PlatformRole } from '@kindred/core';
import { REDISCLOSURE_NOTICE } from '@kindred/consent';
import { callAs, codeAs, createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { LiveListeners, settle } from '@kindred/test-support/live-listener';
import { startTestApi } from '@kindred/test-support/test-api';

const SCOPES = ['CHECKINS', 'PLAN', 'CAPITAL', 'DIARY_SHARED', 'MILESTONES'] as const;
const GRANT = `mutation($input: GrantSharingInput!) {
  grantSharing(input: $input) { id ends expiresAt statement grantedAt signature { signedAt method signedName sessionId } }
}`;

interface Grant {
  id: string;
  ends: string;
  expiresAt: string | null;
  statement: string;
  grantedAt: string;
  signature: { signedAt: string; method: string; signedName: string | null; sessionId: string | null };
}

/** Every way a supporter or mentor reads what someone shares with them, by scope. `$o` is the owner, `$e` an entry shared with the reader. */
const READS: { name: string; scope: (typeof SCOPES)[number]; query: string }[] = [
  { name: 'sharedCheckins', scope: 'CHECKINS', query: 'query($o: ID!) { sharedCheckins(ownerId: $o) { averageMood redisclosureNotice } }' },
  { name: 'sharedMilestones', scope: 'MILESTONES', query: 'query($o: ID!) { sharedMilestones(ownerId: $o) { totalDays redisclosureNotice } }' },
  {
    name: 'sharedRecoveryPlan',
    scope: 'PLAN',
    query: 'query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { redisclosureNotice goals { title } progress { domain } } }',
  },
  {
    name: 'sharedRecoveryCapital',
    scope: 'CAPITAL',
    query: 'query($o: ID!) { sharedRecoveryCapital(ownerId: $o) { redisclosureNotice latestBarc10 { total } } }',
  },
  {
    name: 'diaryEntriesSharedWithMe',
    scope: 'DIARY_SHARED',
    query: 'query($o: ID!) { diaryEntriesSharedWithMe(ownerId: $o, first: 5) { edges { node { body redisclosureNotice } } } }',
  },
  { name: 'sharedDiaryEntry', scope: 'DIARY_SHARED', query: 'query($e: ID!) { sharedDiaryEntry(id: $e) { body redisclosureNotice } }' },
];
const SUGGEST_GOAL = 'mutation($o: ID!) { suggestRecoveryGoal(ownerId: $o, input: { domain: PEER_SUPPORT, title: "Come to a meeting with me" }) { id } }';
const WATCH_CAPITAL = 'subscription($o: ID!) { sharedRecoveryCapitalUpdates(ownerId: $o) { redisclosureNotice latestBarc10 { total } } }';

/** Every redisclosureNotice anywhere in a response. */
function noticesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(noticesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'redisclosureNotice' && typeof inner === 'string' ? [inner] : noticesIn(inner)));
}

/**
 * Consent that meets 42 CFR Part 2, through the API: every grant has an end and a signature
 * (§2.31), every disclosure carries the redisclosure notice in its reader's language (§2.32),
 * and a reader whose sharing ended is told so plainly, while a stranger learns nothing.
 */
describe('consent under 42 CFR Part 2', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let url: string;
  let ana: TestAccount;
  let sam: TestAccount;
  let lou: TestAccount;
  let stranger: TestAccount;
  let circleId = '';
  let entryId = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const errorOf = async (account: TestAccount, query: string, variables: Record<string, unknown> = {}) => {
    const error = (await post(app, query, variables, account.accessToken)).errors?.[0];
    return { code: error?.extensions?.['code'], extensions: error?.extensions ?? {}, message: error?.message ?? '' };
  };
  const grant = async (grantee: TestAccount, scope: string, extra: Record<string, unknown> = {}): Promise<Grant> =>
    (
      await call<{ grantSharing: Grant }>(ana, GRANT, {
        input: { granteeId: grantee.userId, scope, purpose: 'So you can walk with me', signature: ana.displayName, ...extra },
      })
    ).grantSharing;
  const grantEverything = async (grantee: TestAccount): Promise<void> => {
    for (const scope of SCOPES) await grant(grantee, scope);
    await call(ana, 'mutation($id: ID!, $g: [ID!]!) { shareDiaryEntry(id: $id, granteeIds: $g) { id } }', { id: entryId, g: [grantee.userId] });
  };
  const grantsTo = async (grantee: TestAccount, includeEnded = false) =>
    (
      await call<{ mySharingGrants: { id: string; granteeId: string; scope: string; active: boolean; revokedReason: string | null }[] }>(
        ana,
        'query($all: Boolean!) { mySharingGrants(includeEnded: $all) { id granteeId scope active revokedReason } }',
        { all: includeEnded },
      )
    ).mySharingGrants.filter((entry) => entry.granteeId === grantee.userId);
  const joinCircle = async (supporter: TestAccount): Promise<void> => {
    const { inviteToCircle } = await call<{ inviteToCircle: { id: string } }>(
      ana,
      'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FAMILY) { id } }',
      {
        u: supporter.userId,
      },
    );
    await call(supporter, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
  };
  const variables = (): Record<string, unknown> => ({ o: ana.userId, e: entryId });

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('consent'));
    dataSource = app.get(DataSource);
    await app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
    [ana, sam, lou, stranger] = await Promise.all([
      createAccount(app),
      createAccount(app, [PlatformRole.SUPPORTER]),
      createAccount(app, [PlatformRole.SUPPORTER]),
      createAccount(app, [PlatformRole.SUPPORTER]),
    ]);
    // Lou reads Kindred in French.
    await dataSource.query(`UPDATE users SET locale = 'fr', time_zone = 'Europe/Paris' WHERE id = $1`, [lou.userId]);
    circleId = (await call<{ mySupportCircle: { id: string } }>(ana, '{ mySupportCircle { id } }')).mySupportCircle.id;
    for (const supporter of [sam, lou]) await joinCircle(supporter);
    await call(ana, 'mutation { checkIn(input: { mood: 4, cravings: 1 }) { id } }');
    await call(ana, 'mutation { setRecoveryStartDate(startedOn: "2025-01-10") { totalDays } }');
    await call(ana, 'mutation { recordBarc10(answers: [4, 4, 5, 3, 4, 5, 4, 4, 5, 4]) { total } }');
    await call(ana, 'mutation { createRecoveryGoal(input: { domain: PEER_SUPPORT, title: "Find a walking group" }) { id } }');
    entryId = (
      await call<{ writeDiaryEntry: { id: string } }>(ana, 'mutation($input: DiaryEntryInput!) { writeDiaryEntry(input: $input) { id } }', {
        input: { entryDate: new Date().toISOString().slice(0, 10), body: 'A calm day by the sea.' },
      })
    ).writeDiaryEntry.id;
  });

  afterAll(() => stop());

  describe('§2.31: every grant has an end and a signature', () => {
    it('ends 12 months on unless the person picks another end, and says so in the statement they sign', async () => {
      const before = Date.now();
      const given = await grant(sam, 'CHECKINS');
      expect(given.ends).toBe('ON_DATE');
      const twelveMonths = new Date(before);
      twelveMonths.setUTCMonth(twelveMonths.getUTCMonth() + 12);
      expect(Math.abs(new Date(given.expiresAt!).getTime() - twelveMonths.getTime())).toBeLessThan(60_000);
      expect(given.statement).toContain(`It ends on ${given.expiresAt!.slice(0, 10)}, or sooner if ${sam.displayName} leaves your support circle.`);

      const chosen = new Date(Date.now() + 30 * 86_400_000).toISOString();
      expect(new Date((await grant(sam, 'PLAN', { expiresAt: chosen })).expiresAt!).toISOString()).toBe(chosen);

      const withTheCircle = await grant(sam, 'MILESTONES', { ends: 'WHEN_RELATIONSHIP_ENDS' });
      expect(withTheCircle).toMatchObject({ ends: 'WHEN_RELATIONSHIP_ENDS', expiresAt: null });
      expect(withTheCircle.statement).toContain(`It ends when ${sam.displayName} leaves your support circle.`);
      expect(withTheCircle.statement).not.toMatch(/until you revoke/);

      const both = await errorOf(ana, GRANT, {
        input: { granteeId: sam.userId, scope: 'CAPITAL', purpose: 'To help', ends: 'WHEN_RELATIONSHIP_ENDS', expiresAt: chosen, signature: ana.displayName },
      });
      expect([both.code, both.extensions['field']]).toEqual(['BAD_USER_INPUT', 'expiresAt']);
      // Nothing open-ended can be stored, whatever path writes it.
      await expect(
        dataSource.query(
          `INSERT INTO consent_grants (owner_id, grantee_id, scope, relationship, purpose, statement, ends, signed_at, signature_method)
           VALUES ($1, $2, 'CAPITAL', 'SUPPORTER', 'p', 's', 'ON_DATE', now(), 'SIGNED_IN_SESSION')`,
          [ana.userId, sam.userId],
        ),
      ).rejects.toThrow(/consent_grants_end_date_check/);
    });

    it('is signed by the person typing their display name, recorded with when and in which session', async () => {
      const unsigned = await errorOf(ana, GRANT, { input: { granteeId: sam.userId, scope: 'CAPITAL', purpose: 'To help' } });
      expect(unsigned.code).not.toBeUndefined();
      for (const signature of ['', 'yes', sam.displayName]) {
        const refused = await errorOf(ana, GRANT, { input: { granteeId: sam.userId, scope: 'CAPITAL', purpose: 'To help', signature } });
        expect([refused.code, refused.extensions['field'], refused.message]).toEqual([
          'BAD_USER_INPUT',
          'signature',
          'To sign, please type your display name as it shows on Kindred.',
        ]);
      }
      expect((await grantsTo(sam)).map((entry) => entry.scope)).not.toContain('CAPITAL');

      // Spaces and capitals aside, as people type on a phone.
      const typed = `  ${ana.displayName.toUpperCase()} `;
      const signed = await grant(sam, 'CAPITAL', { signature: typed });
      const [session]: { id: string }[] = await dataSource.query(`SELECT id FROM sessions WHERE user_id = $1`, [ana.userId]);
      expect(signed.signature).toEqual({ signedAt: signed.grantedAt, method: 'TYPED_NAME', signedName: typed.trim(), sessionId: session!.id });

      // The grantee sees how it was signed, not the session.
      const { sharedWithMe } = await call<{ sharedWithMe: { id: string; signature: Grant['signature'] }[] }>(
        sam,
        '{ sharedWithMe { id signature { signedAt method signedName sessionId } } }',
      );
      expect(sharedWithMe.find((entry) => entry.id === signed.id)?.signature).toEqual({ ...signed.signature, sessionId: null });
      for (const entry of await grantsTo(sam)) await call(ana, 'mutation($g: ID!) { revokeSharing(grantId: $g) { id } }', { g: entry.id });
    });
  });

  describe('§2.32: every disclosure carries the redisclosure notice', () => {
    it('puts the notice on every read of shared data, in the reader’s language', async () => {
      await grantEverything(sam);
      await grantEverything(lou);
      for (const [reader, notice] of [
        [sam, REDISCLOSURE_NOTICE.en],
        [lou, REDISCLOSURE_NOTICE.fr],
      ] as const) {
        for (const read of READS) {
          const data = await call<Record<string, unknown>>(reader, read.query, variables());
          expect([read.name, noticesIn(data)]).toEqual([read.name, [notice]]);
        }
      }
      expect(REDISCLOSURE_NOTICE.en).toContain('(42 CFR part 2) prohibit unauthorized use or disclosure of these records');
      expect(REDISCLOSURE_NOTICE.fr).toContain('42 CFR part 2');
      // The owner's own views carry none.
      const own = await call<Record<string, unknown>>(ana, '{ myRecoveryPlan { redisclosureNotice } myRecoveryCapital { redisclosureNotice } }');
      expect(own).toEqual({ myRecoveryPlan: { redisclosureNotice: null }, myRecoveryCapital: { redisclosureNotice: null } });
    });
  });

  describe('when sharing stops', () => {
    it('tells a reader plainly that the person stopped sharing, and tells a stranger nothing', async () => {
      for (const entry of await grantsTo(sam)) await call(ana, 'mutation($g: ID!) { revokeSharing(grantId: $g) { id } }', { g: entry.id });
      for (const read of [...READS, { name: 'suggestRecoveryGoal', query: SUGGEST_GOAL }]) {
        const told = await errorOf(sam, read.query, variables());
        expect([read.name, told.code, told.extensions['endedBy'], told.extensions['reason']]).toEqual([
          read.name,
          'SHARING_ENDED',
          'OWNER',
          'REVOKED_BY_OWNER',
        ]);
        expect(told.message).toContain(`${ana.displayName} has stopped sharing`);
        expect([read.name, await codeOf(stranger, read.query, variables())]).toEqual([read.name, 'NOT_FOUND']);
      }
      // The list says so too, with when and why, and only to the person it was shared with.
      const ended = await call<{ sharingEndedWithMe: { ownerId: string; scope: string; active: boolean; revokedReason: string; revokedAt: string | null }[] }>(
        sam,
        '{ sharingEndedWithMe { ownerId scope active revokedReason revokedAt } }',
      );
      expect(ended.sharingEndedWithMe.map((entry) => entry.scope).sort()).toEqual([...SCOPES].sort());
      for (const entry of ended.sharingEndedWithMe) {
        expect(entry).toMatchObject({ ownerId: ana.userId, active: false, revokedReason: 'REVOKED_BY_OWNER' });
        expect(entry.revokedAt).not.toBeNull();
      }
      expect((await call<{ sharingEndedWithMe: unknown[] }>(stranger, '{ sharingEndedWithMe { id } }')).sharingEndedWithMe).toEqual([]);
      const live = new LiveListeners(url);
      try {
        const [told, refused] = [
          await live.listen(sam.accessToken, WATCH_CAPITAL, { o: ana.userId }),
          await live.listen(stranger.accessToken, WATCH_CAPITAL, { o: ana.userId }),
        ];
        await settle(() => told.ended && refused.ended);
        expect(told.results.map((result) => result.errors?.[0]?.extensions?.['code'])).toEqual(['SHARING_ENDED']);
        expect(refused.results.map((result) => result.errors?.[0]?.extensions?.['code'])).toEqual(['NOT_FOUND']);
      } finally {
        await live.dispose();
      }
    });

    it('tells a reader when the agreed end came, in their language, at that moment; the person can share again', async () => {
      await dataSource.query(
        `UPDATE consent_grants SET expires_at = now() - interval '1 second' WHERE owner_id = $1 AND grantee_id = $2 AND revoked_at IS NULL`,
        [ana.userId, lou.userId],
      );
      for (const read of READS) {
        const told = await errorOf(lou, read.query, variables());
        expect([read.name, told.code, told.extensions['endedBy']]).toEqual([read.name, 'SHARING_ENDED', 'END_DATE']);
        expect(told.message).toMatch(/a pris fin le .*, à la date prévue/);
      }
      expect((await call<{ sharedWithMe: unknown[] }>(lou, '{ sharedWithMe { id } }')).sharedWithMe).toEqual([]);

      // Sharing again after the end is a new consent, not a conflict with the one that ended.
      await grant(lou, 'CHECKINS');
      expect(noticesIn(await call(lou, READS[0]!.query, variables()))).toEqual([REDISCLOSURE_NOTICE.fr]);
      // What was shared again is no longer listed as ended; what reached its date still is.
      const ended = await call<{ sharingEndedWithMe: { scope: string; revokedReason: string | null }[] }>(
        lou,
        '{ sharingEndedWithMe { scope revokedReason } }',
      );
      expect(ended.sharingEndedWithMe.map((entry) => entry.scope)).not.toContain('CHECKINS');
      expect(ended.sharingEndedWithMe.map((entry) => entry.scope)).toContain('PLAN');
      expect((await grantsTo(lou, true)).filter((entry) => entry.scope === 'CHECKINS').map((entry) => [entry.active, entry.revokedReason])).toEqual(
        expect.arrayContaining([
          [true, null],
          [false, 'EXPIRED'],
        ]),
      );
    });

    it('tells a reader that sharing ended with the relationship', async () => {
      await call(lou, 'mutation($c: ID!) { leaveSupportCircle(circleId: $c) { ok } }', { c: circleId });
      const told = await errorOf(lou, READS[0]!.query, variables());
      expect([told.code, told.extensions['endedBy'], told.extensions['reason']]).toEqual(['SHARING_ENDED', 'RELATIONSHIP', 'LEFT_CIRCLE']);
      expect(told.message).toContain('quand vous avez quitté le cercle de soutien');
    });
  });

  describe('grants given before ends and signatures', () => {
    it('get an end 12 months after the migration, and a signature recorded as given in a signed-in session', async () => {
      const migration = dataSource.migrations.find((candidate) => candidate.name === 'ConsentEndsAndSignatures1764040000000')!;
      const runner = dataSource.createQueryRunner();
      try {
        await migration.down(runner);
        const [old]: { id: string; granted_at: Date }[] = await runner.query(
          `INSERT INTO consent_grants (owner_id, grantee_id, scope, relationship, purpose, statement, granted_at)
           VALUES ($1, $2, 'CAPITAL', 'SUPPORTER', 'To help', 'You agree … until you revoke it.', now() - interval '2 years') RETURNING id, granted_at`,
          [ana.userId, sam.userId],
        );
        await migration.up(runner);
        const [after]: { ends: string; expires_at: Date; signed_at: Date; signature_method: string; signature_session_id: string | null }[] =
          await runner.query(`SELECT ends, expires_at, signed_at, signature_method, signature_session_id FROM consent_grants WHERE id = $1`, [old!.id]);
        const twelveMonths = new Date();
        twelveMonths.setUTCMonth(twelveMonths.getUTCMonth() + 12);
        expect(after).toMatchObject({ ends: 'ON_DATE', signed_at: old!.granted_at, signature_method: 'SIGNED_IN_SESSION', signature_session_id: null });
        expect(Math.abs(after!.expires_at.getTime() - twelveMonths.getTime())).toBeLessThan(60_000);
        const [{ open }]: { open: string }[] = await runner.query(`SELECT count(*) AS open FROM consent_grants WHERE expires_at IS NULL AND ends = 'ON_DATE'`);
        expect(Number(open)).toBe(0);
      } finally {
        await runner.release();
      }
    });
  });
});
