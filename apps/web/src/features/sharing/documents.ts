import { graphql } from '../../graphql/generated';

/** The member's circle: who is in it, who is invited, and what is shared with whom. */
export const MyCircleDocument = graphql(`
  query MyCircle {
    mySupportCircle {
      id
      name
      members {
        userId
        displayName
        relationship
        joinedAt
      }
    }
    myCircleInvitations {
      id
      email
      inviteeId
      relationship
      state
      createdAt
      expiresAt
    }
    mySharingGrants {
      id
      scope
      granteeId
      granteeDisplayName
      purpose
      ends
      expiresAt
      grantedAt
      active
    }
  }
`);

/** People the member already talks with on Kindred, who could be invited without an email. */
export const PeopleITalkWithDocument = graphql(`
  query PeopleITalkWith {
    myConversations(first: 50) {
      edges {
        node {
          id
          participants {
            personId
            displayName
          }
        }
      }
    }
  }
`);

export const MyDisclosureLogDocument = graphql(`
  query MyDisclosureLog($after: String) {
    myDisclosureLog(first: 30, after: $after) {
      edges {
        node {
          id
          viewerDisplayName
          what
          scope
          accessedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RenameCircleDocument = graphql(`
  mutation RenameCircle($name: String!) {
    renameSupportCircle(name: $name) {
      id
      name
    }
  }
`);

export const InviteByEmailDocument = graphql(`
  mutation InviteToCircleByEmail($email: String!, $relationship: CircleRelationship!) {
    inviteToCircleByEmail(email: $email, relationship: $relationship) {
      id
      state
    }
  }
`);

export const InviteOnKindredDocument = graphql(`
  mutation InviteToCircleOnKindred($userId: ID!, $relationship: CircleRelationship!) {
    inviteToCircle(userId: $userId, relationship: $relationship) {
      id
      state
    }
  }
`);

export const WithdrawInvitationDocument = graphql(`
  mutation WithdrawCircleInvitation($invitationId: ID!) {
    revokeCircleInvitation(invitationId: $invitationId) {
      id
      state
    }
  }
`);

export const RemoveFromCircleDocument = graphql(`
  mutation RemoveFromCircle($userId: ID!) {
    removeFromCircle(userId: $userId) {
      id
      members {
        userId
      }
    }
  }
`);

export const GrantSharingDocument = graphql(`
  mutation GrantSharing($input: GrantSharingInput!) {
    grantSharing(input: $input) {
      id
      scope
      granteeDisplayName
      active
    }
  }
`);

export const RevokeSharingDocument = graphql(`
  mutation RevokeSharing($grantId: ID!) {
    revokeSharing(grantId: $grantId) {
      id
      scope
      granteeDisplayName
      active
    }
  }
`);

/** For a supporter: who shares what with them, the circles they are in, and invitations waiting. */
export const SharedWithMeDocument = graphql(`
  query SharedWithMe {
    sharedWithMe {
      id
      ownerId
      ownerDisplayName
      scope
      purpose
      ends
      expiresAt
      grantedAt
    }
    circlesISupport {
      id
      name
      ownerId
      ownerDisplayName
      myRelationship
    }
    circleInvitationsForMe {
      id
    }
    sharingEndedWithMe {
      id
      ownerId
      ownerDisplayName
      scope
      revokedAt
      expiresAt
    }
  }
`);

export const SharedCheckinsDocument = graphql(`
  query SharedCheckins($ownerId: ID!) {
    sharedCheckins(ownerId: $ownerId) {
      ownerId
      days
      averageMood
      averageCravings
      checkins {
        checkedInAt
        mood
        cravings
      }
      redisclosureNotice
    }
  }
`);

export const SharedMilestonesDocument = graphql(`
  query SharedMilestones($ownerId: ID!) {
    sharedMilestones(ownerId: $ownerId) {
      ownerId
      totalDays
      milestones {
        days
        reachedOn
      }
      redisclosureNotice
    }
  }
`);

export const SharedPlanDocument = graphql(`
  query SharedPlan($ownerId: ID!) {
    sharedRecoveryPlan(ownerId: $ownerId) {
      ownerId
      redisclosureNotice
      goals(status: ACTIVE) {
        id
        title
        domain
        stepsDone
        steps {
          id
          title
          done
        }
      }
      suggestions {
        id
        title
        goalTitle
        state
        createdAt
      }
    }
  }
`);

export const SharedCapitalDocument = graphql(`
  query SharedCapital($ownerId: ID!) {
    sharedRecoveryCapital(ownerId: $ownerId) {
      redisclosureNotice
      latestDomainRatings {
        id
        takenAt
        scores {
          domain
          score
        }
      }
    }
  }
`);

export const DiaryEntriesSharedWithMeDocument = graphql(`
  query DiaryEntriesSharedWithMe($ownerId: ID!) {
    diaryEntriesSharedWithMe(ownerId: $ownerId, first: 20) {
      edges {
        node {
          id
          entryDate
          sharedAt
        }
      }
    }
  }
`);

export const SharedDiaryEntryDocument = graphql(`
  query SharedDiaryEntry($id: ID!) {
    sharedDiaryEntry(id: $id) {
      id
      entryDate
      body
      mood
      redisclosureNotice
    }
  }
`);

export const SuggestStepDocument = graphql(`
  mutation SuggestRecoveryStep($goalId: ID!, $input: RecoveryStepInput!, $why: String) {
    suggestRecoveryStep(goalId: $goalId, input: $input, why: $why) {
      id
      title
      goalTitle
      state
      createdAt
    }
  }
`);

/** The same figures as SharedCapital, sent each time the person records new ones while they share them. */
export const SharedCapitalUpdatesDocument = graphql(`
  subscription SharedCapitalUpdates($ownerId: ID!) {
    sharedRecoveryCapitalUpdates(ownerId: $ownerId) {
      redisclosureNotice
      latestDomainRatings {
        id
        takenAt
        scores {
          domain
          score
        }
      }
    }
  }
`);

export const SuggestGoalDocument = graphql(`
  mutation SuggestRecoveryGoal($ownerId: ID!, $input: RecoveryGoalInput!) {
    suggestRecoveryGoal(ownerId: $ownerId, input: $input) {
      id
      title
      goalTitle
      state
      createdAt
    }
  }
`);

export const WithdrawSuggestionDocument = graphql(`
  mutation WithdrawPlanSuggestion($suggestionId: ID!) {
    withdrawPlanSuggestion(suggestionId: $suggestionId) {
      id
      state
      answeredAt
    }
  }
`);

export const LeaveSupportCircleDocument = graphql(`
  mutation LeaveSupportCircle($circleId: ID!) {
    leaveSupportCircle(circleId: $circleId) {
      ok
    }
  }
`);
