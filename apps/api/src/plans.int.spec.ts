import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { PersonalDataRegistry, PlatformRole } from '@kindred/core';
import { RecoveryGoals } from '@kindred/plans';
import { callAs, codeAs, post, type TestAccount } from '@kindred/test-support/api-client';
import { insertPerson } from '@kindred/test-support/factories';
import { waitFor } from '@kindred/test-support/polling';
import { startTestApi } from '@kindred/test-support/test-api';
import { startTestWorker } from '@kindred/test-support/test-worker';

interface Step {
  id: string;
  title: string;
  dueOn: string | null;
  done: boolean;
  position: number;
  suggestedById: string | null;
}
interface Goal {
  id: string;
  domain: string;
  title: string;
  why: string | null;
  dueOn: string | null;
  status: string;
  suggestedById: string | null;
  suggestedByDisplayName: string | null;
  suggested: boolean;
  stepsDone: number;
  steps: Step[];
  history: { fromStatus: string | null; toStatus: string }[];
}
interface Suggestion {
  id: string;
  kind: string;
  state: string;
  title: string;
  why: string | null;
  goalId: string | null;
  goalTitle: string | null;
  suggestedById: string | null;
  suggestedByDisplayName: string;
  mine: boolean;
  note: string | null;
  acceptedGoalId: string | null;
  acceptedStepId: string | null;
}

const STEP = 'id title dueOn done position suggestedById';
const GOAL = `id domain title why dueOn status suggestedById suggestedByDisplayName suggested stepsDone steps { ${STEP} } history { fromStatus toStatus }`;
const SUGGESTION = 'id kind state title why goalId goalTitle suggestedById suggestedByDisplayName mine note acceptedGoalId acceptedStepId';
const MY_GOALS = `{ myRecoveryPlan { goals { ${GOAL} } } }`;
const SHARED_GOALS = `query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { redisclosureNotice goals { ${GOAL} } } }`;
const SUGGEST_GOAL = `mutation($o: ID!, $input: RecoveryGoalInput!) { suggestRecoveryGoal(ownerId: $o, input: $input) { ${SUGGESTION} } }`;
const SUGGEST_STEP = `mutation($g: ID!, $input: RecoveryStepInput!) { suggestRecoveryStep(goalId: $g, input: $input) { ${SUGGESTION} } }`;
const ACCEPT = `mutation($s: ID!, $input: AcceptPlanSuggestionInput) { acceptPlanSuggestion(suggestionId: $s, input: $input) { ${SUGGESTION} } }`;
const DECLINE = `mutation($s: ID!, $note: String) { declinePlanSuggestion(suggestionId: $s, note: $note) { ${SUGGESTION} } }`;
const PROGRESS = '{ myRecoveryPlan { progress { domain domainName activeGoals achievedGoals setAsideGoals stepsDone stepsTotal overdueSteps } } }';

