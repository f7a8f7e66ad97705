import { defineQuery } from '@kindred/core';

/** Whose entries were shared with the person, and when, oldest first: for their export. */
export const entriesSharedWith = defineQuery<{ granteeId: string }, { ownerId: string; sharedAt: Date }>({
  name: 'diaryPrivacy.entriesSharedWith',
  sql: `SELECT entry.owner_id, share.shared_at
          FROM diary_entry_shares share JOIN diary_entries entry ON entry.id = share.entry_id
         WHERE share.grantee_id = $1
         ORDER BY share.shared_at`,
  params: ({ granteeId }) => [granteeId],
  map: (row) => ({ ownerId: row['owner_id'] as string, sharedAt: row['shared_at'] as Date }),
  example: { granteeId: '00000000-0000-0000-0000-000000000000' },
});
