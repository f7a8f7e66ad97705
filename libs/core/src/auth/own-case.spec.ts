import { OwnCaseError, refuseOwnCase } from './own-case';

describe('nobody decides their own case', () => {
  const ownCase = { decide: 'approve your own request', decidedBy: 'another coordinator' };

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
