import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { PersonalDataRegistry, PlatformRole } from '@kindred/core';
import { callAs, codeAs, post, type TestAccount } from '@kindred/test-support/api-client';
import { insertPerson } from '@kindred/test-support/factories';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { waitFor } from '@kindred/test-support/polling';
import { startTestApi } from '@kindred/test-support/test-api';
import { startTestWorker } from '@kindred/test-support/test-worker';

const APPLICATION_FIELDS = 'id status amount currency approvalsRequired approvalsGiven nextStep infoRequest declineReason followUpOutcome applicantDisplayName';
const OPEN_FUND = `mutation($a: ID!, $input: OpenSparkFundInput!) { openSparkFund(allianceId: $a, input: $input) { id currency acceptingApplications } }`;
const DRAFT = `mutation($f: ID!, $input: SparkApplicationInput!) { draftSparkApplication(fundId: $f, input: $input) { ${APPLICATION_FIELDS} } }`;
const UPDATE = `mutation($i: ID!, $input: SparkApplicationInput!) { updateSparkApplication(applicationId: $i, input: $input) { ${APPLICATION_FIELDS} } }`;
const SUBMIT = `mutation($i: ID!) { submitSparkApplication(applicationId: $i) { ${APPLICATION_FIELDS} } }`;
const APPROVE = `mutation($i: ID!, $k: String!) { approveSparkApplication(applicationId: $i, idempotencyKey: $k) { ${APPLICATION_FIELDS} } }`;
const DECLINE = `mutation($i: ID!, $r: String!) { declineSparkApplication(applicationId: $i, reason: $r) { ${APPLICATION_FIELDS} } }`;
const ASK = `mutation($i: ID!, $q: String!) { askForSparkInformation(applicationId: $i, question: $q) { ${APPLICATION_FIELDS} } }`;
const PAY = `mutation($i: ID!, $k: String!, $input: RecordSparkPaymentInput!) { recordSparkPayment(applicationId: $i, input: $input, idempotencyKey: $k) { ${APPLICATION_FIELDS} } }`;
const CONFIRM = `mutation($i: ID!) { confirmSparkReceipt(applicationId: $i) { ${APPLICATION_FIELDS} } }`;
const FOLLOW_UP = `mutation($i: ID!, $n: String) { shareSparkFollowUp(applicationId: $i, outcome: HELPED, note: $n) { ${APPLICATION_FIELDS} } }`;
const CANCEL = `mutation($i: ID!, $k: String!) { cancelSparkApplication(applicationId: $i, idempotencyKey: $k) { ${APPLICATION_FIELDS} } }`;
const FUNDS = `query($a: ID!) { sparkFunds(allianceId: $a) { id balance { budget reserved disbursed available } } }`;

interface Application {
  id: string;
  status: string;
  amount: number;
  approvalsRequired: number;
  approvalsGiven: number;
  nextStep: string | null;
  infoRequest: string | null;
  declineReason: string | null;
  followUpOutcome: string | null;
  applicantDisplayName: string;
}
interface Balance {
  budget: number;
  reserved: number;
  disbursed: number;
  available: number;
}

const key = (): string => `key-${randomUUID()}`;
const request = (amount: number, overrides: Record<string, unknown> = {}) => ({
  amount,
  category: 'TRANSPORT',
  nextStep: 'A monthly bus pass to get to my welding course.',
  neededBy: '2099-01-31',
  ...overrides,
});
const fundInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Next steps 2025',
  currency: 'EUR',
  budget: 100_000,
  periodStart: '2020-01-01',
  periodEnd: '2099-12-31',
  perGrantCap: 20_000,
  perPersonCap: 40_000,
  dualApprovalThreshold: 10_000,
  ...overrides,
});

