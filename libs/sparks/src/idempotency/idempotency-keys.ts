import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, checkText } from '@kindred/core';
import { SparkMessages } from '../sparks.messages';
import { claimedIdempotencyKey, claimIdempotencyKey } from './idempotency.queries';

/** The operations that move money, each with its own key space. */
export type IdempotentOperation = 'approve' | 'disburse' | 'cancel' | 'add-budget';

/**
 * Exactly one effect per (person, operation, key). The key is written inside the caller's
 * transaction, before the effect: a retry after commit finds it and replays; a retry racing
 * the first request waits on the primary key until the first commits (then replays) or
 * rolls back (then runs, as if first). A failed attempt leaves no key, so it can be retried.
 */
@Injectable()
export class IdempotencyKeys {
  /** Returns 'first' when the caller should act, 'replay' when this key already acted on this target. */
  async claim(manager: EntityManager, actorId: string, operation: IdempotentOperation, key: string, targetId: string): Promise<'first' | 'replay'> {
    const checked = checkText(key, 'idempotencyKey', SparkMessages.SPARK_LABEL_IDEMPOTENCY_KEY(), { min: 8, max: 100 });
    const inserted = await claimIdempotencyKey.all(manager, { actorId, operation, key: checked, targetId });
    if (inserted.length > 0) return 'first';
    const existing = await claimedIdempotencyKey.one(manager, { actorId, operation, key: checked });
    if (existing?.targetId !== targetId) {
      throw new BadUserInputError(SparkMessages.IDEMPOTENCY_KEY_REUSED(), { field: 'idempotencyKey' });
    }
    return 'replay';
  }
}
