import { NotificationKind } from '@kindred/notifications';
import { SparkEventKind } from './application-event.entity';

/** Who hears about a step, and as which kind of notification. */
export interface StepNotice {
  userId: string;
  kind: NotificationKind;
}

/** Steps that put the application in front of the coordinators for a decision. */
const NEEDS_REVIEW: readonly SparkEventKind[] = [SparkEventKind.SUBMITTED, SparkEventKind.RESUBMITTED, SparkEventKind.APPROVAL_RECORDED];
const DECISIONS: readonly SparkEventKind[] = [SparkEventKind.APPROVED, SparkEventKind.DECLINED];

/**
 * The applicant and every coordinator of the alliance hear about each step, except whoever
 * took it. A draft is the member's own: nobody hears of its creation. The applicant gets
 * GRANT_DECISION for a decision and GRANT_UPDATE otherwise; coordinators get GRANT_REVIEW
 * when a decision is wanted from them and GRANT_UPDATE otherwise.
 */
export function stepNotices(
  step: { kind: SparkEventKind; actorId: string | null },
  applicantId: string | null,
  coordinatorIds: readonly string[],
): StepNotice[] {
  if (step.kind === SparkEventKind.CREATED) return [];
  const notices: StepNotice[] = [];
  if (applicantId && applicantId !== step.actorId) {
    notices.push({ userId: applicantId, kind: DECISIONS.includes(step.kind) ? NotificationKind.GRANT_DECISION : NotificationKind.GRANT_UPDATE });
  }
  const coordinatorKind = NEEDS_REVIEW.includes(step.kind) ? NotificationKind.GRANT_REVIEW : NotificationKind.GRANT_UPDATE;
  for (const coordinatorId of new Set(coordinatorIds)) {
    if (coordinatorId !== step.actorId && coordinatorId !== applicantId) notices.push({ userId: coordinatorId, kind: coordinatorKind });
  }
  return notices;
}
