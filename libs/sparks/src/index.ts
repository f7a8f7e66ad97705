export { SparksModule } from './sparks.module';
export { SparksWorkerModule } from './sparks-worker.module';

export { SPARKS_MIGRATIONS } from './migrations';
