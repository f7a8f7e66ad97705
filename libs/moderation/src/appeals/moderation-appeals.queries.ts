import { defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** Whether `decidedAt` is more than `windowDays` ago by the database's clock, the one decisions are stamped with. */
export const appealWindowPassed = defineQuery<{ decidedAt: Date; windowDays: number }, { late: boolean }>({
  name: 'moderationAppeals.appealWindowPassed',
  sql: `SELECT $1::timestamptz < now() - make_interval(days => $2) AS late`,
  params: ({ decidedAt, windowDays }) => [decidedAt, windowDays],
  map: (row) => ({ late: row['late'] as boolean }),
  example: { decidedAt: new Date('2026-01-01T00:00:00Z'), windowDays: 20 },
});

/** Files the appeal; no row back when the decision was appealed already (one appeal per decision). */
export const insertAppeal = defineQuery<{ id: string; decisionId: string; appellantId: string; sealedStatement: string }, { id: string }>({
  name: 'moderationAppeals.insertAppeal',
  sql: `INSERT INTO moderation_appeals (id, decision_id, appellant_id, statement) VALUES ($1, $2, $3, $4)
        ON CONFLICT (decision_id) DO NOTHING RETURNING id`,
  params: ({ id, decisionId, appellantId, sealedStatement }) => [id, decisionId, appellantId, sealedStatement],
  map: (row) => ({ id: row['id'] as string }),
  example: { id: EXAMPLE_ID, decisionId: EXAMPLE_ID, appellantId: EXAMPLE_ID, sealedStatement: 'sealed' },
});
