export { CheckinsModule } from './checkins.module';
export { CheckinsWorkerModule } from './checkins-worker.module';
export { EarlyHelpService } from './early-help/early-help.service';
export { EarlyHelpReason } from './early-help/early-help-rules';
export { CheckinRemindersService } from './reminders/checkin-reminders.service';
export { ReassessmentOffersService } from './reassessment/reassessment-offers.service';
export { memberMessage, nextSteps } from './early-help/early-help-words';

export { CHECKINS_MIGRATIONS } from './migrations';
