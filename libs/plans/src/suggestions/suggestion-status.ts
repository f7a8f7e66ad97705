import { registerEnumType } from '@nestjs/graphql';

/** Stored as text: never rename a value. */
export enum SuggestionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum SuggestionKind {
  GOAL = 'GOAL',
  STEP = 'STEP',
}

/**
 * A suggestion as people see it. A decline is never shown as a rejection, to either side:
 * it reads "not for now".
 */
export enum SuggestionState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  NOT_FOR_NOW = 'NOT_FOR_NOW',
  WITHDRAWN = 'WITHDRAWN',
}

export function stateOf(status: SuggestionStatus): SuggestionState {
  return status === SuggestionStatus.DECLINED ? SuggestionState.NOT_FOR_NOW : (status as string as SuggestionState);
}

export function statusOf(state: SuggestionState): SuggestionStatus {
  return state === SuggestionState.NOT_FOR_NOW ? SuggestionStatus.DECLINED : (state as string as SuggestionStatus);
}

registerEnumType(SuggestionKind, {
  name: 'PlanSuggestionKind',
  description: 'What a suggestion for a recovery plan proposes.',
  valuesMap: {
    GOAL: { description: 'A new goal.' },
    STEP: { description: 'A new step on an existing goal.' },
  },
});

registerEnumType(SuggestionState, {
  name: 'PlanSuggestionState',
  description: 'Where a suggestion for a recovery plan stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for the member’s answer.' },
    ACCEPTED: { description: 'The member took it into their plan, perhaps in their own words.' },
    NOT_FOR_NOW: { description: 'The member chose not to take it up for now.' },
    WITHDRAWN: { description: 'Taken back by the person who suggested it.' },
  },
});
