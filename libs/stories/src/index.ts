export { StoriesModule } from './stories.module';
export { StoriesWorkerModule } from './stories-worker.module';

export { STORIES_MIGRATIONS } from './migrations';
