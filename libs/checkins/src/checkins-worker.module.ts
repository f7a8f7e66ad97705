import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityWorkerModule } from '@kindred/identity';
import { MessagingWorkerModule } from '@kindred/messaging';
import { NotificationsWorkerModule } from '@kindred/notifications';
import { RecoveryWorkerModule } from '@kindred/recovery';
import { CHECKIN_ENTITIES } from './checkins.module';
import { EarlyHelpService } from './early-help/early-help.service';
import { EvaluateEarlyHelpJobHandler } from './early-help/evaluate-early-help.job-handler';
import { CheckinsPersonalData } from './privacy/checkins-personal-data';
import { ReassessmentOffersService } from './reassessment/reassessment-offers.service';
import { CheckinRemindersService } from './reminders/checkin-reminders.service';
import { CheckinSweepsJobHandler } from './reminders/checkin-sweeps.job-handler';

/** Worker side of check-ins: reminders in each member's time zone, the early-help rule, re-assessment offers, and its share of export and erasure. */
@Module({
  imports: [TypeOrmModule.forFeature(CHECKIN_ENTITIES), IdentityWorkerModule, NotificationsWorkerModule, MessagingWorkerModule, RecoveryWorkerModule],
  providers: [EarlyHelpService, CheckinRemindersService, ReassessmentOffersService, CheckinSweepsJobHandler, EvaluateEarlyHelpJobHandler, CheckinsPersonalData],
  exports: [EarlyHelpService],
})
export class CheckinsWorkerModule {}
