import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kindred/identity';
import { DisclosureEntry } from './disclosure/disclosure-entry.entity';
import { DisclosureLog } from './disclosure/disclosure-log.service';
import { ConsentGrant } from './grants/consent-grant.entity';
import { ConsentGrantPresenter } from './grants/consent-grant.presenter';
import { ConsentGrants } from './grants/consent-grants.service';
import { ConsentResolver } from './grants/consent.resolver';
import { GranteesInForce } from './grants/grantees-in-force';
import { GranteeRelationships } from './grants/grantee-relationships';

export const CONSENT_ENTITIES = [ConsentGrant, DisclosureEntry];

/** API side of consent: grants, their checks at every read, and the disclosure log. */
@Module({
  imports: [TypeOrmModule.forFeature(CONSENT_ENTITIES), DiscoveryModule, IdentityModule],
  providers: [GranteeRelationships, DisclosureLog, ConsentGrants, GranteesInForce, ConsentGrantPresenter, ConsentResolver],
  exports: [ConsentGrants, GranteesInForce],
})
export class ConsentModule {}
