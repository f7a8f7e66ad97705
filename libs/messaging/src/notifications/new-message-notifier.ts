/**
 * The extension point for "you have a new message" notifications. Messaging defines the
 * contract and the notifications domain provides it (as core's Authenticator is provided by
 * identity), so messaging never imports notifications and notifications may use messaging's
 * `isMuted` without a cycle.
 *
 * Called by the worker for each person who should hear of a message: in the conversation,
 * not its author, not muted, not blocked either way with the author. Whether they are "away"
 * (not reading live) and how to reach them is the provider's decision. Must be idempotent per
 * (recipientId, messageId): a redelivered job calls it again.
 */
export abstract class NewMessageNotifier {
  abstract notifyNewMessage(recipientId: string, message: { conversationId: string; messageId: string }): Promise<void>;
}
