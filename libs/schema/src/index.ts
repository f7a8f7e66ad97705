import { CORE_MIGRATIONS, type MigrationClass } from '@kindred/core';
import { ALLIANCES_MIGRATIONS } from '@kindred/alliances';
import { CHECKINS_MIGRATIONS } from '@kindred/checkins';
import { CIRCLES_MIGRATIONS } from '@kindred/circles';
import { CONSENT_MIGRATIONS } from '@kindred/consent';
import { DIARY_MIGRATIONS } from '@kindred/diary';
import { IDENTITY_MIGRATIONS } from '@kindred/identity';
import { MENTORSHIP_MIGRATIONS } from '@kindred/mentorship';
import { MESSAGING_MIGRATIONS } from '@kindred/messaging';
import { MODERATION_MIGRATIONS } from '@kindred/moderation';
import { NOTIFICATIONS_MIGRATIONS } from '@kindred/notifications';
import { OPERATIONS_MIGRATIONS } from '@kindred/operations';
import { PLANS_MIGRATIONS } from '@kindred/plans';
import { RECOVERY_MIGRATIONS } from '@kindred/recovery';
import { SPARKS_MIGRATIONS } from '@kindred/sparks';
import { STORIES_MIGRATIONS } from '@kindred/stories';

/** The timestamp TypeORM orders a migration by: the digits that end its class name. */
export function migrationTimestamp(migration: MigrationClass): number {
  const digits = /(\d{13})$/.exec(migration.name);
  if (!digits?.[1]) throw new Error(`Migration ${migration.name} does not end with its 13-digit timestamp`);
  return Number(digits[1]);
}

/**
 * Every domain's migrations, by the domain that owns their tables: a domain's migration
 * creates and changes only its own tables (docs/adr/0007).
 */
export const DOMAIN_MIGRATIONS: Readonly<Record<string, readonly MigrationClass[]>> = {
  core: CORE_MIGRATIONS,
  operations: OPERATIONS_MIGRATIONS,
  identity: IDENTITY_MIGRATIONS,
  alliances: ALLIANCES_MIGRATIONS,
  recovery: RECOVERY_MIGRATIONS,
  messaging: MESSAGING_MIGRATIONS,
  notifications: NOTIFICATIONS_MIGRATIONS,
  moderation: MODERATION_MIGRATIONS,
  stories: STORIES_MIGRATIONS,
  circles: CIRCLES_MIGRATIONS,
  consent: CONSENT_MIGRATIONS,
  mentorship: MENTORSHIP_MIGRATIONS,
  sparks: SPARKS_MIGRATIONS,
  plans: PLANS_MIGRATIONS,
  checkins: CHECKINS_MIGRATIONS,
  diary: DIARY_MIGRATIONS,
};

/**
 * The database's whole history, in timestamp order, which is the order TypeORM runs them
 * in. Composed here, outside core, so core knows no domain.
 */
export const SCHEMA_MIGRATIONS: readonly MigrationClass[] = Object.values(DOMAIN_MIGRATIONS)
  .flat()
  .sort((first, second) => migrationTimestamp(first) - migrationTimestamp(second));
