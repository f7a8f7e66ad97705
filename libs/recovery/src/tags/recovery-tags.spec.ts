import { RECOVERY_DOMAINS } from '../domains/recovery-domain';
import { RECOVERY_TAGS, RecoveryTagKind, recoveryTagIds } from './recovery-tags';

describe('recovery tags', () => {
  it('offers something that helps and something that gets in the way in every domain, with unique ids and both languages', () => {
    for (const domain of RECOVERY_DOMAINS) {
      const here = RECOVERY_TAGS.filter((entry) => entry.domain === domain);
      expect(here.some((entry) => entry.kind === RecoveryTagKind.FACILITATOR)).toBe(true);
      expect(here.some((entry) => entry.kind === RecoveryTagKind.OBSTACLE)).toBe(true);
    }
    expect(new Set(RECOVERY_TAGS.map((entry) => entry.id)).size).toBe(RECOVERY_TAGS.length);
    expect(RECOVERY_TAGS.every((entry) => entry.label.en.length > 0 && entry.label.fr.length > 0)).toBe(true);
  });

  it('keeps known tags once each and refuses unknown ones kindly', () => {
    expect(recoveryTagIds(['peer.meeting', 'peer.meeting', 'health.poor-sleep'])).toEqual(['peer.meeting', 'health.poor-sleep']);
    expect(() => recoveryTagIds(['peer.meeting', 'made-up'])).toThrow(/We don’t know the tag “made-up”/);
  });
});
