export { PlansModule } from './plans.module';
export { PlansWorkerModule } from './plans-worker.module';
export { RecoveryGoals, type RecoveryGoalSummary } from './goals/recovery-goals.reader';
export { GoalStatus as RecoveryGoalStatus } from './goals/goal-status';

export { PLANS_MIGRATIONS } from './migrations';
