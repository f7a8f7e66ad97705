import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PlatformRole } from '@kindred/core';
import { post, type TestAccount } from './api-client';
import { insertPerson } from './factories';

/**
 * The people an operation is tried as. Roles are set here; each domain's matrix sets up the
 * relationships that give them meaning (which alliance `coordinator` runs, which one
 * `coordinatorOfAnotherAlliance` runs, what `member` belongs to).
 */
export const PERSONAS = [
  'anonymous',
  'member',
  'otherMember',
  'supporter',
  'mentor',
  'coordinator',
  'coordinatorOfAnotherAlliance',
  'moderator',
  'admin',
] as const;

export type Persona = (typeof PERSONAS)[number];

/**
 * What a persona should meet: the operation runs, or it is refused with this code.
 * SHARING_ENDED: they held a grant to this person's data, and it was stopped or reached its end.
 */
export type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'SHARING_ENDED';

export type Personas = Record<Exclude<Persona, 'anonymous'>, TestAccount>;

const ROLES: Record<Exclude<Persona, 'anonymous'>, PlatformRole[]> = {
  member: [PlatformRole.MEMBER],
  otherMember: [PlatformRole.MEMBER],
  supporter: [PlatformRole.SUPPORTER],
  mentor: [PlatformRole.MEMBER, PlatformRole.PEER_MENTOR],
  coordinator: [PlatformRole.COORDINATOR],
  coordinatorOfAnotherAlliance: [PlatformRole.COORDINATOR],
  moderator: [PlatformRole.MODERATOR],
  admin: [PlatformRole.ADMIN],
};

export async function createPersonas(app: NestFastifyApplication): Promise<Personas> {
  const entries = await Promise.all(
    (Object.keys(ROLES) as (keyof typeof ROLES)[]).map(async (persona) => [persona, await insertPerson(app, ROLES[persona])] as const),
  );
  return Object.fromEntries(entries) as Personas;
}

export interface MatrixRow {
  /** A name for the test title, usually the operation. */
  operation: string;
  /** The document and variables to send; a function when they depend on the persona. */
  request:
    { query: string; variables?: Record<string, unknown> } | ((as: Persona, personas: Personas) => { query: string; variables?: Record<string, unknown> });
  expect: Record<Persona, Outcome>;
}

/** Sends the row's request as the persona and reports the outcome by error code. */
export async function outcomeOf(app: NestFastifyApplication, row: MatrixRow, persona: Persona, personas: Personas): Promise<Outcome | string> {
  const { query, variables = {} } = typeof row.request === 'function' ? row.request(persona, personas) : row.request;
  const token = persona === 'anonymous' ? undefined : personas[persona].accessToken;
  const body = await post(app, query, variables, token, `10.9.${PERSONAS.indexOf(persona)}.1`);
  const code = body.errors?.[0]?.extensions?.['code'];
  if (code === undefined) return 'allowed';
  return typeof code === 'string' ? code : JSON.stringify(body.errors);
}

/** Flattens a matrix into [operation, persona, expected] cases for `it.each`. */
export function matrixCases(rows: MatrixRow[]): [string, Persona, Outcome, MatrixRow][] {
  return rows.flatMap((row) => PERSONAS.map((persona) => [row.operation, persona, row.expect[persona], row] as [string, Persona, Outcome, MatrixRow]));
}

/** Shorthands for common expectations. */
export const everyone = (outcome: Outcome): Record<Persona, Outcome> =>
  Object.fromEntries(PERSONAS.map((persona) => [persona, outcome])) as Record<Persona, Outcome>;
export const signedInOnly: Record<Persona, Outcome> = { ...everyone('allowed'), anonymous: 'UNAUTHENTICATED' };
export const adminOnly: Record<Persona, Outcome> = { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', admin: 'allowed' };
/** After the member stopped sharing with the supporter: the supporter is told so; nobody else learns anything. */
export const sharingEndedForSupporter: Record<Persona, Outcome> = { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', supporter: 'SHARING_ENDED' };
/** Only the coordinator of the alliance under test; everyone else signed in is refused. */
export const coordinatorOnly: Record<Persona, Outcome> = { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', coordinator: 'allowed' };
/** The coordinator of the alliance under test, or an administrator: decisions about its people, which a coordinator never makes about themselves. */
export const coordinatorOrAdmin: Record<Persona, Outcome> = { ...coordinatorOnly, admin: 'allowed' };
