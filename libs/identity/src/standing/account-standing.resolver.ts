import { Query, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticator, CurrentViewer, EventBus, SignedIn, type Viewer } from '@kindred/core';
import { AccountStanding, standingTopic, type Standing } from './account-standing';
import { AccountStandingObject, TrustLevelRuleObject, TrustObject } from './account-standing.types';
import { PostingGate } from './posting-gate';
import { TRUST_LEVELS } from './trust-levels';

const toObject = (standing: Standing): AccountStandingObject => ({
  mayPost: !standing.banned && !standing.suspendedUntil,
  suspendedUntil: standing.suspendedUntil,
  banned: standing.banned,
});

@Resolver()
export class AccountStandingResolver {
  constructor(
    private readonly standing: AccountStanding,
    private readonly gate: PostingGate,
    private readonly events: EventBus,
    private readonly authenticator: Authenticator,
  ) {}

  @SignedIn()
  @Query(() => AccountStandingObject, { description: 'Whether you may send and post now.' })
  async myAccountStanding(@CurrentViewer() viewer: Viewer): Promise<AccountStandingObject> {
    return toObject(await this.standing.current(viewer.userId));
  }

  @SignedIn()
  @Query(() => TrustObject, { description: 'Your trust level, its limits, and when they lift.' })
  async myTrust(@CurrentViewer() viewer: Viewer): Promise<TrustObject> {
    const { rule, nextAt } = await this.gate.currentTrust(viewer.userId);
    return { current: rule, nextLevelAt: nextAt };
  }

  @SignedIn()
  @Query(() => [TrustLevelRuleObject], { description: 'Every trust level and what it allows: the documented rule.' })
  trustLevels(): TrustLevelRuleObject[] {
    return [...TRUST_LEVELS];
  }

  @SignedIn()
  @Subscription(() => AccountStandingObject, {
    name: 'myAccountStanding',
    description: 'Your standing now, then again whenever a moderator changes it; ends when you sign out.',
    resolve: (standing: AccountStandingObject) => standing,
  })
  async watchMyAccountStanding(@CurrentViewer() viewer: Viewer): Promise<AsyncIterableIterator<AccountStandingObject>> {
    const changes = await this.events.subscribe(standingTopic(viewer.userId));
    const current = async (): Promise<AccountStandingObject | null> => {
      const session = await this.authenticator.viewerForSession(viewer.sessionId);
      return session?.userId === viewer.userId ? toObject(await this.standing.current(viewer.userId)) : null;
    };
    let first = true;
    let finished = false;
    const finish = async (): Promise<IteratorReturnResult<undefined>> => {
      finished = true;
      await changes.return?.();
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<AccountStandingObject> = {
      next: async () => {
        if (!first) {
          const change = await changes.next();
          if (change.done || finished) return finish();
        }
        first = false;
        const value = await current();
        return value && !finished ? { value, done: false } : finish();
      },
      return: finish,
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
