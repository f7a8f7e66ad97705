import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PlatformRole } from '@kindred/core';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { callAs, post, type TestAccount } from '@kindred/test-support/api-client';
import { insertPerson } from '@kindred/test-support/factories';
import { startTestApi } from '@kindred/test-support/test-api';

const GROUPS = 'query($a: ID!) { allianceGroups(allianceId: $a) { id title supporterGroup participantCount participants { personId displayName role } } }';

interface AllianceGroup {
  id: string;
  title: string;
  supporterGroup: boolean;
  participantCount: number;
  participants: { personId: string; displayName: string; role: string }[];
}

/** The coordinators' list of an alliance's groups: every group, who is in it now, and nobody else's business. */
describe('allianceGroups', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let coordinator: TestAccount;
  let otherCoordinator: TestAccount;
  let member: TestAccount;
  let parent: TestAccount;
  let allianceId: string;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('alliance-groups'));
    const admin = await insertPerson(app, [PlatformRole.ADMIN]);
    coordinator = await insertPerson(app, [PlatformRole.MEMBER], { displayName: 'Sam' });
    otherCoordinator = await insertPerson(app);
    member = await insertPerson(app, [PlatformRole.MEMBER], { displayName: 'Alex' });
    parent = await insertPerson(app, [PlatformRole.SUPPORTER], { displayName: 'Noor' });
    allianceId = await allianceRunBy(app, admin, coordinator, 'Groups alliance');
    await allianceRunBy(app, admin, otherCoordinator, 'Another alliance');
    await joinAlliance(app, member, coordinator, allianceId);
    await joinAlliance(app, parent, coordinator, allianceId, 'SUPPORTER');
  });

  afterAll(() => stop());

  it('shows the coordinator every group of the alliance, of both kinds, with who is in each now', async () => {
    const { createAllianceGroup: walking } = await callAs<{ createAllianceGroup: { id: string } }>(
      app,
      coordinator,
      'mutation($a: ID!) { createAllianceGroup(allianceId: $a, title: "Sunday walks") { id } }',
      { a: allianceId },
    );
    const { createSupporterGroup: families } = await callAs<{ createSupporterGroup: { id: string } }>(
      app,
      coordinator,
      'mutation($a: ID!) { createSupporterGroup(allianceId: $a, title: "Families together") { id } }',
      { a: allianceId },
    );
    const add = 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }';
    await callAs(app, coordinator, add, { c: walking.id, u: member.userId });
    await callAs(app, coordinator, add, { c: families.id, u: parent.userId });
    await callAs(app, coordinator, add, { c: families.id, u: member.userId });
    // Someone who left is no longer counted.
    await callAs(app, coordinator, 'mutation($c: ID!, $u: ID!) { removeGroupParticipant(conversationId: $c, userId: $u) { id } }', {
      c: families.id,
      u: member.userId,
    });

    const { allianceGroups } = await callAs<{ allianceGroups: AllianceGroup[] }>(app, coordinator, GROUPS, { a: allianceId });
    expect(allianceGroups).toEqual([
      {
        id: walking.id,
        title: 'Sunday walks',
        supporterGroup: false,
        participantCount: 2,
        participants: [
          { personId: coordinator.userId, displayName: 'Sam', role: 'OWNER' },
          { personId: member.userId, displayName: 'Alex', role: 'MEMBER' },
        ],
      },
      {
        id: families.id,
        title: 'Families together',
        supporterGroup: true,
        participantCount: 2,
        participants: [
          { personId: coordinator.userId, displayName: 'Sam', role: 'OWNER' },
          { personId: parent.userId, displayName: 'Noor', role: 'MEMBER' },
        ],
      },
    ]);
  });

  it('refuses a member of the alliance and a coordinator of another alliance, in words that say who may', async () => {
    for (const someone of [member, parent, otherCoordinator]) {
      const body = await post(app, GROUPS, { a: allianceId }, someone.accessToken);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(body.errors?.[0]?.message).toMatch(/coordinat/i);
    }
  });
});
