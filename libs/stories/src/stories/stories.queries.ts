import { defineQuery } from '@kindred/core';
import type { EncouragementKind } from '../reactions/story-reaction.entity';

/** How many of each encouragement every story received, kinds in order. */
export const encouragementCounts = defineQuery<{ storyIds: readonly string[] }, { storyId: string; kind: EncouragementKind; count: number }>({
  name: 'stories.encouragementCounts',
  sql: `SELECT story_id, kind, count(*) AS count FROM story_reactions WHERE story_id = ANY($1) GROUP BY story_id, kind ORDER BY kind`,
  params: ({ storyIds }) => [storyIds],
  map: (row) => ({ storyId: row['story_id'] as string, kind: row['kind'] as EncouragementKind, count: Number(row['count']) }),
  example: { storyIds: ['00000000-0000-0000-0000-000000000000'] },
});
