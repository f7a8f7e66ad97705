import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ConflictError, isUuid, type UserMessage, type Viewer } from '@kindred/core';
import { ERASED_DISPLAY_NAME, PeopleDirectory, PostingGate } from '@kindred/identity';
import { NotificationKind, Notifier } from '@kindred/notifications';
import type { RecoveryDomain } from '@kindred/recovery';
import { notShared, PlanAccess } from '../access/plan-access.policy';
import { GoalStatus } from '../goals/goal-status';
import { GoalsService, goalNotFound } from '../goals/goals.service';
import { RecoveryGoal } from '../goals/recovery-goal.entity';
import { PlanCipher } from '../shared/plan-cipher';
import { ANSWER_NOTE_MAX, GOAL_WHY_MAX, checkGoalDraft, checkStepDraft, optionalText, type GoalFields, type StepFields } from '../shared/plan-drafts';
import { StepsService } from '../steps/steps.service';
import { PlanSuggestion } from './plan-suggestion.entity';
import { stateOf, statusOf, SuggestionKind, SuggestionStatus, type SuggestionState } from './suggestion-status';
import { answerPendingSuggestion, insertSuggestion, lockSuggestionsTo, pendingSuggestionsTo, withdrawPendingSuggestion } from './suggestions.queries';
import type { PlanSuggestionObject } from './suggestions.types';
import { PlanMessages } from '../plans.messages';

/** Enough for a real conversation about a plan; more waiting at once would crowd the member. */
export const MAX_PENDING_PER_SUGGESTER = 10;
/** Answered suggestions stay listed; a plain list, so it is capped, newest first. */
const LIST_LIMIT = 200;

/** What the member may change when accepting; anything left out keeps the suggested wording. */
export interface AcceptChanges {
  domain: RecoveryDomain | null;
  title: string | null;
  why: string | null;
  dueOn: string | null;
}

const ALREADY: Record<Exclude<SuggestionStatus, SuggestionStatus.PENDING>, UserMessage> = {
  ACCEPTED: PlanMessages.SUGGESTION_ALREADY_ACCEPTED(),
  DECLINED: PlanMessages.SUGGESTION_ALREADY_DECLINED(),
  WITHDRAWN: PlanMessages.SUGGESTION_WITHDRAWN(),
};

