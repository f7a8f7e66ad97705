import { basename } from 'node:path';
import { testRunId } from '@kindred/core/testing';
import { allianceWithMembers, must, type AllianceWithMembers, type Member } from '@kindred/test-support/alliance-setup';
import { clientAddressFor, graphql } from '@kindred/test-support/graphql-client';
import { eventually } from '@kindred/test-support/polling';
import { e2eEnvironment } from '@kindred/test-support/processes';

const api = (): string => process.env['E2E_API_URL'] ?? '';
const fromThisFile = { sourceAddress: clientAddressFor(basename(__filename)) };
const as = <T>(person: Member, query: string, variables: Record<string, unknown> = {}) => must<T>(api(), query, variables, person.accessToken, fromThisFile);
const codeAs = async (person: Member, query: string, variables: Record<string, unknown> = {}) =>
  (await graphql(api(), query, variables, person.accessToken, fromThisFile)).errors?.[0]?.extensions?.['code'];

const SUGGESTIONS = '{ mentorSuggestions(first: 10) { mentorId reasons } }';
const SEND = 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }';

interface Suggestion {
  mentorId: string;
  reasons: string[];
}

/**
 * A member finds a mentor, asks, is accepted and talks with them, through the running api and
 * worker: suggestions computed by the worker after vetting, the request, the acceptance that
 * opens the conversation, and the ending that archives it.
 */
describe('mentor matching and mentorships, end to end', () => {
  let scene: AllianceWithMembers;
  let mia: Member;
  let leo: Member;

  const suggested = async (person: Member): Promise<Suggestion[]> => (await as<{ mentorSuggestions: Suggestion[] }>(person, SUGGESTIONS)).mentorSuggestions;

  beforeAll(async () => {
    scene = await allianceWithMembers(api(), e2eEnvironment(testRunId()), 2, fromThisFile);
    [mia, leo] = scene.members as [Member, Member];
    await as(mia, 'mutation($input: RecoveryPreferencesInput!) { updateRecoveryPreferences(input: $input) { languages } }', {
      input: { pathways: ['HARM_REDUCTION'], languages: ['fr'], availability: [{ day: 'TUESDAY', start: '18:00', end: '21:00' }] },
    });
  });

  it('suggests a newly vetted mentor with reasons, then request, acceptance, conversation and ending', async () => {
    const { applyToMentor } = await as<{ applyToMentor: { id: string } }>(
      leo,
      'mutation($a: ID!, $input: MentorApplicationInput!) { applyToMentor(allianceId: $a, input: $input) { id } }',
      {
        a: scene.allianceId,
        input: {
          livedExperienceSummary: 'Huit ans de rétablissement ; j’aide pour le logement.',
          pathways: ['HARM_REDUCTION'],
          yearsInRecovery: 8,
          languages: ['fr'],
          focusDomains: ['SAFE_HOUSING_AND_ENVIRONMENT'],
          availability: [{ day: 'TUESDAY', start: '18:00', end: '20:00' }],
          maxMentees: 2,
          trainingCompleted: ['safeguarding'],
        },
      },
    );
    expect(await suggested(mia)).toEqual([]);
    await as(scene.admin, 'mutation($i: ID!) { decideMentorApplication(applicationId: $i, decision: APPROVE) { status } }', { i: applyToMentor.id });

    const patiently = { timeoutMs: 40_000, intervalMs: 250 };
    const suggestion = await eventually(
      'the vetted mentor to be suggested',
      async () => (await suggested(mia)).find((entry) => entry.mentorId === leo.userId),
      patiently,
    );
    expect(suggestion.reasons).toEqual(expect.arrayContaining(['speaks French', 'has walked a similar recovery pathway']));

    const { requestMentorship } = await as<{ requestMentorship: { id: string; state: string } }>(
      mia,
      'mutation($m: ID!) { requestMentorship(mentorId: $m, intro: "Bonjour, j’aimerais ton soutien.") { id state } }',
      { m: leo.userId },
    );
    expect(requestMentorship.state).toBe('REQUESTED');
    const { acceptMentorship } = await as<{ acceptMentorship: { state: string; conversationId: string } }>(
      leo,
      'mutation($m: ID!) { acceptMentorship(mentorshipId: $m) { state conversationId } }',
      { m: requestMentorship.id },
    );
    expect(acceptMentorship.state).toBe('ACTIVE');
    await eventually('the member to be told of the acceptance', async () => {
      const { myNotifications } = await as<{ myNotifications: { edges: { node: { kind: string } }[] } }>(
        mia,
        '{ myNotifications(first: 10) { edges { node { kind } } } }',
      );
      return myNotifications.edges.some((edge) => edge.node.kind === 'MENTORSHIP_UPDATE') ? true : undefined;
    });

    await as(mia, SEND, { c: acceptMentorship.conversationId, b: 'Merci ! Mardi soir, ça te va ?' });
    const { messages } = await as<{ messages: { edges: { node: { body: string } }[] } }>(
      leo,
      'query($c: ID!) { messages(conversationId: $c, first: 5) { edges { node { body } } } }',
      {
        c: acceptMentorship.conversationId,
      },
    );
    expect(messages.edges.map((edge) => edge.node.body)).toContain('Merci ! Mardi soir, ça te va ?');
    const leftSuggestions = async (): Promise<true | undefined> => ((await suggested(mia)).some((entry) => entry.mentorId === leo.userId) ? undefined : true);
    await eventually('the mentor now working with the member to leave their suggestions', leftSuggestions, patiently);

    await as(leo, 'mutation($m: ID!) { endMentorship(mentorshipId: $m) { state } }', { m: requestMentorship.id });
    expect(await codeAs(mia, SEND, { c: acceptMentorship.conversationId, b: 'Encore là ?' })).toBe('CONFLICT');
  });
});
