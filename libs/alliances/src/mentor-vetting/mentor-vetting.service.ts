import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import {
  BadUserInputError,
  checkText,
  ConflictError,
  FieldCipher,
  isUuid,
  mapConnectionInBatch,
  NotFoundError,
  Outbox,
  paginateByKeyset,
  PlatformRole,
  refuseOwnCase,
  type CipherContext,
  type Connection,
  type OwnCase,
  type PageArgs,
  type UserMessage,
  type Viewer,
} from '@kindred/core';
import { AuditAction, AuditLog, PeopleDirectory, RolesService } from '@kindred/identity';
import { AllianceCapacity, AllianceMembership, MembershipStatus } from '../memberships/alliance-membership.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { checkMentorApplicationInput } from './mentor-application-input';
import { MentorApplication, MentorApplicationStatus } from './mentor-application.entity';
import { MentorApplicationDecision, VettingAction, type MentorApplicationInput, type MentorApplicationObject } from './mentor-vetting.types';
import { AllianceMessages } from '../alliances.messages';
import { lockMentorPlaces } from './mentor-vetting.queries';
import { DecidedByAnotherError } from '../decided-by-another.error';

const UNIQUE_VIOLATION = '23505';
const STILL_VETTED = [MentorApplicationStatus.VETTED, MentorApplicationStatus.PAUSED];

/** Each coordinator action: the states it may start from, the state it leads to, and whether a message is required. */
const TRANSITIONS: Record<
  MentorApplicationDecision | VettingAction,
  { from: MentorApplicationStatus[]; to: MentorApplicationStatus; messageRequired: boolean }
> = {
  [MentorApplicationDecision.APPROVE]: { from: [MentorApplicationStatus.SUBMITTED], to: MentorApplicationStatus.VETTED, messageRequired: false },
  [MentorApplicationDecision.REQUEST_CHANGES]: {
    from: [MentorApplicationStatus.SUBMITTED],
    to: MentorApplicationStatus.CHANGES_REQUESTED,
    messageRequired: true,
  },
  [MentorApplicationDecision.DECLINE]: { from: [MentorApplicationStatus.SUBMITTED], to: MentorApplicationStatus.DECLINED, messageRequired: true },
  [VettingAction.PAUSE]: { from: [MentorApplicationStatus.VETTED], to: MentorApplicationStatus.PAUSED, messageRequired: true },
  [VettingAction.RESUME]: { from: [MentorApplicationStatus.PAUSED], to: MentorApplicationStatus.VETTED, messageRequired: false },
  [VettingAction.WITHDRAW]: { from: STILL_VETTED, to: MentorApplicationStatus.WITHDRAWN, messageRequired: true },
};

/** How a refusal names where an application stands. */
const APPLICATION_STATUS_WORDS: Record<MentorApplicationStatus, UserMessage> = {
  [MentorApplicationStatus.SUBMITTED]: AllianceMessages.MENTOR_APPLICATION_STATUS_SUBMITTED(),
  [MentorApplicationStatus.CHANGES_REQUESTED]: AllianceMessages.MENTOR_APPLICATION_STATUS_CHANGES_REQUESTED(),
  [MentorApplicationStatus.DECLINED]: AllianceMessages.MENTOR_APPLICATION_STATUS_DECLINED(),
  [MentorApplicationStatus.VETTED]: AllianceMessages.MENTOR_APPLICATION_STATUS_VETTED(),
  [MentorApplicationStatus.PAUSED]: AllianceMessages.MENTOR_APPLICATION_STATUS_PAUSED(),
  [MentorApplicationStatus.WITHDRAWN]: AllianceMessages.MENTOR_APPLICATION_STATUS_WITHDRAWN(),
};

