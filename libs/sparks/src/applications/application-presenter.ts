import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@kindred/core';
import { RecoveryGoals, type RecoveryGoalSummary } from '@kindred/plans';
import { ERASED_DISPLAY_NAME, PeopleDirectory } from '@kindred/identity';
import type { SparkApplication } from './spark-application.entity';
import type { SparkApplicationObject, SparkRecoveryGoalObject } from './spark-application.types';
import { approvalsOfApplications } from './applications.queries';
import { SparkTexts } from './spark-texts';

/** Turns rows into what the API shows: names and approvals for a whole page in two queries. */
@Injectable()
export class ApplicationPresenter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly texts: SparkTexts,
    private readonly goals: RecoveryGoals,
  ) {}

  async one(viewer: Viewer, application: SparkApplication): Promise<SparkApplicationObject> {
    return (await this.many(viewer, [application]))[0]!;
  }

  async many(viewer: Viewer, applications: readonly SparkApplication[]): Promise<SparkApplicationObject[]> {
    if (applications.length === 0) return [];
    const ids = applications.map((application) => application.id);
    const approvals = await approvalsOfApplications.all(this.dataSource.manager, { applicationIds: ids, viewerId: viewer.userId });
    const approvalsOf = new Map(approvals.map((row) => [row.applicationId, row]));
    const names = await this.people.summaries(applications.flatMap((application) => (application.applicantId ? [application.applicantId] : [])));
    const goals = await this.goals.goalsByIds(applications.flatMap((application) => (application.recoveryGoalId ? [application.recoveryGoalId] : [])));
    return applications.map((application) => ({
      id: application.id,
      fundId: application.fundId,
      allianceId: application.allianceId,
      mine: application.applicantId === viewer.userId,
      applicantId: application.applicantId,
      applicantDisplayName: application.applicantId ? (names.get(application.applicantId)?.displayName ?? ERASED_DISPLAY_NAME) : ERASED_DISPLAY_NAME,
      amount: application.amount,
      currency: application.currency,
      category: application.category,
      nextStep: this.texts.open(application.id, 'next_step', application.nextStep),
      recoveryGoalId: application.recoveryGoalId,
      recoveryGoal: linkedGoal(viewer, application, goals),
      neededBy: application.neededBy,
      status: application.status,
      approvalsRequired: application.approvalsRequired,
      approvalsGiven: approvalsOf.get(application.id)?.given ?? 0,
      approvedByMe: approvalsOf.get(application.id)?.byMe ?? false,
      infoRequest: this.texts.open(application.id, 'info_request', application.infoRequest),
      declineReason: this.texts.open(application.id, 'decline_reason', application.declineReason),
      followUpOutcome: application.followUpOutcome,
      followUpNote: this.texts.open(application.id, 'follow_up_note', application.followUpNote),
      createdAt: application.createdAt,
      submittedAt: application.submittedAt,
      decidedAt: application.decidedAt,
      disbursedAt: application.disbursedAt,
      receivedAt: application.receivedAt,
      cancelledAt: application.cancelledAt,
    }));
  }
}

/** The linked goal while it is still in the applicant's plan; its words only for the applicant. */
function linkedGoal(viewer: Viewer, application: SparkApplication, goals: ReadonlyMap<string, RecoveryGoalSummary>): SparkRecoveryGoalObject | null {
  const goal = application.recoveryGoalId ? goals.get(application.recoveryGoalId) : undefined;
  if (!goal || goal.ownerId !== application.applicantId) return null;
  return { id: goal.id, domain: goal.domain, title: application.applicantId === viewer.userId ? goal.title : null, status: goal.status };
}
