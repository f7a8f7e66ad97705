import { graphql } from '../../graphql/generated';

export const NotificationArrivedDocument = graphql(`
  subscription NotificationArrived {
    myNotifications {
      id
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationSettingsDocument = graphql(`
  query NotificationSettings {
    myNotificationPreferences {
      kind
      inApp
      email
    }
    myQuietHours {
      start
      end
      timeZone
    }
  }
`);

export const UpdateNotificationPreferenceDocument = graphql(`
  mutation UpdateNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {
    updateNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {
      kind
      inApp
      email
    }
  }
`);

export const SetQuietHoursDocument = graphql(`
  mutation SetQuietHours($start: String!, $end: String!) {
    setQuietHours(start: $start, end: $end) {
      start
      end
      timeZone
    }
  }
`);

export const ClearQuietHoursDocument = graphql(`
  mutation ClearQuietHours {
    clearQuietHours {
      ok
    }
  }
`);
