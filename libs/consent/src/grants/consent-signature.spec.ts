import { checkTypedSignature } from './consent-signature';

describe('checkTypedSignature', () => {
  it('accepts the display name as people type it, spaces and capitals aside', () => {
    expect(checkTypedSignature('  sam   RIVERS ', 'Sam Rivers')).toBe('sam RIVERS');
    expect(checkTypedSignature('Élodie', 'élodie')).toBe('Élodie');
  });

  it('refuses anything else, naming the field', () => {
    for (const typed of ['', '   ', 'yes', 'Sam Rivera']) {
      expect(() => checkTypedSignature(typed, 'Sam Rivers')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'signature' }) }),
      );
    }
  });
});
