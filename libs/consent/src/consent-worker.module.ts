import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONSENT_ENTITIES } from './consent.module';
import { ConsentPersonalData } from './privacy/consent-personal-data';

/** Worker side of consent: its share of export and erasure. */
@Module({ imports: [TypeOrmModule.forFeature(CONSENT_ENTITIES)], providers: [ConsentPersonalData] })
export class ConsentWorkerModule {}
