import { graphql } from '../../graphql/generated';

export const MyRecoveryPlanDocument = graphql(`
  query MyRecoveryPlan {
    myRecoveryPlan {
      goals {
        ...PlanGoal
      }
      progress {
        domain
        stepsDone
        stepsTotal
      }
      suggestions {
        id
        kind
        state
        domain
        goalId
        goalTitle
        title
        why
        dueOn
        suggestedByDisplayName
        note
        createdAt
      }
    }
    mySharingGrants {
      id
      scope
      granteeDisplayName
      active
    }
  }

  fragment PlanGoal on RecoveryGoal {
    id
    domain
    title
    why
    dueOn
    status
    suggested
    suggestedByDisplayName
    stepsDone
    steps {
      id
      title
      dueOn
      done
      position
      suggested
      suggestedByDisplayName
    }
  }
`);

export const CreateRecoveryGoalDocument = graphql(`
  mutation CreateRecoveryGoal($input: RecoveryGoalInput!) {
    createRecoveryGoal(input: $input) {
      ...PlanGoal
    }
  }
`);

export const UpdateRecoveryGoalDocument = graphql(`
  mutation UpdateRecoveryGoal($goalId: ID!, $input: RecoveryGoalInput!) {
    updateRecoveryGoal(goalId: $goalId, input: $input) {
      ...PlanGoal
    }
  }
`);

export const SetRecoveryGoalStatusDocument = graphql(`
  mutation SetRecoveryGoalStatus($goalId: ID!, $status: RecoveryGoalStatus!) {
    setRecoveryGoalStatus(goalId: $goalId, status: $status) {
      ...PlanGoal
    }
  }
`);

export const DeleteRecoveryGoalDocument = graphql(`
  mutation DeleteRecoveryGoal($goalId: ID!) {
    deleteRecoveryGoal(goalId: $goalId) {
      ok
    }
  }
`);

export const AddRecoveryStepDocument = graphql(`
  mutation AddRecoveryStep($goalId: ID!, $input: RecoveryStepInput!) {
    addRecoveryStep(goalId: $goalId, input: $input) {
      ...PlanGoal
    }
  }
`);

export const UpdateRecoveryStepDocument = graphql(`
  mutation UpdateRecoveryStep($stepId: ID!, $input: RecoveryStepInput!) {
    updateRecoveryStep(stepId: $stepId, input: $input) {
      ...PlanGoal
    }
  }
`);

export const SetRecoveryStepDoneDocument = graphql(`
  mutation SetRecoveryStepDone($stepId: ID!, $done: Boolean!) {
    setRecoveryStepDone(stepId: $stepId, done: $done) {
      ...PlanGoal
    }
  }
`);

export const ReorderRecoveryStepsDocument = graphql(`
  mutation ReorderRecoverySteps($goalId: ID!, $stepIds: [ID!]!) {
    reorderRecoverySteps(goalId: $goalId, stepIds: $stepIds) {
      ...PlanGoal
    }
  }
`);

export const DeleteRecoveryStepDocument = graphql(`
  mutation DeleteRecoveryStep($stepId: ID!) {
    deleteRecoveryStep(stepId: $stepId) {
      ...PlanGoal
    }
  }
`);

export const AcceptPlanSuggestionDocument = graphql(`
  mutation AcceptPlanSuggestion($suggestionId: ID!) {
    acceptPlanSuggestion(suggestionId: $suggestionId) {
      id
      state
    }
  }
`);

export const DeclinePlanSuggestionDocument = graphql(`
  mutation DeclinePlanSuggestion($suggestionId: ID!, $note: String) {
    declinePlanSuggestion(suggestionId: $suggestionId, note: $note) {
      id
      state
      note
    }
  }
`);

/** Every change to the plan also moves its progress and suggestions: the plan is read again. */
export const refetchPlan = { refetchQueries: [MyRecoveryPlanDocument], awaitRefetchQueries: true };
