/**
 * Benchmark: how fast `languageCheck` (en, fr) and `classifyContent` scan text, in MB/s of
 * UTF-8, and the per-call latency (p50, p95, p99) on 1 KB messages.
 *
 * Run: `npm run bench:language` (optionally CORPUS_MB=…, LATENCY_MESSAGES=…, ROUNDS=…, SEED=…).
 * The corpus is generated, not loaded: sentences of the kind members write, in English and
 * French, about one in eight carrying a stigmatising term and a few carrying moderation
 * hits, drawn with a seeded generator so two runs scan the same text. Pure CPU, no services.
 * It is a script that reports, not a test that asserts.
 */
import { performance } from 'node:perf_hooks';
import { classifyContent, languageCheck } from '@kindred/language';

const CORPUS_MB = Number(process.env['CORPUS_MB'] ?? 20);
const LATENCY_MESSAGES = Number(process.env['LATENCY_MESSAGES'] ?? 20_000);
const ROUNDS = Number(process.env['ROUNDS'] ?? 5);
const DOCUMENT_BYTES = 4096;
const MESSAGE_BYTES = 1024;
const WARM_UP_MB = 2;

const NEUTRAL_EN = [
  'Today was hard but I went to my meeting and talked to my sponsor afterwards.',
  'Does anyone have tips for sleeping better in the first month?',
  'My sister came with me to the clinic, which meant a lot.',
  'Ninety days tomorrow, thank you all for being here.',
  'I cooked dinner for the kids and we watched a film together.',
  'The cravings come in waves, breathing through them helps a little.',
  'Work asked me to lead a project and I said yes, scary but good.',
  'Walking by the river in the morning has become my routine.',
  'We are planning a picnic for the Sunday group, bring something to share.',
  'Addiction is a health condition and recovery is possible for everyone.',
  'I need to clean the kitchen before my parents visit on Saturday.',
  'Proud of you for reaching out, one day at a time.',
  'Café crème and a croissant, small joys 😊 before the night shift.',
];
const FLAGGED_EN = [
  'My brother is an addict and I do not know how to help him.',
  'I have been clean for two years and I still take it one day at a time.',
  'The nurse said my dirty urine meant I could not take my dose home.',
  "I'm a recovering alcoholic and proud of it.",
  'People still call us junkies at the pharmacy counter.',
  'He relapsed last week after a former addict in his building died.',
  'Substance abuse runs in my family, my uncle was a crackhead.',
];
const MODERATION_EN = [
  'selling xans and percs, dm for prices',
  'kys you worthless junkie',
  'I want to die, I think I took too many pills',
  'Click here for passive income: https://example.com/offer',
];
const NEUTRAL_FR = [
  "Journée difficile, mais je suis allée à ma réunion et j'ai appelé ma marraine.",
  "Quelqu'un a des conseils pour mieux dormir le premier mois ?",
  "Ma sœur m'a accompagné au centre, ça m'a beaucoup touché.",
  'Quatre-vingt-dix jours demain, merci à tous d’être là.',
  "J'ai préparé le dîner pour les enfants et on a regardé un film.",
  "Les envies arrivent par vagues, respirer m'aide un peu.",
  'On organise un pique-nique dimanche pour le groupe, apportez quelque chose.',
  'La dépendance est un trouble de santé et le rétablissement est possible pour tous.',
  'Un café au lait avant le travail, ces petits moments comptent 😊.',
];
const FLAGGED_FR = [
  'Mon frère est toxicomane et je ne sais pas comment l’aider.',
  'Je suis propre depuis deux ans, un jour à la fois.',
  'À la pharmacie on nous traite encore de drogués.',
  "J'étais alcoolique, aujourd'hui je suis en rétablissement.",
  'Son traitement de substitution lui a sauvé la vie.',
];
const MODERATION_FR = ['Je vends de la coke, dispo sur snap', 'Je veux mourir, j’ai trop pris', 'Cliquez ici pour de l’argent facile'];

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function sentence(random: () => number, neutral: readonly string[], flagged: readonly string[], moderation: readonly string[]): string {
  const roll = random();
  if (roll < 0.02) return pick(random, moderation);
  if (roll < 0.14) return pick(random, flagged);
  return pick(random, neutral);
}

/** Texts of about `bytes` UTF-8 bytes each, `totalBytes` in all. */
function corpus(random: () => number, locale: 'en' | 'fr', bytes: number, totalBytes: number): string[] {
  const [neutral, flagged, moderation] = locale === 'en' ? [NEUTRAL_EN, FLAGGED_EN, MODERATION_EN] : [NEUTRAL_FR, FLAGGED_FR, MODERATION_FR];
  const texts: string[] = [];
  let total = 0;
  while (total < totalBytes) {
    const parts: string[] = [];
    let size = 0;
    while (size < bytes) {
      const next = sentence(random, neutral, flagged, moderation);
      parts.push(next);
      size += Buffer.byteLength(next) + 1;
    }
    const text = parts.join(' ');
    texts.push(text);
    total += Buffer.byteLength(text);
  }
  return texts;
}

