import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import {
  DEVELOPMENT_FIELD_ENCRYPTION_KEY,
  DEVELOPMENT_JWT_SECRET,
  DEVELOPMENT_VAPID_KEYS,
  environmentSchema,
  type Environment,
  type FieldEncryptionKey,
} from './config.schema';

export type RuntimeEnvironment = Environment['NODE_ENV'];
export type LogLevel = Environment['LOG_LEVEL'];
export type { FieldEncryptionKey } from './config.schema';

/** Thrown when the environment cannot start Kindred; its message is one line for the operator. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/**
 * The validated configuration, read from the environment once at boot and injected
 * everywhere else. Nothing outside this file reads `process.env`.
 */
export class AppConfig {
  readonly environment: RuntimeEnvironment;
  readonly host: string;
  readonly apiPort: number;
  readonly workerPort: number;
  /** Where each process serves GET /metrics for Prometheus: a port apart from the public one. */
  readonly metricsPorts: { readonly api: number; readonly worker: number };
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly runMigrations: boolean;
  /** Development only: the API creates the demo world at start when it is not there yet. */
  readonly demoWorldOnStart: boolean;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly logLevel: LogLevel;
  readonly shutdownGraceMs: number;
  readonly jwtSecret: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  /** Field-encryption keys, the active one (for new writes) first; never empty. */
  readonly fieldEncryptionKeys: readonly FieldEncryptionKey[];
  /** Unset means the development mail transport: a redacted log line instead of an email. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Base of links in emails (verification, password reset). */
  readonly publicAppUrl: string;
  /** The built web app (Vite's output), served at `/` when it exists; absolute. */
  readonly webAppDir: string;
  /** Whether to believe X-Forwarded-For for the client IP (only behind a trusted proxy). */
  readonly trustProxy: boolean;
  /** The fewest distinct people behind any figure in an alliance's insights (k-anonymity). */
  readonly insightsMinPeople: number;
  /** How long a client may take to send a request's headers, then its whole request, and stay idle between requests. */
  readonly httpTimeouts: { readonly headersMs: number; readonly requestMs: number; readonly keepAliveMs: number };
  /** Open connections one client address may hold (not applied behind a trusted proxy, where every connection is the proxy's). */
  readonly maxConnectionsPerAddress: number;
  /** Caps on graphql-ws: sockets per person on one API copy, operations per socket, bytes per message. */
  readonly webSocketLimits: { readonly connectionsPerPerson: number; readonly subscriptionsPerConnection: number; readonly maxMessageBytes: number };
  /** Password hashes computed at once by one process, and how many may wait for a turn before callers are asked to retry. */
  readonly passwordHashing: { readonly concurrency: number; readonly queue: number };

  /** Web Push's application server keys (base64url) and the contact push services may use. */
  readonly vapid: { readonly publicKey: string; readonly privateKey: string; readonly subject: string };

