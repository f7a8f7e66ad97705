import { BadUserInputError, checkLanguageCodes } from '@kindred/core';
import type { MentorGender, RecoveryPathway, WeeklySlot } from './recovery-preference.entity';
import { checkWeeklySlots } from './weekly-slots';
import { RecoveryMessages } from '../recovery.messages';

export interface RecoveryPreferencesChange {
  pathways: RecoveryPathway[];
  preferredMentorGender: MentorGender | null;
  languages: string[];
  availability: WeeklySlot[];
}

export const MAX_LANGUAGES = 10;

/** Checks and normalises a whole set of preferences; errors name the field to fix. */
export function checkRecoveryPreferences(input: RecoveryPreferencesChange): RecoveryPreferencesChange {
  if (input.languages.length > MAX_LANGUAGES) {
    throw new BadUserInputError(RecoveryMessages.TOO_MANY_LANGUAGES({ max: MAX_LANGUAGES }), { field: 'languages' });
  }
  return {
    pathways: [...new Set(input.pathways)],
    preferredMentorGender: input.preferredMentorGender ?? null,
    languages: checkLanguageCodes(input.languages, 'languages'),
    availability: checkWeeklySlots(input.availability, 'availability'),
  };
}
