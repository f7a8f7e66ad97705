import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkEncryptedColumns } from './encrypted-column-registry';
import type { EncryptedColumn, RowKey } from './encrypted-columns';
import { FieldCipher, FieldDecryptionError } from './field-cipher';

export interface ColumnRotationReport {
  table: string;
  column: string;
  reencrypted: number;
  /** Rows that could not be decrypted (damaged, or sealed with a key no longer configured): left as they are, for an operator. */
  unreadable: RowKey[];
  /**
   * Rows still not sealed with the active key when the walk ended: the unreadable ones, rows
   * another transaction held (another run rotates them, or the next one will), and rows an
   * application copy with an older key list wrote meanwhile.
   */
  remaining: number;
}

export interface KeyRotationReport {
  activeKeyId: string;
  columns: ColumnRotationReport[];
}

const quote = (identifier: string): string => `"${identifier}"`;

/**
 * Re-encrypts, with the active key, every ciphertext of the given columns still sealed with an
 * older one, after an operator puts a new key first in FIELD_ENCRYPTION_KEYS (on every API and
 * worker copy first). It walks each table in key order in short transactions that lock their
 * rows with SKIP LOCKED, so it runs beside live traffic and beside another run; running it
 * again changes nothing. When every column reports nothing remaining, the old key can go.
 */
@Injectable()
export class FieldKeyRotation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async rotate(columns: readonly EncryptedColumn[], batchSize = 200): Promise<KeyRotationReport> {
    const reports: ColumnRotationReport[] = [];
    for (const column of checkEncryptedColumns(columns)) reports.push(await this.rotateColumn(column, batchSize));
    return { activeKeyId: this.cipher.activeKeyId, columns: reports };
  }

  private async rotateColumn(column: EncryptedColumn & { keyColumns: readonly string[] }, batchSize: number): Promise<ColumnRotationReport> {
    const report: ColumnRotationReport = { table: column.table, column: column.column, reencrypted: 0, unreadable: [], remaining: 0 };
    let after: RowKey | null = null;
    do {
      after = await this.dataSource.transaction((manager) => this.rotateBatch(manager, column, after, batchSize, report));
    } while (after);
    const [{ count }]: [{ count: number }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM ${quote(column.table)} WHERE ${this.staleCondition(column)}`,
      [this.cipher.activeKeyId],
    );
    report.remaining = count;
    return report;
  }

  /** One batch of stale rows after the given key; returns the last key seen, or null when none was left. */
  private async rotateBatch(
    manager: EntityManager,
    column: EncryptedColumn & { keyColumns: readonly string[] },
    after: RowKey | null,
    batchSize: number,
    report: ColumnRotationReport,
  ): Promise<RowKey | null> {
    const keys = column.keyColumns;
    const keyList = keys.map(quote).join(', ');
    const params: unknown[] = [this.cipher.activeKeyId, batchSize];
    let afterCondition = '';
    if (after) {
      const placeholders = keys.map((key) => {
        params.push(after[key]);
        return `$${params.length}`;
      });
      afterCondition = `AND (${keyList}) > (${placeholders.join(', ')})`;
    }
    const rows: Record<string, string>[] = await manager.query(
      `SELECT ${keys.map((key) => `${quote(key)}::text AS ${quote(key)}`).join(', ')}, ${quote(column.column)} AS "ciphertext"
         FROM ${quote(column.table)}
        WHERE ${this.staleCondition(column)} ${afterCondition}
        ORDER BY ${keyList}
        LIMIT $2
          FOR UPDATE SKIP LOCKED`,
      params,
    );
    for (const row of rows) {
      const key: RowKey = Object.fromEntries(keys.map((name) => [name, row[name]!]));
      let rotated: string | null;
      try {
        rotated = this.cipher.reencrypt(row['ciphertext']!, column.context(key));
      } catch (error) {
        if (!(error instanceof FieldDecryptionError)) throw error;
        report.unreadable.push(key);
        continue;
      }
      if (!rotated) continue;
      const values: unknown[] = [rotated];
      const assignments = [`${quote(column.column)} = $1`];
      if (column.keyIdColumn) {
        values.push(this.cipher.keyIdOf(rotated));
        assignments.push(`${quote(column.keyIdColumn)} = $2`);
      }
      const match = keys.map((name) => {
        values.push(key[name]);
        return `${quote(name)} = $${values.length}`;
      });
      await manager.query(`UPDATE ${quote(column.table)} SET ${assignments.join(', ')} WHERE ${match.join(' AND ')}`, values);
      report.reencrypted += 1;
    }
    const last = rows.at(-1);
    return last ? Object.fromEntries(keys.map((name) => [name, last[name]!])) : null;
  }

  /**
   * Rows sealed with another key than the active one ($1): by the key-id column when the table
   * has one (indexable; a CHECK keeps it equal to the ciphertext's header), else by the header.
   */
  private staleCondition(column: EncryptedColumn): string {
    if (column.keyIdColumn) return `${quote(column.keyIdColumn)} <> $1`;
    return `${quote(column.column)} IS NOT NULL AND split_part(${quote(column.column)}, '.', 2) <> $1`;
  }
}
