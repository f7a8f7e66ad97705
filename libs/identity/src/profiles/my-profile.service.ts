import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ContentVisibility, NotFoundError, type UserMessage } from '@kindred/core';
import { checkDisplayName, checkLocale, checkPronouns, checkTimeZone } from '../accounts/account-input';
import { User } from '../accounts/user.entity';
import { PostingGate } from '../standing/posting-gate';
import type { ProfileInput } from './profile.types';
import { IdentityMessages } from '../identity.messages';

/** Why a name or pronouns were not saved, by the category screening would hold them for. */
const NOT_SAVED: Record<string, UserMessage> = {
  HARASSMENT: IdentityMessages.PROFILE_WORDS_HARASSMENT(),
  DRUG_SELLING: IdentityMessages.PROFILE_WORDS_DRUG_SELLING(),
  SPAM: IdentityMessages.PROFILE_WORDS_SPAM(),
  OTHER: IdentityMessages.PROFILE_WORDS_OTHER(),
};

/**
 * How a person is known and how Kindred speaks to them: display name, pronouns, language and
 * time zone, each changed only when given.
 */
@Injectable()
export class MyProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gate: PostingGate,
  ) {}

  /**
   * A display name and pronouns are read by everyone the person meets, so new ones pass the
   * posting gate like an introduction: refused while the account may not post, and screened.
   * Unlike an introduction they cannot wait hidden for a moderator (a name shows wherever the
   * person does), so what screening would hold is refused with a kind reason and nothing is
   * saved. Language and time zone are the person's own settings and always change.
   */
  async update(userId: string, input: ProfileInput): Promise<User> {
    const displayName = input.displayName == null ? undefined : checkDisplayName(input.displayName);
    const pronouns = input.pronouns == null ? undefined : checkPronouns(input.pronouns);
    const locale = input.locale == null ? undefined : checkLocale(input.locale);
    const timeZone = input.timeZone == null ? undefined : checkTimeZone(input.timeZone);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).createQueryBuilder('user').setLock('pessimistic_write').where('user.id = :userId', { userId }).getOne();
      if (!user || user.erasedAt || user.erasureRequestedAt) throw new NotFoundError(IdentityMessages.ACCOUNT_NOT_FOUND());
      if (displayName !== undefined && displayName !== user.displayName) await this.screen(manager, userId, displayName, 'displayName');
      if (pronouns !== undefined && pronouns !== null && pronouns !== user.pronouns) await this.screen(manager, userId, pronouns, 'pronouns');
      const changes = {
        ...(displayName === undefined ? {} : { displayName }),
        ...(pronouns === undefined ? {} : { pronouns }),
        ...(locale === undefined ? {} : { locale }),
        ...(timeZone === undefined ? {} : { timeZone }),
      };
      if (Object.keys(changes).length > 0) await manager.update(User, { id: userId }, changes);
      return { ...user, ...changes };
    });
  }

  private async screen(manager: EntityManager, userId: string, text: string, field: string): Promise<void> {
    const { visibility, reason } = await this.gate.requireMayPost(manager, userId, text, field);
    if (visibility !== ContentVisibility.VISIBLE)
      throw new BadUserInputError(NOT_SAVED[reason ?? 'OTHER'] ?? IdentityMessages.PROFILE_WORDS_OTHER(), { field });
  }
}
