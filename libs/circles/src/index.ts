export { CirclesModule } from './circles.module';
export { CirclesWorkerModule } from './circles-worker.module';
