import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { PersonalDataRegistry, PlatformRole } from '@kindred/core';
import { callAs, codeAs, createAccount, type TestAccount } from '@kindred/test-support/api-client';
import { CapturingMailTransport } from '@kindred/test-support/capturing-mail';
import { LiveListeners, settle } from '@kindred/test-support/live-listener';
import { startTestApi } from '@kindred/test-support/test-api';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { startTestWorker } from '@kindred/test-support/test-worker';

const DOMAINS = [
  'PHYSICAL_AND_MENTAL_HEALTH',
  'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
  'SAFE_HOUSING_AND_ENVIRONMENT',
  'PEER_SUPPORT',
  'EMPLOYMENT_AND_LEGAL',
  'SKILLS_AND_EDUCATION',
  'COMMUNITY_AND_CULTURE',
  'MEANING_AND_PURPOSE',
];
const SCOPES = ['CHECKINS', 'PLAN', 'CAPITAL', 'DIARY_SHARED', 'MILESTONES'];
const SHARED_CAPITAL = `query($o: ID!) {
  sharedRecoveryCapital(ownerId: $o) { redisclosureNotice latestBarc10 { total } latestDomainRatings { scores { domain score note } } }
}`;

/** Support circles and consent-scoped sharing, through the API with the worker's real processors. */
describe('support circles and consent-scoped sharing', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let url: string;
  const mail = new CapturingMailTransport();
  let ana: TestAccount;
  let sam: TestAccount;
  let tess: TestAccount;
  let mentor: TestAccount;
  let outsider: TestAccount;
  let circleId = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const inviteByEmail = async (email: string): Promise<string> =>
    (
      await call<{ inviteToCircleByEmail: { id: string } }>(ana, 'mutation($e: String!) { inviteToCircleByEmail(email: $e, relationship: FAMILY) { id } }', {
        e: email,
      })
    ).inviteToCircleByEmail.id;
  const tokenSentTo = (email: string): Promise<string> => mail.invitationTokenSentTo(email);
  const acceptWithToken = (account: TestAccount, token: string) =>
    codeOf(account, 'mutation($t: String) { acceptCircleInvitation(token: $t) { state } }', { t: token });
  const grant = async (grantee: TestAccount, scope: string, extra: Record<string, unknown> = {}) =>
    (
      await call<{ grantSharing: { id: string; statement: string; active: boolean } }>(
        ana,
        'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id statement active } }',
        { input: { granteeId: grantee.userId, scope, purpose: 'So you know how I am doing', signature: ana.displayName, ...extra } },
      )
    ).grantSharing;
  const revoke = (grantId: string) => call(ana, 'mutation($g: ID!) { revokeSharing(grantId: $g) { active } }', { g: grantId });
  const recordBarc10 = () => call(ana, 'mutation { recordBarc10(answers: [4, 4, 5, 3, 4, 5, 4, 4, 5, 4]) { total } }');

  beforeAll(async () => {
    let env;
    ({ app, stop, env } = await startTestApi('circles'));
    worker = await startTestWorker(env, mail);
    dataSource = app.get(DataSource);
    await app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
    [ana, sam, tess, mentor, outsider] = await Promise.all([
      createAccount(app),
      createAccount(app, [PlatformRole.SUPPORTER]),
      createAccount(app, [PlatformRole.SUPPORTER]),
      createAccount(app, [PlatformRole.MEMBER, PlatformRole.PEER_MENTOR]),
      createAccount(app, [PlatformRole.SUPPORTER]),
    ]);
    circleId = (await call<{ mySupportCircle: { id: string } }>(ana, '{ mySupportCircle { id } }')).mySupportCircle.id;
    await recordBarc10();
    await call(ana, 'mutation($input: RecordDomainRatingsInput!) { recordDomainRatings(input: $input) { id } }', {
      input: { ratings: DOMAINS.map((domain) => ({ domain, score: 6, note: `private thoughts on ${domain}` })) },
    });
  });

  afterAll(async () => {
    await worker.close();
    await stop();
  });

  describe('invitations', () => {
    it('invites by email with a single-use link; the invitee joins the circle and its conversation', async () => {
      await call(ana, 'mutation { renameSupportCircle(name: "Team Ana") { name } }');
      await inviteByEmail(sam.email);
      const token = await tokenSentTo(sam.email);
      expect(mail.sent.find((sent) => sent.text.includes(token))?.text).toContain('valid for 7 days');
      expect(await acceptWithToken(sam, token)).toBe('ok');
      // Used once: a second use, by anyone, is refused.
      expect(await acceptWithToken(sam, token)).toBe('BAD_USER_INPUT');
      expect(await acceptWithToken(outsider, token)).toBe('BAD_USER_INPUT');

      const { mySupportCircle } = await call<{
        mySupportCircle: { name: string; conversationId: string; members: { userId: string; relationship: string }[] };
      }>(ana, '{ mySupportCircle { name conversationId members { userId relationship } } }');
      expect(mySupportCircle.name).toBe('Team Ana');
      expect(mySupportCircle.members).toEqual([{ userId: sam.userId, relationship: 'FAMILY' }]);
      await call(ana, 'mutation($c: ID!) { sendMessage(conversationId: $c, body: "Welcome to my circle") { id } }', { c: mySupportCircle.conversationId });
      const { messages } = await call<{ messages: { edges: { node: { body: string } }[] } }>(
        sam,
        'query($c: ID!) { messages(conversationId: $c, first: 5) { edges { node { body } } } }',
        {
          c: mySupportCircle.conversationId,
        },
      );
      expect(messages.edges.map((edge) => edge.node.body)).toEqual(['Welcome to my circle']);
      expect(
        await codeOf(outsider, 'query($c: ID!) { messages(conversationId: $c, first: 5) { edges { node { body } } } }', { c: mySupportCircle.conversationId }),
      ).toBe('NOT_FOUND');
    });

    it('refuses expired and revoked links, and says so in the member’s list', async () => {
      const expiring = await inviteByEmail('expiring@example.org');
      const expiredToken = await tokenSentTo('expiring@example.org');
      await dataSource.query(`UPDATE circle_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring]);
      expect(await acceptWithToken(tess, expiredToken)).toBe('BAD_USER_INPUT');

      const revoked = await inviteByEmail('revoked@example.org');
      const revokedToken = await tokenSentTo('revoked@example.org');
      await call(ana, 'mutation($i: ID!) { revokeCircleInvitation(invitationId: $i) { state } }', { i: revoked });
      expect(await acceptWithToken(tess, revokedToken)).toBe('BAD_USER_INPUT');

      const { myCircleInvitations } = await call<{ myCircleInvitations: { id: string; state: string; email: string | null }[] }>(
        ana,
        '{ myCircleInvitations { id state email } }',
      );
      expect(myCircleInvitations).toEqual(
        expect.arrayContaining([
          { id: expiring, state: 'EXPIRED', email: 'expiring@example.org' },
          { id: revoked, state: 'REVOKED', email: 'revoked@example.org' },
        ]),
      );
      expect(await codeOf(ana, 'mutation { inviteToCircleByEmail(email: "not an address", relationship: FRIEND) { id } }')).toBe('BAD_USER_INPUT');
    });

    it('invites someone on Kindred, who can decline, and accept a new invitation', async () => {
      const invite = 'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }';
      const first = (await call<{ inviteToCircle: { id: string } }>(ana, invite, { u: tess.userId })).inviteToCircle.id;
      expect(await codeOf(ana, invite, { u: tess.userId })).toBe('CONFLICT');
      const { circleInvitationsForMe } = await call<{ circleInvitationsForMe: { id: string; circleName: string; email: string | null }[] }>(
        tess,
        '{ circleInvitationsForMe { id circleName email } }',
      );
      expect(circleInvitationsForMe).toEqual([{ id: first, circleName: 'Team Ana', email: null }]);
      expect(await codeOf(outsider, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: first })).toBe('BAD_USER_INPUT');
      expect(await call(tess, 'mutation($i: ID) { declineCircleInvitation(invitationId: $i) { state } }', { i: first })).toEqual({
        declineCircleInvitation: { state: 'DECLINED' },
      });
      const second = (await call<{ inviteToCircle: { id: string } }>(ana, invite, { u: tess.userId })).inviteToCircle.id;
      expect(await codeOf(tess, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: second })).toBe('ok');
      expect(await codeOf(ana, invite, { u: tess.userId })).toBe('CONFLICT');
    });

    it('shows a supporter only the circles they are in', async () => {
      const { circlesISupport } = await call<{ circlesISupport: { id: string; ownerId: string; myRelationship: string }[] }>(
        sam,
        '{ circlesISupport { id ownerId myRelationship } }',
      );
      expect(circlesISupport).toEqual([{ id: circleId, ownerId: ana.userId, myRelationship: 'FAMILY' }]);
      expect((await call<{ circlesISupport: unknown[] }>(outsider, '{ circlesISupport { id } }')).circlesISupport).toEqual([]);
      expect(await codeOf(sam, '{ mySupportCircle { id } }')).toBe('FORBIDDEN');
    });
  });

  describe('consent-scoped sharing', () => {
    it('shares nothing by default, and nothing through any other path', async () => {
      expect(await codeOf(sam, SHARED_CAPITAL, { o: ana.userId })).toBe('NOT_FOUND');
      const { myRecoveryCapital } = await call<{ myRecoveryCapital: { latestBarc10: unknown } }>(sam, '{ myRecoveryCapital { latestBarc10 { total } } }');
      expect(myRecoveryCapital.latestBarc10).toBeNull();
      const circle = await call<{ circlesISupport: unknown[] }>(sam, '{ circlesISupport { id name members { displayName relationship } } }');
      expect(JSON.stringify(circle)).not.toMatch(/total|score|private thoughts/);
      const notes = await call<{ myNotifications: { edges: { node: { text: string } }[] } }>(sam, '{ myNotifications(first: 50) { edges { node { text } } } }');
      expect(JSON.stringify(notes)).not.toMatch(/BARC|score|private thoughts/);
    });

    it('records each grant in plain words, one scope at a time, given and revoked', async () => {
      const given = [];
      for (const scope of SCOPES) given.push({ scope, ...(await grant(tess, scope)) });
      for (const { statement } of given) expect(statement).toMatch(/You agree that .* may see .* You can revoke this at any time/);
      expect(
        await codeOf(ana, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
          input: { granteeId: tess.userId, scope: 'PLAN', purpose: 'again', signature: ana.displayName },
        }),
      ).toBe('CONFLICT');
      const active = await call<{ mySharingGrants: { scope: string; granteeId: string }[] }>(ana, '{ mySharingGrants { scope granteeId } }');
      expect(
        active.mySharingGrants
          .filter((entry) => entry.granteeId === tess.userId)
          .map((entry) => entry.scope)
          .sort(),
      ).toEqual([...SCOPES].sort());
      const withMe = await call<{ sharedWithMe: { scope: string; ownerId: string }[] }>(tess, '{ sharedWithMe { scope ownerId } }');
      expect(withMe.sharedWithMe.map((entry) => entry.scope).sort()).toEqual([...SCOPES].sort());
      for (const { id } of given) await revoke(id);
      expect((await call<{ sharedWithMe: unknown[] }>(tess, '{ sharedWithMe { scope } }')).sharedWithMe).toEqual([]);
      const history = await call<{ mySharingGrants: { scope: string; active: boolean; revokedReason: string }[] }>(
        ana,
        '{ mySharingGrants(includeEnded: true) { scope active revokedReason } }',
      );
      expect(history.mySharingGrants.filter((entry) => !entry.active && entry.revokedReason === 'REVOKED_BY_OWNER')).toHaveLength(SCOPES.length);
    });

    it('refuses grants to anyone outside the circle, and past dates', async () => {
      expect(
        await codeOf(ana, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
          input: { granteeId: outsider.userId, scope: 'CAPITAL', purpose: 'To help', signature: ana.displayName },
        }),
      ).toBe('BAD_USER_INPUT');
      expect(
        await codeOf(ana, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
          input: { granteeId: sam.userId, scope: 'CAPITAL', purpose: 'To help', expiresAt: '2020-01-01T00:00:00Z', signature: ana.displayName },
        }),
      ).toBe('BAD_USER_INPUT');
    });

    it('lets a supporter read shared scores (never notes), logs every read, and stops at the very next read after revocation', async () => {
      const capital = await grant(sam, 'CAPITAL');
      const read = await call<{
        sharedRecoveryCapital: { redisclosureNotice: string; latestBarc10: { total: number }; latestDomainRatings: { scores: { note: string | null }[] } };
      }>(sam, SHARED_CAPITAL, { o: ana.userId });
      expect(read.sharedRecoveryCapital.latestBarc10.total).toBe(42);
      expect(read.sharedRecoveryCapital.redisclosureNotice).toContain('consent');
      expect(read.sharedRecoveryCapital.latestDomainRatings.scores.every((score) => score.note === null)).toBe(true);
      // The member still sees their own notes.
      const own = await call<{ myRecoveryCapital: { latestDomainRatings: { scores: { note: string }[] } } }>(
        ana,
        '{ myRecoveryCapital { latestDomainRatings { scores { note } } } }',
      );
      expect(own.myRecoveryCapital.latestDomainRatings.scores[0]!.note).toContain('private thoughts');

      const log = await call<{ myDisclosureLog: { edges: { node: { viewerId: string; scope: string; what: string } }[] } }>(
        ana,
        '{ myDisclosureLog(first: 10) { edges { node { viewerId scope what } } } }',
      );
      expect(log.myDisclosureLog.edges.map((edge) => edge.node)).toEqual(
        expect.arrayContaining([
          { viewerId: sam.userId, scope: 'CAPITAL', what: 'latest BARC-10 assessment' },
          { viewerId: sam.userId, scope: 'CAPITAL', what: 'latest domain ratings' },
        ]),
      );

      await revoke(capital.id);
      expect(await codeOf(sam, SHARED_CAPITAL, { o: ana.userId })).toBe('SHARING_ENDED');
    });

    it('ends a grant by its date', async () => {
      const dated = await grant(sam, 'CAPITAL', { expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
      expect(await codeOf(sam, SHARED_CAPITAL, { o: ana.userId })).toBe('ok');
      await dataSource.query(`UPDATE consent_grants SET expires_at = now() - interval '1 second' WHERE id = $1`, [dated.id]);
      expect(await codeOf(sam, SHARED_CAPITAL, { o: ana.userId })).toBe('SHARING_ENDED');
      await revoke(dated.id);
    });

    it('follows shared capital live, and ends the subscription the moment sharing is revoked, saying so', async () => {
      const capital = await grant(sam, 'CAPITAL');
      const live = new LiveListeners(url);
      try {
        const watch = 'subscription($o: ID!) { sharedRecoveryCapitalUpdates(ownerId: $o) { latestBarc10 { total } } }';
        const refused = await live.listen(outsider.accessToken, watch, { o: ana.userId });
        const heard = await live.listen(sam.accessToken, watch, { o: ana.userId });
        await new Promise((resolve) => setTimeout(resolve, 300));
        await recordBarc10();
        await settle(() => heard.results.length === 1);
        expect(heard.results[0]!.data).toEqual({ sharedRecoveryCapitalUpdates: { latestBarc10: { total: 42 } } });
        expect(refused.results.map((result) => result.errors?.[0]?.extensions?.['code'])).toEqual(['NOT_FOUND']);

        await revoke(capital.id);
        await settle(() => heard.ended);
        expect(heard.ended).toBe(true);
        // The last word is why it ended, not silence.
        expect(heard.results.map((result) => result.errors?.[0]?.extensions?.['code'])).toEqual([undefined, 'SHARING_ENDED']);
        await recordBarc10();
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(heard.results).toHaveLength(2);
      } finally {
        await live.dispose();
      }
    });

    it('lets a member share with their mentor too', async () => {
      const [conversation]: { id: string }[] = await dataSource.query(`INSERT INTO conversations (kind, created_by) VALUES ('MENTORSHIP', $1) RETURNING id`, [
        mentor.userId,
      ]);
      await dataSource.query(`INSERT INTO conversation_participants (conversation_id, user_id, role) VALUES ($1, $2, 'MEMBER'), ($1, $3, 'MEMBER')`, [
        conversation!.id,
        mentor.userId,
        ana.userId,
      ]);
      const given = await call<{ grantSharing: { relationship: string } }>(
        ana,
        'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { relationship } }',
        { input: { granteeId: mentor.userId, scope: 'CAPITAL', purpose: 'To plan our sessions', signature: ana.displayName } },
      );
      expect(given.grantSharing.relationship).toBe('MENTOR');
      expect(await codeOf(mentor, SHARED_CAPITAL, { o: ana.userId })).toBe('ok');
    });
  });

  describe('leaving and removal', () => {
    it('ends every grant when the member removes a supporter, or a supporter leaves', async () => {
      await grant(sam, 'CAPITAL');
      await grant(tess, 'MILESTONES');
      const conversationId = (await call<{ mySupportCircle: { conversationId: string } }>(ana, '{ mySupportCircle { conversationId } }')).mySupportCircle
        .conversationId;

      await call(ana, 'mutation($u: ID!) { removeFromCircle(userId: $u) { id } }', { u: sam.userId });
      expect(await codeOf(sam, SHARED_CAPITAL, { o: ana.userId })).toBe('SHARING_ENDED');
      expect(await codeOf(sam, 'query($c: ID!) { messages(conversationId: $c, first: 5) { edges { node { body } } } }', { c: conversationId })).toBe(
        'NOT_FOUND',
      );
      expect((await call<{ circlesISupport: unknown[] }>(sam, '{ circlesISupport { id } }')).circlesISupport).toEqual([]);

      await call(tess, 'mutation($c: ID!) { leaveSupportCircle(circleId: $c) { ok } }', { c: circleId });
      const history = await call<{ mySharingGrants: { granteeId: string; active: boolean; revokedReason: string | null }[] }>(
        ana,
        '{ mySharingGrants(includeEnded: true) { granteeId active revokedReason } }',
      );
      expect(history.mySharingGrants.filter((entry) => entry.active && entry.granteeId !== mentor.userId)).toEqual([]);
      expect(history.mySharingGrants.map((entry) => entry.revokedReason)).toEqual(expect.arrayContaining(['REMOVED_FROM_CIRCLE', 'LEFT_CIRCLE']));
      expect(await codeOf(ana, 'mutation($u: ID!) { removeFromCircle(userId: $u) { id } }', { u: sam.userId })).toBe('NOT_FOUND');
    });
  });

  describe('families supporting families', () => {
    let allianceId = '';
    let coordinator: TestAccount;

    beforeAll(async () => {
      const admin = await createAccount(app, [PlatformRole.ADMIN]);
      coordinator = await createAccount(app);
      allianceId = await allianceRunBy(app, admin, coordinator, 'Families Porto');
      await joinAlliance(app, tess, coordinator, allianceId, 'SUPPORTER');
    });

    it('lets coordinators start supporter groups that the alliance’s supporters join themselves', async () => {
      const group = (
        await call<{ createSupporterGroup: { id: string } }>(
          coordinator,
          'mutation($a: ID!) { createSupporterGroup(allianceId: $a, title: "Parents on Tuesdays") { id } }',
          {
            a: allianceId,
          },
        )
      ).createSupporterGroup.id;
      expect(await codeOf(tess, 'mutation($a: ID!) { createSupporterGroup(allianceId: $a, title: "Mine") { id } }', { a: allianceId })).toBe('FORBIDDEN');
      const listed = await call<{ supporterGroups: { id: string; joined: boolean }[] }>(
        tess,
        'query($a: ID!) { supporterGroups(allianceId: $a) { id joined } }',
        { a: allianceId },
      );
      expect(listed.supporterGroups).toEqual([{ id: group, joined: false }]);
      expect(await codeOf(tess, 'mutation($c: ID!) { joinSupporterGroup(conversationId: $c) { id } }', { c: group })).toBe('ok');
      expect(await codeOf(outsider, 'mutation($c: ID!) { joinSupporterGroup(conversationId: $c) { id } }', { c: group })).toBe('NOT_FOUND');
      expect(await codeOf(outsider, 'query($a: ID!) { supporterGroups(allianceId: $a) { id } }', { a: allianceId })).toBe('FORBIDDEN');
      // The coordinator moderates: they can take someone out.
      expect(
        await codeOf(coordinator, 'mutation($c: ID!, $u: ID!) { removeGroupParticipant(conversationId: $c, userId: $u) { id } }', { c: group, u: tess.userId }),
      ).toBe('ok');
    });

    it('shows the alliance’s resources for families to its supporters only', async () => {
      await call(coordinator, 'mutation($a: ID!, $input: AllianceResourceInput!) { addAllianceResource(allianceId: $a, input: $input) { id } }', {
        a: allianceId,
        input: { kind: 'GUIDE', name: 'Supporting someone in recovery', audience: 'SUPPORTERS' },
      });
      await call(coordinator, 'mutation($a: ID!, $input: AllianceResourceInput!) { addAllianceResource(allianceId: $a, input: $input) { id } }', {
        a: allianceId,
        input: { kind: 'HELPLINE', name: 'Porto helpline', phone: '+351 000 000 000' },
      });
      const names = async (account: TestAccount): Promise<string[]> =>
        (
          await call<{ allianceResources: { name: string }[] }>(account, 'query($a: ID!) { allianceResources(allianceId: $a) { name } }', { a: allianceId })
        ).allianceResources
          .map((resource) => resource.name)
          .sort();
      expect(await names(tess)).toEqual(['Porto helpline', 'Supporting someone in recovery']);
      expect(await names(outsider)).toEqual(['Porto helpline']);
      expect(await names(coordinator)).toEqual(['Porto helpline', 'Supporting someone in recovery']);
    });
  });

  describe('export and erasure', () => {
    it('exports the circle, the grants and the disclosure log, and erases them, the circle’s conversation included', async () => {
      // Someone still in the circle when it goes: they leave its conversation with it.
      const { inviteToCircle } = await call<{ inviteToCircle: { id: string } }>(
        ana,
        'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }',
        {
          u: outsider.userId,
        },
      );
      await call(outsider, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
      const registry = worker.get(PersonalDataRegistry);
      const exported = await dataSource.transaction((manager) => registry.exportAll(manager, ana.userId));
      expect(exported['circles']).toMatchObject({ myCircle: { name: 'Team Ana' } });
      expect((exported['consent'] as { grantsGiven: unknown[] }).grantsGiven.length).toBeGreaterThan(0);
      expect((exported['consent'] as { whoSawMyData: unknown[] }).whoSawMyData.length).toBeGreaterThan(0);

      const [{ conversation_id: conversationId }]: { conversation_id: string }[] = await dataSource.query(
        `SELECT conversation_id FROM support_circles WHERE owner_id = $1`,
        [ana.userId],
      );
      await dataSource.transaction((manager) => registry.eraseAll(manager, ana.userId));
      for (const [table, column] of [
        ['conversations', 'id'],
        ['conversation_participants', 'conversation_id'],
        ['messages', 'conversation_id'],
      ]) {
        const [{ count }]: { count: string }[] = await dataSource.query(`SELECT count(*) FROM ${table} WHERE ${column} = $1`, [conversationId]);
        expect([table, Number(count)]).toEqual([table, 0]);
      }
      for (const [table, column] of [
        ['support_circles', 'owner_id'],
        ['consent_grants', 'owner_id'],
        ['disclosure_log', 'owner_id'],
      ]) {
        const [{ count }]: { count: string }[] = await dataSource.query(`SELECT count(*) FROM ${table} WHERE ${column} = $1`, [ana.userId]);
        expect([table, Number(count)]).toEqual([table, 0]);
      }
    });
  });
});
