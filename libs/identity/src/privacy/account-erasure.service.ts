import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { BadUserInputError, ConflictError, Outbox, RateLimiter, type RateLimit, type Viewer } from '@kindred/core';
import { PasswordHasher } from '../accounts/password-hasher';
import { User } from '../accounts/user.entity';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';
import { SessionsService } from '../sessions/sessions.service';
import { IdentityMessages } from '../identity.messages';

/**
 * Someone holding a stolen access token must not be able to guess the password here; so,
 * while Redis cannot count, erasure is refused (it can wait a minute).
 */
export const ERASURE_LIMIT = { name: 'erasure:account', limit: 5, windowSeconds: 3600, whenUncounted: 'refuse' } satisfies RateLimit;

/** A person deleting their own account (API side). The erasure itself runs in the worker. */
@Injectable()
export class AccountErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /**
   * Asks for the password again, since this cannot be undone. From the moment the request
   * commits the account cannot sign in (sessions revoked, login and tokens refused), and the
   * erasure job is sure to run: it is written in the same transaction.
   */
  async request(viewer: Viewer, password: string, requestId: string): Promise<void> {
    await this.rateLimiter.consume(ERASURE_LIMIT, viewer.userId);
    const user = await this.users.createQueryBuilder('user').addSelect('user.passwordHash').where('user.id = :id', { id: viewer.userId }).getOne();
    if (!user || !(await this.hasher.verify(user.passwordHash, password))) {
      throw new BadUserInputError(IdentityMessages.ERASURE_PASSWORD_WRONG(), { field: 'password' });
    }
    await this.dataSource.transaction(async (manager) => {
      const marked = await manager
        .createQueryBuilder()
        .update(User)
        .set({ erasureRequestedAt: () => 'now()' })
        .where('id = :id AND erasure_requested_at IS NULL AND erased_at IS NULL', { id: user.id })
        .execute();
      if (!marked.affected) throw new ConflictError(IdentityMessages.ERASURE_ALREADY_REQUESTED());
      await this.sessions.revokeAll(manager, user.id, 'account_erasure');
      await this.audit.record(manager, { action: AuditAction.ERASURE_REQUESTED, actorId: user.id, subjectId: user.id, requestId });
      await this.outbox.stage(manager, { name: 'identity.erase-account', data: { userId: user.id } });
    });
    this.sessions.announceEnded(user.id);
  }
}