function byteLength(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Throughput {
  megabytesPerSecond: number;
  seconds: number;
  hits: number;
}

/** The median of ROUNDS passes over the corpus: one pass is short enough for a busy machine to skew it. */
function throughput(texts: readonly string[], scan: (text: string) => number): Throughput {
  const bytes = byteLength(texts);
  const rounds: Throughput[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let hits = 0;
    const start = performance.now();
    for (const text of texts) hits += scan(text);
    const seconds = (performance.now() - start) / 1000;
    rounds.push({ megabytesPerSecond: bytes / 1e6 / seconds, seconds, hits });
  }
  return rounds.sort((a, b) => a.seconds - b.seconds)[Math.floor(rounds.length / 2)]!;
}

function latencies(texts: readonly string[], scan: (text: string) => number): number[] {
  const times: number[] = [];
  let hits = 0;
  for (const text of texts) {
    const start = performance.now();
    hits += scan(text);
    times.push(performance.now() - start);
  }
  // Keeps the work observable, so no engine may skip it.
  if (hits < 0) process.stdout.write('impossible\n');
  return times.sort((a, b) => a - b);
}

function timed<T>(run: () => T): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function main(): void {
  const random = seededRandom(Number(process.env['SEED'] ?? 20261123));
  const checkEn = (text: string) => languageCheck(text, 'en').length;
  const checkFr = (text: string) => languageCheck(text, 'fr').length;
  const classify = (text: string) => classifyContent(text).length;

  // Cold start: each compiled automaton is built on its first call.
  const coldEn = timed(() => checkEn('an addict'));
  const coldFr = timed(() => checkFr('un toxicomane'));
  const coldRules = timed(() => classify('selling xans'));

  const half = (CORPUS_MB * 1e6) / 2;
  const generationStart = performance.now();
  const english = corpus(random, 'en', DOCUMENT_BYTES, half);
  const french = corpus(random, 'fr', DOCUMENT_BYTES, half);
  const messagesEn = corpus(random, 'en', MESSAGE_BYTES, (LATENCY_MESSAGES / 2) * MESSAGE_BYTES);
  const messagesFr = corpus(random, 'fr', MESSAGE_BYTES, (LATENCY_MESSAGES / 2) * MESSAGE_BYTES);
  const messages = messagesEn.flatMap((text, index) => (messagesFr[index] ? [text, messagesFr[index]] : [text]));
  const generationSeconds = (performance.now() - generationStart) / 1000;

  // Warm-up: let the JIT settle on every path before anything is timed.
  const warmUp = corpus(random, 'en', DOCUMENT_BYTES, WARM_UP_MB * 1e6).concat(corpus(random, 'fr', DOCUMENT_BYTES, WARM_UP_MB * 1e6));
  let warmUpResults = 0;
  for (const text of warmUp) warmUpResults += checkEn(text) + checkFr(text) + classify(text);

  const en = throughput(english, checkEn);
  const fr = throughput(french, checkFr);
  const both = english.concat(french);
  const rules = throughput(both, classify);
  const latencyCheck = latencies(messagesEn, checkEn);
  const latencyClassify = latencies(messages, classify);

  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const rate = (result: Throughput) =>
    `${result.megabytesPerSecond.toFixed(1)} MB/s (median of ${ROUNDS}: ${result.seconds.toFixed(2)} s, ${result.hits} results)`;
  const ms = (value: number) => `${(value * 1000).toFixed(0)} µs`;
  const spread = (times: number[]) =>
    `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1) ?? Number.NaN)}`;
  process.stdout.write(
    [
      '',
      `machine: ${process.platform} ${process.arch}, node ${process.version}`,
      `corpus: ${mb(byteLength(english))} English + ${mb(byteLength(french))} French in ~${DOCUMENT_BYTES / 1024} KB texts (generated in ${generationSeconds.toFixed(1)} s), warm-up ${WARM_UP_MB * 2} MB (${warmUpResults} results)`,
      `cold start (compiling on first call): languageCheck en ${cold(coldEn)}, fr ${cold(coldFr)}; classifyContent ${cold(coldRules)}`,
      `languageCheck en: ${rate(en)}`,
      `languageCheck fr: ${rate(fr)}`,
      `classifyContent (en + fr rules and lexicons, one pass): ${rate(rules)} over ${mb(byteLength(both))}`,
      `1 KB messages, per call:`,
      `  languageCheck en (${latencyCheck.length} messages): ${spread(latencyCheck)}`,
      `  classifyContent (${latencyClassify.length} messages, en and fr): ${spread(latencyClassify)}`,
      '',
    ].join('\n'),
  );
}

function cold(milliseconds: number): string {
  return `${milliseconds.toFixed(0)} ms`;
}

main();
