import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

interface Step {
  id: string;
  title: string;
  dueOn: string | null;
  done: boolean;
  suggestedByDisplayName: string | null;
}
interface Goal {
  id: string;
  domain: string;
  title: string;
  why: string | null;
  dueOn: string | null;
  status: string;
  suggestedByDisplayName: string | null;
  steps: Step[];
}
interface Suggestion {
  id: string;
  kind: 'GOAL' | 'STEP';
  state: string;
  domain: string | null;
  goalId: string | null;
  goalTitle: string | null;
  title: string;
  why: string | null;
  dueOn: string | null;
  suggestedByDisplayName: string;
  note: string | null;
}

const goalNode = (goal: Goal) => ({
  __typename: 'RecoveryGoal',
  ...goal,
  suggested: goal.suggestedByDisplayName !== null,
  stepsDone: goal.steps.filter((step) => step.done).length,
  steps: goal.steps.map((step, index) => ({ __typename: 'RecoveryStep', ...step, position: index + 1, suggested: step.suggestedByDisplayName !== null })),
});

/** A fake plan the mutations change, read back as the API would. */
function planState(initial: { goals?: Goal[]; suggestions?: Suggestion[]; sharedWith?: string[] } = {}) {
  const state = {
    goals: initial.goals ?? [],
    suggestions: initial.suggestions ?? [],
    calls: [] as { operation: string; variables: Record<string, unknown> }[],
  };
  const goal = (id: unknown) => state.goals.find((entry) => entry.id === id)!;
  const stepGoal = (stepId: unknown) => state.goals.find((entry) => entry.steps.some((step) => step.id === stepId))!;
  const record = (operation: string, variables: Record<string, unknown>) => state.calls.push({ operation, variables });
  const answers = {
    MyRecoveryPlan: () => ({
      data: {
        myRecoveryPlan: {
          __typename: 'RecoveryPlan',
          goals: state.goals.map(goalNode),
          progress: [...new Set(state.goals.map((entry) => entry.domain))].map((domain) => {
            const steps = state.goals.filter((entry) => entry.domain === domain).flatMap((entry) => entry.steps);
            return { __typename: 'RecoveryDomainProgress', domain, stepsDone: steps.filter((step) => step.done).length, stepsTotal: steps.length };
          }),
          suggestions: state.suggestions.map((suggestion) => ({ __typename: 'PlanSuggestion', createdAt: '2026-12-01T10:00:00Z', ...suggestion })),
        },
        mySharingGrants: (initial.sharedWith ?? []).map((name, index) => ({
          __typename: 'ConsentGrant',
          id: `g${index}`,
          scope: 'PLAN',
          granteeDisplayName: name,
          active: true,
        })),
      },
    }),
    CreateRecoveryGoal: ({ variables }: { variables: Record<string, unknown> }) => {
      record('CreateRecoveryGoal', variables);
      const input = variables['input'] as Pick<Goal, 'domain' | 'title' | 'why' | 'dueOn'>;
      const created: Goal = { ...input, id: `goal${state.goals.length + 1}`, status: 'ACTIVE', suggestedByDisplayName: null, steps: [] };
      state.goals.push(created);
      return { data: { createRecoveryGoal: goalNode(created) } };
    },
    AddRecoveryStep: ({ variables }: { variables: Record<string, unknown> }) => {
      record('AddRecoveryStep', variables);
      const target = goal(variables['goalId']);
      const input = variables['input'] as { title: string };
      target.steps.push({ id: `step${target.steps.length + 1}-${target.id}`, title: input.title, dueOn: null, done: false, suggestedByDisplayName: null });
      return { data: { addRecoveryStep: goalNode(target) } };
    },
    SetRecoveryStepDone: ({ variables }: { variables: Record<string, unknown> }) => {
      record('SetRecoveryStepDone', variables);
      const target = stepGoal(variables['stepId']);
      target.steps.find((step) => step.id === variables['stepId'])!.done = Boolean(variables['done']);
      return { data: { setRecoveryStepDone: goalNode(target) } };
    },
    ReorderRecoverySteps: ({ variables }: { variables: Record<string, unknown> }) => {
      record('ReorderRecoverySteps', variables);
      const target = goal(variables['goalId']);
      target.steps = (variables['stepIds'] as string[]).map((id) => target.steps.find((step) => step.id === id)!);
      return { data: { reorderRecoverySteps: goalNode(target) } };
    },
    DeleteRecoveryStep: ({ variables }: { variables: Record<string, unknown> }) => {
      record('DeleteRecoveryStep', variables);
      const target = stepGoal(variables['stepId']);
      target.steps = target.steps.filter((step) => step.id !== variables['stepId']);
      return { data: { deleteRecoveryStep: goalNode(target) } };
    },
    SetRecoveryGoalStatus: ({ variables }: { variables: Record<string, unknown> }) => {
      record('SetRecoveryGoalStatus', variables);
      const target = goal(variables['goalId']);
      target.status = String(variables['status']);
      return { data: { setRecoveryGoalStatus: goalNode(target) } };
    },
    AcceptPlanSuggestion: ({ variables }: { variables: Record<string, unknown> }) => {
      record('AcceptPlanSuggestion', variables);
      const suggestion = state.suggestions.find((entry) => entry.id === variables['suggestionId'])!;
      suggestion.state = 'ACCEPTED';
      state.goals.push({
        id: `goal-from-${suggestion.id}`,
        domain: suggestion.domain ?? 'PEER_SUPPORT',
        title: suggestion.title,
        why: suggestion.why,
        dueOn: suggestion.dueOn,
        status: 'ACTIVE',
        suggestedByDisplayName: suggestion.suggestedByDisplayName,
        steps: [],
      });
      return { data: { acceptPlanSuggestion: { __typename: 'PlanSuggestion', id: suggestion.id, state: 'ACCEPTED' } } };
    },
    DeclinePlanSuggestion: ({ variables }: { variables: Record<string, unknown> }) => {
      record('DeclinePlanSuggestion', variables);
      const suggestion = state.suggestions.find((entry) => entry.id === variables['suggestionId'])!;
      suggestion.state = 'NOT_FOR_NOW';
      suggestion.note = (variables['note'] as string | null) ?? null;
      return { data: { declinePlanSuggestion: { __typename: 'PlanSuggestion', id: suggestion.id, state: 'NOT_FOR_NOW', note: suggestion.note } } };
    },
  };
  return { state, answers };
}

