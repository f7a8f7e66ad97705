import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFoundError, type Viewer } from '@kindred/core';
import { normaliseEmail } from '../accounts/account-input';
import { User } from '../accounts/user.entity';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';
import type { PersonFoundObject } from './person-lookup.types';
import { IdentityMessages } from '../identity.messages';

/**
 * How an administrator finds the person they are asked to appoint or give a role to. Whether
 * someone is on a recovery network is itself sensitive: only administrators may ask (checked
 * by the resolver's rule), and every lookup, found or not, is in the audit log with who asked.
 * The address itself is never written to the log.
 */
@Injectable()
export class PersonLookup {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditLog,
  ) {}

  async byEmail(viewer: Viewer, email: string, requestId: string): Promise<PersonFoundObject> {
    const normalised = normaliseEmail(email);
    const user = await this.users
      .createQueryBuilder('user')
      .where('user.email = :email AND user.erased_at IS NULL AND user.erasure_requested_at IS NULL', { email: normalised })
      .getOne();
    await this.audit.record(this.users.manager, {
      action: AuditAction.PERSON_LOOKED_UP,
      actorId: viewer.userId,
      subjectId: user?.id ?? null,
      requestId,
      details: { by: 'email', found: user !== null },
    });
    if (!user) throw new NotFoundError(IdentityMessages.NOBODY_WITH_THAT_EMAIL());
    return { id: user.id, displayName: user.displayName, roles: user.roles };
  }
}
