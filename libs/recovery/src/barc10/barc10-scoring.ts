import { BadUserInputError } from '@kindred/core';
import { BARC10_MAX_ANSWER, BARC10_MIN_ANSWER, BARC10_STATEMENTS } from './barc10-statements';
import { RecoveryMessages } from '../recovery.messages';

/**
 * Checks a BARC-10 answer list: one whole number from 1 to 6 per statement, in statement
 * order. The error names the statement, so the person knows which one to look at again.
 */
export function checkBarc10Answers(answers: readonly number[]): number[] {
  if (answers.length !== BARC10_STATEMENTS.length) {
    throw new BadUserInputError(RecoveryMessages.BARC10_ANSWER_COUNT({ count: BARC10_STATEMENTS.length, received: answers.length }), { field: 'answers' });
  }
  answers.forEach((answer, index) => {
    if (!Number.isInteger(answer) || answer < BARC10_MIN_ANSWER || answer > BARC10_MAX_ANSWER) {
      throw new BadUserInputError(RecoveryMessages.BARC10_ANSWER_RANGE({ number: index + 1, min: BARC10_MIN_ANSWER, max: BARC10_MAX_ANSWER }), {
        field: 'answers',
        statement: index + 1,
      });
    }
  });
  return [...answers];
}

/** The BARC-10 total, 10–60: the sum of the answers. Higher means more recovery capital. */
export function barc10Total(answers: readonly number[]): number {
  return answers.reduce((sum, answer) => sum + answer, 0);
}
