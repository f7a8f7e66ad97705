import { graphql } from '../../graphql/generated';

export const AdminAlliancesDocument = graphql(`
  query AdminAlliances($name: String, $after: String) {
    alliances(first: 20, name: $name, after: $after) {
      edges {
        node {
          id
          name
          city
          region
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateAllianceDocument = graphql(`
  mutation CreateAlliance($input: AllianceInput!) {
    createAlliance(input: $input) {
      id
      name
    }
  }
`);

export const AdminAllianceDocument = graphql(`
  query AdminAlliance($allianceId: ID!) {
    alliance(allianceId: $allianceId) {
      id
      name
      description
      city
      region
      postcodePrefixes
      languages
      currency
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
  }
`);

export const AppointCoordinatorDocument = graphql(`
  mutation AppointCoordinator($allianceId: ID!, $userId: ID!) {
    appointCoordinator(allianceId: $allianceId, userId: $userId) {
      id
    }
  }
`);

export const RemoveCoordinatorDocument = graphql(`
  mutation RemoveCoordinator($allianceId: ID!, $userId: ID!) {
    removeCoordinator(allianceId: $allianceId, userId: $userId) {
      id
    }
  }
`);

export const PersonByEmailDocument = graphql(`
  query PersonByEmail($email: String!) {
    personByEmail(email: $email) {
      id
      displayName
      roles
    }
  }
`);

export const GrantRoleDocument = graphql(`
  mutation GrantRole($userId: ID!, $role: PlatformRole!) {
    grantRole(userId: $userId, role: $role) {
      id
      roles
    }
  }
`);

export const RevokeRoleDocument = graphql(`
  mutation RevokeRole($userId: ID!, $role: PlatformRole!) {
    revokeRole(userId: $userId, role: $role) {
      id
      roles
    }
  }
`);

export const AuditEventsDocument = graphql(`
  query AuditEvents($action: String, $actorId: ID, $subjectId: ID, $after: String) {
    auditEvents(first: 30, action: $action, actorId: $actorId, subjectId: $subjectId, after: $after) {
      edges {
        node {
          id
          action
          actorDisplayName
          subjectDisplayName
          occurredAt
          details
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RequestSystemCheckDocument = graphql(`
  mutation RequestSystemCheck {
    requestSystemCheck {
      id
      status
    }
  }
`);

export const SystemCheckDocument = graphql(`
  query SystemCheck($id: ID!) {
    systemCheck(id: $id) {
      id
      status
      roundTripMs
    }
  }
`);

export const OpenQueueDashboardDocument = graphql(`
  mutation OpenQueueDashboard {
    openQueueDashboard {
      url
      expiresAt
    }
  }
`);
