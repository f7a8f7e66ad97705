import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';
import { application, applications, fund, membership, refusal } from './sparks-fixtures';
import { formatMoney, parseMoney } from './money';

/** The member's page over a fake API: their memberships, funds and applications; what they send is kept. */
function memberApi(scene: { memberships?: unknown[]; mine?: unknown[]; funds?: unknown[] } = {}) {
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const keep = (operation: string, answer: (variables: Record<string, unknown>) => unknown) => ({
    [operation]: ({ variables }: { variables: Record<string, unknown> }) => {
      sent.push({ operation, variables });
      return answer(variables);
    },
  });
  const graphql = {
    MySparks: () => ({ data: { myAllianceMemberships: scene.memberships ?? [membership()], mySparkApplications: applications(scene.mine ?? []) } }),
    SparkFundsForMember: () => ({ data: { sparkFunds: scene.funds ?? [fund()] } }),
    SparkPaymentDetails: () => ({
      data: {
        sparkPaymentDetails: {
          __typename: 'SparkPaymentDetails',
          method: 'VOUCHER',
          reference: 'V-2231',
          recordedAt: '2026-12-03T09:00:00.000Z',
          recordedByMe: false,
        },
      },
    }),
  };
  return { sent, graphql, keep };
}

describe('money in the person’s language', () => {
  it('shows minor units in the currency and reads what people type', () => {
    expect(formatMoney(4500, 'EUR', 'en')).toBe('€45.00');
    expect(formatMoney(4500, 'EUR', 'fr')).toMatch(/^45,00\s€$/);
    expect(formatMoney(300, 'JPY', 'en')).toBe('¥300');
    expect(parseMoney('12,5', 'EUR')).toBe(1250);
    expect(parseMoney('1 200', 'EUR')).toBe(120000);
    expect(parseMoney('12.345', 'EUR')).toBeNull();
    expect(parseMoney('twelve', 'EUR')).toBeNull();
  });
});

