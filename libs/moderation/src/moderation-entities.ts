import { ModerationAppeal } from './appeals/moderation-appeal.entity';
import { ModerationCase } from './cases/moderation-case.entity';
import { ModerationFinding } from './cases/moderation-finding.entity';
import { CrisisAlertConsent, CrisisMentorAlert, CrisisSupportOffer } from './crisis/crisis.entities';
import { ModerationDecision } from './decisions/moderation-decision.entity';
import { AllianceModerator } from './moderators/alliance-moderator.entity';
import { OnCallRota, OnCallShift } from './on-call/on-call.entities';
import { ModerationReport } from './reports/moderation-report.entity';
import { SupportAlert, SupportNowChoice, SupportRequest, SupportResponder } from './support-now/support-now.entities';

/** Every table moderation owns, registered by both its API and worker modules. */
export const MODERATION_ENTITIES = [
  AllianceModerator,
  ModerationCase,
  ModerationFinding,
  ModerationReport,
  ModerationDecision,
  ModerationAppeal,
  CrisisAlertConsent,
  CrisisSupportOffer,
  CrisisMentorAlert,
  SupportResponder,
  SupportNowChoice,
  SupportRequest,
  SupportAlert,
  OnCallRota,
  OnCallShift,
];
