import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AccessRulesExplorer } from './access-rules.explorer';

/** Installs the deny-by-default access guard for every GraphQL operation. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }, AccessRulesExplorer],
  exports: [AccessRulesExplorer],
})
export class AccessControlModule {}
