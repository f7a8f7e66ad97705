import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, EventBus, NotFoundError, checkText, isUuid } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { DisclosureLog } from '../disclosure/disclosure-log.service';
import { ConsentGrant } from './consent-grant.entity';
import { GranteeRelationships } from './grantee-relationships';
import { SCOPE_WORDS, SharingScope } from './sharing-scope';

/** The live topic a grantee's shared-data subscriptions listen to, to end at once on revocation. */
export function grantsTopic(granteeId: string): string {
  return `consent.grantee.${granteeId}`;
}

export interface GrantRequest {
  granteeId: string;
  scope: SharingScope;
  purpose: string;
  /** Null: until revoked. */
  expiresAt: Date | null;
}

const notShared = (): NotFoundError => new NotFoundError('We could not find that. It may not be shared with you, or no longer.');

/**
 * Consent grants: given by the owner in plain words, one scope at a time, to someone a
 * relationship provider recognises; revocable at once; checked at every read, which is
 * written to the disclosure log in the same step.
 */
@Injectable()
export class ConsentGrants {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relationships: GranteeRelationships,
    private readonly people: PeopleDirectory,
    private readonly disclosures: DisclosureLog,
    private readonly events: EventBus,
  ) {}

  async grant(ownerId: string, request: GrantRequest): Promise<ConsentGrant> {
    if (!isUuid(request.granteeId) || request.granteeId === ownerId) {
      throw new BadUserInputError('Choose someone in your support circle, or your mentor.', { field: 'granteeId' });
    }
    if (!Object.values(SharingScope).includes(request.scope)) throw new BadUserInputError('Choose what to share.', { field: 'scope' });
    const purpose = checkText(request.purpose, 'purpose', 'a purpose (why you share this)', { min: 3, max: 300 });
    if (request.expiresAt && request.expiresAt.getTime() <= Date.now()) {
      throw new BadUserInputError('The end date must be in the future, or leave it empty to share until you revoke it.', { field: 'expiresAt' });
    }
    const relationship = await this.relationships.of(ownerId, request.granteeId);
    if (!relationship) throw new BadUserInputError('You can share only with people in your support circle, or your mentor.', { field: 'granteeId' });
    const grantee = (await this.people.summaries([request.granteeId])).get(request.granteeId)!;
    const until = request.expiresAt ? `until ${request.expiresAt.toISOString().slice(0, 10)}` : 'until you revoke it';
    const statement =
      `You agree that ${grantee.displayName} (your ${relationship.toLowerCase()}) may see ${SCOPE_WORDS[request.scope]}, ` +
      `for this purpose: “${purpose}”, ${until}. Nothing else is shared. You can revoke this at any time, and it ends at once.`;
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO consent_grants (owner_id, grantee_id, scope, relationship, purpose, statement, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (owner_id, grantee_id, scope) WHERE revoked_at IS NULL DO NOTHING RETURNING id`,
      [ownerId, request.granteeId, request.scope, relationship, purpose, statement, request.expiresAt],
    );
    if (inserted.length === 0) {
      throw new ConflictError('You already share this with them. To change it, revoke it and share again.');
    }
    return this.dataSource.getRepository(ConsentGrant).findOneByOrFail({ id: inserted[0]!.id });
  }

  /** Ends a grant now; the grantee's next read, and their live subscriptions, are refused. */
  async revoke(ownerId: string, grantId: string): Promise<ConsentGrant> {
    const [rows]: [{ id: string; grantee_id: string }[], number] = isUuid(grantId)
      ? await this.dataSource.query(
          `UPDATE consent_grants SET revoked_at = now(), revoked_reason = 'REVOKED_BY_OWNER'
            WHERE id = $1 AND owner_id = $2 AND revoked_at IS NULL RETURNING id, grantee_id`,
          [grantId, ownerId],
        )
      : [[], 0];
    const grant = isUuid(grantId) ? await this.dataSource.getRepository(ConsentGrant).findOneBy({ id: grantId, ownerId }) : null;
    if (!grant) throw new NotFoundError('We could not find that sharing.');
    if (rows[0]) await this.announce(rows[0].grantee_id);
    return grant;
  }

  /**
   * Ends every grant from owner to grantee in the caller's transaction, when the relationship
   * behind them ends (removed from a circle, left it, a mentorship over). Announce afterwards.
   */
  async revokeAllBetween(manager: EntityManager, ownerId: string, granteeId: string, reason: string): Promise<number> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE consent_grants SET revoked_at = now(), revoked_reason = $3 WHERE owner_id = $1 AND grantee_id = $2 AND revoked_at IS NULL`,
      [ownerId, granteeId, reason],
    );
    return affected;
  }

  async announce(granteeId: string): Promise<void> {
    await this.events.publish(grantsTopic(granteeId), { granteeId });
  }

  /** The grant in force now (not revoked, not expired, by the database's clock), or null. */
  async activeGrant(ownerId: string, granteeId: string, scope: SharingScope, manager: EntityManager = this.dataSource.manager): Promise<ConsentGrant | null> {
    if (!isUuid(ownerId)) return null;
    return manager
      .getRepository(ConsentGrant)
      .createQueryBuilder('grant')
      .where('grant.owner_id = :ownerId AND grant.grantee_id = :granteeId AND grant.scope = :scope', { ownerId, granteeId, scope })
      .andWhere('grant.revoked_at IS NULL AND (grant.expires_at IS NULL OR grant.expires_at > now())')
      .getOne();
  }

  /**
   * The check before every read of someone else's shared data: refuses (as "not found", so
   * nothing is revealed) without a grant in force, and otherwise writes the disclosure entry.
   */
  async requireRead(viewerId: string, ownerId: string, scope: SharingScope, what: string): Promise<ConsentGrant> {
    const grant = await this.activeGrant(ownerId, viewerId, scope);
    if (!grant) throw notShared();
    await this.disclosures.record({ ownerId, viewerId, scope, grantId: grant.id, what });
    return grant;
  }

  /** The owner's grants, newest first: in force only, or the full history. */
  async ofOwner(ownerId: string, includeEnded: boolean): Promise<ConsentGrant[]> {
    const query = this.dataSource.getRepository(ConsentGrant).createQueryBuilder('grant').where('grant.owner_id = :ownerId', { ownerId });
    if (!includeEnded) query.andWhere('grant.revoked_at IS NULL AND (grant.expires_at IS NULL OR grant.expires_at > now())');
    return query.orderBy('grant.granted_at', 'DESC').addOrderBy('grant.id', 'DESC').take(500).getMany();
  }

  /** What others share with the viewer now. */
  async toGrantee(granteeId: string): Promise<ConsentGrant[]> {
    return this.dataSource
      .getRepository(ConsentGrant)
      .createQueryBuilder('grant')
      .where('grant.grantee_id = :granteeId AND grant.revoked_at IS NULL AND (grant.expires_at IS NULL OR grant.expires_at > now())', { granteeId })
      .orderBy('grant.granted_at', 'DESC')
      .take(500)
      .getMany();
  }
}
