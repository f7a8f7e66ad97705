import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { post } from '@kindred/test-support/api-client';
import {
  coordinatorOnly,
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  signedInOnly,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { allianceRunBy, joinAlliance, startMentorship, vetAsMentor } from '@kindred/test-support/alliance-fixtures';
import { startTestApi } from '@kindred/test-support/test-api';

/** Only the grantee (the member's mentor) reads what the member shares; anyone else, the member included, is told it does not exist. */
const mentorOnly: Record<Persona, Outcome> = { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', mentor: 'allowed' };
const memberOnly: Record<Persona, Outcome> = { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', member: 'allowed' };

/**
 * Who may do what with check-ins, early help, insights and the recovery journey. The member
 * and their mentor belong to alliance A, which `coordinator` runs; the member shares CHECKINS
 * and MILESTONES with the mentor and agreed to early-help alerts.
 */
describe('authorization matrix: check-ins and milestones', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  const ids = { allianceA: '', checkin: '', alert: '', setback: '' };

  const as = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post<T>(app, query, variables, token);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('checkins-matrix'));
    personas = await createPersonas(app);
    ids.allianceA = await allianceRunBy(app, personas.admin, personas.coordinator, 'Check-ins matrix A');
    for (const persona of [personas.member, personas.mentor]) await joinAlliance(app, persona, personas.coordinator, ids.allianceA);
    await vetAsMentor(app, personas.mentor, personas.coordinator, ids.allianceA);
    await startMentorship(app, personas.member, personas.mentor);
    for (const scope of ['CHECKINS', 'MILESTONES']) {
      await as(personas.member.accessToken, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
        input: { granteeId: personas.mentor.userId, scope, purpose: 'So my mentor can follow along', signature: personas.member.displayName },
      });
    }
    ids.checkin = (
      await as<{ checkIn: { id: string } }>(personas.member.accessToken, 'mutation { checkIn(input: { mood: 3, cravings: 2 }) { id } }')
    ).checkIn.id;
    await as(personas.member.accessToken, 'mutation { setEarlyHelpMentorAlerts(enabled: true) { mentorAlerts } }');
    await as(personas.member.accessToken, 'mutation { setRecoveryStartDate(startedOn: "2026-01-10") { totalDays } }');
    ids.setback = (
      await as<{ recordSetback: { journey: { setbacks: { id: string }[] } } }>(
        personas.member.accessToken,
        'mutation { recordSetback(input: {}) { journey { setbacks { id } } } }',
      )
    ).recordSetback.journey.setbacks[0]!.id;
    const [alert]: { id: string }[] = await app.get(DataSource).query(`SELECT id FROM early_help_alerts WHERE mentor_id = $1`, [personas.mentor.userId]);
    ids.alert = alert!.id;
  });

  afterAll(() => stop());

  const rows = (): MatrixRow[] => [
    { operation: 'checkIn', request: { query: 'mutation { checkIn(input: { mood: 4, cravings: 1 }) { id } }' }, expect: signedInOnly },
    { operation: 'myCheckins', request: { query: '{ myCheckins(first: 5) { edges { node { id } } } }' }, expect: signedInOnly },
    {
      operation: 'sharedCheckins (the member’s)',
      request: (_persona, people) => ({ query: 'query($o: ID!) { sharedCheckins(ownerId: $o) { averageMood } }', variables: { o: people.member.userId } }),
      expect: mentorOnly,
    },
    { operation: 'myCheckinPreferences', request: { query: '{ myCheckinPreferences { cadence } }' }, expect: signedInOnly },
    {
      operation: 'setCheckinRhythm',
      request: { query: 'mutation { setCheckinRhythm(input: { cadence: DAILY, localTime: "19:00" }) { nextReminderAt } }' },
      expect: signedInOnly,
    },
    {
      operation: 'setEarlyHelpMentorAlerts',
      request: { query: 'mutation { setEarlyHelpMentorAlerts(enabled: false) { mentorAlerts } }' },
      expect: signedInOnly,
    },
    { operation: 'setReassessmentInterval', request: { query: 'mutation { setReassessmentInterval(days: 60) { reassessEveryDays } }' }, expect: signedInOnly },
    { operation: 'stopCheckinReminders', request: { query: 'mutation { stopCheckinReminders { cadence } }' }, expect: signedInOnly },
    { operation: 'myEarlyHelp', request: { query: '{ myEarlyHelp { reason } }' }, expect: signedInOnly },
    { operation: 'myEarlyHelpAlerts', request: { query: '{ myEarlyHelpAlerts { id } }' }, expect: signedInOnly },
    {
      operation: 'markEarlyHelpAlertSeen (the mentor’s)',
      request: () => ({ query: 'mutation($a: ID!) { markEarlyHelpAlertSeen(alertId: $a) }', variables: { a: ids.alert } }),
      expect: mentorOnly,
    },
    {
      operation: 'allianceInsights (alliance A)',
      request: () => ({ query: 'query($a: ID!) { allianceInsights(allianceId: $a) { minimumPeople } }', variables: { a: ids.allianceA } }),
      expect: coordinatorOnly,
    },
    { operation: 'myRecoveryJourney', request: { query: '{ myRecoveryJourney { totalDays } }' }, expect: signedInOnly },
    { operation: 'setRecoveryStartDate', request: { query: 'mutation { setRecoveryStartDate(startedOn: "2026-02-01") { totalDays } }' }, expect: signedInOnly },
    { operation: 'recordSetback', request: { query: 'mutation { recordSetback(input: {}) { message } }' }, expect: signedInOnly },
    {
      operation: 'sharedMilestones (the member’s)',
      request: (_persona, people) => ({ query: 'query($o: ID!) { sharedMilestones(ownerId: $o) { totalDays } }', variables: { o: people.member.userId } }),
      expect: mentorOnly,
    },
    {
      operation: 'deleteSetback (the member’s)',
      request: () => ({ query: 'mutation($s: ID!) { deleteSetback(setbackId: $s) { totalDays } }', variables: { s: ids.setback } }),
      expect: memberOnly,
    },
    {
      operation: 'deleteCheckin (the member’s)',
      request: () => ({ query: 'mutation($c: ID!) { deleteCheckin(checkinId: $c) }', variables: { c: ids.checkin } }),
      expect: memberOnly,
    },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });
});
