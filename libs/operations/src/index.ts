export { OperationsModule } from './operations.module';
export { OperationsWorkerModule } from './operations-worker.module';
export { mountQueueDashboard } from './queue-dashboard/queue-dashboard';

export { OPERATIONS_MIGRATIONS } from './migrations';
