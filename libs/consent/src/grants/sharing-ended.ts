import { KindredError, type UserMessage } from '@kindred/core';
import type { Locale } from '@kindred/identity';
import { SharingScope } from './sharing-scope';
import { ConsentMessages } from '../consent.messages';

/** The code a reader meets when what was shared with them was stopped or came to its end. */
export const SHARING_ENDED = 'SHARING_ENDED';

/** Who or what ended it: the owner, the end date agreed, or the relationship behind it. */
export type SharingEndedBy = 'OWNER' | 'END_DATE' | 'RELATIONSHIP';

/** What the reader held, and how it ended, for the words they are told. */
export interface EndedSharing {
  scope: SharingScope;
  ownerName: string;
  /** The grant's revoked_reason, or EXPIRED when its date came. */
  reason: string;
  endedAt: Date;
}

/** What each scope shows, in the reader's words (French forms all start with son/ses, after "de"). */
const READER_SCOPE_WORDS: Record<SharingScope, UserMessage> = {
  CHECKINS: ConsentMessages.SHARED_CHECKINS_OF_READER(),
  PLAN: ConsentMessages.SHARED_PLAN_OF_READER(),
  CAPITAL: ConsentMessages.SHARED_CAPITAL_OF_READER(),
  DIARY_SHARED: ConsentMessages.SHARED_DIARY_OF_READER(),
  MILESTONES: ConsentMessages.SHARED_MILESTONES_OF_READER(),
};

const ENDED_WORDS: Record<string, (params: { name: string; what: UserMessage; date: string }) => UserMessage> = {
  REVOKED_BY_OWNER: ConsentMessages.SHARING_REVOKED_BY_OWNER,
  EXPIRED: ConsentMessages.SHARING_EXPIRED,
  LEFT_CIRCLE: ConsentMessages.SHARING_ENDED_LEFT_CIRCLE,
  REMOVED_FROM_CIRCLE: ConsentMessages.SHARING_ENDED_REMOVED_FROM_CIRCLE,
  MENTORSHIP_ENDED: ConsentMessages.SHARING_ENDED_MENTORSHIP_ENDED,
};

function endedBy(reason: string): SharingEndedBy {
  if (reason === 'REVOKED_BY_OWNER') return 'OWNER';
  if (reason === 'EXPIRED') return 'END_DATE';
  return 'RELATIONSHIP';
}

/**
 * Told to someone who held a grant of this scope that was stopped or reached its end, instead
 * of "not found": they knew it was shared, so they are told plainly, and kindly, that it ended
 * and how. Someone who never held one is still told "not found", so nothing leaks to strangers.
 */
export class SharingEndedError extends KindredError {
  constructor(ended: EndedSharing, reader: { locale: Locale; timeZone: string }) {
    const say = ENDED_WORDS[ended.reason] ?? ConsentMessages.SHARING_ENDED_OTHER;
    // The date is written for the reader, who is the person this refusal is said to.
    const date = new Intl.DateTimeFormat(reader.locale, { dateStyle: 'long', timeZone: reader.timeZone }).format(ended.endedAt);
    super(SHARING_ENDED, say({ name: ended.ownerName, what: READER_SCOPE_WORDS[ended.scope], date }), {
      endedBy: endedBy(ended.reason),
      reason: ended.reason,
      endedAt: ended.endedAt.toISOString(),
    });
  }
}
