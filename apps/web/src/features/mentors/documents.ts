import { graphql } from '../../graphql/generated';

/** What either side of a mentorship does with it, on /mentors and /mentoring alike. */
export const MentorshipFields = graphql(`
  fragment MentorshipFields on Mentorship {
    id
    role
    state
    allianceId
    memberId
    memberDisplayName
    mentorId
    mentorDisplayName
    intro
    requestedAt
    expiresAt
    startedAt
    endedAt
    endedByMe
    helpRequested
    conversationId
  }
`);

export const PauseMentorshipDocument = graphql(`
  mutation PauseMentorship($mentorshipId: ID!) {
    pauseMentorship(mentorshipId: $mentorshipId) {
      ...MentorshipFields
    }
  }
`);

export const ResumeMentorshipDocument = graphql(`
  mutation ResumeMentorship($mentorshipId: ID!) {
    resumeMentorship(mentorshipId: $mentorshipId) {
      ...MentorshipFields
    }
  }
`);

export const EndMentorshipDocument = graphql(`
  mutation EndMentorship($mentorshipId: ID!, $reason: String) {
    endMentorship(mentorshipId: $mentorshipId, reason: $reason) {
      ...MentorshipFields
    }
  }
`);

export const WithdrawMentorshipRequestDocument = graphql(`
  mutation WithdrawMentorshipRequest($mentorshipId: ID!) {
    withdrawMentorshipRequest(mentorshipId: $mentorshipId) {
      ...MentorshipFields
    }
  }
`);

export const AskCoordinatorForHelpDocument = graphql(`
  mutation AskCoordinatorForHelp($mentorshipId: ID!) {
    askCoordinatorForHelp(mentorshipId: $mentorshipId) {
      ok
    }
  }
`);

export const ReportMentorDocument = graphql(`
  mutation ReportMentor($mentorshipId: ID!, $reason: MentorReportReason!, $note: String) {
    reportMentor(mentorshipId: $mentorshipId, reason: $reason, note: $note) {
      ok
    }
  }
`);

export const MentorshipHistoryDocument = graphql(`
  query MentorshipHistory($mentorshipId: ID!) {
    mentorshipHistory(mentorshipId: $mentorshipId) {
      at
      kind
      byMe
    }
  }
`);

export const MentorAlertsConsentDocument = graphql(`
  query MentorAlertsConsent {
    myCheckinPreferences {
      mentorAlerts
    }
  }
`);

export const SetEarlyHelpMentorAlertsDocument = graphql(`
  mutation SetEarlyHelpMentorAlerts($enabled: Boolean!) {
    setEarlyHelpMentorAlerts(enabled: $enabled) {
      mentorAlerts
    }
  }
`);
