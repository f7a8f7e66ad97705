import { DiscoveryService } from '@nestjs/core';

/**
 * How a domain tells consent who a grantee is to the owner (their supporter, their mentor),
 * without consent depending on circles or mentorships. A grant can only be given to someone
 * a provider recognises; the provider revokes grants itself when the relationship ends.
 */
export interface GranteeRelationshipProvider {
  /** A short label (SUPPORTER, MENTOR) when `granteeId` is related to `ownerId` now, else null. */
  relationshipOf(ownerId: string, granteeId: string): Promise<string | null>;
}

const relationshipMarker = DiscoveryService.createDecorator<Record<string, never>>();

export const GRANTEE_RELATIONSHIP_METADATA_KEY = relationshipMarker.KEY;

type ProviderClass = abstract new (...args: never[]) => GranteeRelationshipProvider;

export function GranteeRelationship(): <T extends ProviderClass>(target: T) => void {
  const mark = relationshipMarker();
  return (target) => {
    mark(target);
  };
}
