import type { EncryptedColumn } from './encrypted-columns';
import { checkEncryptedColumns, EncryptedColumnRegistryError } from './encrypted-column-registry';

const column = (table: string, name: string, extra: Partial<EncryptedColumn> = {}): EncryptedColumn => ({
  table,
  column: name,
  context: (row) => ({ table, column: name, rowId: row.id }),
  ...extra,
});

describe('checkEncryptedColumns', () => {
  it('keys rows by id unless told otherwise, and orders columns by table and column', () => {
    const checked = checkEncryptedColumns([
      column('stories', 'title'),
      column('domain_rating_notes', 'ciphertext', { keyColumns: ['rating_id', 'domain'], keyIdColumn: 'key_id' }),
      column('stories', 'body'),
    ]);
    expect(checked.map((entry) => [entry.table, entry.column, entry.keyColumns])).toEqual([
      ['domain_rating_notes', 'ciphertext', ['rating_id', 'domain']],
      ['stories', 'body', ['id']],
      ['stories', 'title', ['id']],
    ]);
  });

  it('refuses a column declared twice', () => {
    expect(() => checkEncryptedColumns([column('stories', 'body'), column('stories', 'body')])).toThrow(/stories\.body is declared twice/);
  });

  it('refuses names that would not be safe as SQL identifiers, and a row without a key', () => {
    expect(() => checkEncryptedColumns([column('stories; DROP TABLE users', 'body')])).toThrow(EncryptedColumnRegistryError);
    expect(() => checkEncryptedColumns([column('stories', 'body', { keyIdColumn: 'Key-Id' })])).toThrow(/not plain snake_case: Key-Id/);
    expect(() => checkEncryptedColumns([column('stories', 'body', { keyColumns: [] })])).toThrow(/has no key columns/);
  });
});
