export { OperationsModule } from './operations.module';
export { OperationsWorkerModule } from './operations-worker.module';

export { OPERATIONS_MIGRATIONS } from './migrations';
