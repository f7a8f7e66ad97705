export { DiaryModule } from './diary.module';
export { DiaryWorkerModule } from './diary-worker.module';

export { DIARY_MIGRATIONS } from './migrations';
