import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PlatformRole } from '@kindred/core';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { startTestApi } from '@kindred/test-support/test-api';

const LINES_A = [{ name: 'Linha Vida', phone: '800 100 200', hours: '24 horas', languages: ['pt'] }];
const LINES_B = [{ name: 'Night Line', phone: '0800 555 010', hours: 'Evenings', languages: ['en'] }];
const CRISIS = `query($a: String, $l: String) {
  crisisSupport(allianceId: $a, locale: $l) { message allianceLines { allianceId allianceName resources { name phone hours languages } } platformLines { phone } }
}`;

interface CrisisSupport {
  message: string;
  allianceLines: { allianceId: string; allianceName: string; resources: unknown[] }[];
  platformLines: { phone: string }[];
}

/** Crisis lines are the one thing a person who cannot sign in must always reach. */
describe('crisis support without signing in', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let member: TestAccount;
  let allianceA = '';
  let allianceB = '';

  const crisis = async (variables: Record<string, unknown>, token?: string): Promise<CrisisSupport> => {
    const body = await post<{ crisisSupport: CrisisSupport }>(app, CRISIS, variables, token);
    expect(body.errors).toBeUndefined();
    return body.data!.crisisSupport;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('crisis-support'));
    const admin = await createAccount(app, [PlatformRole.ADMIN]);
    const [coordinatorA, coordinatorB] = await Promise.all([createAccount(app), createAccount(app)]);
    member = await createAccount(app);
    allianceA = await allianceRunBy(app, admin, coordinatorA, 'Crisis A', { crisisResources: LINES_A });
    allianceB = await allianceRunBy(app, admin, coordinatorB, 'Crisis B', { crisisResources: LINES_B });
    await joinAlliance(app, member, coordinatorA, allianceA);
  });

  afterAll(() => stop());

  it('gives anyone Kindred’s lines, and an alliance’s published lines by its id, in their language', async () => {
    const anyone = await crisis({});
    expect(anyone.platformLines.map((line) => line.phone)).toEqual(expect.arrayContaining(['988', '3114']));
    expect(anyone.allianceLines).toEqual([]);
    expect(anyone.message).toMatch(/You are not alone/);

    expect((await crisis({ a: allianceB })).allianceLines).toEqual([{ allianceId: allianceB, allianceName: 'Crisis B', resources: LINES_B }]);
    expect((await crisis({ l: 'fr-BE' })).message).toMatch(/Vous n’êtes pas seul/);
  });

  it('never refuses someone looking for help: an unknown alliance or a stale token still gets the lines', async () => {
    for (const a of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const answer = await crisis({ a });
      expect(answer.allianceLines).toEqual([]);
      expect(answer.platformLines.length).toBeGreaterThan(0);
    }
    expect((await crisis({ a: allianceA }, 'expired.or.forged.token')).allianceLines).toEqual([
      { allianceId: allianceA, allianceName: 'Crisis A', resources: LINES_A },
    ]);
  });

  it('adds the alliances of someone signed in to the one asked for', async () => {
    const signedIn = await crisis({ a: allianceB }, member.accessToken);
    expect(signedIn.allianceLines.map((line) => line.allianceName)).toEqual(['Crisis A', 'Crisis B']);
  });
});
