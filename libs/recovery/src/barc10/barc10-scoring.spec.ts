import { KindredError } from '@kindred/core';
import { barc10Total, checkBarc10Answers } from './barc10-scoring';
import { BARC10_MAX_TOTAL, BARC10_MIN_TOTAL, BARC10_REFERENCE_POINT, BARC10_SCALE, BARC10_STATEMENTS } from './barc10-statements';

function refusal(answers: number[]): KindredError {
  try {
    checkBarc10Answers(answers);
  } catch (error) {
    if (error instanceof KindredError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('BARC-10', () => {
  it('has the ten published statements, in order, and the six-point scale', () => {
    expect(BARC10_STATEMENTS.map((statement) => statement.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(BARC10_STATEMENTS[0]?.text).toBe('There are more important things to me in life than using substances.');
    expect(BARC10_STATEMENTS[9]?.text).toBe('I am making good progress on my recovery journey.');
    expect(BARC10_SCALE.map((label) => label.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(BARC10_SCALE[0]?.label).toBe('Strongly disagree');
    expect(BARC10_SCALE[5]?.label).toBe('Strongly agree');
  });

  it('marks every translation as unofficial', () => {
    const translations = [...BARC10_STATEMENTS, ...BARC10_SCALE, BARC10_REFERENCE_POINT].flatMap((entry) => entry.translations);
    expect(translations).toHaveLength(17);
    expect(translations.every((translation) => !translation.official && translation.locale === 'fr')).toBe(true);
  });

  it('totals from 10 to 60', () => {
    expect([BARC10_MIN_TOTAL, BARC10_MAX_TOTAL]).toEqual([10, 60]);
    expect(barc10Total(checkBarc10Answers([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))).toBe(10);
    expect(barc10Total(checkBarc10Answers([6, 6, 6, 6, 6, 6, 6, 6, 6, 6]))).toBe(60);
    expect(barc10Total(checkBarc10Answers([5, 4, 6, 3, 5, 4, 6, 5, 4, 5]))).toBe(47);
  });

  it('asks for exactly ten answers', () => {
    expect(refusal([5, 5, 5, 5, 5, 5, 5, 5, 5]).message).toMatch(/all 10 statements.*received 9/);
    expect(refusal([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]).code).toBe('BAD_USER_INPUT');
    expect(refusal([]).code).toBe('BAD_USER_INPUT');
  });

  it.each([
    [0, 3],
    [7, 10],
    [4.5, 1],
  ])('refuses the answer %s, naming statement %s', (answer, statement) => {
    const answers = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    answers[statement - 1] = answer;
    const error = refusal(answers);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(`statement ${statement} `);
    expect(error.extensions['statement']).toBe(statement);
  });
});
