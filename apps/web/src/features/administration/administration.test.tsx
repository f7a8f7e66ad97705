import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const admin = { roles: ['MEMBER', 'ADMIN'] };

const alliances = (nodes: { id: string; name: string }[]) => ({
  data: {
    alliances: {
      __typename: 'AllianceConnection',
      edges: nodes.map((node) => ({ __typename: 'AllianceEdge', node: { __typename: 'Alliance', city: 'Strasbourg', region: 'Grand Est', ...node } })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

const found = { __typename: 'PersonFound', id: 'u7', displayName: 'Léa', roles: ['MEMBER'] };

describe('administration pages', () => {
  it('tells a member kindly that these tools are not theirs, without asking the api', async () => {
    const harness = renderSignedIn({ path: '/administration/audit' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Running Kindred' })).toBeInTheDocument();
    expect(screen.getByText(/These tools are for Kindred's administrators/)).toBeInTheDocument();
    expect(harness.operations).not.toContain('AuditEvents');
  });

  it('lists alliances and creates one', async () => {
    const created: Record<string, unknown>[] = [];
    renderSignedIn({
      path: '/administration',
      me: admin,
      graphql: {
        AdminAlliances: () =>
          alliances(
            created.length
              ? [
                  { id: 'a1', name: 'Lyon Ensemble' },
                  { id: 'a2', name: 'Alliance du Rhin' },
                ]
              : [{ id: 'a1', name: 'Lyon Ensemble' }],
          ),
        CreateAlliance: ({ variables }) => {
          created.push(variables);
          return { data: { createAlliance: { __typename: 'Alliance', id: 'a2', name: 'Alliance du Rhin' } } };
        },
      },
    });
    expect(await screen.findByRole('link', { name: 'Lyon Ensemble' })).toHaveAttribute('href', '/administration/alliances/a1');
    const form = screen.getByRole('form', { name: 'Create an alliance' });
    await userEvent.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Alliance du Rhin');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Region/ }), 'Grand Est');
    await userEvent.type(within(form).getByRole('textbox', { name: /^City or town/ }), 'Strasbourg');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Postcodes/ }), '67, 68');
    await userEvent.click(within(form).getByRole('button', { name: 'Create the alliance' }));
    expect(await screen.findByRole('link', { name: 'Open Alliance du Rhin' })).toHaveAttribute('href', '/administration/alliances/a2');
    expect(created[0]).toEqual({
      input: {
        name: 'Alliance du Rhin',
        region: 'Grand Est',
        city: 'Strasbourg',
        postcodePrefixes: ['67', '68'],
        languages: ['fr', 'en'],
        currency: 'EUR',
        description: null,
        crisisResources: [],
        partnerOrganisations: [],
      },
    });
    expect(await screen.findByRole('link', { name: 'Alliance du Rhin' })).toBeInTheDocument();
  });

  it('finds a person by email and appoints them coordinator; a refusal is shown as the api words it', async () => {
    let coordinators: unknown[] = [];
    renderSignedIn({
      path: '/administration/alliances/a1',
      me: admin,
      graphql: {
        AdminAlliance: () => ({
          data: {
            alliance: {
              __typename: 'Alliance',
              id: 'a1',
              name: 'Lyon Ensemble',
              description: '',
              city: 'Lyon',
              region: 'Auvergne-Rhône-Alpes',
              postcodePrefixes: ['69'],
              languages: ['fr'],
              currency: 'EUR',
              crisisResources: [],
              partnerOrganisations: [],
            },
            allianceCoordinators: coordinators,
            allianceModerators: [],
          },
        }),
        PersonByEmail: ({ variables }) =>
          variables['email'] === 'lea@example.org'
            ? { data: { personByEmail: found } }
            : { errors: [{ message: 'We could not find that account.', extensions: { code: 'NOT_FOUND' } }], data: null },
        AppointCoordinator: ({ variables }) => {
          expect(variables).toEqual({ allianceId: 'a1', userId: 'u7' });
          coordinators = [{ __typename: 'AllianceCoordinator', userId: 'u7', displayName: 'Léa', appointedAt: new Date().toISOString() }];
          return { data: { appointCoordinator: { __typename: 'Alliance', id: 'a1' } } };
        },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lyon Ensemble' })).toBeInTheDocument();
    expect(screen.getByText('Nobody coordinates this alliance yet.')).toBeInTheDocument();
    const lookup = screen.getByRole('form', { name: 'Email of the person to appoint as coordinator' });
    const email = within(lookup).getByRole('textbox', { name: /Email of the person/ });
    await userEvent.type(email, 'nobody@example.org');
    await userEvent.click(within(lookup).getByRole('button', { name: 'Find' }));
    expect(await within(lookup).findByRole('alert')).toHaveTextContent('We could not find that account.');
    await userEvent.clear(email);
    await userEvent.type(email, 'lea@example.org');
    await userEvent.click(within(lookup).getByRole('button', { name: 'Find' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Appoint Léa as coordinator' }));
    expect(await screen.findByText('Léa now coordinates this alliance.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Step Léa down' })).toBeInTheDocument();
  });

  it('gives a role to a person found by email', async () => {
    renderSignedIn({
      path: '/administration/roles',
      me: admin,
      graphql: {
        PersonByEmail: () => ({ data: { personByEmail: found } }),
        GrantRole: ({ variables }) => {
          expect(variables).toEqual({ userId: 'u7', role: 'MODERATOR' });
          return { data: { grantRole: { __typename: 'Account', id: 'u7', roles: ['MEMBER', 'MODERATOR'] } } };
        },
      },
    });
    await userEvent.type(await screen.findByRole('textbox', { name: /Their email address/ }), 'lea@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Find' }));
    expect(await screen.findByRole('heading', { name: "Léa's roles" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Give the Moderator role' }));
    expect(await screen.findByText('Léa now has the Moderator role.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Take away the Moderator role' })).toBeInTheDocument();
    expect(screen.getByText('Member, Moderator')).toBeInTheDocument();
  });

  it('reads the audit log with names, filters it by action and person, in French', async () => {
    const asked: Record<string, unknown>[] = [];
    let calls = 0;
    renderSignedIn({
      path: '/administration/audit',
      language: 'fr',
      me: { ...admin, locale: 'fr' },
      graphql: {
        AuditEvents: ({ variables }) => {
          asked.push(variables);
          if (++calls === 1) return { errors: [{ message: 'Un souci de notre côté.', extensions: { code: 'INTERNAL' } }], data: null };
          return {
            data: {
              auditEvents: {
                __typename: 'AuditEventConnection',
                edges: [
                  {
                    __typename: 'AuditEventEdge',
                    node: {
                      __typename: 'AuditEvent',
                      id: '9',
                      action: 'role.granted',
                      actorDisplayName: 'Alex',
                      subjectDisplayName: 'Léa',
                      occurredAt: new Date().toISOString(),
                      details: { role: 'MODERATOR' },
                    },
                  },
                ],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              },
            },
          };
        },
        PersonByEmail: () => ({ data: { personByEmail: found } }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Rôle donné', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('par Alex · concernant Léa')).toBeInTheDocument();
    expect(screen.getByText('role: MODERATOR')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Ce qui s’est passé/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Rôle donné' }));
    await userEvent.type(screen.getByRole('textbox', { name: /L’e-mail d’une personne/ }), 'lea@example.org');
    await userEvent.click(screen.getByRole('radio', { name: 'faits par cette personne' }));
    await userEvent.click(screen.getByRole('button', { name: 'Afficher' }));
    await screen.findByText('Rôle donné', { selector: 'strong' });
    expect(asked.at(-1)).toEqual({ action: 'role.granted', actorId: 'u7', subjectId: null });
  });
});
