import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { PersonalDataRegistry, type Viewer } from '@kindred/core';
import { integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { Barc10Service } from '../barc10/barc10.service';
import { DomainRatingsService } from '../domains/domain-ratings.service';
import { RECOVERY_DOMAINS, RecoveryDomain } from '../domains/recovery-domain';
import { MentorGender, RecoveryPathway, Weekday } from '../preferences/recovery-preference.entity';
import { RecoveryPreferencesService } from '../preferences/recovery-preferences.service';
import { newMember, recoveryTestingModule } from '../testing/recovery-testing-module';
import { RecoveryPersonalData } from './recovery-personal-data';

const RECOVERY_TABLES = ['barc10_assessments', 'domain_ratings', 'domain_rating_notes', 'recovery_preferences'];

describe('recovery: export and erasure of a person’s data (real PostgreSQL)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let contributor: RecoveryPersonalData;

  /** A person with something in every recovery table, notes included. */
  const personWithEverything = async (note: string): Promise<Viewer> => {
    const person = await newMember(dataSource);
    await moduleRef.get(Barc10Service).record(person, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    await moduleRef.get(DomainRatingsService).record(
      person,
      RECOVERY_DOMAINS.map((domain) => ({ domain, score: 6, note: domain === RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT ? note : null })),
    );
    await moduleRef.get(RecoveryPreferencesService).update(person, {
      pathways: [RecoveryPathway.ABSTINENCE_BASED],
      preferredMentorGender: MentorGender.MAN,
      languages: ['en'],
      availability: [{ day: Weekday.SUNDAY, start: '14:00', end: '16:00' }],
    });
    return person;
  };

  const rowCounts = async (userId: string): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const table of RECOVERY_TABLES) {
      const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM "${table}" WHERE user_id = $1`, [userId])) as [{ count: number }];
      counts[table] = count;
    }
    return counts;
  };

  beforeAll(async () => {
    env = await integrationEnvironment('recovery-privacy');
    moduleRef = await recoveryTestingModule(env);
    dataSource = moduleRef.get(DataSource);
    contributor = moduleRef.get(RecoveryPersonalData);
  });

  afterAll(async () => {
    await moduleRef.close();
    await env.cleanup();
  });

  it('is registered for export and erasure, covering every recovery table', () => {
    const registered = moduleRef.get(PersonalDataRegistry).contributors();
    expect(registered.map((entry) => entry.domain)).toContain('recovery');
    expect(contributor.covers.map((entry) => entry.table).sort()).toEqual([...RECOVERY_TABLES].sort());
  });

  it('exports everything the person recorded, notes decrypted, and nothing about anyone else', async () => {
    const person = await personWithEverything('Moved into the shared flat on Rue Verte.');
    const other = await personWithEverything('Still sofa-surfing at my cousin’s.');

    const exported = await dataSource.transaction((manager) => contributor.export(manager, person.userId));
    expect(exported).toMatchObject({
      barc10Assessments: [{ answers: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], total: 40, statementsVersion: 'barc10-vilsaint-2017' }],
      domainRatings: [
        {
          scaleVersion: 'treatnet-self-rating-0-10-v1',
          scores: { SAFE_HOUSING_AND_ENVIRONMENT: 6, MEANING_AND_PURPOSE: 6 },
          notes: { SAFE_HOUSING_AND_ENVIRONMENT: 'Moved into the shared flat on Rue Verte.' },
        },
      ],
      preferences: {
        pathways: ['ABSTINENCE_BASED'],
        preferredMentorGender: 'MAN',
        languages: ['en'],
        availability: [{ day: 'SUNDAY', start: '14:00', end: '16:00' }],
      },
    });
    const text = JSON.stringify(exported);
    expect(text).not.toContain('sofa-surfing');
    expect(text).not.toContain(other.userId);
    expect(text).not.toMatch(/v1\.dev\./); // plain text for the person, not ciphertext
  });

  it('exports an empty section for a person who recorded nothing', async () => {
    const person = await newMember(dataSource);
    expect(await dataSource.transaction((manager) => contributor.export(manager, person.userId))).toEqual({
      barc10Assessments: [],
      domainRatings: [],
      preferences: null,
    });
  });

  it('erases every row of the person in every recovery table, keeps everyone else’s, and is harmless twice', async () => {
    const person = await personWithEverything('A note to erase.');
    const bystander = await personWithEverything('A note to keep.');
    expect(Object.values(await rowCounts(person.userId)).every((count) => count > 0)).toBe(true);

    await dataSource.transaction((manager) => moduleRef.get(PersonalDataRegistry).eraseAll(manager, person.userId));
    expect(await rowCounts(person.userId)).toEqual(Object.fromEntries(RECOVERY_TABLES.map((table) => [table, 0])));
    // Nothing left that refers to the person by id, in any table recovery owns.
    for (const table of RECOVERY_TABLES) {
      const rows = (await dataSource.query(`SELECT row_to_json(t)::text AS json FROM "${table}" t`)) as { json: string }[];
      expect(rows.filter(({ json }) => json.includes(person.userId))).toEqual([]);
    }

    await dataSource.transaction((manager) => contributor.erase(manager, person.userId));
    expect(Object.values(await rowCounts(person.userId))).toEqual([0, 0, 0, 0]);
    expect(await rowCounts(bystander.userId)).toEqual({ barc10_assessments: 1, domain_ratings: 1, domain_rating_notes: 1, recovery_preferences: 1 });
  });
});