const housing: Goal = {
  id: 'goal1',
  domain: 'SAFE_HOUSING_AND_ENVIRONMENT',
  title: 'Find a flat near my sister',
  why: null,
  dueOn: null,
  status: 'ACTIVE',
  suggestedByDisplayName: null,
  steps: [],
};

describe('recovery plan', () => {
  it('invites a first goal, then keeps it in its area of life, in the member’s words', async () => {
    const { state, answers } = planState();
    renderSignedIn({ path: '/plan', graphql: answers });

    // The first render loads the page's code: give a busy machine time.
    expect(await screen.findByRole('heading', { name: 'No goals yet' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/Only you can see your plan\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add a goal' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save the goal' }));
    expect(await screen.findByText('Choose an area of life.')).toBeInTheDocument();
    expect(screen.getByText('Write your goal in a few words.')).toBeInTheDocument();
    expect(state.calls).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: /Area of life/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Peer support' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Your goal/ }), 'Go to the Tuesday group');
    await userEvent.type(screen.getByRole('textbox', { name: 'Why it matters to you (optional)' }), 'To meet people who get it');
    await userEvent.click(screen.getByRole('button', { name: 'Save the goal' }));

    expect(await screen.findByText('Your goal is saved.')).toBeInTheDocument();
    expect(state.calls).toEqual([
      {
        operation: 'CreateRecoveryGoal',
        variables: { input: { domain: 'PEER_SUPPORT', title: 'Go to the Tuesday group', why: 'To meet people who get it', dueOn: null } },
      },
    ]);
    const area = screen.getByRole('region', { name: 'Peer support' });
    expect(within(area).getByRole('article', { name: 'Go to the Tuesday group' })).toHaveTextContent('Working on it');
  }, 60_000);

  it('shows who suggested what and why; the member says yes to one and “not for now” to the other, with a note', async () => {
    const { state, answers } = planState({
      goals: [housing],
      sharedWith: ['Rosa'],
      suggestions: [
        {
          id: 's1',
          kind: 'GOAL',
          state: 'PENDING',
          domain: 'SKILLS_AND_EDUCATION',
          goalId: null,
          goalTitle: null,
          title: 'Try the evening course',
          why: 'You said you miss learning',
          dueOn: '2027-02-01',
          suggestedByDisplayName: 'Rosa',
          note: null,
        },
        {
          id: 's2',
          kind: 'STEP',
          state: 'PENDING',
          domain: null,
          goalId: 'goal1',
          goalTitle: 'Find a flat near my sister',
          title: 'Ring the council',
          why: 'They are kind on the phone',
          dueOn: null,
          suggestedByDisplayName: 'Rosa',
          note: null,
        },
      ],
    });
    renderSignedIn({ path: '/plan', graphql: answers });

    expect(await screen.findByText(/You share your plan with Rosa\./, {}, { timeout: 10_000 })).toBeInTheDocument();
    const suggestions = screen.getByRole('region', { name: 'Suggestions for you' });
    const course = within(suggestions).getByRole('article', { name: 'Try the evening course' });
    expect(course).toHaveTextContent('A goal in Skills, training and education');
    expect(course).toHaveTextContent('Suggested by Rosa');
    expect(course).toHaveTextContent('Why it might helpYou said you miss learning');
    expect(course).toHaveTextContent('Hoped for by February 1, 2027');
    const ring = within(suggestions).getByRole('article', { name: 'Ring the council' });
    expect(ring).toHaveTextContent('A step for your goal “Find a flat near my sister”');

    await userEvent.click(within(course).getByRole('button', { name: 'Yes, add it to my plan' }));
    expect(await screen.findByText('“Try the evening course” is in your plan now.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Skills, training and education' })).toHaveTextContent('Suggested by Rosa');

    await userEvent.click(within(screen.getByRole('article', { name: 'Ring the council' })).getByRole('button', { name: 'Not for now' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'A few words back to Rosa (optional)' }), 'Thank you, not yet');
    await userEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByText('Set aside. Rosa will see “not for now”.')).toBeInTheDocument();

    expect(state.calls).toEqual([
      { operation: 'AcceptPlanSuggestion', variables: { suggestionId: 's1' } },
      { operation: 'DeclinePlanSuggestion', variables: { suggestionId: 's2', note: 'Thank you, not yet' } },
    ]);
    expect(screen.queryByRole('region', { name: 'Suggestions for you' })).not.toBeInTheDocument();
    const answered = screen.getByRole('region', { name: 'Suggestions you have answered' });
    expect(answered).toHaveTextContent('Not for now.');
    expect(answered).toHaveTextContent('Your words back: Thank you, not yet');
  }, 60_000);

  it('adds steps, ticks one off, moves one with the keyboard buttons, and deletes one after asking', async () => {
    const { state, answers } = planState({
      goals: [
        {
          ...housing,
          steps: [
            { id: 'a', title: 'Look at the council list', dueOn: null, done: false, suggestedByDisplayName: null },
            { id: 'b', title: 'Visit two flats', dueOn: '2027-01-10', done: false, suggestedByDisplayName: 'Rosa' },
          ],
        },
      ],
    });
    renderSignedIn({ path: '/plan', graphql: answers });

    const goal = await screen.findByRole('article', { name: 'Find a flat near my sister' }, { timeout: 10_000 });
    expect(within(goal).getByText('0 of 2 steps done')).toBeInTheDocument();
    expect(within(goal).getByText('By January 10, 2027 · Suggested by Rosa')).toBeInTheDocument();
    expect(within(goal).getByRole('button', { name: 'Move up: “Look at the council list”' })).toBeDisabled();

    await userEvent.type(within(goal).getByRole('textbox', { name: /A new step for/ }), 'Ask my sister about the street');
    await userEvent.click(within(goal).getByRole('button', { name: 'Add the step' }));
    expect(await within(goal).findByRole('checkbox', { name: 'Ask my sister about the street' })).not.toBeChecked();

    await userEvent.click(within(goal).getByRole('checkbox', { name: 'Look at the council list' }));
    expect(await within(goal).findByText('1 of 3 steps done')).toBeInTheDocument();

    await userEvent.click(within(goal).getByRole('button', { name: 'Move up: “Ask my sister about the street”' }));
    expect(await screen.findByText('“Ask my sister about the street” is now step 2 of 3.')).toBeInTheDocument();
    await waitFor(() => expect(within(goal).getByRole('button', { name: 'Move up: “Ask my sister about the street”' })).toHaveFocus());
    expect(
      within(goal)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Look at the council list', 'Ask my sister about the street', 'Visit two flats']);

    await userEvent.click(within(goal).getByRole('button', { name: 'Delete the step “Visit two flats”' }));
    await userEvent.click(within(goal).getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(within(goal).queryByRole('checkbox', { name: 'Visit two flats' })).not.toBeInTheDocument());

    expect(state.calls.map((call) => [call.operation, call.variables])).toEqual([
      ['AddRecoveryStep', { goalId: 'goal1', input: { title: 'Ask my sister about the street' } }],
      ['SetRecoveryStepDone', { stepId: 'a', done: true }],
      ['ReorderRecoverySteps', { goalId: 'goal1', stepIds: ['a', 'step3-goal1', 'b'] }],
      ['DeleteRecoveryStep', { stepId: 'b' }],
    ]);

    await userEvent.click(within(goal).getByRole('button', { name: 'Mark as reached' }));
    expect(await within(goal).findByText('Reached')).toBeInTheDocument();
    expect(within(goal).getByRole('button', { name: 'Take it up again' })).toBeInTheDocument();
  }, 60_000);

  it('speaks French', async () => {
    const { answers } = planState({ goals: [housing] });
    renderSignedIn({ path: '/plan', language: 'fr', me: { locale: 'fr' }, graphql: answers });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon plan de rétablissement' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Logement sûr et cadre de vie sain' })).toHaveTextContent('En cours');
    expect(screen.getByText('Pas encore d’étape. Quelle petite chose pourriez-vous faire en premier ?')).toBeInTheDocument();
  });
});
