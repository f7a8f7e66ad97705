import { defineMessages } from '../i18n/user-message';
import { OwnCaseError, refuseOwnCase } from './own-case';

describe('nobody decides their own case', () => {
  const ownCase = defineMessages({
    TEST_OWN_REQUEST: {
      en: 'You can’t approve your own request; another coordinator will.',
      fr: 'Vous ne pouvez pas approuver votre propre demande ; une autre personne coordinatrice s’en chargera.',
    },
  }).TEST_OWN_REQUEST();

  it('refuses the person the decision concerns, with OWN_CASE and who decides instead', () => {
    expect(() => refuseOwnCase('me', 'me', ownCase)).toThrow(OwnCaseError);
    expect(() => refuseOwnCase('me', [null, 'them', 'me'], ownCase)).toThrow('You can’t approve your own request; another coordinator will.');
    const refused = (() => {
      try {
        refuseOwnCase('me', 'me', ownCase);
        return null;
      } catch (error) {
        return error as OwnCaseError;
      }
    })();
    expect(refused?.code).toBe('OWN_CASE');
  });

  it('lets anyone else decide, and a decision about nobody', () => {
    expect(() => refuseOwnCase('me', 'them', ownCase)).not.toThrow();
    expect(() => refuseOwnCase('me', null, ownCase)).not.toThrow();
    expect(() => refuseOwnCase('me', [], ownCase)).not.toThrow();
  });
});
