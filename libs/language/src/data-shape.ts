/**
 * Reading the JSON data files into typed values. The files are ours and reviewed, but they
 * are edited by people who are not reading the code: a wrong shape must fail loudly, naming
 * the file and field, the first time the data is compiled (and so in the unit tests).
 */
export type JsonObject = Readonly<Record<string, unknown>>;

export function asObject(value: unknown, where: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: expected an object`);
  return value as JsonObject;
}

export function readString(object: JsonObject, key: string, where: string): string {
  const value = object[key];
  if (typeof value !== 'string' || value.trim().length === 0) throw new Error(`${where}.${key}: expected a non-empty string`);
  return value;
}

export function readBoolean(object: JsonObject, key: string, where: string, fallback: boolean): boolean {
  const value = object[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new Error(`${where}.${key}: expected true or false`);
  return value;
}

export function readNumber(object: JsonObject, key: string, where: string, fallback: number): number {
  const value = object[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Error(`${where}.${key}: expected a whole number`);
  return value;
}

export function readStrings(object: JsonObject, key: string, where: string, required: boolean): string[] {
  const value = object[key];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || (required && value.length === 0)) throw new Error(`${where}.${key}: expected a non-empty list of strings`);
  return value.map((item, index) => {
    if (typeof item !== 'string' || item.trim().length === 0) throw new Error(`${where}.${key}[${index}]: expected a non-empty string`);
    return item;
  });
}

export function readObjects(object: JsonObject, key: string, where: string): JsonObject[] {
  const value = object[key];
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${where}.${key}: expected a non-empty list`);
  return value.map((item, index) => asObject(item, `${where}.${key}[${index}]`));
}

/** Only the listed keys: a misspelt optional key ("notFolowedBy") would otherwise do nothing, silently. */
export function expectKeys(object: JsonObject, allowed: readonly string[], where: string): void {
  const unknown = Object.keys(object).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw new Error(`${where}: unknown field(s) ${unknown.join(', ')}`);
}
