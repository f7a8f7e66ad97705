import { defineQuery } from '@kindred/core';
import { EarlyHelpReason } from './early-help-rules';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** Closes the member's open episodes for reasons that no longer hold. */
export const settleEpisodes = defineQuery<{ memberId: string; reasons: readonly EarlyHelpReason[] }>({
  name: 'earlyHelp.settleEpisodes',
  sql: `UPDATE early_help_episodes SET closed_at = now() WHERE member_id = $1 AND reason = ANY($2) AND closed_at IS NULL`,
  params: ({ memberId, reasons }) => [memberId, reasons],
  example: { memberId: EXAMPLE_ID, reasons: [EarlyHelpReason.LOW_MOOD] },
});

/** Whether an episode for this reason was opened within the last `quietDays`. */
export const openedLately = defineQuery<{ memberId: string; reason: EarlyHelpReason; quietDays: number }, { recent: boolean }>({
  name: 'earlyHelp.openedLately',
  sql: `SELECT EXISTS (SELECT 1 FROM early_help_episodes WHERE member_id = $1 AND reason = $2 AND opened_at > now() - make_interval(days => $3)) AS recent`,
  params: ({ memberId, reason, quietDays }) => [memberId, reason, quietDays],
  map: (row) => ({ recent: row['recent'] as boolean }),
  example: { memberId: EXAMPLE_ID, reason: EarlyHelpReason.LOW_MOOD, quietDays: 14 },
});

/** Opens an episode; no row back when one is open for this reason already. */
export const openEpisode = defineQuery<{ memberId: string; reason: EarlyHelpReason }, { id: string }>({
  name: 'earlyHelp.openEpisode',
  sql: `INSERT INTO early_help_episodes (member_id, reason) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id`,
  params: ({ memberId, reason }) => [memberId, reason],
  map: (row) => ({ id: row['id'] as string }),
  example: { memberId: EXAMPLE_ID, reason: EarlyHelpReason.LOW_MOOD },
});

/** The mentor's latest alerts, newest first, with the reason of the episode behind each. */
export const alertsForMentor = defineQuery<
  { mentorId: string; limit: number },
  { id: string; memberId: string; reason: EarlyHelpReason; createdAt: Date; seenAt: Date | null }
>({
  name: 'earlyHelp.alertsForMentor',
  sql: `SELECT a.id, a.member_id, e.reason, a.created_at, a.seen_at
          FROM early_help_alerts a JOIN early_help_episodes e ON e.id = a.episode_id
         WHERE a.mentor_id = $1 ORDER BY a.created_at DESC LIMIT $2`,
  params: ({ mentorId, limit }) => [mentorId, limit],
  map: (row) => ({
    id: row['id'] as string,
    memberId: row['member_id'] as string,
    reason: row['reason'] as EarlyHelpReason,
    createdAt: row['created_at'] as Date,
    seenAt: row['seen_at'] as Date | null,
  }),
  example: { mentorId: EXAMPLE_ID, limit: 20 },
});