  constructor(env: Environment) {
    this.environment = env.NODE_ENV;
    this.host = env.HOST;
    this.apiPort = env.PORT;
    this.workerPort = env.WORKER_PORT;
    this.metricsPorts = { api: env.API_METRICS_PORT, worker: env.WORKER_METRICS_PORT };
    this.databaseUrl = env.DATABASE_URL;
    this.databasePoolSize = env.DATABASE_POOL_SIZE;
    this.runMigrations = env.RUN_MIGRATIONS;
    this.demoWorldOnStart = env.DEMO_WORLD && env.NODE_ENV === 'development';
    this.redisUrl = env.REDIS_URL;
    this.redisPrefix = env.REDIS_PREFIX;
    this.logLevel = env.LOG_LEVEL;
    this.shutdownGraceMs = env.SHUTDOWN_GRACE_MS;
    this.jwtSecret = env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET;
    this.accessTokenTtlSeconds = env.ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlDays = env.REFRESH_TOKEN_TTL_DAYS;
    this.fieldEncryptionKeys = env.FIELD_ENCRYPTION_KEYS ?? [DEVELOPMENT_FIELD_ENCRYPTION_KEY];
    this.smtpUrl = env.SMTP_URL;
    this.mailFrom = env.MAIL_FROM;
    this.publicAppUrl = env.PUBLIC_APP_URL.replace(/\/$/, '');
    this.webAppDir = resolve(env.WEB_APP_DIR);
    this.trustProxy = env.TRUST_PROXY;
    this.insightsMinPeople = env.INSIGHTS_MIN_PEOPLE;
    this.httpTimeouts = {
      headersMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestMs: env.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    };
    this.maxConnectionsPerAddress = env.MAX_CONNECTIONS_PER_ADDRESS;
    this.webSocketLimits = {
      connectionsPerPerson: env.WS_MAX_CONNECTIONS_PER_PERSON,
      subscriptionsPerConnection: env.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxMessageBytes: env.WS_MAX_MESSAGE_BYTES,
    };
    this.vapid = {
      publicKey: env.VAPID_PUBLIC_KEY ?? DEVELOPMENT_VAPID_KEYS.publicKey,
      privateKey: env.VAPID_PRIVATE_KEY ?? DEVELOPMENT_VAPID_KEYS.privateKey,
      subject: env.VAPID_SUBJECT ?? DEVELOPMENT_VAPID_KEYS.subject,
    };
    // A core stays free for everything else, and two of libuv's four threads (token checks use them).
    this.passwordHashing = {
      concurrency: env.PASSWORD_HASHING_CONCURRENCY ?? Math.min(2, Math.max(1, availableParallelism() - 1)),
      queue: env.PASSWORD_HASHING_QUEUE,
    };
  }

  get isProduction(): boolean {
    return this.environment === 'production';
  }

  get isDevelopment(): boolean {
    return this.environment === 'development';
  }

  /** Reads and validates the environment; throws a ConfigurationError naming every bad variable. */
  static fromEnvironment(source: Record<string, string | undefined> = process.env): AppConfig {
    // An empty variable means "not set", so its default applies.
    const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
    const parsed = environmentSchema.safeParse(present);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => issue.message);
      throw new ConfigurationError(`Kindred cannot start: ${problems.join('; ')}.`);
    }
    if (parsed.data.NODE_ENV === 'production' && !parsed.data.JWT_SECRET) {
      throw new ConfigurationError('Kindred cannot start: JWT_SECRET must be set in production (at least 32 characters of random text).');
    }
    if (parsed.data.NODE_ENV === 'production' && !parsed.data.FIELD_ENCRYPTION_KEYS) {
      throw new ConfigurationError(
        'Kindred cannot start: FIELD_ENCRYPTION_KEYS must be set in production (keyId:base64key, the key 32 random bytes, e.g. from `openssl rand -base64 32`).',
      );
    }
    if (parsed.data.NODE_ENV === 'production' && (!parsed.data.VAPID_PUBLIC_KEY || !parsed.data.VAPID_PRIVATE_KEY || !parsed.data.VAPID_SUBJECT)) {
      throw new ConfigurationError(
        'Kindred cannot start: VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT must be set in production for Web Push (keys from `npx web-push generate-vapid-keys`, subject a mailto: address or https: URL).',
      );
    }
    if ((parsed.data.VAPID_PUBLIC_KEY === undefined) !== (parsed.data.VAPID_PRIVATE_KEY === undefined)) {
      throw new ConfigurationError('Kindred cannot start: VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together (they are one key pair).');
    }
    if (parsed.data.HTTP_HEADERS_TIMEOUT_MS > parsed.data.HTTP_REQUEST_TIMEOUT_MS) {
      // Node refuses a headers timeout longer than the whole request's.
      throw new ConfigurationError('Kindred cannot start: HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS.');
    }
    return new AppConfig(parsed.data);
  }
}
