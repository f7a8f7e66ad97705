import { KindredError } from '@kindred/core';
import { checkDomainRatings, type DomainRatingEntry } from './domain-ratings-input';
import { RECOVERY_DOMAINS, RecoveryDomain } from './recovery-domain';

const all = (score = 5): DomainRatingEntry[] => RECOVERY_DOMAINS.map((domain) => ({ domain, score }));

function refusal(entries: DomainRatingEntry[]): KindredError {
  try {
    checkDomainRatings(entries);
  } catch (error) {
    if (error instanceof KindredError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checkDomainRatings', () => {
  it('accepts one rating per domain, in any order, and keeps only real notes', () => {
    const entries = all(7).reverse();
    entries[0] = { ...entries[0]!, note: '  Back in touch with my sister.  ' };
    entries[1] = { ...entries[1]!, note: '   ' };
    const { scores, notes } = checkDomainRatings(entries);
    expect(Object.keys(scores)).toHaveLength(8);
    expect(scores.PEER_SUPPORT).toBe(7);
    expect([...notes]).toEqual([[RecoveryDomain.MEANING_AND_PURPOSE, 'Back in touch with my sister.']]);
  });

  it('accepts both ends of the scale', () => {
    expect(checkDomainRatings([...all(0).slice(0, 4), ...all(10).slice(4)]).scores.MEANING_AND_PURPOSE).toBe(10);
  });

  it('names the domains still to rate', () => {
    const error = refusal(all().slice(0, 6));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('Community integration and cultural support');
    expect(error.extensions['missing']).toEqual([RecoveryDomain.COMMUNITY_AND_CULTURE, RecoveryDomain.MEANING_AND_PURPOSE]);
  });

  it('refuses a domain rated twice', () => {
    expect(refusal([...all(), { domain: RecoveryDomain.PEER_SUPPORT, score: 3 }]).message).toMatch(/Peer-based support” was rated twice/);
  });

  it.each([-1, 11, 2.5])('refuses the score %s, naming the domain', (score) => {
    const entries = all();
    entries[2] = { domain: RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT, score };
    const error = refusal(entries);
    expect(error.message).toContain('Safe housing and healthy environments');
    expect(error.extensions['domain']).toBe(RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT);
  });

  it('refuses a note over 500 characters', () => {
    const entries = all();
    entries[0] = { ...entries[0]!, note: 'x'.repeat(501) };
    expect(refusal(entries).message).toMatch(/under 500 characters/);
    entries[0] = { ...entries[0]!, note: 'x'.repeat(500) };
    expect(checkDomainRatings(entries).notes.size).toBe(1);
  });
});
