import { BadUserInputError } from '@kindred/core';
import { checkMessageBody, MAX_MESSAGE_LENGTH } from './message-body';

describe('checkMessageBody', () => {
  it('trims the text it keeps', () => {
    expect(checkMessageBody('  see you Tuesday \n')).toBe('see you Tuesday');
  });

  it('refuses an empty or blank message with a kind word', () => {
    expect(() => checkMessageBody('')).toThrow(BadUserInputError);
    expect(() => checkMessageBody(' \n\t ')).toThrow(/empty/);
  });

  it('accepts exactly the limit and refuses one character more, counting an emoji as one', () => {
    expect(checkMessageBody('🙂'.repeat(MAX_MESSAGE_LENGTH))).toHaveLength(MAX_MESSAGE_LENGTH * 2);
    expect(() => checkMessageBody('a'.repeat(MAX_MESSAGE_LENGTH + 1))).toThrow(/4001 characters/);
  });
});
