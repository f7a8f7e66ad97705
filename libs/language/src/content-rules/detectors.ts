import { isWordUnit } from '../matching/text-folding';

/**
 * Patterns that a list of phrases cannot express: links, phone numbers, messenger handles
 * and prices per unit. Spans are offsets into the original text.
 *
 * Links are found by a small scanner rather than a RegExp: a pattern for bare host names
 * ("example.com") has to be tried at every word of every text and ran at under 20 MB/s, when
 * a link can only sit around a "." or a "://", which `indexOf` finds at memory speed. The other
 * three are plain RegExps, each one pass over the text.
 */

/*
 * A bare host name without a path counts as a link only with a top-level domain from this list.
 * "e.g." and "1.5" never qualify (one-letter and numeric endings), and TLDs that are also
 * everyday words or sentence glue ("fine.me", "it.is", "go.to") are left out, because people
 * forget the space after a full stop far more often than they share a bare ".me" address.
 */
const COMMON_TLDS = new Set([
  'com',
  'net',
  'org',
  'info',
  'biz',
  'io',
  'co',
  'app',
  'dev',
  'xyz',
  'online',
  'site',
  'shop',
  'store',
  'live',
  'link',
  'click',
  'top',
  'club',
  'vip',
  'fun',
  'pro',
  'ai',
  'gg',
  'ly',
  'tv',
  'cc',
  'ws',
  'onion',
  'fr',
  'uk',
  'de',
  'ca',
  'eu',
  'ch',
  'es',
  'nl',
  'au',
  'ru',
  'cn',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'br',
  'pl',
  'gov',
  'edu',
  'int',
  'mobi',
  'life',
  'space',
  'website',
  'tech',
]);

export interface Detection {
  readonly start: number;
  readonly end: number;
}

const SCHEMES = new Set(['http', 'https', 'ftp']);
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const ALPHABETIC_TLD = /^\p{L}{2,24}$/u;

function isHostUnit(unit: number): boolean {
  return unit === 0x2e || unit === 0x2d || isWordUnit(unit);
}

