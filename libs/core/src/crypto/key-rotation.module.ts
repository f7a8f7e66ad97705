import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EncryptedColumnRegistry } from './encrypted-column-registry';
import { FieldKeyRotation } from './field-key-rotation';

/**
 * Key rotation for every `@EncryptedColumns([...])` declaration of the application. Needs
 * the database and CryptoModule; import it where rotation runs (the rotate-keys command).
 */
@Module({
  imports: [DiscoveryModule],
  providers: [EncryptedColumnRegistry, FieldKeyRotation],
  exports: [EncryptedColumnRegistry, FieldKeyRotation],
})
export class KeyRotationModule {}
