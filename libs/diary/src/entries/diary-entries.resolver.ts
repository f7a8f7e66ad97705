import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AcknowledgementObject, acknowledged, CurrentViewer, PlatformRole, RequireRoles, type Connection, type Viewer } from '@kindred/core';
import { DiaryEntriesService } from './diary-entries.service';
import { DiaryEntryConnection, DiaryEntryInput, DiaryEntryObject, DiarySearchArgs } from './diary-entries.types';
import { DiaryMessages } from '../diary.messages';

/** A member's own health diary; the service scopes everything to the viewer as its owner. */
@Resolver()
export class DiaryEntriesResolver {
  constructor(private readonly entries: DiaryEntriesService) {}

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => DiaryEntryObject, { description: 'Writes a private diary entry. Only you can read it, unless you share it.' })
  writeDiaryEntry(@Args('input', { description: 'The entry.' }) input: DiaryEntryInput, @CurrentViewer() viewer: Viewer): Promise<DiaryEntryObject> {
    return this.entries.write(viewer, input);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => DiaryEntryObject, {
    description: 'Changes one of your entries: it then reads as given here. Whoever you shared it with sees the new version.',
  })
  editDiaryEntry(
    @Args('id', { type: () => ID, description: 'The entry.' }) id: string,
    @Args('input', { description: 'The entry as it should read.' }) input: DiaryEntryInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DiaryEntryObject> {
    return this.entries.edit(viewer, id, input);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => AcknowledgementObject, { description: 'Deletes one of your entries for good; whoever you shared it with can no longer read it.' })
  async deleteDiaryEntry(
    @Args('id', { type: () => ID, description: 'The entry.' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AcknowledgementObject> {
    await this.entries.delete(viewer, id);
    return acknowledged(DiaryMessages.DIARY_ENTRY_DELETED());
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Query(() => DiaryEntryObject, { description: 'One of your diary entries.' })
  myDiaryEntry(@Args('id', { type: () => ID, description: 'The entry.' }) id: string, @CurrentViewer() viewer: Viewer): Promise<DiaryEntryObject> {
    return this.entries.one(viewer, id);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Query(() => DiaryEntryConnection, { description: 'Your diary, newest day first; search it by tags and by days.' })
  myDiaryEntries(@Args() args: DiarySearchArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<DiaryEntryObject>> {
    return this.entries.list(
      viewer,
      { tags: args.tags ?? null, from: args.from ?? null, to: args.to ?? null },
      { first: args.first, after: args.after ?? null },
    );
  }
}
