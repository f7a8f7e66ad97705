import { BadUserInputError } from '@kindred/core';
import { BARC10_MAX_ANSWER, BARC10_MIN_ANSWER, BARC10_STATEMENTS } from './barc10-statements';

/**
 * Checks a BARC-10 answer list: one whole number from 1 to 6 per statement, in statement
 * order. The error names the statement, so the person knows which one to look at again.
 */
export function checkBarc10Answers(answers: readonly number[]): number[] {
  if (answers.length !== BARC10_STATEMENTS.length) {
    throw new BadUserInputError(
      `Please answer all ${BARC10_STATEMENTS.length} statements, one answer each (we received ${answers.length}).`,
      { field: 'answers' },
    );
  }
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer) || answer < BARC10_MIN_ANSWER || answer > BARC10_MAX_ANSWER) {
      throw new BadUserInputError(
        `Please answer statement ${index + 1} with a number from ${BARC10_MIN_ANSWER} (strongly disagree) to ${BARC10_MAX_ANSWER} (strongly agree).`,
        { field: 'answers', statement: index + 1 },
      );
    }
  });
  return [...answers];
}

/** The BARC-10 total, 10–60: the sum of the answers. Higher means more recovery capital. */
export function barc10Total(answers: readonly number[]): number {
  return answers.reduce((sum, answer) => sum + answer, 0);
}
