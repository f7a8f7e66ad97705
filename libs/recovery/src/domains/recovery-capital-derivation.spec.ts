import { CAPITAL_DIMENSIONS, DIMENSION_DOMAINS } from './capital-dimension';
import { deriveDimensions, dimensionChanges, domainChanges, strengthsAndNeeds } from './recovery-capital-derivation';
import { RECOVERY_DOMAINS, RecoveryDomain, type DomainScores } from './recovery-domain';

/** Scores in TreatNet order, 1 to 8. */
function scores(...values: number[]): DomainScores {
  return Object.fromEntries(RECOVERY_DOMAINS.map((domain, index) => [domain, values[index] ?? 0])) as DomainScores;
}

const D = RecoveryDomain;

describe('domain → dimension mapping', () => {
  it('counts every domain in at least one dimension', () => {
    const mapped = new Set(CAPITAL_DIMENSIONS.flatMap((dimension) => DIMENSION_DOMAINS[dimension]));
    expect([...mapped].sort()).toEqual([...RECOVERY_DOMAINS].sort());
  });

  it('follows Cloud and Granfield: health is human capital, housing and work physical', () => {
    expect(DIMENSION_DOMAINS.HUMAN).toContain(D.PHYSICAL_AND_MENTAL_HEALTH);
    expect(DIMENSION_DOMAINS.PHYSICAL).toEqual([D.SAFE_HOUSING_AND_ENVIRONMENT, D.EMPLOYMENT_AND_LEGAL]);
    expect(DIMENSION_DOMAINS.SOCIAL).toContain(D.PEER_SUPPORT);
    expect(DIMENSION_DOMAINS.CULTURAL).toContain(D.COMMUNITY_AND_CULTURE);
  });
});

describe('deriveDimensions', () => {
  it('averages each dimension’s domains, to one decimal', () => {
    //                      1  2  3  4  5  6  7  8
    const derived = deriveDimensions(scores(4, 8, 2, 6, 5, 3, 7, 9));
    expect(derived).toEqual([
      { dimension: 'SOCIAL', score: 7, domains: DIMENSION_DOMAINS.SOCIAL }, // (8 + 6 + 7) / 3
      { dimension: 'PHYSICAL', score: 3.5, domains: DIMENSION_DOMAINS.PHYSICAL }, // (2 + 5) / 2
      { dimension: 'HUMAN', score: 5.3, domains: DIMENSION_DOMAINS.HUMAN }, // (4 + 3 + 9) / 3 = 5.33
      { dimension: 'CULTURAL', score: 8, domains: DIMENSION_DOMAINS.CULTURAL }, // (7 + 9) / 2
    ]);
  });

  it('spans the scale: all zero gives zero, all ten gives ten', () => {
    expect(deriveDimensions(scores(0, 0, 0, 0, 0, 0, 0, 0)).map((entry) => entry.score)).toEqual([0, 0, 0, 0]);
    expect(deriveDimensions(scores(10, 10, 10, 10, 10, 10, 10, 10)).map((entry) => entry.score)).toEqual([10, 10, 10, 10]);
  });
});

describe('strengthsAndNeeds', () => {
  it('names the three highest and the three lowest, in their own order', () => {
    expect(strengthsAndNeeds(scores(4, 8, 2, 6, 5, 3, 7, 9))).toEqual({
      strengths: [D.MEANING_AND_PURPOSE, D.FAMILY_SOCIAL_SUPPORT_AND_LEISURE, D.COMMUNITY_AND_CULTURE],
      needs: [D.SAFE_HOUSING_AND_ENVIRONMENT, D.SKILLS_AND_EDUCATION, D.PHYSICAL_AND_MENTAL_HEALTH],
    });
  });

  it('includes domains tied at the cut rather than choosing between them', () => {
    const { strengths, needs } = strengthsAndNeeds(scores(9, 7, 7, 7, 5, 1, 2, 3));
    expect(strengths).toEqual([D.PHYSICAL_AND_MENTAL_HEALTH, D.FAMILY_SOCIAL_SUPPORT_AND_LEISURE, D.SAFE_HOUSING_AND_ENVIRONMENT, D.PEER_SUPPORT]);
    expect(needs).toEqual([D.SKILLS_AND_EDUCATION, D.COMMUNITY_AND_CULTURE, D.MEANING_AND_PURPOSE]);
  });

  it('names nothing when everything is rated the same', () => {
    expect(strengthsAndNeeds(scores(5, 5, 5, 5, 5, 5, 5, 5))).toEqual({ strengths: [], needs: [] });
  });

  it('never names a domain as both a strength and a need', () => {
    // Seven domains tie at 5: they are neither; only the one that stands out is named.
    expect(strengthsAndNeeds(scores(5, 5, 5, 5, 9, 5, 5, 5))).toEqual({ strengths: [D.EMPLOYMENT_AND_LEGAL], needs: [] });
    const mixed = strengthsAndNeeds(scores(9, 9, 5, 5, 5, 5, 1, 1));
    expect(mixed).toEqual({
      strengths: [D.PHYSICAL_AND_MENTAL_HEALTH, D.FAMILY_SOCIAL_SUPPORT_AND_LEISURE],
      needs: [D.COMMUNITY_AND_CULTURE, D.MEANING_AND_PURPOSE],
    });
  });
});

describe('change since the previous snapshot', () => {
  const before = scores(4, 8, 2, 6, 5, 3, 7, 9);
  const after = scores(6, 8, 1, 6, 5, 3, 7, 10);

  it('is null for a first snapshot', () => {
    expect(domainChanges(after, null)).toBeNull();
    expect(dimensionChanges(after, null)).toBeNull();
  });

  it('is the difference per domain, positive when capital grew', () => {
    expect(domainChanges(after, before)).toMatchObject({
      PHYSICAL_AND_MENTAL_HEALTH: 2,
      SAFE_HOUSING_AND_ENVIRONMENT: -1,
      MEANING_AND_PURPOSE: 1,
      PEER_SUPPORT: 0,
    });
  });

  it('is the difference of the derived dimensions', () => {
    // HUMAN: (6+3+10)/3 = 6.3 vs 5.3; PHYSICAL: 3 vs 3.5; CULTURAL: 8.5 vs 8.
    expect(dimensionChanges(after, before)).toEqual({ SOCIAL: 0, PHYSICAL: -0.5, HUMAN: 1, CULTURAL: 0.5 });
  });
});
