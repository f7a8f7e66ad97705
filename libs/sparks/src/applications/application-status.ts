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
export function notNowMessage(action: SparkAction, status: SparkApplicationStatus): string {
  if (status === S.CANCELLED) return 'This application was cancelled, so nothing more can be done with it.';
  if (status === S.DECLINED) return 'A decision has already been made on this application.';
  switch (action) {
    case 'EDIT':
    case 'SUBMIT':
      return 'This application has been sent to the coordinators. You can change it if they ask for more information.';
    case 'APPROVE':
    case 'DECLINE':
    case 'ASK_FOR_INFORMATION':
      return status === S.MORE_INFO_REQUESTED
        ? 'This application is waiting for the member to answer your question.'
        : 'This application is not waiting for a decision.';
    case 'DISBURSE':
      return status === S.DISBURSED || status === S.RECEIVED ? 'This grant has already been paid.' : 'Only an approved grant can be paid.';
    case 'CONFIRM_RECEIPT':
      return status === S.RECEIVED ? 'You have already confirmed that you received this grant.' : 'This grant has not been paid yet.';
    case 'SHARE_FOLLOW_UP':
      return 'You can share how it went once you have confirmed you received the grant.';
    case 'CANCEL_AS_APPLICANT':
    case 'CANCEL_AS_COORDINATOR':
      return 'This grant has already been paid, so it can no longer be cancelled.';
  }
}
