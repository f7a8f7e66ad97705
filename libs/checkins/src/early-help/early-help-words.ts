import { EarlyHelpReason } from './early-help-rules';

/**
 * What a member reads when Kindred reaches out, and what their mentor reads. Warm, person-first,
 * no blame, and no detail a mentor was not agreed to see.
 */
export const MEMBER_MESSAGES: Readonly<Record<EarlyHelpReason, string>> = {
  MISSED_CHECKINS: 'We haven’t heard from you for a little while, and that’s okay. We’re here whenever you want to check in.',
  LOW_MOOD: 'The last few days seem to have been hard. You don’t have to go through them alone.',
  RISING_CRAVINGS: 'Cravings have been building lately. That happens, and there are people ready to help.',
  CAPITAL_DECLINE: 'Some things around you seem harder than before. It might help to look at them with someone.',
  SETBACK:
    'Thank you for noting it. A setback is part of many recoveries: your days on the road and your longest stretch are still yours, and what counts now is the next step. You don’t take it alone.',
};

export const NEXT_STEPS: readonly string[] = [
  'Send a message to your mentor or someone in your circle.',
  'Do a short check-in when you feel ready.',
  'If you are in danger or thinking of harming yourself, call your local emergency number or a crisis line now (see crisisSupport).',
];

export const MENTOR_GUIDANCE: Readonly<Record<EarlyHelpReason, string>> = {
  MISSED_CHECKINS: 'They have not checked in for a while. A short, no-pressure hello often helps.',
  LOW_MOOD: 'Their recent days seem to have been hard. Reach out gently and listen; follow their lead.',
  RISING_CRAVINGS: 'Cravings seem to be building. Offer to talk, and what has helped them before.',
  CAPITAL_DECLINE: 'Things around them seem harder than before. Ask how you can help, without pressing for details.',
  SETBACK: 'They noted a setback. Meet it with warmth, not judgement: the next step is support.',
};
