import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { BadUserInputError } from '@kindred/core';
import { hashToken, newOpaqueToken } from '../sessions/opaque-token';
import { EmailToken, EmailTokenPurpose } from './email-token.entity';
import { IdentityMessages } from '../identity.messages';

export const EMAIL_TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  [EmailTokenPurpose.VERIFY_EMAIL]: 7 * 24 * 3600 * 1000,
  [EmailTokenPurpose.RESET_PASSWORD]: 3600 * 1000,
};

/** Single-use, expiring email tokens. Only their hash is stored. */
@Injectable()
export class EmailTokens {
  constructor(@InjectRepository(EmailToken) private readonly tokens: Repository<EmailToken>) {}

  /** Mints a token; the caller puts it in one email and forgets it. */
  async issue(userId: string, purpose: EmailTokenPurpose): Promise<string> {
    const token = newOpaqueToken();
    await this.tokens.insert({
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + EMAIL_TOKEN_LIFETIME_MS[purpose]),
    });
    return token;
  }

  /** The owner of a usable token, without using it up (to check a new password first). */
  async peek(token: string, purpose: EmailTokenPurpose): Promise<string> {
    const found = await this.tokens
      .createQueryBuilder('token')
      .where('token.token_hash = :hash AND token.purpose = :purpose', { hash: hashToken(token), purpose })
      .andWhere('token.used_at IS NULL AND token.expires_at > now()')
      .getOne();
    if (!found) throw new BadUserInputError(IdentityMessages.EMAIL_LINK_NO_LONGER_VALID(), { field: 'token' });
    return found.userId;
  }

  /** Uses the token up, atomically: of two concurrent uses, one wins. Returns its owner. */
  async consume(manager: EntityManager, token: string, purpose: EmailTokenPurpose): Promise<string> {
    const result = await manager
      .createQueryBuilder()
      .update(EmailToken)
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > now()', {
        hash: hashToken(token),
        purpose,
      })
      .returning('user_id')
      .execute();
    const row = (result.raw as { user_id: string }[])[0];
    if (!row) throw new BadUserInputError(IdentityMessages.EMAIL_LINK_NO_LONGER_VALID(), { field: 'token' });
    return row.user_id;
  }
}
