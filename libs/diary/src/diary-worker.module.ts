import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DIARY_ENTITIES } from './diary.module';
import { DiaryPersonalData } from './privacy/diary-personal-data';

/** Worker side of the diary: its share of export and erasure, and its encrypted column declared for key rotation. */
@Module({ imports: [TypeOrmModule.forFeature(DIARY_ENTITIES)], providers: [DiaryPersonalData] })
export class DiaryWorkerModule {}
