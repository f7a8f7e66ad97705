import { graphql } from '../../graphql/generated';

export const RequestSupportNowDocument = graphql(`
  mutation RequestSupportNow {
    requestSupportNow {
      id
      status
      mine
      memberDisplayName
      alertedCount
      answeredByMe
      showCrisisLinesAgain
      answers {
        userId
        displayName
        answeredAt
      }
    }
  }
`);

export const SupportRequestDocument = graphql(`
  query SupportRequest($id: ID!) {
    supportRequest(id: $id) {
      id
      status
      mine
      memberDisplayName
      alertedCount
      answeredByMe
      showCrisisLinesAgain
      answers {
        userId
        displayName
        answeredAt
      }
    }
  }
`);

export const SupportRequestChangedDocument = graphql(`
  subscription SupportRequestChanged($id: ID!) {
    supportRequestChanged(id: $id) {
      id
      status
      mine
      memberDisplayName
      alertedCount
      answeredByMe
      showCrisisLinesAgain
      answers {
        userId
        displayName
        answeredAt
      }
    }
  }
`);

export const AnswerSupportRequestDocument = graphql(`
  mutation AnswerSupportRequest($id: ID!) {
    answerSupportRequest(id: $id) {
      id
      status
      mine
      memberDisplayName
      alertedCount
      answeredByMe
      showCrisisLinesAgain
      answers {
        userId
        displayName
        answeredAt
      }
    }
  }
`);

export const CloseSupportRequestDocument = graphql(`
  mutation CloseSupportRequest($id: ID!) {
    closeSupportRequest(id: $id) {
      id
      status
      mine
      memberDisplayName
      alertedCount
      answeredByMe
      showCrisisLinesAgain
      answers {
        userId
        displayName
        answeredAt
      }
    }
  }
`);

export const SupportNowSetupDocument = graphql(`
  query SupportNowSetup {
    mySupportNowSetup {
      reachOnCall
      responders {
        userId
        displayName
        relationship
        consented
      }
      candidates {
        userId
        displayName
        relationship
      }
      askedOfMe {
        memberId
        memberDisplayName
        consented
        throughQuietHours
      }
    }
  }
`);

export const ChooseSupportResponderDocument = graphql(`
  mutation ChooseSupportResponder($userId: ID!) {
    chooseSupportResponder(userId: $userId) {
      reachOnCall
      responders {
        userId
        displayName
        relationship
        consented
      }
      candidates {
        userId
        displayName
        relationship
      }
      askedOfMe {
        memberId
        memberDisplayName
        consented
        throughQuietHours
      }
    }
  }
`);

export const RemoveSupportResponderDocument = graphql(`
  mutation RemoveSupportResponder($userId: ID!) {
    removeSupportResponder(userId: $userId) {
      reachOnCall
      responders {
        userId
        displayName
        relationship
        consented
      }
      candidates {
        userId
        displayName
        relationship
      }
      askedOfMe {
        memberId
        memberDisplayName
        consented
        throughQuietHours
      }
    }
  }
`);

export const SetSupportNowReachOnCallDocument = graphql(`
  mutation SetSupportNowReachOnCall($reachOnCall: Boolean!) {
    setSupportNowReachOnCall(reachOnCall: $reachOnCall) {
      reachOnCall
      responders {
        userId
        displayName
        relationship
        consented
      }
      candidates {
        userId
        displayName
        relationship
      }
      askedOfMe {
        memberId
        memberDisplayName
        consented
        throughQuietHours
      }
    }
  }
`);

export const AnswerSupportResponderAskDocument = graphql(`
  mutation AnswerSupportResponderAsk($memberId: ID!, $consent: Boolean!, $throughQuietHours: Boolean!) {
    answerSupportResponderAsk(memberId: $memberId, consent: $consent, throughQuietHours: $throughQuietHours) {
      reachOnCall
      responders {
        userId
        displayName
        relationship
        consented
      }
      candidates {
        userId
        displayName
        relationship
      }
      askedOfMe {
        memberId
        memberDisplayName
        consented
        throughQuietHours
      }
    }
  }
`);

export const SupportRequestsForMeDocument = graphql(`
  query SupportRequestsForMe {
    supportRequestsForMe {
      id
      memberDisplayName
      answers {
        userId
      }
    }
  }
`);

export const SupportNoticeArrivedDocument = graphql(`
  subscription SupportNoticeArrived {
    myNotifications {
      id
      kind
    }
  }
`);
