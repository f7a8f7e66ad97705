import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { Alliance } from '../alliances/alliance.entity';
import { AllianceCoordinator } from '../coordinators/alliance-coordinator.entity';
import { AllianceMembership } from '../memberships/alliance-membership.entity';
import { MentorApplication } from '../mentor-vetting/mentor-application.entity';
import { livedExperienceContext, openLivedExperience } from '../mentor-vetting/mentor-vetting.service';

/**
 * Alliances' share of export and erasure. A person's own memberships, appointments and
 * applications are deleted; where they only acted on someone else's row (deciding a
 * request, appointing a coordinator, creating an alliance) their id is removed, the row kept.
 */
@EncryptedColumns([{ table: 'mentor_applications', column: 'lived_experience_summary', context: (row) => livedExperienceContext(row.id) }])
@PersonalData()
@Injectable()
export class AlliancesPersonalData implements PersonalDataContributor {
  readonly domain = 'alliances';

  constructor(private readonly cipher: FieldCipher) {}

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'alliances', personColumns: ['created_by'] },
    { table: 'alliance_coordinators', personColumns: ['user_id', 'appointed_by'] },
    { table: 'alliance_memberships', personColumns: ['user_id', 'decided_by'] },
    { table: 'mentor_applications', personColumns: ['user_id', 'decided_by'] },
  ];

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const memberships = await manager.getRepository(AllianceMembership).find({ where: { userId }, order: { requestedAt: 'ASC' } });
    const coordinatorships = await manager.getRepository(AllianceCoordinator).find({ where: { userId }, order: { appointedAt: 'ASC' } });
    const applications = await manager.getRepository(MentorApplication).find({ where: { userId }, order: { createdAt: 'ASC' } });
    return {
      memberships: memberships.map(({ allianceId, capacity, status, requestedAt, decidedAt, declineReason, leftAt }) => ({
        allianceId,
        capacity,
        status,
        requestedAt,
        decidedAt,
        declineReason,
        leftAt,
      })),
      coordinatorships: coordinatorships.map(({ allianceId, appointedAt, endedAt }) => ({ allianceId, appointedAt, endedAt })),
      mentorApplications: applications.map(({ userId: _owner, decidedBy: _decidedBy, ...application }) => ({
        ...application,
        livedExperienceSummary: openLivedExperience(this.cipher, application),
      })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(MentorApplication, { userId });
    await manager.delete(AllianceMembership, { userId });
    await manager.delete(AllianceCoordinator, { userId });
    await manager.update(MentorApplication, { decidedBy: userId }, { decidedBy: null });
    await manager.update(AllianceMembership, { decidedBy: userId }, { decidedBy: null });
    await manager.update(AllianceCoordinator, { appointedBy: userId }, { appointedBy: null });
    await manager.update(Alliance, { createdBy: userId }, { createdBy: null });
  }
}