/** Recovery plans through the API: the member's own plan, co-authoring with their circle, progress, export and erasure. */
describe('recovery plans', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let ana: TestAccount;
  let sam: TestAccount;
  let kai: TestAccount;
  let tess: TestAccount;
  let outsider: TestAccount;
  let otherMember: TestAccount;
  let samPlanGrant = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const joinCircle = async (owner: TestAccount, supporter: TestAccount): Promise<void> => {
    const { inviteToCircle } = await call<{ inviteToCircle: { id: string } }>(
      owner,
      'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }',
      {
        u: supporter.userId,
      },
    );
    await call(supporter, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
  };
  const grant = async (owner: TestAccount, grantee: TestAccount, scope: string): Promise<string> =>
    (
      await call<{ grantSharing: { id: string } }>(owner, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
        input: { granteeId: grantee.userId, scope, purpose: 'To help me shape my plan', signature: owner.displayName },
      })
    ).grantSharing.id;
  const createGoal = async (account: TestAccount, input: Record<string, unknown>): Promise<Goal> =>
    (await call<{ createRecoveryGoal: Goal }>(account, `mutation($input: RecoveryGoalInput!) { createRecoveryGoal(input: $input) { ${GOAL} } }`, { input }))
      .createRecoveryGoal;
  const addStep = async (account: TestAccount, goalId: string, title: string, dueOn: string | null = null): Promise<Goal> =>
    (
      await call<{ addRecoveryStep: Goal }>(
        account,
        `mutation($g: ID!, $input: RecoveryStepInput!) { addRecoveryStep(goalId: $g, input: $input) { ${GOAL} } }`,
        {
          g: goalId,
          input: { title, dueOn },
        },
      )
    ).addRecoveryStep;
  const myGoals = async (account: TestAccount): Promise<Goal[]> => (await call<{ myRecoveryPlan: { goals: Goal[] } }>(account, MY_GOALS)).myRecoveryPlan.goals;
  const suggestionsFor = async (account: TestAccount, states?: string[]): Promise<Suggestion[]> =>
    (
      await call<{ myRecoveryPlan: { suggestions: Suggestion[] } }>(
        account,
        `query($st: [PlanSuggestionState!]) { myRecoveryPlan { suggestions(states: $st) { ${SUGGESTION} } } }`,
        {
          st: states,
        },
      )
    ).myRecoveryPlan.suggestions;
  const notificationsOf = async (account: TestAccount): Promise<{ kind: string; subjectId: string | null; text: string }[]> =>
    (
      await call<{ myNotifications: { edges: { node: { kind: string; subjectId: string | null; text: string } }[] } }>(
        account,
        '{ myNotifications(first: 30) { edges { node { kind subjectId text } } } }',
      )
    ).myNotifications.edges.map((edge) => edge.node);
  const disclosuresOf = async (account: TestAccount): Promise<{ viewerId: string; scope: string; what: string }[]> =>
    (
      await call<{ myDisclosureLog: { edges: { node: { viewerId: string; scope: string; what: string } }[] } }>(
        account,
        '{ myDisclosureLog(first: 30) { edges { node { viewerId scope what } } } }',
      )
    ).myDisclosureLog.edges.map((edge) => edge.node);

  beforeAll(async () => {
    let env;
    ({ app, stop, env } = await startTestApi('plans'));
    worker = await startTestWorker(env);
    dataSource = app.get(DataSource);
    [ana, sam, kai, tess, outsider, otherMember] = await Promise.all([
      insertPerson(app),
      insertPerson(app, [PlatformRole.SUPPORTER]),
      insertPerson(app, [PlatformRole.SUPPORTER]),
      insertPerson(app, [PlatformRole.SUPPORTER]),
      insertPerson(app, [PlatformRole.SUPPORTER]),
      insertPerson(app),
    ]);
    for (const supporter of [sam, kai, tess]) await joinCircle(ana, supporter);
    samPlanGrant = await grant(ana, sam, 'PLAN');
    await grant(ana, kai, 'PLAN');
    await grant(ana, tess, 'CAPITAL');
  });

  afterAll(async () => {
    await worker.close();
    await stop();
  });

  describe('the member’s own plan', () => {
    let goalId = '';

    it('starts empty, and keeps a goal in the member’s words, encrypted at rest', async () => {
      expect(await myGoals(ana)).toEqual([]);
      const goal = await createGoal(ana, {
        domain: 'SAFE_HOUSING_AND_ENVIRONMENT',
        title: '  Find a flat of my own  ',
        why: 'Somewhere quiet, away from old places',
        dueOn: '2027-03-31',
      });
      goalId = goal.id;
      expect(goal).toMatchObject({
        domain: 'SAFE_HOUSING_AND_ENVIRONMENT',
        title: 'Find a flat of my own',
        why: 'Somewhere quiet, away from old places',
        dueOn: '2027-03-31',
        status: 'ACTIVE',
        suggestedById: null,
        suggested: false,
        steps: [],
        history: [{ fromStatus: null, toStatus: 'ACTIVE' }],
      });
      const [stored]: { title: string; why: string }[] = await dataSource.query(`SELECT title, why FROM recovery_goals WHERE id = $1`, [goalId]);
      expect(JSON.stringify(stored)).not.toMatch(/flat|quiet/);
    });

    it('refuses what does not fit, naming the field', async () => {
      const create = `mutation($input: RecoveryGoalInput!) { createRecoveryGoal(input: $input) { id } }`;
      const fieldOf = async (input: Record<string, unknown>): Promise<unknown> =>
        (await post(app, create, { input }, ana.accessToken)).errors?.[0]?.extensions?.['field'];
      expect(await fieldOf({ domain: 'PEER_SUPPORT', title: ' ' })).toBe('title');
      expect(await fieldOf({ domain: 'PEER_SUPPORT', title: 'x'.repeat(201) })).toBe('title');
      expect(await fieldOf({ domain: 'PEER_SUPPORT', title: 'Meetings', why: 'w'.repeat(2001) })).toBe('why');
      expect(await fieldOf({ domain: 'PEER_SUPPORT', title: 'Meetings', dueOn: '2027-02-30' })).toBe('dueOn');
    });

    it('adds, rewrites, completes, reorders and deletes steps, keeping positions 1, 2, 3', async () => {
      await addStep(ana, goalId, 'Ask the housing office about the list', '2026-01-15');
      await addStep(ana, goalId, 'Save the deposit');
      const added = await addStep(ana, goalId, 'Visit three flats');
      const [office, deposit, visits] = added.steps;
      expect(added.steps.map((step) => [step.title, step.position])).toEqual([
        ['Ask the housing office about the list', 1],
        ['Save the deposit', 2],
        ['Visit three flats', 3],
      ]);

      const reorder = `mutation($g: ID!, $s: [ID!]!) { reorderRecoverySteps(goalId: $g, stepIds: $s) { ${GOAL} } }`;
      const reordered = (await call<{ reorderRecoverySteps: Goal }>(ana, reorder, { g: goalId, s: [visits!.id, office!.id, deposit!.id] }))
        .reorderRecoverySteps;
      expect(reordered.steps.map((step) => step.title)).toEqual(['Visit three flats', 'Ask the housing office about the list', 'Save the deposit']);
      expect(await codeOf(ana, reorder, { g: goalId, s: [visits!.id, office!.id] })).toBe('BAD_USER_INPUT');

      const done = await call<{ setRecoveryStepDone: Goal }>(ana, `mutation($s: ID!) { setRecoveryStepDone(stepId: $s, done: true) { ${GOAL} } }`, {
        s: office!.id,
      });
      expect(done.setRecoveryStepDone.stepsDone).toBe(1);
      const rewritten = await call<{ updateRecoveryStep: Goal }>(
        ana,
        `mutation($s: ID!, $input: RecoveryStepInput!) { updateRecoveryStep(stepId: $s, input: $input) { ${GOAL} } }`,
        { s: deposit!.id, input: { title: 'Save £300 for the deposit', dueOn: '2027-01-31' } },
      );
      expect(rewritten.updateRecoveryStep.steps.find((step) => step.id === deposit!.id)).toMatchObject({
        title: 'Save £300 for the deposit',
        dueOn: '2027-01-31',
      });

      const deleted = await call<{ deleteRecoveryStep: Goal }>(ana, `mutation($s: ID!) { deleteRecoveryStep(stepId: $s) { ${GOAL} } }`, { s: visits!.id });
      expect(deleted.deleteRecoveryStep.steps.map((step) => [step.title, step.position, step.done])).toEqual([
        ['Ask the housing office about the list', 1, true],
        ['Save £300 for the deposit', 2, false],
      ]);
    });

    it('keeps every status change in the goal’s timeline: achieved, taken up again, set aside', async () => {
      const setStatus = `mutation($g: ID!, $s: RecoveryGoalStatus!) { setRecoveryGoalStatus(goalId: $g, status: $s) { ${GOAL} } }`;
      await call(ana, setStatus, { g: goalId, s: 'ACHIEVED' });
      await call(ana, setStatus, { g: goalId, s: 'ACHIEVED' });
      await call(ana, setStatus, { g: goalId, s: 'ACTIVE' });
      const { setRecoveryGoalStatus } = await call<{ setRecoveryGoalStatus: Goal }>(ana, setStatus, { g: goalId, s: 'SET_ASIDE' });
      expect(setRecoveryGoalStatus.status).toBe('SET_ASIDE');
      expect(setRecoveryGoalStatus.history).toEqual([
        { fromStatus: null, toStatus: 'ACTIVE' },
        { fromStatus: 'ACTIVE', toStatus: 'ACHIEVED' },
        { fromStatus: 'ACHIEVED', toStatus: 'ACTIVE' },
        { fromStatus: 'ACTIVE', toStatus: 'SET_ASIDE' },
      ]);
      await call(ana, setStatus, { g: goalId, s: 'ACTIVE' });
      const active = await call<{ myRecoveryPlan: { goals: { id: string }[] } }>(ana, '{ myRecoveryPlan { goals(status: SET_ASIDE) { id } } }');
      expect(active.myRecoveryPlan.goals).toEqual([]);
    });

    it('rewrites a goal, and deletes one with its steps', async () => {
      const { updateRecoveryGoal } = await call<{ updateRecoveryGoal: Goal }>(
        ana,
        `mutation($g: ID!, $input: RecoveryGoalInput!) { updateRecoveryGoal(goalId: $g, input: $input) { ${GOAL} } }`,
        { g: goalId, input: { domain: 'SAFE_HOUSING_AND_ENVIRONMENT', title: 'Find a flat of my own near my sister', why: null, dueOn: null } },
      );
      expect(updateRecoveryGoal).toMatchObject({ title: 'Find a flat of my own near my sister', why: null, dueOn: null, status: 'ACTIVE' });
      expect(updateRecoveryGoal.steps).toHaveLength(2);

      const brief = await createGoal(ana, { domain: 'MEANING_AND_PURPOSE', title: 'Write a little every day' });
      await addStep(ana, brief.id, 'Buy a notebook');
      expect(await call(ana, 'mutation($g: ID!) { deleteRecoveryGoal(goalId: $g) { ok } }', { g: brief.id })).toEqual({ deleteRecoveryGoal: { ok: true } });
      expect((await myGoals(ana)).map((goal) => goal.id)).toEqual([goalId]);
      const [{ count }]: { count: string }[] = await dataSource.query(`SELECT count(*) FROM recovery_goal_steps WHERE goal_id = $1`, [brief.id]);
      expect(Number(count)).toBe(0);
    });

    it('lets nobody else change it: another member finds nothing', async () => {
      const [step] = (await myGoals(ana))[0]!.steps;
      expect(await codeOf(otherMember, 'mutation($g: ID!) { deleteRecoveryGoal(goalId: $g) { ok } }', { g: goalId })).toBe('NOT_FOUND');
      expect(await codeOf(otherMember, 'mutation($g: ID!) { setRecoveryGoalStatus(goalId: $g, status: ACHIEVED) { id } }', { g: goalId })).toBe('NOT_FOUND');
      expect(await codeOf(otherMember, 'mutation($g: ID!) { addRecoveryStep(goalId: $g, input: { title: "Mine" }) { id } }', { g: goalId })).toBe('NOT_FOUND');
      expect(await codeOf(otherMember, 'mutation($s: ID!) { setRecoveryStepDone(stepId: $s, done: false) { id } }', { s: step!.id })).toBe('NOT_FOUND');
      expect(await codeOf(sam, 'mutation($g: ID!) { deleteRecoveryGoal(goalId: $g) { ok } }', { g: goalId })).toBe('FORBIDDEN');
      expect((await myGoals(otherMember)).map((goal) => goal.id)).toEqual([]);
    });
  });

  describe('co-authoring with the people the member shares the plan with', () => {
    let goalSuggestion: Suggestion;
    let stepSuggestion: Suggestion;
    let goalId = '';

    it('lets a supporter holding PLAN read the plan, each read in the member’s disclosure log', async () => {
      goalId = (await myGoals(ana))[0]!.id;
      const { sharedRecoveryPlan } = await call<{ sharedRecoveryPlan: { redisclosureNotice: string; goals: Goal[] } }>(sam, SHARED_GOALS, { o: ana.userId });
      expect(sharedRecoveryPlan.redisclosureNotice).toContain('consent');
      expect(sharedRecoveryPlan.goals.map((goal) => goal.title)).toEqual(['Find a flat of my own near my sister']);
      await call(sam, 'query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { progress { domain } } }', { o: ana.userId });
      expect(await disclosuresOf(ana)).toEqual(
        expect.arrayContaining([
          { viewerId: sam.userId, scope: 'PLAN', what: 'recovery plan goals' },
          { viewerId: sam.userId, scope: 'PLAN', what: 'recovery plan progress' },
        ]),
      );
      // The member reading their own plan is not a disclosure.
      expect((await disclosuresOf(ana)).every((entry) => entry.viewerId !== ana.userId)).toBe(true);
    });

    it('lets them suggest a goal and a step; the member is told, and sees who suggested what', async () => {
      goalSuggestion = (
        await call<{ suggestRecoveryGoal: Suggestion }>(sam, SUGGEST_GOAL, {
          o: ana.userId,
          input: { domain: 'PEER_SUPPORT', title: 'Try the Tuesday peer group', why: 'I could come with you the first time', dueOn: '2027-02-01' },
        })
      ).suggestRecoveryGoal;
      expect(goalSuggestion).toMatchObject({ kind: 'GOAL', state: 'PENDING', mine: true, suggestedById: sam.userId });
      stepSuggestion = (
        await call<{ suggestRecoveryStep: Suggestion }>(sam, SUGGEST_STEP, { g: goalId, input: { title: 'Ask my cousin about the flat above the bakery' } })
      ).suggestRecoveryStep;
      expect(stepSuggestion).toMatchObject({ kind: 'STEP', goalId, goalTitle: 'Find a flat of my own near my sister' });

      const pending = await suggestionsFor(ana, ['PENDING']);
      expect(pending.map((entry) => [entry.title, entry.suggestedById, entry.mine])).toEqual([
        ['Ask my cousin about the flat above the bakery', sam.userId, false],
        ['Try the Tuesday peer group', sam.userId, false],
      ]);
      expect(pending[0]!.suggestedByDisplayName).toMatch(/^Person /);
      const told = await notificationsOf(ana);
      expect(
        told
          .filter((entry) => entry.kind === 'PLAN_SUGGESTION')
          .map((entry) => entry.subjectId)
          .sort(),
      ).toEqual([goalSuggestion.id, stepSuggestion.id].sort());
      // A fixed sentence: nothing of what was suggested, nor who suggested it.
      expect(JSON.stringify(told)).not.toMatch(/Tuesday|bakery|Person /);
    });

    it('the member accepts in their own words; it joins the plan marked as suggested by them, and they are told', async () => {
      const { acceptPlanSuggestion } = await call<{ acceptPlanSuggestion: Suggestion }>(ana, ACCEPT, {
        s: goalSuggestion.id,
        input: { title: 'Go to the Tuesday peer group twice' },
      });
      expect(acceptPlanSuggestion.state).toBe('ACCEPTED');
      const goals = await myGoals(ana);
      const accepted = goals.find((goal) => goal.id === acceptPlanSuggestion.acceptedGoalId)!;
      expect(accepted).toMatchObject({
        domain: 'PEER_SUPPORT',
        title: 'Go to the Tuesday peer group twice',
        why: 'I could come with you the first time',
        dueOn: '2027-02-01',
        suggestedById: sam.userId,
        suggested: true,
        history: [{ fromStatus: null, toStatus: 'ACTIVE' }],
      });
      expect(accepted.suggestedByDisplayName).toMatch(/^Person /);
      // Goals come in TreatNet's domain order: housing (3) before peer support (4).
      expect(goals.map((goal) => goal.domain)).toEqual(['SAFE_HOUSING_AND_ENVIRONMENT', 'PEER_SUPPORT']);
      const answered = await waitFor(
        () => notificationsOf(sam),
        (entries) => entries.some((entry) => entry.kind === 'PLAN_SUGGESTION_ANSWERED'),
        'the suggester to be told',
      );
      expect(answered.find((entry) => entry.kind === 'PLAN_SUGGESTION_ANSWERED')!.subjectId).toBe(goalSuggestion.id);
    });

    it('the member declines kindly: the suggester sees “not for now” and the note, never a rejection', async () => {
      const { declinePlanSuggestion } = await call<{ declinePlanSuggestion: Suggestion }>(ana, DECLINE, {
        s: stepSuggestion.id,
        note: 'Thank you, not yet: I want to look on my own first.',
      });
      expect(declinePlanSuggestion.state).toBe('NOT_FOR_NOW');
      const theirs = await call<{ sharedRecoveryPlan: { suggestions: Suggestion[] } }>(
        sam,
        `query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { suggestions { ${SUGGESTION} } } }`,
        {
          o: ana.userId,
        },
      );
      expect(theirs.sharedRecoveryPlan.suggestions.map((entry) => [entry.kind, entry.state, entry.note])).toEqual([
        ['STEP', 'NOT_FOR_NOW', 'Thank you, not yet: I want to look on my own first.'],
        ['GOAL', 'ACCEPTED', null],
      ]);
      expect(JSON.stringify(theirs)).not.toMatch(/DECLINED|reject/i);
      // Answered once: answering again, either way, changes nothing.
      expect(await codeOf(ana, ACCEPT, { s: stepSuggestion.id })).toBe('CONFLICT');
      expect(await codeOf(ana, DECLINE, { s: goalSuggestion.id })).toBe('CONFLICT');
      expect((await myGoals(ana)).flatMap((goal) => goal.steps).map((step) => step.title)).not.toContain('Ask my cousin about the flat above the bakery');
    });

    it('accepts a step suggestion onto its goal, and names only their own suggestions to another supporter', async () => {
      const step = (
        await call<{ suggestRecoveryStep: Suggestion }>(sam, SUGGEST_STEP, {
          g: goalId,
          input: { title: 'Look at the council list together', dueOn: '2027-01-10' },
        })
      ).suggestRecoveryStep;
      const { acceptPlanSuggestion } = await call<{ acceptPlanSuggestion: Suggestion }>(ana, ACCEPT, { s: step.id });
      expect(acceptPlanSuggestion).toMatchObject({ state: 'ACCEPTED', acceptedGoalId: goalId });
      const goal = (await myGoals(ana)).find((entry) => entry.id === goalId)!;
      expect(goal.steps.at(-1)).toMatchObject({
        id: acceptPlanSuggestion.acceptedStepId,
        title: 'Look at the council list together',
        position: 3,
        suggestedById: sam.userId,
      });

      // Kai also holds PLAN: he sees that a goal was suggested, not by whom, so he learns nothing of who else the plan is shared with.
      const seenByKai = (await call<{ sharedRecoveryPlan: { goals: Goal[] } }>(kai, SHARED_GOALS, { o: ana.userId })).sharedRecoveryPlan.goals;
      expect(seenByKai.map((entry) => [entry.suggested, entry.suggestedById, entry.suggestedByDisplayName])).toEqual([
        [false, null, null],
        [true, null, null],
      ]);
      expect(seenByKai[0]!.steps.at(-1)).toMatchObject({ suggestedById: null });
      expect(JSON.stringify(seenByKai)).not.toContain(sam.userId);
      const kaisSuggestions = await call<{ sharedRecoveryPlan: { suggestions: Suggestion[] } }>(
        kai,
        `query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { suggestions { id } } }`,
        {
          o: ana.userId,
        },
      );
      expect(kaisSuggestions.sharedRecoveryPlan.suggestions).toEqual([]);
    });

    it('lets a suggested step say why it might help, for the member to read before deciding', async () => {
      const suggestStepWithWhy = `mutation($g: ID!, $input: RecoveryStepInput!, $why: String) { suggestRecoveryStep(goalId: $g, input: $input, why: $why) { ${SUGGESTION} } }`;
      const { suggestRecoveryStep } = await call<{ suggestRecoveryStep: Suggestion }>(kai, suggestStepWithWhy, {
        g: goalId,
        input: { title: 'Ring the housing advice line' },
        why: '  They helped me get my flat, and they are kind on the phone.  ',
      });
      expect(suggestRecoveryStep).toMatchObject({ kind: 'STEP', why: 'They helped me get my flat, and they are kind on the phone.' });
      const [waiting] = await suggestionsFor(ana, ['PENDING']);
      expect(waiting).toMatchObject({
        id: suggestRecoveryStep.id,
        why: 'They helped me get my flat, and they are kind on the phone.',
        suggestedById: kai.userId,
      });
      expect(await codeOf(kai, suggestStepWithWhy, { g: goalId, input: { title: 'Another step' }, why: 'x'.repeat(2001) })).toBe('BAD_USER_INPUT');
      // Someone the plan is not shared with cannot suggest, reason or not.
      expect(await codeOf(tess, suggestStepWithWhy, { g: goalId, input: { title: 'Hello' }, why: 'Because' })).toBe('NOT_FOUND');
      await call(ana, DECLINE, { s: suggestRecoveryStep.id });
    });

    it('has one effect when the member accepts twice at once', async () => {
      const suggestion = (
        await call<{ suggestRecoveryGoal: Suggestion }>(kai, SUGGEST_GOAL, { o: ana.userId, input: { domain: 'EMPLOYMENT_AND_LEGAL', title: 'Update my CV' } })
      ).suggestRecoveryGoal;
      const before = (await myGoals(ana)).length;
      const outcomes = await Promise.all([
        codeOf(ana, ACCEPT, { s: suggestion.id }),
        codeOf(ana, ACCEPT, { s: suggestion.id }),
        codeOf(ana, DECLINE, { s: suggestion.id }),
      ]);
      expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === 'CONFLICT')).toHaveLength(2);
      const after = await myGoals(ana);
      expect(after.length - before).toBe(outcomes[2] === 'ok' ? 0 : 1);
      const conflict = await post(app, ACCEPT, { s: suggestion.id }, ana.accessToken);
      expect(conflict.errors?.[0]?.message).toMatch(/already/);
    });

    it('lets the suggester withdraw while it waits, and not after', async () => {
      const waiting = (
        await call<{ suggestRecoveryGoal: Suggestion }>(sam, SUGGEST_GOAL, {
          o: ana.userId,
          input: { domain: 'SKILLS_AND_EDUCATION', title: 'Evening course' },
        })
      ).suggestRecoveryGoal;
      const withdraw = `mutation($s: ID!) { withdrawPlanSuggestion(suggestionId: $s) { state } }`;
      expect(await codeOf(kai, withdraw, { s: waiting.id })).toBe('NOT_FOUND');
      expect(await call(sam, withdraw, { s: waiting.id })).toEqual({ withdrawPlanSuggestion: { state: 'WITHDRAWN' } });
      expect(await codeOf(sam, withdraw, { s: waiting.id })).toBe('CONFLICT');
      expect(await codeOf(ana, ACCEPT, { s: waiting.id })).toBe('CONFLICT');
      expect(await codeOf(sam, withdraw, { s: goalSuggestion.id })).toBe('CONFLICT');
    });

    it('refuses a grantee with CAPITAL only, and anyone outside: they find nothing', async () => {
      for (const person of [tess, outsider, otherMember]) {
        expect(await codeOf(person, SHARED_GOALS, { o: ana.userId })).toBe('NOT_FOUND');
        expect(await codeOf(person, SUGGEST_GOAL, { o: ana.userId, input: { domain: 'PEER_SUPPORT', title: 'Hello' } })).toBe('NOT_FOUND');
        expect(await codeOf(person, SUGGEST_STEP, { g: goalId, input: { title: 'Hello' } })).toBe('NOT_FOUND');
      }
      // The same answer whether or not the plan or goal exists.
      expect(await codeOf(tess, SHARED_GOALS, { o: otherMember.userId })).toBe('NOT_FOUND');
      expect(await codeOf(tess, SUGGEST_STEP, { g: '00000000-0000-4000-8000-000000000000', input: { title: 'Hello' } })).toBe('NOT_FOUND');
      expect(await codeOf(ana, SUGGEST_GOAL, { o: ana.userId, input: { domain: 'PEER_SUPPORT', title: 'To myself' } })).toBe('NOT_FOUND');
      expect((await disclosuresOf(ana)).filter((entry) => entry.viewerId === tess.userId || entry.viewerId === outsider.userId)).toEqual([]);
    });

    it('ends everything for a grantee the moment the member revokes PLAN, and tells them it ended', async () => {
      const pending = (
        await call<{ suggestRecoveryGoal: Suggestion }>(sam, SUGGEST_GOAL, {
          o: ana.userId,
          input: { domain: 'COMMUNITY_AND_CULTURE', title: 'Volunteer at the garden' },
        })
      ).suggestRecoveryGoal;
      await call(ana, 'mutation($g: ID!) { revokeSharing(grantId: $g) { active } }', { g: samPlanGrant });
      expect(await codeOf(sam, SHARED_GOALS, { o: ana.userId })).toBe('SHARING_ENDED');
      expect(await codeOf(sam, 'query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { ownerId } }', { o: ana.userId })).toBe('SHARING_ENDED');
      expect(await codeOf(sam, SUGGEST_GOAL, { o: ana.userId, input: { domain: 'PEER_SUPPORT', title: 'Again' } })).toBe('SHARING_ENDED');
      expect(await codeOf(sam, SUGGEST_STEP, { g: goalId, input: { title: 'Again' } })).toBe('SHARING_ENDED');
      expect(await codeOf(sam, 'mutation($s: ID!) { withdrawPlanSuggestion(suggestionId: $s) { state } }', { s: pending.id })).toBe('SHARING_ENDED');

      // The member may still answer what was suggested before; the former grantee is not told.
      const before = (await notificationsOf(sam)).length;
      await call(ana, DECLINE, { s: pending.id });
      expect((await notificationsOf(sam)).length).toBe(before);
    });
  });

  describe('progress per domain', () => {
    it('counts goals by status, steps done of all, and overdue steps, in all eight domains', async () => {
      const health = await createGoal(ana, { domain: 'PHYSICAL_AND_MENTAL_HEALTH', title: 'Sleep before midnight' });
      await addStep(ana, health.id, 'Phone away at 11', '2020-01-01');
      await addStep(ana, health.id, 'Herbal tea', '2099-01-01');
      const walked = await addStep(ana, health.id, 'Evening walk', '2020-01-02');
      await call(ana, 'mutation($s: ID!) { setRecoveryStepDone(stepId: $s, done: true) { id } }', { s: walked.steps[2]!.id });
      const aside = await createGoal(ana, { domain: 'PHYSICAL_AND_MENTAL_HEALTH', title: 'Run a 10k' });
      await addStep(ana, aside.id, 'Buy shoes', '2020-01-01');
      await call(ana, 'mutation($g: ID!) { setRecoveryGoalStatus(goalId: $g, status: SET_ASIDE) { id } }', { g: aside.id });
      const reached = await createGoal(ana, { domain: 'PHYSICAL_AND_MENTAL_HEALTH', title: 'Register with a GP' });
      const gp = await addStep(ana, reached.id, 'Fill in the form', '2020-01-01');
      await call(ana, 'mutation($s: ID!) { setRecoveryStepDone(stepId: $s, done: true) { id } }', { s: gp.steps[0]!.id });
      await call(ana, 'mutation($g: ID!) { setRecoveryGoalStatus(goalId: $g, status: ACHIEVED) { id } }', { g: reached.id });

      const { myRecoveryPlan } = await call<{ myRecoveryPlan: { progress: Record<string, unknown>[] } }>(ana, PROGRESS);
      expect(myRecoveryPlan.progress.map((row) => row['domain'])).toEqual([
        'PHYSICAL_AND_MENTAL_HEALTH',
        'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
        'SAFE_HOUSING_AND_ENVIRONMENT',
        'PEER_SUPPORT',
        'EMPLOYMENT_AND_LEGAL',
        'SKILLS_AND_EDUCATION',
        'COMMUNITY_AND_CULTURE',
        'MEANING_AND_PURPOSE',
      ]);
      expect(myRecoveryPlan.progress[0]).toEqual({
        domain: 'PHYSICAL_AND_MENTAL_HEALTH',
        domainName: 'Physical and mental health',
        activeGoals: 1,
        achievedGoals: 1,
        setAsideGoals: 1,
        // Set-aside goals' steps are left out; an achieved goal's count.
        stepsDone: 2,
        stepsTotal: 4,
        // Only the active goal's unfinished, past-due step.
        overdueSteps: 1,
      });
      expect(myRecoveryPlan.progress[1]).toMatchObject({ activeGoals: 0, achievedGoals: 0, setAsideGoals: 0, stepsTotal: 0 });
      expect(myRecoveryPlan.progress[2]).toMatchObject({ activeGoals: 1, stepsDone: 1, stepsTotal: 3, overdueSteps: 0 });

      const shared = await call<{ sharedRecoveryPlan: { progress: Record<string, unknown>[] } }>(
        kai,
        'query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { progress { domain activeGoals overdueSteps } } }',
        {
          o: ana.userId,
        },
      );
      expect(shared.sharedRecoveryPlan.progress[0]).toEqual({ domain: 'PHYSICAL_AND_MENTAL_HEALTH', activeGoals: 1, overdueSteps: 1 });
      expect(await codeOf(tess, 'query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { progress { domain } } }', { o: ana.userId })).toBe('NOT_FOUND');
    });

    it('reads a plan in the same number of queries whatever its size', async () => {
      const counted = async (account: TestAccount): Promise<number> => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          await call(account, `{ myRecoveryPlan { goals { ${GOAL} } progress { domain } suggestions { ${SUGGESTION} } } }`);
          // Only the plan's own tables: the worker shares this process and runs its own jobs meanwhile.
          return spy.mock.calls.filter(([sql]) => /recovery_goal|plan_suggestions/.test(String(sql))).length;
        } finally {
          spy.mockRestore();
        }
      };
      const small = await insertPerson(app);
      const large = await insertPerson(app);
      await addStep(small, (await createGoal(small, { domain: 'PEER_SUPPORT', title: 'One' })).id, 'A step');
      for (let index = 0; index < 8; index += 1) {
        const goal = await createGoal(large, { domain: index % 2 ? 'PEER_SUPPORT' : 'MEANING_AND_PURPOSE', title: `Goal ${index}` });
        await addStep(large, goal.id, 'A step');
        await addStep(large, goal.id, 'Another step');
      }
      const [few, many] = [await counted(small), await counted(large)];
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    });
  });

  describe('goals reachable from other domains', () => {
    it('tells whether a goal is the member’s, and shows it without its why or steps', async () => {
      const reader = app.get(RecoveryGoals);
      const goal = (await myGoals(ana))[0]!;
      expect(await reader.ownedGoal(dataSource.manager, ana.userId, goal.id)).toEqual({
        id: goal.id,
        ownerId: ana.userId,
        domain: goal.domain,
        title: goal.title,
        status: 'ACTIVE',
      });
      expect(await reader.ownedGoal(dataSource.manager, otherMember.userId, goal.id)).toBeNull();
      expect(await reader.ownedGoal(dataSource.manager, ana.userId, 'not-an-id')).toBeNull();
      const found = await reader.goalsByIds([goal.id, '00000000-0000-4000-8000-000000000000', goal.id]);
      expect([...found.keys()]).toEqual([goal.id]);
      expect(worker.get(RecoveryGoals)).toBeDefined();
    });
  });

  describe('export and erasure', () => {
    it('exports the plan and the suggestions made either way, each person only their own words', async () => {
      const registry = worker.get(PersonalDataRegistry);
      const mine = (await dataSource.transaction((manager) => registry.exportAll(manager, ana.userId)))['plans'] as {
        goals: { title: string; steps: unknown[]; history: unknown[] }[];
        suggestionsReceived: { title: string; state: string; myNote: string | null }[];
        suggestionsMade: unknown[];
      };
      expect(mine.goals.map((goal) => goal.title)).toEqual(
        expect.arrayContaining(['Find a flat of my own near my sister', 'Go to the Tuesday peer group twice']),
      );
      expect(mine.goals.find((goal) => goal.title.startsWith('Find a flat'))!.steps).toHaveLength(3);
      expect(mine.suggestionsReceived.find((entry) => entry.title === 'Ask my cousin about the flat above the bakery')).toMatchObject({
        state: 'NOT_FOR_NOW',
        myNote: 'Thank you, not yet: I want to look on my own first.',
      });
      expect(mine.suggestionsMade).toEqual([]);

      const theirs = (await dataSource.transaction((manager) => registry.exportAll(manager, sam.userId)))['plans'] as {
        goals: unknown[];
        suggestionsMade: { title: string; forMemberId: string }[];
      };
      expect(theirs.goals).toEqual([]);
      expect(theirs.suggestionsMade.map((entry) => entry.title)).toEqual(
        expect.arrayContaining(['Try the Tuesday peer group', 'Ask my cousin about the flat above the bakery']),
      );
      // Their own words only: not the member's rewording, nor her note, nor her goals.
      expect(JSON.stringify(theirs)).not.toMatch(/twice|not yet|near my sister/);
    });

    it('erases a suggester from others’ plans, and a member’s whole plan', async () => {
      const registry = worker.get(PersonalDataRegistry);
      const waiting = (
        await call<{ suggestRecoveryGoal: Suggestion }>(kai, SUGGEST_GOAL, { o: ana.userId, input: { domain: 'PEER_SUPPORT', title: 'Pending when I leave' } })
      ).suggestRecoveryGoal;
      await dataSource.transaction((manager) => registry.eraseAll(manager, sam.userId));
      const goals = await myGoals(ana);
      expect(goals.find((goal) => goal.title === 'Go to the Tuesday peer group twice')).toMatchObject({ suggested: false, suggestedById: null });
      const [{ count: bySam }]: { count: string }[] = await dataSource.query(
        `SELECT (SELECT count(*) FROM plan_suggestions WHERE suggester_id = $1) + (SELECT count(*) FROM recovery_goals WHERE suggested_by = $1)
              + (SELECT count(*) FROM recovery_goal_steps WHERE suggested_by = $1) AS count`,
        [sam.userId],
      );
      expect(Number(bySam)).toBe(0);
      // What Sam suggested and Ana took up stays hers, no longer linked to him; the rest is gone.
      const received = await suggestionsFor(ana);
      expect(
        received
          .filter((entry) => entry.suggestedById === null)
          .map((entry) => entry.state)
          .sort(),
      ).toEqual(['ACCEPTED', 'ACCEPTED']);
      expect(received.find((entry) => entry.suggestedById === null)!.suggestedByDisplayName).not.toMatch(/^Person /);

      const goalIds = goals.map((goal) => goal.id);
      await dataSource.transaction((manager) => registry.eraseAll(manager, ana.userId));
      await dataSource.transaction((manager) => registry.eraseAll(manager, ana.userId));
      for (const [table, column, value] of [
        ['recovery_goals', 'owner_id', ana.userId],
        ['plan_suggestions', 'owner_id', ana.userId],
        ['plan_suggestions', 'id', waiting.id],
        ['recovery_goal_steps', 'goal_id', goalIds],
        ['recovery_goal_events', 'goal_id', goalIds],
      ] as const) {
        const [{ count }]: { count: string }[] = await dataSource.query(`SELECT count(*) FROM ${table} WHERE ${column} = ANY($1)`, [
          Array.isArray(value) ? value : [value],
        ]);
        expect([table, column, Number(count)]).toEqual([table, column, 0]);
      }
    });
  });
});
