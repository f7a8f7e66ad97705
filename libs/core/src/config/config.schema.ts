import { z } from 'zod';

/** `lowest` 0 lets the system pick a free port, which the start-up log names: for tests that run many copies at once. */
const port = (name: string, lowest: 0 | 1 = 1) =>
  z.coerce
    .number({ error: `${name} must be a TCP port number between ${lowest} and 65535` })
    .int(`${name} must be a whole number`)
    .min(lowest, `${name} must be a TCP port number between ${lowest} and 65535`)
    .max(65535, `${name} must be a TCP port number between ${lowest} and 65535`);

const urlWithProtocols = (name: string, protocols: readonly string[], example: string) =>
  z.string().refine(
    (value) => {
      try {
        const url = new URL(value);
        return protocols.includes(url.protocol) && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: `${name} must be a URL such as ${example}`, abort: true },
  );

/** One field-encryption key: a short id stored with every ciphertext, and 32 bytes of key. */
export interface FieldEncryptionKey {
  id: string;
  key: Buffer;
}

const FIELD_KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const FIELD_KEYS_EXPECTED =
  'FIELD_ENCRYPTION_KEYS must be comma-separated keyId:base64key entries, each key 32 random bytes in base64 (the first encrypts new data)';

/**
 * `keyId:base64key,keyId:base64key`: the first key encrypts new writes, the others only
 * decrypt, so keys can be rotated without a flag day. Key ids may not contain `.` or `:`,
 * which the ciphertext format and this list use as separators.
 */
const fieldEncryptionKeys = z.string().transform((value, context): FieldEncryptionKey[] => {
  const keys: FieldEncryptionKey[] = [];
  for (const entry of value.split(',').map((part) => part.trim())) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const encoded = entry.slice(separator + 1);
    const key = Buffer.from(encoded, 'base64');
    // Round-tripping catches text that is not base64 at all (Buffer.from skips bad characters).
    const isBase64 = key.toString('base64').replace(/=+$/, '') === encoded.replace(/=+$/, '');
    if (separator < 1 || !FIELD_KEY_ID.test(id) || !isBase64 || key.length !== 32) {
      context.addIssue({ code: 'custom', message: FIELD_KEYS_EXPECTED });
      return z.NEVER;
    }
    if (keys.some((known) => known.id === id)) {
      context.addIssue({ code: 'custom', message: 'FIELD_ENCRYPTION_KEYS must not name a key id twice' });
      return z.NEVER;
    }
    keys.push({ id, key });
  }
  return keys;
});

const wholeNumber = (name: string, min: number, max: number, unit: string) => {
  const expected = `${name} must be a whole number of ${unit} from ${min} to ${max}`;
  return z.coerce.number({ error: expected }).int(expected).min(min, expected).max(max, expected);
};

const booleanFlag = (name: string) =>
  z.enum(['true', 'false', '1', '0'], { error: `${name} must be true or false` }).transform((value) => value === 'true' || value === '1');

