import { definePersonStatement } from '@kindred/core';

/** The earlier versions of the person's own messages. */
export const deleteVersionsAuthoredBy = definePersonStatement(
  'messagingPrivacy.deleteVersionsAuthoredBy',
  `DELETE FROM message_versions v USING messages m WHERE v.message_id = m.id AND m.author_id = $1`,
);

export const deleteBlocksInvolving = definePersonStatement(
  'messagingPrivacy.deleteBlocksInvolving',
  `DELETE FROM blocks WHERE blocker_id = $1 OR blocked_id = $1`,
);
