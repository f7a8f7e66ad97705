import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { DisclosureEntry } from '../disclosure/disclosure-entry.entity';
import { ConsentGrant } from '../grants/consent-grant.entity';

/**
 * Consent's share of export and erasure. Export: every grant the person gave (the full
 * history), what is shared with them, and their disclosure log (who saw their data). Erasure:
 * grants both ways and their own log go; where they were the viewer in someone else's log,
 * the entry stays for its owner, without their id.
 */
@PersonalData()
@Injectable()
export class ConsentPersonalData implements PersonalDataContributor {
  readonly domain = 'consent';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'consent_grants', personColumns: ['owner_id', 'grantee_id'] },
    { table: 'disclosure_log', personColumns: ['owner_id', 'viewer_id'] },
  ];

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const given = await manager.getRepository(ConsentGrant).find({ where: { ownerId: userId }, order: { grantedAt: 'ASC' } });
    const received = await manager.getRepository(ConsentGrant).find({ where: { granteeId: userId }, order: { grantedAt: 'ASC' } });
    const log = await manager.getRepository(DisclosureEntry).find({ where: { ownerId: userId }, order: { accessedAt: 'ASC' } });
    return {
      grantsGiven: given.map((grant) => ({
        granteeId: grant.granteeId,
        scope: grant.scope,
        relationship: grant.relationship,
        purpose: grant.purpose,
        statement: grant.statement,
        ends: grant.ends,
        expiresAt: grant.expiresAt,
        grantedAt: grant.grantedAt,
        signature: { signedAt: grant.signedAt, method: grant.signatureMethod, signedName: grant.signedName, sessionId: grant.signatureSessionId },
        revokedAt: grant.revokedAt,
        revokedReason: grant.revokedReason,
      })),
      sharedWithMe: received.map((grant) => ({ ownerId: grant.ownerId, scope: grant.scope, grantedAt: grant.grantedAt, revokedAt: grant.revokedAt })),
      whoSawMyData: log.map((entry) => ({ viewerId: entry.viewerId, scope: entry.scope, what: entry.what, accessedAt: entry.accessedAt })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(DisclosureEntry, { ownerId: userId });
    await manager.update(DisclosureEntry, { viewerId: userId }, { viewerId: null });
    await manager.delete(ConsentGrant, { ownerId: userId });
    await manager.delete(ConsentGrant, { granteeId: userId });
  }
}
