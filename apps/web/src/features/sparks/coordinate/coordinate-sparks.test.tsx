import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answer } from '../../../testing/app-harness';
import { renderSignedIn } from '../../../testing/signed-in';
import { application, applications, fund, refusal } from '../sparks-fixtures';

const coordinator = { roles: ['MEMBER', 'COORDINATOR'] };
const alliance = { __typename: 'Alliance', id: 'a1', name: 'Lyon Recovery Alliance', city: 'Lyon', currency: 'EUR' };

/** A coordinator's view of the API: the alliances they run, plus the page's own answers; what they send is kept. */
function coordinatorApi(answers: Record<string, Answer>) {
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const graphql: Record<string, Answer> = { MyCoordinatedAlliances: () => ({ data: { myCoordinatedAlliances: [alliance] } }) };
  for (const [operation, answer] of Object.entries(answers)) {
    graphql[operation] = (request) => {
      sent.push({ operation, variables: request.variables });
      return answer(request);
    };
  }
  return { graphql, sent };
}

const waiting = (overrides: Record<string, unknown> = {}) =>
  application({
    id: 'sa1',
    mine: false,
    applicantDisplayName: 'Sam',
    status: 'SUBMITTED',
    amount: 12000,
    approvalsRequired: 2,
    submittedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  });

afterEach(() => vi.restoreAllMocks());

