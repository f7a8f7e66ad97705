import { KindredError } from '@kindred/core';
import type { Locale } from '@kindred/identity';
import { SharingScope } from './sharing-scope';

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

/** What each scope shows, in the reader's words. French forms all start with son/ses, after "de". */
const READER_SCOPE_WORDS: Record<Locale, Record<SharingScope, string>> = {
  en: {
    CHECKINS: 'their check-ins',
    PLAN: 'their recovery plan',
    CAPITAL: 'their recovery capital scores',
    DIARY_SHARED: 'their diary entries',
    MILESTONES: 'their milestones',
  },
  fr: {
    CHECKINS: 'ses bilans d’humeur et d’envies',
    PLAN: 'son plan de rétablissement',
    CAPITAL: 'ses scores de capital de rétablissement',
    DIARY_SHARED: 'ses pages de journal',
    MILESTONES: 'ses étapes de rétablissement',
  },
};

type Words = (what: string, name: string, date: string) => string;

const ENDED_WORDS: Record<Locale, Record<'REVOKED_BY_OWNER' | 'EXPIRED' | 'LEFT_CIRCLE' | 'REMOVED_FROM_CIRCLE' | 'MENTORSHIP_ENDED' | 'OTHER', Words>> = {
  en: {
    REVOKED_BY_OWNER: (what, name) =>
      `${name} has stopped sharing ${what} with you. That is their choice to make, and they can share again whenever they like. You can still be there for them.`,
    EXPIRED: (what, name, date) => `${name}’s sharing of ${what} with you came to its planned end on ${date}. They can share again whenever they like.`,
    LEFT_CIRCLE: (what, name) => `${name} no longer shares ${what} with you: sharing ended when you left their support circle.`,
    REMOVED_FROM_CIRCLE: (what, name) => `${name} no longer shares ${what} with you: sharing ended because you are no longer in their support circle.`,
    MENTORSHIP_ENDED: (what, name) => `${name} no longer shares ${what} with you: sharing ended when your mentorship ended.`,
    OTHER: (what, name) => `${name} no longer shares ${what} with you. They can share again whenever they like.`,
  },
  fr: {
    REVOKED_BY_OWNER: (what, name) =>
      `${name} a arrêté de partager ${what} avec vous. C’est son choix, et le partage peut reprendre quand bon lui semble. Vous pouvez toujours rester à ses côtés.`,
    EXPIRED: (what, name, date) => `Le partage de ${what} a pris fin le ${date}, à la date prévue. ${name} peut le partager à nouveau quand bon lui semble.`,
    LEFT_CIRCLE: (what, name) => `Le partage de ${what} a pris fin quand vous avez quitté le cercle de soutien de ${name}.`,
    REMOVED_FROM_CIRCLE: (what, name) => `Le partage de ${what} a pris fin, car vous ne faites plus partie du cercle de soutien de ${name}.`,
    MENTORSHIP_ENDED: (what, name) => `Le partage de ${what} a pris fin avec votre mentorat avec ${name}.`,
    OTHER: (what, name) => `Le partage de ${what} a pris fin du côté de ${name}, qui peut le partager à nouveau quand bon lui semble.`,
  },
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
    const words = ENDED_WORDS[reader.locale] ?? ENDED_WORDS.en;
    const say = words[ended.reason as keyof typeof words] ?? words.OTHER;
    const date = new Intl.DateTimeFormat(reader.locale, { dateStyle: 'long', timeZone: reader.timeZone }).format(ended.endedAt);
    const what = (READER_SCOPE_WORDS[reader.locale] ?? READER_SCOPE_WORDS.en)[ended.scope];
    super(SHARING_ENDED, say(what, ended.ownerName, date), { endedBy: endedBy(ended.reason), reason: ended.reason, endedAt: ended.endedAt.toISOString() });
  }
}
