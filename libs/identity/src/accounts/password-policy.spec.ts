import { KindredError } from '@kindred/core';
import { checkPassword, MIN_PASSWORD_LENGTH } from './password-policy';

const rejection = (password: string, personal = {}): string => {
  try {
    checkPassword(password, personal);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(KindredError);
    expect((error as KindredError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    return (error as KindredError).message;
  }
};

describe('checkPassword', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(rejection('river stones hum at dawn')).toBe('accepted');
  });

  it(`asks for at least ${MIN_PASSWORD_LENGTH} characters`, () => {
    expect(rejection('short1!')).toMatch(/at least 12 characters/);
  });

  it('refuses passwords from the common-password list, whatever their case or punctuation', () => {
    for (const common of ['password1234', 'Password1234', 'qwertyuiop123', '123456789012', 'P.A.S.S.W.O.R.D.1']) {
      expect([common, rejection(common)]).toEqual([common, expect.stringMatching(/most commonly used/)]);
    }
  });

  it('refuses a common word with digits or symbols tacked on', () => {
    expect(rejection('baseball1234')).toMatch(/most commonly used/);
    expect(rejection('iloveyou2024!')).toMatch(/most commonly used/);
  });

  it('refuses repeated characters and keyboard sequences', () => {
    expect(rejection('aaaaaaaaaaaaaa')).toMatch(/most commonly used/);
    expect(rejection('abcdefghijklm')).toMatch(/most commonly used/);
  });

  it("refuses the person's own name or email", () => {
    expect(rejection('morning.glory', { displayName: 'MorningGlory' })).toMatch(/not your name or email/);
    expect(rejection('sam.the.baker', { email: 'samthebaker@example.org' })).toMatch(/not your name or email/);
  });
});
