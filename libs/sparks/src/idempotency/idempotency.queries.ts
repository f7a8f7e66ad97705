import { defineQuery } from '@kindred/core';
import type { IdempotentOperation } from './idempotency-keys';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

interface KeyParams {
  actorId: string;
  operation: IdempotentOperation;
  key: string;
}

/** Claims a key for a target; returns a row only when this call was the first to claim it. */
export const claimIdempotencyKey = defineQuery<KeyParams & { targetId: string }, { targetId: string }>({
  name: 'sparkIdempotency.claimIdempotencyKey',
  sql: `INSERT INTO spark_idempotency_keys (actor_id, operation, key, target_id) VALUES ($1, $2, $3, $4)
        ON CONFLICT (actor_id, operation, key) DO NOTHING RETURNING target_id`,
  params: ({ actorId, operation, key, targetId }) => [actorId, operation, key, targetId],
  map: (row) => ({ targetId: row['target_id'] as string }),
  example: { actorId: EXAMPLE_ID, operation: 'approve', key: 'example-key', targetId: EXAMPLE_ID },
});

/** The target a key already acted on. */
export const claimedIdempotencyKey = defineQuery<KeyParams, { targetId: string }>({
  name: 'sparkIdempotency.claimedIdempotencyKey',
  sql: `SELECT target_id FROM spark_idempotency_keys WHERE actor_id = $1 AND operation = $2 AND key = $3`,
  params: ({ actorId, operation, key }) => [actorId, operation, key],
  map: (row) => ({ targetId: row['target_id'] as string }),
  example: { actorId: EXAMPLE_ID, operation: 'approve', key: 'example-key' },
});
