export { CirclesModule } from './circles.module';
export { CirclesWorkerModule } from './circles-worker.module';

export { CIRCLES_MIGRATIONS } from './migrations';
