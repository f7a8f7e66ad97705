import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CapitalTrends } from './capital/capital-trends';
import { RecoveryProfileReader } from './domains/recovery-profile-reader';
import { RECOVERY_ENTITIES } from './recovery.module';
import { RecoveryPersonalData } from './privacy/recovery-personal-data';

/**
 * Worker side of recovery: its `@PersonalData()` contributor (export with notes decrypted,
 * erasure of every row, and the encrypted note column declared for key rotation), and the
 * matching profile reader for the matching processors to come. Needs FieldCipher from core's
 * global CryptoModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature(RECOVERY_ENTITIES)],
  providers: [RecoveryPersonalData, RecoveryProfileReader, CapitalTrends],
  exports: [RecoveryProfileReader, CapitalTrends],
})
export class RecoveryWorkerModule {}
