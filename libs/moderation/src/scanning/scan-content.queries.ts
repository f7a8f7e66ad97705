import { ContentKind, defineQuery } from '@kindred/core';
import { ModerationAction } from '../moderation.enums';

/** Whether a moderator took one of `actions` on the content since it last changed. */
export const decidedSince = defineQuery<{ kind: ContentKind; ref: string; actions: readonly ModerationAction[]; since: Date }, { decided: boolean }>({
  name: 'scanContent.decidedSince',
  sql: `SELECT EXISTS (
          SELECT 1 FROM moderation_decisions
           WHERE subject_kind = $1 AND subject_ref = $2 AND action = ANY($3) AND created_at >= $4
        ) AS decided`,
  params: ({ kind, ref, actions, since }) => [kind, ref, actions, since],
  map: (row) => ({ decided: row['decided'] as boolean }),
  example: {
    kind: ContentKind.STORY,
    ref: '00000000-0000-0000-0000-000000000000',
    actions: [ModerationAction.DISMISS, ModerationAction.RESTORE],
    since: new Date('2026-01-01T00:00:00Z'),
  },
});
