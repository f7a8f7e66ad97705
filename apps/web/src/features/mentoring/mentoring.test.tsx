import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const membership = { __typename: 'AllianceMembership', id: 'am1', allianceId: 'a1', allianceName: 'Lyon Together', capacity: 'MEMBER', status: 'ACTIVE' };
const application = (status: string, coordinatorMessage: string | null = null) => ({
  __typename: 'MentorApplication',
  id: 'app1',
  allianceId: 'a1',
  status,
  coordinatorMessage,
  createdAt: new Date().toISOString(),
  decidedAt: null,
  livedExperienceSummary: 'Six years in recovery; I know how lonely the first months can feel, and what helped me.',
  yearsInRecovery: 6,
  pathways: ['ABSTINENCE_BASED'],
  focusDomains: ['PEER_SUPPORT'],
  languages: ['en'],
  gender: null,
  maxMentees: 2,
  trainingCompleted: [],
  availability: [{ __typename: 'WeeklySlot', day: 'MONDAY', start: '18:00', end: '20:00' }],
});
const request = (id: string, memberDisplayName: string, state = 'REQUESTED') => ({
  __typename: 'Mentorship',
  id,
  role: 'MENTOR',
  state,
  allianceId: 'a1',
  memberId: `p-${id}`,
  memberDisplayName,
  mentorId: 'u1',
  mentorDisplayName: 'Sam',
  intro: 'I would like someone to talk to on Sunday evenings.',
  requestedAt: new Date().toISOString(),
  expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  startedAt: null,
  endedAt: null,
  endedByMe: false,
  helpRequested: false,
  conversationId: null as string | null,
});

