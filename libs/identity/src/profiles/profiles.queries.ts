import { ContentVisibility, defineQuery } from '@kindred/core';

/** Moderation's verdict on a profile intro; it leaves updated_at alone, which means "the person changed their account". */
export const setProfileIntroVisibility = defineQuery<{ userId: string; visibility: ContentVisibility; reason: string | null }>({
  name: 'profiles.setProfileIntroVisibility',
  sql: `UPDATE users SET profile_intro_visibility = $2, profile_intro_reason = $3
         WHERE id = $1 AND profile_intro IS NOT NULL AND profile_intro_visibility <> $2`,
  params: ({ userId, visibility, reason }) => [userId, visibility, reason],
  example: { userId: '00000000-0000-0000-0000-000000000000', visibility: ContentVisibility.HIDDEN, reason: 'example' },
});