/** Where a link's tail (path, query) ends: at white space, quotes or angle brackets. */
function endOfLink(text: string, from: number): number {
  let end = from;
  while (end < text.length && !/[\s<>"']/.test(text[end]!)) end++;
  return end;
}

/**
 * The dotted token around the "." at `dot` (its end, so the scan never reads it twice) and the
 * link it makes, if any.
 */
function hostLinkAround(text: string, dot: number): { link: Detection | undefined; tokenEnd: number } {
  let start = dot;
  while (start > 0 && isHostUnit(text.charCodeAt(start - 1))) start--;
  let tokenEnd = dot;
  while (tokenEnd < text.length && isHostUnit(text.charCodeAt(tokenEnd))) tokenEnd++;
  // Part of an e-mail address or a longer token ("me@example.com", "_x.com").
  if (start > 0 && /[@_]/.test(text[start - 1]!)) return { link: undefined, tokenEnd };
  let hostEnd = tokenEnd;
  while (hostEnd > dot && text[hostEnd - 1] === '.') hostEnd--;
  const labels = text.slice(start, hostEnd).split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return { link: undefined, tokenEnd };
  const tld = labels.at(-1)!;
  if (!ALPHABETIC_TLD.test(tld)) return { link: undefined, tokenEnd };
  const www = labels[0]!.toLowerCase() === 'www' && labels.length >= 3;
  if (text[hostEnd] === '/' || www) return { link: { start, end: endOfLink(text, hostEnd) }, tokenEnd };
  const glued = hostEnd < text.length && /[\p{L}\p{N}_]/u.test(text[hostEnd]!);
  return { link: COMMON_TLDS.has(tld.toLowerCase()) && !glued ? { start, end: hostEnd } : undefined, tokenEnd };
}

/** The link starting with a scheme before the "://" at `colon`, or undefined. */
function schemeLinkAt(text: string, colon: number): Detection | undefined {
  let start = colon;
  while (start > 0 && /[a-zA-Z]/.test(text[start - 1]!)) start--;
  if (!SCHEMES.has(text.slice(start, colon).toLowerCase())) return undefined;
  if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) return undefined;
  const end = endOfLink(text, colon + 3);
  return end > colon + 3 ? { start, end } : undefined;
}

function findLinks(text: string, firstOnly: boolean): Detection[] {
  const links: Detection[] = [];
  let from = 0;
  while (from < text.length) {
    const dot = text.indexOf('.', from);
    const colon = text.indexOf('://', from);
    if (dot < 0 && colon < 0) break;
    let link: Detection | undefined;
    let next: number;
    if (colon >= 0 && (dot < 0 || colon < dot)) {
      link = schemeLinkAt(text, colon);
      next = colon + 1;
    } else if (dot > 0 && dot + 1 < text.length && isWordUnit(text.charCodeAt(dot - 1)) && isWordUnit(text.charCodeAt(dot + 1))) {
      const around = hostLinkAround(text, dot);
      link = around.link;
      next = Math.max(dot + 1, around.tokenEnd);
    } else {
      next = dot + 1;
    }
    if (link) {
      links.push(link);
      if (firstOnly) break;
      next = Math.max(next, link.end);
    }
    from = next;
  }
  return links;
}

// Nine to fifteen digits with single separators: international and national numbers, not years or prices.
const PHONE_SOURCE = String.raw`(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d(?:[ .\-()]{0,2}\d){8,14}(?![\p{N}])`;

const MESSENGERS = String.raw`(?:telegram|whatsapp|wickr|signal|snap(?:chat)?|kik|threema|session|insta(?:gram)?|discord|tg)`;
const HANDLE = String.raw`@[\p{L}\p{N}_.]{3,}`;
const HANDLE_SOURCE = [
  String.raw`(?<![\p{L}\p{N}])${MESSENGERS}\s*(?:me|id|at|sur|on)?\s*[:\-=]?\s*${HANDLE}`,
  String.raw`${HANDLE}\s+(?:on|sur)\s+${MESSENGERS}(?![\p{L}\p{N}])`,
].join('|');

// A price per unit of a drug: "$20 a gram", "10€ le g", "20 balles la barrette", "£5/pill".
const PRICE = String.raw`(?:[$€£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:[$€£]|euros?|eur|dollars?|bucks|quid|balles))`;
const PER = String.raw`\s?(?:(?:a|an|per|the|each|le|la|pour|for)\s|l['’]|\/\s?)`;
const UNIT = String.raw`(?:g|gr|grams?|grammes?|gs|pills?|tabs?|points?|oz|ounces?|8th|eighth|qp|bars?|cachets?|pilules?|plaquettes?|barrettes?|boulettes?|bouts?|pochons?|ecstas?|buvards?)`;
const PRICE_SOURCE = `${PRICE}${PER}${UNIT}(?![\\p{L}\\p{N}])`;

export const DETECTOR_NAMES = ['link', 'phone-number', 'messenger-handle', 'price-per-unit'] as const;
export type DetectorName = (typeof DETECTOR_NAMES)[number];

const HAS_DIGIT = /\d/;

const SOURCES: Readonly<Record<Exclude<DetectorName, 'link'>, string>> = {
  'phone-number': PHONE_SOURCE,
  'messenger-handle': HANDLE_SOURCE,
  'price-per-unit': PRICE_SOURCE,
};

export function isDetectorName(value: string): value is DetectorName {
  return (DETECTOR_NAMES as readonly string[]).includes(value);
}

/** Every match of a detector in `text`, as original UTF-16 offsets. */
export function detect(name: DetectorName, text: string): Detection[] {
  if (name === 'link') return findLinks(text, false);
  // Cheap gates: most messages have no "@" and no digit, and then these patterns cannot match.
  if (name === 'messenger-handle' ? !text.includes('@') : !HAS_DIGIT.test(text)) return [];
  // A fresh global RegExp per call: a shared one keeps lastIndex between calls.
  const pattern = new RegExp(SOURCES[name], 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Whether `text` holds a link: http(s):// or www. addresses, host names with a path
 * ("t.me/name"), and bare host names with a common top-level domain ("example.com").
 * Not "e.g.", "1.5", e-mail addresses or words joined by a missing space ("fine.thanks").
 */
export function containsLink(text: string): boolean {
  return findLinks(text, true).length > 0;
}
