import { defineQuery } from '@kindred/core';

/** Every invitation the person sent, received or answered, and any sent to their address. */
export const eraseInvitationsOf = defineQuery<{ userId: string; email: string | null }>({
  name: 'circlesPrivacy.eraseInvitationsOf',
  sql: `DELETE FROM circle_invitations
         WHERE invitee_id = $1 OR inviter_id = $1 OR responder_id = $1 OR ($2::text IS NOT NULL AND lower(email) = lower($2))`,
  params: ({ userId, email }) => [userId, email],
  example: { userId: '00000000-0000-0000-0000-000000000000', email: 'someone@example.org' },
});
