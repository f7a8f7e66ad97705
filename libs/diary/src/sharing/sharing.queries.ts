import { defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Shares an entry with each grantee under the given grant; a share whose grant changes is
 * shared anew (its date moves), one whose grant is the same keeps its date.
 */
export const upsertEntryShares = defineQuery<{ entryId: string; shares: readonly (readonly [granteeId: string, grantId: string])[] }>({
  name: 'sharing.upsertEntryShares',
  sql: `INSERT INTO diary_entry_shares (entry_id, grantee_id, grant_id)
        SELECT $1, grantee_id, grant_id FROM unnest($2::uuid[], $3::uuid[]) AS given (grantee_id, grant_id)
        ON CONFLICT (entry_id, grantee_id) DO UPDATE
          SET grant_id = EXCLUDED.grant_id,
              shared_at = CASE WHEN diary_entry_shares.grant_id = EXCLUDED.grant_id THEN diary_entry_shares.shared_at ELSE now() END`,
  params: ({ entryId, shares }) => [entryId, shares.map(([granteeId]) => granteeId), shares.map(([, grantId]) => grantId)],
  example: { entryId: EXAMPLE_ID, shares: [[EXAMPLE_ID, EXAMPLE_ID]] },
});
