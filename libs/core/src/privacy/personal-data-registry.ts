import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import { PERSONAL_DATA_METADATA_KEY, type PersonalDataContributor } from './personal-data';

/** Thrown at start-up when two contributors claim the same domain or the same table. */
export class PersonalDataRegistryError extends Error {
  override readonly name = 'PersonalDataRegistryError';
}

/**
 * Checks the discovered contributors and orders them by domain, so exports read the same
 * every time. A table answered for twice would be exported twice and erased by two rules.
 */
export function checkContributors(found: readonly PersonalDataContributor[]): PersonalDataContributor[] {
  // The same class provided by an API and a worker module is one contributor.
  const unique = [...new Map(found.map((contributor) => [contributor.constructor, contributor])).values()];
  const problems: string[] = [];
  const domains = new Map<string, number>();
  const tables = new Map<string, string[]>();
  for (const contributor of unique) {
    domains.set(contributor.domain, (domains.get(contributor.domain) ?? 0) + 1);
    for (const { table } of contributor.covers) tables.set(table, [...(tables.get(table) ?? []), contributor.domain]);
  }
  for (const [domain, count] of domains) if (count > 1) problems.push(`domain "${domain}" has ${count} contributors`);
  const accountErasers = unique.filter((contributor) => contributor.erasesAccount).map((contributor) => contributor.domain);
  if (accountErasers.length > 1) problems.push(`only one contributor may erase the account, not ${accountErasers.join(', ')}`);
  for (const [table, owners] of tables) if (owners.length > 1) problems.push(`table "${table}" is covered by ${owners.join(', ')}`);
  if (problems.length > 0) throw new PersonalDataRegistryError(`Personal data contributors conflict: ${problems.join('; ')}`);
  return unique.sort((a, b) => a.domain.localeCompare(b.domain));
}

/** Contributors in the order their erasures run: by domain, with the account's own last. */
export function erasureOrder(contributors: readonly PersonalDataContributor[]): PersonalDataContributor[] {
  return [...contributors.filter((contributor) => !contributor.erasesAccount), ...contributors.filter((contributor) => contributor.erasesAccount)];
}

/** Every domain's export and erasure handlers, found by `@PersonalData()` across the application. */
@Injectable()
export class PersonalDataRegistry implements OnModuleInit {
  private registered: readonly PersonalDataContributor[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = this.discovery
      .getProviders({ metadataKey: PERSONAL_DATA_METADATA_KEY })
      .map((wrapper): unknown => wrapper.instance)
      .filter((instance): instance is PersonalDataContributor => typeof instance === 'object' && instance !== null);
    this.registered = checkContributors(found);
  }

  contributors(): readonly PersonalDataContributor[] {
    return this.registered;
  }

  /** Each domain's export under its own key, read in the caller's transaction for one consistent picture. */
  async exportAll(manager: EntityManager, userId: string): Promise<Record<string, Record<string, unknown>>> {
    const sections: Record<string, Record<string, unknown>> = {};
    for (const contributor of this.registered) sections[contributor.domain] = await contributor.export(manager, userId);
    return sections;
  }

  /**
   * Runs every domain's erasure in the caller's transaction: all of it happens, or none. The
   * account row is scrubbed last, once no domain needs to read it.
   */
  async eraseAll(manager: EntityManager, userId: string): Promise<void> {
    for (const contributor of erasureOrder(this.registered)) await contributor.erase(manager, userId);
  }
}
