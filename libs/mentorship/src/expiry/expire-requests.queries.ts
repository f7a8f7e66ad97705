import { defineQuery } from '@kindred/core';

/** Every request left unanswered past its expiry, claimed in one UPDATE so each expires once. */
export const expireLapsedRequests = defineQuery<Record<string, never>, { id: string; memberId: string; allianceId: string }>({
  name: 'expireRequests.expireLapsed',
  sql: `UPDATE mentorships SET status = 'EXPIRED' WHERE status = 'REQUESTED' AND expires_at <= now() RETURNING id, member_id, alliance_id`,
  params: () => [],
  map: (row) => ({ id: row['id'] as string, memberId: row['member_id'] as string, allianceId: row['alliance_id'] as string }),
  example: {},
});
