import { KindredError } from './errors';
import { decodeCursor, encodeCursor, pageSize } from './keyset-pagination';

describe('cursors', () => {
  it('round-trips a key', () => {
    const key: [string, string] = ['2026-11-23T10:00:00.000Z', '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'];
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it('rejects a damaged cursor with BAD_USER_INPUT naming the argument', () => {
    for (const damaged of ['', 'not-base64!', encodeCursor(['a', 'b']).slice(3), Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(damaged);
        throw new Error(`accepted ${damaged}`);
      } catch (error) {
        expect(error).toBeInstanceOf(KindredError);
        expect((error as KindredError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    }
  });
});

describe('pageSize', () => {
  it('caps a page at 100 items', () => {
    expect(pageSize(5000)).toBe(100);
    expect(pageSize(7)).toBe(7);
  });

  it('explains that a page needs at least one item', () => {
    expect(() => pageSize(0)).toThrow('Please ask for at least one item per page.');
    expect(() => pageSize(-3)).toThrow(KindredError);
  });
});
