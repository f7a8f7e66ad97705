import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { RecoveryJourneyObject, SetbackInput, SetbackSupportObject, SharedMilestonesObject } from './journey.types';
import { RecoveryJourneyService } from './recovery-journey.service';

@Resolver(() => RecoveryJourneyObject)
export class RecoveryJourneyResolver {
  constructor(private readonly journeys: RecoveryJourneyService) {}

  @SignedIn()
  @Query(() => RecoveryJourneyObject, { description: 'Your recovery journey: days on the road, stretches, setbacks and milestones.' })
  myRecoveryJourney(@CurrentViewer() viewer: Viewer): Promise<RecoveryJourneyObject> {
    return this.journeys.mine(viewer);
  }

  @SignedIn()
  @Mutation(() => RecoveryJourneyObject, {
    description: 'Sets or changes your recovery start date; null clears it (with its setbacks and milestones). It is optional.',
  })
  setRecoveryStartDate(
    @CurrentViewer() viewer: Viewer,
    @Args('startedOn', { type: () => String, nullable: true, description: 'YYYY-MM-DD, today or before; null to clear.' }) startedOn?: string | null,
  ): Promise<RecoveryJourneyObject> {
    return this.journeys.setStart(viewer, startedOn ?? null);
  }

  @SignedIn()
  @Mutation(() => SetbackSupportObject, { description: 'Notes a setback, privately. Your days on the road stay yours; the answer is support, not a reset.' })
  recordSetback(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'When, and an optional private note.' }) input: SetbackInput,
  ): Promise<SetbackSupportObject> {
    return this.journeys.recordSetback(viewer, input.occurredOn ?? null, input.note ?? null);
  }

  @SignedIn()
  @Mutation(() => RecoveryJourneyObject, { description: 'Removes a setback you noted.' })
  deleteSetback(
    @CurrentViewer() viewer: Viewer,
    @Args('setbackId', { type: () => ID, description: 'The setback.' }) setbackId: string,
  ): Promise<RecoveryJourneyObject> {
    return this.journeys.deleteSetback(viewer, setbackId);
  }

  @SignedIn()
  @Query(() => SharedMilestonesObject, { description: 'Milestones someone shares with you (MILESTONES); each read is in their disclosure log.' })
  sharedMilestones(
    @CurrentViewer() viewer: Viewer,
    @Args('ownerId', { type: () => ID, description: 'The person sharing.' }) ownerId: string,
  ): Promise<SharedMilestonesObject> {
    return this.journeys.sharedWith(viewer, ownerId);
  }
}
