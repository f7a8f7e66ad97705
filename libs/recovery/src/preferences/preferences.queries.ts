import { defineQuery } from '@kindred/core';
import type { RecoveryPreferencesChange } from './recovery-preferences-input';

/** Replaces a person's preferences in one statement, whether or not a row exists yet. */
export const savePreferences = defineQuery<{ userId: string; preferences: RecoveryPreferencesChange }>({
  name: 'preferences.savePreferences',
  sql: `INSERT INTO recovery_preferences (user_id, pathways, preferred_mentor_gender, languages, availability, updated_at)
        VALUES ($1, $2, $3, $4, $5::jsonb, now())
        ON CONFLICT (user_id) DO UPDATE SET
          pathways = EXCLUDED.pathways,
          preferred_mentor_gender = EXCLUDED.preferred_mentor_gender,
          languages = EXCLUDED.languages,
          availability = EXCLUDED.availability,
          updated_at = now()`,
  params: ({ userId, preferences }) => [
    userId,
    preferences.pathways,
    preferences.preferredMentorGender,
    preferences.languages,
    JSON.stringify(preferences.availability),
  ],
  example: {
    userId: '00000000-0000-0000-0000-000000000000',
    preferences: { pathways: [], preferredMentorGender: null, languages: ['en'], availability: [] },
  },
});
