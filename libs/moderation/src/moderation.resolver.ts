import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformRole, RequestContext, RequireRoles, SignedIn, type Connection, type GraphqlContext, type Viewer } from '@kindred/core';
import { ModerationAppealsService } from './appeals/moderation-appeals.service';
import { ModerationAppealObject } from './appeals/moderation-appeals.types';
import { ModerationQueueService } from './cases/moderation-queue.service';
import { ModerationCaseConnection, ModerationCaseDetailsObject, ModerationCaseObject, ModerationQueueArgs } from './cases/moderation-queue.types';
import { toDecisionObject } from './decisions/moderation-decision.presenter';
import { ModerationDecisionsService } from './decisions/moderation-decisions.service';
import { ModerationDecisionInput, ModerationDecisionObject, MyModerationDecisionObject } from './decisions/moderation-decisions.types';
import { CaseSubjectKind } from './moderation.enums';

/**
 * The moderator's work and the person's side of it. Moderator operations need the MODERATOR
 * (or ADMIN) role here, and the services check per case that it is in an alliance the
 * moderator moderates.
 */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly queue: ModerationQueueService,
    private readonly decisions: ModerationDecisionsService,
    private readonly appeals: ModerationAppealsService,
  ) {}

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Query(() => ModerationCaseConnection, { description: 'Open cases in the alliances you moderate, oldest first.' })
  moderationQueue(@Args() args: ModerationQueueArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<ModerationCaseObject>> {
    return this.queue.queue(viewer, args);
  }

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Query(() => ModerationCaseDetailsObject, { description: 'One case with its content, reports and, for reported items, their context. Each read is logged.' })
  moderationCase(
    @Args('id', { type: () => ID, description: 'The case.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<ModerationCaseDetailsObject> {
    return this.queue.details(viewer, id, context.requestId);
  }

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Mutation(() => ModerationDecisionObject, { description: 'Decides an open case: dismiss, hide the content, warn, suspend or ban.' })
  async decideModerationCase(
    @Args('caseId', { type: () => ID, description: 'The case.' }) caseId: string,
    @Args('decision', { type: () => ModerationDecisionInput, description: 'The decision.' }) decision: ModerationDecisionInput,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<ModerationDecisionObject> {
    return toDecisionObject(await this.decisions.decideCase(viewer, caseId, decision, context.requestId));
  }

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Mutation(() => ModerationDecisionObject, { description: 'Hides or restores a message, story or profile introduction.' })
  async moderateContent(
    @Args('kind', { type: () => CaseSubjectKind, description: 'MESSAGE, STORY or PROFILE.' }) kind: CaseSubjectKind,
    @Args('contentId', { type: () => ID, description: 'The content (for a profile, the person).' }) contentId: string,
    @Args('decision', { type: () => ModerationDecisionInput, description: 'HIDE or RESTORE, with a reason.' }) decision: ModerationDecisionInput,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<ModerationDecisionObject> {
    return toDecisionObject(await this.decisions.moderateContent(viewer, kind, contentId, decision, context.requestId));
  }

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Mutation(() => ModerationDecisionObject, { description: 'Warns, suspends or bans a person, or undoes such a decision.' })
  async moderatePerson(
    @Args('personId', { type: () => ID, description: 'The person.' }) personId: string,
    @Args('decision', { type: () => ModerationDecisionInput, description: 'The decision, with a reason.' }) decision: ModerationDecisionInput,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<ModerationDecisionObject> {
    return toDecisionObject(await this.decisions.moderatePerson(viewer, personId, decision, context.requestId));
  }

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Mutation(() => ModerationDecisionObject, { description: 'Undoes a decision (hide, restore, warning, suspension or ban), with a reason.' })
  async reverseModerationDecision(
    @Args('decisionId', { type: () => ID, description: 'The decision to undo.' }) decisionId: string,
    @Args('reason', { description: 'Why, for the person concerned.' }) reason: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<ModerationDecisionObject> {
    return toDecisionObject(await this.decisions.reverse(viewer, decisionId, reason, context.requestId));
  }

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Query(() => [ModerationAppealObject], { description: 'Pending appeals you may decide: not against your own decisions.' })
  moderationAppeals(@CurrentViewer() viewer: Viewer): Promise<ModerationAppealObject[]> {
    return this.appeals.pendingFor(viewer);
  }

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Mutation(() => ModerationAppealObject, { description: 'Decides an appeal against another moderator’s decision: uphold it, or overturn (undo) it.' })
  decideModerationAppeal(
    @Args('appealId', { type: () => ID, description: 'The appeal.' }) appealId: string,
    @Args('overturn', { description: 'True to undo the decision, false to let it stand.' }) overturn: boolean,
    @Args('note', { description: 'Your words to the person.' }) note: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<ModerationAppealObject> {
    return this.appeals.decide(viewer, appealId, overturn, note, context.requestId);
  }

  @SignedIn()
  @Query(() => [MyModerationDecisionObject], { description: 'Decisions about you or your content, newest first, and whether you can appeal them.' })
  myModerationDecisions(@CurrentViewer() viewer: Viewer): Promise<MyModerationDecisionObject[]> {
    return this.appeals.decisionsAbout(viewer);
  }

  @SignedIn()
  @Mutation(() => ModerationAppealObject, { description: 'Appeals a decision about you, once, within 20 days. A different moderator decides.' })
  appealModerationDecision(
    @Args('decisionId', { type: () => ID, description: 'The decision.' }) decisionId: string,
    @Args('statement', { description: 'Your side of it (up to 2000 characters).' }) statement: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ModerationAppealObject> {
    return this.appeals.appeal(viewer, decisionId, statement);
  }
}
