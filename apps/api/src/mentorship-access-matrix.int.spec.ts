import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  signedInOnly,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { allianceRunBy, joinAlliance, startMentorship, vetAsMentor } from '@kindred/test-support/alliance-fixtures';
import { startTestApi } from '@kindred/test-support/test-api';

/** Only the member and the mentor of the mentorship under test; anyone else is told it does not exist. */
const bothSides: Record<Persona, Outcome> = { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', member: 'allowed', mentor: 'allowed' };
const coordinatorOfA: Record<Persona, Outcome> = { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', coordinator: 'allowed' };

/**
 * Who may do what with mentorships. The member and the mentor belong to alliance A, which
 * `coordinator` runs; the mentor is vetted there and mentors the member.
 */
describe('authorization matrix: mentorships', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  const ids = { allianceA: '', mentorship: '' };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('mentorship-matrix'));
    personas = await createPersonas(app);
    ids.allianceA = await allianceRunBy(app, personas.admin, personas.coordinator, 'Mentorship matrix A');
    for (const persona of [personas.member, personas.mentor]) await joinAlliance(app, persona, personas.coordinator, ids.allianceA);
    await vetAsMentor(app, personas.mentor, personas.coordinator, ids.allianceA, {
      livedExperienceSummary: 'Four years of recovery, and of listening to people who are where I was.',
      pathways: ['ABSTINENCE_BASED'],
      yearsInRecovery: 4,
      trainingCompleted: [],
    });
    ids.mentorship = (await startMentorship(app, personas.member, personas.mentor)).mentorshipId;
  });

  afterAll(() => stop());

  const rows = (): MatrixRow[] => [
    { operation: 'myMentorships', request: { query: '{ myMentorships { id state } }' }, expect: signedInOnly },
    {
      operation: 'mentorSuggestions',
      request: { query: '{ mentorSuggestions(first: 5) { mentorId reasons } }' },
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', member: 'allowed', otherMember: 'allowed', mentor: 'allowed' },
    },
    {
      operation: 'mentorshipHistory',
      request: () => ({ query: 'query($m: ID!) { mentorshipHistory(mentorshipId: $m) { kind } }', variables: { m: ids.mentorship } }),
      expect: bothSides,
    },
    {
      operation: 'askCoordinatorForHelp',
      request: () => ({ query: 'mutation($m: ID!) { askCoordinatorForHelp(mentorshipId: $m) { ok } }', variables: { m: ids.mentorship } }),
      expect: bothSides,
    },
    {
      // Only members report their mentor; the mentor is refused, strangers learn nothing.
      operation: 'reportMentor',
      request: () => ({ query: 'mutation($m: ID!) { reportMentor(mentorshipId: $m, reason: OTHER) { ok } }', variables: { m: ids.mentorship } }),
      expect: { ...bothSides, mentor: 'FORBIDDEN' },
    },
    {
      operation: 'mentorshipHelpRequests (alliance A)',
      request: () => ({ query: 'query($a: ID!) { mentorshipHelpRequests(allianceId: $a) { mentorshipId } }', variables: { a: ids.allianceA } }),
      expect: coordinatorOfA,
    },
    {
      operation: 'mentorReports (alliance A)',
      request: () => ({ query: 'query($a: ID!) { mentorReports(allianceId: $a) { id } }', variables: { a: ids.allianceA } }),
      expect: coordinatorOfA,
    },
    {
      // Roles first: only members ask, only mentors answer; then the mentorship itself decides.
      operation: 'requestMentorship (the mentor, already mentoring the member)',
      request: (_persona, people) => ({ query: 'mutation($m: ID!) { requestMentorship(mentorId: $m) { id } }', variables: { m: people.mentor.userId } }),
      expect: {
        ...everyone('FORBIDDEN'),
        anonymous: 'UNAUTHENTICATED',
        member: 'CONFLICT',
        otherMember: 'MENTOR_NOT_AVAILABLE' as Outcome,
        mentor: 'BAD_USER_INPUT',
      },
    },
    {
      operation: 'acceptMentorship (already active)',
      request: () => ({ query: 'mutation($m: ID!) { acceptMentorship(mentorshipId: $m) { id } }', variables: { m: ids.mentorship } }),
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', mentor: 'CONFLICT' },
    },
    { operation: 'myMentorAvailability', request: { query: '{ myMentorAvailability }' }, expect: signedInOnly },
    {
      operation: 'setMentorAvailability',
      request: { query: 'mutation { setMentorAvailability(until: null) }' },
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', mentor: 'allowed' },
    },
    {
      // The mentor sets their own places (within the alliance's limit), the alliance's coordinator anyone's; nobody else.
      operation: 'setMentorPlaces (the mentor, in alliance A)',
      request: (_persona, people) => ({
        query: 'mutation($a: ID!, $m: ID!) { setMentorPlaces(allianceId: $a, mentorId: $m, places: 2) { places } }',
        variables: { a: ids.allianceA, m: people.mentor.userId },
      }),
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', mentor: 'allowed', coordinator: 'allowed' },
    },
    {
      operation: 'pauseMentorship',
      request: () => ({ query: 'mutation($m: ID!) { pauseMentorship(mentorshipId: $m) { state } }', variables: { m: ids.mentorship } }),
      // The member pauses it; the mentor, next, finds it paused already.
      expect: { ...bothSides, mentor: 'CONFLICT' },
    },
    {
      operation: 'endMentorship',
      request: () => ({ query: 'mutation($m: ID!) { endMentorship(mentorshipId: $m) { state } }', variables: { m: ids.mentorship } }),
      expect: { ...bothSides, mentor: 'CONFLICT' },
    },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });
});
