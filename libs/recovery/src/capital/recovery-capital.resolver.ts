import { Args, ID, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, KindredError, mapConnection, PageArgs, SignedIn, type Connection, type Viewer } from '@kindred/core';
import { toBarc10Object } from '../barc10/barc10.resolver';
import { Barc10Service } from '../barc10/barc10.service';
import { Barc10AssessmentConnection, Barc10AssessmentObject } from '../barc10/barc10.types';
import { toDomainRatingObject } from '../domains/domain-rating-object';
import { DomainRatingsService } from '../domains/domain-ratings.service';
import { DomainRatingSnapshotConnection, DomainRatingSnapshotObject } from '../domains/domain-ratings.types';
import { RecoveryCapitalAccess } from './recovery-capital-access';
import { RecoveryCapitalObject } from './recovery-capital.types';
import { SharedCapitalWatch, type SharedCapitalEvent } from './shared-capital-watch';

@Resolver(() => RecoveryCapitalObject)
export class RecoveryCapitalResolver {
  constructor(
    private readonly barc10: Barc10Service,
    private readonly ratings: DomainRatingsService,
    private readonly access: RecoveryCapitalAccess,
    private readonly watch: SharedCapitalWatch,
  ) {}

  @SignedIn()
  @Query(() => RecoveryCapitalObject, { description: 'Your own recovery capital: latest snapshots, history and change over time.' })
  myRecoveryCapital(@CurrentViewer() viewer: Viewer): RecoveryCapitalObject {
    return { ownerId: viewer.userId, redisclosureNotice: null };
  }

  @SignedIn()
  @Query(() => RecoveryCapitalObject, {
    description: 'Someone’s recovery capital scores, when they share them with you (never their notes). Every read is shown to them.',
  })
  async sharedRecoveryCapital(
    @Args('ownerId', { type: () => ID, description: 'The person who shares it.' }) ownerId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryCapitalObject> {
    await this.access.assertSharedWith(viewer, ownerId);
    return { ownerId, redisclosureNotice: await this.access.redisclosureNotice(viewer) };
  }

  @SignedIn()
  @Subscription(() => RecoveryCapitalObject, {
    name: 'sharedRecoveryCapitalUpdates',
    description:
      'Someone’s recovery capital each time they record a new assessment or rating, while they share it with you. When they stop, or the sharing reaches its end, a last event says so (SHARING_ENDED) and the stream ends.',
    resolve: (event: SharedCapitalEvent) => {
      if (event instanceof KindredError) throw event;
      return event;
    },
  })
  watchSharedRecoveryCapital(
    @Args('ownerId', { type: () => ID, description: 'The person who shares it.' }) ownerId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<SharedCapitalEvent>> {
    return this.watch.watch(viewer, ownerId);
  }

  @ResolveField(() => Barc10AssessmentObject, { nullable: true, description: 'The most recent BARC-10 assessment, if any.' })
  async latestBarc10(@Parent() capital: RecoveryCapitalObject, @CurrentViewer() viewer: Viewer): Promise<Barc10AssessmentObject | null> {
    const latest = await this.barc10.latest(viewer, capital.ownerId);
    return latest && toBarc10Object(latest);
  }

  @ResolveField(() => DomainRatingSnapshotObject, {
    nullable: true,
    description: 'The most recent domain self-rating, with derived dimensions, strengths and needs, if any.',
  })
  async latestDomainRatings(@Parent() capital: RecoveryCapitalObject, @CurrentViewer() viewer: Viewer): Promise<DomainRatingSnapshotObject | null> {
    const latest = await this.ratings.latest(viewer, capital.ownerId);
    return latest && toDomainRatingObject(latest);
  }

  @ResolveField(() => Barc10AssessmentConnection, { description: 'Every BARC-10 assessment, newest first, each with its change in total.' })
  async barc10History(
    @Parent() capital: RecoveryCapitalObject,
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
  ): Promise<Connection<Barc10AssessmentObject>> {
    return mapConnection(await this.barc10.history(viewer, capital.ownerId, page), toBarc10Object);
  }

  @ResolveField(() => DomainRatingSnapshotConnection, { description: 'Every domain self-rating, newest first, each with its changes.' })
  async domainRatingsHistory(
    @Parent() capital: RecoveryCapitalObject,
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
  ): Promise<Connection<DomainRatingSnapshotObject>> {
    return mapConnection(await this.ratings.history(viewer, capital.ownerId, page), toDomainRatingObject);
  }
}
