import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, EventBus, NotFoundError, checkText, isUuid, type KindredError, type Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { DisclosureLog } from '../disclosure/disclosure-log.service';
import { redisclosureNotice } from '../disclosure/redisclosure-notice';
import { ConsentGrant } from './consent-grant.entity';
import { checkTypedSignature, ConsentSignatureMethod } from './consent-signature';
import { GranteeRelationships } from './grantee-relationships';
import { DEFAULT_SHARING_MONTHS, defaultSharingEnd, relationshipEndWords, SharingEnd } from './sharing-end';
import { SharingEndedError } from './sharing-ended';
import { SCOPE_WORDS, SharingScope } from './sharing-scope';
import { ConsentMessages } from '../consent.messages';
import { closeExpiredGrant, insertGrant, latestEndedGrant, revokeAllGrantsBetween, revokeGrant } from './grants.queries';

/** The live topic a grantee's shared-data subscriptions listen to, to end at once on revocation. */
export function grantsTopic(granteeId: string): string {
  return `consent.grantee.${granteeId}`;
}

export interface GrantRequest {
  granteeId: string;
  scope: SharingScope;
  purpose: string;
  ends: SharingEnd;
  /** With ON_DATE: when it ends, or null for the default (12 months from now). Null with WHEN_RELATIONSHIP_ENDS. */
  expiresAt: Date | null;
  /** The owner's display name, typed to sign. */
  signature: string;
}

/** What someone who may not read is told when they never held a grant of that scope: nothing is revealed. */
/** How long a supporter is still told that something stopped being shared with them. */
export const ENDED_SHOWN_DAYS = 30;

const notShared = (): NotFoundError => new NotFoundError(ConsentMessages.SHARED_NOT_FOUND());