describe('mentoring', () => {
  it('offers to mentor with plain form controls, and shows where the offer stands', async () => {
    const sent: unknown[] = [];
    let applications: ReturnType<typeof application>[] = [];
    renderSignedIn({
      path: '/mentoring',
      graphql: {
        Mentoring: () => ({ data: { myAllianceMemberships: [membership], myMentorApplications: applications, myMentorships: [], myMentorAvailability: null } }),
        ApplyToMentor: ({ variables }) => {
          sent.push(variables);
          applications = [application('SUBMITTED')];
          return { data: { applyToMentor: applications[0] } };
        },
      },
    });

    expect(await screen.findByRole('heading', { name: 'You have not offered to mentor yet' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Offer to mentor' }));
    // Pasted: typing 90 characters one by one only slows the test down.
    await userEvent.click(screen.getByRole('textbox', { name: /Your lived experience/ }));
    await userEvent.paste(application('SUBMITTED').livedExperienceSummary);
    await userEvent.type(screen.getByRole('spinbutton', { name: /Years in recovery/ }), '6');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Stopping use altogether' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send my offer' }));

    expect(await screen.findByText('Sent. A coordinator will read it soon.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        allianceId: 'a1',
        input: expect.objectContaining({
          yearsInRecovery: 6,
          pathways: ['ABSTINENCE_BASED'],
          languages: ['en'],
          gender: null,
          maxMentees: 2,
          availability: [{ day: 'MONDAY', start: '18:00', end: '20:00' }],
        }),
      },
    ]);
  });

  it('says yes to one request and kindly not now to another', async () => {
    const answers: string[] = [];
    let mentorships = [request('r1', 'Alex'), request('r2', 'Jo')];
    renderSignedIn({
      path: '/mentoring',
      me: { roles: ['MEMBER', 'PEER_MENTOR'] },
      graphql: {
        Mentoring: () => ({
          data: { myAllianceMemberships: [membership], myMentorApplications: [application('VETTED')], myMentorships: mentorships, myMentorAvailability: null },
        }),
        AcceptMentorship: ({ variables }) => {
          answers.push(`accept ${String(variables['mentorshipId'])}`);
          mentorships = mentorships.map((m) => (m.id === 'r1' ? { ...m, state: 'ACTIVE', conversationId: 'c1' } : m));
          return { data: { acceptMentorship: mentorships[0] } };
        },
        DeclineMentorship: ({ variables }) => {
          answers.push(`decline ${String(variables['mentorshipId'])}`);
          mentorships = mentorships.map((m) => (m.id === 'r2' ? { ...m, state: 'DECLINED' } : m));
          return { data: { declineMentorship: mentorships[1] } };
        },
      },
    });

    const waiting = await screen.findByRole('list', { name: 'Requests waiting for you' });
    expect(within(waiting).getAllByText('I would like someone to talk to on Sunday evenings.')).toHaveLength(2);
    expect(screen.getByText(/^Places taken: 0 of 2\./)).toBeInTheDocument();
    await userEvent.click(within(waiting).getByRole('button', { name: 'Say yes to Alex' }));
    expect(await screen.findByRole('link', { name: 'Message Alex' })).toBeInTheDocument();
    expect(screen.getByText(/^Places taken: 1 of 2\./)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'I am not available' }));
    const dialog = await screen.findByRole('dialog', { name: 'Not available for this request?' });
    expect(within(dialog).getByText(/Jo will see that you are not available right now, never a no/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, I am not available' }));
    expect(await screen.findByText('No requests waiting. When someone asks you, it will show here.')).toBeInTheDocument();
    expect(answers).toEqual(['accept r1', 'decline r2']);
  });

  it('lets a vetted mentor choose how many people they mentor, and shows the limit as the api words it', async () => {
    const asked: unknown[] = [];
    let places = 2;
    renderSignedIn({
      path: '/mentoring',
      graphql: {
        Mentoring: () => ({
          data: {
            myAllianceMemberships: [membership],
            myMentorApplications: [{ ...application('VETTED'), maxMentees: places }],
            myMentorships: [],
            myMentorAvailability: null,
          },
        }),
        SetMyMentorPlaces: ({ variables }) => {
          asked.push(variables);
          if (variables['places'] === 9)
            return {
              errors: [
                {
                  message: 'You can give yourself up to 3 places in this alliance, or ask one of its coordinators for more.',
                  extensions: { code: 'FORBIDDEN' },
                },
              ],
              data: null,
            };
          places = Number(variables['places']);
          return { data: { setMentorPlaces: { __typename: 'MentorPlaces', places, taken: 0 } } };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Change how many people I mentor' }));
    const field = screen.getByRole('spinbutton', { name: /How many people can you mentor at once/ });
    await userEvent.clear(field);
    await userEvent.type(field, '9');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You can give yourself up to 3 places in this alliance');
    await userEvent.clear(field);
    await userEvent.type(field, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Places taken: 0 of 3\./)).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: /How many people/ })).not.toBeInTheDocument();
    expect(asked).toEqual([
      { allianceId: 'a1', mentorId: 'u1', places: 9 },
      { allianceId: 'a1', mentorId: 'u1', places: 3 },
    ]);
  });

  it('shows the coordinator’s words and sends the changes, in French', async () => {
    const updates: unknown[] = [];
    let current = application('CHANGES_REQUESTED', 'Pourriez-vous dire quelles formations vous avez suivies ?');
    renderSignedIn({
      path: '/mentoring',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        Mentoring: () => ({ data: { myAllianceMemberships: [membership], myMentorApplications: [current], myMentorships: [], myMentorAvailability: null } }),
        UpdateMentorApplication: ({ variables }) => {
          updates.push(variables);
          current = application('SUBMITTED');
          return { data: { updateMentorApplication: current } };
        },
      },
    });

    expect(await screen.findByText('Pourriez-vous dire quelles formations vous avez suivies ?')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Modifier ma proposition' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Formations suivies/ }), 'Écoute active');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer mes changements' }));

    expect(await screen.findByText('Envoyée. Un coordinateur va bientôt la lire.')).toBeInTheDocument();
    expect(updates).toEqual([{ applicationId: 'app1', input: expect.objectContaining({ trainingCompleted: ['Écoute active'], yearsInRecovery: 6 }) }]);
  });
});
