import { DEFAULT_LOCALE, type Locale } from './locale';

/**
 * A value a sentence's placeholder takes: a number, a name or code, or a catalogued phrase
 * (rendered in the same language). Never content a person wrote, nor anything secret.
 */
export type MessageParam = string | number | UserMessage;
export interface MessageParams {
  readonly [name: string]: MessageParam;
}

/** A sentence from a catalogue, named by its stable key, with the values of its placeholders. */
export interface UserMessage {
  readonly key: string;
  readonly params: MessageParams;
}

/**
 * One sentence in every language Kindred speaks. `{name}` takes the parameter as given;
 * `{name, number}` writes a number the way the language does (20,000 and 20 000).
 */
export type Wording = Readonly<Record<Locale, string>>;

type PlaceholderName<P extends string> = P extends `${infer Name}, number` ? Name : P;

/** The placeholder names of a sentence, read from its literal type. */
export type Placeholders<T extends string> = T extends `${string}{${infer P}}${infer Rest}` ? PlaceholderName<P> | Placeholders<Rest> : never;

type MessageOf<T extends string> = [Placeholders<T>] extends [never]
  ? () => UserMessage
  : (params: Readonly<Record<Placeholders<T>, MessageParam>>) => UserMessage;

/** A domain's catalogue: one function per key, whose parameters are the English sentence's placeholders. */
export type MessageCatalogue<C extends Record<string, Wording>> = { readonly [K in keyof C & string]: MessageOf<C[K]['en']> };

/** Thrown when a module defines a key another catalogue already holds. */
export class MessageCatalogueError extends Error {
  override readonly name = 'MessageCatalogueError';
}

/** Every catalogued sentence, by key: the one registry the words are rendered from. */
const REGISTRY = new Map<string, Wording>();

const PLACEHOLDER = /\{(\w+)(, number)?\}/g;

/**
 * Defines a domain's sentences, in `<domain>.messages.ts` beside its code, and adds them to
 * the registry. Keys are stable: clients may branch on them (`extensions.messageKey`), so a
 * key is never renamed; a sentence whose meaning changes gets a new key.
 */
export function defineMessages<const C extends Record<string, Wording>>(wordings: C): MessageCatalogue<C> {
  const catalogue: Record<string, (params?: MessageParams) => UserMessage> = {};
  for (const [key, wording] of Object.entries(wordings)) {
    if (REGISTRY.has(key)) throw new MessageCatalogueError(`The message key ${key} is defined twice; keys are unique across catalogues.`);
    REGISTRY.set(key, wording);
    catalogue[key] = (params: MessageParams = {}) => ({ key, params });
  }
  return catalogue as MessageCatalogue<C>;
}

/** Every sentence defined so far, by key (a catalogue is defined when its module is loaded). */
export function registeredMessages(): ReadonlyMap<string, Wording> {
  return REGISTRY;
}

/** The placeholder names a sentence uses, each once, in order. */
export function placeholdersOf(sentence: string): string[] {
  return [...new Set([...sentence.matchAll(PLACEHOLDER)].map((match) => match[1] as string))];
}

function fill(sentence: string, params: MessageParams, locale: Locale): string {
  return sentence.replace(PLACEHOLDER, (whole, name: string, asNumber: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return renderMessage(value, locale) ?? whole;
    return asNumber && typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
  });
}

/**
 * The one place a message becomes words: its sentence in `locale`, with its parameters filled
 * in; null for a key no catalogue defines.
 */
export function renderMessage(message: UserMessage, locale: Locale): string | null {
  const wording = REGISTRY.get(message.key);
  if (!wording) return null;
  return fill(wording[locale] ?? wording[DEFAULT_LOCALE], message.params, locale);
}

function isParam(value: unknown): value is MessageParam {
  return typeof value === 'string' || typeof value === 'number' || isUserMessage(value);
}

/** Whether a value (a client-visible `{ key, params }`, read back) is a well-formed message. */
export function isUserMessage(value: unknown): value is UserMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as Record<string, unknown>;
  return typeof key === 'string' && typeof params === 'object' && params !== null && Object.values(params).every(isParam);
}
