import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformRole, RequestContext, RequireRoles, type GraphqlContext, type Viewer } from '@kindred/core';
import { AccountObject } from '../accounts/account.types';
import { toAccountObject } from '../accounts/accounts.resolver';
import { RolesService } from './roles.service';

@Resolver(() => AccountObject)
export class RolesResolver {
  constructor(private readonly roles: RolesService) {}

  @RequireRoles(PlatformRole.ADMIN)
  @Mutation(() => AccountObject, {
    description: 'Gives a person a platform role (admins only; audited). PEER_MENTOR and COORDINATOR follow vetting and appointments instead.',
  })
  async grantRole(
    @Args('userId', { type: () => ID, description: 'The account to change.' }) userId: string,
    @Args('role', { type: () => PlatformRole, description: 'The role to give.' }) role: PlatformRole,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<AccountObject> {
    return toAccountObject(await this.roles.changeByAdministrator('grant', userId, role, viewer.userId, context.requestId));
  }

  @RequireRoles(PlatformRole.ADMIN)
  @Mutation(() => AccountObject, { description: 'Takes a platform role away (admins only; audited).' })
  async revokeRole(
    @Args('userId', { type: () => ID, description: 'The account to change.' }) userId: string,
    @Args('role', { type: () => PlatformRole, description: 'The role to take away.' }) role: PlatformRole,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<AccountObject> {
    return toAccountObject(await this.roles.changeByAdministrator('revoke', userId, role, viewer.userId, context.requestId));
  }
}
