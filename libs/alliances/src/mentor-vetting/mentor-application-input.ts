import { BadUserInputError, checkLanguageCodes, checkText } from '@kindred/core';
import { checkWeeklySlots } from '@kindred/recovery';
import { MOST_MENTOR_PLACES } from './mentor-application.entity';
import type { MentorApplicationInput } from './mentor-vetting.types';

/** Validates and tidies an application to mentor; every message names the field to fix. */
export function checkMentorApplicationInput(input: MentorApplicationInput) {
  if (input.pathways.length === 0) {
    throw new BadUserInputError('Please choose at least one recovery pathway you can speak to.', { field: 'pathways' });
  }
  if (input.focusDomains.length === 0) {
    throw new BadUserInputError('Please choose at least one area of recovery you can help with.', { field: 'focusDomains' });
  }
  if (!Number.isInteger(input.yearsInRecovery) || input.yearsInRecovery < 0 || input.yearsInRecovery > 80) {
    throw new BadUserInputError('Please give your years in recovery as a whole number from 0 to 80.', { field: 'yearsInRecovery' });
  }
  if (!Number.isInteger(input.maxMentees) || input.maxMentees < 1 || input.maxMentees > MOST_MENTOR_PLACES) {
    throw new BadUserInputError(`Please choose how many mentees you can support at once, from 1 to ${MOST_MENTOR_PLACES}.`, { field: 'maxMentees' });
  }
  const languages = checkLanguageCodes(input.languages, 'languages');
  if (languages.length === 0) throw new BadUserInputError('Please give at least one language you can mentor in.', { field: 'languages' });
  if (input.trainingCompleted.length > 20) {
    throw new BadUserInputError('Please list at most 20 trainings.', { field: 'trainingCompleted' });
  }
  return {
    livedExperienceSummary: checkText(input.livedExperienceSummary, 'livedExperienceSummary', 'a summary of your lived experience', {
      min: 50,
      max: 2000,
    }),
    pathways: [...new Set(input.pathways)],
    yearsInRecovery: input.yearsInRecovery,
    languages,
    focusDomains: [...new Set(input.focusDomains)],
    availability: checkWeeklySlots(input.availability, 'availability'),
    maxMentees: input.maxMentees,
    trainingCompleted: input.trainingCompleted.map((training, index) =>
      checkText(training, `trainingCompleted.${index}`, 'the name of a training', { max: 120 }),
    ),
    gender: input.gender ?? null,
  };
}
