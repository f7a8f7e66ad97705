import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createAccount, post, type GraphqlBody } from '@kindred/test-support/api-client';
import {
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  PERSONAS,
  signedInOnly,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { startTestApi } from '@kindred/test-support/test-api';

const DOMAINS = [
  'PHYSICAL_AND_MENTAL_HEALTH',
  'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
  'SAFE_HOUSING_AND_ENVIRONMENT',
  'PEER_SUPPORT',
  'EMPLOYMENT_AND_LEGAL',
  'SKILLS_AND_EDUCATION',
  'COMMUNITY_AND_CULTURE',
  'MEANING_AND_PURPOSE',
];

/** Ratings in TreatNet order, with an optional note on one domain. */
const ratings = (scores: number[], note?: { domain: string; text: string }) =>
  DOMAINS.map((domain, index) => ({ domain, score: scores[index] ?? 0, note: note?.domain === domain ? note.text : null }));

const RECORD_BARC10 = 'mutation($answers: [Int!]!) { recordBarc10(answers: $answers) { id total changeSincePrevious } }';
const RECORD_RATINGS = 'mutation($input: RecordDomainRatingsInput!) { recordDomainRatings(input: $input) { id } }';
const UPDATE_PREFERENCES = 'mutation($input: RecoveryPreferencesInput!) { updateRecoveryPreferences(input: $input) { languages } }';
const PREFERENCES = {
  pathways: ['HARM_REDUCTION'],
  preferredMentorGender: null,
  languages: ['fr'],
  availability: [{ day: 'WEDNESDAY', start: '17:00', end: '19:00' }],
};
const MY_CAPITAL = `{
  myRecoveryCapital {
    latestBarc10 { id total changeSincePrevious }
    latestDomainRatings {
      id
      scores { domain score note changeSincePrevious }
      dimensions { dimension score changeSincePrevious }
      strengths
      needs
    }
    barc10History(first: 1) { edges { cursor node { total changeSincePrevious } } pageInfo { hasNextPage endCursor } }
    domainRatingsHistory(first: 10) { edges { node { id } } }
  }
}`;

/** Signed-in people may act on their own recovery capital only; a mistake is explained to each of them alike. */
const mistakeForSignedIn: Record<Persona, Outcome> = { ...everyone('BAD_USER_INPUT'), anonymous: 'UNAUTHENTICATED' };

const ROWS: MatrixRow[] = [
  {
    operation: 'barc10Statements',
    request: { query: '{ barc10Statements { version statements { number text } referencePoint { total } } }' },
    expect: everyone('allowed'),
  },
  {
    operation: 'recoveryCapitalGuide',
    request: { query: '{ recoveryCapitalGuide { domains { domain dimensions } scale { minimum maximum } } }' },
    expect: everyone('allowed'),
  },
  { operation: 'myRecoveryCapital', request: { query: MY_CAPITAL }, expect: signedInOnly },
  { operation: 'recordBarc10', request: { query: RECORD_BARC10, variables: { answers: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4] } }, expect: signedInOnly },
  {
    operation: 'recordBarc10 (nine answers)',
    request: { query: RECORD_BARC10, variables: { answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] } },
    expect: mistakeForSignedIn,
  },
  {
    operation: 'recordDomainRatings',
    request: { query: RECORD_RATINGS, variables: { input: { ratings: ratings([5, 5, 5, 5, 5, 5, 5, 5]) } } },
    expect: signedInOnly,
  },
  {
    operation: 'recordDomainRatings (a score of 11)',
    request: { query: RECORD_RATINGS, variables: { input: { ratings: ratings([5, 5, 5, 5, 5, 5, 5, 11]) } } },
    expect: mistakeForSignedIn,
  },
  { operation: 'myRecoveryPreferences', request: { query: '{ myRecoveryPreferences { pathways languages updatedAt } }' }, expect: signedInOnly },
  { operation: 'updateRecoveryPreferences', request: { query: UPDATE_PREFERENCES, variables: { input: PREFERENCES } }, expect: signedInOnly },
  {
    operation: 'updateRecoveryPreferences (unknown language)',
    request: { query: UPDATE_PREFERENCES, variables: { input: { ...PREFERENCES, languages: ['zz'] } } },
    expect: mistakeForSignedIn,
  },
];

