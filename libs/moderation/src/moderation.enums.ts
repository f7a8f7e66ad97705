import { registerEnumType } from '@nestjs/graphql';
import { ContentKind } from '@kindred/core';

/** What a moderation case is about: a piece of content, or a person as a whole. */
export enum CaseSubjectKind {
  MESSAGE = 'MESSAGE',
  STORY = 'STORY',
  PROFILE = 'PROFILE',
  PERSON = 'PERSON',
}

export const contentKindOf = (kind: CaseSubjectKind): ContentKind | null => (kind === CaseSubjectKind.PERSON ? null : (kind as string as ContentKind));

/** How urgent a case is; the highest of its findings and reports. */
export enum CaseSeverity {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export const SEVERITY_RANK: Record<CaseSeverity, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

export enum CaseStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/** Why someone reported; each maps to a severity for the queue. */
export enum ReportReason {
  HARASSMENT = 'HARASSMENT',
  DRUG_SELLING = 'DRUG_SELLING',
  SPAM = 'SPAM',
  STIGMATIZING_LANGUAGE = 'STIGMATIZING_LANGUAGE',
  SAFETY_CONCERN = 'SAFETY_CONCERN',
  OTHER = 'OTHER',
}

export const REPORT_SEVERITY: Record<ReportReason, CaseSeverity> = {
  HARASSMENT: CaseSeverity.HIGH,
  DRUG_SELLING: CaseSeverity.HIGH,
  SAFETY_CONCERN: CaseSeverity.HIGH,
  SPAM: CaseSeverity.MEDIUM,
  STIGMATIZING_LANGUAGE: CaseSeverity.LOW,
  OTHER: CaseSeverity.MEDIUM,
};

/** What a moderator decides. The last four undo earlier decisions. */
export enum ModerationAction {
  DISMISS = 'DISMISS',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  WARN = 'WARN',
  SUSPEND = 'SUSPEND',
  BAN = 'BAN',
  WITHDRAW_WARNING = 'WITHDRAW_WARNING',
  LIFT_SUSPENSION = 'LIFT_SUSPENSION',
  UNBAN = 'UNBAN',
}

/** Each decision that can be undone, and the decision that undoes it. */
export const REVERSAL_OF: Partial<Record<ModerationAction, ModerationAction>> = {
  HIDE: ModerationAction.RESTORE,
  RESTORE: ModerationAction.HIDE,
  WARN: ModerationAction.WITHDRAW_WARNING,
  SUSPEND: ModerationAction.LIFT_SUSPENSION,
  BAN: ModerationAction.UNBAN,
};

/** Decisions against a person, which they may appeal once. */
export const APPEALABLE_ACTIONS: readonly ModerationAction[] = [ModerationAction.HIDE, ModerationAction.WARN, ModerationAction.SUSPEND, ModerationAction.BAN];

export enum ReportOutcome {
  ACTION_TAKEN = 'ACTION_TAKEN',
  NO_ACTION = 'NO_ACTION',
}

export enum AppealStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  OVERTURNED = 'OVERTURNED',
}

registerEnumType(CaseSubjectKind, {
  name: 'ModerationSubjectKind',
  description: 'What a moderation case is about.',
  valuesMap: {
    MESSAGE: { description: 'A message in a conversation.' },
    STORY: { description: 'A story of hope.' },
    PROFILE: { description: 'A person’s profile introduction.' },
    PERSON: { description: 'A person as a whole.' },
  },
});
registerEnumType(CaseSeverity, {
  name: 'ModerationSeverity',
  description: 'How urgent a case is.',
  valuesMap: {
    HIGH: { description: 'Harassment, slurs or dealing: held from others until a moderator decides, unless the person is reaching out in crisis.' },
    MEDIUM: { description: 'Spam or links: held until a moderator checks.' },
    LOW: { description: 'Reported words that may hurt; nothing is held.' },
  },
});
registerEnumType(CaseStatus, {
  name: 'ModerationCaseStatus',
  description: 'Whether a case awaits a moderator.',
  valuesMap: { OPEN: { description: 'Awaiting a decision.' }, RESOLVED: { description: 'Decided.' } },
});
registerEnumType(ReportReason, {
  name: 'ReportReason',
  description: 'Why you are reporting.',
  valuesMap: {
    HARASSMENT: { description: 'Harassment, threats, insults or slurs.' },
    DRUG_SELLING: { description: 'Buying, selling or offering drugs.' },
    SPAM: { description: 'Spam, advertising or suspicious links.' },
    STIGMATIZING_LANGUAGE: { description: 'Words that shame or label people.' },
    SAFETY_CONCERN: { description: 'You are worried about someone’s safety.' },
    OTHER: { description: 'Something else that makes Kindred feel unsafe.' },
  },
});
registerEnumType(ModerationAction, {
  name: 'ModerationAction',
  description: 'A moderator’s decision.',
  valuesMap: {
    DISMISS: { description: 'No rule was broken: the case closes and held content returns.' },
    HIDE: { description: 'The content is hidden from everyone but its author.' },
    RESTORE: { description: 'Hidden content is shown again.' },
    WARN: { description: 'The person is warned.' },
    SUSPEND: { description: 'The person cannot send or post for a number of days.' },
    BAN: { description: 'The person can no longer send or post.' },
    WITHDRAW_WARNING: { description: 'A warning is withdrawn.' },
    LIFT_SUSPENSION: { description: 'A suspension ends early.' },
    UNBAN: { description: 'A ban is lifted.' },
  },
});
registerEnumType(ReportOutcome, {
  name: 'ReportOutcome',
  description: 'What came of a report, without details.',
  valuesMap: {
    ACTION_TAKEN: { description: 'A moderator acted on it.' },
    NO_ACTION: { description: 'A moderator looked and found no rule broken.' },
  },
});
registerEnumType(AppealStatus, {
  name: 'AppealStatus',
  description: 'Where an appeal stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for a different moderator.' },
    UPHELD: { description: 'The decision stands.' },
    OVERTURNED: { description: 'The decision was undone.' },
  },
});
