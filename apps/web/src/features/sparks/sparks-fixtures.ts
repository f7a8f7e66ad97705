/** Answers shaped as the API gives them, for the small-sparks component tests. */

export function application(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SparkApplication',
    id: 'sa1',
    fundId: 'f1',
    allianceId: 'a1',
    applicantDisplayName: 'Sam',
    mine: true,
    amount: 4500,
    currency: 'EUR',
    category: 'TRANSPORT',
    nextStep: 'A bus pass to get to my first month at the bakery.',
    neededBy: '2027-01-15',
    status: 'DRAFT',
    infoRequest: null,
    declineReason: null,
    approvalsGiven: 0,
    approvalsRequired: 1,
    approvedByMe: false,
    createdAt: '2026-12-01T10:00:00.000Z',
    submittedAt: null,
    decidedAt: null,
    disbursedAt: null,
    receivedAt: null,
    followUpOutcome: null,
    followUpNote: null,
    ...overrides,
  };
}

export function fund(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SparkFund',
    id: 'f1',
    allianceId: 'a1',
    name: 'Winter fund',
    currency: 'EUR',
    status: 'OPEN',
    acceptingApplications: true,
    perGrantCap: 15000,
    perPersonCap: 30000,
    dualApprovalThreshold: 10000,
    separatePaymentFromApproval: true,
    periodStart: '2026-11-01',
    periodEnd: '2027-03-31',
    ...overrides,
  };
}

export const applications = (nodes: unknown[]) => ({
  __typename: 'SparkApplicationConnection',
  edges: nodes.map((node) => ({ __typename: 'SparkApplicationEdge', node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
});

export const membership = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'AllianceMembership',
  id: 'm1',
  allianceId: 'a1',
  allianceName: 'Lyon Recovery Alliance',
  capacity: 'MEMBER',
  status: 'ACTIVE',
  ...overrides,
});

export const refusal = (message: string, code: string) => ({ data: null, errors: [{ message, extensions: { code } }] });