describe('small sparks for coordinators: the applications', () => {
  it('shows what each application still needs, approves one, and offers no decision on their own', async () => {
    let approved = false;
    const api = coordinatorApi({
      SparkQueue: () => ({
        data: {
          sparkApplications: applications([
            waiting(approved ? { approvalsGiven: 1, approvedByMe: true } : {}),
            waiting({ id: 'own', mine: true, applicantDisplayName: 'Alex', category: 'TRAINING_FEES' }),
          ]),
          sparkFunds: [fund()],
        },
      }),
      ApproveSparkApplication: () => {
        approved = true;
        return { data: { approveSparkApplication: waiting({ approvalsGiven: 1, approvedByMe: true }) } };
      },
    });
    renderSignedIn({ path: '/coordinate/sparks', me: coordinator, graphql: api.graphql });
    const sam = (await screen.findByRole('heading', { name: 'Sam: Getting there (bus pass, train fares)' })).closest('article')!;
    expect(within(sam as HTMLElement).getByText('0 of 2 approvals')).toBeInTheDocument();
    expect(within(sam as HTMLElement).getByText('€120.00')).toBeInTheDocument();
    const own = screen.getByRole('heading', { name: 'Alex: Training or course fees' }).closest('article') as HTMLElement;
    expect(within(own).getByText(/This is your own application. Another coordinator decides it/)).toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();

    await userEvent.click(within(sam as HTMLElement).getByRole('button', { name: 'Approve' }));
    expect(await within(sam as HTMLElement).findByText('1 of 2 approvals')).toBeInTheDocument();
    expect(within(sam as HTMLElement).getByText(/It now needs another coordinator's approval/)).toBeInTheDocument();
    expect(within(sam as HTMLElement).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    const approval = api.sent.find((each) => each.operation === 'ApproveSparkApplication');
    expect(approval?.variables).toMatchObject({ applicationId: 'sa1', idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('asks the member a question, and shows the API’s refusal when declining without a reason it accepts', async () => {
    const api = coordinatorApi({
      SparkQueue: () => ({ data: { sparkApplications: applications([waiting()]), sparkFunds: [fund()] } }),
      AskForSparkInformation: () => ({ data: { askForSparkInformation: waiting({ status: 'MORE_INFO_REQUESTED' }) } }),
      DeclineSparkApplication: () => refusal('This fund has €20.00 left, which isn’t enough for this grant.', 'INSUFFICIENT_FUNDS'),
    });
    renderSignedIn({ path: '/coordinate/sparks', me: coordinator, graphql: api.graphql });
    await userEvent.click(await screen.findByRole('button', { name: 'Ask for information' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Your question' }));
    await userEvent.paste('Which bus line?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ask for information' }));
    expect(await screen.findByRole('button', { name: 'Decline' })).toBeInTheDocument();
    expect(api.sent.find((each) => each.operation === 'AskForSparkInformation')?.variables).toEqual({ applicationId: 'sa1', question: 'Which bus line?' });

    await userEvent.click(screen.getByRole('button', { name: 'Decline' }));
    const declining = await screen.findByRole('dialog');
    await userEvent.click(within(declining).getByRole('textbox', { name: 'Your reason' }));
    await userEvent.paste('Not this month.');
    await userEvent.click(within(declining).getByRole('button', { name: 'Decline' }));
    expect(await within(declining).findByRole('alert')).toHaveTextContent('This fund has €20.00 left');
  });

  it('tells the approver that another coordinator pays when the fund keeps the two apart', async () => {
    const api = coordinatorApi({
      SparkQueue: () => ({ data: { sparkApplications: applications([waiting({ status: 'APPROVED', approvedByMe: true })]), sparkFunds: [fund()] } }),
    });
    renderSignedIn({ path: '/coordinate/sparks', me: coordinator, graphql: api.graphql });
    expect(await screen.findByText(/You approved it, so another coordinator records the payment/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record payment' })).not.toBeInTheDocument();
  });

  it('offers to try again when the applications could not load, and says when the queue is empty', async () => {
    let calls = 0;
    const api = coordinatorApi({
      SparkQueue: () => {
        calls += 1;
        return calls === 1 ? refusal('', 'INTERNAL_SERVER_ERROR') : { data: { sparkApplications: applications([]), sparkFunds: [] } };
      },
    });
    renderSignedIn({ path: '/coordinate/sparks', me: coordinator, graphql: api.graphql });
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No applications here right now.')).toBeInTheDocument();
  });

  it('tells someone who coordinates no alliance yet', async () => {
    const api = coordinatorApi({});
    api.graphql['MyCoordinatedAlliances'] = () => ({ data: { myCoordinatedAlliances: [] } });
    renderSignedIn({ path: '/coordinate/sparks', me: coordinator, graphql: api.graphql });
    expect(await screen.findByRole('heading', { name: 'You do not coordinate an alliance yet' })).toBeInTheDocument();
  });

  it('is not offered to a member who does not coordinate', async () => {
    renderSignedIn({ path: '/coordinate/sparks' });
    expect(await screen.findByRole('heading', { name: 'This page is not part of your space' })).toBeInTheDocument();
  });
});

describe('small sparks for coordinators: funds', () => {
  it('shows each fund’s money and rules, and opens a new fund in minor units', async () => {
    const api = coordinatorApi({
      CoordinatorSparkFunds: () => ({
        data: {
          sparkFunds: [
            {
              ...fund(),
              openedAt: '2026-11-01T09:00:00.000Z',
              closedAt: null,
              balance: { __typename: 'SparkFundBalance', budget: 50000, reserved: 12000, disbursed: 4500, available: 33500, currency: 'EUR' },
            },
          ],
        },
      }),
      OpenSparkFund: () => ({ data: { openSparkFund: { __typename: 'SparkFund', id: 'f2' } } }),
    });
    renderSignedIn({ path: '/coordinate/sparks/funds', me: coordinator, graphql: api.graphql });
    expect(await screen.findByText('€335.00')).toBeInTheDocument();
    expect(screen.getByText('€500.00 put in, €120.00 set aside, €45.00 paid out')).toBeInTheDocument();
    expect(screen.getByText(/Two approvals from €100.00/)).toBeInTheDocument();

    const fill = async (name: RegExp, text: string) => {
      await userEvent.click(screen.getByRole('textbox', { name }));
      await userEvent.paste(text);
    };
    await fill(/^Name/, 'Spring fund');
    await fill(/Starting budget/, '400');
    await fill(/Most for one grant/, '80,50');
    await fill(/Most for one person/, '200');
    await userEvent.click(screen.getByRole('button', { name: 'Open this fund' }));
    expect(await screen.findByText(/The fund is open/)).toBeInTheDocument();
    expect(api.sent.find((each) => each.operation === 'OpenSparkFund')?.variables).toMatchObject({
      allianceId: 'a1',
      input: {
        name: 'Spring fund',
        currency: 'EUR',
        budget: 40000,
        perGrantCap: 8050,
        perPersonCap: 20000,
        dualApprovalThreshold: null,
        separatePaymentFromApproval: true,
      },
    });
  });
});

describe('small sparks for coordinators: the report', () => {
  const report = {
    __typename: 'SparkCurrencyReport',
    currency: 'EUR',
    amountLeft: 33500,
    totals: {
      __typename: 'SparkReportLine',
      applications: 3,
      approved: 2,
      declined: 1,
      cancelled: 0,
      approvedAmount: 16500,
      disbursedAmount: 4500,
      approvalRate: 0.6667,
      medianDaysToDecision: 2,
      followUps: [{ __typename: 'SparkFollowUpCount', outcome: 'HELPED', count: 1 }],
    },
    byCategory: [
      { __typename: 'SparkReportLine', category: 'TRANSPORT', applications: 2, approved: 1, approvedAmount: 12000, disbursedAmount: 0 },
      { __typename: 'SparkReportLine', category: 'WORK_CLOTHING', applications: 1, approved: 1, approvedAmount: 4500, disbursedAmount: 4500 },
    ],
  };

  it('draws the chart with its words, and saves the CSV from a Blob URL', async () => {
    const created: Blob[] = [];
    const saved: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:kindred/report';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
    const api = coordinatorApi({
      SparkReport: () => ({ data: { sparkReport: [report] } }),
      SparkReportCsv: () => ({ data: { sparkReportCsv: 'currency,category\r\nEUR,ALL\r\n' } }),
    });
    renderSignedIn({ path: '/coordinate/sparks/report', me: coordinator, graphql: api.graphql });
    expect(await screen.findByRole('heading', { name: 'Granted, by what it is for' })).toBeInTheDocument();
    expect(screen.getByText('The most went to Getting there (bus pass, train fares): €120.00 of €165.00 granted.')).toBeInTheDocument();
    expect(screen.getByText(/3 applications: 2 approved, 1 declined. €165.00 granted, €45.00 paid out./)).toBeInTheDocument();
    expect(screen.getByText(/How it went, in members' words: It helped: 1./)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatch(/^small-sparks-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.csv blob:kindred\/report$/);
    expect(await created[0]?.text()).toBe('currency,category\r\nEUR,ALL\r\n');
  });

  it('invites a longer period when nothing was sent', async () => {
    const api = coordinatorApi({ SparkReport: () => ({ data: { sparkReport: [] } }) });
    renderSignedIn({ path: '/coordinate/sparks/report', me: { ...coordinator, locale: 'fr' }, graphql: api.graphql, language: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Rien à afficher pour cette période' })).toBeInTheDocument();
  });
});
