import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PageArgs, SignedIn, type Connection, type Viewer } from '@kindred/core';
import { DisclosureLog } from '../disclosure/disclosure-log.service';
import { DisclosureEntryConnection, type DisclosureEntryObject } from '../disclosure/disclosure.types';
import { ConsentGrantPresenter } from './consent-grant.presenter';
import { ConsentGrants } from './consent-grants.service';
import { ConsentGrantObject, GrantSharingInput } from './consent-grants.types';

/** Everyone manages only their own consent; the services take the viewer as the owner. */
@Resolver()
export class ConsentResolver {
  constructor(
    private readonly grants: ConsentGrants,
    private readonly presenter: ConsentGrantPresenter,
    private readonly disclosures: DisclosureLog,
  ) {}

  @SignedIn()
  @Mutation(() => ConsentGrantObject, {
    description:
      'Shares one kind of information with someone in your support circle, or your mentor, until an end you choose, signed by typing your display name. Nothing is shared until you do this.',
  })
  async grantSharing(
    @Args('input', { type: () => GrantSharingInput, description: 'What, with whom, why, until when, and your signature.' }) input: GrantSharingInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsentGrantObject> {
    const grant = await this.grants.grant(viewer, { ...input, expiresAt: input.expiresAt ?? null });
    return (await this.presenter.present([grant], viewer.userId))[0]!;
  }

  @SignedIn()
  @Mutation(() => ConsentGrantObject, { description: 'Stops sharing at once: the very next read is refused, and live views end.' })
  async revokeSharing(
    @Args('grantId', { type: () => ID, description: 'The grant.' }) grantId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsentGrantObject> {
    return (await this.presenter.present([await this.grants.revoke(viewer.userId, grantId)], viewer.userId))[0]!;
  }

  @SignedIn()
  @Query(() => [ConsentGrantObject], { description: 'What you share, with whom: in force now, or every grant you ever gave.' })
  async mySharingGrants(
    @Args('includeEnded', { defaultValue: false, description: 'True for the full history, revoked and expired included.' }) includeEnded: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsentGrantObject[]> {
    return this.presenter.present(await this.grants.ofOwner(viewer.userId, includeEnded), viewer.userId);
  }

  @SignedIn()
  @Query(() => [ConsentGrantObject], { description: 'What others share with you now.' })
  async sharedWithMe(@CurrentViewer() viewer: Viewer): Promise<ConsentGrantObject[]> {
    return this.presenter.present(await this.grants.toGrantee(viewer.userId), viewer.userId);
  }

  @SignedIn()
  @Query(() => [ConsentGrantObject], {
    description:
      'What others shared with you and stopped, or that reached its end, in the last 30 days, unless they shared it again since: newest end first, with when (revokedAt) and why (revokedReason).',
  })
  async sharingEndedWithMe(@CurrentViewer() viewer: Viewer): Promise<ConsentGrantObject[]> {
    return this.presenter.present(await this.grants.endedToGrantee(viewer.userId), viewer.userId);
  }

  @SignedIn()
  @Query(() => DisclosureEntryConnection, { description: 'Who saw what you share, and when, newest first.' })
  myDisclosureLog(@Args() page: PageArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<DisclosureEntryObject>> {
    return this.disclosures.forOwner(viewer.userId, page);
  }
}
