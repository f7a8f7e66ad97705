export { OperationsModule } from './operations.module';
export { OperationsWorkerModule } from './operations-worker.module';
