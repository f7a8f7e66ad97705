import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PersonalDataRegistry } from './personal-data-registry';

/**
 * The registry of `@PersonalData()` contributors. Import it where export or erasure runs;
 * it discovers contributors from every module of the application, not only its importer's.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [PersonalDataRegistry],
  exports: [PersonalDataRegistry],
})
export class PersonalDataModule {}
