import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

/** A table a domain answers for, and the columns through which its rows belong to a person. */
export interface PersonalDataCoverage {
  table: string;
  personColumns: readonly string[];
}

/**
 * What a domain implements so that export and erasure reach its tables. Every table that
 * references a person must be listed in some contributor's `covers`: an integration test
 * walks the database and fails, naming the table, when one is not.
 */
export interface PersonalDataContributor {
  /** Key of this domain's section in the export, e.g. `identity`. Unique. */
  readonly domain: string;
  readonly covers: readonly PersonalDataCoverage[];
  /**
   * True for the one contributor that scrubs the account row itself (identity). Its erasure
   * runs after every other domain's, which may still read the account while erasing (say, to
   * find the address others typed into an invitation).
   */
  readonly erasesAccount?: boolean;
  /** Everything the person owns in these tables, as plain JSON, and nothing about anyone else. */
  export(manager: EntityManager, userId: string): Promise<Record<string, unknown>>;
  /**
   * Removes or irreversibly pseudonymises the person's data, inside the caller's
   * transaction. Must be idempotent: a second run changes nothing.
   */
  erase(manager: EntityManager, userId: string): Promise<void>;
}

const personalDataMarker = DiscoveryService.createDecorator<Record<string, never>>();

/** The metadata key the registry discovers contributors by. */
export const PERSONAL_DATA_METADATA_KEY = personalDataMarker.KEY;

type ContributorClass = abstract new (...args: never[]) => PersonalDataContributor;

/**
 * Registers a provider as its domain's export and erasure handler. The type parameter makes
 * a class that does not implement `PersonalDataContributor` fail to compile.
 */
export function PersonalData(): <T extends ContributorClass>(target: T) => void {
  const mark = personalDataMarker();
  return (target) => {
    mark(target);
  };
}
