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
