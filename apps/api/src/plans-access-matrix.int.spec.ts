import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { post } from '@kindred/test-support/api-client';
import {
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  sharingEndedForSupporter,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { startTestApi } from '@kindred/test-support/test-api';

/** People with the MEMBER role have a plan of their own; everyone else signed in is refused. */
const membersOnly: Record<Persona, Outcome> = {
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHENTICATED',
  member: 'allowed',
  otherMember: 'allowed',
  mentor: 'allowed',
};
/** Only the member acts on their own plan: other members find nothing, people without a plan are refused. */
const ownerOnly: Record<Persona, Outcome> = { ...membersOnly, otherMember: 'NOT_FOUND', mentor: 'NOT_FOUND' };
/** Only the supporter holding the member's PLAN grant; anyone else finds nothing. */
const planGranteeOnly: Record<Persona, Outcome> = { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', supporter: 'allowed' };

/**
 * Who may do what with recovery plans. `supporter` is in the member's circle and holds the
 * member's PLAN grant; `mentor` and `otherMember` are members with plans of their own, and
 * no grant from the member. Coordinators, moderators and admins have no say over a plan.
 */
describe('authorization matrix: recovery plans', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  const ids = { grant: '', goal: '', doomedGoal: '', step: '', toAccept: '', toDecline: '', toWithdraw: '' };

  const as = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post<T>(app, query, variables, token);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('plans-matrix'));
    personas = await createPersonas(app);
    const member = personas.member.accessToken;
    const supporter = personas.supporter.accessToken;
    const { inviteToCircle } = await as<{ inviteToCircle: { id: string } }>(
      member,
      'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FAMILY) { id } }',
      {
        u: personas.supporter.userId,
      },
    );
    await as(supporter, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
    ids.grant = (
      await as<{ grantSharing: { id: string } }>(member, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
        input: { granteeId: personas.supporter.userId, scope: 'PLAN', purpose: 'Help me think my plan through', signature: personas.member.displayName },
      })
    ).grantSharing.id;
    const create = 'mutation($input: RecoveryGoalInput!) { createRecoveryGoal(input: $input) { id } }';
    ids.goal = (
      await as<{ createRecoveryGoal: { id: string } }>(member, create, { input: { domain: 'EMPLOYMENT_AND_LEGAL', title: 'Find part-time work' } })
    ).createRecoveryGoal.id;
    ids.doomedGoal = (
      await as<{ createRecoveryGoal: { id: string } }>(member, create, { input: { domain: 'PEER_SUPPORT', title: 'A goal to delete' } })
    ).createRecoveryGoal.id;
    ids.step = (
      await as<{ addRecoveryStep: { steps: { id: string }[] } }>(
        member,
        'mutation($g: ID!) { addRecoveryStep(goalId: $g, input: { title: "Update my CV" }) { steps { id } } }',
        {
          g: ids.goal,
        },
      )
    ).addRecoveryStep.steps[0]!.id;
    const suggest = async (title: string): Promise<string> =>
      (
        await as<{ suggestRecoveryGoal: { id: string } }>(
          supporter,
          'mutation($o: ID!, $input: RecoveryGoalInput!) { suggestRecoveryGoal(ownerId: $o, input: $input) { id } }',
          {
            o: personas.member.userId,
            input: { domain: 'COMMUNITY_AND_CULTURE', title },
          },
        )
      ).suggestRecoveryGoal.id;
    ids.toAccept = await suggest('Join the community choir');
    ids.toDecline = await suggest('Volunteer at the food bank');
    ids.toWithdraw = await suggest('Visit the library');
  });

  afterAll(() => stop());

  const ofMember = (query: string) => (_persona: Persona, people: Personas) => ({ query, variables: { o: people.member.userId } });
  const rows = (): MatrixRow[] => [
    { operation: 'myRecoveryPlan', request: { query: '{ myRecoveryPlan { goals { id } progress { domain } suggestions { id } } }' }, expect: membersOnly },
    {
      operation: 'createRecoveryGoal',
      request: { query: 'mutation { createRecoveryGoal(input: { domain: MEANING_AND_PURPOSE, title: "Read more" }) { id } }' },
      expect: membersOnly,
    },
    {
      // The member reads their own plan through myRecoveryPlan; this path is only for those it is shared with.
      operation: 'sharedRecoveryPlan goals (the member’s)',
      request: ofMember('query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { goals { id title steps { title } } } }'),
      expect: planGranteeOnly,
    },
    {
      operation: 'sharedRecoveryPlan progress (the member’s)',
      request: ofMember('query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { progress { domain activeGoals } } }'),
      expect: planGranteeOnly,
    },
    {
      operation: 'suggestRecoveryGoal (to the member)',
      request: ofMember('mutation($o: ID!) { suggestRecoveryGoal(ownerId: $o, input: { domain: PEER_SUPPORT, title: "Try a peer group" }) { id } }'),
      expect: planGranteeOnly,
    },
    {
      operation: 'suggestRecoveryStep (on the member’s goal)',
      request: () => ({
        query: 'mutation($g: ID!) { suggestRecoveryStep(goalId: $g, input: { title: "Ask at the job centre" }) { id } }',
        variables: { g: ids.goal },
      }),
      expect: planGranteeOnly,
    },
    {
      operation: 'updateRecoveryGoal (the member’s)',
      request: () => ({
        query: 'mutation($g: ID!) { updateRecoveryGoal(goalId: $g, input: { domain: EMPLOYMENT_AND_LEGAL, title: "Find work I enjoy" }) { id } }',
        variables: { g: ids.goal },
      }),
      expect: ownerOnly,
    },
    {
      operation: 'setRecoveryGoalStatus (the member’s)',
      request: () => ({ query: 'mutation($g: ID!) { setRecoveryGoalStatus(goalId: $g, status: ACTIVE) { id } }', variables: { g: ids.goal } }),
      expect: ownerOnly,
    },
    {
      // Before addRecoveryStep: the order has to name every step, and the goal has one so far.
      operation: 'reorderRecoverySteps (the member’s)',
      request: () => ({
        query: 'mutation($g: ID!, $s: [ID!]!) { reorderRecoverySteps(goalId: $g, stepIds: $s) { id } }',
        variables: { g: ids.goal, s: [ids.step] },
      }),
      expect: ownerOnly,
    },
    {
      operation: 'addRecoveryStep (on the member’s goal)',
      request: () => ({ query: 'mutation($g: ID!) { addRecoveryStep(goalId: $g, input: { title: "Call Jo" }) { id } }', variables: { g: ids.goal } }),
      expect: ownerOnly,
    },
    {
      operation: 'setRecoveryStepDone (the member’s)',
      request: () => ({ query: 'mutation($s: ID!) { setRecoveryStepDone(stepId: $s, done: true) { id } }', variables: { s: ids.step } }),
      expect: ownerOnly,
    },
    {
      operation: 'updateRecoveryStep (the member’s)',
      request: () => ({
        query: 'mutation($s: ID!) { updateRecoveryStep(stepId: $s, input: { title: "Update my CV with Jo" }) { id } }',
        variables: { s: ids.step },
      }),
      expect: ownerOnly,
    },
    {
      operation: 'acceptPlanSuggestion (made to the member)',
      request: () => ({ query: 'mutation($s: ID!) { acceptPlanSuggestion(suggestionId: $s) { state } }', variables: { s: ids.toAccept } }),
      expect: ownerOnly,
    },
    {
      operation: 'declinePlanSuggestion (made to the member)',
      request: () => ({
        query: 'mutation($s: ID!) { declinePlanSuggestion(suggestionId: $s, note: "Not now, thank you") { state } }',
        variables: { s: ids.toDecline },
      }),
      expect: ownerOnly,
    },
    {
      // Only the person who made it; the member answers it instead.
      operation: 'withdrawPlanSuggestion (the supporter’s)',
      request: () => ({ query: 'mutation($s: ID!) { withdrawPlanSuggestion(suggestionId: $s) { state } }', variables: { s: ids.toWithdraw } }),
      expect: planGranteeOnly,
    },
    {
      operation: 'deleteRecoveryStep (the member’s)',
      request: () => ({ query: 'mutation($s: ID!) { deleteRecoveryStep(stepId: $s) { id } }', variables: { s: ids.step } }),
      expect: ownerOnly,
    },
    {
      operation: 'deleteRecoveryGoal (the member’s)',
      request: () => ({ query: 'mutation($g: ID!) { deleteRecoveryGoal(goalId: $g) { ok } }', variables: { g: ids.doomedGoal } }),
      expect: ownerOnly,
    },
    {
      // Late in the table: revoking ends the supporter's access for any row after it.
      operation: 'revokeSharing (the member’s PLAN grant)',
      request: () => ({ query: 'mutation($g: ID!) { revokeSharing(grantId: $g) { active } }', variables: { g: ids.grant } }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', member: 'allowed' },
    },
    {
      operation: 'sharedRecoveryPlan goals (after revocation)',
      request: ofMember('query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { goals { id } } }'),
      expect: sharingEndedForSupporter,
    },
    {
      operation: 'suggestRecoveryGoal (after revocation)',
      request: ofMember('mutation($o: ID!) { suggestRecoveryGoal(ownerId: $o, input: { domain: PEER_SUPPORT, title: "One more" }) { id } }'),
      expect: sharingEndedForSupporter,
    },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });
});
