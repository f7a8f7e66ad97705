import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CheckinsModule } from '@kindred/checkins';
import { ConsentModule } from '@kindred/consent';
import { IdentityModule } from '@kindred/identity';
import { MilestoneCelebration, RecoveryJourney, Setback } from './journey/journey.entities';
import { RecoveryJourneyResolver } from './journey/recovery-journey.resolver';
import { RecoveryJourneyService } from './journey/recovery-journey.service';

export const MILESTONE_ENTITIES = [RecoveryJourney, Setback, MilestoneCelebration];

/** API side of the recovery journey: start date, setbacks, milestones and what a MILESTONES grant shares. */
@Module({
  imports: [TypeOrmModule.forFeature(MILESTONE_ENTITIES), IdentityModule, ConsentModule, CheckinsModule],
  providers: [RecoveryJourneyService, RecoveryJourneyResolver],
})
export class MilestonesModule {}
