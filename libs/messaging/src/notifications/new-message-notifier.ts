/**
 * The extension point for "you have a new message" notifications. Messaging defines the
 * contract and the notifications domain provides it (as core's Authenticator is provided by
 * identity), so messaging never imports notifications and notifications may use messaging's
 * `isMuted` without a cycle.
 *
 * Called by the worker once per message with everyone who should hear of it: in the
 * conversation, not its author, not muted, not blocked either way with the author (a group
 * message reaches hundreds at once, so the provider gets them all together). Whether they are
 * "away" (not reading live) and how to reach them is the provider's decision. Must be
 * idempotent per (recipientId, messageId): a redelivered job calls it again.
 */
export abstract class NewMessageNotifier {
  abstract notifyNewMessage(recipientIds: readonly string[], message: { conversationId: string; messageId: string }): Promise<void>;
}
