import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { testRunId } from '@kindred/core/testing';
import { allianceWithMembers, must, type AllianceWithMembers, type Member } from '@kindred/test-support/alliance-setup';
import { clientAddressFor } from '@kindred/test-support/graphql-client';
import { eventually } from '@kindred/test-support/polling';
import { e2eEnvironment } from '@kindred/test-support/processes';

const api = (): string => process.env['E2E_API_URL'] ?? '';
const fromThisFile = { sourceAddress: clientAddressFor(basename(__filename)) };
const as = <T>(person: Member, query: string, variables: Record<string, unknown> = {}) => must<T>(api(), query, variables, person.accessToken, fromThisFile);
const patiently = { timeoutMs: 30_000, intervalMs: 200 };

const notificationKinds = async (person: Member): Promise<string[]> =>
  (
    await as<{ myNotifications: { edges: { node: { kind: string } }[] } }>(person, '{ myNotifications(first: 20) { edges { node { kind } } } }')
  ).myNotifications.edges.map((edge) => edge.node.kind);

/**
 * A member's next step, through the running api and worker: a goal in their plan, a small
 * spark for it approved and paid by the coordinator, each step told through the worker; and
 * a hard week of check-ins answered by early help.
 */
describe('small sparks and early help, end to end', () => {
  let scene: AllianceWithMembers;
  let ana: Member;

  beforeAll(async () => {
    scene = await allianceWithMembers(api(), e2eEnvironment(testRunId()), 1, fromThisFile);
    [ana] = scene.members as [Member];
  });

  it('takes a grant for a plan goal from application to receipt, telling each side through the worker', async () => {
    const { createRecoveryGoal } = await as<{ createRecoveryGoal: { id: string } }>(
      ana,
      'mutation($input: RecoveryGoalInput!) { createRecoveryGoal(input: $input) { id } }',
      {
        input: { domain: 'SKILLS_AND_EDUCATION', title: 'Finish the barista course' },
      },
    );
    const year = new Date().getUTCFullYear();
    const { openSparkFund } = await as<{ openSparkFund: { id: string } }>(
      scene.admin,
      'mutation($a: ID!, $input: OpenSparkFundInput!) { openSparkFund(allianceId: $a, input: $input) { id } }',
      {
        a: scene.allianceId,
        input: {
          name: 'Next steps',
          currency: 'EUR',
          budget: 50_000,
          perGrantCap: 10_000,
          perPersonCap: 20_000,
          periodStart: `${year}-01-01`,
          periodEnd: `${year + 1}-12-31`,
          separatePaymentFromApproval: false,
        },
      },
    );
    const neededBy = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const { draftSparkApplication } = await as<{ draftSparkApplication: { id: string } }>(
      ana,
      'mutation($f: ID!, $input: SparkApplicationInput!) { draftSparkApplication(fundId: $f, input: $input) { id } }',
      {
        f: openSparkFund.id,
        input: { amount: 8_500, category: 'TRAINING_FEES', nextStep: 'The last module of my barista course', neededBy, recoveryGoalId: createRecoveryGoal.id },
      },
    );
    const application = draftSparkApplication.id;
    await as(ana, 'mutation($i: ID!) { submitSparkApplication(applicationId: $i) { status } }', { i: application });
    await eventually(
      'the coordinator to be asked to review',
      async () => ((await notificationKinds(scene.admin)).includes('GRANT_REVIEW') ? true : undefined),
      patiently,
    );

    const approve = 'mutation($i: ID!, $k: String!) { approveSparkApplication(applicationId: $i, idempotencyKey: $k) { status } }';
    const key = randomUUID();
    expect(await as(scene.admin, approve, { i: application, k: key })).toEqual({ approveSparkApplication: { status: 'APPROVED' } });
    expect(await as(scene.admin, approve, { i: application, k: key })).toEqual({ approveSparkApplication: { status: 'APPROVED' } });
    const { sparkFunds } = await as<{ sparkFunds: { id: string; balance: { available: number; reserved: number } }[] }>(
      scene.admin,
      'query($a: ID!) { sparkFunds(allianceId: $a) { id balance { available reserved } } }',
      { a: scene.allianceId },
    );
    expect(sparkFunds.find((fund) => fund.id === openSparkFund.id)?.balance).toEqual({ available: 41_500, reserved: 8_500 });
    await eventually(
      'the member to hear of the approval',
      async () => ((await notificationKinds(ana)).includes('GRANT_DECISION') ? true : undefined),
      patiently,
    );

    await as(
      scene.admin,
      'mutation($i: ID!, $k: String!, $input: RecordSparkPaymentInput!) { recordSparkPayment(applicationId: $i, idempotencyKey: $k, input: $input) { status } }',
      {
        i: application,
        k: randomUUID(),
        input: { method: 'SUPPLIER_DIRECT', reference: 'Invoice CAFE-2211' },
      },
    );
    const received = await as<{ confirmSparkReceipt: { status: string; recoveryGoal: { title: string } } }>(
      ana,
      'mutation($i: ID!) { confirmSparkReceipt(applicationId: $i) { status recoveryGoal { title } } }',
      { i: application },
    );
    expect(received.confirmSparkReceipt).toEqual({ status: 'RECEIVED', recoveryGoal: { title: 'Finish the barista course' } });
  });

  it('answers three low check-ins with early help for the member', async () => {
    for (const mood of [2, 1, 2]) await as(ana, 'mutation($m: Int!) { checkIn(input: { mood: $m, cravings: 4 }) { id } }', { m: mood });
    const offer = await eventually(
      'early help after a hard week',
      async () =>
        (await as<{ myEarlyHelp: { reason: string; nextSteps: string[] }[] }>(ana, '{ myEarlyHelp { reason nextSteps } }')).myEarlyHelp.find(
          (entry) => entry.reason === 'LOW_MOOD',
        ),
      patiently,
    );
    expect(offer.nextSteps.length).toBeGreaterThan(0);
    expect(await notificationKinds(ana)).toContain('EARLY_HELP');
  });
});
