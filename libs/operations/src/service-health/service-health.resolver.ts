import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@kindred/core';
import { ServiceHealthObject } from './service-health.types';

/** A GraphQL-level liveness probe; deep checks live at GET /health/ready. */
@Resolver(() => ServiceHealthObject)
export class ServiceHealthResolver {
  @Public('liveness probe for clients and load balancers; reveals nothing')
  @Query(() => ServiceHealthObject, { description: 'Answers when the GraphQL service is up. Public.' })
  health(): ServiceHealthObject {
    return { status: 'ok', serverTime: new Date() };
  }
}
