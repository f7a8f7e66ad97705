import { renderMessage } from '@kindred/core';
import { ALLOWED_FROM, allows, notNowMessage, SparkApplicationStatus, type SparkAction } from './application-status';

const S = SparkApplicationStatus;

describe('the application state machine', () => {
  const expected: Record<SparkAction, SparkApplicationStatus[]> = {
    EDIT: [S.DRAFT, S.MORE_INFO_REQUESTED],
    SUBMIT: [S.DRAFT, S.MORE_INFO_REQUESTED],
    APPROVE: [S.SUBMITTED],
    DECLINE: [S.SUBMITTED],
    ASK_FOR_INFORMATION: [S.SUBMITTED],
    DISBURSE: [S.APPROVED],
    CONFIRM_RECEIPT: [S.DISBURSED],
    SHARE_FOLLOW_UP: [S.RECEIVED],
    CANCEL_AS_APPLICANT: [S.DRAFT, S.SUBMITTED, S.MORE_INFO_REQUESTED, S.APPROVED],
    CANCEL_AS_COORDINATOR: [S.SUBMITTED, S.MORE_INFO_REQUESTED, S.APPROVED],
  };

  it.each(Object.keys(ALLOWED_FROM) as SparkAction[])('%s starts only from its states, and every other state is refused in words', (action) => {
    for (const status of Object.values(S)) {
      expect(allows(action, status)).toBe(expected[action].includes(status));
      if (!allows(action, status)) expect(renderMessage(notNowMessage(action, status), 'en')?.length).toBeGreaterThan(20);
    }
  });

  it('ends in declined, received and cancelled: nothing leaves them but a follow-up after receipt', () => {
    for (const action of Object.keys(ALLOWED_FROM) as SparkAction[]) {
      expect(allows(action, S.DECLINED)).toBe(false);
      expect(allows(action, S.CANCELLED)).toBe(false);
      expect(allows(action, S.RECEIVED)).toBe(action === 'SHARE_FOLLOW_UP');
    }
  });
});
