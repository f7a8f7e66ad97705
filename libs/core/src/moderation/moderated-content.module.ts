import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ModeratedContentRegistry } from './moderated-content-registry';

/** The registry of `@ModeratedContent()` sources; it discovers them across the whole application. */
@Module({
  imports: [DiscoveryModule],
  providers: [ModeratedContentRegistry],
  exports: [ModeratedContentRegistry],
})
export class ModeratedContentModule {}
