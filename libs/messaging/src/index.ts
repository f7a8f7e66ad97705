export { MessagingModule } from './messaging.module';
export { MessagingWorkerModule } from './messaging-worker.module';
export { ConversationsService } from './conversations/conversations.service';
export { ConversationKind } from './conversations/conversation.entity';
export { BlockList } from './blocks/block-list.service';
export { ContactEligibility } from './contacts/contact-eligibility';
export { NewMessageNotifier } from './notifications/new-message-notifier';
export { MentorshipContacts } from './contacts/mentorship-contacts';
export { CircleConversations } from './conversations/circle-conversations';

export { MESSAGING_MIGRATIONS } from './migrations';
