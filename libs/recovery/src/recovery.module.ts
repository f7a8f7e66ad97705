import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentModule } from '@kindred/consent';
import { IdentityModule } from '@kindred/identity';
import { Barc10Assessment } from './barc10/barc10-assessment.entity';
import { Barc10Resolver } from './barc10/barc10.resolver';
import { Barc10Service } from './barc10/barc10.service';
import { RecoveryCapitalAccess } from './capital/recovery-capital-access';
import { CapitalTrends } from './capital/capital-trends';
import { RecoveryCapitalResolver } from './capital/recovery-capital.resolver';
import { SharedCapitalWatch } from './capital/shared-capital-watch';
import { DomainRatingNote } from './domains/domain-rating-note.entity';
import { DomainRating } from './domains/domain-rating.entity';
import { DomainRatingsResolver } from './domains/domain-ratings.resolver';
import { DomainRatingsService } from './domains/domain-ratings.service';
import { RecoveryProfileReader } from './domains/recovery-profile-reader';
import { RecoveryPreference } from './preferences/recovery-preference.entity';
import { RecoveryPreferencesResolver } from './preferences/recovery-preferences.resolver';
import { RecoveryTagsResolver } from './tags/recovery-tags.resolver';
import { RecoveryPreferencesService } from './preferences/recovery-preferences.service';

export const RECOVERY_ENTITIES = [Barc10Assessment, DomainRating, DomainRatingNote, RecoveryPreference];

/**
 * API side of recovery capital: BARC-10 and domain self-ratings with their history, and
 * recovery preferences. Needs FieldCipher from core's global CryptoModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature(RECOVERY_ENTITIES), ConsentModule, IdentityModule],
  providers: [
    RecoveryCapitalAccess,
    SharedCapitalWatch,
    Barc10Service,
    DomainRatingsService,
    RecoveryPreferencesService,
    RecoveryProfileReader,
    Barc10Resolver,
    DomainRatingsResolver,
    RecoveryCapitalResolver,
    RecoveryPreferencesResolver,
    RecoveryTagsResolver,
    CapitalTrends,
  ],
  exports: [RecoveryProfileReader, CapitalTrends],
})
export class RecoveryModule {}
