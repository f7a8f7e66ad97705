import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';
import { EmailTokenPurpose } from '../email-tokens/email-token.entity';
import { EmailTokens } from '../email-tokens/email-tokens.service';
import { User } from './user.entity';

/** Confirms an email address with the single-use link sent at registration. */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: EmailTokens,
    private readonly audit: AuditLog,
  ) {}

  async verify(token: string, requestId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(manager, token, EmailTokenPurpose.VERIFY_EMAIL);
      await manager
        .createQueryBuilder()
        .update(User)
        .set({ emailVerifiedAt: () => 'COALESCE(email_verified_at, now())' })
        .where('id = :userId', { userId })
        .execute();
      await this.audit.record(manager, { action: AuditAction.EMAIL_VERIFIED, actorId: userId, subjectId: userId, requestId });
    });
  }
}
