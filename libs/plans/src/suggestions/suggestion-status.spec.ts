import { stateOf, statusOf, SuggestionState, SuggestionStatus } from './suggestion-status';

describe('suggestion states', () => {
  it('shows a declined suggestion as “not for now”, never as a rejection', () => {
    expect(stateOf(SuggestionStatus.DECLINED)).toBe(SuggestionState.NOT_FOR_NOW);
    expect(Object.values(SuggestionState)).not.toContain('DECLINED');
  });

  it('maps every stored status to a state and back', () => {
    for (const status of Object.values(SuggestionStatus)) expect(statusOf(stateOf(status))).toBe(status);
  });
});
