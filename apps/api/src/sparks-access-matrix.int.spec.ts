import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { callAs, createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import {
  coordinatorOnly,
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  signedInOnly,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { startTestApi } from '@kindred/test-support/test-api';

/** Only the applicant (`member`) and the coordinators of the application's alliance; strangers are told it does not exist. */
const applicantAndCoordinator: Record<Persona, Outcome> = { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', member: 'allowed', coordinator: 'allowed' };
const applicantOnly: Record<Persona, Outcome> = { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', member: 'allowed' };

const request = { amount: 1_000, category: 'TRANSPORT', nextStep: 'Train fares to the job centre interview.', neededBy: '2099-01-31' };
const fund = {
  name: 'Matrix fund',
  currency: 'EUR',
  budget: 100_000,
  periodStart: '2020-01-01',
  periodEnd: '2099-12-31',
  perGrantCap: 10_000,
  perPersonCap: 100_000,
  separatePaymentFromApproval: false,
};

/**
 * Who may do what with small sparks. Alliance A is run by `coordinator`; `member` and
 * `otherMember` are its members and `supporter` is in it as a supporter; `member` applied.
 * Alliance B is run by `coordinatorOfAnotherAlliance`, who can do nothing in A (and A's
 * coordinator nothing in B).
 */
describe('authorization matrix: small sparks', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  const ids = {
    allianceA: '',
    allianceB: '',
    fundA: '',
    fundToClose: '',
    submitted: '',
    forApprove: '',
    forDecline: '',
    forAsk: '',
    forPay: '',
    forCancel: '',
    forEdit: '',
    forSubmit: '',
    paid: '',
    received: '',
    inB: '',
  };

  const as = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const draft = async (account: TestAccount, fundId: string): Promise<string> =>
    (
      await as<{ draftSparkApplication: { id: string } }>(
        account,
        'mutation($f: ID!, $input: SparkApplicationInput!) { draftSparkApplication(fundId: $f, input: $input) { id } }',
        { f: fundId, input: request },
      )
    ).draftSparkApplication.id;
  const submitted = async (account: TestAccount, fundId: string): Promise<string> => {
    const id = await draft(account, fundId);
    await as(account, 'mutation($i: ID!) { submitSparkApplication(applicationId: $i) { id } }', { i: id });
    return id;
  };
  const approve = (account: TestAccount, id: string) =>
    as(account, 'mutation($i: ID!, $k: String!) { approveSparkApplication(applicationId: $i, idempotencyKey: $k) { id } }', { i: id, k: randomUUID() });
  const pay = (account: TestAccount, id: string) =>
    as(
      account,
      'mutation($i: ID!, $k: String!) { recordSparkPayment(applicationId: $i, idempotencyKey: $k, input: { method: VOUCHER, reference: "V-1" }) { id } }',
      { i: id, k: randomUUID() },
    );
  const openFund = async (account: TestAccount, allianceId: string): Promise<string> =>
    (
      await as<{ openSparkFund: { id: string } }>(
        account,
        'mutation($a: ID!, $input: OpenSparkFundInput!) { openSparkFund(allianceId: $a, input: $input) { id } }',
        { a: allianceId, input: fund },
      )
    ).openSparkFund.id;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('sparks-matrix'));
    personas = await createPersonas(app);
    ids.allianceA = await allianceRunBy(app, personas.admin, personas.coordinator, 'Sparks matrix A');
    ids.allianceB = await allianceRunBy(app, personas.admin, personas.coordinatorOfAnotherAlliance, 'Sparks matrix B');
    await joinAlliance(app, personas.member, personas.coordinator, ids.allianceA);
    await joinAlliance(app, personas.otherMember, personas.coordinator, ids.allianceA);
    await joinAlliance(app, personas.supporter, personas.coordinator, ids.allianceA, 'SUPPORTER');
    ids.fundA = await openFund(personas.coordinator, ids.allianceA);
    ids.fundToClose = await openFund(personas.coordinator, ids.allianceA);

    const { member, coordinator } = personas;
    ids.submitted = await submitted(member, ids.fundA);
    ids.forApprove = await submitted(member, ids.fundA);
    ids.forDecline = await submitted(member, ids.fundA);
    ids.forAsk = await submitted(member, ids.fundA);
    ids.forCancel = await submitted(member, ids.fundA);
    ids.forEdit = await draft(member, ids.fundA);
    ids.forSubmit = await draft(member, ids.fundA);
    ids.forPay = await submitted(member, ids.fundA);
    await approve(coordinator, ids.forPay);
    ids.paid = await submitted(member, ids.fundA);
    await approve(coordinator, ids.paid);
    await pay(coordinator, ids.paid);
    ids.received = await submitted(member, ids.fundA);
    await approve(coordinator, ids.received);
    await pay(coordinator, ids.received);
    await as(member, 'mutation($i: ID!) { confirmSparkReceipt(applicationId: $i) { id } }', { i: ids.received });

    const memberOfB = await createAccount(app);
    await joinAlliance(app, memberOfB, personas.coordinatorOfAnotherAlliance, ids.allianceB);
    ids.inB = await submitted(memberOfB, await openFund(personas.coordinatorOfAnotherAlliance, ids.allianceB));
  });

  afterAll(() => stop());

  const byId = (query: string, id: () => string) => () => ({ query, variables: { i: id() } });

  const rows = (): MatrixRow[] => [
    {
      operation: 'openSparkFund (alliance A)',
      request: () => ({
        query: 'mutation($a: ID!, $input: OpenSparkFundInput!) { openSparkFund(allianceId: $a, input: $input) { id } }',
        variables: { a: ids.allianceA, input: fund },
      }),
      expect: coordinatorOnly,
    },
    {
      operation: 'addSparkFundBudget',
      request: () => ({
        query: 'mutation($f: ID!, $k: String!) { addSparkFundBudget(fundId: $f, amount: 100, idempotencyKey: $k) { id } }',
        variables: { f: ids.fundA, k: randomUUID() },
      }),
      expect: coordinatorOnly,
    },
    {
      operation: 'closeSparkFund',
      request: () => ({ query: 'mutation($f: ID!) { closeSparkFund(fundId: $f) { status } }', variables: { f: ids.fundToClose } }),
      expect: coordinatorOnly,
    },
    {
      // Members of the alliance see its funds (without balances); a supporter, an outsider or another alliance's coordinator does not.
      operation: 'sparkFunds (alliance A)',
      request: () => ({ query: 'query($a: ID!) { sparkFunds(allianceId: $a) { id } }', variables: { a: ids.allianceA } }),
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', member: 'allowed', otherMember: 'allowed', coordinator: 'allowed' },
    },
    {
      operation: 'sparkFundLedger',
      request: () => ({ query: 'query($f: ID!) { sparkFundLedger(fundId: $f, first: 5) { edges { node { kind amount } } } }', variables: { f: ids.fundA } }),
      expect: coordinatorOnly,
    },
    {
      operation: 'sparkApplications (alliance A)',
      request: () => ({ query: 'query($a: ID!) { sparkApplications(allianceId: $a, first: 5) { edges { node { id } } } }', variables: { a: ids.allianceA } }),
      expect: coordinatorOnly,
    },
    {
      operation: 'sparkReport (alliance A)',
      request: () => ({
        query: 'query($a: ID!) { sparkReport(allianceId: $a, from: "2020-01-01", to: "2099-12-31") { currency } }',
        variables: { a: ids.allianceA },
      }),
      expect: coordinatorOnly,
    },
    {
      operation: 'sparkReportCsv (alliance A)',
      request: () => ({ query: 'query($a: ID!) { sparkReportCsv(allianceId: $a, from: "2020-01-01", to: "2099-12-31") }', variables: { a: ids.allianceA } }),
      expect: coordinatorOnly,
    },
    {
      // Members only, and only in their own alliance: `mentor` is a member of no alliance here.
      operation: 'draftSparkApplication (fund of A)',
      request: () => ({
        query: 'mutation($f: ID!, $input: SparkApplicationInput!) { draftSparkApplication(fundId: $f, input: $input) { id } }',
        variables: { f: ids.fundA, input: request },
      }),
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', member: 'allowed', otherMember: 'allowed' },
    },
    { operation: 'mySparkApplications', request: { query: '{ mySparkApplications(first: 5) { edges { node { id } } } }' }, expect: signedInOnly },
    {
      operation: 'sparkApplication',
      request: byId('query($i: ID!) { sparkApplication(applicationId: $i) { id nextStep } }', () => ids.submitted),
      expect: applicantAndCoordinator,
    },
    {
      operation: 'sparkApplicationTimeline',
      request: byId('query($i: ID!) { sparkApplicationTimeline(applicationId: $i) { step } }', () => ids.submitted),
      expect: applicantAndCoordinator,
    },
    {
      operation: 'sparkPaymentDetails',
      request: byId('query($i: ID!) { sparkPaymentDetails(applicationId: $i) { method reference } }', () => ids.paid),
      expect: applicantAndCoordinator,
    },
    {
      operation: 'updateSparkApplication',
      request: () => ({
        query: 'mutation($i: ID!, $input: SparkApplicationInput!) { updateSparkApplication(applicationId: $i, input: $input) { id } }',
        variables: { i: ids.forEdit, input: request },
      }),
      expect: applicantOnly,
    },
    {
      // The member sends it; after that nobody else may, and coordinators never saw the draft.
      operation: 'submitSparkApplication',
      request: byId('mutation($i: ID!) { submitSparkApplication(applicationId: $i) { id } }', () => ids.forSubmit),
      expect: applicantOnly,
    },
    {
      operation: 'approveSparkApplication',
      request: () => ({
        query: 'mutation($i: ID!, $k: String!) { approveSparkApplication(applicationId: $i, idempotencyKey: $k) { status } }',
        variables: { i: ids.forApprove, k: randomUUID() },
      }),
      expect: coordinatorOnly,
    },
    {
      operation: 'declineSparkApplication',
      request: byId(
        'mutation($i: ID!) { declineSparkApplication(applicationId: $i, reason: "Not this time, but let us talk.") { status } }',
        () => ids.forDecline,
      ),
      expect: coordinatorOnly,
    },
    {
      operation: 'askForSparkInformation',
      request: byId('mutation($i: ID!) { askForSparkInformation(applicationId: $i, question: "Which course is it?") { status } }', () => ids.forAsk),
      expect: coordinatorOnly,
    },
    {
      operation: 'recordSparkPayment',
      request: () => ({
        query:
          'mutation($i: ID!, $k: String!) { recordSparkPayment(applicationId: $i, idempotencyKey: $k, input: { method: VOUCHER, reference: "V-2" }) { status } }',
        variables: { i: ids.forPay, k: randomUUID() },
      }),
      expect: coordinatorOnly,
    },
    {
      // The member cancels first; the coordinator, next, finds it cancelled already.
      operation: 'cancelSparkApplication',
      request: () => ({
        query: 'mutation($i: ID!, $k: String!) { cancelSparkApplication(applicationId: $i, idempotencyKey: $k) { status } }',
        variables: { i: ids.forCancel, k: randomUUID() },
      }),
      expect: { ...applicantAndCoordinator, coordinator: 'CONFLICT' },
    },
    {
      operation: 'confirmSparkReceipt',
      request: byId('mutation($i: ID!) { confirmSparkReceipt(applicationId: $i) { status } }', () => ids.paid),
      expect: applicantOnly,
    },
    {
      operation: 'shareSparkFollowUp',
      request: byId('mutation($i: ID!) { shareSparkFollowUp(applicationId: $i, outcome: HELPED) { status } }', () => ids.received),
      expect: applicantOnly,
    },
    {
      // The other way round: alliance B's application is for B's coordinator alone.
      operation: 'sparkApplication (alliance B)',
      request: byId('query($i: ID!) { sparkApplication(applicationId: $i) { id } }', () => ids.inB),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', coordinatorOfAnotherAlliance: 'allowed' },
    },
    {
      operation: 'approveSparkApplication (alliance B)',
      request: () => ({
        query: 'mutation($i: ID!, $k: String!) { approveSparkApplication(applicationId: $i, idempotencyKey: $k) { status } }',
        variables: { i: ids.inB, k: randomUUID() },
      }),
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', coordinatorOfAnotherAlliance: 'allowed' },
    },
    {
      operation: 'sparkFunds (alliance B)',
      request: () => ({ query: 'query($a: ID!) { sparkFunds(allianceId: $a) { id } }', variables: { a: ids.allianceB } }),
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', coordinatorOfAnotherAlliance: 'allowed' },
    },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });

  it('says the right thing to each person refused: nobody is invited to join who could not, or already has', async () => {
    const messageOf = async (account: TestAccount, query: string, variables: Record<string, unknown>): Promise<string | undefined> =>
      (await post(app, query, variables, account.accessToken)).errors?.[0]?.message;
    const FUNDS = 'query($a: ID!) { sparkFunds(allianceId: $a) { id } }';
    const waiting = await createAccount(app);
    await as(waiting, 'mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: MEMBER) { id } }', { a: ids.allianceA });
    const outsider = await createAccount(app);

    expect(await messageOf(personas.coordinatorOfAnotherAlliance, FUNDS, { a: ids.allianceA })).toBe(
      'You coordinate another alliance; this alliance’s small sparks are for its own members and coordinators.',
    );
    expect(await messageOf(personas.supporter, FUNDS, { a: ids.allianceA })).toBe(
      'Small sparks from this alliance are for its members in recovery; you belong to it as a supporter.',
    );
    expect(await messageOf(waiting, FUNDS, { a: ids.allianceA })).toBe(
      'Your request to join this alliance is waiting for its coordinators; its small sparks open to you once you are welcomed.',
    );
    expect(await messageOf(personas.moderator, FUNDS, { a: ids.allianceA })).toBe('Small sparks from this alliance are for its members in recovery.');
    expect(await messageOf(outsider, FUNDS, { a: ids.allianceA })).toBe(
      'Small sparks from this alliance are for its members. You can ask to join the alliance first.',
    );

    // What only the alliance's coordinators may do: policy refusals and the services' own checks say the same.
    const LEDGER = 'query($f: ID!) { sparkFundLedger(fundId: $f, first: 5) { edges { cursor } } }';
    const INSIGHTS = 'query($a: ID!) { allianceInsights(allianceId: $a, months: 3) { minimumPeople } }';
    expect(await messageOf(personas.coordinatorOfAnotherAlliance, LEDGER, { f: ids.fundA })).toBe(
      'You coordinate another alliance; only this alliance’s coordinators can do this.',
    );
    expect(await messageOf(personas.member, LEDGER, { f: ids.fundA })).toBe('Only this alliance’s coordinators can do this.');
    expect(await messageOf(personas.coordinatorOfAnotherAlliance, INSIGHTS, { a: ids.allianceA })).toBe(
      'You coordinate another alliance; only this alliance’s coordinators can see its insights.',
    );
  });
});