/**
 * Co-authoring a plan: people the member shares it with (a PLAN grant in force) suggest goals
 * and steps; only the member takes them into the plan, in their own words if they like, or
 * sets them aside as "not for now". Answers are conditional updates on PENDING, so answering
 * twice, or at once from two devices, has one effect.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccess,
    private readonly goals: GoalsService,
    private readonly steps: StepsService,
    private readonly cipher: PlanCipher,
    private readonly notifier: Notifier,
    private readonly people: PeopleDirectory,
    private readonly gate: PostingGate,
  ) {}

  async suggestGoal(viewer: Viewer, ownerId: string, fields: GoalFields): Promise<PlanSuggestionObject> {
    const draft = checkGoalDraft(fields);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.access.assertSharedWith(manager, viewer, ownerId, PlanMessages.PLAN_THAT_PLAN());
      return this.insert(manager, viewer.userId, ownerId, { kind: SuggestionKind.GOAL, goalId: null, ...draft });
    });
    return this.one(viewer, id);
  }

  /** A step comes with the suggester's reason when they give one: the member weighs it before deciding; a step itself has no reason field. */
  async suggestStep(viewer: Viewer, goalId: string, fields: StepFields, why: string | null = null): Promise<PlanSuggestionObject> {
    const draft = checkStepDraft(fields);
    const reason = optionalText(why, 'why', PlanMessages.PLAN_LABEL_WHY(), GOAL_WHY_MAX);
    const id = await this.dataSource.transaction(async (manager) => {
      const goal = isUuid(goalId) ? await manager.getRepository(RecoveryGoal).findOneBy({ id: goalId }) : null;
      if (!goal) throw notShared(PlanMessages.PLAN_THAT_GOAL());
      await this.access.assertSharedWith(manager, viewer, goal.ownerId, PlanMessages.PLAN_THAT_GOAL());
      if (goal.status !== GoalStatus.ACTIVE) {
        throw new ConflictError(PlanMessages.GOAL_NOT_ACTIVE_FOR_STEPS());
      }
      return this.insert(manager, viewer.userId, goal.ownerId, {
        kind: SuggestionKind.STEP,
        domain: null,
        goalId: goal.id,
        title: draft.title,
        why: reason,
        dueOn: draft.dueOn,
      });
    });
    return this.one(viewer, id);
  }

  /** The suggester takes back a suggestion the member has not answered yet. */
  async withdraw(viewer: Viewer, suggestionId: string): Promise<PlanSuggestionObject> {
    const found = isUuid(suggestionId) ? await this.dataSource.getRepository(PlanSuggestion).findOneBy({ id: suggestionId, suggesterId: viewer.userId }) : null;
    if (!found) throw notShared(PlanMessages.PLAN_THAT_SUGGESTION());
    await this.access.assertSharedWith(this.dataSource.manager, viewer, found.ownerId, PlanMessages.PLAN_THAT_SUGGESTION());
    const affected = await withdrawPendingSuggestion.affected(this.dataSource.manager, { suggestionId: found.id, suggesterId: viewer.userId });
    if (affected === 0) throw new ConflictError(PlanMessages.SUGGESTION_ALREADY_ANSWERED_NO_WITHDRAW());
    return this.one(viewer, found.id);
  }

  /** The member takes a suggestion into their plan, marked as suggested by that person. */
  async accept(viewer: Viewer, suggestionId: string, changes: AcceptChanges): Promise<PlanSuggestionObject> {
    await this.dataSource.transaction(async (manager) => {
      const suggestion = await this.findReceived(manager, viewer, suggestionId);
      const title = changes.title ?? this.cipher.open('plan_suggestions.title', suggestion.id, suggestion.title);
      const dueOn = changes.dueOn ?? suggestion.dueOn;
      if (suggestion.kind === SuggestionKind.GOAL) {
        const draft = checkGoalDraft({
          domain: changes.domain ?? suggestion.domain!,
          title,
          why: changes.why ?? this.cipher.openOptional('plan_suggestions.why', suggestion.id, suggestion.why),
          dueOn,
        });
        await this.claim(manager, suggestion, SuggestionStatus.ACCEPTED, null);
        const goal = await this.goals.insert(manager, viewer.userId, draft, suggestion.suggesterId);
        await manager.update(PlanSuggestion, { id: suggestion.id }, { acceptedGoalId: goal.id });
      } else {
        const draft = checkStepDraft({ title, dueOn });
        // The goal's lock first, as every change to its steps takes it, then the answer.
        const goal = await this.goals.findOwned(manager, viewer.userId, suggestion.goalId!, true);
        if (!goal) throw goalNotFound();
        await this.claim(manager, suggestion, SuggestionStatus.ACCEPTED, null);
        const step = await this.steps.insert(manager, goal.id, draft, suggestion.suggesterId);
        await manager.update(PlanSuggestion, { id: suggestion.id }, { acceptedGoalId: goal.id, acceptedStepId: step.id });
      }
      await this.tellSuggester(manager, suggestion);
    });
    return this.one(viewer, suggestionId);
  }

  /** The member sets a suggestion aside, with a kind word back if they like; it reads "not for now". */
  async decline(viewer: Viewer, suggestionId: string, note: string | null): Promise<PlanSuggestionObject> {
    const text = optionalText(note, 'note', PlanMessages.PLAN_LABEL_NOTE(), ANSWER_NOTE_MAX);
    await this.dataSource.transaction(async (manager) => {
      const suggestion = await this.findReceived(manager, viewer, suggestionId);
      if (text) await this.gate.requireMaySay(manager, viewer.userId, text, 'note');
      await this.claim(manager, suggestion, SuggestionStatus.DECLINED, text && this.cipher.seal('plan_suggestions.answer_note', suggestion.id, text));
      await this.tellSuggester(manager, suggestion);
    });
    return this.one(viewer, suggestionId);
  }

  /**
   * Suggestions for the owner's plan, newest first: all of them for the owner; for someone the
   * plan is shared with, only their own (a read the owner sees in their disclosure log).
   */
  async list(viewer: Viewer, ownerId: string, states: readonly SuggestionState[] | null): Promise<PlanSuggestionObject[]> {
    await this.access.assertCanRead(viewer, ownerId, 'their suggestions for your recovery plan, with your answers');
    const query = this.dataSource.getRepository(PlanSuggestion).createQueryBuilder('suggestion').where('suggestion.owner_id = :ownerId', { ownerId });
    if (viewer.userId !== ownerId) query.andWhere('suggestion.suggester_id = :viewerId', { viewerId: viewer.userId });
    if (states && states.length > 0) query.andWhere('suggestion.status IN (:...statuses)', { statuses: states.map(statusOf) });
    const rows = await query.orderBy('suggestion.created_at', 'DESC').addOrderBy('suggestion.id', 'DESC').take(LIST_LIMIT).getMany();
    return this.present(viewer, rows);
  }

  private async insert(
    manager: EntityManager,
    suggesterId: string,
    ownerId: string,
    row: { kind: SuggestionKind; domain: RecoveryDomain | null; goalId: string | null; title: string; why: string | null; dueOn: string | null },
  ): Promise<string> {
    // Read by the member as written: screened first, and words that would be held are not sent.
    await this.gate.requireMaySay(manager, suggesterId, row.title, 'title');
    if (row.why) await this.gate.requireMaySay(manager, suggesterId, row.why, 'why');
    // One suggester's suggestions to one plan, one at a time, so the limit holds.
    await lockSuggestionsTo.affected(manager, { suggesterId, ownerId });
    const pending = (await pendingSuggestionsTo.one(manager, { suggesterId, ownerId }))?.pending ?? 0;
    if (pending >= MAX_PENDING_PER_SUGGESTER) {
      throw new ConflictError(PlanMessages.PENDING_SUGGESTION_LIMIT({ max: MAX_PENDING_PER_SUGGESTER }));
    }
    const id = randomUUID();
    await insertSuggestion.affected(manager, {
      id,
      ownerId,
      suggesterId,
      kind: row.kind,
      domain: row.domain,
      goalId: row.goalId,
      sealedTitle: this.cipher.seal('plan_suggestions.title', id, row.title),
      sealedWhy: this.cipher.sealOptional('plan_suggestions.why', id, row.why),
      dueOn: row.dueOn,
    });
    await this.notifier.notify(manager, { userId: ownerId, kind: NotificationKind.PLAN_SUGGESTION, subjectId: id, actorId: suggesterId });
    return id;
  }

  /** A suggestion made to the viewer's plan; anyone else's does not exist for them. */
  private async findReceived(manager: EntityManager, viewer: Viewer, suggestionId: string): Promise<PlanSuggestion> {
    const found = isUuid(suggestionId) ? await manager.getRepository(PlanSuggestion).findOneBy({ id: suggestionId, ownerId: viewer.userId }) : null;
    if (!found) throw notShared(PlanMessages.PLAN_THAT_SUGGESTION());
    return found;
  }

  /** Answers a pending suggestion; the second of two answers finds it answered and is told so kindly. */
  private async claim(manager: EntityManager, suggestion: PlanSuggestion, status: SuggestionStatus, sealedNote: string | null): Promise<void> {
    const affected = await answerPendingSuggestion.affected(manager, { suggestionId: suggestion.id, ownerId: suggestion.ownerId, status, sealedNote });
    if (affected === 1) return;
    const now = await manager.getRepository(PlanSuggestion).findOneBy({ id: suggestion.id });
    if (!now) throw notShared(PlanMessages.PLAN_THAT_SUGGESTION());
    throw new ConflictError(now.status === SuggestionStatus.PENDING ? PlanMessages.SUGGESTION_TRY_AGAIN() : ALREADY[now.status]);
  }

  /** Only while they still hold the grant: once it ends, they learn nothing more about the plan. */
  private async tellSuggester(manager: EntityManager, suggestion: PlanSuggestion): Promise<void> {
    if (!suggestion.suggesterId || !(await this.access.isSharedWith(manager, suggestion.suggesterId, suggestion.ownerId))) return;
    await this.notifier.notify(manager, {
      userId: suggestion.suggesterId,
      kind: NotificationKind.PLAN_SUGGESTION_ANSWERED,
      subjectId: suggestion.id,
      actorId: suggestion.ownerId,
    });
  }

  private async one(viewer: Viewer, suggestionId: string): Promise<PlanSuggestionObject> {
    const row = await this.dataSource.getRepository(PlanSuggestion).findOneByOrFail({ id: suggestionId });
    const [presented] = await this.present(viewer, [row]);
    return presented!;
  }

  /** Two queries whatever the number: the suggesters' names and, for steps, their goals' titles. */
  private async present(viewer: Viewer, rows: readonly PlanSuggestion[]): Promise<PlanSuggestionObject[]> {
    const goalIds = [...new Set(rows.flatMap((row) => (row.goalId ? [row.goalId] : [])))];
    const [names, goals] = await Promise.all([
      this.people.summaries(rows.flatMap((row) => (row.suggesterId ? [row.suggesterId] : []))),
      goalIds.length ? this.dataSource.getRepository(RecoveryGoal).find({ select: { id: true, title: true }, where: { id: In(goalIds) } }) : [],
    ]);
    const goalTitles = new Map(goals.map((goal) => [goal.id, this.cipher.open('recovery_goals.title', goal.id, goal.title)]));
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.ownerId,
      kind: row.kind,
      state: stateOf(row.status),
      domain: row.domain,
      goalId: row.goalId,
      goalTitle: row.goalId ? (goalTitles.get(row.goalId) ?? null) : null,
      title: this.cipher.open('plan_suggestions.title', row.id, row.title),
      why: this.cipher.openOptional('plan_suggestions.why', row.id, row.why),
      dueOn: row.dueOn,
      suggestedById: row.suggesterId,
      suggestedByDisplayName: row.suggesterId ? (names.get(row.suggesterId)?.displayName ?? ERASED_DISPLAY_NAME) : ERASED_DISPLAY_NAME,
      mine: row.suggesterId === viewer.userId,
      note: this.cipher.openOptional('plan_suggestions.answer_note', row.id, row.answerNote),
      acceptedGoalId: row.acceptedGoalId,
      acceptedStepId: row.acceptedStepId,
      createdAt: row.createdAt,
      answeredAt: row.answeredAt,
    }));
  }
}
