import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError, Outbox, isUuid } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { Block } from './block.entity';
import type { BlockedPersonObject } from './block.types';
import { MessagingMessages } from '../messaging.messages';
import { blockedEitherWay, blockedEitherWayFor, insertBlock } from './blocks.queries';

/**
 * Blocks between people. A block works both ways: neither can message the other, and other
 * domains (matching, circles) ask `isBlockedEitherWay` / `blockedEitherWay` before suggesting
 * one person to another. Only the blocker sees the block; the blocked person is not told.
 */
@Injectable()
export class BlockList {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly outbox: Outbox,
  ) {}

  /** Idempotent: blocking someone twice keeps the first block. */
  async block(blockerId: string, blockedId: string): Promise<void> {
    if (blockerId === blockedId) throw new BadUserInputError(MessagingMessages.CANNOT_BLOCK_YOURSELF(), { field: 'userId' });
    if (!isUuid(blockedId) || !(await this.people.isActive(blockedId))) throw new NotFoundError(MessagingMessages.MESSAGING_PERSON_NOT_FOUND());
    await this.dataSource.transaction(async (manager) => {
      const inserted = await insertBlock.all(manager, { blockerId, blockedId });
      if (inserted.length > 0) await this.refreshSuggestionsOf(manager, blockerId, blockedId);
    });
  }

  /** Idempotent: unblocking someone not blocked changes nothing. */
  async unblock(blockerId: string, blockedId: string): Promise<void> {
    if (!isUuid(blockedId)) return;
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Block).delete({ blockerId, blockedId });
      if (result.affected) await this.refreshSuggestionsOf(manager, blockerId, blockedId);
    });
  }

  async mine(blockerId: string): Promise<BlockedPersonObject[]> {
    const blocks = await this.dataSource.getRepository(Block).find({ where: { blockerId }, order: { createdAt: 'DESC' } });
    const people = await this.people.summaries(blocks.map((block) => block.blockedId));
    return blocks.map((block) => ({
      personId: block.blockedId,
      displayName: people.get(block.blockedId)?.displayName ?? '',
      blockedAt: block.createdAt,
    }));
  }

  /** Whether either person blocked the other. */
  async isBlockedEitherWay(manager: EntityManager, a: string, b: string): Promise<boolean> {
    return manager
      .getRepository(Block)
      .createQueryBuilder('block')
      .where('(block.blocker_id = :a AND block.blocked_id = :b) OR (block.blocker_id = :b AND block.blocked_id = :a)', { a, b })
      .getExists();
  }

  /** Everyone the person blocked or was blocked by, in one query: for filtering suggestion lists. */
  async blockedEitherWay(userId: string): Promise<Set<string>> {
    const rows = await blockedEitherWay.all(this.dataSource.manager, { userId });
    return new Set(rows.map((row) => row.other));
  }

  /**
   * Either may be the other's mentor: both people's mentor suggestions follow the change (reads
   * already leave a blocked mentor out; the refresh fills the place, or brings them back).
   */
  private async refreshSuggestionsOf(manager: EntityManager, ...people: string[]): Promise<void> {
    for (const memberId of people) await this.outbox.stage(manager, { name: 'mentorship.refresh-member-suggestions', data: { memberId } });
  }

  /** The same for many people in one query: person → everyone blocked either way (absent when none). */
  async blockedEitherWayFor(userIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const rows = userIds.length ? await blockedEitherWayFor.all(this.dataSource.manager, { userIds }) : [];
    const byPerson = new Map<string, Set<string>>();
    for (const row of rows) byPerson.set(row.person, (byPerson.get(row.person) ?? new Set()).add(row.other));
    return byPerson;
  }
}