/**
 * Consent grants: given by the owner in plain words, one scope at a time, to someone a
 * relationship provider recognises, always with an end and a signature; revocable at once;
 * checked at every read, which is written to the disclosure log in the same step. A reader
 * whose grant ended is told so plainly; anyone else is told nothing exists.
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

  async grant(owner: Viewer, request: GrantRequest): Promise<ConsentGrant> {
    const ownerId = owner.userId;
    if (!isUuid(request.granteeId) || request.granteeId === ownerId) {
      throw new BadUserInputError(ConsentMessages.GRANTEE_FROM_CIRCLE_OR_MENTOR(), { field: 'granteeId' });
    }
    if (!Object.values(SharingScope).includes(request.scope)) throw new BadUserInputError(ConsentMessages.SHARING_SCOPE_REQUIRED(), { field: 'scope' });
    const purpose = checkText(request.purpose, 'purpose', ConsentMessages.CONSENT_LABEL_PURPOSE(), { min: 3, max: 300 });
    const expiresAt = this.checkedEnd(request.ends, request.expiresAt);
    const names = await this.people.summaries([ownerId, request.granteeId]);
    const signedName = checkTypedSignature(request.signature, names.get(ownerId)!.displayName);
    const relationship = await this.relationships.of(ownerId, request.granteeId);
    if (!relationship) throw new BadUserInputError(ConsentMessages.SHARE_WITH_CIRCLE_OR_MENTOR_ONLY(), { field: 'granteeId' });
    const grantee = names.get(request.granteeId)!.displayName;
    const endsWhen = relationshipEndWords(relationship, grantee);
    const end = expiresAt ? `It ends on ${expiresAt.toISOString().slice(0, 10)}, or sooner if ${endsWhen}.` : `It ends when ${endsWhen}.`;
    const statement =
      `You agree that ${grantee} (your ${relationship.toLowerCase()}) may see ${SCOPE_WORDS[request.scope]}, ` +
      `for this purpose: “${purpose}”. ${end} Nothing else is shared. You can revoke this at any time, and it ends at once.`;
    const inserted = await this.dataSource.transaction(async (manager) => {
      // A grant past its date no longer counts, but still holds the one-in-force key: close it at its end.
      await closeExpiredGrant.affected(manager, { ownerId, granteeId: request.granteeId, scope: request.scope });
      return insertGrant.all(manager, {
        ownerId,
        granteeId: request.granteeId,
        scope: request.scope,
        relationship,
        purpose,
        statement,
        ends: request.ends,
        expiresAt,
        signatureMethod: ConsentSignatureMethod.TYPED_NAME,
        signatureSessionId: owner.sessionId,
        signedName,
      });
    });
    if (inserted.length === 0) {
      throw new ConflictError(ConsentMessages.ALREADY_SHARED());
    }
    return this.dataSource.getRepository(ConsentGrant).findOneByOrFail({ id: inserted[0]!.id });
  }

  /** The end date a grant gets: the one chosen, the default, or none when it ends with the relationship. */
  private checkedEnd(ends: SharingEnd, chosen: Date | null): Date | null {
    if (!Object.values(SharingEnd).includes(ends)) throw new BadUserInputError(ConsentMessages.SHARING_END_REQUIRED(), { field: 'ends' });
    if (ends === SharingEnd.WHEN_RELATIONSHIP_ENDS) {
      if (chosen) throw new BadUserInputError(ConsentMessages.RELATIONSHIP_SHARING_HAS_NO_DATE(), { field: 'expiresAt' });
      return null;
    }
    const now = new Date();
    if (chosen && !(chosen.getTime() > now.getTime())) {
      throw new BadUserInputError(ConsentMessages.SHARING_END_DATE_IN_PAST({ months: DEFAULT_SHARING_MONTHS }), { field: 'expiresAt' });
    }
    return chosen ?? defaultSharingEnd(now);
  }

  /** Ends a grant now; the grantee's next read, and their live subscriptions, are refused. */
  async revoke(ownerId: string, grantId: string): Promise<ConsentGrant> {
    const revoked = isUuid(grantId) ? await revokeGrant.one(this.dataSource.manager, { grantId, ownerId }) : undefined;
    const grant = isUuid(grantId) ? await this.dataSource.getRepository(ConsentGrant).findOneBy({ id: grantId, ownerId }) : null;
    if (!grant) throw new NotFoundError(ConsentMessages.SHARING_NOT_FOUND());
    if (revoked) await this.announce(revoked.granteeId);
    return grant;
  }

  /**
   * Ends every grant from owner to grantee in the caller's transaction, when the relationship
   * behind them ends (removed from a circle, left it, a mentorship over). Announce afterwards.
   */
  async revokeAllBetween(manager: EntityManager, ownerId: string, granteeId: string, reason: string): Promise<number> {
    return revokeAllGrantsBetween.affected(manager, { ownerId, granteeId, reason });
  }

  async announce(granteeId: string): Promise<void> {
    await this.events.publish(grantsTopic(granteeId), { granteeId });
  }

  /** The grant in force now (not revoked, not expired, by the database's clock), or null. */
  async activeGrant(manager: EntityManager, ownerId: string, granteeId: string, scope: SharingScope): Promise<ConsentGrant | null> {
    if (!isUuid(ownerId)) return null;
    return manager
      .getRepository(ConsentGrant)
      .createQueryBuilder('grant')
      .where('grant.owner_id = :ownerId AND grant.grantee_id = :granteeId AND grant.scope = :scope', { ownerId, granteeId, scope })
      .andWhere('grant.revoked_at IS NULL AND (grant.expires_at IS NULL OR grant.expires_at > now())')
      .getOne();
  }

  /**
   * The grant in force now, or the refusal the viewer should meet. Reads nothing, so logs
   * nothing: for checks before a read that logs, or before a grantee's action (a suggestion).
   */
  async requireInForce(
    manager: EntityManager,
    ownerId: string,
    viewerId: string,
    scope: SharingScope,
    { notFound = notShared }: { notFound?: () => KindredError } = {},
  ): Promise<ConsentGrant> {
    const grant = await this.activeGrant(manager, ownerId, viewerId, scope);
    if (grant) return grant;
    throw await this.refusal(manager, ownerId, viewerId, scope, notFound);
  }

  /**
   * Why the viewer may not read the owner's scope: SHARING_ENDED, with how it ended, when they
   * held a grant of it that was stopped or reached its end; otherwise `notFound()`, so a
   * stranger learns nothing (not even whether the owner exists).
   */
  async refusal(
    manager: EntityManager,
    ownerId: string,
    viewerId: string,
    scope: SharingScope,
    notFound: () => KindredError = notShared,
  ): Promise<KindredError> {
    if (!isUuid(ownerId) || ownerId === viewerId) return notFound();
    // A grant ended at the earlier of its revocation and its date; the reason follows whichever came first.
    const ended = await latestEndedGrant.one(manager, { ownerId, granteeId: viewerId, scope });
    if (!ended) return notFound();
    const [names, settings] = await Promise.all([this.people.summaries([ownerId]), this.people.settings([viewerId])]);
    const reader = settings.get(viewerId);
    return new SharingEndedError(
      { scope, ownerName: names.get(ownerId)!.displayName, reason: ended.reason, endedAt: ended.endedAt },
      { locale: reader?.locale ?? 'en', timeZone: reader?.timeZone ?? 'UTC' },
    );
  }

  /**
   * The check before every read of someone else's shared data: refuses without a grant in
   * force (see `refusal`), and otherwise writes the disclosure entry.
   */
  async requireRead(viewerId: string, ownerId: string, scope: SharingScope, what: string, notFound: () => KindredError = notShared): Promise<ConsentGrant> {
    const grant = await this.requireInForce(this.dataSource.manager, ownerId, viewerId, scope, { notFound });
    await this.disclosures.record({ ownerId, viewerId, scope, grantId: grant.id, what });
    return grant;
  }

  /** The redisclosure notice (42 CFR Part 2 §2.32) every disclosure carries, in its reader's language. */
  async redisclosureNotice(readerId: string): Promise<string> {
    return redisclosureNotice((await this.people.settings([readerId])).get(readerId)?.locale ?? 'en');
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

  /**
   * What others shared with the viewer and ended lately (stopped, or past its date), unless it
   * was shared again since: so a supporter is told that it ended, rather than finding it gone.
   */
  async endedToGrantee(granteeId: string): Promise<ConsentGrant[]> {
    return this.dataSource
      .getRepository(ConsentGrant)
      .createQueryBuilder('grant')
      .where('grant.grantee_id = :granteeId', { granteeId })
      .andWhere('LEAST("grant".revoked_at, "grant".expires_at) <= now() AND LEAST("grant".revoked_at, "grant".expires_at) > :since', {
        since: new Date(Date.now() - ENDED_SHOWN_DAYS * 24 * 60 * 60 * 1000),
      })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM consent_grants later
                      WHERE later.owner_id = "grant".owner_id AND later.grantee_id = "grant".grantee_id
                        AND later.scope = "grant".scope AND later.granted_at > "grant".granted_at)`,
      )
      .orderBy('grant.granted_at', 'DESC')
      .take(500)
      .getMany();
  }
}
