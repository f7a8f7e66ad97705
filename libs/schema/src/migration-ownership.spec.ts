import type { QueryRunner } from 'typeorm';
import type { MigrationClass } from '@kindred/core';
import { DOMAIN_MIGRATIONS, SCHEMA_MIGRATIONS } from './index';

/**
 * Shipped migrations that changed another domain's table before the rule of docs/adr/0007,
 * with what they touched. They cannot be edited now; nothing may join this list.
 */
const SHIPPED_BEFORE_THE_RULE: Record<string, string[]> = {
  CreateModeration1763950000000: ['messages', 'notification_preferences', 'notifications', 'stories', 'story_reactions', 'users'],
  CreateCirclesAndConsent1763960000000: ['alliance_resources', 'consent_grants', 'conversations', 'disclosure_log'],
  CreateMentorships1763970000000: ['conversations', 'mentor_applications', 'notification_preferences', 'notifications'],
  CreateSparks1763980000000: ['notification_preferences', 'notifications'],
  CreatePlans1763985000000: ['notification_preferences', 'notifications'],
  CreateCheckinsAndMilestones1763990000000: ['notification_preferences', 'notifications'],
  MentorPlacesAndFullMentors1764020000000: ['alliances', 'mentor_applications'],
};

/**
 * Tables a shipped migration of one domain created for another: circles and consent began
 * together, and moderation's first migration created the stories domain's tables (the indexes it
 * made on them are why `stories` and `story_reactions` appear in its entry above).
 */
const CREATED_FOR_ANOTHER_DOMAIN: Record<string, string> = {
  consent_grants: 'consent',
  disclosure_log: 'consent',
  stories: 'stories',
  story_reactions: 'stories',
};

/** The SQL a migration's `up` sends, without a database: it only writes, never reads. */
async function statementsOf(migration: MigrationClass): Promise<string[]> {
  const statements: string[] = [];
  const runner = { query: async (sql: string) => void statements.push(sql) } as unknown as QueryRunner;
  await new migration().up(runner);
  return statements;
}

function tablesCreated(statements: string[]): string[] {
  return statements.flatMap((sql) => [...sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)/gi)].map((match) => match[1]!));
}

/** Tables a statement changes or indexes: ALTER TABLE, CREATE INDEX … ON, triggers, DROP TABLE. */
function tablesChanged(sql: string): string[] {
  const patterns = [
    /ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(\w+)/gi,
    /\bON (\w+)\s*(?:USING \w+\s*)?\(/gi,
    /CREATE (?:CONSTRAINT )?TRIGGER \w+[\s\S]*?\bON (\w+)/gi,
    /DROP TABLE (?:IF EXISTS )?(\w+)/gi,
  ];
  return patterns.flatMap((pattern) => [...sql.matchAll(pattern)].map((match) => match[1]!));
}

describe('where migrations live (docs/adr/0007)', () => {
  it('holds every domain migration once, in timestamp order', () => {
    const all = Object.values(DOMAIN_MIGRATIONS).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(SCHEMA_MIGRATIONS).toHaveLength(all.length);
    const names = SCHEMA_MIGRATIONS.map((migration) => migration.name);
    expect(names).toEqual([...names].sort((a, b) => a.slice(-13).localeCompare(b.slice(-13))));
  });

  it("never lets a domain's migration change another domain's table", async () => {
    const owner = new Map<string, string>();
    for (const [domain, migrations] of Object.entries(DOMAIN_MIGRATIONS)) {
      for (const migration of migrations) {
        for (const table of tablesCreated(await statementsOf(migration))) {
          owner.set(table, CREATED_FOR_ANOTHER_DOMAIN[table] ?? domain);
        }
      }
    }
    const trespasses: Record<string, string[]> = {};
    for (const [domain, migrations] of Object.entries(DOMAIN_MIGRATIONS)) {
      for (const migration of migrations) {
        const foreign = (await statementsOf(migration)).flatMap(tablesChanged).filter((table) => owner.has(table) && owner.get(table) !== domain);
        if (foreign.length > 0) trespasses[migration.name] = [...new Set(foreign)].sort();
      }
    }
    expect(trespasses).toEqual(SHIPPED_BEFORE_THE_RULE);
  });
});
