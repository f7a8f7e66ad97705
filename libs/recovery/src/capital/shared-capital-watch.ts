import { Injectable } from '@nestjs/common';
import { Authenticator, EventBus, type KindredError, type Viewer } from '@kindred/core';
import { grantsTopic } from '@kindred/consent';
import { capitalTopic } from './capital-events';
import { RecoveryCapitalAccess } from './recovery-capital-access';
import type { RecoveryCapitalObject } from './recovery-capital.types';

/** One event of the live view: the capital to show, or, last, why sharing ended. */
export type SharedCapitalEvent = RecoveryCapitalObject | KindredError;

const SIGNED_OUT = 'SIGNED_OUT';

/**
 * A grantee's live view of someone's recovery capital: one event each time the owner records
 * an assessment or rating. The grant is checked again for every event, and a revocation ends
 * the stream at once (consent announces it on the grantee's topic), its last event telling
 * the grantee that sharing ended. What each event shows is read, and logged, by the field
 * resolvers.
 */
@Injectable()
export class SharedCapitalWatch {
  constructor(
    private readonly events: EventBus,
    private readonly access: RecoveryCapitalAccess,
    private readonly authenticator: Authenticator,
  ) {}

  async watch(viewer: Viewer, ownerId: string): Promise<AsyncIterableIterator<SharedCapitalEvent>> {
    await this.access.assertSharedWith(viewer, ownerId);
    const redisclosureNotice = await this.access.redisclosureNotice(viewer);
    const updates = await this.events.subscribe(capitalTopic(ownerId));
    const revocations = await this.events.subscribe(grantsTopic(viewer.userId));
    let nextUpdate = updates.next();
    let nextRevocation = revocations.next();
    let finished = false;
    const finish = async (): Promise<IteratorReturnResult<undefined>> => {
      finished = true;
      await Promise.all([updates.return?.(), revocations.return?.()]);
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<SharedCapitalEvent> = {
      next: async () => {
        while (!finished) {
          const [kind, result] = await Promise.race([
            nextUpdate.then((value) => ['update', value] as const),
            nextRevocation.then((value) => ['revocation', value] as const),
          ]);
          if (result.done) return finish();
          const refusal = await this.refusal(viewer, ownerId);
          if (refusal === SIGNED_OUT) return finish();
          if (refusal) {
            await finish();
            return { value: refusal, done: false };
          }
          if (kind === 'revocation') {
            nextRevocation = revocations.next();
            continue;
          }
          nextUpdate = updates.next();
          if (!finished) return { value: { ownerId, redisclosureNotice }, done: false };
        }
        return finish();
      },
      return: finish,
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Null while the session and the grant hold; SIGNED_OUT ends quietly, a refusal is said. */
  private async refusal(viewer: Viewer, ownerId: string): Promise<KindredError | typeof SIGNED_OUT | null> {
    const session = await this.authenticator.viewerForSession(viewer.sessionId);
    if (session?.userId !== viewer.userId) return SIGNED_OUT;
    return this.access.refusal(viewer, ownerId);
  }
}
