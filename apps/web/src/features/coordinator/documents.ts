import { graphql } from '../../graphql/generated';

export const MyCoordinatedAlliancesDocument = graphql(`
  query MyCoordinatedAlliances {
    myCoordinatedAlliances {
      id
      name
      city
      currency
    }
  }
`);

export const ConsoleAllianceDocument = graphql(`
  query ConsoleAlliance($allianceId: ID!) {
    alliance(allianceId: $allianceId) {
      id
      name
    }
  }
`);

export const JoinRequestsDocument = graphql(`
  query JoinRequests($allianceId: ID!) {
    allianceMembers(allianceId: $allianceId, status: REQUESTED, first: 50) {
      edges {
        node {
          id
          personId
          personDisplayName
          capacity
          requestedAt
          status
        }
      }
    }
  }
`);

export const DecideMembershipDocument = graphql(`
  mutation DecideMembership($membershipId: ID!, $decision: MembershipDecision!, $reason: String) {
    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason) {
      id
      status
    }
  }
`);

/**
 * The queue, and those asked for changes: two short lists by status. The API's cost limit
 * weighs every field by the number of items asked for, so whole applications come 20 at a time.
 */
export const MentorApplicationsDocument = graphql(`
  query MentorApplications($allianceId: ID!) {
    waiting: mentorApplications(allianceId: $allianceId, status: SUBMITTED, first: 20) {
      edges {
        node {
          id
          applicantId
          applicantDisplayName
          status
          livedExperienceSummary
          pathways
          yearsInRecovery
          languages
          focusDomains
          availability {
            day
            start
            end
          }
          maxMentees
          trainingCompleted
          createdAt
        }
      }
    }
    withApplicant: mentorApplications(allianceId: $allianceId, status: CHANGES_REQUESTED, first: 20) {
      edges {
        node {
          id
          applicantDisplayName
          coordinatorMessage
          createdAt
          decidedAt
        }
      }
    }
  }
`);

export const DecideMentorApplicationDocument = graphql(`
  mutation DecideMentorApplication($applicationId: ID!, $decision: MentorApplicationDecision!, $message: String) {
    decideMentorApplication(applicationId: $applicationId, decision: $decision, message: $message) {
      id
      status
      coordinatorMessage
    }
  }
`);

export const ChangeMentorVettingDocument = graphql(`
  mutation ChangeMentorVetting($applicationId: ID!, $action: VettingAction!, $reason: String) {
    changeMentorVetting(applicationId: $applicationId, action: $action, reason: $reason) {
      id
      status
      coordinatorMessage
    }
  }
`);

export const MentorsOverviewDocument = graphql(`
  query MentorsOverview($allianceId: ID!) {
    alliance(allianceId: $allianceId) {
      id
      mentorPlacesLimit
    }
    mentorApplications(allianceId: $allianceId, first: 100) {
      edges {
        node {
          id
          applicantId
          applicantDisplayName
          status
          maxMentees
          coordinatorMessage
        }
      }
    }
    mentorReports(allianceId: $allianceId) {
      id
      mentorDisplayName
      reason
      note
      createdAt
    }
    mentorshipHelpRequests(allianceId: $allianceId) {
      mentorshipId
      memberDisplayName
      mentorDisplayName
      askedBy
      askedAt
    }
  }
`);

export const SetMentorPlacesLimitDocument = graphql(`
  mutation SetMentorPlacesLimit($allianceId: ID!, $limit: Int!) {
    setMentorPlacesLimit(allianceId: $allianceId, limit: $limit) {
      id
      mentorPlacesLimit
    }
  }
`);

export const SetMentorPlacesDocument = graphql(`
  mutation SetMentorPlaces($allianceId: ID!, $mentorId: ID!, $places: Int!) {
    setMentorPlaces(allianceId: $allianceId, mentorId: $mentorId, places: $places) {
      mentorId
      places
      taken
    }
  }
`);

export const ResolveMentorshipHelpDocument = graphql(`
  mutation ResolveMentorshipHelp($mentorshipId: ID!) {
    resolveMentorshipHelp(mentorshipId: $mentorshipId) {
      ok
    }
  }
`);

