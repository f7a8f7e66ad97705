import type { PersonalDataContributor } from './personal-data';
import { checkContributors, erasureOrder, PersonalDataRegistryError } from './personal-data-registry';

/** A contributor of its own class each time, as two domains' providers would be. */
function contributor(domain: string, tables: string[], erasesAccount = false): PersonalDataContributor {
  return new (class implements PersonalDataContributor {
    readonly domain = domain;
    readonly erasesAccount = erasesAccount;
    readonly covers = tables.map((table) => ({ table, personColumns: ['user_id'] }));
    async export(): Promise<Record<string, unknown>> {
      return {};
    }
    async erase(): Promise<void> {}
  })();
}

describe('checkContributors', () => {
  it('orders contributors by domain so exports read the same every time', () => {
    const checked = checkContributors([contributor('messaging', ['messages']), contributor('circles', ['circle_members'])]);
    expect(checked.map((entry) => entry.domain)).toEqual(['circles', 'messaging']);
  });

  it('counts one class provided by two modules once', () => {
    class Identity implements PersonalDataContributor {
      readonly domain = 'identity';
      readonly covers = [{ table: 'users', personColumns: ['id'] }];
      async export(): Promise<Record<string, unknown>> {
        return {};
      }
      async erase(): Promise<void> {}
    }
    expect(checkContributors([new Identity(), new Identity()])).toHaveLength(1);
  });

  it('refuses two contributors for one domain, or one table covered twice', () => {
    expect(() => checkContributors([contributor('sparks', ['grants']), contributor('sparks', ['funds'])])).toThrow(/domain "sparks" has 2 contributors/);
    expect(() => checkContributors([contributor('sparks', ['grants']), contributor('alliances', ['grants'])])).toThrow(PersonalDataRegistryError);
    expect(() => checkContributors([contributor('sparks', ['grants']), contributor('alliances', ['grants'])])).toThrow(
      /table "grants" is covered by sparks, alliances/,
    );
  });

  it('erases the account last, after every domain that may still read it', () => {
    const checked = checkContributors([
      contributor('circles', ['support_circles']),
      contributor('identity', ['users'], true),
      contributor('sparks', ['grants']),
    ]);
    expect(checked.map((entry) => entry.domain)).toEqual(['circles', 'identity', 'sparks']);
    expect(erasureOrder(checked).map((entry) => entry.domain)).toEqual(['circles', 'sparks', 'identity']);
  });

  it('refuses two contributors that each erase the account', () => {
    expect(() => checkContributors([contributor('identity', ['users'], true), contributor('accounts', ['logins'], true)])).toThrow(
      /only one contributor may erase the account, not identity, accounts/,
    );
  });
});
