import { randomBytes } from 'node:crypto';
import { createAdmin, registerAndSignIn, type E2eAccount } from './accounts';
import { ageAccounts } from './clock';
import { graphql, type RequestOptions } from './graphql-client';

export interface Member extends E2eAccount {
  userId: string;
}

export interface AllianceWithMembers {
  admin: Member;
  allianceId: string;
  members: Member[];
}

/** Calls the API and fails loudly on an error: for setting the scene, not for assertions. */
export async function must<T>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  options: RequestOptions,
): Promise<T> {
  const response = await graphql<T>(apiUrl, query, variables, token, options);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

async function withId(apiUrl: string, account: E2eAccount, options: RequestOptions): Promise<Member> {
  const { me } = await must<{ me: { id: string } }>(apiUrl, '{ me { id } }', {}, account.accessToken, options);
  return { ...account, userId: me.id };
}

/**
 * An alliance run by an administrator (appointed its coordinator by another) with people who joined it
 * as members and were approved, all through the API, as people would. Everyone has been on
 * Kindred for a month, past the new-account limits.
 */
export async function allianceWithMembers(apiUrl: string, env: Record<string, string>, count: number, options: RequestOptions): Promise<AllianceWithMembers> {
  const admin = await withId(apiUrl, await createAdmin(apiUrl, env, options), options);
  const { createAlliance } = await must<{ createAlliance: { id: string } }>(
    apiUrl,
    'mutation($input: AllianceInput!) { createAlliance(input: $input) { id } }',
    {
      input: {
        name: `E2E alliance ${randomBytes(4).toString('hex')}`,
        region: 'Grand Est',
        city: 'Strasbourg',
        postcodePrefixes: ['67'],
        languages: ['fr'],
        currency: 'EUR',
        crisisResources: [],
        partnerOrganisations: [],
      },
    },
    admin.accessToken,
    options,
  );
  // Nobody appoints themselves: a second administrator appoints the first as coordinator.
  const appointer = await createAdmin(apiUrl, env, options);
  await must(
    apiUrl,
    'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }',
    { a: createAlliance.id, u: admin.userId },
    appointer.accessToken,
    options,
  );
  const members: Member[] = [];
  for (let index = 0; index < count; index++) members.push(await withId(apiUrl, await registerAndSignIn(apiUrl, options), options));
  await joinAsMembers(apiUrl, createAlliance.id, admin.accessToken, members, options);
  await ageAccounts(env, [admin.userId, ...members.map((member) => member.userId)], 30);
  return { admin, allianceId: createAlliance.id, members };
}

/** Each person asks to join the alliance as a member, one after another, and `approverToken` (a coordinator's) says yes. */
export async function joinAsMembers(
  apiUrl: string,
  allianceId: string,
  approverToken: string,
  people: readonly { accessToken: string }[],
  options: RequestOptions,
): Promise<void> {
  for (const person of people) {
    const { requestToJoinAlliance } = await must<{ requestToJoinAlliance: { id: string } }>(
      apiUrl,
      'mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: MEMBER) { id } }',
      { a: allianceId },
      person.accessToken,
      options,
    );
    await must(
      apiUrl,
      'mutation($m: ID!) { decideMembership(membershipId: $m, decision: APPROVE) { status } }',
      { m: requestToJoinAlliance.id },
      approverToken,
      options,
    );
  }
}

/** The person applies to mentor in the alliance with `application` (a MentorApplicationInput), and `approverToken` (a coordinator's) vets them. */
export async function vetMentor(
  apiUrl: string,
  allianceId: string,
  approverToken: string,
  mentor: { accessToken: string },
  application: Record<string, unknown>,
  options: RequestOptions,
): Promise<void> {
  const { applyToMentor } = await must<{ applyToMentor: { id: string } }>(
    apiUrl,
    'mutation($a: ID!, $input: MentorApplicationInput!) { applyToMentor(allianceId: $a, input: $input) { id } }',
    { a: allianceId, input: application },
    mentor.accessToken,
    options,
  );
  await must(
    apiUrl,
    'mutation($i: ID!) { decideMentorApplication(applicationId: $i, decision: APPROVE) { status } }',
    { i: applyToMentor.id },
    approverToken,
    options,
  );
}
