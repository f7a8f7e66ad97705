import { Global, Module } from '@nestjs/common';
import { FieldCipher } from './field-cipher';

/**
 * Field encryption for every domain, from the validated configuration. Global so each domain
 * can inject FieldCipher without importing it; import it once in each application module.
 */
@Global()
@Module({
  providers: [FieldCipher],
  exports: [FieldCipher],
})
export class CryptoModule {}
