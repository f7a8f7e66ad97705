import { Injectable } from '@nestjs/common';
import { Authenticator, EventBus, NotFoundError, type Viewer } from '@kindred/core';
import { grantsTopic } from '@kindred/consent';
import { capitalTopic } from './capital-events';
import { RecoveryCapitalAccess } from './recovery-capital-access';
import type { RecoveryCapitalObject } from './recovery-capital.types';

export const SHARING_NOTICE =
  'Shared with you by its owner, with their consent, for the purpose they gave. Do not pass it on without their consent.';

/**
 * A grantee's live view of someone's recovery capital: one event each time the owner records
 * an assessment or rating. The grant is checked again for every event, and a revocation ends
 * the stream at once (consent announces it on the grantee's topic). What each event shows is
 * read, and logged, by the field resolvers.
 */
@Injectable()
export class SharedCapitalWatch {
  constructor(
    private readonly events: EventBus,
    private readonly access: RecoveryCapitalAccess,
    private readonly authenticator: Authenticator,
  ) {}

  async watch(viewer: Viewer, ownerId: string): Promise<AsyncIterableIterator<RecoveryCapitalObject>> {
    if (viewer.userId === ownerId || !(await this.access.isSharedWith(viewer, ownerId))) throw new NotFoundError('We could not find that.');
    const updates = await this.events.subscribe(capitalTopic(ownerId));
    const revocations = await this.events.subscribe(grantsTopic(viewer.userId));
    let nextUpdate = updates.next();
    let nextRevocation = revocations.next();
    let finished = false;
    const stillAllowed = async (): Promise<boolean> => {
      const session = await this.authenticator.viewerForSession(viewer.sessionId);
      return session?.userId === viewer.userId && (await this.access.isSharedWith(viewer, ownerId));
    };
    const finish = async (): Promise<IteratorReturnResult<undefined>> => {
      finished = true;
      await Promise.all([updates.return?.(), revocations.return?.()]);
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<RecoveryCapitalObject> = {
      next: async () => {
        while (!finished) {
          const [kind, result] = await Promise.race([
            nextUpdate.then((value) => ['update', value] as const),
            nextRevocation.then((value) => ['revocation', value] as const),
          ]);
          if (result.done || !(await stillAllowed())) return finish();
          if (kind === 'revocation') {
            nextRevocation = revocations.next();
            continue;
          }
          nextUpdate = updates.next();
          if (!finished) return { value: { ownerId, sharingNotice: SHARING_NOTICE }, done: false };
        }
        return finish();
      },
      return: finish,
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
