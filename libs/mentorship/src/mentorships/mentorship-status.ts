import { registerEnumType } from '@nestjs/graphql';

/** Where a mentorship stands. Stored as text: never rename a value. */
export enum MentorshipStatus {
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  /** Still waiting when the mentor's last place was taken: answered at once, so the member can ask someone else. */
  MENTOR_FULL = 'MENTOR_FULL',
}

export const OPEN_STATUSES: readonly MentorshipStatus[] = [MentorshipStatus.REQUESTED, MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED];

/**
 * The state as the member sees it. A decline or an unanswered request is never shown as a
 * rejection: the member sees "not available right now", and new suggestions.
 */
export enum MentorshipState {
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  MENTOR_FULL = 'MENTOR_FULL',
}

export function stateFor(status: MentorshipStatus, asMember: boolean): MentorshipState {
  if (asMember && (status === MentorshipStatus.DECLINED || status === MentorshipStatus.EXPIRED)) return MentorshipState.NOT_AVAILABLE;
  return status as string as MentorshipState;
}

registerEnumType(MentorshipState, {
  name: 'MentorshipState',
  description: 'Where a mentorship stands, as you see it.',
  valuesMap: {
    REQUESTED: { description: 'Asked for; waiting for the mentor (7 days at most).' },
    ACTIVE: { description: 'Under way.' },
    PAUSED: { description: 'Paused by either side; it can be resumed.' },
    ENDED: { description: 'Ended by either side.' },
    NOT_AVAILABLE: { description: 'For the member: the mentor is not available right now.' },
    DECLINED: { description: 'For the mentor: you said you are not available for this request.' },
    CANCELLED: { description: 'Withdrawn, or no longer needed because another mentor accepted.' },
    EXPIRED: { description: 'For the mentor: not answered within 7 days.' },
    MENTOR_FULL: {
      description: 'The mentor’s places all filled while the request waited, so it closed at once; your suggestions show others who may be free.',
    },
  },
});
