import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONSENT_ENTITIES } from './consent.module';
import { GranteesInForce } from './grants/grantees-in-force';
import { ConsentPersonalData } from './privacy/consent-personal-data';

/** Worker side of consent: its share of export and erasure, and who holds a grant, for work done on an owner's behalf. */
@Module({ imports: [TypeOrmModule.forFeature(CONSENT_ENTITIES)], providers: [ConsentPersonalData, GranteesInForce], exports: [GranteesInForce] })
export class ConsentWorkerModule {}
