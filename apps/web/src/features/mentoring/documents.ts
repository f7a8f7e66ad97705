import { graphql } from '../../graphql/generated';

export const MentoringDocument = graphql(`
  query Mentoring {
    myAllianceMemberships {
      id
      allianceId
      allianceName
      capacity
      status
    }
    myMentorApplications {
      ...MentorApplicationFields
    }
    myMentorships {
      ...MentorshipFields
    }
    myMentorAvailability
  }
`);

export const MentorApplicationFields = graphql(`
  fragment MentorApplicationFields on MentorApplication {
    id
    allianceId
    status
    coordinatorMessage
    createdAt
    decidedAt
    livedExperienceSummary
    yearsInRecovery
    pathways
    focusDomains
    languages
    gender
    maxMentees
    trainingCompleted
    availability {
      day
      start
      end
    }
  }
`);

export const ApplyToMentorDocument = graphql(`
  mutation ApplyToMentor($allianceId: ID!, $input: MentorApplicationInput!) {
    applyToMentor(allianceId: $allianceId, input: $input) {
      ...MentorApplicationFields
    }
  }
`);

export const UpdateMentorApplicationDocument = graphql(`
  mutation UpdateMentorApplication($applicationId: ID!, $input: MentorApplicationInput!) {
    updateMentorApplication(applicationId: $applicationId, input: $input) {
      ...MentorApplicationFields
    }
  }
`);

export const AcceptMentorshipDocument = graphql(`
  mutation AcceptMentorship($mentorshipId: ID!) {
    acceptMentorship(mentorshipId: $mentorshipId) {
      ...MentorshipFields
    }
  }
`);

export const DeclineMentorshipDocument = graphql(`
  mutation DeclineMentorship($mentorshipId: ID!) {
    declineMentorship(mentorshipId: $mentorshipId) {
      ...MentorshipFields
    }
  }
`);

export const SetMentorAvailabilityDocument = graphql(`
  mutation SetMentorAvailability($until: DateTime) {
    setMentorAvailability(until: $until)
  }
`);

export const SetMyMentorPlacesDocument = graphql(`
  mutation SetMyMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {
    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {
      places
      taken
    }
  }
`);
