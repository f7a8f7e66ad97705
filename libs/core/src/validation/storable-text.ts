/**
 * Characters PostgreSQL cannot store: NUL (refused in text, and as \u0000 in jsonb) and a
 * UTF-16 surrogate without its pair (refused in jsonb). With the `u` flag a well-formed
 * pair is one code point above U+FFFF, so the class matches lone surrogates only.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDFFF]/u;
const UNSTORABLE_ALL = /\u0000|[\uD800-\uDFFF]/gu;

/** Whether text holds a character that PostgreSQL cannot store. */
export function hasUnstorableCharacters(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** An object literal (or parsed JSON), not an instance of some class. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function storableText(text: string): string {
  return text.replace(UNSTORABLE_ALL, (character) => (character === '\u0000' ? '' : '\uFFFD'));
}

function storable(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storable(item)]));
  return value;
}

/**
 * The document as JSON would store it (dates as ISO strings), with NULs dropped and lone
 * surrogates replaced by U+FFFD in every string and key: for text written before such input
 * was refused at the edge, which would otherwise make the whole jsonb document unstorable.
 */
export function storableJson<T extends Record<string, unknown>>(document: T): T {
  return storable(JSON.parse(JSON.stringify(document))) as T;
}