describe('small sparks for a member', () => {
  it('saves a draft in minor units, then sends it to the coordinators', async () => {
    const api = memberApi();
    let saved = false;
    renderSignedIn({
      path: '/sparks',
      graphql: {
        ...api.graphql,
        MySparks: () => ({ data: { myAllianceMemberships: [membership()], mySparkApplications: applications(saved ? [application()] : []) } }),
        ...api.keep('DraftSparkApplication', () => {
          saved = true;
          return { data: { draftSparkApplication: application() } };
        }),
        ...api.keep('SubmitSparkApplication', () => ({ data: { submitSparkApplication: application({ status: 'SUBMITTED' }) } })),
      },
    });
    expect(await screen.findByText('You have not asked for a small spark yet.')).toBeInTheDocument();
    expect(await screen.findByText('Up to €150.00 per grant. You can ask until Mar 31, 2027.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /What is it for/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Getting there (bus pass, train fares)' }));
    await userEvent.type(screen.getByRole('textbox', { name: /How much/ }), '200');
    fireEvent.change(screen.getByLabelText(/When do you need it by/), { target: { value: '2027-01-15' } });
    await userEvent.click(screen.getByRole('textbox', { name: /Which next step/ }));
    await userEvent.paste('A bus pass to get to my first month at the bakery.');
    await userEvent.click(screen.getByRole('button', { name: 'Save my application' }));
    expect(await screen.findByText('A grant from this fund can be up to €150.00. Please ask for that much or less.')).toBeInTheDocument();
    expect(api.sent).toEqual([]);

    await userEvent.clear(screen.getByRole('textbox', { name: /How much/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /How much/ }), '45');
    await userEvent.click(screen.getByRole('button', { name: 'Save my application' }));
    expect(await screen.findByText(/Saved. Only you can see it./)).toBeInTheDocument();
    expect(api.sent[0]).toEqual({
      operation: 'DraftSparkApplication',
      variables: {
        fundId: 'f1',
        input: { category: 'TRANSPORT', amount: 4500, neededBy: '2027-01-15', nextStep: 'A bus pass to get to my first month at the bakery.' },
      },
    });
    const mine = screen.getByRole('list', { name: 'Your applications' });
    expect(await within(mine).findByText('€45.00')).toBeInTheDocument();
    await userEvent.click(within(mine).getByRole('button', { name: 'Send it to the coordinators' }));
    expect(api.sent.map((each) => each.operation)).toContain('SubmitSparkApplication');
  });

  it('shows the coordinators’ question and sends the changed application back in one step, in French', async () => {
    const api = memberApi({ mine: [application({ status: 'MORE_INFO_REQUESTED', infoRequest: 'Which bus line will you take?' })] });
    renderSignedIn({
      path: '/sparks',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        ...api.graphql,
        ...api.keep('UpdateSparkApplication', () => ({ data: { updateSparkApplication: application({ status: 'MORE_INFO_REQUESTED' }) } })),
        ...api.keep('SubmitSparkApplication', () => ({ data: { submitSparkApplication: application({ status: 'SUBMITTED' }) } })),
      },
    });
    expect(await screen.findByText('Which bus line will you take?')).toBeInTheDocument();
    expect(screen.getByText(/^45,00\s€$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Répondre et la renvoyer' }));
    const mine = screen.getByRole('list', { name: 'Vos demandes' });
    await userEvent.click(within(mine).getByRole('textbox', { name: /Quelle prochaine étape/ }));
    await userEvent.paste(' Line 12, every weekday.');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer ma réponse' }));
    await screen.findByRole('button', { name: 'Répondre et la renvoyer' });
    expect(api.sent.map((each) => each.operation)).toEqual(['UpdateSparkApplication', 'SubmitSparkApplication']);
    expect(api.sent[0]?.variables['input']).toMatchObject({
      amount: 4500,
      nextStep: 'A bus pass to get to my first month at the bakery. Line 12, every weekday.',
    });
  });

  it('lets the member confirm receipt, with how it was paid, and share how it went', async () => {
    const api = memberApi({
      mine: [application({ id: 'paid', status: 'DISBURSED' }), application({ id: 'had', status: 'RECEIVED', category: 'WORK_CLOTHING', amount: 6000 })],
    });
    renderSignedIn({
      path: '/sparks',
      graphql: {
        ...api.graphql,
        ...api.keep('ConfirmSparkReceipt', () => ({ data: { confirmSparkReceipt: application({ id: 'paid', status: 'RECEIVED' }) } })),
        ...api.keep('ShareSparkFollowUp', () => ({ data: { shareSparkFollowUp: application({ id: 'had', status: 'RECEIVED', followUpOutcome: 'HELPED' }) } })),
      },
    });
    expect(await screen.findAllByText('Paid by voucher on Dec 3, 2026. Reference: V-2231.')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'I have received it' }));
    await userEvent.click(screen.getByRole('radio', { name: 'It helped' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'A few words, if you like' }));
    await userEvent.paste('I got the job.');
    await userEvent.click(screen.getByRole('button', { name: 'Share how it went' }));
    expect(await screen.findByText('Thank you for telling us.')).toBeInTheDocument();
    expect(api.sent).toEqual([
      { operation: 'ConfirmSparkReceipt', variables: { applicationId: 'paid' } },
      { operation: 'ShareSparkFollowUp', variables: { applicationId: 'had', outcome: 'HELPED', note: 'I got the job.' } },
    ]);
  });

  it('shows a declined application with its kind reason, and the API’s refusal when sending', async () => {
    const api = memberApi({
      mine: [
        application({ id: 'no', status: 'DECLINED', declineReason: 'The fund is nearly empty; please ask again in January.' }),
        application({ id: 'late', neededBy: '2026-11-01' }),
      ],
    });
    renderSignedIn({
      path: '/sparks',
      graphql: {
        ...api.graphql,
        SubmitSparkApplication: () => refusal('The date you need it by has passed. Please change it before sending.', 'BAD_USER_INPUT'),
      },
    });
    expect(await screen.findByText('The fund is nearly empty; please ask again in January.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send it to the coordinators' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The date you need it by has passed. Please change it before sending.');
  });

  it('invites someone who belongs to no alliance as a member', async () => {
    renderSignedIn({ path: '/sparks', graphql: memberApi({ memberships: [membership({ capacity: 'SUPPORTER' })] }).graphql });
    expect(await screen.findByRole('heading', { name: 'Small sparks come from an alliance' })).toBeInTheDocument();
  });

  it('says kindly when no fund is taking applications', async () => {
    renderSignedIn({ path: '/sparks', graphql: memberApi({ funds: [fund({ acceptingApplications: false, status: 'CLOSED' })] }).graphql });
    expect(await screen.findByRole('heading', { name: 'No fund is open right now' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save my application' })).not.toBeInTheDocument();
  });

  it('offers to try again when the page could not load', async () => {
    let calls = 0;
    const api = memberApi();
    renderSignedIn({
      path: '/sparks',
      graphql: {
        ...api.graphql,
        MySparks: () => {
          calls += 1;
          return calls === 1 ? refusal('', 'INTERNAL_SERVER_ERROR') : api.graphql.MySparks();
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Ask for a small spark' })).toBeInTheDocument();
  });
});
