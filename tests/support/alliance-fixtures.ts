import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { callAs, type TestAccount } from './api-client';

export interface CrisisLine {
  name: string;
  phone: string;
  hours: string;
  languages: string[];
}

/**
 * An alliance created by an administrator and run by `coordinator` (appointed through the
 * API, as an administrator would). Returns its id.
 */
export async function allianceRunBy(
  app: NestFastifyApplication,
  admin: TestAccount,
  coordinator: TestAccount,
  name: string,
  { languages = ['pt', 'en'], crisisResources = [] }: { languages?: string[]; crisisResources?: CrisisLine[] } = {},
): Promise<string> {
  const { createAlliance } = await callAs<{ createAlliance: { id: string } }>(
    app,
    admin,
    'mutation($input: AllianceInput!) { createAlliance(input: $input) { id } }',
    { input: { name, region: 'Norte', city: 'Porto', postcodePrefixes: ['40'], languages, currency: 'EUR', crisisResources, partnerOrganisations: [] } },
  );
  await callAs(app, admin, 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }', {
    a: createAlliance.id,
    u: coordinator.userId,
  });
  return createAlliance.id;
}

/** The person asks to join in that capacity and the coordinator welcomes them. */
export async function joinAlliance(
  app: NestFastifyApplication,
  person: TestAccount,
  coordinator: TestAccount,
  allianceId: string,
  capacity: 'MEMBER' | 'SUPPORTER' = 'MEMBER',
): Promise<void> {
  const { requestToJoinAlliance } = await callAs<{ requestToJoinAlliance: { id: string } }>(
    app,
    person,
    `mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: ${capacity}) { id } }`,
    { a: allianceId },
  );
  await callAs(app, coordinator, 'mutation($m: ID!) { decideMembership(membershipId: $m, decision: APPROVE) { status } }', { m: requestToJoinAlliance.id });
}

/** What a mentor application says; tests override only what they are about. */
export interface MentorProfile {
  livedExperienceSummary: string;
  pathways: string[];
  yearsInRecovery: number;
  languages: string[];
  focusDomains: string[];
  availability: { day: string; start: string; end: string }[];
  maxMentees: number;
  trainingCompleted: string[];
}

const MENTOR_PROFILE: MentorProfile = {
  livedExperienceSummary: 'Six years in recovery; I walk alongside people through the first hard months.',
  pathways: ['HARM_REDUCTION'],
  yearsInRecovery: 6,
  languages: ['en'],
  focusDomains: ['PEER_SUPPORT'],
  availability: [],
  maxMentees: 3,
  trainingCompleted: ['safeguarding'],
};

/** The person (already in the alliance) applies to mentor there and the coordinator vets them. */
export async function vetAsMentor(
  app: NestFastifyApplication,
  person: TestAccount,
  coordinator: TestAccount,
  allianceId: string,
  profile: Partial<MentorProfile> = {},
): Promise<void> {
  const { applyToMentor } = await callAs<{ applyToMentor: { id: string } }>(
    app,
    person,
    'mutation($a: ID!, $input: MentorApplicationInput!) { applyToMentor(allianceId: $a, input: $input) { id } }',
    { a: allianceId, input: { ...MENTOR_PROFILE, ...profile } },
  );
  await callAs(app, coordinator, 'mutation($i: ID!) { decideMentorApplication(applicationId: $i, decision: APPROVE) { status } }', { i: applyToMentor.id });
}

/** The member asks the vetted mentor and the mentor accepts: the mentorship and its conversation. */
export async function startMentorship(
  app: NestFastifyApplication,
  member: TestAccount,
  mentor: TestAccount,
): Promise<{ mentorshipId: string; conversationId: string }> {
  const { requestMentorship } = await callAs<{ requestMentorship: { id: string } }>(
    app,
    member,
    'mutation($m: ID!) { requestMentorship(mentorId: $m) { id } }',
    {
      m: mentor.userId,
    },
  );
  const { acceptMentorship } = await callAs<{ acceptMentorship: { conversationId: string } }>(
    app,
    mentor,
    'mutation($m: ID!) { acceptMentorship(mentorshipId: $m) { conversationId } }',
    { m: requestMentorship.id },
  );
  return { mentorshipId: requestMentorship.id, conversationId: acceptMentorship.conversationId };
}
