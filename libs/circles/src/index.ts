export { CirclesModule } from './circles.module';
export { CirclesWorkerModule } from './circles-worker.module';
export { CircleSupporters } from './circles/circle-supporters';

export { CIRCLES_MIGRATIONS } from './migrations';
