import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answer } from '../../testing/app-harness';
import { renderSignedIn } from '../../testing/signed-in';

const coordinator = { roles: ['MEMBER', 'COORDINATOR'] };
const alliance = { ConsoleAlliance: () => ({ data: { alliance: { __typename: 'Alliance', id: 'a1', name: 'Strasbourg Ensemble' } } }) };
const refusal = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }], data: null });

function joinRequest(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AllianceMembership',
    id: 'm1',
    personId: 'u2',
    personDisplayName: 'Alex',
    capacity: 'MEMBER',
    requestedAt: '2026-12-01T10:00:00Z',
    status: 'REQUESTED',
    ...overrides,
  };
}

const joinRequests = (...nodes: unknown[]) => ({
  data: {
    allianceMembers: { __typename: 'AllianceMembershipConnection', edges: nodes.map((node) => ({ __typename: 'AllianceMembershipEdge', node })) },
  },
});

function application(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MentorApplication',
    id: 'ap1',
    applicantId: 'u3',
    applicantDisplayName: 'Rosa',
    status: 'SUBMITTED',
    livedExperienceSummary: 'Five years in recovery; I volunteer at a drop-in centre every week.',
    pathways: ['HARM_REDUCTION'],
    yearsInRecovery: 5,
    languages: ['fr', 'en'],
    focusDomains: ['PEER_SUPPORT'],
    availability: [{ __typename: 'WeeklySlot', day: 'TUESDAY', start: '18:00', end: '20:00' }],
    maxMentees: 3,
    trainingCompleted: ['Peer support basics'],
    coordinatorMessage: null,
    createdAt: '2026-12-01T10:00:00Z',
    decidedAt: null,
    ...overrides,
  };
}

const connection = (nodes: Record<string, unknown>[]) => ({
  __typename: 'MentorApplicationConnection',
  edges: nodes.map((node) => ({ __typename: 'MentorApplicationEdge', node })),
});

/** The queue's two lists, as the API answers them by status. */
const applications = (...nodes: Record<string, unknown>[]) => ({
  data: {
    waiting: connection(nodes.filter((node) => node['status'] === 'SUBMITTED')),
    withApplicant: connection(nodes.filter((node) => node['status'] === 'CHANGES_REQUESTED')),
  },
});

describe('the coordinators’ console', () => {
  it('tells a member who is not a coordinator, kindly, that the page is not theirs', async () => {
    renderSignedIn({ path: '/coordinate/a1/join-requests', graphql: {} });
    expect(await screen.findByRole('heading', { name: 'This page is not part of your space' })).toBeInTheDocument();
    expect(screen.getByText(/These tools are for alliance coordinators/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Welcome/ })).not.toBeInTheDocument();
  });

  it('lists the alliances I coordinate with their sections, and invites when there is none', async () => {
    const { unmount } = renderSignedIn({
      path: '/coordinate',
      me: coordinator,
      graphql: {
        MyCoordinatedAlliances: () => ({
          data: { myCoordinatedAlliances: [{ __typename: 'Alliance', id: 'a1', name: 'Strasbourg Ensemble', city: 'Strasbourg', currency: 'EUR' }] },
        }),
      },
    });
    const card = await screen.findByRole('navigation', { name: 'Strasbourg Ensemble' });
    expect(within(card).getByRole('link', { name: 'Requests to join' })).toHaveAttribute('href', '/coordinate/a1/join-requests');
    expect(within(card).getByRole('link', { name: 'Insights' })).toHaveAttribute('href', '/coordinate/a1/insights');
    expect(within(card).getByRole('link', { name: 'Groups' })).toHaveAttribute('href', '/coordinate/a1/groups');
    unmount();

    renderSignedIn({ path: '/coordinate', me: coordinator, graphql: { MyCoordinatedAlliances: () => ({ data: { myCoordinatedAlliances: [] } }) } });
    expect(await screen.findByRole('heading', { name: 'No alliance yet' })).toBeInTheDocument();
  });
});

