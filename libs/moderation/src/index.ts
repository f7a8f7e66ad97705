export { ModerationModule } from './moderation.module';
export { ModerationWorkerModule } from './moderation-worker.module';
export { ModeratorScope } from './moderators/moderator-scope.policy';

export { MODERATION_MIGRATIONS } from './migrations';
export { PLATFORM_CRISIS_LINES } from './crisis/platform-crisis-resources';
