import { checkDisplayName, checkLocale, checkPronouns, checkTimeZone, normaliseEmail } from './account-input';

describe('account input', () => {
  it('normalises email addresses and explains a malformed one', () => {
    expect(normaliseEmail('  Sam@Example.ORG ')).toBe('sam@example.org');
    expect(() => normaliseEmail('sam@')).toThrow(/such as name@example.org/);
  });

  it('keeps display names pseudonymous-friendly and tidy', () => {
    expect(checkDisplayName('  River   Stone ')).toBe('River Stone');
    expect(() => checkDisplayName('R')).toThrow(/does not need to be your real name/);
  });

  it('treats empty pronouns as none', () => {
    expect(checkPronouns('  ')).toBeNull();
    expect(checkPronouns('they/them')).toBe('they/them');
  });

  it('accepts English and French', () => {
    expect(checkLocale(undefined)).toBe('en');
    expect(checkLocale('fr')).toBe('fr');
    expect(() => checkLocale('de')).toThrow(/English \(en\) and French \(fr\)/);
  });

  it('accepts IANA time zones only', () => {
    expect(checkTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(() => checkTimeZone('Mars/Olympus')).toThrow(/time zone such as Europe\/Paris/);
  });
});
