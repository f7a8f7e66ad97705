export { MentorshipModule } from './mentorship.module';
export { MentorshipWorkerModule } from './mentorship-worker.module';
