import { RecoveryDomain } from '@kindred/recovery';
import { progressByDomain } from './domain-progress';

describe('progressByDomain', () => {
  it('lists the eight domains in TreatNet order, with zeros where the plan has nothing yet', () => {
    const progress = progressByDomain([
      { domain: RecoveryDomain.MEANING_AND_PURPOSE, activeGoals: 1, achievedGoals: 0, setAsideGoals: 0, stepsDone: 0, stepsTotal: 2, overdueSteps: 1 },
      { domain: RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH, activeGoals: 2, achievedGoals: 1, setAsideGoals: 1, stepsDone: 3, stepsTotal: 5, overdueSteps: 0 },
    ]);
    expect(progress.map((row) => row.domain)).toEqual(Object.values(RecoveryDomain));
    expect(progress[0]).toEqual({
      domain: RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH,
      domainName: 'Physical and mental health',
      activeGoals: 2,
      achievedGoals: 1,
      setAsideGoals: 1,
      stepsDone: 3,
      stepsTotal: 5,
      overdueSteps: 0,
    });
    expect(progress[3]).toMatchObject({ domain: RecoveryDomain.PEER_SUPPORT, activeGoals: 0, stepsTotal: 0, overdueSteps: 0 });
    expect(progress[7]).toMatchObject({ domain: RecoveryDomain.MEANING_AND_PURPOSE, activeGoals: 1, stepsTotal: 2, overdueSteps: 1 });
  });

  it('shows an empty plan as eight domains with nothing yet', () => {
    expect(progressByDomain([]).every((row) => row.activeGoals + row.achievedGoals + row.setAsideGoals + row.stepsTotal === 0)).toBe(true);
  });
});
