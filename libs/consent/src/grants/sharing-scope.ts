import { registerEnumType } from '@nestjs/graphql';

/** What a member may share, one grant per scope: consent is never bundled. Stored as text. */
export enum SharingScope {
  CHECKINS = 'CHECKINS',
  PLAN = 'PLAN',
  CAPITAL = 'CAPITAL',
  DIARY_SHARED = 'DIARY_SHARED',
  MILESTONES = 'MILESTONES',
}

/** Which information each scope discloses, in the words the consent statement uses. */
export const SCOPE_WORDS: Record<SharingScope, string> = {
  CHECKINS: 'a summary of your check-ins (mood and cravings), never your notes',
  PLAN: 'your recovery plan: its goals and your progress',
  CAPITAL: 'your recovery capital scores (BARC-10 and domain ratings), never your notes',
  DIARY_SHARED: 'only the diary entries you choose to share, one by one',
  MILESTONES: 'your milestones, such as days in recovery',
};

registerEnumType(SharingScope, {
  name: 'SharingScope',
  description: 'What a member may share with a supporter or mentor; each is granted on its own.',
  valuesMap: {
    CHECKINS: { description: 'A summary of check-ins (mood and cravings).' },
    PLAN: { description: 'The recovery plan: goals and progress.' },
    CAPITAL: { description: 'Recovery capital scores.' },
    DIARY_SHARED: { description: 'Only diary entries the member shares explicitly.' },
    MILESTONES: { description: 'Milestones, such as days in recovery.' },
  },
});
