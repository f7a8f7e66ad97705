import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformRole, RequestContext, RequireRoles, type GraphqlContext, type Viewer } from '@kindred/core';
import { PersonLookup } from './person-lookup.service';
import { PersonFoundObject } from './person-lookup.types';

@Resolver(() => PersonFoundObject)
export class PersonLookupResolver {
  constructor(private readonly lookup: PersonLookup) {}

  @RequireRoles(PlatformRole.ADMIN)
  @Query(() => PersonFoundObject, {
    description: 'Finds the account behind an email address, to appoint or give a role to (admins only; each lookup is audited).',
  })
  personByEmail(
    @Args('email', { description: 'Their email address.' }) email: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<PersonFoundObject> {
    return this.lookup.byEmail(viewer, email, context.requestId);
  }
}
