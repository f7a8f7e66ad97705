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