/** Small sparks through the API, with the worker's real processors on the same database. */
describe('small sparks', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let admin: TestAccount;
  let coordinator: TestAccount;
  let second: TestAccount;
  let third: TestAccount;
  let allianceId = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const member = async (alliance = allianceId): Promise<TestAccount> => {
    const person = await insertPerson(app);
    await joinAlliance(app, person, coordinator, alliance);
    return person;
  };
  const openFund = async (overrides: Record<string, unknown> = {}): Promise<string> =>
    (await call<{ openSparkFund: { id: string } }>(coordinator, OPEN_FUND, { a: allianceId, input: fundInput(overrides) })).openSparkFund.id;
  const draft = async (person: TestAccount, fundId: string, amount: number, overrides: Record<string, unknown> = {}): Promise<Application> =>
    (await call<{ draftSparkApplication: Application }>(person, DRAFT, { f: fundId, input: request(amount, overrides) })).draftSparkApplication;
  const submitted = async (person: TestAccount, fundId: string, amount: number, overrides: Record<string, unknown> = {}): Promise<Application> => {
    const { id } = await draft(person, fundId, amount, overrides);
    return (await call<{ submitSparkApplication: Application }>(person, SUBMIT, { i: id })).submitSparkApplication;
  };
  const approve = async (account: TestAccount, id: string, idempotencyKey = key()): Promise<Application> =>
    (await call<{ approveSparkApplication: Application }>(account, APPROVE, { i: id, k: idempotencyKey })).approveSparkApplication;
  const balanceOf = async (fundId: string): Promise<Balance> =>
    (await call<{ sparkFunds: { id: string; balance: Balance }[] }>(coordinator, FUNDS, { a: allianceId })).sparkFunds.find((fund) => fund.id === fundId)!
      .balance;
  const ledgerRows = async (fundId: string): Promise<{ kind: string; application_id: string | null; amount: number }[]> =>
    dataSource.query(`SELECT kind, application_id, amount FROM spark_ledger WHERE fund_id = $1 ORDER BY id`, [fundId]);
  const notices = async (account: TestAccount): Promise<{ kind: string; subjectId: string | null }[]> =>
    (
      await call<{ myNotifications: { edges: { node: { kind: string; subjectId: string | null } }[] } }>(
        account,
        '{ myNotifications(first: 30) { edges { node { kind subjectId } } } }',
      )
    ).myNotifications.edges.map((edge) => edge.node);
  const noticeAbout = (account: TestAccount, kind: string, subjectId: string) =>
    waitFor(
      () => notices(account),
      (found) => found.some((notice) => notice.kind === kind && notice.subjectId === subjectId),
      `${kind} about ${subjectId}`,
    );
  const timelineOf = async (account: TestAccount, id: string): Promise<string[]> =>
    (
      await call<{ sparkApplicationTimeline: { step: string }[] }>(account, 'query($i: ID!) { sparkApplicationTimeline(applicationId: $i) { step } }', {
        i: id,
      })
    ).sparkApplicationTimeline.map((entry) => entry.step);

  beforeAll(async () => {
    let env;
    ({ app, stop, env } = await startTestApi('sparks'));
    worker = await startTestWorker(env);
    dataSource = app.get(DataSource);
    admin = await insertPerson(app, [PlatformRole.ADMIN]);
    [coordinator, second, third] = await Promise.all([insertPerson(app), insertPerson(app), insertPerson(app)]);
    allianceId = await allianceRunBy(app, admin, coordinator, 'Sparks Porto');
    for (const person of [second, third]) {
      await call(admin, 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }', { a: allianceId, u: person.userId });
    }
  });

  afterAll(async () => {
    await worker.close();
    await stop();
  });

  it('walks an application from draft to receipt, with its timeline, notices and payment details', async () => {
    const fundId = await openFund();
    const ana = await member();
    const drafted = await draft(ana, fundId, 4_500);
    expect(drafted).toMatchObject({ status: 'DRAFT', amount: 4_500, approvalsRequired: 1, nextStep: 'A monthly bus pass to get to my welding course.' });
    // A draft is the member's own.
    expect(await codeOf(coordinator, 'query($i: ID!) { sparkApplication(applicationId: $i) { id } }', { i: drafted.id })).toBe('NOT_FOUND');
    await call(ana, UPDATE, { i: drafted.id, input: request(5_000, { category: 'WORK_CLOTHING', nextStep: 'A suit for my interview on Monday.' }) });
    const sent = (await call<{ submitSparkApplication: Application }>(ana, SUBMIT, { i: drafted.id })).submitSparkApplication;
    expect(sent).toMatchObject({ status: 'SUBMITTED', amount: 5_000 });
    await noticeAbout(coordinator, 'GRANT_REVIEW', sent.id);

    expect(await codeOf(ana, UPDATE, { i: sent.id, input: request(5_000) })).toBe('CONFLICT');
    const asked = (await call<{ askForSparkInformation: Application }>(second, ASK, { i: sent.id, q: 'Which shop is the suit from?' })).askForSparkInformation;
    expect(asked).toMatchObject({ status: 'MORE_INFO_REQUESTED', infoRequest: 'Which shop is the suit from?' });
    await noticeAbout(ana, 'GRANT_UPDATE', sent.id);
    await call(ana, UPDATE, { i: sent.id, input: request(5_500, { category: 'WORK_CLOTHING', nextStep: 'A suit from the charity shop on Rua Nova.' }) });
    expect((await call<{ submitSparkApplication: Application }>(ana, SUBMIT, { i: sent.id })).submitSparkApplication.status).toBe('SUBMITTED');

    const approved = await approve(coordinator, sent.id);
    expect(approved).toMatchObject({ status: 'APPROVED', approvalsGiven: 1 });
    await noticeAbout(ana, 'GRANT_DECISION', sent.id);
    expect(await balanceOf(fundId)).toEqual({ budget: 100_000, reserved: 5_500, disbursed: 0, available: 94_500 });

    // The approver may not also record the payment (this fund separates the two).
    expect(await codeOf(coordinator, PAY, { i: sent.id, k: key(), input: { method: 'SUPPLIER_DIRECT', reference: 'INV-2291' } })).toBe('FORBIDDEN');
    const paid = (
      await call<{ recordSparkPayment: Application }>(third, PAY, { i: sent.id, k: key(), input: { method: 'SUPPLIER_DIRECT', reference: 'INV-2291' } })
    ).recordSparkPayment;
    expect(paid.status).toBe('DISBURSED');
    expect(await balanceOf(fundId)).toEqual({ budget: 100_000, reserved: 0, disbursed: 5_500, available: 94_500 });

    const PAYMENT = 'query($i: ID!) { sparkPaymentDetails(applicationId: $i) { method reference recordedByMe } }';
    expect(await call(ana, PAYMENT, { i: sent.id })).toEqual({
      sparkPaymentDetails: { method: 'SUPPLIER_DIRECT', reference: 'INV-2291', recordedByMe: false },
    });
    const other = await member();
    expect(await codeOf(other, PAYMENT, { i: sent.id })).toBe('NOT_FOUND');
    expect(await codeOf(second, PAYMENT, { i: sent.id })).toBe('FORBIDDEN');
    expect(await call(third, PAYMENT, { i: sent.id })).toMatchObject({ sparkPaymentDetails: { recordedByMe: true } });
    await call(coordinator, PAYMENT, { i: sent.id });
    const [{ reads }]: { reads: string }[] = await dataSource.query(
      `SELECT count(*) AS reads FROM audit_events WHERE action = 'privacy.sensitive_record_accessed' AND actor_id = $1 AND subject_id = $2 AND details->>'record' = 'spark_payment_details'`,
      [coordinator.userId, ana.userId],
    );
    expect(Number(reads)).toBe(1);

    expect(await codeOf(ana, FOLLOW_UP, { i: sent.id })).toBe('CONFLICT');
    expect((await call<{ confirmSparkReceipt: Application }>(ana, CONFIRM, { i: sent.id })).confirmSparkReceipt.status).toBe('RECEIVED');
    expect(await codeOf(ana, CONFIRM, { i: sent.id })).toBe('CONFLICT');
    expect((await call<{ shareSparkFollowUp: Application }>(ana, FOLLOW_UP, { i: sent.id, n: 'I got the job.' })).shareSparkFollowUp.followUpOutcome).toBe(
      'HELPED',
    );
    expect(await codeOf(ana, CANCEL, { i: sent.id, k: key() })).toBe('CONFLICT');

    expect(await timelineOf(ana, sent.id)).toEqual([
      'CREATED',
      'SUBMITTED',
      'MORE_INFO_REQUESTED',
      'RESUBMITTED',
      'APPROVED',
      'DISBURSED',
      'RECEIPT_CONFIRMED',
      'FOLLOW_UP_SHARED',
    ]);
    const detailed = await call<{ sparkApplicationTimeline: { step: string; actorDisplayName: string | null; byMe: boolean }[] }>(
      coordinator,
      'query($i: ID!) { sparkApplicationTimeline(applicationId: $i) { step actorDisplayName byMe } }',
      { i: sent.id },
    );
    expect(detailed.sparkApplicationTimeline.find((entry) => entry.step === 'APPROVED')).toMatchObject({
      byMe: true,
      actorDisplayName: expect.stringMatching(/^Person /),
    });
    await noticeAbout(coordinator, 'GRANT_UPDATE', sent.id);
  });

  it('needs two distinct approvals at or above the threshold, and separates payment from approval when the fund asks', async () => {
    const fundId = await openFund({ dualApprovalThreshold: 10_000 });
    const bea = await member();
    const big = await submitted(bea, fundId, 12_000);
    expect(big.approvalsRequired).toBe(2);

    const first = await approve(coordinator, big.id);
    expect(first).toMatchObject({ status: 'SUBMITTED', approvalsGiven: 1 });
    expect(await balanceOf(fundId)).toMatchObject({ reserved: 0, available: 100_000 });
    await noticeAbout(second, 'GRANT_REVIEW', big.id);
    expect(await codeOf(coordinator, APPROVE, { i: big.id, k: key() })).toBe('CONFLICT');
    expect(await approve(second, big.id)).toMatchObject({ status: 'APPROVED', approvalsGiven: 2 });
    expect(await balanceOf(fundId)).toMatchObject({ reserved: 12_000, available: 88_000 });
    expect(await timelineOf(bea, big.id)).toEqual(['CREATED', 'SUBMITTED', 'APPROVAL_RECORDED', 'APPROVED']);

    for (const approver of [coordinator, second]) {
      expect(await codeOf(approver, PAY, { i: big.id, k: key(), input: { method: 'VOUCHER', reference: 'V-1' } })).toBe('FORBIDDEN');
    }
    expect(
      (await call<{ recordSparkPayment: Application }>(third, PAY, { i: big.id, k: key(), input: { method: 'VOUCHER', reference: 'V-1' } })).recordSparkPayment
        .status,
    ).toBe('DISBURSED');

    const small = await submitted(bea, fundId, 9_999);
    expect(small.approvalsRequired).toBe(1);
    expect((await approve(coordinator, small.id)).status).toBe('APPROVED');

    // Asking for more information clears earlier approvals: what is approved is what was asked for in the end.
    const changed = await submitted(bea, fundId, 15_000);
    await approve(coordinator, changed.id);
    await call(second, ASK, { i: changed.id, q: 'Could you tell us the course dates?' });
    await call(bea, UPDATE, { i: changed.id, input: request(15_000, { nextStep: 'The course runs from March to June.' }) });
    expect((await call<{ submitSparkApplication: Application }>(bea, SUBMIT, { i: changed.id })).submitSparkApplication.approvalsGiven).toBe(0);
  });

  it('lets the approver record the payment when the fund does not separate them', async () => {
    const fundId = await openFund({ separatePaymentFromApproval: false, dualApprovalThreshold: null });
    const cai = await member();
    const application = await submitted(cai, fundId, 3_000);
    await approve(coordinator, application.id);
    expect(
      (
        await call<{ recordSparkPayment: Application }>(coordinator, PAY, {
          i: application.id,
          k: key(),
          input: { method: 'BANK_TRANSFER', reference: 'TR 88' },
        })
      ).recordSparkPayment.status,
    ).toBe('DISBURSED');
  });

  it('refuses what the fund’s rules do not allow, each with a clear code', async () => {
    const fundId = await openFund({ perGrantCap: 5_000, perPersonCap: 8_000, dualApprovalThreshold: null });
    const dev = await member();
    const outsider = await insertPerson(app);
    const refusal = async (account: TestAccount, query: string, variables: Record<string, unknown>) =>
      (await post(app, query, variables, account.accessToken)).errors?.[0];

    expect(await refusal(dev, DRAFT, { f: fundId, input: request(0) })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'amount' } });
    expect(await refusal(dev, DRAFT, { f: fundId, input: request(5_001) })).toMatchObject({
      message: 'A grant from this fund can be up to €50.00. Please ask for that much or less.',
      extensions: { code: 'BAD_USER_INPUT', field: 'amount' },
    });
    expect(await refusal(dev, DRAFT, { f: fundId, input: request(100, { neededBy: '2001-01-01' }) })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'neededBy' },
    });
    expect(await refusal(dev, DRAFT, { f: fundId, input: request(100, { recoveryGoalId: 'not-a-goal' }) })).toMatchObject({
      extensions: { field: 'recoveryGoalId' },
    });
    expect(await codeOf(outsider, DRAFT, { f: fundId, input: request(100) })).toBe('FORBIDDEN');
    expect(await codeOf(dev, DRAFT, { f: randomUUID(), input: request(100) })).toBe('NOT_FOUND');

    const GOAL = 'mutation($input: RecoveryGoalInput!) { createRecoveryGoal(input: $input) { id } }';
    const goalInput = { input: { domain: 'EMPLOYMENT_AND_LEGAL', title: 'Find work as a chef' } };
    const { createRecoveryGoal: goal } = await call<{ createRecoveryGoal: { id: string } }>(dev, GOAL, goalInput);
    const { createRecoveryGoal: othersGoal } = await call<{ createRecoveryGoal: { id: string } }>(outsider, GOAL, goalInput);
    expect(await refusal(dev, DRAFT, { f: fundId, input: request(100, { recoveryGoalId: othersGoal.id }) })).toMatchObject({
      extensions: { field: 'recoveryGoalId' },
    });
    expect(await refusal(dev, DRAFT, { f: fundId, input: request(100, { recoveryGoalId: randomUUID() }) })).toMatchObject({
      extensions: { field: 'recoveryGoalId' },
    });
    const linked = await draft(dev, fundId, 100, { recoveryGoalId: goal.id });
    const GOAL_OF = 'query($i: ID!) { sparkApplication(applicationId: $i) { recoveryGoalId recoveryGoal { domain title status } } }';
    expect(await call(dev, GOAL_OF, { i: linked.id })).toEqual({
      sparkApplication: { recoveryGoalId: goal.id, recoveryGoal: { domain: 'EMPLOYMENT_AND_LEGAL', title: 'Find work as a chef', status: 'ACTIVE' } },
    });
    await call(dev, SUBMIT, { i: linked.id });
    expect(await call(coordinator, GOAL_OF, { i: linked.id })).toEqual({
      sparkApplication: { recoveryGoalId: goal.id, recoveryGoal: { domain: 'EMPLOYMENT_AND_LEGAL', title: null, status: 'ACTIVE' } },
    });
    await call(dev, CANCEL, { i: linked.id, k: key() });

    const granted = await submitted(dev, fundId, 5_000);
    await approve(coordinator, granted.id);
    const over = await draft(dev, fundId, 4_000);
    expect(await refusal(dev, SUBMIT, { i: over.id })).toMatchObject({
      message: 'This fund can give one person up to €80.00 in 12 months; €30.00 of that is left for this grant.',
      extensions: { code: 'PERSON_CAP_REACHED' },
    });
    await call(dev, UPDATE, { i: over.id, input: request(3_000) });
    const within = (await call<{ submitSparkApplication: Application }>(dev, SUBMIT, { i: over.id })).submitSparkApplication;
    expect(await codeOf(dev, SUBMIT, { i: within.id })).toBe('CONFLICT');

    // The per-person cap holds at approval too: two sent applications cannot both fit.
    const another = await submitted(dev, fundId, 3_000);
    await approve(coordinator, within.id);
    expect(await codeOf(coordinator, APPROVE, { i: another.id, k: key() })).toBe('PERSON_CAP_REACHED');

    // A coordinator who is also a member may apply, but never reviews their own application.
    const both = await member();
    await call(admin, 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }', { a: allianceId, u: both.userId });
    const own = await submitted(both, fundId, 1_000);
    expect(await refusal(both, APPROVE, { i: own.id, k: key() })).toMatchObject({
      extensions: { code: 'OWN_CASE' },
      message: 'You can’t review your own application; another coordinator will.',
    });
    expect(await codeOf(both, DECLINE, { i: own.id, r: 'No.' })).toBe('OWN_CASE');
    expect(await codeOf(both, ASK, { i: own.id, q: 'Why?' })).toBe('OWN_CASE');
    await approve(coordinator, own.id);
    expect(await codeOf(both, PAY, { i: own.id, k: key(), input: { method: 'VOUCHER', reference: 'V-2' } })).toBe('OWN_CASE');

    // A closed fund takes no drafts and no approvals; what was approved can still be paid.
    const waiting = await submitted(await member(), fundId, 500, { category: 'PHONE_OR_DATA' });
    await call(coordinator, 'mutation($f: ID!) { closeSparkFund(fundId: $f) { status } }', { f: fundId });
    expect(await codeOf(coordinator, 'mutation($f: ID!) { closeSparkFund(fundId: $f) { status } }', { f: fundId })).toBe('CONFLICT');
    expect(await codeOf(dev, DRAFT, { f: fundId, input: request(100) })).toBe('FUND_CLOSED');
    expect(await codeOf(coordinator, APPROVE, { i: waiting.id, k: key() })).toBe('FUND_CLOSED');
    expect(
      await codeOf(coordinator, 'mutation($f: ID!, $k: String!) { addSparkFundBudget(fundId: $f, amount: 100, idempotencyKey: $k) { id } }', {
        f: fundId,
        k: key(),
      }),
    ).toBe('CONFLICT');
    expect(
      (await call<{ recordSparkPayment: Application }>(third, PAY, { i: granted.id, k: key(), input: { method: 'VOUCHER', reference: 'V-9' } }))
        .recordSparkPayment.status,
    ).toBe('DISBURSED');

    // A fund outside its period is not open either.
    const later = await openFund({ periodStart: '2098-01-01', periodEnd: '2098-12-31' });
    expect(await codeOf(dev, DRAFT, { f: later, input: request(100) })).toBe('FUND_CLOSED');
  });

  it('declines kindly, and a decision is final', async () => {
    const fundId = await openFund();
    const eli = await member();
    const application = await submitted(eli, fundId, 2_000);
    expect(await codeOf(coordinator, DECLINE, { i: application.id, r: '   ' })).toBe('BAD_USER_INPUT');
    const declined = (
      await call<{ declineSparkApplication: Application }>(coordinator, DECLINE, {
        i: application.id,
        r: 'This fund is for next steps in work; let us talk about the housing fund.',
      })
    ).declineSparkApplication;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'This fund is for next steps in work; let us talk about the housing fund.' });
    await noticeAbout(eli, 'GRANT_DECISION', application.id);
    expect(await codeOf(second, APPROVE, { i: application.id, k: key() })).toBe('CONFLICT');
    expect(await codeOf(second, ASK, { i: application.id, q: 'More?' })).toBe('CONFLICT');
    expect(await codeOf(eli, CANCEL, { i: application.id, k: key() })).toBe('CONFLICT');
    expect(await codeOf(eli, SUBMIT, { i: application.id })).toBe('CONFLICT');
    expect((await ledgerRows(fundId)).filter((row) => row.application_id === application.id)).toEqual([]);
  });

  it('approves only for someone still in the alliance', async () => {
    const fundId = await openFund();
    const gus = await member();
    const application = await submitted(gus, fundId, 1_500);
    await call(gus, 'mutation($a: ID!) { leaveAlliance(allianceId: $a) { status } }', { a: allianceId });
    expect(await codeOf(coordinator, APPROVE, { i: application.id, k: key() })).toBe('CONFLICT');
    expect(await codeOf(gus, DRAFT, { f: fundId, input: request(100) })).toBe('FORBIDDEN');
    expect((await call<{ cancelSparkApplication: Application }>(coordinator, CANCEL, { i: application.id, k: key() })).cancelSparkApplication.status).toBe(
      'CANCELLED',
    );
  });

  it('cancels: the member their own, a coordinator a sent one; an approved grant gives its money back once', async () => {
    const fundId = await openFund();
    const fay = await member();
    const ownDraft = await draft(fay, fundId, 1_000);
    expect(await codeOf(coordinator, CANCEL, { i: ownDraft.id, k: key() })).toBe('NOT_FOUND');
    expect((await call<{ cancelSparkApplication: Application }>(fay, CANCEL, { i: ownDraft.id, k: key() })).cancelSparkApplication.status).toBe('CANCELLED');
    expect(await codeOf(fay, UPDATE, { i: ownDraft.id, input: request(1_000) })).toBe('CONFLICT');

    const sent = await submitted(fay, fundId, 2_000);
    expect((await call<{ cancelSparkApplication: Application }>(fay, CANCEL, { i: sent.id, k: key() })).cancelSparkApplication.status).toBe('CANCELLED');

    const approved = await submitted(fay, fundId, 3_000);
    await approve(coordinator, approved.id);
    expect(await balanceOf(fundId)).toMatchObject({ reserved: 3_000, available: 97_000 });
    const cancelKey = key();
    const [one, two] = await Promise.all([
      call<{ cancelSparkApplication: Application }>(second, CANCEL, { i: approved.id, k: cancelKey }),
      call<{ cancelSparkApplication: Application }>(second, CANCEL, { i: approved.id, k: cancelKey }),
    ]);
    expect([one.cancelSparkApplication.status, two.cancelSparkApplication.status]).toEqual(['CANCELLED', 'CANCELLED']);
    expect((await call<{ cancelSparkApplication: Application }>(second, CANCEL, { i: approved.id, k: cancelKey })).cancelSparkApplication.status).toBe(
      'CANCELLED',
    );
    expect((await ledgerRows(fundId)).filter((row) => row.application_id === approved.id).map((row) => row.kind)).toEqual(['RESERVED', 'RELEASED']);
    expect(await balanceOf(fundId)).toEqual({ budget: 100_000, reserved: 0, disbursed: 0, available: 100_000 });
    await noticeAbout(fay, 'GRANT_UPDATE', approved.id);
    expect(await timelineOf(fay, approved.id)).toEqual(['CREATED', 'SUBMITTED', 'APPROVED', 'CANCELLED']);
    // Another application cannot borrow a used key.
    const other = await submitted(fay, fundId, 100);
    expect(await codeOf(second, CANCEL, { i: other.id, k: cancelKey })).toBe('BAD_USER_INPUT');
  });

  it('settles 50 approvals racing for a fund that covers exactly 10: ten succeed, the rest meet INSUFFICIENT_FUNDS, nothing is overdrawn', async () => {
    const fundId = await openFund({ budget: 10_000, perGrantCap: 1_000, perPersonCap: 1_000_000, dualApprovalThreshold: null });
    const applicants = await Promise.all(Array.from({ length: 5 }, () => member()));
    const applications = (
      await Promise.all(
        applicants.map(async (person) => {
          const theirs: Application[] = [];
          for (let n = 0; n < 10; n++) theirs.push(await submitted(person, fundId, 1_000));
          return theirs;
        }),
      )
    ).flat();
    expect(applications).toHaveLength(50);

    const results = await Promise.all(
      applications.map((application) => post<{ approveSparkApplication: Application }>(app, APPROVE, { i: application.id, k: key() }, coordinator.accessToken)),
    );
    const approved = results.filter((result) => result.data?.approveSparkApplication.status === 'APPROVED');
    const refused = results.filter((result) => result.errors?.[0]?.extensions?.['code'] === 'INSUFFICIENT_FUNDS');
    expect(approved).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(refused[0]!.errors![0]!.message).toBe("This fund has €0.00 left, which isn't enough for this grant of €10.00 right now.");

    expect(await balanceOf(fundId)).toEqual({ budget: 10_000, reserved: 10_000, disbursed: 0, available: 0 });
    const rows = await ledgerRows(fundId);
    const total = (kind: string) => rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.amount, 0);
    expect(total('BUDGET_ADDED') - total('RESERVED') + total('RELEASED')).toBe(0);
    const reservedFor = rows.filter((row) => row.kind === 'RESERVED').map((row) => row.application_id);
    expect(new Set(reservedFor).size).toBe(10);
    const [{ approvedIds }]: { approvedIds: string[] }[] = await dataSource.query(
      `SELECT array_agg(id) AS "approvedIds" FROM spark_applications WHERE fund_id = $1 AND status = 'APPROVED'`,
      [fundId],
    );
    expect([...approvedIds].sort()).toEqual([...reservedFor].sort());
  });

  it('reserves once for a retried approval, whether the retries come one after another or all at once', async () => {
    const fundId = await openFund({ dualApprovalThreshold: null });
    const gil = await member();
    const sequential = await submitted(gil, fundId, 1_000);
    const sequentialKey = key();
    for (let attempt = 0; attempt < 3; attempt++) expect((await approve(coordinator, sequential.id, sequentialKey)).status).toBe('APPROVED');

    const concurrent = await submitted(gil, fundId, 2_000);
    const concurrentKey = key();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        post<{ approveSparkApplication: Application }>(app, APPROVE, { i: concurrent.id, k: concurrentKey }, coordinator.accessToken),
      ),
    );
    expect(results.map((result) => result.data?.approveSparkApplication.status)).toEqual(Array(6).fill('APPROVED'));

    const reserved = (await ledgerRows(fundId)).filter((row) => row.kind === 'RESERVED');
    expect(reserved.map((row) => [row.application_id, row.amount])).toEqual(
      expect.arrayContaining([
        [sequential.id, 1_000],
        [concurrent.id, 2_000],
      ]),
    );
    expect(reserved).toHaveLength(2);
    expect(await timelineOf(gil, concurrent.id)).toEqual(['CREATED', 'SUBMITTED', 'APPROVED']);

    // A retried payment pays once; a retried top-up adds once.
    const payKey = key();
    for (let attempt = 0; attempt < 2; attempt++) {
      await call(third, PAY, { i: sequential.id, k: payKey, input: { method: 'VOUCHER', reference: 'V-77' } });
    }
    const topUpKey = key();
    for (let attempt = 0; attempt < 2; attempt++) {
      await call(coordinator, 'mutation($f: ID!, $k: String!) { addSparkFundBudget(fundId: $f, amount: 5000, idempotencyKey: $k) { id } }', {
        f: fundId,
        k: topUpKey,
      });
    }
    const rows = await ledgerRows(fundId);
    expect(rows.filter((row) => row.kind === 'DISBURSED')).toHaveLength(1);
    expect(rows.filter((row) => row.kind === 'BUDGET_ADDED').map((row) => row.amount)).toEqual([100_000, 5_000]);
    expect(await balanceOf(fundId)).toEqual({ budget: 105_000, reserved: 2_000, disbursed: 1_000, available: 102_000 });

    // The coordinators' ledger, newest first, page by page; and their queue, by state.
    const LEDGER =
      'query($f: ID!, $after: String) { sparkFundLedger(fundId: $f, first: 3, after: $after) { edges { node { kind amount currency } } pageInfo { hasNextPage endCursor } } }';
    type LedgerPage = {
      sparkFundLedger: { edges: { node: { kind: string; amount: number; currency: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const page1 = (await call<LedgerPage>(coordinator, LEDGER, { f: fundId })).sparkFundLedger;
    const page2 = (await call<LedgerPage>(coordinator, LEDGER, { f: fundId, after: page1.pageInfo.endCursor })).sparkFundLedger;
    expect([...page1.edges, ...page2.edges].map((edge) => `${edge.node.kind} ${edge.node.amount} ${edge.node.currency}`)).toEqual([
      'BUDGET_ADDED 5000 EUR',
      'DISBURSED 1000 EUR',
      'RESERVED 2000 EUR',
      'RESERVED 1000 EUR',
      'BUDGET_ADDED 100000 EUR',
    ]);
    expect([page1.pageInfo.hasNextPage, page2.pageInfo.hasNextPage]).toEqual([true, false]);
    const queue = await call<{ sparkApplications: { edges: { node: { id: string; status: string } }[] } }>(
      coordinator,
      'query($a: ID!) { sparkApplications(allianceId: $a, status: DISBURSED, first: 30) { edges { node { id status } } } }',
      { a: allianceId },
    );
    expect(queue.sparkApplications.edges.map((edge) => edge.node.id)).toContain(sequential.id);
    expect(queue.sparkApplications.edges.every((edge) => edge.node.status === 'DISBURSED')).toBe(true);
  });

  it('reports per alliance and period, by category, as figures and CSV that name no one', async () => {
    const reporting = await allianceRunBy(app, admin, third, 'Sparks Braga');
    const hana = await insertPerson(app);
    await joinAlliance(app, hana, third, reporting);
    const { openSparkFund } = await call<{ openSparkFund: { id: string } }>(third, OPEN_FUND, {
      a: reporting,
      input: fundInput({ budget: 50_000, dualApprovalThreshold: null }),
    });
    const one = await submitted(hana, openSparkFund.id, 2_000);
    const two = await submitted(hana, openSparkFund.id, 3_000, { category: 'TRAINING_FEES' });
    await submitted(hana, openSparkFund.id, 1_000);
    await approve(third, one.id);
    await call(third, DECLINE, { i: two.id, r: 'The course is already paid for by the job centre.' });
    const today = new Date().toISOString().slice(0, 10);

    const { sparkReport } = await call<{
      sparkReport: { currency: string; amountLeft: number; totals: Record<string, unknown>; byCategory: { category: string; applications: number }[] }[];
    }>(
      third,
      'query($a: ID!, $from: String!, $to: String!) { sparkReport(allianceId: $a, from: $from, to: $to) { currency amountLeft totals { applications approved declined approvedAmount approvalRate medianDaysToDecision } byCategory { category applications } } }',
      { a: reporting, from: today, to: today },
    );
    expect(sparkReport).toHaveLength(1);
    expect(sparkReport[0]).toMatchObject({
      currency: 'EUR',
      amountLeft: 48_000,
      totals: { applications: 3, approved: 1, declined: 1, approvedAmount: 2_000, approvalRate: 0.5, medianDaysToDecision: 0 },
    });
    expect(sparkReport[0]!.byCategory.find((line) => line.category === 'TRAINING_FEES')).toEqual({ category: 'TRAINING_FEES', applications: 1 });

    const { sparkReportCsv } = await call<{ sparkReportCsv: string }>(
      third,
      'query($a: ID!, $from: String!, $to: String!) { sparkReportCsv(allianceId: $a, from: $from, to: $to) }',
      {
        a: reporting,
        from: today,
        to: today,
      },
    );
    expect(sparkReportCsv).toContain('EUR,ALL,3,1,1,0,20.00,0.00,0.5,0,480.00,0,0,0,0');
    const { displayName } = (await dataSource.query(`SELECT display_name AS "displayName" FROM users WHERE id = $1`, [hana.userId]))[0] as {
      displayName: string;
    };
    for (const identity of [hana.userId, displayName, 'job centre']) expect(sparkReportCsv).not.toContain(identity);

    const earlier = await call<{ sparkReport: unknown[] }>(
      third,
      'query($a: ID!) { sparkReport(allianceId: $a, from: "2020-01-01", to: "2020-12-31") { totals { applications } } }',
      { a: reporting },
    );
    expect(earlier.sparkReport).toEqual([{ totals: { applications: 0 } }]);
    expect(await codeOf(third, 'query($a: ID!) { sparkReport(allianceId: $a, from: "2025-02-01", to: "2025-01-01") { currency } }', { a: reporting })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('exports a member’s applications, and erasure keeps the amounts but loses the identity', async () => {
    const fundId = await openFund({ dualApprovalThreshold: null });
    const ivy = await member();
    const paid = await submitted(ivy, fundId, 4_000);
    await approve(coordinator, paid.id);
    await call(third, PAY, { i: paid.id, k: key(), input: { method: 'BANK_TRANSFER', reference: 'PT50 0000 1234' } });
    const reserved = await submitted(ivy, fundId, 2_500);
    await approve(coordinator, reserved.id);
    await draft(ivy, fundId, 700);

    const registry = worker.get(PersonalDataRegistry);
    const exported = await dataSource.transaction((manager) => registry.exportAll(manager, ivy.userId));
    expect(exported['sparks']).toMatchObject({
      applications: expect.arrayContaining([
        expect.objectContaining({
          amount: 4_000,
          paymentReference: 'PT50 0000 1234',
          nextStep: 'A monthly bus pass to get to my welding course.',
          status: 'DISBURSED',
        }),
      ]),
    });
    const coordinatorExport = await dataSource.transaction((manager) => registry.exportAll(manager, coordinator.userId));
    expect((coordinatorExport['sparks'] as { asCoordinator: { approvalsGiven: unknown[] } }).asCoordinator.approvalsGiven.length).toBeGreaterThan(0);

    await dataSource.transaction((manager) => registry.eraseAll(manager, ivy.userId));
    await dataSource.transaction((manager) => registry.eraseAll(manager, ivy.userId));
    const rows: { id: string; applicant_id: string | null; next_step: string | null; payment_reference: string | null; amount: number; status: string }[] =
      await dataSource.query(`SELECT id, applicant_id, next_step, payment_reference, amount, status FROM spark_applications WHERE id = ANY($1)`, [
        [paid.id, reserved.id],
      ]);
    expect(rows.every((row) => row.applicant_id === null && row.next_step === null && row.payment_reference === null)).toBe(true);
    expect(Object.fromEntries(rows.map((row) => [row.id, [row.amount, row.status]]))).toEqual({
      [paid.id]: [4_000, 'DISBURSED'],
      [reserved.id]: [2_500, 'CANCELLED'],
    });
    // The reservation went back to the fund; every ledger row keeps its amount.
    expect(await balanceOf(fundId)).toEqual({ budget: 100_000, reserved: 0, disbursed: 4_000, available: 96_000 });
    expect((await ledgerRows(fundId)).map((row) => [row.kind, row.amount])).toEqual([
      ['BUDGET_ADDED', 100_000],
      ['RESERVED', 4_000],
      ['DISBURSED', 4_000],
      ['RESERVED', 2_500],
      ['RELEASED', 2_500],
    ]);
    const [{ left }]: { left: string }[] = await dataSource.query(
      `SELECT count(*) AS left FROM spark_application_events e JOIN spark_applications a ON a.id = e.application_id WHERE a.fund_id = $1 AND e.actor_id = $2`,
      [fundId, ivy.userId],
    );
    expect(Number(left)).toBe(0);

    // A coordinator's erasure forgets who recorded each movement, never the amounts.
    await dataSource.transaction((manager) => registry.eraseAll(manager, third.userId));
    const [{ actors }]: { actors: string }[] = await dataSource.query(`SELECT count(*) AS actors FROM spark_ledger WHERE actor_id = $1`, [third.userId]);
    expect(Number(actors)).toBe(0);
    expect(
      await call(coordinator, 'query($i: ID!) { sparkApplication(applicationId: $i) { applicantId applicantDisplayName nextStep amount } }', { i: paid.id }),
    ).toEqual({
      sparkApplication: { applicantId: null, applicantDisplayName: 'Deleted person', nextStep: null, amount: 4_000 },
    });
  });
});
