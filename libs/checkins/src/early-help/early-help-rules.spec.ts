import { EarlyHelpReason, evaluateEarlyHelp } from './early-help-rules';

const checkins = (...pairs: [number, number][]) => pairs.map(([mood, cravings]) => ({ mood, cravings }));
const quiet = { capitalTotals: [], remindersSinceCheckin: 0 };

describe('the early re-intervention rule', () => {
  it('reaches out after three low moods in a row, not two, and settles when mood lifts', () => {
    expect(evaluateEarlyHelp({ ...quiet, checkins: checkins([2, 1], [1, 1], [2, 1]) }).raise).toEqual([EarlyHelpReason.LOW_MOOD]);
    expect(evaluateEarlyHelp({ ...quiet, checkins: checkins([2, 1], [1, 1], [4, 1]) }).raise).toEqual([]);
    expect(evaluateEarlyHelp({ ...quiet, checkins: checkins([3, 1], [1, 1], [1, 1]) }).settle).toContain(EarlyHelpReason.LOW_MOOD);
  });

  it('reaches out when cravings rise three times to 6 or more, not when they rise to a low level or wobble', () => {
    expect(evaluateEarlyHelp({ ...quiet, checkins: checkins([4, 7], [4, 5], [4, 2]) }).raise).toEqual([EarlyHelpReason.RISING_CRAVINGS]);
    expect(evaluateEarlyHelp({ ...quiet, checkins: checkins([4, 4], [4, 3], [4, 2]) }).raise).toEqual([]);
    expect(evaluateEarlyHelp({ ...quiet, checkins: checkins([4, 7], [4, 8], [4, 2]) }).raise).toEqual([]);
    expect(evaluateEarlyHelp({ ...quiet, checkins: checkins([4, 3], [4, 8]) }).settle).toContain(EarlyHelpReason.RISING_CRAVINGS);
  });

  it('reaches out after three missed reminders, and settles on the next check-in', () => {
    expect(evaluateEarlyHelp({ checkins: [], capitalTotals: [], remindersSinceCheckin: 3 }).raise).toEqual([EarlyHelpReason.MISSED_CHECKINS]);
    expect(evaluateEarlyHelp({ checkins: [], capitalTotals: [], remindersSinceCheckin: 2 }).raise).toEqual([]);
    expect(evaluateEarlyHelp({ ...quiet, checkins: checkins([4, 1]) }).settle).toContain(EarlyHelpReason.MISSED_CHECKINS);
  });

  it('reaches out when the recovery capital total falls by 6 or more between assessments', () => {
    expect(evaluateEarlyHelp({ ...quiet, checkins: [], capitalTotals: [40, 46] }).raise).toEqual([EarlyHelpReason.CAPITAL_DECLINE]);
    expect(evaluateEarlyHelp({ ...quiet, checkins: [], capitalTotals: [41, 46] }).raise).toEqual([]);
    expect(evaluateEarlyHelp({ ...quiet, checkins: [], capitalTotals: [46] }).raise).toEqual([]);
  });
});
