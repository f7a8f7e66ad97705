import { hasUnstorableCharacters, storableJson } from './storable-text';

describe('storable text', () => {
  it('finds NULs and lone surrogates, not whole emoji', () => {
    expect(hasUnstorableCharacters('a\u0000b')).toBe(true);
    expect(hasUnstorableCharacters('half \uD83C')).toBe(true);
    expect(hasUnstorableCharacters('\uDF31 other half')).toBe(true);
    expect(hasUnstorableCharacters('whole 🌱, accents é, and 日本')).toBe(false);
  });

  it('makes a document storable as jsonb: NULs dropped, lone surrogates replaced, dates as JSON writes them', () => {
    const writtenAt = new Date('2025-01-02T03:04:05.000Z');
    expect(storableJson({ 'k\u0000ey': ['a\u0000b', { note: 'x\uD83Cy 🌱', count: 2, none: null, writtenAt }] })).toEqual({
      key: ['ab', { note: 'x\uFFFDy 🌱', count: 2, none: null, writtenAt: '2025-01-02T03:04:05.000Z' }],
    });
  });
});
