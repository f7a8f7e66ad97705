import { BadUserInputError } from '@kindred/core';
import { DOMAIN_NAMES, DOMAIN_NOTE_MAX_LENGTH, DOMAIN_SCALE, RECOVERY_DOMAINS, type DomainScores, type RecoveryDomain } from './recovery-domain';
import { RecoveryMessages } from '../recovery.messages';

export interface DomainRatingEntry {
  domain: RecoveryDomain;
  score: number;
  note?: string | null;
}

export interface CheckedDomainRatings {
  scores: DomainScores;
  /** Trimmed, non-empty notes only; a blank note is no note. */
  notes: ReadonlyMap<RecoveryDomain, string>;
}

/** One rating for each of the eight domains, each 0–10, with notes of at most 500 characters. */
export function checkDomainRatings(entries: readonly DomainRatingEntry[]): CheckedDomainRatings {
  const scores = new Map<RecoveryDomain, number>();
  const notes = new Map<RecoveryDomain, string>();
  for (const { domain, score, note } of entries) {
    const name = DOMAIN_NAMES[domain];
    if (scores.has(domain)) {
      throw new BadUserInputError(RecoveryMessages.DOMAIN_RATED_TWICE({ name }), { field: 'ratings', domain });
    }
    if (!Number.isInteger(score) || score < DOMAIN_SCALE.minimum || score > DOMAIN_SCALE.maximum) {
      throw new BadUserInputError(RecoveryMessages.DOMAIN_RATING_RANGE({ name, min: DOMAIN_SCALE.minimum, max: DOMAIN_SCALE.maximum }), {
        field: 'ratings',
        domain,
      });
    }
    scores.set(domain, score);
    const trimmed = note?.trim() ?? '';
    if (trimmed.length > DOMAIN_NOTE_MAX_LENGTH) {
      throw new BadUserInputError(RecoveryMessages.DOMAIN_NOTE_TOO_LONG({ name, max: DOMAIN_NOTE_MAX_LENGTH }), {
        field: 'ratings',
        domain,
      });
    }
    if (trimmed.length > 0) notes.set(domain, trimmed);
  }
  const missing = RECOVERY_DOMAINS.filter((domain) => !scores.has(domain));
  if (missing.length > 0) {
    throw new BadUserInputError(RecoveryMessages.DOMAINS_MISSING({ missing: missing.map((domain) => `“${DOMAIN_NAMES[domain]}”`).join(', ') }), {
      field: 'ratings',
      missing,
    });
  }
  return { scores: Object.fromEntries(scores) as DomainScores, notes };
}
