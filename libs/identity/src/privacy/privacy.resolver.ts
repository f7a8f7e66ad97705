import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, SignedIn, type GraphqlContext, type Viewer } from '@kindred/core';
import { AcknowledgementObject, acknowledged } from '@kindred/core';
import { AccountErasureService } from './account-erasure.service';
import { DataExportsService, type OwnDataExport } from './data-exports.service';
import { DataExportObject } from './privacy.types';
import { IdentityMessages } from '../identity.messages';

function toDataExportObject(entry: OwnDataExport): DataExportObject {
  return {
    id: entry.id,
    status: entry.status,
    requestedAt: entry.requestedAt,
    readyAt: entry.readyAt,
    expiresAt: entry.expiresAt,
    content: entry.content,
  };
}

@Resolver(() => DataExportObject)
export class PrivacyResolver {
  constructor(
    private readonly exports: DataExportsService,
    private readonly erasure: AccountErasureService,
  ) {}

  @SignedIn()
  @Mutation(() => DataExportObject, {
    description:
      'Asks for a copy of everything Kindred holds about you. Fetch it with myDataExport once READY; it is kept encrypted, and deleted after 7 days.',
  })
  async requestDataExport(@CurrentViewer() viewer: Viewer, @RequestContext() context: GraphqlContext): Promise<DataExportObject> {
    return toDataExportObject(await this.exports.request(viewer, context.requestId));
  }

  @SignedIn()
  @Query(() => DataExportObject, { description: 'One of your own data copies, with its content while it is ready.' })
  async myDataExport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'The id returned by requestDataExport.' }) id: string,
    @RequestContext() context: GraphqlContext,
  ): Promise<DataExportObject> {
    return toDataExportObject(await this.exports.get(viewer, id, context.requestId));
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, {
    description:
      'Deletes your account for good: signs you out everywhere, then removes your personal data, your support circle and its conversation. Messages you sent in other shared conversations stay, shown as from a deleted person.',
  })
  async deleteMyAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('password', { description: 'Your current password, to confirm it is you.' }) password: string,
    @RequestContext() context: GraphqlContext,
  ): Promise<AcknowledgementObject> {
    await this.erasure.request(viewer, password, context.requestId);
    return acknowledged(IdentityMessages.ERASURE_REQUESTED());
  }
}
