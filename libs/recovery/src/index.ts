export { RecoveryModule } from './recovery.module';
export { RecoveryWorkerModule } from './recovery-worker.module';
export { RecoveryDomain, RECOVERY_DOMAINS, DOMAIN_NAMES } from './domains/recovery-domain';
export { CapitalDimension } from './domains/capital-dimension';
export { RecoveryProfileReader, type MatchingProfile } from './domains/recovery-profile-reader';
export { MentorGender, RecoveryPathway, Weekday, type WeeklySlot } from './preferences/recovery-preference.entity';
export type { RecoveryPreferencesView } from './preferences/recovery-preferences.service';
// Weekly availability is shared with mentor applications (alliances), so both validate alike.
export { checkWeeklySlots } from './preferences/weekly-slots';
export { WeeklySlotInput, WeeklySlotObject } from './preferences/weekly-slot.types';
export { RecoveryTagKind, RECOVERY_TAGS, recoveryTag, recoveryTagIds, type RecoveryTag } from './tags/recovery-tags';
export { CapitalTrends, type AssessmentTotal, type MonthlyTotal } from './capital/capital-trends';

export { RECOVERY_MIGRATIONS } from './migrations';
