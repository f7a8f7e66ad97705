import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { RateLimiter, type RateLimit, type UserMessage } from '@kindred/core';
import { IdentityMessages } from '../identity.messages';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';
import { EmailTokenPurpose } from '../email-tokens/email-token.entity';
import { EmailTokens } from '../email-tokens/email-tokens.service';
import { MailOutbox } from '../mail/mail-outbox';
import { EmailTemplate } from '../mail/outgoing-email.entity';
import { SessionsService, type RequestFacts } from '../sessions/sessions.service';
import { normaliseEmail } from './account-input';
import { PasswordHasher } from './password-hasher';
import { checkPassword } from './password-policy';
import { User } from './user.entity';

/** Refused while Redis is down: uncounted, reset emails could flood someone's inbox. */
export const RESET_LIMITS = {
  perIp: { name: 'reset:ip', limit: 20, windowSeconds: 3600, whenUncounted: 'refuse' },
  perAccount: { name: 'reset:account', limit: 3, windowSeconds: 3600, whenUncounted: 'refuse' },
} satisfies Record<string, RateLimit>;

/** "Forgot password": an emailed single-use link, then a new password and every device signed out. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: EmailTokens,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailOutbox,
    private readonly audit: AuditLog,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** Answers the same whether or not the address has an account. */
  async request(emailInput: string, request: RequestFacts): Promise<UserMessage> {
    const email = normaliseEmail(emailInput);
    await this.rateLimiter.consume(RESET_LIMITS.perIp, request.clientIp ?? 'unknown');
    await this.rateLimiter.consume(RESET_LIMITS.perAccount, email);
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOneBy({ email });
      if (!user || user.erasedAt || user.erasureRequestedAt) return;
      await this.audit.record(manager, { action: AuditAction.PASSWORD_RESET_REQUESTED, subjectId: user.id, requestId: request.requestId });
      await this.mail.queue(manager, user.id, EmailTemplate.RESET_PASSWORD);
    });
    return IdentityMessages.PASSWORD_RESET_REQUESTED();
  }

  async reset(token: string, newPassword: string, requestId: string): Promise<void> {
    // The new password is checked before the token is used up, so a rejected password
    // does not cost the person their link.
    const userId = await this.tokens.peek(token, EmailTokenPurpose.RESET_PASSWORD);
    const user = await this.users.findOneByOrFail({ id: userId });
    checkPassword(newPassword, { email: user.email ?? undefined, displayName: user.displayName });
    const passwordHash = await this.hasher.hash(newPassword);
    const owner = await this.dataSource.transaction(async (manager) => {
      const owner = await this.tokens.consume(manager, token, EmailTokenPurpose.RESET_PASSWORD);
      await manager.update(User, owner, { passwordHash });
      await this.sessions.revokeAll(manager, owner, 'password_reset');
      await this.audit.record(manager, { action: AuditAction.PASSWORD_RESET, actorId: owner, subjectId: owner, requestId });
      await this.mail.queue(manager, owner, EmailTemplate.PASSWORD_CHANGED);
      return owner;
    });
    this.sessions.announceEnded(owner);
  }
}
