import { MentorGender, RecoveryDomain, RecoveryPathway, Weekday } from '@kindred/recovery';
import { rankMentors, scoreMentor, WEIGHTS, type MenteeProfile, type MentorCandidate } from './mentor-ranking';
import { reasonWords } from './suggestion-reasons';

const NOW = new Date('2026-11-23T12:00:00Z');

const mentee: MenteeProfile = {
  needs: [RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT, RecoveryDomain.EMPLOYMENT_AND_LEGAL],
  pathways: [RecoveryPathway.HARM_REDUCTION],
  preferredGender: MentorGender.WOMAN,
  languages: ['fr', 'en'],
  availability: [{ day: Weekday.TUESDAY, start: '18:00', end: '22:00' }],
  timeZone: 'Europe/Paris',
};

const base: MentorCandidate = {
  mentorId: 'base',
  allianceId: 'a',
  allianceName: 'Paris Est',
  languages: ['fr'],
  focusDomains: [RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT, RecoveryDomain.EMPLOYMENT_AND_LEGAL],
  pathways: [RecoveryPathway.HARM_REDUCTION],
  gender: MentorGender.WOMAN,
  availability: [{ day: Weekday.TUESDAY, start: '18:00', end: '22:00' }],
  timeZone: 'Europe/Paris',
  maxMentees: 4,
  load: 0,
  lastMatchedAt: null,
  unansweredRecently: 0,
};

const scoreOf = (changes: Partial<MentorCandidate>, who: MenteeProfile = mentee): number => scoreMentor(who, { ...base, ...changes }, NOW).score;

describe('mentor ranking', () => {
  it('gives a perfect fit the full score, with reasons a person can read', () => {
    const ranked = scoreMentor(mentee, base, NOW);
    expect(ranked.score).toBe(100);
    expect(reasonWords(ranked.reasons, 'en')).toEqual([
      'speaks French',
      'has supported people with housing and employment',
      'has walked a similar recovery pathway',
      'matches your preference for a mentor',
      'available on weekday evenings',
      'in your alliance, Paris Est',
    ]);
  });

  it('gives the reasons in the member’s language', () => {
    const ranked = scoreMentor(mentee, { ...base, languages: ['fr', 'en'], focusDomains: [...base.focusDomains, RecoveryDomain.PEER_SUPPORT] }, NOW);
    expect(reasonWords(ranked.reasons, 'fr')).toEqual([
      'parle français et anglais',
      'a déjà accompagné d’autres personnes sur ces sujets : logement et emploi',
      'a suivi un chemin de rétablissement proche du vôtre',
      'correspond à ce que vous souhaitez chez une personne mentor',
      'disponible en semaine, le soir',
      'dans votre alliance, Paris Est',
    ]);
    expect(
      reasonWords(
        [{ kind: 'SUPPORTED_WITH', domains: [RecoveryDomain.PEER_SUPPORT, RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT, RecoveryDomain.EMPLOYMENT_AND_LEGAL] }],
        'en',
      ),
    ).toEqual(['has supported people with peer support, housing and employment']);
  });

  it('weighs the member’s needs', () => {
    expect(scoreOf({ focusDomains: [RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT] })).toBe(100 - WEIGHTS.needs / 2);
    expect(scoreOf({ focusDomains: [RecoveryDomain.PEER_SUPPORT] })).toBe(100 - WEIGHTS.needs);
    // No rating yet: neutral for everyone.
    expect(scoreOf({ focusDomains: [RecoveryDomain.PEER_SUPPORT] }, { ...mentee, needs: [] })).toBe(100 - WEIGHTS.needs / 2);
  });

  it('weighs the recovery pathway', () => {
    expect(scoreOf({ pathways: [RecoveryPathway.ABSTINENCE_BASED] })).toBe(100 - WEIGHTS.pathway);
  });

  it('honours a gender preference, and nothing when there is none', () => {
    expect(scoreOf({ gender: MentorGender.MAN })).toBe(100 - WEIGHTS.gender);
    expect(scoreOf({ gender: null })).toBe(100 - WEIGHTS.gender);
    expect(scoreOf({ gender: MentorGender.MAN }, { ...mentee, preferredGender: null })).toBe(100);
  });

  it('compares availability in each person’s own time zone', () => {
    // 18:00–22:00 in New York is midnight onwards in Paris: no time in common.
    expect(scoreOf({ timeZone: 'America/New_York' })).toBe(100 - WEIGHTS.availability);
    // 12:00–15:00 in New York is 18:00–21:00 in Paris.
    expect(scoreOf({ timeZone: 'America/New_York', availability: [{ day: Weekday.TUESDAY, start: '12:00', end: '15:00' }] })).toBe(
      100 - WEIGHTS.availability / 4,
    );
  });

  it('spreads mentees fairly: a fuller mentor, or one matched lately, ranks lower', () => {
    expect(scoreOf({ load: 2 })).toBe(100 - WEIGHTS.load / 2);
    expect(scoreOf({ lastMatchedAt: new Date(NOW.getTime() - 15 * 86_400_000) })).toBe(100 - (WEIGHTS.recency * 3) / 4);
    const ranked = rankMentors(
      mentee,
      [
        { ...base, mentorId: 'busy', load: 3 },
        { ...base, mentorId: 'free', load: 0 },
        { ...base, mentorId: 'some', load: 1 },
      ],
      NOW,
      3,
    );
    expect(ranked.map((mentor) => mentor.mentorId)).toEqual(['free', 'some', 'busy']);
  });

  it('drops mentors who let requests lapse unanswered', () => {
    expect(scoreOf({ unansweredRecently: 2 })).toBe(100 - 2 * WEIGHTS.unansweredPenalty);
    expect(scoreOf({ unansweredRecently: 9 })).toBe(100 - 3 * WEIGHTS.unansweredPenalty);
  });

  it('breaks ties towards the less loaded, then the longer waiting mentor, and keeps the limit', () => {
    const equal = [
      { ...base, mentorId: 'b', maxMentees: 8, load: 2 },
      { ...base, mentorId: 'a', maxMentees: 4, load: 1 },
    ];
    expect(rankMentors(mentee, equal, NOW, 5).map((mentor) => mentor.mentorId)).toEqual(['a', 'b']);
    expect(rankMentors(mentee, equal, NOW, 1)).toHaveLength(1);
  });
});
