import { Injectable } from '@nestjs/common';
import { PeopleDirectory } from '@kindred/identity';
import type { ConsentGrant } from './consent-grant.entity';
import type { ConsentGrantObject } from './consent-grants.types';

/** Grants with both people's names, in one lookup whatever the number of grants, as `viewerId` may see them. */
@Injectable()
export class ConsentGrantPresenter {
  constructor(private readonly people: PeopleDirectory) {}

  async present(grants: readonly ConsentGrant[], viewerId: string): Promise<ConsentGrantObject[]> {
    const names = await this.people.summaries(grants.flatMap((grant) => [grant.ownerId, grant.granteeId]));
    const now = Date.now();
    return grants.map((grant) => ({
      id: grant.id,
      ownerId: grant.ownerId,
      ownerDisplayName: names.get(grant.ownerId)!.displayName,
      granteeId: grant.granteeId,
      granteeDisplayName: names.get(grant.granteeId)!.displayName,
      scope: grant.scope,
      relationship: grant.relationship,
      purpose: grant.purpose,
      statement: grant.statement,
      ends: grant.ends,
      expiresAt: grant.expiresAt,
      signature: {
        signedAt: grant.signedAt,
        method: grant.signatureMethod,
        signedName: grant.signedName,
        sessionId: grant.ownerId === viewerId ? grant.signatureSessionId : null,
      },
      grantedAt: grant.grantedAt,
      revokedAt: grant.revokedAt,
      revokedReason: grant.revokedReason,
      active: grant.revokedAt === null && (grant.expiresAt === null || grant.expiresAt.getTime() > now),
    }));
  }
}