describe('requests to join', () => {
  it('invites patience when nobody is waiting', async () => {
    renderSignedIn({ path: '/coordinate/a1/join-requests', me: coordinator, graphql: { ...alliance, JoinRequests: () => joinRequests() } });
    expect(await screen.findByRole('heading', { name: 'No one is waiting' })).toBeInTheDocument();
    expect(await screen.findByText('Alliance: Strasbourg Ensemble')).toBeInTheDocument();
  });

  it('welcomes one person and declines another with the kind reason typed', async () => {
    const user = userEvent.setup();
    const decisions: Record<string, unknown>[] = [];
    let waiting = [joinRequest(), joinRequest({ id: 'm2', personId: 'u4', personDisplayName: 'Noor' })];
    const harness = renderSignedIn({
      path: '/coordinate/a1/join-requests',
      me: coordinator,
      graphql: {
        ...alliance,
        JoinRequests: () => joinRequests(...waiting),
        DecideMembership: ({ variables }) => {
          decisions.push(variables);
          waiting = waiting.filter((request) => request.id !== variables['membershipId']);
          return { data: { decideMembership: { __typename: 'AllianceMembership', id: variables['membershipId'], status: 'ACTIVE' } } };
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Welcome Alex' }));
    expect(await screen.findByText('Alex is now part of the alliance.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Alex' })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Decline Noor’s request' }));
    const reason = screen.getByRole('textbox', { name: /Why you are declining/ });
    await user.click(screen.getByRole('button', { name: 'Send and decline' }));
    expect(decisions).toHaveLength(1);
    await user.type(reason, 'We are full this month; the Colmar alliance is closer to you.');
    await user.click(screen.getByRole('button', { name: 'Send and decline' }));
    expect(await screen.findByText('You declined Noor’s request. They will read your reason.')).toBeInTheDocument();
    expect(decisions).toEqual([
      { membershipId: 'm1', decision: 'APPROVE', reason: null },
      { membershipId: 'm2', decision: 'DECLINE', reason: 'We are full this month; the Colmar alliance is closer to you.' },
    ]);
    expect(harness.operations.filter((name) => name === 'JoinRequests').length).toBeGreaterThanOrEqual(3);
  });

  it('never offers me my own request', async () => {
    renderSignedIn({
      path: '/coordinate/a1/join-requests',
      me: coordinator,
      graphql: { ...alliance, JoinRequests: () => joinRequests(joinRequest({ personId: 'u1', personDisplayName: 'Sam' })) },
    });
    expect(await screen.findByText('This is your own request. Another coordinator or an administrator will decide it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Welcome Sam' })).not.toBeInTheDocument();
  });

  it('says calmly that another coordinator decided first, and shows the queue as it is now', async () => {
    const user = userEvent.setup();
    let waiting = [joinRequest()];
    renderSignedIn({
      path: '/coordinate/a1/join-requests',
      me: coordinator,
      graphql: {
        ...alliance,
        JoinRequests: () => joinRequests(...waiting),
        DecideMembership: () => {
          waiting = [];
          return refusal('DECIDED_BY_ANOTHER', 'Another coordinator decided this request a moment ago. There is nothing more for you to do.');
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Welcome Alex' }));
    expect(await screen.findByText('Another coordinator decided this request a moment ago. There is nothing more for you to do.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No one is waiting' })).toBeInTheDocument();
  });

  it('shows the API’s refusal when I do not coordinate this alliance, with the way back', async () => {
    renderSignedIn({
      path: '/coordinate/a2/join-requests',
      me: coordinator,
      graphql: {
        ConsoleAlliance: () => ({ data: { alliance: { __typename: 'Alliance', id: 'a2', name: 'Lyon' } } }),
        JoinRequests: () => refusal('FORBIDDEN', 'You coordinate another alliance; only this alliance’s coordinators can do this.'),
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You coordinate another alliance');
    expect(within(alert).getByRole('link', { name: 'All your alliances' })).toHaveAttribute('href', '/coordinate');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers to try again when the queue did not load', async () => {
    const user = userEvent.setup();
    let calls = 0;
    renderSignedIn({
      path: '/coordinate/a1/join-requests',
      me: coordinator,
      graphql: {
        ...alliance,
        JoinRequests: () => {
          calls += 1;
          return calls === 1 ? refusal('INTERNAL_SERVER_ERROR', 'Something went wrong on our side.') : joinRequests(joinRequest());
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Welcome Alex' })).toBeInTheDocument();
  });
});

describe('mentor applications', () => {
  it('shows what the applicant wrote, asks for changes with a message, and lists who is making changes', async () => {
    const user = userEvent.setup();
    let current = application();
    const sent: Record<string, unknown>[] = [];
    renderSignedIn({
      path: '/coordinate/a1/mentor-applications',
      me: coordinator,
      graphql: {
        ...alliance,
        MentorApplications: () => applications(current),
        DecideMentorApplication: ({ variables }) => {
          sent.push(variables);
          current = application({ status: 'CHANGES_REQUESTED', coordinatorMessage: variables['message'], decidedAt: '2026-12-02T10:00:00Z' });
          return { data: { decideMentorApplication: current } };
        },
      },
    });
    expect(await screen.findByText('Five years in recovery; I volunteer at a drop-in centre every week.')).toBeInTheDocument();
    expect(screen.getByText('Harm reduction, at their own pace')).toBeInTheDocument();
    expect(screen.getByText('Tuesday 18:00–20:00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ask Rosa for changes' }));
    await user.type(screen.getByRole('textbox', { name: /What you would like them to change/ }), 'Could you add your weekend availability?');
    await user.click(screen.getByRole('button', { name: 'Send and ask for changes' }));
    expect(await screen.findByText('Rosa will read your message. Their application comes back here once they edit it.')).toBeInTheDocument();
    expect(sent).toEqual([{ applicationId: 'ap1', decision: 'REQUEST_CHANGES', message: 'Could you add your weekend availability?' }]);
    const withApplicant = await screen.findByRole('region', { name: 'Waiting for the applicant' });
    expect(await within(withApplicant).findByText('Could you add your weekend availability?')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No applications waiting' })).toBeInTheDocument();
  });

  it('shows the API’s refusal beside the buttons when it is my own case, and never offers my own application', async () => {
    const user = userEvent.setup();
    renderSignedIn({
      path: '/coordinate/a1/mentor-applications',
      me: coordinator,
      graphql: {
        ...alliance,
        MentorApplications: () => applications(application(), application({ id: 'ap2', applicantId: 'u1', applicantDisplayName: 'Sam' })),
        DecideMentorApplication: () => refusal('OWN_CASE', 'You can’t approve your own application to mentor; another coordinator or an administrator will.'),
      },
    });
    expect(await screen.findByText('This is your own application. Another coordinator or an administrator will decide it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve Sam' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Approve Rosa' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You can’t approve your own application to mentor');
    expect(screen.getByRole('button', { name: 'Approve Rosa' })).toBeEnabled();
  });
});

describe('mentors', () => {
  const overview =
    (status: string, limit = 3): Answer =>
    () => ({
      data: {
        alliance: { __typename: 'Alliance', id: 'a1', mentorPlacesLimit: limit },
        mentorApplications: {
          __typename: 'MentorApplicationConnection',
          edges: [
            {
              __typename: 'MentorApplicationEdge',
              node: {
                __typename: 'MentorApplication',
                id: 'ap1',
                applicantId: 'u3',
                applicantDisplayName: 'Rosa',
                status,
                maxMentees: 3,
                coordinatorMessage: status === 'PAUSED' ? 'Resting for a month.' : null,
              },
            },
          ],
        },
        mentorReports: [],
        mentorshipHelpRequests: [],
      },
    });

  it('pauses a mentor with a reason, then resumes them', async () => {
    const user = userEvent.setup();
    let status = 'VETTED';
    const sent: Record<string, unknown>[] = [];
    renderSignedIn({
      path: '/coordinate/a1/mentors',
      me: coordinator,
      graphql: {
        ...alliance,
        MentorsOverview: (request) => overview(status)(request),
        ChangeMentorVetting: ({ variables }) => {
          sent.push(variables);
          status = variables['action'] === 'PAUSE' ? 'PAUSED' : 'VETTED';
          return { data: { changeMentorVetting: application({ status }) } };
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Pause Rosa’s vetting' }));
    await user.type(screen.getByRole('textbox', { name: /Why you are pausing/ }), 'Resting for a month.');
    await user.click(screen.getByRole('button', { name: 'Send and pause' }));
    expect(await screen.findByText('Rosa is paused: they will not be suggested to members for now.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Resume Rosa’s vetting' }));
    expect(await screen.findByText('Rosa is mentoring again and can be suggested to members.')).toBeInTheDocument();
    expect(sent).toEqual([
      { applicationId: 'ap1', action: 'PAUSE', reason: 'Resting for a month.' },
      { applicationId: 'ap1', action: 'RESUME', reason: null },
    ]);
  });

  it('saves the places a mentor may choose in this alliance', async () => {
    const user = userEvent.setup();
    const limits: unknown[] = [];
    renderSignedIn({
      path: '/coordinate/a1/mentors',
      me: coordinator,
      graphql: {
        ...alliance,
        MentorsOverview: overview('VETTED'),
        SetMentorPlacesLimit: ({ variables }) => {
          limits.push(variables['limit']);
          return { data: { setMentorPlacesLimit: { __typename: 'Alliance', id: 'a1', mentorPlacesLimit: variables['limit'] } } };
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Most places a mentor can choose for themself' });
    await user.click(within(form).getByRole('button', { name: /Most places a mentor can choose/ }));
    await user.click(await screen.findByRole('option', { name: '5' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Saved.')).toBeInTheDocument();
    expect(limits).toEqual([5]);
  });
});

describe('the alliance page', () => {
  it('saves the page with its crisis lines, and adds a place to the directory', async () => {
    const user = userEvent.setup();
    const updates: Record<string, unknown>[] = [];
    const added: Record<string, unknown>[] = [];
    renderSignedIn({
      path: '/coordinate/a1/alliance',
      me: coordinator,
      graphql: {
        ...alliance,
        AllianceSettings: () => ({
          data: {
            alliance: {
              __typename: 'Alliance',
              id: 'a1',
              name: 'Strasbourg Ensemble',
              description: '',
              region: 'Grand Est',
              city: 'Strasbourg',
              postcodePrefixes: ['67'],
              languages: ['fr'],
              currency: 'EUR',
              mentorPlacesLimit: 3,
              crisisResources: [],
              partnerOrganisations: [],
            },
          },
        }),
        AllianceResources: () => ({ data: { allianceResources: [] } }),
        AllianceTeam: () => ({
          data: {
            allianceCoordinators: [{ __typename: 'AllianceCoordinator', userId: 'u1', displayName: 'Sam', appointedAt: '2026-11-01T10:00:00Z' }],
            allianceModerators: [],
            allianceMembers: { __typename: 'AllianceMembershipConnection', edges: [] },
          },
        }),
        UpdateAlliance: ({ variables }) => {
          updates.push(variables);
          return {
            data: {
              updateAlliance: {
                __typename: 'Alliance',
                id: 'a1',
                name: 'Strasbourg Ensemble',
                description: 'Peer support in Strasbourg.',
                region: 'Grand Est',
                city: 'Strasbourg',
                postcodePrefixes: ['67'],
                languages: ['fr', 'en'],
                currency: 'EUR',
                crisisResources: [],
              },
            },
          };
        },
        AddAllianceResource: ({ variables }) => {
          added.push(variables);
          return { data: { addAllianceResource: { __typename: 'AllianceResource', id: 'r1' } } };
        },
      },
    });
    await user.type(await screen.findByRole('textbox', { name: 'What the alliance is and does' }), 'Peer support in Strasbourg.');
    const languages = screen.getByRole('textbox', { name: 'Languages spoken' });
    await user.clear(languages);
    await user.type(languages, 'fr, en');
    await user.click(screen.getByRole('button', { name: 'Add a crisis line' }));
    await user.type(screen.getByRole('textbox', { name: 'Crisis line 1: name' }), 'Drogues Info Service');
    await user.type(screen.getByRole('textbox', { name: 'Crisis line 1: phone number' }), '0800 23 13 13');
    await user.type(screen.getByRole('textbox', { name: 'Crisis line 1: when it answers' }), '8:00 to 2:00, every day');
    await user.click(screen.getByRole('button', { name: 'Save the alliance page' }));
    expect(await screen.findByText('Saved. Everyone now sees the new page.')).toBeInTheDocument();
    expect(updates[0]).toMatchObject({
      allianceId: 'a1',
      input: {
        description: 'Peer support in Strasbourg.',
        languages: ['fr', 'en'],
        crisisResources: [{ name: 'Drogues Info Service', phone: '0800 23 13 13', hours: '8:00 to 2:00, every day', languages: [] }],
      },
    });

    const form = screen.getByRole('form', { name: 'Add to the directory' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Le Local');
    await user.click(within(form).getByRole('button', { name: 'Add to the directory' }));
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toMatchObject({ allianceId: 'a1', input: { kind: 'DROP_IN_CENTRE', audience: 'EVERYONE', name: 'Le Local', phone: null } });
    expect(screen.getByText('Sam (you)')).toBeInTheDocument();
  });
});

describe('insights', () => {
  it('draws the trends with words beside them and explains what is held back', async () => {
    renderSignedIn({
      path: '/coordinate/a1/insights',
      me: coordinator,
      graphql: {
        ...alliance,
        AllianceInsights: () => ({
          data: {
            allianceInsights: {
              __typename: 'AllianceInsights',
              since: '2026-06-01T00:00:00Z',
              minimumPeople: 5,
              hiddenFigures: 2,
              checkinTrend: [
                { __typename: 'CheckinTrendPoint', weekStarting: '2026-11-23', averageMood: 3.2, averageCravings: 4.1, people: 6 },
                { __typename: 'CheckinTrendPoint', weekStarting: '2026-11-30', averageMood: 3.6, averageCravings: 3.5, people: 7 },
              ],
              capitalTrend: [{ __typename: 'CapitalTrendPoint', month: '2026-11', averageTotal: 41.5, people: 8 }],
              domains: [],
            },
          },
        }),
      },
    });
    expect(await screen.findByText('Each figure comes from at least 5 people, so no one can be recognised.')).toBeInTheDocument();
    expect(screen.getByText('2 figures are held back because fewer people were behind them.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Average mood, week by week' })).toBeInTheDocument();
    expect(screen.getByText('Over 2 weeks. In the latest week, the average mood was 3.6 out of 5, from 7 people.')).toBeInTheDocument();
    expect(screen.getByText('Over 1 months. In the latest month, the average BARC-10 total was 41.5 out of 60.')).toBeInTheDocument();
  });

  it('says there is not enough to show yet when every figure is held back', async () => {
    renderSignedIn({
      path: '/coordinate/a1/insights',
      me: coordinator,
      graphql: {
        ...alliance,
        AllianceInsights: () => ({
          data: {
            allianceInsights: {
              __typename: 'AllianceInsights',
              since: '2026-06-01T00:00:00Z',
              minimumPeople: 5,
              hiddenFigures: 0,
              checkinTrend: [],
              capitalTrend: [],
              domains: [{ __typename: 'InsightDomain', domain: 'PEER_SUPPORT', facilitators: [], obstacles: [] }],
            },
          },
        }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Not enough to show yet' })).toBeInTheDocument();
  });
});

describe('groups', () => {
  const person = (personId: string, displayName: string, role = 'MEMBER') => ({ __typename: 'ConversationParticipant', personId, displayName, role });
  const membership = (personId: string, personDisplayName: string, capacity: string) => ({
    __typename: 'AllianceMembershipEdge',
    node: { __typename: 'AllianceMembership', id: `m-${personId}`, personId, personDisplayName, capacity },
  });

  /** A fake API that keeps the groups as the mutations change them. */
  function groupsApi() {
    const groups = [{ id: 'g1', title: 'Sunday walks', supporterGroup: false, participants: [person('u1', 'Sam', 'OWNER'), person('u2', 'Alex')] }];
    const people = [membership('u2', 'Alex', 'MEMBER'), membership('u3', 'Rosa', 'PEER_MENTOR'), membership('u4', 'Noor', 'SUPPORTER')];
    const names = new Map(people.map((edge) => [edge.node.personId, edge.node.personDisplayName]));
    const created: Record<string, unknown>[] = [];
    const create =
      (supporterGroup: boolean) =>
      ({ variables }: { variables: Record<string, unknown> }) => {
        created.push({ ...variables, supporterGroup });
        const id = `g${groups.length + 1}`;
        groups.push({ id, title: String(variables['title']), supporterGroup, participants: [person('u1', 'Sam', 'OWNER')] });
        return { data: { [supporterGroup ? 'createSupporterGroup' : 'createAllianceGroup']: { __typename: 'Conversation', id } } };
      };
    const graphql: Record<string, Answer> = {
      ...alliance,
      AllianceGroups: () => ({
        data: {
          allianceGroups: groups.map((group) => ({ __typename: 'AllianceGroup', ...group, participantCount: group.participants.length })),
          allianceMembers: { __typename: 'AllianceMembershipConnection', edges: people },
        },
      }),
      CreateMembersGroup: create(false),
      CreateSupporterGroup: create(true),
      AddGroupParticipant: ({ variables }) => {
        const group = groups.find((candidate) => candidate.id === variables['conversationId'])!;
        const userId = String(variables['userId']);
        group.participants.push(person(userId, names.get(userId) ?? ''));
        return { data: { addGroupParticipant: { __typename: 'Conversation', id: group.id } } };
      },
      RemoveGroupParticipant: ({ variables }) => {
        const group = groups.find((candidate) => candidate.id === variables['conversationId'])!;
        group.participants = group.participants.filter((participant) => participant.personId !== variables['userId']);
        return { data: { removeGroupParticipant: { __typename: 'Conversation', id: group.id } } };
      },
    };
    return { graphql, created };
  }

  it('lists the groups with their kind and size, starts a families’ group and adds only families to it', async () => {
    const user = userEvent.setup();
    const api = groupsApi();
    renderSignedIn({ path: '/coordinate/a1/groups', me: coordinator, graphql: api.graphql });

    const walks = await screen.findByRole('article', { name: 'Sunday walks' });
    expect(within(walks).getByText('Members’ group')).toBeInTheDocument();
    expect(within(walks).getByText('2 people in this group')).toBeInTheDocument();
    expect(within(walks).getByRole('link', { name: 'Open Sunday walks in messages' })).toHaveAttribute('href', '/messages/g1');
    expect(within(walks).getByText('Sam (you)')).toBeInTheDocument();
    expect(within(walks).queryByRole('button', { name: 'Remove Sam' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Families’ group/ }));
    await user.type(screen.getByRole('textbox', { name: 'Name of the group' }), 'Families together');
    await user.click(screen.getByRole('button', { name: 'Start the group' }));
    expect(await screen.findByText('Families together has started. You can add people to it now.')).toBeInTheDocument();
    expect(api.created).toEqual([{ allianceId: 'a1', title: 'Families together', supporterGroup: true }]);

    const families = await screen.findByRole('article', { name: 'Families together' });
    expect(within(families).getByText('Families’ group')).toBeInTheDocument();
    await user.click(within(families).getByRole('button', { name: /Add someone to Families together/ }));
    expect(screen.queryByRole('option', { name: 'Alex' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Noor' }));
    await user.click(within(families).getByRole('button', { name: 'Add to the group' }));
    expect(await screen.findByText('Noor is now in Families together.')).toBeInTheDocument();
    expect(await within(families).findByText('2 people in this group')).toBeInTheDocument();
  });

  it('asks before removing someone, and removes them only once confirmed', async () => {
    const user = userEvent.setup();
    const api = groupsApi();
    renderSignedIn({ path: '/coordinate/a1/groups', me: coordinator, graphql: api.graphql });

    const walks = await screen.findByRole('article', { name: 'Sunday walks' });
    await user.click(within(walks).getByRole('button', { name: 'Remove Alex' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove Alex from Sunday walks?' });
    expect(within(confirm).getByText(/Alex will stop receiving this group’s messages at once/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(walks).getByText('2 people in this group')).toBeInTheDocument();

    await user.click(within(walks).getByRole('button', { name: 'Remove Alex' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove Alex from the group' }));
    expect(await screen.findByText('Alex is no longer in Sunday walks.')).toBeInTheDocument();
    expect(await within(walks).findByText('1 person in this group')).toBeInTheDocument();
  });

  it('shows a refusal in the API’s words', async () => {
    const user = userEvent.setup();
    const api = groupsApi();
    renderSignedIn({
      path: '/coordinate/a1/groups',
      me: coordinator,
      graphql: {
        ...api.graphql,
        AddGroupParticipant: () => refusal('BAD_USER_INPUT', 'Only people who belong to this group’s alliance can be added.'),
      },
    });
    const walks = await screen.findByRole('article', { name: 'Sunday walks' });
    await user.click(within(walks).getByRole('button', { name: /Add someone to Sunday walks/ }));
    await user.click(await screen.findByRole('option', { name: 'Rosa' }));
    await user.click(within(walks).getByRole('button', { name: 'Add to the group' }));
    expect(await within(walks).findByRole('alert')).toHaveTextContent('Only people who belong to this group’s alliance can be added.');
  });

  it('says kindly that the page is for the alliance’s coordinators, with the way back', async () => {
    renderSignedIn({
      path: '/coordinate/a1/groups',
      me: coordinator,
      graphql: { ...alliance, AllianceGroups: () => refusal('FORBIDDEN', 'Only this alliance’s coordinators can do this.') },
    });
    expect(await screen.findByText('Only this alliance’s coordinators can do this.')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'All your alliances' }).length).toBeGreaterThan(0);
  });
});
