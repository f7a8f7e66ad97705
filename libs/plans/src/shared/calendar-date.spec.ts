import { checkDueDate } from './calendar-date';

describe('checkDueDate', () => {
  it('keeps a real day as written, and no day as null', () => {
    expect(checkDueDate('2026-03-31', 'dueOn')).toBe('2026-03-31');
    expect(checkDueDate(' 2028-02-29 ', 'dueOn')).toBe('2028-02-29');
    expect(checkDueDate(null, 'dueOn')).toBeNull();
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '31/03/2026', '2026-3-1', '2026-03-31T10:00:00Z', '1999-12-31', ''])(
    'refuses %p, naming the field',
    (value) => {
      expect(() => checkDueDate(value, 'dueOn')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'dueOn' }) }));
    },
  );
});
