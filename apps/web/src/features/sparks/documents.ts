import { graphql } from '../../graphql/generated';

export const SparkApplicationFieldsFragment = graphql(`
  fragment SparkApplicationFields on SparkApplication {
    id
    fundId
    allianceId
    applicantDisplayName
    mine
    amount
    currency
    category
    nextStep
    neededBy
    status
    infoRequest
    declineReason
    approvalsGiven
    approvalsRequired
    approvedByMe
    createdAt
    submittedAt
    decidedAt
    disbursedAt
    receivedAt
    followUpOutcome
    followUpNote
  }
`);

export const SparkFundFieldsFragment = graphql(`
  fragment SparkFundFields on SparkFund {
    id
    allianceId
    name
    currency
    status
    acceptingApplications
    perGrantCap
    perPersonCap
    dualApprovalThreshold
    separatePaymentFromApproval
    periodStart
    periodEnd
  }
`);

/**
 * The member's side: the alliances they belong to (as a member), to find the funds they may apply
 * to. Lists ask for 15 applications at a time: the API's query cost counts every field once per
 * item asked for, and a whole application is about 220 of its 5000.
 */
export const MySparksDocument = graphql(`
  query MySparks {
    myAllianceMemberships {
      id
      allianceId
      allianceName
      capacity
      status
    }
    mySparkApplications(first: 15) {
      edges {
        node {
          ...SparkApplicationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SparkFundsForMemberDocument = graphql(`
  query SparkFundsForMember($allianceId: ID!) {
    sparkFunds(allianceId: $allianceId) {
      ...SparkFundFields
    }
  }
`);

export const DraftSparkApplicationDocument = graphql(`
  mutation DraftSparkApplication($fundId: ID!, $input: SparkApplicationInput!) {
    draftSparkApplication(fundId: $fundId, input: $input) {
      ...SparkApplicationFields
    }
  }
`);

export const UpdateSparkApplicationDocument = graphql(`
  mutation UpdateSparkApplication($applicationId: ID!, $input: SparkApplicationInput!) {
    updateSparkApplication(applicationId: $applicationId, input: $input) {
      ...SparkApplicationFields
    }
  }
`);

export const SubmitSparkApplicationDocument = graphql(`
  mutation SubmitSparkApplication($applicationId: ID!) {
    submitSparkApplication(applicationId: $applicationId) {
      ...SparkApplicationFields
    }
  }
`);

export const CancelSparkApplicationDocument = graphql(`
  mutation CancelSparkApplication($applicationId: ID!, $idempotencyKey: String!) {
    cancelSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {
      ...SparkApplicationFields
    }
  }
`);

export const ConfirmSparkReceiptDocument = graphql(`
  mutation ConfirmSparkReceipt($applicationId: ID!) {
    confirmSparkReceipt(applicationId: $applicationId) {
      ...SparkApplicationFields
    }
  }
`);

export const ShareSparkFollowUpDocument = graphql(`
  mutation ShareSparkFollowUp($applicationId: ID!, $outcome: SparkFollowUpOutcome!, $note: String) {
    shareSparkFollowUp(applicationId: $applicationId, outcome: $outcome, note: $note) {
      ...SparkApplicationFields
    }
  }
`);

export const SparkQueueDocument = graphql(`
  query SparkQueue($allianceId: ID!, $status: SparkApplicationStatus, $after: String) {
    sparkApplications(allianceId: $allianceId, status: $status, first: 15, after: $after) {
      edges {
        node {
          ...SparkApplicationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    sparkFunds(allianceId: $allianceId) {
      ...SparkFundFields
    }
  }
`);

export const SparkApplicationTimelineDocument = graphql(`
  query SparkApplicationTimeline($applicationId: ID!) {
    sparkApplicationTimeline(applicationId: $applicationId) {
      step
      at
      byMe
      actorDisplayName
    }
  }
`);

export const SparkPaymentDetailsDocument = graphql(`
  query SparkPaymentDetails($applicationId: ID!) {
    sparkPaymentDetails(applicationId: $applicationId) {
      method
      reference
      recordedAt
      recordedByMe
    }
  }
`);

export const ApproveSparkApplicationDocument = graphql(`
  mutation ApproveSparkApplication($applicationId: ID!, $idempotencyKey: String!) {
    approveSparkApplication(applicationId: $applicationId, idempotencyKey: $idempotencyKey) {
      ...SparkApplicationFields
    }
  }
`);

export const DeclineSparkApplicationDocument = graphql(`
  mutation DeclineSparkApplication($applicationId: ID!, $reason: String!) {
    declineSparkApplication(applicationId: $applicationId, reason: $reason) {
      ...SparkApplicationFields
    }
  }
`);

export const AskForSparkInformationDocument = graphql(`
  mutation AskForSparkInformation($applicationId: ID!, $question: String!) {
    askForSparkInformation(applicationId: $applicationId, question: $question) {
      ...SparkApplicationFields
    }
  }
`);

export const RecordSparkPaymentDocument = graphql(`
  mutation RecordSparkPayment($applicationId: ID!, $idempotencyKey: String!, $input: RecordSparkPaymentInput!) {
    recordSparkPayment(applicationId: $applicationId, idempotencyKey: $idempotencyKey, input: $input) {
      ...SparkApplicationFields
    }
  }
`);

export const CoordinatorSparkFundsDocument = graphql(`
  query CoordinatorSparkFunds($allianceId: ID!) {
    sparkFunds(allianceId: $allianceId) {
      ...SparkFundFields
      openedAt
      closedAt
      balance {
        budget
        reserved
        disbursed
        available
        currency
      }
    }
  }
`);

export const SparkFundLedgerDocument = graphql(`
  query SparkFundLedger($fundId: ID!) {
    sparkFundLedger(fundId: $fundId, first: 20) {
      edges {
        node {
          id
          kind
          amount
          currency
          at
        }
      }
    }
  }
`);

export const OpenSparkFundDocument = graphql(`
  mutation OpenSparkFund($allianceId: ID!, $input: OpenSparkFundInput!) {
    openSparkFund(allianceId: $allianceId, input: $input) {
      id
    }
  }
`);

export const AddSparkFundBudgetDocument = graphql(`
  mutation AddSparkFundBudget($fundId: ID!, $amount: Int!, $idempotencyKey: String!) {
    addSparkFundBudget(fundId: $fundId, amount: $amount, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const CloseSparkFundDocument = graphql(`
  mutation CloseSparkFund($fundId: ID!) {
    closeSparkFund(fundId: $fundId) {
      id
      status
    }
  }
`);

export const SparkReportDocument = graphql(`
  query SparkReport($allianceId: ID!, $from: String!, $to: String!) {
    sparkReport(allianceId: $allianceId, from: $from, to: $to) {
      currency
      amountLeft
      totals {
        applications
        approved
        declined
        cancelled
        approvedAmount
        disbursedAmount
        approvalRate
        medianDaysToDecision
        followUps {
          outcome
          count
        }
      }
      byCategory {
        category
        applications
        approved
        approvedAmount
        disbursedAmount
      }
    }
  }
`);

export const SparkReportCsvDocument = graphql(`
  query SparkReportCsv($allianceId: ID!, $from: String!, $to: String!) {
    sparkReportCsv(allianceId: $allianceId, from: $from, to: $to)
  }
`);
