import type { UserMessage } from '@kindred/core';
import { SparkMessages } from '../sparks.messages';

/** Where an application stands. Stored as text: never rename a value. */
export enum SparkApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  MORE_INFO_REQUESTED = 'MORE_INFO_REQUESTED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  DISBURSED = 'DISBURSED',
  RECEIVED = 'RECEIVED',
  CANCELLED = 'CANCELLED',
}

/** What a person can do to an application. */
export type SparkAction =
  | 'EDIT'
  | 'SUBMIT'
  | 'APPROVE'
  | 'DECLINE'
  | 'ASK_FOR_INFORMATION'
  | 'DISBURSE'
  | 'CONFIRM_RECEIPT'
  | 'SHARE_FOLLOW_UP'
  | 'CANCEL_AS_APPLICANT'
  | 'CANCEL_AS_COORDINATOR';

const S = SparkApplicationStatus;

/** From which states each action may start: the whole state machine in one table. */
export const ALLOWED_FROM: Record<SparkAction, readonly SparkApplicationStatus[]> = {
  EDIT: [S.DRAFT, S.MORE_INFO_REQUESTED],
  SUBMIT: [S.DRAFT, S.MORE_INFO_REQUESTED],
  APPROVE: [S.SUBMITTED],
  DECLINE: [S.SUBMITTED],
  ASK_FOR_INFORMATION: [S.SUBMITTED],
  DISBURSE: [S.APPROVED],
  CONFIRM_RECEIPT: [S.DISBURSED],
  SHARE_FOLLOW_UP: [S.RECEIVED],
  CANCEL_AS_APPLICANT: [S.DRAFT, S.SUBMITTED, S.MORE_INFO_REQUESTED, S.APPROVED],
  // Coordinators never see drafts: they are the member's own until submitted.
  CANCEL_AS_COORDINATOR: [S.SUBMITTED, S.MORE_INFO_REQUESTED, S.APPROVED],
};

export function allows(action: SparkAction, status: SparkApplicationStatus): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** Grants that count against the per-person cap: approved, whether paid yet or not. */
export const GRANTED_STATUSES: readonly SparkApplicationStatus[] = [S.APPROVED, S.DISBURSED, S.RECEIVED];

/** Why an action cannot happen in the current state, in plain words. */
export function notNowMessage(action: SparkAction, status: SparkApplicationStatus): UserMessage {
  if (status === S.CANCELLED) return SparkMessages.SPARK_CANCELLED();
  if (status === S.DECLINED) return SparkMessages.SPARK_ALREADY_DECIDED();
  switch (action) {
    case 'EDIT':
    case 'SUBMIT':
      return SparkMessages.SPARK_SENT_TO_COORDINATORS();
    case 'APPROVE':
    case 'DECLINE':
    case 'ASK_FOR_INFORMATION':
      return status === S.MORE_INFO_REQUESTED ? SparkMessages.SPARK_WAITING_FOR_MEMBER() : SparkMessages.SPARK_NOT_WAITING_FOR_DECISION();
    case 'DISBURSE':
      return status === S.DISBURSED || status === S.RECEIVED ? SparkMessages.GRANT_ALREADY_PAID() : SparkMessages.ONLY_APPROVED_GRANT_PAID();
    case 'CONFIRM_RECEIPT':
      return status === S.RECEIVED ? SparkMessages.RECEIPT_ALREADY_CONFIRMED() : SparkMessages.GRANT_NOT_PAID_YET();
    case 'SHARE_FOLLOW_UP':
      return SparkMessages.FOLLOW_UP_AFTER_RECEIPT();
    case 'CANCEL_AS_APPLICANT':
    case 'CANCEL_AS_COORDINATOR':
      return SparkMessages.GRANT_PAID_CANNOT_CANCEL();
  }
}
