import { graphql } from '../../graphql/generated';

export const ModerationCaseFieldsFragment = graphql(`
  fragment ModerationCaseFields on ModerationCase {
    id
    subjectKind
    personDisplayName
    severity
    categories
    status
    reportCount
    openedAt
    escalatedAt
  }
`);

export const ModerationDecisionFieldsFragment = graphql(`
  fragment ModerationDecisionFields on ModerationDecision {
    id
    action
    subjectKind
    reason
    reversesId
    suspendedUntil
    createdAt
  }
`);

export const ModerationQueueDocument = graphql(`
  query ModerationQueue($status: ModerationCaseStatus!, $severity: ModerationSeverity, $category: String, $minAgeHours: Int, $after: String) {
    moderationQueue(first: 20, status: $status, severity: $severity, category: $category, minAgeHours: $minAgeHours, after: $after) {
      edges {
        node {
          ...ModerationCaseFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ModerationCaseDocument = graphql(`
  query ModerationCase($id: ID!) {
    moderationCase(id: $id) {
      case {
        ...ModerationCaseFields
        personId
        findings {
          category
          count
        }
      }
      contentText
      contentVisibility
      context {
        id
        authorId
        authorDisplayName
        text
        createdAt
        visibility
        isSubject
      }
      reports {
        reason
        note
        createdAt
      }
      decisions {
        ...ModerationDecisionFields
      }
      personHistory {
        ...ModerationDecisionFields
      }
    }
  }
`);

export const DecideModerationCaseDocument = graphql(`
  mutation DecideModerationCase($caseId: ID!, $decision: ModerationDecisionInput!) {
    decideModerationCase(caseId: $caseId, decision: $decision) {
      ...ModerationDecisionFields
    }
  }
`);

export const ReverseModerationDecisionDocument = graphql(`
  mutation ReverseModerationDecision($decisionId: ID!, $reason: String!) {
    reverseModerationDecision(decisionId: $decisionId, reason: $reason) {
      ...ModerationDecisionFields
    }
  }
`);

export const ModerateContentDocument = graphql(`
  mutation ModerateContent($kind: ModerationSubjectKind!, $contentId: ID!, $decision: ModerationDecisionInput!) {
    moderateContent(kind: $kind, contentId: $contentId, decision: $decision) {
      ...ModerationDecisionFields
    }
  }
`);

export const ModeratePersonDocument = graphql(`
  mutation ModeratePerson($personId: ID!, $decision: ModerationDecisionInput!) {
    moderatePerson(personId: $personId, decision: $decision) {
      ...ModerationDecisionFields
    }
  }
`);

export const ModerationAppealsDocument = graphql(`
  query ModerationAppeals {
    moderationAppeals {
      id
      statement
      status
      createdAt
      decision {
        ...ModerationDecisionFields
        subjectKind
      }
    }
  }
`);

export const DecideModerationAppealDocument = graphql(`
  mutation DecideModerationAppeal($appealId: ID!, $overturn: Boolean!, $note: String!) {
    decideModerationAppeal(appealId: $appealId, overturn: $overturn, note: $note) {
      id
      status
    }
  }
`);

export const StoriesForReviewDocument = graphql(`
  query StoriesForReview {
    storiesForReview {
      id
      title
      body
      authorDisplayName
      createdAt
      heldForReview
    }
  }
`);

export const ReviewStoryDocument = graphql(`
  mutation ReviewStory($storyId: ID!, $approve: Boolean!, $note: String) {
    reviewStory(storyId: $storyId, approve: $approve, note: $note) {
      id
      status
    }
  }
`);

export const MyModerationDocument = graphql(`
  query MyModeration {
    myAccountStanding {
      mayPost
      banned
      suspendedUntil
    }
    myModerationDecisions {
      id
      action
      reason
      subjectKind
      createdAt
      suspendedUntil
      appealable
      appealDeadline
      appealStatus
      reversed
    }
    myModerationReports {
      id
      reason
      createdAt
      outcome
      outcomeAt
    }
  }
`);

export const AppealModerationDecisionDocument = graphql(`
  mutation AppealModerationDecision($decisionId: ID!, $statement: String!) {
    appealModerationDecision(decisionId: $decisionId, statement: $statement) {
      id
      status
    }
  }
`);

/** What a new account may not do yet, and the rule for everyone, so the limits are never a surprise. */
export const MyTrustDocument = graphql(`
  query MyTrust {
    myTrust {
      current {
        level
        mayPostLinks
        mayMessageBeyondConnections
      }
      nextLevelAt
    }
    trustLevels {
      level
      fromAccountAgeDays
      mayPostLinks
      mayMessageBeyondConnections
    }
  }
`);
