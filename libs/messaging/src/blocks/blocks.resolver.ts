import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AcknowledgementObject, acknowledged, CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { BlockList } from './block-list.service';
import { BlockedPersonObject } from './block.types';
import { MessagingMessages } from '../messaging.messages';

@Resolver(() => BlockedPersonObject)
export class BlocksResolver {
  constructor(private readonly blocks: BlockList) {}

  @SignedIn()
  @Mutation(() => AcknowledgementObject, {
    description: 'Blocks a person: no messages either way, and you are not suggested to each other. They are not told.',
  })
  async blockPerson(
    @Args('userId', { type: () => ID, description: 'The person to block.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AcknowledgementObject> {
    await this.blocks.block(viewer.userId, userId);
    return acknowledged(MessagingMessages.PERSON_BLOCKED());
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'Lifts a block you placed.' })
  async unblockPerson(
    @Args('userId', { type: () => ID, description: 'The person to unblock.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AcknowledgementObject> {
    await this.blocks.unblock(viewer.userId, userId);
    return acknowledged(MessagingMessages.BLOCK_LIFTED());
  }

  @SignedIn()
  @Query(() => [BlockedPersonObject], { description: 'The people you blocked, most recent first.' })
  myBlockedPeople(@CurrentViewer() viewer: Viewer): Promise<BlockedPersonObject[]> {
    return this.blocks.mine(viewer.userId);
  }
}
