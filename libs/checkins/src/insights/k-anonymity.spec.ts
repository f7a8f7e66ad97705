import { withAtLeast } from './k-anonymity';

describe('k-anonymous cells', () => {
  it('shows a cell only when at least k distinct people contribute, and counts what it holds back', () => {
    const cells = [
      { people: 5, label: 'a' },
      { people: 4, label: 'b' },
      { people: 12, label: 'c' },
      { people: 1, label: 'd' },
    ];
    expect(withAtLeast(cells, 5)).toEqual({
      shown: [
        { people: 5, label: 'a' },
        { people: 12, label: 'c' },
      ],
      hidden: 2,
    });
    expect(withAtLeast(cells, 13)).toEqual({ shown: [], hidden: 4 });
  });
});
