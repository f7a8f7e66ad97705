import type { TestingModule } from '@nestjs/testing';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { Authenticator, FieldCipher, PlatformRole, type Viewer } from '@kindred/core';
import { errorCodeOf, infrastructureModules, integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { IdentityModule } from '@kindred/identity';
import { RecoveryDomain, RecoveryPathway, Weekday } from '@kindred/recovery';
import { AlliancesModule } from './alliances.module';
import type { AllianceInput } from './alliances/alliance.types';
import { AlliancesService } from './alliances/alliances.service';
import { CoordinatorsService } from './coordinators/coordinators.service';
import { AllianceCapacity, MembershipStatus } from './memberships/alliance-membership.entity';
import { LeavingService } from './memberships/leaving.service';
import { MembershipDecision } from './memberships/membership.types';
import { MembershipsService } from './memberships/memberships.service';
import { MentorApplicationStatus } from './mentor-vetting/mentor-application.entity';
import { MentorApplicationDecision, VettingAction, type MentorApplicationInput } from './mentor-vetting/mentor-vetting.types';
import { MentorVettingService } from './mentor-vetting/mentor-vetting.service';
import { CoordinatesAlliancePolicy } from './policies/coordinates-alliance.policy';
import { DECIDED_BY_ANOTHER } from './decided-by-another.error';
import { AlliancesPersonalData } from './privacy/alliances-personal-data';

const alliance = (name: string, postcodePrefixes: string[]): AllianceInput => ({
  name,
  region: 'Île-de-France',
  city: 'Paris',
  postcodePrefixes,
  languages: ['fr'],
  currency: 'eur',
  crisisResources: [{ name: 'SOS Amitié', phone: '09 72 39 40 50', hours: '24/7', languages: ['fr'] }],
  partnerOrganisations: [],
});

const application: MentorApplicationInput = {
  livedExperienceSummary: 'Ten years without using, after years of cocaine; I volunteer at a drop-in centre every week.',
  pathways: [RecoveryPathway.ABSTINENCE_BASED],
  yearsInRecovery: 10,
  languages: ['fr', 'en'],
  focusDomains: [RecoveryDomain.EMPLOYMENT_AND_LEGAL, RecoveryDomain.PEER_SUPPORT],
  availability: [{ day: Weekday.MONDAY, start: '18:00', end: '20:00' }],
  maxMentees: 2,
  trainingCompleted: ['Mentoring basics'],
};

let counter = 0;

describe('alliances, memberships and mentor vetting (real PostgreSQL and Redis)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let alliances: AlliancesService;
  let memberships: MembershipsService;
  let vetting: MentorVettingService;

  /** A person with these roles, as the guard would see them. */
  const person = async (roles: PlatformRole[] = [PlatformRole.MEMBER]): Promise<Viewer> => {
    counter += 1;
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO users (email, password_hash, display_name, roles) VALUES ($1, 'x', $2, $3) RETURNING id`,
      [`alliance-person-${counter}@example.org`, `Person ${counter}`, roles],
    );
    return { userId: row!.id, sessionId: '00000000-0000-4000-8000-000000000000', roles };
  };

  const coordinatorOf = async (allianceId: string): Promise<Viewer> => {
    const [coordinator, admin] = [await person([PlatformRole.COORDINATOR]), await person([PlatformRole.ADMIN])];
    await moduleRef.get(CoordinatorsService).appoint(allianceId, coordinator.userId, admin.userId, 'r');
    return coordinator;
  };

  const activeMember = async (allianceId: string, coordinator: Viewer): Promise<Viewer> => {
    const member = await person();
    const request = await memberships.request(member, allianceId, AllianceCapacity.MEMBER);
    await memberships.decide(coordinator.userId, request.id, MembershipDecision.APPROVE, null);
    return member;
  };

  const rolesOf = async (userId: string): Promise<string[]> => (await dataSource.query(`SELECT roles FROM users WHERE id = $1`, [userId]))[0].roles;

  beforeAll(async () => {
    env = await integrationEnvironment('alliances');
    moduleRef = await Test.createTestingModule({ imports: [...infrastructureModules(env), IdentityModule, AlliancesModule] }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    alliances = moduleRef.get(AlliancesService);
    memberships = moduleRef.get(MembershipsService);
    vetting = moduleRef.get(MentorVettingService);
    expect(moduleRef.get(Authenticator)).toBeDefined();
  });

  afterAll(async () => {
    await moduleRef.close();
    await env.cleanup();
  });

  it('finds alliances by a postcode they serve, by name, and refuses a duplicate name', async () => {
    const admin = await person([PlatformRole.ADMIN]);
    await alliances.create(alliance('Paris Est Rétablissement', ['7501', '7502']), admin.userId);
    await alliances.create(alliance('Lille Ensemble', ['590']), admin.userId);
    const byPostcode = await alliances.search({ first: 10, postcode: '75011' });
    expect(byPostcode.edges.map((edge) => edge.node.name)).toEqual(['Paris Est Rétablissement']);
    const byName = await alliances.search({ first: 10, name: 'lille' });
    expect(byName.edges.map((edge) => edge.node.currency)).toEqual(['EUR']);
    expect(await errorCodeOf(alliances.create(alliance('paris est rétablissement', []), admin.userId))).toBe('CONFLICT');
    expect(await errorCodeOf(alliances.create({ ...alliance('Nowhere', []), languages: ['xx'] }, admin.userId))).toBe('BAD_USER_INPUT');
  });

  it('tells a coordinator which alliances they coordinate now, by name, and no one else', async () => {
    const admin = await person([PlatformRole.ADMIN]);
    const coordinators = moduleRef.get(CoordinatorsService);
    const zeta = await alliances.create(alliance(`Zeta ${counter}`, []), admin.userId);
    const alpha = await alliances.create(alliance(`Alpha ${counter}`, []), admin.userId);
    const left = await alliances.create(alliance(`Beta ${counter}`, []), admin.userId);
    const coordinator = await coordinatorOf(zeta.id);
    for (const other of [alpha, left]) await coordinators.appoint(other.id, coordinator.userId, admin.userId, 'r');
    await coordinators.remove(left.id, coordinator.userId, admin.userId, 'r');
    expect((await coordinators.coordinatedBy(coordinator.userId)).map((each) => each.name)).toEqual([alpha.name, zeta.name]);
    expect(await coordinators.coordinatedBy((await activeMember(zeta.id, coordinator)).userId)).toEqual([]);
  });

  it('lets a person ask to join once, a coordinator decide once, and the person leave', async () => {
    const created = await alliances.create(alliance(`Join ${counter}`, ['130']), (await person([PlatformRole.ADMIN])).userId);
    const coordinator = await coordinatorOf(created.id);
    const member = await person();
    const request = await memberships.request(member, created.id, AllianceCapacity.MEMBER);
    expect(request.status).toBe(MembershipStatus.REQUESTED);
    expect(await errorCodeOf(memberships.request(member, created.id, AllianceCapacity.MEMBER))).toBe('CONFLICT');
    expect(await errorCodeOf(memberships.request(member, created.id, AllianceCapacity.SUPPORTER))).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(memberships.request(member, created.id, AllianceCapacity.PEER_MENTOR))).toBe('BAD_USER_INPUT');

    const decisions = await Promise.allSettled([
      memberships.decide(coordinator.userId, request.id, MembershipDecision.APPROVE, null),
      memberships.decide(coordinator.userId, request.id, MembershipDecision.DECLINE, 'We are full this month, sorry.'),
    ]);
    expect(decisions.filter((decision) => decision.status === 'fulfilled')).toHaveLength(1);
    const [mine] = await memberships.mine(member);
    expect([MembershipStatus.ACTIVE, MembershipStatus.DECLINED]).toContain(mine?.status);

    if (mine?.status === MembershipStatus.ACTIVE) {
      await moduleRef.get(LeavingService).leave(member, created.id, 'r');
      expect((await memberships.mine(member))[0]?.status).toBe(MembershipStatus.LEFT);
    }
    expect(await errorCodeOf(memberships.decide(coordinator.userId, request.id, MembershipDecision.APPROVE, null))).toBe('CONFLICT');
  });

  it('asks for a kind reason to decline', async () => {
    const created = await alliances.create(alliance(`Decline ${counter}`, []), (await person([PlatformRole.ADMIN])).userId);
    const coordinator = await coordinatorOf(created.id);
    const request = await memberships.request(await person(), created.id, AllianceCapacity.MEMBER);
    expect(await errorCodeOf(memberships.decide(coordinator.userId, request.id, MembershipDecision.DECLINE, ''))).toBe('BAD_USER_INPUT');
    const declined = await memberships.decide(coordinator.userId, request.id, MembershipDecision.DECLINE, 'Please ask the Lyon alliance, closer to you.');
    expect(declined).toMatchObject({ status: MembershipStatus.DECLINED, declineReason: 'Please ask the Lyon alliance, closer to you.' });
  });

  it('vets a mentor: apply as a member, changes asked, resubmitted, approved; paused and withdrawn by coordinators', async () => {
    const created = await alliances.create(alliance(`Vetting ${counter}`, []), (await person([PlatformRole.ADMIN])).userId);
    const coordinator = await coordinatorOf(created.id);
    const outsider = await person();
    expect(await errorCodeOf(vetting.apply(outsider, created.id, application))).toBe('BAD_USER_INPUT');

    const mentor = await activeMember(created.id, coordinator);
    expect(await errorCodeOf(vetting.apply(mentor, created.id, { ...application, livedExperienceSummary: 'Too short.' }))).toBe('BAD_USER_INPUT');
    const submitted = await vetting.apply(mentor, created.id, application);
    expect(submitted.livedExperienceSummary).toBe(application.livedExperienceSummary);
    const [stored] = await dataSource.query(`SELECT lived_experience_summary FROM mentor_applications WHERE id = $1`, [submitted.id]);
    expect(stored.lived_experience_summary).toMatch(/^v1\./);
    expect(stored.lived_experience_summary).not.toContain('cocaine');
    expect(await errorCodeOf(vetting.apply(mentor, created.id, application))).toBe('CONFLICT');

    const changes = await vetting.act(
      coordinator.userId,
      submitted.id,
      MentorApplicationDecision.REQUEST_CHANGES,
      'Could you add your availability at weekends?',
      'r',
    );
    expect(changes.status).toBe(MentorApplicationStatus.CHANGES_REQUESTED);
    await vetting.update(mentor, submitted.id, {
      ...application,
      availability: [...application.availability, { day: Weekday.SATURDAY, start: '10:00', end: '12:00' }],
    });
    const vetted = await vetting.act(coordinator.userId, submitted.id, MentorApplicationDecision.APPROVE, null, 'r');
    expect(vetted.status).toBe(MentorApplicationStatus.VETTED);
    expect(await rolesOf(mentor.userId)).toContain(PlatformRole.PEER_MENTOR);
    expect(await memberships.isActive(mentor.userId, created.id, AllianceCapacity.PEER_MENTOR)).toBe(true);
    expect(await vetting.vettedMentorIds(created.id)).toEqual([mentor.userId]);
    expect(await errorCodeOf(vetting.update(mentor, submitted.id, application))).toBe('CONFLICT');

    await vetting.act(coordinator.userId, submitted.id, VettingAction.PAUSE, 'Taking a rest, as agreed together.', 'r');
    expect(await vetting.vettedMentorIds(created.id)).toEqual([]);
    expect(await rolesOf(mentor.userId)).toContain(PlatformRole.PEER_MENTOR);

    await vetting.act(coordinator.userId, submitted.id, VettingAction.WITHDRAW, 'Stepping back from mentoring for now.', 'r');
    expect(await rolesOf(mentor.userId)).not.toContain(PlatformRole.PEER_MENTOR);
    expect(await memberships.isActive(mentor.userId, created.id, AllianceCapacity.PEER_MENTOR)).toBe(false);
  });

  it('lets one of two coordinators deciding at once win, and tells the other that a colleague decided', async () => {
    const created = await alliances.create(alliance(`Race ${counter}`, []), (await person([PlatformRole.ADMIN])).userId);
    const first = await coordinatorOf(created.id);
    const second = await coordinatorOf(created.id);
    const mentor = await activeMember(created.id, first);
    const submitted = await vetting.apply(mentor, created.id, application);

    const approvals = await Promise.allSettled([
      vetting.act(first.userId, submitted.id, MentorApplicationDecision.APPROVE, null, 'r'),
      vetting.act(second.userId, submitted.id, MentorApplicationDecision.APPROVE, null, 'r'),
    ]);
    expect(approvals.filter((approval) => approval.status === 'fulfilled')).toHaveLength(1);
    const refused = approvals.find((approval) => approval.status === 'rejected');
    expect(await errorCodeOf(Promise.reject(refused?.reason))).toBe(DECIDED_BY_ANOTHER);
    const [row] = await dataSource.query(`SELECT count(*)::int AS count FROM alliance_memberships WHERE user_id = $1 AND capacity = 'PEER_MENTOR'`, [
      mentor.userId,
    ]);
    expect(row.count).toBe(1);
    // The same coordinator pressing twice is not told about a colleague.
    const winner = approvals[0]!.status === 'fulfilled' ? first : second;
    expect(await errorCodeOf(vetting.act(winner.userId, submitted.id, MentorApplicationDecision.APPROVE, null, 'r'))).toBe('CONFLICT');

    const request = await memberships.request(await person(), created.id, AllianceCapacity.MEMBER);
    const decisions = await Promise.allSettled([
      memberships.decide(first.userId, request.id, MembershipDecision.APPROVE, null),
      memberships.decide(second.userId, request.id, MembershipDecision.DECLINE, 'We are full this month, sorry.'),
    ]);
    expect(decisions.filter((decision) => decision.status === 'fulfilled')).toHaveLength(1);
    const lost = decisions.find((decision) => decision.status === 'rejected');
    expect(await errorCodeOf(Promise.reject(lost?.reason))).toBe(DECIDED_BY_ANOTHER);
  });

  it('lists the alliances a person coordinates now, by name', async () => {
    const admin = await person([PlatformRole.ADMIN]);
    const zeta = await alliances.create(alliance(`Zeta ${counter}`, []), admin.userId);
    const alpha = await alliances.create(alliance(`Alpha ${counter}`, []), admin.userId);
    const coordinator = await coordinatorOf(zeta.id);
    const coordinators = moduleRef.get(CoordinatorsService);
    await coordinators.appoint(alpha.id, coordinator.userId, admin.userId, 'r');
    expect((await coordinators.coordinatedBy(coordinator.userId)).map((found) => found.id)).toEqual([alpha.id, zeta.id]);
    await coordinators.remove(alpha.id, coordinator.userId, admin.userId, 'r');
    expect((await coordinators.coordinatedBy(coordinator.userId)).map((found) => found.id)).toEqual([zeta.id]);
    expect(await coordinators.coordinatedBy((await person()).userId)).toEqual([]);
  });

  it('withdraws vetting and the PEER_MENTOR role when a mentor leaves the alliance', async () => {
    const created = await alliances.create(alliance(`Leaving ${counter}`, []), (await person([PlatformRole.ADMIN])).userId);
    const coordinator = await coordinatorOf(created.id);
    const mentor = await activeMember(created.id, coordinator);
    const submitted = await vetting.apply(mentor, created.id, application);
    await vetting.act(coordinator.userId, submitted.id, MentorApplicationDecision.APPROVE, null, 'r');
    await moduleRef.get(LeavingService).leave(mentor, created.id, 'r');
    expect((await vetting.mine(mentor))[0]?.status).toBe(MentorApplicationStatus.WITHDRAWN);
    expect(await rolesOf(mentor.userId)).not.toContain(PlatformRole.PEER_MENTOR);
  });

  it('exports a person’s alliance records, lived experience decrypted, and erases them without touching others', async () => {
    const created = await alliances.create(alliance(`Privacy ${counter}`, []), (await person([PlatformRole.ADMIN])).userId);
    const coordinator = await coordinatorOf(created.id);
    const mentor = await activeMember(created.id, coordinator);
    const other = await activeMember(created.id, coordinator);
    const submitted = await vetting.apply(mentor, created.id, application);
    await vetting.act(coordinator.userId, submitted.id, MentorApplicationDecision.APPROVE, null, 'r');
    const contributor = new AlliancesPersonalData(moduleRef.get(FieldCipher));

    const exported = await contributor.export(dataSource.manager, mentor.userId);
    expect(JSON.stringify(exported)).toContain(application.livedExperienceSummary);
    expect(JSON.stringify(exported)).not.toContain(other.userId);

    await dataSource.transaction((manager) => contributor.erase(manager, mentor.userId));
    await dataSource.transaction((manager) => contributor.erase(manager, coordinator.userId));
    for (const table of ['alliance_memberships', 'mentor_applications', 'alliance_coordinators']) {
      const [left] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table} WHERE user_id = ANY($1)`, [[mentor.userId, coordinator.userId]]);
      expect([table, left.count]).toEqual([table, 0]);
    }
    const [decided] = await dataSource.query(`SELECT decided_by FROM alliance_memberships WHERE user_id = $1`, [other.userId]);
    expect(decided).toEqual({ decided_by: null });
    expect(await memberships.isActive(other.userId, created.id, AllianceCapacity.MEMBER)).toBe(true);
  });

  it("never lets one alliance's coordinator act on another alliance's people", async () => {
    const admin = await person([PlatformRole.ADMIN]);
    const first = await alliances.create(alliance(`First ${counter}`, []), admin.userId);
    const second = await alliances.create(alliance(`Second ${counter}`, []), admin.userId);
    const firstCoordinator = await coordinatorOf(first.id);
    const secondCoordinator = await coordinatorOf(second.id);
    const request = await memberships.request(await person(), first.id, AllianceCapacity.MEMBER);
    const policy = moduleRef.get(CoordinatesAlliancePolicy);
    expect(await policy.allows(firstCoordinator, { membershipId: request.id })).toBe(true);
    expect(await policy.allows(secondCoordinator, { membershipId: request.id })).toBe(false);
    expect(await policy.allows(secondCoordinator, { allianceId: first.id })).toBe(false);
    expect(await policy.allows(secondCoordinator, { allianceId: 'not-an-id' })).toBe(false);
    expect(await policy.allows(null, { allianceId: second.id })).toBe(false);
  });
});
