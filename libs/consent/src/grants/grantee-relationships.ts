import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { GRANTEE_RELATIONSHIP_METADATA_KEY, type GranteeRelationshipProvider } from './grantee-relationship';

/** Every `@GranteeRelationship()` provider of the application. */
@Injectable()
export class GranteeRelationships implements OnModuleInit {
  private providers: GranteeRelationshipProvider[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = this.discovery
      .getProviders({ metadataKey: GRANTEE_RELATIONSHIP_METADATA_KEY })
      .map((wrapper): unknown => wrapper.instance)
      .filter((instance): instance is GranteeRelationshipProvider => typeof instance === 'object' && instance !== null);
    this.providers = [...new Map(found.map((provider) => [provider.constructor, provider])).values()];
  }

  /** The first relationship any provider recognises, or null. */
  async of(ownerId: string, granteeId: string): Promise<string | null> {
    for (const provider of this.providers) {
      const relationship = await provider.relationshipOf(ownerId, granteeId);
      if (relationship) return relationship;
    }
    return null;
  }
}
