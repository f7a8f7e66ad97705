import type { ModerationDecision } from './moderation-decision.entity';
import type { ModerationDecisionObject } from './moderation-decisions.types';

export function toDecisionObject(decision: ModerationDecision): ModerationDecisionObject {
  return {
    id: decision.id,
    action: decision.action,
    subjectKind: decision.subjectKind,
    subjectId: decision.subjectRef,
    personId: decision.personId,
    reason: decision.reason,
    suspendedUntil: decision.suspendedUntil,
    reversesId: decision.reversesId,
    caseId: decision.caseId,
    createdAt: decision.createdAt,
  };
}
