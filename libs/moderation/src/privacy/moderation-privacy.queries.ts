import { defineQuery } from '@kindred/core';

const EXAMPLE = { userId: '00000000-0000-0000-0000-000000000000' };

/** Decisions about the person, or whose subject is them (the person, their profile introduction). */
export const eraseDecisionsAbout = defineQuery<{ userId: string }>({
  name: 'moderationPrivacy.eraseDecisionsAbout',
  sql: `DELETE FROM moderation_decisions WHERE person_id = $1 OR subject_ref = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});

/** Cases whose subject is the person themself (whatever the subject's kind). */
export const eraseCasesAbout = defineQuery<{ userId: string }>({
  name: 'moderationPrivacy.eraseCasesAbout',
  sql: `DELETE FROM moderation_cases WHERE subject_ref = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});

/** Decisions the person took as a moderator stay, without their name. */
export const forgetDecidingModerator = defineQuery<{ userId: string }>({
  name: 'moderationPrivacy.forgetDecidingModerator',
  sql: `UPDATE moderation_decisions SET moderator_id = NULL WHERE moderator_id = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});

/** Cases about the person's content stay, no longer tied to them. */
export const forgetCasePerson = defineQuery<{ userId: string }>({
  name: 'moderationPrivacy.forgetCasePerson',
  sql: `UPDATE moderation_cases SET person_id = NULL WHERE person_id = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});

/** Cases the person resolved as a moderator stay, without their name. */
export const forgetCaseResolver = defineQuery<{ userId: string }>({
  name: 'moderationPrivacy.forgetCaseResolver',
  sql: `UPDATE moderation_cases SET resolved_by = NULL WHERE resolved_by = $1`,
  params: ({ userId }) => [userId],
  example: EXAMPLE,
});
