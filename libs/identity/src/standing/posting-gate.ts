import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ContentVisibility, KindredError, NotFoundError } from '@kindred/core';
import { containsLink, screenContent } from '@kindred/language';
import { User } from '../accounts/user.entity';
import { notSentText } from '../language/held-reason';
import { AccountStanding } from './account-standing';
import { trustLevelFor, type TrustLevelRule } from './trust-levels';
import { IdentityMessages } from '../identity.messages';

/** The code a client sees when a limit of a new account applies. */
export const TRUST_LIMIT = 'TRUST_LIMIT';

export interface Trust {
  rule: TrustLevelRule;
  /** When the next level starts; null at the top. */
  nextAt: Date | null;
}

/**
 * How content others can read is stored: visible, or held for review from the start with the
 * category its author is told (the held reason). Nothing held is ever published first.
 */
export interface Screening {
  visibility: ContentVisibility;
  reason: string | null;
}

/**
 * A change of existing content is judged on its new words, like new content, except that a
 * moderator's decision to hide it stands until a moderator undoes it.
 */
export function screenedChange(current: Screening, screening: Screening): Screening {
  return current.visibility === ContentVisibility.HIDDEN ? current : screening;
}

/**
 * The one check every place people write passes through: the author is in good standing,
 * what they write fits their trust level, and it is screened before anyone else can see it.
 */
@Injectable()
export class PostingGate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly standing: AccountStanding,
  ) {}

  /**
   * Refuses what may not be posted at all, and screens the rest in the request, with the same
   * classifier the worker's scan uses; the caller stores the content with the screening.
   */
  async requireMayPost(manager: EntityManager, userId: string, text: string, field = 'body'): Promise<Screening> {
    await this.standing.requireGoodStanding(manager, userId);
    const { rule, nextAt } = await this.trustOf(manager, userId);
    if (!rule.mayPostLinks && containsLink(text)) {
      throw new KindredError(TRUST_LIMIT, nextAt ? IdentityMessages.LINKS_FROM({ from: nextAt.toISOString() }) : IdentityMessages.LINKS_AFTER_A_FEW_DAYS(), {
        field,
      });
    }
    const { heldFor } = screenContent(text);
    return heldFor ? { visibility: ContentVisibility.HELD_FOR_REVIEW, reason: heldFor } : { visibility: ContentVisibility.VISIBLE, reason: null };
  }

  /**
   * For words addressed to someone that no moderator reviews (a request to a mentor, a plan
   * suggestion): what screening would hold is refused with a kind reason, and nothing is stored.
   */
  async requireMaySay(manager: EntityManager, userId: string, text: string, field: string): Promise<void> {
    const { visibility, reason } = await this.requireMayPost(manager, userId, text, field);
    if (visibility !== ContentVisibility.VISIBLE) throw new BadUserInputError(notSentText(reason), { field });
  }

  /** The person's trust level as their own screens show it, read outside any transaction. */
  currentTrust(userId: string): Promise<Trust> {
    return this.trustOf(this.dataSource.manager, userId);
  }

  async trustOf(manager: EntityManager, userId: string): Promise<Trust> {
    const user = await manager.getRepository(User).findOne({ select: { id: true, createdAt: true }, where: { id: userId } });
    if (!user) throw new NotFoundError(IdentityMessages.ACCOUNT_NOT_FOUND());
    return trustLevelFor(user.createdAt, new Date());
  }
}
