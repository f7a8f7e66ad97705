import { defineQuery } from '@kindred/core';

/**
 * Records an offer unless one was made after `due` (then no row back): the conditional upsert
 * is the claim, so a repeated or concurrent sweep offers once per interval.
 */
export const claimOffer = defineQuery<{ memberId: string; now: Date; due: Date }, { memberId: string }>({
  name: 'reassessmentOffers.claimOffer',
  sql: `INSERT INTO reassessment_offers (member_id, last_offered_at) VALUES ($1, $2)
        ON CONFLICT (member_id) DO UPDATE SET last_offered_at = EXCLUDED.last_offered_at
          WHERE reassessment_offers.last_offered_at <= $3
        RETURNING member_id`,
  params: ({ memberId, now, due }) => [memberId, now, due],
  map: (row) => ({ memberId: row['member_id'] as string }),
  example: { memberId: '00000000-0000-0000-0000-000000000000', now: new Date('2026-02-01T00:00:00Z'), due: new Date('2026-01-01T00:00:00Z') },
});
