import { graphql } from '../../graphql/generated';

export const MyCheckinsDocument = graphql(`
  query MyCheckins {
    myCheckins(first: 20) {
      edges {
        node {
          id
          checkedInAt
          mood
          cravings
          note
        }
      }
    }
  }
`);

export const CheckInDocument = graphql(`
  mutation CheckIn($input: CheckinInput!) {
    checkIn(input: $input) {
      id
      checkedInAt
      mood
      cravings
      note
    }
  }
`);

export const DeleteCheckinDocument = graphql(`
  mutation DeleteCheckin($checkinId: ID!) {
    deleteCheckin(checkinId: $checkinId)
  }
`);

export const MyCheckinRhythmDocument = graphql(`
  query MyCheckinRhythm {
    myCheckinPreferences {
      cadence
      days
      localTime
      nextReminderAt
    }
  }
`);

export const SetCheckinRhythmDocument = graphql(`
  mutation SetCheckinRhythm($input: CheckinRhythmInput!) {
    setCheckinRhythm(input: $input) {
      cadence
      days
      localTime
      nextReminderAt
    }
  }
`);

export const StopCheckinRemindersDocument = graphql(`
  mutation StopCheckinReminders {
    stopCheckinReminders {
      cadence
      days
      localTime
      nextReminderAt
    }
  }
`);
