import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MembershipsService } from '@kindred/alliances';
import { KindredError, type Viewer } from '@kindred/core';
import { PostingGate, TRUST_LIMIT } from '@kindred/identity';
import { ConversationKind } from '../conversations/conversation.entity';
import { MessagingMessages } from '../messaging.messages';
import { sharesConversation } from './contacts.queries';

/**
 * Who may start a direct conversation with whom: the one place this rule lives. Strangers
 * cannot cold-message. A shared alliance (both active, in any capacity) is a connection; a
 * new account (see identity's trust levels) may only message people it already shares a
 * mentorship, group or support-circle conversation with.
 */
@Injectable()
export class ContactEligibility {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
    private readonly gate: PostingGate,
  ) {}

  async mayStartDirect(viewer: Viewer, otherUserId: string): Promise<boolean> {
    if (await this.sharesConversation(viewer.userId, otherUserId, [ConversationKind.MENTORSHIP, ConversationKind.GROUP, ConversationKind.CIRCLE])) return true;
    if (!(await this.memberships.sharesActiveAlliance(viewer.userId, otherUserId))) return false;
    const { rule, nextAt } = await this.gate.currentTrust(viewer.userId);
    if (!rule.mayMessageBeyondConnections) {
      throw new KindredError(
        TRUST_LIMIT,
        nextAt ? MessagingMessages.NEW_ACCOUNT_CONTACTS_FROM({ from: nextAt.toISOString() }) : MessagingMessages.NEW_ACCOUNT_CONTACTS_AFTER_A_FEW_DAYS(),
      );
    }
    return true;
  }

  /** Whether both people take part, now, in a conversation of one of these kinds (any kind when null). */
  async sharesConversation(userId: string, otherUserId: string, kinds: readonly ConversationKind[] | null): Promise<boolean> {
    const row = await sharesConversation.one(this.dataSource.manager, { userId, otherUserId, kinds });
    return row?.shared ?? false;
  }
}
