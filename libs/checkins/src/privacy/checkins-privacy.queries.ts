import { defineQuery } from '@kindred/core';

const EXAMPLE = { userId: '00000000-0000-0000-0000-000000000000' };

/** How many early-help alerts the person received as a mentor (not about whom). */
export const countAlertsReceived = defineQuery<{ userId: string }, { count: number }>({
  name: 'checkinsPrivacy.countAlertsReceived',
  sql: `SELECT count(*) AS count FROM early_help_alerts WHERE mentor_id = $1`,
  params: ({ userId }) => [userId],
  map: (row) => ({ count: Number(row['count']) }),
  example: EXAMPLE,
});

/** Alerts the person received as a mentor and alerts about them. */
export const eraseAlertsOf = defineQuery<{ userId: string }>({
  name: 'checkinsPrivacy.eraseAlertsOf',
  sql: `DELETE FROM early_help_alerts WHERE mentor_id = $1 OR member_id = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});

export const eraseEpisodesOf = defineQuery<{ userId: string }>({
  name: 'checkinsPrivacy.eraseEpisodesOf',
  sql: `DELETE FROM early_help_episodes WHERE member_id = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});

export const eraseCheckinsOf = defineQuery<{ userId: string }>({
  name: 'checkinsPrivacy.eraseCheckinsOf',
  sql: `DELETE FROM checkins WHERE member_id = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});

export const erasePreferencesOf = defineQuery<{ userId: string }>({
  name: 'checkinsPrivacy.erasePreferencesOf',
  sql: `DELETE FROM checkin_preferences WHERE member_id = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});

export const eraseReassessmentOfferOf = defineQuery<{ userId: string }>({
  name: 'checkinsPrivacy.eraseReassessmentOfferOf',
  sql: `DELETE FROM reassessment_offers WHERE member_id = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});
