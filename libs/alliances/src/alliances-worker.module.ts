import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ALLIANCE_ENTITIES } from './alliances.module';
import { AllianceDirectory } from './directory/alliance-directory';
import { AlliancesPersonalData } from './privacy/alliances-personal-data';

/** Worker side of alliances: its share of export and erasure, and its directory for other domains' jobs. */
@Module({ imports: [TypeOrmModule.forFeature(ALLIANCE_ENTITIES)], providers: [AlliancesPersonalData, AllianceDirectory], exports: [AllianceDirectory] })
export class AlliancesWorkerModule {}
