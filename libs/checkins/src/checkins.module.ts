import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesModule } from '@kindred/alliances';
import { ConsentModule } from '@kindred/consent';
import { IdentityModule } from '@kindred/identity';
import { MessagingModule } from '@kindred/messaging';
import { NotificationsModule } from '@kindred/notifications';
import { RecoveryModule } from '@kindred/recovery';
import { Checkin } from './checkins/checkin.entity';
import { CheckinsResolver } from './checkins/checkins.resolver';
import { CheckinsService } from './checkins/checkins.service';
import { EarlyHelpAlert, EarlyHelpEpisode } from './early-help/early-help.entities';
import { EarlyHelpResolver } from './early-help/early-help.resolver';
import { EarlyHelpService } from './early-help/early-help.service';
import { EarlyHelpViewsService } from './early-help/early-help-views.service';
import { AllianceInsightsResolver } from './insights/alliance-insights.resolver';
import { AllianceInsightsService } from './insights/alliance-insights.service';
import { ReassessmentOffer } from './reassessment/reassessment-offer.entity';
import { CheckinPreferences } from './rhythm/checkin-preferences.entity';
import { CheckinPreferencesResolver } from './rhythm/checkin-preferences.resolver';
import { CheckinPreferencesService } from './rhythm/checkin-preferences.service';

export const CHECKIN_ENTITIES = [Checkin, CheckinPreferences, EarlyHelpEpisode, EarlyHelpAlert, ReassessmentOffer];

/** API side of check-ins: recording them, the member's rhythm and consents, early-help views, sharing with CHECKINS, and alliance insights. */
@Module({
  imports: [TypeOrmModule.forFeature(CHECKIN_ENTITIES), IdentityModule, ConsentModule, RecoveryModule, NotificationsModule, MessagingModule, AlliancesModule],
  providers: [
    CheckinsService,
    CheckinPreferencesService,
    EarlyHelpService,
    EarlyHelpViewsService,
    AllianceInsightsService,
    CheckinsResolver,
    CheckinPreferencesResolver,
    EarlyHelpResolver,
    AllianceInsightsResolver,
  ],
  exports: [EarlyHelpService],
})
export class CheckinsModule {}
