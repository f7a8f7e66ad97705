import { registerEnumType } from '@nestjs/graphql';

/** Why early help was offered. Stored as text: never rename a value. */
export enum EarlyHelpReason {
  MISSED_CHECKINS = 'MISSED_CHECKINS',
  LOW_MOOD = 'LOW_MOOD',
  RISING_CRAVINGS = 'RISING_CRAVINGS',
  CAPITAL_DECLINE = 'CAPITAL_DECLINE',
  SETBACK = 'SETBACK',
}

registerEnumType(EarlyHelpReason, {
  name: 'EarlyHelpReason',
  description: 'What made Kindred reach out: a pattern, never a judgement.',
  valuesMap: {
    MISSED_CHECKINS: { description: 'Three check-in reminders in a row passed without a check-in.' },
    LOW_MOOD: { description: 'The last three check-ins had a low mood (1 or 2 of 5).' },
    RISING_CRAVINGS: { description: 'Cravings rose over the last three check-ins, to 6 or more of 10.' },
    CAPITAL_DECLINE: { description: 'The latest BARC-10 total fell by 6 points or more since the one before.' },
    SETBACK: { description: 'The member noted a setback.' },
  },
});

/**
 * The documented early re-intervention rule. Kindred reaches out (a gentle word to the member,
 * and an alert to their mentor only if the member consented) when:
 * - MISSED_CHECKINS: MISSED_REMINDERS reminders in a row passed with no check-in;
 * - LOW_MOOD: the last LOW_RUN check-ins all had a mood of LOW_MOOD or less;
 * - RISING_CRAVINGS: cravings rose at each of the last LOW_RUN check-ins, ending at HIGH_CRAVINGS or more;
 * - CAPITAL_DECLINE: the latest BARC-10 total is CAPITAL_DROP or more below the one before;
 * - SETBACK: the member notes a setback themself.
 * An episode closes when things look up (a check-in, a better mood, cravings easing, a
 * steadier assessment), and the same reason does not reach out twice within QUIET_DAYS.
 */
export const EARLY_HELP_RULE = {
  MISSED_REMINDERS: 3,
  LOW_RUN: 3,
  LOW_MOOD: 2,
  HIGH_CRAVINGS: 6,
  CAPITAL_DROP: 6,
  QUIET_DAYS: 7,
} as const;

export interface RecentCheckin {
  mood: number;
  cravings: number;
}

/** What the rule sees: check-ins newest first, BARC-10 totals newest first, reminders missed. */
export interface EarlyHelpSignals {
  checkins: readonly RecentCheckin[];
  capitalTotals: readonly number[];
  remindersSinceCheckin: number;
}

export interface EarlyHelpVerdict {
  /** Reasons that hold now. */
  raise: EarlyHelpReason[];
  /** Reasons whose open episode can close: things look up. */
  settle: EarlyHelpReason[];
}

export function evaluateEarlyHelp({ checkins, capitalTotals, remindersSinceCheckin }: EarlyHelpSignals): EarlyHelpVerdict {
  const raise: EarlyHelpReason[] = [];
  const settle: EarlyHelpReason[] = [];
  const run = checkins.slice(0, EARLY_HELP_RULE.LOW_RUN);
  const latest = checkins[0];

  if (remindersSinceCheckin >= EARLY_HELP_RULE.MISSED_REMINDERS) raise.push(EarlyHelpReason.MISSED_CHECKINS);
  else if (remindersSinceCheckin === 0 && latest) settle.push(EarlyHelpReason.MISSED_CHECKINS);

  if (run.length === EARLY_HELP_RULE.LOW_RUN && run.every((checkin) => checkin.mood <= EARLY_HELP_RULE.LOW_MOOD)) raise.push(EarlyHelpReason.LOW_MOOD);
  else if (latest && latest.mood > EARLY_HELP_RULE.LOW_MOOD) settle.push(EarlyHelpReason.LOW_MOOD, EarlyHelpReason.SETBACK);

  // Newest first, so "rising" means each is above the one after it in the list.
  const rising =
    run.length === EARLY_HELP_RULE.LOW_RUN && run.every((checkin, index) => index === run.length - 1 || checkin.cravings > run[index + 1]!.cravings);
  if (rising && latest!.cravings >= EARLY_HELP_RULE.HIGH_CRAVINGS) raise.push(EarlyHelpReason.RISING_CRAVINGS);
  else if (latest && checkins[1] && latest.cravings < checkins[1].cravings) settle.push(EarlyHelpReason.RISING_CRAVINGS);

  const [newest, before] = capitalTotals;
  if (newest !== undefined && before !== undefined) {
    if (before - newest >= EARLY_HELP_RULE.CAPITAL_DROP) raise.push(EarlyHelpReason.CAPITAL_DECLINE);
    else settle.push(EarlyHelpReason.CAPITAL_DECLINE);
  }
  return { raise, settle };
}