export const AllianceSettingsDocument = graphql(`
  query AllianceSettings($allianceId: ID!) {
    alliance(allianceId: $allianceId) {
      id
      name
      description
      region
      city
      postcodePrefixes
      languages
      currency
      mentorPlacesLimit
      crisisResources {
        name
        phone
        hours
        languages
      }
      partnerOrganisations {
        name
        kind
        description
        url
      }
    }
  }
`);

export const UpdateAllianceDocument = graphql(`
  mutation UpdateAlliance($allianceId: ID!, $input: AllianceInput!) {
    updateAlliance(allianceId: $allianceId, input: $input) {
      id
      name
      description
      region
      city
      postcodePrefixes
      languages
      currency
      crisisResources {
        name
        phone
        hours
        languages
      }
    }
  }
`);

export const AllianceResourcesDocument = graphql(`
  query AllianceResources($allianceId: ID!) {
    allianceResources(allianceId: $allianceId) {
      id
      kind
      name
      description
      phone
      url
      address
      hours
      audience
    }
  }
`);

export const AddAllianceResourceDocument = graphql(`
  mutation AddAllianceResource($allianceId: ID!, $input: AllianceResourceInput!) {
    addAllianceResource(allianceId: $allianceId, input: $input) {
      id
    }
  }
`);

export const RemoveAllianceResourceDocument = graphql(`
  mutation RemoveAllianceResource($resourceId: ID!) {
    removeAllianceResource(resourceId: $resourceId) {
      ok
    }
  }
`);

export const AllianceTeamDocument = graphql(`
  query AllianceTeam($allianceId: ID!) {
    allianceCoordinators(allianceId: $allianceId) {
      userId
      displayName
      appointedAt
    }
    allianceModerators(allianceId: $allianceId) {
      userId
      displayName
      appointedAt
    }
    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {
      edges {
        node {
          id
          personId
          personDisplayName
          capacity
        }
      }
    }
  }
`);

export const AppointModeratorDocument = graphql(`
  mutation AppointModerator($allianceId: ID!, $userId: ID!) {
    appointModerator(allianceId: $allianceId, userId: $userId) {
      userId
      displayName
      appointedAt
    }
  }
`);

export const RemoveModeratorDocument = graphql(`
  mutation RemoveModerator($allianceId: ID!, $userId: ID!) {
    removeModerator(allianceId: $allianceId, userId: $userId) {
      userId
      displayName
      appointedAt
    }
  }
`);

export const AllianceInsightsDocument = graphql(`
  query AllianceInsights($allianceId: ID!, $months: Int!) {
    allianceInsights(allianceId: $allianceId, months: $months) {
      since
      minimumPeople
      hiddenFigures
      checkinTrend {
        weekStarting
        averageMood
        averageCravings
        people
      }
      capitalTrend {
        month
        averageTotal
        people
      }
      domains {
        domain
        facilitators {
          tagId
          kind
          label
          people
        }
        obstacles {
          tagId
          kind
          label
          people
        }
      }
    }
  }
`);

/** The alliance's groups and its people, to choose whom to add (a group takes only the alliance's people). */
export const AllianceGroupsDocument = graphql(`
  query AllianceGroups($allianceId: ID!) {
    allianceGroups(allianceId: $allianceId) {
      id
      title
      supporterGroup
      participantCount
      participants {
        personId
        displayName
        role
      }
    }
    allianceMembers(allianceId: $allianceId, status: ACTIVE, first: 100) {
      edges {
        node {
          id
          personId
          personDisplayName
          capacity
        }
      }
    }
  }
`);

export const CreateMembersGroupDocument = graphql(`
  mutation CreateMembersGroup($allianceId: ID!, $title: String!) {
    createAllianceGroup(allianceId: $allianceId, title: $title) {
      id
    }
  }
`);

export const CreateSupporterGroupDocument = graphql(`
  mutation CreateSupporterGroup($allianceId: ID!, $title: String!) {
    createSupporterGroup(allianceId: $allianceId, title: $title) {
      id
    }
  }
`);

export const AddGroupParticipantDocument = graphql(`
  mutation AddGroupParticipant($conversationId: ID!, $userId: ID!) {
    addGroupParticipant(conversationId: $conversationId, userId: $userId) {
      id
    }
  }
`);

export const RemoveGroupParticipantDocument = graphql(`
  mutation RemoveGroupParticipant($conversationId: ID!, $userId: ID!) {
    removeGroupParticipant(conversationId: $conversationId, userId: $userId) {
      id
    }
  }
`);
