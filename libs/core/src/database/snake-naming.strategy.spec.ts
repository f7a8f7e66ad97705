import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('names tables and columns in snake_case', () => {
    expect(naming.tableName('GrantApplication', undefined)).toBe('grant_application');
    expect(naming.columnName('neededByDate', undefined, [])).toBe('needed_by_date');
    expect(naming.columnName('amountMinor', undefined, ['money'])).toBe('money_amount_minor');
  });

  it('keeps an explicit name as written', () => {
    expect(naming.tableName('SystemCheck', 'system_checks')).toBe('system_checks');
  });

  it('splits acronyms sensibly', () => {
    expect(naming.columnName('requestedByIPAddress', undefined, [])).toBe('requested_by_ip_address');
  });

  it('names join columns after the relation', () => {
    expect(naming.joinColumnName('alliance', 'id')).toBe('alliance_id');
  });
});
