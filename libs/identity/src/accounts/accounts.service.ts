import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import {
  BadUserInputError,
  NotFoundError,
  RateLimiter,
  SELF_CHOSEN_ROLES,
  type PlatformRole,
  type RateLimit,
  type UserMessage,
  type Viewer,
} from '@kindred/core';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';
import { MailOutbox } from '../mail/mail-outbox';
import { EmailTemplate } from '../mail/outgoing-email.entity';
import type { RequestFacts } from '../sessions/sessions.service';
import { SessionsService } from '../sessions/sessions.service';
import { checkDisplayName, checkLocale, checkPronouns, checkTimeZone, normaliseEmail } from './account-input';
import type { RegisterInput } from './account.types';
import { PasswordHasher } from './password-hasher';
import { checkPassword } from './password-policy';
import { User } from './user.entity';
import { IdentityMessages } from '../identity.messages';

/**
 * A drop-in centre, library or clinic registers many people over one shared connection, so an
 * address may register a busy hour's worth of people (30 with room for mistakes) and a busy
 * day's; a script registering from one address is stopped at those ceilings. Each email
 * address is limited on its own, so nobody's inbox is flooded with confirmation emails.
 * Refused while Redis is down: joining can wait a minute, and uncounted it invites mass
 * sign-ups and email floods.
 */
export const REGISTER_LIMITS = {
  perIp: { name: 'register:ip', limit: 40, windowSeconds: 3600, whenUncounted: 'refuse' },
  perIpDaily: { name: 'register:ip:day', limit: 150, windowSeconds: 86_400, whenUncounted: 'refuse' },
  perAccount: { name: 'register:account', limit: 3, windowSeconds: 3600, whenUncounted: 'refuse' },
} satisfies Record<string, RateLimit>;

/** Joining, one's own account, and changing one's password. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailOutbox,
    private readonly audit: AuditLog,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /**
   * Creates the account and emails a confirmation link. If the address already has an
   * account, its owner is emailed instead and the answer is the same: whether someone is on
   * a recovery network is itself sensitive, so it is never revealed to the asker.
   */
  async register(input: RegisterInput, request: RequestFacts): Promise<UserMessage> {
    const email = normaliseEmail(input.email);
    const displayName = checkDisplayName(input.displayName);
    checkPassword(input.password, { email, displayName });
    const roles = this.selfChosenRoles(input.roles);
    const values = {
      email,
      displayName,
      pronouns: checkPronouns(input.pronouns),
      locale: checkLocale(input.locale),
      timeZone: checkTimeZone(input.timeZone),
      roles,
    };
    // The email first: retrying one address does not use up a shared connection's allowance.
    await this.rateLimiter.consume(REGISTER_LIMITS.perAccount, email);
    await this.rateLimiter.consume(REGISTER_LIMITS.perIp, request.clientIp ?? 'unknown');
    await this.rateLimiter.consume(REGISTER_LIMITS.perIpDaily, request.clientIp ?? 'unknown');
    const passwordHash = await this.hasher.hash(input.password);

    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ ...values, passwordHash })
        .orIgnore()
        .returning(['id'])
        .execute();
      const created = (inserted.raw as { id: string }[])[0];
      if (created) {
        await this.audit.record(manager, { action: AuditAction.ACCOUNT_REGISTERED, actorId: created.id, subjectId: created.id, requestId: request.requestId });
        return this.mail.queue(manager, created.id, EmailTemplate.VERIFY_EMAIL);
      }
      const existing = await manager.getRepository(User).findOneBy({ email });
      if (existing) await this.mail.queue(manager, existing.id, EmailTemplate.ALREADY_REGISTERED);
    });
    return IdentityMessages.REGISTERED();
  }

  async get(userId: string): Promise<User> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user || user.erasedAt) throw new NotFoundError(IdentityMessages.ACCOUNT_NOT_FOUND());
    return user;
  }

  /** Signs out every other device, and tells the owner by email. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, requestId: string): Promise<void> {
    const user = await this.users.createQueryBuilder('user').addSelect('user.passwordHash').where('user.id = :id', { id: viewer.userId }).getOne();
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new BadUserInputError(IdentityMessages.CURRENT_PASSWORD_WRONG(), { field: 'currentPassword' });
    }
    checkPassword(newPassword, { email: user.email ?? undefined, displayName: user.displayName });
    if (await this.hasher.verify(user.passwordHash, newPassword)) {
      throw new BadUserInputError(IdentityMessages.NEW_PASSWORD_SAME(), { field: 'newPassword' });
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { passwordHash });
      await this.sessions.revokeAll(manager, user.id, 'password_changed', viewer.sessionId);
      await this.audit.record(manager, { action: AuditAction.PASSWORD_CHANGED, actorId: user.id, subjectId: user.id, requestId });
      return this.mail.queue(manager, user.id, EmailTemplate.PASSWORD_CHANGED);
    });
    this.sessions.announceEnded(user.id);
  }

  private selfChosenRoles(requested: PlatformRole[] | null | undefined): PlatformRole[] {
    const roles = [...new Set(requested && requested.length > 0 ? requested : SELF_CHOSEN_ROLES.slice(0, 1))];
    const notAllowed = roles.filter((role) => !SELF_CHOSEN_ROLES.includes(role));
    if (notAllowed.length > 0) {
      throw new BadUserInputError(IdentityMessages.SELF_CHOSEN_ROLES_ONLY(), { field: 'roles' });
    }
    return roles;
  }
}