interface Capital {
  myRecoveryCapital: {
    latestBarc10: { id: string; total: number; changeSincePrevious: number | null } | null;
    latestDomainRatings: {
      id: string;
      scores: { domain: string; score: number; note: string | null; changeSincePrevious: number | null }[];
      dimensions: { dimension: string; score: number; changeSincePrevious: number | null }[];
      strengths: string[];
      needs: string[];
    } | null;
    barc10History: {
      edges: { cursor: string; node: { total: number; changeSincePrevious: number | null } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    domainRatingsHistory: { edges: { node: { id: string } }[] };
  };
}

describe('authorization matrix: recovery capital and preferences', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('recovery-matrix'));
    personas = await createPersonas(app);
  });

  afterAll(() => stop());

  it.each(matrixCases(ROWS))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });

  describe('what a person sees of recovery capital', () => {
    let owner: string;
    let recorded: { barc10Id: string; ratingsId: string };
    const NOTE = 'Started seeing a counsellor at the Maison de santé.';

    const send = <T>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphqlBody<T>> => post<T>(app, query, variables, token);

    beforeAll(async () => {
      // A fresh member of its own, so the matrix rows above do not change these numbers.
      owner = (await createAccount(app)).accessToken;
      await send(RECORD_BARC10, { answers: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] }, owner);
      const second = await send<{ recordBarc10: { id: string; changeSincePrevious: number } }>(
        RECORD_BARC10,
        { answers: [5, 4, 6, 3, 5, 4, 6, 5, 4, 5] },
        owner,
      );
      await send(RECORD_RATINGS, { input: { ratings: ratings([3, 5, 2, 6, 4, 3, 7, 8]), takenAt: new Date(Date.now() - 86_400_000).toISOString() } }, owner);
      const latest = await send<{ recordDomainRatings: { id: string } }>(
        RECORD_RATINGS,
        { input: { ratings: ratings([4, 8, 2, 6, 5, 3, 7, 9], { domain: 'PHYSICAL_AND_MENTAL_HEALTH', text: NOTE }) } },
        owner,
      );
      recorded = { barc10Id: second.data!.recordBarc10.id, ratingsId: latest.data!.recordDomainRatings.id };
    });

    it('shows the owner their latest snapshots, derived dimensions, strengths, needs, note and change over time', async () => {
      const { data, errors } = await send<Capital>(MY_CAPITAL, {}, owner);
      expect(errors).toBeUndefined();
      const capital = data!.myRecoveryCapital;
      expect(capital.latestBarc10).toEqual({ id: recorded.barc10Id, total: 47, changeSincePrevious: 17 });
      expect(capital.latestDomainRatings).toMatchObject({
        id: recorded.ratingsId,
        strengths: ['MEANING_AND_PURPOSE', 'FAMILY_SOCIAL_SUPPORT_AND_LEISURE', 'COMMUNITY_AND_CULTURE'],
        needs: ['SAFE_HOUSING_AND_ENVIRONMENT', 'SKILLS_AND_EDUCATION', 'PHYSICAL_AND_MENTAL_HEALTH'],
        dimensions: [
          { dimension: 'SOCIAL', score: 7, changeSincePrevious: 1 },
          { dimension: 'PHYSICAL', score: 3.5, changeSincePrevious: 0.5 },
          { dimension: 'HUMAN', score: 5.3, changeSincePrevious: 0.6 },
          { dimension: 'CULTURAL', score: 8, changeSincePrevious: 0.5 },
        ],
      });
      expect(capital.latestDomainRatings?.scores[0]).toEqual({ domain: 'PHYSICAL_AND_MENTAL_HEALTH', score: 4, note: NOTE, changeSincePrevious: 1 });
      expect(capital.barc10History.edges.map((edge) => edge.node)).toEqual([{ total: 47, changeSincePrevious: 17 }]);
      expect(capital.barc10History.pageInfo.hasNextPage).toBe(true);
      expect(capital.domainRatingsHistory.edges).toHaveLength(2);

      const next = await send<Capital>(
        `query($after: String) { myRecoveryCapital { barc10History(first: 5, after: $after) { edges { node { total changeSincePrevious } } } } }`,
        { after: capital.barc10History.pageInfo.endCursor },
        owner,
      );
      expect(next.data?.myRecoveryCapital.barc10History.edges.map((edge) => edge.node)).toEqual([{ total: 30, changeSincePrevious: null }]);
    });

    it.each(PERSONAS.filter((persona): persona is Exclude<Persona, 'anonymous'> => persona !== 'anonymous'))(
      'shows %s nothing of the owner’s recovery capital',
      async (persona) => {
        const body = await send<Capital>(MY_CAPITAL, {}, personas[persona].accessToken);
        const text = JSON.stringify(body);
        expect(text).not.toContain(recorded.barc10Id);
        expect(text).not.toContain(recorded.ratingsId);
        expect(text).not.toContain('Maison de santé');
      },
    );

    it('names the statement to look at again', async () => {
      const body = await send(RECORD_BARC10, { answers: [6, 6, 6, 6, 6, 6, 0, 6, 6, 6] }, owner);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/statement 7 /);
    });
  });
});
