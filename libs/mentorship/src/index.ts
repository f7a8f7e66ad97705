export { MentorshipModule } from './mentorship.module';
export { MentorshipWorkerModule } from './mentorship-worker.module';
export { MentorSuggestionsService } from './suggestions/mentor-suggestions.service';

export { MENTORSHIP_MIGRATIONS } from './migrations';