/** What deciding about oneself would have been, for each action (see refuseOwnCase). */
const OWN_VETTING: Record<MentorApplicationDecision | VettingAction, OwnCase> = {
  [MentorApplicationDecision.APPROVE]: AllianceMessages.OWN_MENTOR_APPLICATION_APPROVE(),
  [MentorApplicationDecision.REQUEST_CHANGES]: AllianceMessages.OWN_MENTOR_APPLICATION_REQUEST_CHANGES(),
  [MentorApplicationDecision.DECLINE]: AllianceMessages.OWN_MENTOR_APPLICATION_DECLINE(),
  [VettingAction.PAUSE]: AllianceMessages.OWN_MENTOR_VETTING_PAUSE(),
  [VettingAction.RESUME]: AllianceMessages.OWN_MENTOR_VETTING_RESUME(),
  [VettingAction.WITHDRAW]: AllianceMessages.OWN_MENTOR_VETTING_WITHDRAW(),
};

/** Applying to mentor in an alliance, and coordinators vetting, pausing or withdrawing mentors. */
@Injectable()
export class MentorVettingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MentorApplication) private readonly applications: Repository<MentorApplication>,
    private readonly memberships: MembershipsService,
    private readonly people: PeopleDirectory,
    private readonly roles: RolesService,
    private readonly audit: AuditLog,
    private readonly cipher: FieldCipher,
    private readonly outbox: Outbox,
  ) {}

  async apply(viewer: Viewer, allianceId: string, input: MentorApplicationInput): Promise<MentorApplicationObject> {
    const values = checkMentorApplicationInput(input);
    if (!(await this.memberships.isActive(viewer.userId, allianceId, AllianceCapacity.MEMBER))) {
      throw new BadUserInputError(AllianceMessages.MENTOR_NEEDS_MEMBERSHIP(), {
        field: 'allianceId',
      });
    }
    const id = randomUUID();
    try {
      const saved = await this.applications.save(
        this.applications.create({ ...values, id, livedExperienceSummary: this.seal(id, values.livedExperienceSummary), allianceId, userId: viewer.userId }),
      );
      return (await this.describe([saved]))[0]!;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConflictError(AllianceMessages.MENTOR_APPLICATION_EXISTS());
      }
      throw error;
    }
  }

  /** The applicant edits while it waits or after changes were asked for; it goes back to the coordinators. */
  async update(viewer: Viewer, applicationId: string, input: MentorApplicationInput): Promise<MentorApplicationObject> {
    const values = checkMentorApplicationInput(input);
    const result = await this.applications
      .createQueryBuilder()
      .update(MentorApplication)
      .set({ ...values, livedExperienceSummary: this.seal(applicationId, values.livedExperienceSummary), status: MentorApplicationStatus.SUBMITTED })
      .where('id = :applicationId AND user_id = :userId AND status IN (:...editable)', {
        applicationId,
        userId: viewer.userId,
        editable: [MentorApplicationStatus.SUBMITTED, MentorApplicationStatus.CHANGES_REQUESTED],
      })
      .execute();
    const application = await this.applications.findOneBy({ id: applicationId, userId: viewer.userId });
    if (!application) throw new NotFoundError(AllianceMessages.MENTOR_APPLICATION_NOT_FOUND());
    if (!result.affected) throw new ConflictError(AllianceMessages.MENTOR_APPLICATION_DECIDED());
    return (await this.describe([application]))[0]!;
  }

  /**
   * A decision or vetting change, by a coordinator of the alliance or an administrator, never
   * about themselves. Conditional on the current state, so two acting at once cannot both succeed.
   */
  async act(
    deciderId: string,
    applicationId: string,
    action: MentorApplicationDecision | VettingAction,
    message: string | null | undefined,
    requestId: string,
  ): Promise<MentorApplicationObject> {
    const transition = TRANSITIONS[action];
    const coordinatorMessage =
      transition.messageRequired || message?.trim()
        ? checkText(message ?? '', 'message', AllianceMessages.ALLIANCE_LABEL_APPLICANT_MESSAGE(), { min: 3, max: 1000 })
        : null;
    const application = await this.dataSource.transaction(async (manager) => {
      const applicantId = (await manager.getRepository(MentorApplication).findOne({ select: { userId: true }, where: { id: applicationId } }))?.userId ?? null;
      refuseOwnCase(deciderId, applicantId, OWN_VETTING[action]);
      const result = await manager
        .createQueryBuilder()
        .update(MentorApplication)
        .set({ status: transition.to, coordinatorMessage, decidedBy: deciderId, decidedAt: () => 'now()' })
        .where('id = :applicationId AND status IN (:...from)', { applicationId, from: transition.from })
        .execute();
      const current = await manager.getRepository(MentorApplication).findOneBy({ id: applicationId });
      if (!current) throw new NotFoundError(AllianceMessages.MENTOR_APPLICATION_NOT_FOUND());
      if (!result.affected) {
        const status = APPLICATION_STATUS_WORDS[current.status];
        if (current.decidedBy !== null && current.decidedBy !== deciderId)
          throw new DecidedByAnotherError(AllianceMessages.MENTOR_APPLICATION_DECIDED_BY_ANOTHER({ status }));
        throw new ConflictError(AllianceMessages.MENTOR_APPLICATION_NOT_NOW({ status }));
      }
      await this.syncMentorMembership(manager, current);
      // Who can be suggested changed: every member's suggestions in this alliance follow.
      await this.outbox.stage(manager, { name: 'mentorship.refresh-alliance-suggestions', data: { allianceId: current.allianceId } });
      return current;
    });
    await this.syncPeerMentorRole(application.userId, deciderId, requestId);
    return (await this.describe([application]))[0]!;
  }

  /** Leaving an alliance withdraws any application or vetting there, in the same transaction; says whether there was one. */
  async withdrawOnLeaving(manager: EntityManager, userId: string, allianceId: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MentorApplication)
      .set({ status: MentorApplicationStatus.WITHDRAWN, coordinatorMessage: 'You left the alliance.', decidedAt: () => 'now()' })
      .where('user_id = :userId AND alliance_id = :allianceId AND status NOT IN (:...closed)', {
        userId,
        allianceId,
        closed: [MentorApplicationStatus.DECLINED, MentorApplicationStatus.WITHDRAWN],
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * A vetted (or paused) mentor's places in an alliance, and the most the alliance lets a mentor
   * give themself. The vetting is locked for the caller's transaction; null when there is none.
   */
  async placesFor(
    manager: EntityManager,
    mentorId: string,
    allianceId: string,
  ): Promise<{ applicationId: string; places: number; placesLimit: number } | null> {
    if (!isUuid(mentorId) || !isUuid(allianceId)) return null;
    return (await lockMentorPlaces.one(manager, { mentorId, allianceId, statuses: STILL_VETTED })) ?? null;
  }

  /** Changes a vetting's places; the caller holds its lock (placesFor) and has checked the number. */
  async setPlaces(manager: EntityManager, applicationId: string, places: number): Promise<void> {
    await manager.update(MentorApplication, { id: applicationId }, { maxMentees: places });
  }

  /** PEER_MENTOR is held exactly while the person is vetted (or paused) in at least one alliance. */
  async syncPeerMentorRole(userId: string, actorId: string | null, requestId: string): Promise<void> {
    const vetted = await this.applications.existsBy({ userId, status: In(STILL_VETTED) });
    if (vetted) await this.roles.grant(userId, PlatformRole.PEER_MENTOR, actorId, requestId);
    else await this.roles.revoke(userId, PlatformRole.PEER_MENTOR, actorId, requestId);
  }

  async mine(viewer: Viewer): Promise<MentorApplicationObject[]> {
    return this.describe(await this.applications.find({ where: { userId: viewer.userId }, order: { createdAt: 'DESC' } }));
  }

  /** For the alliance's coordinators and administrators (checked by policy). Lived experience is sensitive: each read is audited. */
  async listForAlliance(
    readerId: string,
    allianceId: string,
    status: MentorApplicationStatus | null | undefined,
    page: PageArgs,
    requestId: string,
  ): Promise<Connection<MentorApplicationObject>> {
    const query = this.applications.createQueryBuilder('application').where('application.alliance_id = :allianceId', { allianceId });
    if (status) query.andWhere('application.status = :status', { status });
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'application.created_at',
      idColumn: 'application.id',
      direction: 'DESC',
      keyOf: (application) => [application.createdAt.toISOString(), application.id],
    });
    const described = await mapConnectionInBatch(connection, (rows) => this.describe(rows));
    await this.audit.recordMany(
      this.dataSource.manager,
      described.edges.map(({ node: application }) => ({
        action: AuditAction.SENSITIVE_RECORD_ACCESSED,
        actorId: readerId,
        subjectId: application.applicantId,
        requestId,
        details: { record: 'mentor_application', applicationId: application.id, allianceId },
      })),
    );
    return described;
  }

  /** Vetted, not paused, mentors of an alliance: the only ones matching may ever suggest. */
  async vettedMentorIds(allianceId: string): Promise<string[]> {
    const rows = await this.applications.find({ select: { userId: true }, where: { allianceId, status: MentorApplicationStatus.VETTED } });
    return rows.map((row) => row.userId);
  }

  /** The PEER_MENTOR membership follows the vetting: active while vetted or paused, left otherwise. */
  private async syncMentorMembership(manager: EntityManager, application: MentorApplication): Promise<void> {
    if (STILL_VETTED.includes(application.status)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(AllianceMembership)
        .values({
          allianceId: application.allianceId,
          userId: application.userId,
          capacity: AllianceCapacity.PEER_MENTOR,
          status: MembershipStatus.ACTIVE,
          decidedAt: () => 'now()',
          decidedBy: application.decidedBy,
        })
        .orIgnore()
        .execute();
      return;
    }
    await manager
      .createQueryBuilder()
      .update(AllianceMembership)
      .set({ status: MembershipStatus.LEFT, leftAt: () => 'now()' })
      .where('alliance_id = :allianceId AND user_id = :userId AND capacity = :capacity AND status = :active', {
        allianceId: application.allianceId,
        userId: application.userId,
        capacity: AllianceCapacity.PEER_MENTOR,
        active: MembershipStatus.ACTIVE,
      })
      .execute();
  }

  /** Lived experience is health information in the person's own words: encrypted at rest. */
  private seal(applicationId: string, summary: string): string {
    return this.cipher.encrypt(summary, livedExperienceContext(applicationId));
  }

  private open(application: MentorApplication): string {
    return openLivedExperience(this.cipher, application);
  }

  private async describe(rows: MentorApplication[]): Promise<MentorApplicationObject[]> {
    const people = await this.people.summaries(rows.map((row) => row.userId));
    return rows.map((row) => ({
      id: row.id,
      allianceId: row.allianceId,
      applicantId: row.userId,
      applicantDisplayName: people.get(row.userId)?.displayName ?? '',
      livedExperienceSummary: this.open(row),
      pathways: row.pathways,
      yearsInRecovery: row.yearsInRecovery,
      languages: row.languages,
      focusDomains: row.focusDomains,
      availability: row.availability,
      maxMentees: row.maxMentees,
      trainingCompleted: row.trainingCompleted,
      gender: row.gender,
      status: row.status,
      coordinatorMessage: row.coordinatorMessage,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
    }));
  }
}

export const livedExperienceContext = (applicationId: string): CipherContext => ({
  table: 'mentor_applications',
  column: 'lived_experience_summary',
  rowId: applicationId,
});

/** Decrypts an application's lived-experience summary (also used by export). */
export function openLivedExperience(cipher: FieldCipher, application: Pick<MentorApplication, 'id' | 'livedExperienceSummary'>): string {
  return cipher.decrypt(application.livedExperienceSummary, livedExperienceContext(application.id));
}
