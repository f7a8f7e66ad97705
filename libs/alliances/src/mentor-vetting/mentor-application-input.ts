import { BadUserInputError, checkLanguageCodes, checkText } from '@kindred/core';
import { checkWeeklySlots } from '@kindred/recovery';
import { MOST_MENTOR_PLACES } from './mentor-application.entity';
import type { MentorApplicationInput } from './mentor-vetting.types';
import { AllianceMessages } from '../alliances.messages';

/** Validates and tidies an application to mentor; every message names the field to fix. */
export function checkMentorApplicationInput(input: MentorApplicationInput) {
  if (input.pathways.length === 0) {
    throw new BadUserInputError(AllianceMessages.MENTOR_PATHWAY_REQUIRED(), { field: 'pathways' });
  }
  if (input.focusDomains.length === 0) {
    throw new BadUserInputError(AllianceMessages.MENTOR_FOCUS_REQUIRED(), { field: 'focusDomains' });
  }
  if (!Number.isInteger(input.yearsInRecovery) || input.yearsInRecovery < 0 || input.yearsInRecovery > 80) {
    throw new BadUserInputError(AllianceMessages.YEARS_IN_RECOVERY_RANGE(), { field: 'yearsInRecovery' });
  }
  if (!Number.isInteger(input.maxMentees) || input.maxMentees < 1 || input.maxMentees > MOST_MENTOR_PLACES) {
    throw new BadUserInputError(AllianceMessages.MAX_MENTEES_RANGE({ max: MOST_MENTOR_PLACES }), { field: 'maxMentees' });
  }
  const languages = checkLanguageCodes(input.languages, 'languages');
  if (languages.length === 0) throw new BadUserInputError(AllianceMessages.MENTOR_LANGUAGE_REQUIRED(), { field: 'languages' });
  if (input.trainingCompleted.length > 20) {
    throw new BadUserInputError(AllianceMessages.TOO_MANY_TRAININGS(), { field: 'trainingCompleted' });
  }
  return {
    livedExperienceSummary: checkText(input.livedExperienceSummary, 'livedExperienceSummary', AllianceMessages.ALLIANCE_LABEL_LIVED_EXPERIENCE(), {
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
      checkText(training, `trainingCompleted.${index}`, AllianceMessages.ALLIANCE_LABEL_TRAINING_NAME(), { max: 120 }),
    ),
    gender: input.gender ?? null,
  };
}
