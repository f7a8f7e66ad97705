import { Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformRole, RequestContext, RequireRoles, type GraphqlContext, type Viewer } from '@kindred/core';
import { QueueDashboardAccess } from './queue-dashboard.service';

@ObjectType('QueueDashboardLink', { description: 'A one-time link into the queue dashboard.' })
export class QueueDashboardLinkObject {
  @Field({ description: 'Open it in a browser on the API’s address, once, before it expires; it signs that browser into the dashboard for 30 minutes.' })
  url!: string;

  @Field({ description: 'When the link stops working (a minute after it was made).' })
  expiresAt!: Date;
}

@Resolver()
export class QueueDashboardResolver {
  constructor(private readonly access: QueueDashboardAccess) {}

  @RequireRoles(PlatformRole.ADMIN)
  @Mutation(() => QueueDashboardLinkObject, {
    description: 'Opens the queue dashboard (waiting, active, delayed and failed jobs, with retry) for an administrator: a one-time link. Audited.',
  })
  async openQueueDashboard(@CurrentViewer() viewer: Viewer, @RequestContext() context: GraphqlContext): Promise<QueueDashboardLinkObject> {
    return this.access.open(viewer, context.requestId);
  }
}
