import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PageArgs, PlatformRole, RequireRoles, SignedIn, type Connection, type Viewer } from '@kindred/core';
import { DiaryEntryObject } from '../entries/diary-entries.types';
import { DiarySharingService } from './diary-sharing.service';
import { SharedDiaryEntryConnection, SharedDiaryEntryObject } from './diary-sharing.types';

/** Sharing diary entries one by one (the owner), and reading what was shared (anyone it was shared with). */
@Resolver()
export class DiarySharingResolver {
  constructor(private readonly sharing: DiarySharingService) {}

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => DiaryEntryObject, {
    description: 'Shares one of your entries with people you allow to see shared diary entries (someone in your circle, or your mentor).',
  })
  shareDiaryEntry(
    @Args('id', { type: () => ID, description: 'The entry.' }) id: string,
    @Args('granteeIds', { type: () => [ID], description: 'The people to share it with.' }) granteeIds: string[],
    @CurrentViewer() viewer: Viewer,
  ): Promise<DiaryEntryObject> {
    return this.sharing.share(viewer, id, granteeIds);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => DiaryEntryObject, { description: 'Shares one of your entries with everyone you allow to see shared diary entries now.' })
  shareDiaryEntryWithEveryoneAllowed(
    @Args('id', { type: () => ID, description: 'The entry.' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DiaryEntryObject> {
    return this.sharing.shareWithEveryoneAllowed(viewer, id);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => DiaryEntryObject, { description: 'Stops sharing one of your entries, with the people given or with everyone. It ends at once.' })
  unshareDiaryEntry(
    @Args('id', { type: () => ID, description: 'The entry.' }) id: string,
    @Args('granteeIds', { type: () => [ID], nullable: true, description: 'The people to stop sharing it with; leave out for everyone.' })
    granteeIds: string[] | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DiaryEntryObject> {
    return this.sharing.unshare(viewer, id, granteeIds ?? null);
  }

  @SignedIn()
  @Query(() => SharedDiaryEntryConnection, { description: 'The diary entries someone shares with you now, newest day first. They can see that you read them.' })
  diaryEntriesSharedWithMe(
    @Args('ownerId', { type: () => ID, description: 'The person who shares them.' }) ownerId: string,
    @Args() page: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<SharedDiaryEntryObject>> {
    return this.sharing.sharedWithMe(viewer, ownerId, { first: page.first, after: page.after ?? null });
  }

  @SignedIn()
  @Query(() => SharedDiaryEntryObject, { description: 'One diary entry someone shares with you. They can see that you read it.' })
  sharedDiaryEntry(@Args('id', { type: () => ID, description: 'The entry.' }) id: string, @CurrentViewer() viewer: Viewer): Promise<SharedDiaryEntryObject> {
    return this.sharing.readShared(viewer, id);
  }
}
