import { graphql } from '../../graphql/generated';

export const MyEarlyHelpDocument = graphql(`
  query MyEarlyHelp {
    myEarlyHelp {
      id
      openedAt
      reason
      message
      nextSteps
      mentorTold
    }
    myCrisisAlertConsent
  }
`);

export const SetCrisisAlertConsentDocument = graphql(`
  mutation SetCrisisAlertConsent($consent: Boolean!) {
    setCrisisAlertConsent(consent: $consent)
  }
`);

export const MentorAlertsDocument = graphql(`
  query MentorAlerts {
    myCrisisAlerts {
      id
      memberId
      memberDisplayName
      createdAt
      guidance
    }
    myEarlyHelpAlerts {
      id
      memberId
      memberDisplayName
      createdAt
      reason
      guidance
      seen
    }
  }
`);

export const MarkEarlyHelpAlertSeenDocument = graphql(`
  mutation MarkEarlyHelpAlertSeen($alertId: ID!) {
    markEarlyHelpAlertSeen(alertId: $alertId)
  }
`);
