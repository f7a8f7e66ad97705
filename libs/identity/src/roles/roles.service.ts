import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError, ViewerChanges, refuseOwnCase, type PlatformRole, type UserMessage } from '@kindred/core';
import { User } from '../accounts/user.entity';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';
import { IdentityMessages } from '../identity.messages';

/**
 * Roles that follow from something else, so an administrator cannot set them by hand:
 * PEER_MENTOR follows alliance vetting, COORDINATOR follows an appointment to an alliance.
 */
const DERIVED_ROLES: Partial<Record<PlatformRole, UserMessage>> = {
  PEER_MENTOR: IdentityMessages.PEER_MENTOR_ROLE_FOLLOWS_VETTING(),
  COORDINATOR: IdentityMessages.COORDINATOR_ROLE_FOLLOWS_APPOINTMENT(),
};

/** Gives and takes platform roles; every change is audited. */
@Injectable()
export class RolesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly viewerChanges: ViewerChanges,
  ) {}

  /** An administrator's change by hand: only roles that do not follow from elsewhere, and never to their own roles. */
  async changeByAdministrator(change: 'grant' | 'revoke', userId: string, role: PlatformRole, actorId: string, requestId: string): Promise<User> {
    refuseOwnCase(actorId, userId, IdentityMessages.OWN_ROLES());
    const derivedFrom = DERIVED_ROLES[role];
    if (derivedFrom) throw new BadUserInputError(derivedFrom, { field: 'role' });
    return change === 'grant' ? this.grant(userId, role, actorId, requestId) : this.revoke(userId, role, actorId, requestId);
  }

  async grant(userId: string, role: PlatformRole, actorId: string | null, requestId: string | null): Promise<User> {
    return this.change(userId, role, 'grant', actorId, requestId);
  }

  async revoke(userId: string, role: PlatformRole, actorId: string | null, requestId: string | null): Promise<User> {
    return this.change(userId, role, 'revoke', actorId, requestId);
  }

  private async change(userId: string, role: PlatformRole, change: 'grant' | 'revoke', actorId: string | null, requestId: string | null): Promise<User> {
    const { user, changed } = await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.erasedAt) throw new NotFoundError(IdentityMessages.ACCOUNT_NOT_FOUND());
      const has = user.roles.includes(role);
      if ((change === 'grant' && has) || (change === 'revoke' && !has)) return { user, changed: false };
      user.roles = change === 'grant' ? [...user.roles, role] : user.roles.filter((held) => held !== role);
      await manager.update(User, user.id, { roles: user.roles });
      await this.audit.record(manager, {
        action: change === 'grant' ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REVOKED,
        actorId,
        subjectId: user.id,
        requestId,
        details: { role },
      });
      return { user, changed: true };
    });
    // Live connections opened with the role end now, not at their next event.
    if (changed && change === 'revoke') this.viewerChanges.announce(user.id);
    return user;
  }
}
