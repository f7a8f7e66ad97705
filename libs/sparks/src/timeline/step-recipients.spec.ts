import { NotificationKind } from '@kindred/notifications';
import { SparkEventKind } from './application-event.entity';
import { stepNotices } from './step-recipients';

describe('who hears about a step', () => {
  const applicant = 'a';
  const coordinators = ['c1', 'c2'];

  it('asks the coordinators to review a submission, and leaves the member who submitted alone', () => {
    expect(stepNotices({ kind: SparkEventKind.SUBMITTED, actorId: applicant }, applicant, coordinators)).toEqual([
      { userId: 'c1', kind: NotificationKind.GRANT_REVIEW },
      { userId: 'c2', kind: NotificationKind.GRANT_REVIEW },
    ]);
  });

  it('tells the applicant of a decision, and the other coordinators that it was made', () => {
    expect(stepNotices({ kind: SparkEventKind.APPROVED, actorId: 'c1' }, applicant, coordinators)).toEqual([
      { userId: applicant, kind: NotificationKind.GRANT_DECISION },
      { userId: 'c2', kind: NotificationKind.GRANT_UPDATE },
    ]);
  });

  it('asks the other coordinator for the second approval', () => {
    expect(stepNotices({ kind: SparkEventKind.APPROVAL_RECORDED, actorId: 'c1' }, applicant, coordinators)).toEqual([
      { userId: applicant, kind: NotificationKind.GRANT_UPDATE },
      { userId: 'c2', kind: NotificationKind.GRANT_REVIEW },
    ]);
  });

  it('tells nobody about a draft, and nobody who is gone', () => {
    expect(stepNotices({ kind: SparkEventKind.CREATED, actorId: applicant }, applicant, coordinators)).toEqual([]);
    expect(stepNotices({ kind: SparkEventKind.CANCELLED, actorId: 'c1' }, null, ['c1'])).toEqual([]);
  });

  it('never asks a coordinator to review their own application', () => {
    expect(stepNotices({ kind: SparkEventKind.SUBMITTED, actorId: 'c2' }, 'c2', coordinators)).toEqual([{ userId: 'c1', kind: NotificationKind.GRANT_REVIEW }]);
  });
});
