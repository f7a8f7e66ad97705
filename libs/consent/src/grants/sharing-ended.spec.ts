import { inLanguage } from '@kindred/core';
import { SharingEndedError } from './sharing-ended';
import { SharingScope } from './sharing-scope';

describe('SharingEndedError', () => {
  const endedAt = new Date('2026-03-01T23:30:00Z');

  it('says who or what ended the sharing, in the reader’s language and time zone', () => {
    const byOwner = new SharingEndedError(
      { scope: SharingScope.CHECKINS, ownerName: 'Ana', reason: 'REVOKED_BY_OWNER', endedAt },
      { locale: 'en', timeZone: 'UTC' },
    );
    expect(byOwner.message).toMatch(/^Ana has stopped sharing their check-ins with you\./);
    expect(byOwner.extensions).toMatchObject({ code: 'SHARING_ENDED', endedBy: 'OWNER', reason: 'REVOKED_BY_OWNER', endedAt: endedAt.toISOString() });

    const byDate = new SharingEndedError(
      { scope: SharingScope.PLAN, ownerName: 'Ana', reason: 'EXPIRED', endedAt },
      { locale: 'fr', timeZone: 'Europe/Paris' },
    );
    // Past midnight in Paris: the reader's own calendar day.
    // Said in French where refusals are formatted (ErrorLanguage); the error itself holds the English.
    expect(inLanguage(byDate.toJSON(), 'fr').message).toBe(
      'Le partage de son plan de rétablissement a pris fin le 2 mars 2026, à la date prévue. Ana peut le partager à nouveau quand bon lui semble.',
    );
    expect(byDate.extensions['endedBy']).toBe('END_DATE');

    const byRelationship = new SharingEndedError(
      { scope: SharingScope.MILESTONES, ownerName: 'Ana', reason: 'REMOVED_FROM_CIRCLE', endedAt },
      { locale: 'en', timeZone: 'UTC' },
    );
    expect(byRelationship.message).toBe('Ana no longer shares their milestones with you: sharing ended because you are no longer in their support circle.');
    expect(byRelationship.extensions['endedBy']).toBe('RELATIONSHIP');
  });

  it('still speaks kindly of an ending it has no words for', () => {
    const unknown = new SharingEndedError(
      { scope: SharingScope.CAPITAL, ownerName: 'Ana', reason: 'SOMETHING_NEW', endedAt },
      { locale: 'en', timeZone: 'UTC' },
    );
    expect(unknown.message).toBe('Ana no longer shares their recovery capital scores with you. They can share again whenever they like.');
  });
});
