import { BadUserInputError, type CipherContext } from '@kindred/core';
import { MessagingMessages } from '../messaging.messages';

export const MAX_MESSAGE_LENGTH = 4000;
/** How long after sending a person may still correct their message. */
export const EDIT_WINDOW_MINUTES = 15;

/** The body as stored: trimmed, 1 to 4000 characters (counted as people see them), or a kind error. */
export function checkMessageBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed.length === 0) {
    throw new BadUserInputError(MessagingMessages.MESSAGE_EMPTY(), { field: 'body' });
  }
  // Counted in code points, so an emoji counts as one character, as the person sees it.
  const length = [...trimmed].length;
  if (length > MAX_MESSAGE_LENGTH) {
    throw new BadUserInputError(MessagingMessages.MESSAGE_TOO_LONG({ length, max: MAX_MESSAGE_LENGTH }), { field: 'body' });
  }
  return trimmed;
}

export const messageBodyContext = (messageId: string): CipherContext => ({ table: 'messages', column: 'body', rowId: messageId });
export const versionBodyContext = (versionId: string): CipherContext => ({ table: 'message_versions', column: 'body', rowId: versionId });
