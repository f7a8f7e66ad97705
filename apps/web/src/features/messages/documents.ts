import { graphql } from '../../graphql/generated';

export const MessageFieldsFragment = graphql(`
  fragment MessageFields on Message {
    id
    conversationId
    authorId
    authorDisplayName
    sentByMe
    body
    deleted
    heldForReview
    heldReason
    createdAt
    editedAt
    editableUntil
  }
`);

export const ConversationFieldsFragment = graphql(`
  fragment ConversationFields on Conversation {
    id
    kind
    title
    archived
    muted
    unreadCount
    lastActivityAt
    participants {
      personId
      displayName
    }
    lastMessage {
      ...MessageFields
    }
  }
`);

/**
 * The list asks for little per conversation: the API's query cost limit counts every field
 * once per item asked for, so a page of 20 with whole messages would be refused.
 */
export const MyConversationsDocument = graphql(`
  query MyConversations($after: String) {
    myConversations(first: 20, after: $after) {
      edges {
        node {
          id
          kind
          title
          archived
          muted
          unreadCount
          lastActivityAt
          lastMessage {
            id
            sentByMe
            body
            deleted
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ConversationDocument = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationFields
    }
    me {
      id
    }
  }
`);

export const ConversationMessagesDocument = graphql(`
  query ConversationMessages($conversationId: ID!, $after: String) {
    messages(conversationId: $conversationId, first: 30, after: $after) {
      edges {
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MessageEventsDocument = graphql(`
  subscription MessageEvents($conversationId: ID!) {
    messageEvents(conversationId: $conversationId) {
      kind
      message {
        ...MessageFields
      }
    }
  }
`);

export const MarkConversationReadDocument = graphql(`
  mutation MarkConversationRead($conversationId: ID!) {
    markConversationRead(conversationId: $conversationId) {
      id
      unreadCount
    }
  }
`);

export const SendMessageDocument = graphql(`
  mutation SendMessage($conversationId: ID!, $body: String!) {
    sendMessage(conversationId: $conversationId, body: $body) {
      ...MessageFields
    }
  }
`);

export const EditMessageDocument = graphql(`
  mutation EditMessage($messageId: ID!, $body: String!) {
    editMessage(messageId: $messageId, body: $body) {
      ...MessageFields
    }
  }
`);

export const DeleteMessageDocument = graphql(`
  mutation DeleteMessage($messageId: ID!) {
    deleteMessage(messageId: $messageId) {
      ...MessageFields
    }
  }
`);

export const LanguageCheckDocument = graphql(`
  query LanguageCheck($text: String!) {
    languageCheck(text: $text) {
      matchedText
      start
      end
      alternatives
      message
    }
  }
`);

export const ReportMessageDocument = graphql(`
  mutation ReportMessage($messageId: ID!, $reason: ReportReason!, $note: String) {
    reportContent(contentId: $messageId, kind: MESSAGE, reason: $reason, note: $note) {
      id
    }
  }
`);

export const MuteConversationDocument = graphql(`
  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {
    muteConversation(conversationId: $conversationId, muted: $muted) {
      id
      muted
    }
  }
`);

export const MyBlockedPeopleDocument = graphql(`
  query MyBlockedPeople {
    myBlockedPeople {
      personId
      displayName
      blockedAt
    }
  }
`);

export const BlockPersonDocument = graphql(`
  mutation BlockPerson($userId: ID!) {
    blockPerson(userId: $userId) {
      ok
    }
  }
`);

export const UnblockPersonDocument = graphql(`
  mutation UnblockPerson($userId: ID!) {
    unblockPerson(userId: $userId) {
      ok
    }
  }
`);

export const StartDirectConversationDocument = graphql(`
  mutation StartDirectConversation($withUserId: ID!) {
    startDirectConversation(withUserId: $withUserId) {
      id
    }
  }
`);

export const LeaveConversationDocument = graphql(`
  mutation LeaveConversation($conversationId: ID!) {
    leaveConversation(conversationId: $conversationId) {
      ok
    }
  }
`);

export const ReportPersonDocument = graphql(`
  mutation ReportPerson($personId: ID!, $reason: ReportReason!, $note: String) {
    reportPerson(personId: $personId, reason: $reason, note: $note) {
      id
    }
  }
`);
