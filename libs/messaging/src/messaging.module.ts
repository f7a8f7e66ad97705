import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesModule } from '@kindred/alliances';
import { IdentityModule } from '@kindred/identity';
import { Block } from './blocks/block.entity';
import { BlockList } from './blocks/block-list.service';
import { BlocksResolver } from './blocks/blocks.resolver';
import { MessageContentSource } from './moderation/message-content.source';
import { MentorshipContacts } from './contacts/mentorship-contacts';
import { CircleConversations } from './conversations/circle-conversations';
import { SupporterGroups } from './conversations/supporter-groups';
import { SupporterGroupsResolver } from './conversations/supporter-groups.resolver';
import { ContactEligibility } from './contacts/contact-eligibility';
import { ConversationAccess } from './conversations/conversation-access';
import { Conversation } from './conversations/conversation.entity';
import { ConversationParticipant } from './conversations/conversation-participant.entity';
import { ConversationPresenter } from './conversations/conversation-presenter';
import { ConversationsResolver } from './conversations/conversations.resolver';
import { ConversationsService } from './conversations/conversations.service';
import { CoordinatesGroupAlliancePolicy } from './conversations/coordinates-group-alliance.policy';
import { ConversationEventsPublisher } from './live/conversation-events.publisher';
import { MessageLive } from './live/message-live.service';
import { MessagePresenter } from './messages/message-presenter';
import { MessageVersion } from './messages/message-version.entity';
import { Message } from './messages/message.entity';
import { MessagesResolver } from './messages/messages.resolver';
import { MessagesService } from './messages/messages.service';

export const MESSAGING_ENTITIES = [Conversation, ConversationParticipant, Message, MessageVersion, Block];

/** API side of messaging: conversations, messages, blocks and live message events. */
@Module({
  imports: [TypeOrmModule.forFeature(MESSAGING_ENTITIES), IdentityModule, AlliancesModule],
  providers: [
    ConversationAccess,
    ConversationPresenter,
    ConversationsService,
    MessagePresenter,
    MessagesService,
    MessageLive,
    ConversationEventsPublisher,
    BlockList,
    ContactEligibility,
    CoordinatesGroupAlliancePolicy,
    ConversationsResolver,
    MessagesResolver,
    BlocksResolver,
    MessageContentSource,
    MentorshipContacts,
    CircleConversations,
    SupporterGroups,
    SupporterGroupsResolver,
  ],
  exports: [ConversationsService, BlockList, ContactEligibility, MentorshipContacts, CircleConversations],
})
export class MessagingModule {}
