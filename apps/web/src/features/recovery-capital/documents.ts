import { graphql } from '../../graphql/generated';

export const CapitalChoicesDocument = graphql(`
  query CapitalChoices {
    myCheckinPreferences {
      reassessEveryDays
    }
    mySelfDescriptionNudges
  }
`);

export const SetReassessmentIntervalDocument = graphql(`
  mutation SetReassessmentInterval($days: Int!) {
    setReassessmentInterval(days: $days) {
      reassessEveryDays
    }
  }
`);

export const SetSelfDescriptionNudgesDocument = graphql(`
  mutation SetSelfDescriptionNudges($enabled: Boolean!) {
    setSelfDescriptionNudges(enabled: $enabled) {
      ok
    }
  }
`);
