import { registerEnumType } from '@nestjs/graphql';

/**
 * Where a goal stands. Person-first: a goal is achieved or set aside for now, never failed.
 * Stored as text: never rename a value.
 */
export enum GoalStatus {
  ACTIVE = 'ACTIVE',
  ACHIEVED = 'ACHIEVED',
  SET_ASIDE = 'SET_ASIDE',
}

registerEnumType(GoalStatus, {
  name: 'RecoveryGoalStatus',
  description: 'Where a goal in a recovery plan stands.',
  valuesMap: {
    ACTIVE: { description: 'Being worked on.' },
    ACHIEVED: { description: 'Reached.' },
    SET_ASIDE: { description: 'Put aside for now; it can be taken up again at any time.' },
  },
});
