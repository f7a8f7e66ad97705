import { Module } from '@nestjs/common';
import { AlliancesPersonalData } from './privacy/alliances-personal-data';

/** Worker side of alliances: its share of export and erasure. */
@Module({ providers: [AlliancesPersonalData] })
export class AlliancesWorkerModule {}
