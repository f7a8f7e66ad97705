import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { KindredError, NotFoundError } from '@kindred/core';
import { containsLink } from '@kindred/language';
import { User } from '../accounts/user.entity';
import { AccountStanding } from './account-standing';
import { trustLevelFor, type TrustLevelRule } from './trust-levels';

/** The code a client sees when a limit of a new account applies. */
export const TRUST_LIMIT = 'TRUST_LIMIT';

export interface Trust {
  rule: TrustLevelRule;
  /** When the next level starts; null at the top. */
  nextAt: Date | null;
}

/**
 * The one check every place people write passes through: the author is in good standing,
 * and what they write fits their trust level.
 */
@Injectable()
export class PostingGate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly standing: AccountStanding,
  ) {}

  async requireMayPost(userId: string, text: string, manager?: EntityManager, field = 'body'): Promise<void> {
    await this.standing.requireGoodStanding(userId, manager);
    const { rule, nextAt } = await this.trustOf(userId, manager);
    if (!rule.mayPostLinks && containsLink(text)) {
      throw new KindredError(
        TRUST_LIMIT,
        `New accounts can share links from ${nextAt?.toISOString() ?? 'a few days after joining'}. This keeps everyone safe from spam; please send it without the link for now.`,
        { field },
      );
    }
  }

  async trustOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Trust> {
    const user = await manager.getRepository(User).findOne({ select: { id: true, createdAt: true }, where: { id: userId } });
    if (!user) throw new NotFoundError('We could not find that account.');
    return trustLevelFor(user.createdAt, new Date());
  }
}
