import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { placeholdersOf, registeredMessages, SUPPORTED_LOCALES } from '@kindred/core';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const SOURCES = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))].filter((path) => !path.includes(`${join('apps', 'web')}`));
const CATALOGUES = SOURCES.filter((path) => path.endsWith('.messages.ts'));

const REFUSALS =
  'KindredError|BadUserInputError|UnauthenticatedError|ForbiddenError|NotFoundError|ConflictError|RateLimitedError|ServiceUnavailableError|OwnCaseError|SharingEndedError';

/**
 * Words a person reads written at a throw site instead of taken from a catalogue: a string
 * or template literal among a refusal's first arguments, or an own-case written as phrases.
 */
function inlineRefusals(source: string): string[] {
  const found: string[] = [];
  const refusal = new RegExp(`new (${REFUSALS})\\(\\s*(?:[\\w.]+,\\s*)?['"\`]`, 'g');
  for (const match of source.matchAll(refusal)) found.push(match[0]);
  for (const match of source.matchAll(/refuseOwnCase\([^;]*\{\s*decide:/g)) found.push(match[0]);
  return found;
}

describe('error messages', () => {
  beforeAll(() => {
    // Loading a catalogue adds its sentences to the one registry.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- catalogues found on disk, loaded for their registration
    for (const path of CATALOGUES) require(path);
  });

  it('finds every catalogue, and every code in both languages with the same placeholders', () => {
    const messages = [...registeredMessages()];
    expect(CATALOGUES.length).toBeGreaterThan(15);
    expect(messages.length).toBeGreaterThan(250);
    const problems: string[] = [];
    for (const [key, wording] of messages) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(key)) problems.push(`${key}: keys are UPPER_SNAKE_CASE`);
      for (const locale of SUPPORTED_LOCALES) {
        if (!wording[locale]?.trim()) problems.push(`${key}: no ${locale} words`);
      }
      const english = placeholdersOf(wording.en).sort();
      for (const locale of SUPPORTED_LOCALES) {
        const theirs = placeholdersOf(wording[locale] ?? '').sort();
        if (theirs.join() !== english.join()) problems.push(`${key}: ${locale} has {${theirs.join('}, {')}}, en has {${english.join('}, {')}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('defines sentences only in catalogues (*.messages.ts), so one registry holds them all', () => {
    const elsewhere = SOURCES.filter((path) => !path.endsWith('.messages.ts') && /\bdefineMessages\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(ROOT, path))
      .filter((path) => path !== join('libs', 'core', 'src', 'i18n', 'user-message.ts'));
    expect(elsewhere).toEqual([]);
  });

  it('refuses with a catalogued code, never words written at the throw site', () => {
    const inline = SOURCES.flatMap((path) => inlineRefusals(readFileSync(path, 'utf8')).map((site) => `${relative(ROOT, path)}: ${site}`));
    expect(inline).toEqual([]);
  });

  it('catches the second way if it comes back', () => {
    expect(inlineRefusals("throw new ConflictError('This fund is closed.');")).toHaveLength(1);
    expect(inlineRefusals('throw new BadUserInputError(`Please keep it under ${max}.`, { field });')).toHaveLength(1);
    expect(inlineRefusals("throw new KindredError(FUND_CLOSED, 'Closed.');")).toHaveLength(1);
    expect(inlineRefusals("refuseOwnCase(me, them, { decide: 'review your own story', decidedBy: 'another moderator' });")).toHaveLength(1);
    expect(inlineRefusals('throw new ConflictError(SparkMessages.FUND_ALREADY_CLOSED());')).toEqual([]);
  });
});
