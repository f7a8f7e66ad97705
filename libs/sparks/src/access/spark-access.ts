import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AllianceDirectory, CoordinatorsService, type AllianceStanding } from '@kindred/alliances';
import { ForbiddenError, isUuid, NotFoundError, PlatformRole, type UserMessage, type Viewer } from '@kindred/core';
import { SparkApplicationStatus } from '../applications/application-status';
import { SparkApplication } from '../applications/spark-application.entity';
import { SparkMessages } from '../sparks.messages';

export const applicationNotFound = (): NotFoundError => new NotFoundError(SparkMessages.SPARK_APPLICATION_NOT_FOUND());

/**
 * Why someone who is not a member (in recovery) of the alliance may not see or apply for its
 * small sparks, said to fit who they are: only someone who could join as a member is invited to.
 */
export function notAMemberRefusal(standing: AllianceStanding, viewer: Pick<Viewer, 'roles'>): UserMessage {
  if (standing.coordinatesElsewhere && !standing.coordinatesHere) return SparkMessages.SPARKS_NOT_FOR_OTHER_COORDINATORS();
  if (standing.activeCapacities.length > 0) return SparkMessages.SPARKS_NOT_FOR_SUPPORTERS();
  if (standing.waitingToJoin) return SparkMessages.SPARKS_AFTER_WELCOME();
  if (!viewer.roles.includes(PlatformRole.MEMBER)) return SparkMessages.SPARKS_FOR_MEMBERS_IN_RECOVERY();
  return SparkMessages.SPARKS_JOIN_FIRST();
}

/** How the viewer stands towards an application: its applicant, a coordinator of its alliance, or both. */
export interface ApplicationStanding {
  application: SparkApplication;
  asApplicant: boolean;
  asCoordinator: boolean;
}

/**
 * Who may see or touch an application, checked inside the services against the row itself
 * (the policies on the resolvers are the first gate, this is the second). Strangers are told
 * it does not exist; drafts are the member's own, so coordinators do not see them either.
 */
@Injectable()
export class SparkAccess {
  constructor(
    private readonly coordinators: CoordinatorsService,
    private readonly alliances: AllianceDirectory,
  ) {}

  /** Loads the application, locking its row when `lock` is set, and says how the viewer stands. */
  async standing(manager: EntityManager, viewer: Viewer, applicationId: string, { lock = false } = {}): Promise<ApplicationStanding> {
    if (!isUuid(applicationId)) throw applicationNotFound();
    const query = manager.getRepository(SparkApplication).createQueryBuilder('a').where('a.id = :applicationId', { applicationId });
    const application = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!application) throw applicationNotFound();
    const asApplicant = application.applicantId === viewer.userId;
    const asCoordinator =
      application.status !== SparkApplicationStatus.DRAFT && (await this.coordinators.isCoordinator(manager, viewer.userId, application.allianceId));
    if (!asApplicant && !asCoordinator) throw applicationNotFound();
    return { application, asApplicant, asCoordinator };
  }

  requireCoordinator(manager: EntityManager, viewer: Viewer, allianceId: string): Promise<void> {
    return this.coordinators.requireCoordinator(manager, viewer.userId, allianceId, SparkMessages.SPARK_MANAGE());
  }

  async requireMember(manager: EntityManager, viewer: Viewer, allianceId: string): Promise<void> {
    if (await this.alliances.isActiveMemberOf(manager, viewer.userId, allianceId)) return;
    throw new ForbiddenError(notAMemberRefusal(await this.alliances.standingOf(manager, viewer.userId, allianceId), viewer));
  }

  /** Whether the applicant is still a member, for decisions made after they applied. */
  isMember(manager: EntityManager, userId: string, allianceId: string): Promise<boolean> {
    return this.alliances.isActiveMemberOf(manager, userId, allianceId);
  }

  isCoordinator(manager: EntityManager, viewer: Viewer, allianceId: string): Promise<boolean> {
    return this.coordinators.isCoordinator(manager, viewer.userId, allianceId);
  }
}
