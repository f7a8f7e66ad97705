import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PageArgs, SignedIn, type Connection, type Viewer } from '@kindred/core';
import { CheckinConnection, CheckinInput, CheckinObject, SharedCheckinSummaryObject } from './checkin.types';
import { CheckinsService } from './checkins.service';

@Resolver(() => CheckinObject)
export class CheckinsResolver {
  constructor(private readonly checkins: CheckinsService) {}

  @SignedIn()
  @Mutation(() => CheckinObject, { description: 'Records a short check-in. Your note is encrypted and only ever shown to you.' })
  checkIn(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Mood, cravings, and optionally a note and tags.' }) input: CheckinInput,
  ): Promise<CheckinObject> {
    return this.checkins.checkIn(viewer, { mood: input.mood, cravings: input.cravings, note: input.note ?? null, tags: input.tags ?? [] });
  }

  @SignedIn()
  @Query(() => CheckinConnection, { description: 'Your check-ins, newest first.' })
  myCheckins(@CurrentViewer() viewer: Viewer, @Args() page: PageArgs): Promise<Connection<CheckinObject>> {
    return this.checkins.mine(viewer, page);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Deletes one of your check-ins.' })
  deleteCheckin(@CurrentViewer() viewer: Viewer, @Args('checkinId', { type: () => ID, description: 'The check-in.' }) checkinId: string): Promise<boolean> {
    return this.checkins.delete(viewer, checkinId);
  }

  @SignedIn()
  @Query(() => SharedCheckinSummaryObject, {
    description: 'Mood and cravings of the last weeks that someone shares with you (CHECKINS); each read is in their disclosure log.',
  })
  sharedCheckins(
    @CurrentViewer() viewer: Viewer,
    @Args('ownerId', { type: () => ID, description: 'The person sharing.' }) ownerId: string,
  ): Promise<SharedCheckinSummaryObject> {
    return this.checkins.sharedWith(viewer, ownerId);
  }
}
