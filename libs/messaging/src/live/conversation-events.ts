import type { MessageEventKind } from '../messages/message.types';

/** The pub/sub topic of one conversation's live events. */
export const conversationTopic = (conversationId: string): string => `messaging.conversation.${conversationId}`;

/**
 * Sent when the people of a conversation change. Never shown: it wakes the live streams so
 * each re-checks its viewer at once, and the stream of someone removed ends without waiting
 * for the next message.
 */
export const PARTICIPANTS_CHANGED = 'PARTICIPANTS_CHANGED';

/** What travels over Redis: ids only. Subscribers reload and re-authorize what they show. */
export interface ConversationEvent {
  [key: string]: string | null;
  kind: MessageEventKind | typeof PARTICIPANTS_CHANGED;
  conversationId: string;
  messageId: string | null;
  actorId: string | null;
}
