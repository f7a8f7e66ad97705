import { graphql } from '../../graphql/generated';

export const JourneyFields = graphql(`
  fragment JourneyFields on RecoveryJourney {
    startedOn
    totalDays
    longestStretchDays
    nextMilestoneDays
    milestones {
      days
      reachedOn
    }
    setbacks {
      id
      occurredOn
      note
    }
  }
`);

export const MyJourneyDocument = graphql(`
  query MyJourney {
    myRecoveryJourney {
      ...JourneyFields
    }
  }
`);

export const SetRecoveryStartDocument = graphql(`
  mutation SetRecoveryStart($startedOn: String) {
    setRecoveryStartDate(startedOn: $startedOn) {
      ...JourneyFields
    }
  }
`);

export const RecordSetbackDocument = graphql(`
  mutation RecordSetback($input: SetbackInput!) {
    recordSetback(input: $input) {
      message
      nextSteps
      journey {
        ...JourneyFields
      }
    }
  }
`);

export const DeleteSetbackDocument = graphql(`
  mutation DeleteSetback($setbackId: ID!) {
    deleteSetback(setbackId: $setbackId) {
      ...JourneyFields
    }
  }
`);
