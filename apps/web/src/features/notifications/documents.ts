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
      push
      mayBreakQuietHours
      breakQuietHours
    }
    myWebPushSettings {
      applicationServerKey
      deviceCount
    }
    myQuietHours {
      start
      end
      timeZone
    }
  }
`);

export const UpdateNotificationPreferenceDocument = graphql(`
  mutation UpdateNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!, $push: Boolean, $breakQuietHours: Boolean) {
    updateNotificationPreference(kind: $kind, inApp: $inApp, email: $email, push: $push, breakQuietHours: $breakQuietHours) {
      kind
      inApp
      email
      push
      mayBreakQuietHours
      breakQuietHours
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

export const SubscribeToPushDocument = graphql(`
  mutation SubscribeToPush($subscription: PushSubscriptionInput!) {
    subscribeToPush(subscription: $subscription) {
      applicationServerKey
      deviceCount
    }
  }
`);

export const UnsubscribeFromPushDocument = graphql(`
  mutation UnsubscribeFromPush($endpoint: String!) {
    unsubscribeFromPush(endpoint: $endpoint) {
      applicationServerKey
      deviceCount
    }
  }
`);
