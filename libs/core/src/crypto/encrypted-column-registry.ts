import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ENCRYPTED_COLUMNS_DECORATOR, type EncryptedColumn } from './encrypted-columns';

/** Thrown at start-up when declarations could not be rotated safely. */
export class EncryptedColumnRegistryError extends Error {
  override readonly name = 'EncryptedColumnRegistryError';
}

/** A declared column with its key columns filled in. */
export type ResolvedEncryptedColumn = EncryptedColumn & { keyColumns: readonly string[] };

/** Names go into SQL as quoted identifiers, so only plain snake_case names are accepted. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Checks declarations (plain identifiers, at least one key column, each column declared
 * once) and orders them by table and column, so rotation walks them the same way each time.
 */
export function checkEncryptedColumns(declared: readonly EncryptedColumn[]): ResolvedEncryptedColumn[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const resolved = declared.map((column) => ({ ...column, keyColumns: column.keyColumns ?? ['id'] }));
  for (const column of resolved) {
    const name = `${column.table}.${column.column}`;
    const identifiers = [column.table, column.column, ...column.keyColumns, ...(column.keyIdColumn ? [column.keyIdColumn] : [])];
    const odd = identifiers.filter((identifier) => !IDENTIFIER.test(identifier));
    if (odd.length > 0) problems.push(`${name} uses names that are not plain snake_case: ${odd.join(', ')}`);
    if (column.keyColumns.length === 0) problems.push(`${name} has no key columns`);
    if (seen.has(name)) problems.push(`${name} is declared twice`);
    seen.add(name);
  }
  if (problems.length > 0) throw new EncryptedColumnRegistryError(`Encrypted column declarations conflict: ${problems.join('; ')}`);
  return resolved.sort((a, b) => a.table.localeCompare(b.table) || a.column.localeCompare(b.column));
}

/** Every column declared with `@EncryptedColumns([...])` across the application. */
@Injectable()
export class EncryptedColumnRegistry implements OnModuleInit {
  private registered: readonly ResolvedEncryptedColumn[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const wrappers = this.discovery.getProviders({ metadataKey: ENCRYPTED_COLUMNS_DECORATOR.KEY });
    // The same class provided by an API and a worker module declares its columns once.
    const byClass = new Map(wrappers.map((wrapper) => [wrapper.metatype, this.discovery.getMetadataByDecorator(ENCRYPTED_COLUMNS_DECORATOR, wrapper) ?? []]));
    this.registered = checkEncryptedColumns([...byClass.values()].flat());
  }

  columns(): readonly ResolvedEncryptedColumn[] {
    return this.registered;
  }
}
