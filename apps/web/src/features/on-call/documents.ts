import { graphql } from '../../graphql/generated';

export const MyOnCallRotasDocument = graphql(`
  query MyOnCallRotas {
    myOnCallRotas {
      allianceId
      allianceName
      timeZone
      shifts {
        id
        peerId
        peerDisplayName
        weekday
        startsAt
        endsAt
      }
      vettedPeers {
        userId
        displayName
      }
    }
  }
`);

export const SetOnCallTimeZoneDocument = graphql(`
  mutation SetOnCallTimeZone($allianceId: ID!, $timeZone: String!) {
    setOnCallTimeZone(allianceId: $allianceId, timeZone: $timeZone) {
      allianceId
      timeZone
    }
  }
`);

export const AddOnCallShiftDocument = graphql(`
  mutation AddOnCallShift($allianceId: ID!, $peerId: ID!, $weekday: Int!, $startsAt: String!, $endsAt: String!) {
    addOnCallShift(allianceId: $allianceId, peerId: $peerId, weekday: $weekday, startsAt: $startsAt, endsAt: $endsAt) {
      allianceId
    }
  }
`);

export const RemoveOnCallShiftDocument = graphql(`
  mutation RemoveOnCallShift($shiftId: ID!) {
    removeOnCallShift(shiftId: $shiftId) {
      allianceId
    }
  }
`);
