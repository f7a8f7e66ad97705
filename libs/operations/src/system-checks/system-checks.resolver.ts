import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { mapConnection, PageArgs, PlatformRole, RequireRoles, type Connection } from '@kindred/core';
import type { SystemCheck } from './system-check.entity';
import { SystemCheckConnection, SystemCheckObject } from './system-check.types';
import { SystemChecksService } from './system-checks.service';

function toObject(check: SystemCheck): SystemCheckObject {
  return {
    id: check.id,
    status: check.status,
    requestedAt: check.requestedAt,
    completedAt: check.completedAt,
    roundTripMs: check.completedAt ? check.completedAt.getTime() - check.requestedAt.getTime() : null,
  };
}

@Resolver(() => SystemCheckObject)
export class SystemChecksResolver {
  constructor(private readonly service: SystemChecksService) {}

  @RequireRoles(PlatformRole.ADMIN)
  @Mutation(() => SystemCheckObject, {
    description: 'Starts an end-to-end system check; the worker completes it through the queue.',
  })
  async requestSystemCheck(): Promise<SystemCheckObject> {
    return toObject(await this.service.request());
  }

  @RequireRoles(PlatformRole.ADMIN)
  @Query(() => SystemCheckObject, { description: 'One system check by id.' })
  async systemCheck(@Args('id', { type: () => ID, description: 'The check to read.' }) id: string): Promise<SystemCheckObject> {
    return toObject(await this.service.get(id));
  }

  @RequireRoles(PlatformRole.ADMIN)
  @Query(() => SystemCheckConnection, { description: 'System checks, most recent first.' })
  async systemChecks(@Args() page: PageArgs): Promise<Connection<SystemCheckObject>> {
    return mapConnection(await this.service.list(page), toObject);
  }

  @RequireRoles(PlatformRole.ADMIN)
  @Subscription(() => SystemCheckObject, {
    description: 'Sends the check once the worker has completed it (at once if it already has), then ends.',
    resolve: (check: SystemCheck) => toObject(check),
  })
  systemCheckCompleted(@Args('id', { type: () => ID, description: 'The check to wait for.' }) id: string): Promise<AsyncGenerator<SystemCheck>> {
    return this.service.watchCompletion(id);
  }
}
