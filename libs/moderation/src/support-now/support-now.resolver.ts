import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, SignedIn, type GraphqlContext, type Viewer } from '@kindred/core';
import { SupportNowSetupObject, SupportRequestObject } from './support-now.types';
import { SupportRequestsService } from './support-requests.service';
import { SupportRespondersService } from './support-responders.service';

/** "I need support now". Signed in; what anyone sees is scoped to them in the services (a call only to its person and its responders). */
@Resolver()
export class SupportNowResolver {
  constructor(
    private readonly responders: SupportRespondersService,
    private readonly requests: SupportRequestsService,
  ) {}

  @SignedIn()
  @Query(() => SupportNowSetupObject, { description: 'Who you reach when you need support now, and whom you agreed to be there for.' })
  mySupportNowSetup(@CurrentViewer() viewer: Viewer): Promise<SupportNowSetupObject> {
    return this.responders.setup(viewer);
  }

  @SignedIn()
  @Mutation(() => SupportNowSetupObject, {
    description: 'Chooses your mentor or a member of your circle to reach when you need support now. They are alerted only once they agree.',
  })
  chooseSupportResponder(
    @Args('userId', { type: () => ID, description: 'Your mentor or a member of your support circle.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<SupportNowSetupObject> {
    return this.responders.choose(viewer, userId, context.requestId);
  }

  @SignedIn()
  @Mutation(() => SupportNowSetupObject, { description: 'Stops reaching someone you chose.' })
  removeSupportResponder(
    @Args('userId', { type: () => ID, description: 'Someone you chose.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<SupportNowSetupObject> {
    return this.responders.remove(viewer, userId, context.requestId);
  }

  @SignedIn()
  @Mutation(() => SupportNowSetupObject, { description: 'Whether your alliances’ on-call peers are reached too when nobody you chose answers in time.' })
  setSupportNowReachOnCall(
    @Args('reachOnCall', { description: 'True to reach them too.' }) reachOnCall: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SupportNowSetupObject> {
    return this.responders.setReachOnCall(viewer, reachOnCall);
  }

  @SignedIn()
  @Mutation(() => SupportNowSetupObject, {
    description:
      'Your answer to someone who chose you as a responder: agree to be alerted when they need support now (and whether through your quiet hours), or withdraw.',
  })
  answerSupportResponderAsk(
    @Args('memberId', { type: () => ID, description: 'The person who chose you.' }) memberId: string,
    @Args('consent', { description: 'True to agree, false to withdraw.' }) consent: boolean,
    @Args('throughQuietHours', { defaultValue: false, description: 'Whether their alerts may reach you during your quiet hours.' }) throughQuietHours: boolean,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<SupportNowSetupObject> {
    return this.responders.answerAsk(viewer, memberId, consent, throughQuietHours, context.requestId);
  }

  @SignedIn()
  @Mutation(() => SupportRequestObject, {
    description:
      'I need support now: alerts at once everyone you chose who agreed, saying only who you are. While a call is open, pressing again returns it. Gently rate-limited.',
  })
  requestSupportNow(@CurrentViewer() viewer: Viewer, @RequestContext() context: GraphqlContext): Promise<SupportRequestObject> {
    return this.requests.request(viewer, context.requestId);
  }

  @SignedIn()
  @Query(() => SupportRequestObject, { nullable: true, description: 'Your own open call for support, if any.' })
  myOpenSupportRequest(@CurrentViewer() viewer: Viewer): Promise<SupportRequestObject | null> {
    return this.requests.mineOpen(viewer);
  }

  @SignedIn()
  @Query(() => [SupportRequestObject], { description: 'Open calls for support that alerted you, newest first.' })
  supportRequestsForMe(@CurrentViewer() viewer: Viewer): Promise<SupportRequestObject[]> {
    return this.requests.alertingMe(viewer);
  }

  @SignedIn()
  @Query(() => SupportRequestObject, { description: 'A call for support you made or were alerted to.' })
  supportRequest(@Args('id', { type: () => ID, description: 'The call.' }) id: string, @CurrentViewer() viewer: Viewer): Promise<SupportRequestObject> {
    return this.requests.view(viewer, id);
  }

  @SignedIn()
  @Mutation(() => SupportRequestObject, { description: 'For a responder: “I’m here”. The person and the other responders see that you are coming.' })
  answerSupportRequest(
    @Args('id', { type: () => ID, description: 'The call.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<SupportRequestObject> {
    return this.requests.answer(viewer, id, context.requestId);
  }

  @SignedIn()
  @Mutation(() => SupportRequestObject, { description: '“I’m OK now”: closes your call for everyone it alerted.' })
  closeSupportRequest(
    @Args('id', { type: () => ID, description: 'Your call.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<SupportRequestObject> {
    return this.requests.close(viewer, id, context.requestId);
  }

  @SignedIn()
  @Subscription(() => SupportRequestObject, {
    name: 'supportRequestChanged',
    description: 'A call for support you made or were alerted to, each time it changes (someone answered, it escalated, it closed).',
    resolve: (call: SupportRequestObject) => call,
  })
  watchSupportRequest(
    @Args('id', { type: () => ID, description: 'The call.' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<SupportRequestObject>> {
    return this.requests.watch(viewer, id);
  }
}