/** Every environment variable Kindred reads, with its default for local development. */
export const environmentSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'NODE_ENV must be one of development, test, production',
    })
    .default('development'),
  HOST: z.string().min(1, 'HOST must name an interface to listen on, such as 0.0.0.0').default('0.0.0.0'),
  PORT: port('PORT').default(3000),
  WORKER_PORT: port('WORKER_PORT').default(3001),
  API_METRICS_PORT: port('API_METRICS_PORT', 0).default(9464),
  WORKER_METRICS_PORT: port('WORKER_METRICS_PORT', 0).default(9465),
  DATABASE_URL: urlWithProtocols('DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432/kindred')
    .refine((value) => URL.canParse(value) && new URL(value).pathname.length > 1, {
      error: 'DATABASE_URL must name a database, such as postgres://postgres@127.0.0.1:5432/kindred',
    })
    .default('postgres://postgres@127.0.0.1:5432/kindred'),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: 'DATABASE_POOL_SIZE must be a whole number from 1 to 100' })
    .int('DATABASE_POOL_SIZE must be a whole number from 1 to 100')
    .min(1, 'DATABASE_POOL_SIZE must be a whole number from 1 to 100')
    .max(100, 'DATABASE_POOL_SIZE must be a whole number from 1 to 100')
    .default(10),
  RUN_MIGRATIONS: booleanFlag('RUN_MIGRATIONS').default(true),
  DEMO_WORLD: booleanFlag('DEMO_WORLD').default(true),
  REDIS_URL: urlWithProtocols('REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379').default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'REDIS_PREFIX must be 1–63 lowercase letters, digits, - or _')
    .default('kindred'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters of random text').optional(),
  FIELD_ENCRYPTION_KEYS: fieldEncryptionKeys.optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number({ error: 'ACCESS_TOKEN_TTL_SECONDS must be a number of seconds' })
    .int('ACCESS_TOKEN_TTL_SECONDS must be a whole number of seconds')
    .min(60, 'ACCESS_TOKEN_TTL_SECONDS must be between 60 and 3600')
    .max(3600, 'ACCESS_TOKEN_TTL_SECONDS must be between 60 and 3600')
    .default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce
    .number({ error: 'REFRESH_TOKEN_TTL_DAYS must be a number of days' })
    .int('REFRESH_TOKEN_TTL_DAYS must be a whole number of days')
    .min(1, 'REFRESH_TOKEN_TTL_DAYS must be between 1 and 90')
    .max(90, 'REFRESH_TOKEN_TTL_DAYS must be between 1 and 90')
    .default(30),
  SMTP_URL: urlWithProtocols('SMTP_URL', ['smtp:', 'smtps:'], 'smtp://user:password@mail.example.org:587').optional(),
  MAIL_FROM: z.string().min(3, 'MAIL_FROM must be an address such as Kindred <no-reply@example.org>').default('Kindred <no-reply@kindred.local>'),
  PUBLIC_APP_URL: urlWithProtocols('PUBLIC_APP_URL', ['http:', 'https:'], 'https://app.kindred.example').default('http://localhost:3000'),
  WEB_APP_DIR: z.string().min(1, 'WEB_APP_DIR must name a directory, such as dist/web').default('dist/web'),
  TRUST_PROXY: booleanFlag('TRUST_PROXY').default(false),
  INSIGHTS_MIN_PEOPLE: z.coerce
    .number({ error: 'INSIGHTS_MIN_PEOPLE must be a number of people' })
    .int('INSIGHTS_MIN_PEOPLE must be a whole number of people')
    .min(3, 'INSIGHTS_MIN_PEOPLE must be at least 3: fewer would let coordinators recognise people')
    .max(100, 'INSIGHTS_MIN_PEOPLE must be at most 100')
    .default(5),
  HTTP_HEADERS_TIMEOUT_MS: wholeNumber('HTTP_HEADERS_TIMEOUT_MS', 100, 120_000, 'milliseconds').default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: wholeNumber('HTTP_REQUEST_TIMEOUT_MS', 100, 600_000, 'milliseconds').default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: wholeNumber('HTTP_KEEP_ALIVE_TIMEOUT_MS', 100, 600_000, 'milliseconds').default(10_000),
  MAX_CONNECTIONS_PER_ADDRESS: wholeNumber('MAX_CONNECTIONS_PER_ADDRESS', 1, 100_000, 'connections').default(256),
  WS_MAX_CONNECTIONS_PER_PERSON: wholeNumber('WS_MAX_CONNECTIONS_PER_PERSON', 1, 1000, 'connections').default(10),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: wholeNumber('WS_MAX_SUBSCRIPTIONS_PER_CONNECTION', 1, 1000, 'subscriptions').default(50),
  WS_MAX_MESSAGE_BYTES: wholeNumber('WS_MAX_MESSAGE_BYTES', 1024, 1024 * 1024, 'bytes').default(64 * 1024),
  PASSWORD_HASHING_CONCURRENCY: wholeNumber('PASSWORD_HASHING_CONCURRENCY', 1, 64, 'hashes').optional(),
  PASSWORD_HASHING_QUEUE: wholeNumber('PASSWORD_HASHING_QUEUE', 0, 10_000, 'waiting hashes').default(32),
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{87}$/,
      'VAPID_PUBLIC_KEY must be an uncompressed P-256 public key in base64url (87 characters), e.g. from `npx web-push generate-vapid-keys`',
    )
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'VAPID_PRIVATE_KEY must be a P-256 private key in base64url (43 characters), e.g. from `npx web-push generate-vapid-keys`')
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'VAPID_SUBJECT must be a mailto: address or an https: URL where push services can reach the operator')
    .optional(),
  SHUTDOWN_GRACE_MS: z.coerce
    .number({ error: 'SHUTDOWN_GRACE_MS must be a number of milliseconds' })
    .int('SHUTDOWN_GRACE_MS must be a whole number of milliseconds')
    .min(0, 'SHUTDOWN_GRACE_MS must not be negative')
    .default(25000),
});

/** Signs development and test tokens only: production refuses to start without its own secret. */
export const DEVELOPMENT_JWT_SECRET = 'kindred-development-secret-never-use-in-production';

/**
 * Encrypts notes in development and test only: it is published here, so production refuses
 * to start without its own FIELD_ENCRYPTION_KEYS.
 */
export const DEVELOPMENT_FIELD_ENCRYPTION_KEY: FieldEncryptionKey = {
  id: 'dev',
  key: Buffer.from('YHZfEMjVeIClqN0zAuCWOJM6SeVXlK+Zbqwahq+pU54=', 'base64'),
};

/**
 * Signs Web Push requests in development and test only: published here (generated once with
 * `npx web-push generate-vapid-keys`) so the API and the worker agree without set-up; production
 * refuses to start without its own VAPID keys.
 */
export const DEVELOPMENT_VAPID_KEYS = {
  publicKey: 'BFsdE1gybVa-tonv-VofnLRMCpFQGbxoofzQ8GDXPrE_nb-HyXZ9my8W3cBA4Hku017DNmQUHzC6s1BM6oLMdk0',
  privateKey: 'lSKbNbxJ3lC8hiq62KD3CXLPSk82y26HfI8D6YiNI04',
  subject: 'mailto:push@kindred.local',
} as const;

export type Environment = z.output<typeof environmentSchema>;
