export { StoriesModule } from './stories.module';
export { StoriesWorkerModule } from './stories-worker.module';
