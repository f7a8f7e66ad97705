import { AppConfig, ConfigurationError } from './app-config';
import { DEVELOPMENT_VAPID_KEYS } from './config.schema';

const KEY_A = Buffer.alloc(32, 7).toString('base64');
const KEY_B = Buffer.alloc(32, 9).toString('base64');
const PRODUCTION_KEYS = `2025a:${KEY_A}`;
const PRODUCTION_VAPID = {
  VAPID_PUBLIC_KEY: 'BJxWG6DJp4n40d_Z6BCQxoD-o_Yh4Hr35AZDd6wZ4Zvn-1-0G-Am3SUL4woN4W6H7UjXgVgbN0vnyZlEMCxyTwM',
  VAPID_PRIVATE_KEY: 'qvgFo4B8PjkEj1yecTMRtuJyv7-L--2vLKBhic8DLpk',
  VAPID_SUBJECT: 'mailto:operators@example.org',
};

describe('AppConfig.fromEnvironment', () => {
  it('starts with local defaults when nothing is set', () => {
    const config = AppConfig.fromEnvironment({});
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/kindred');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.apiPort).toBe(3000);
    expect(config.workerPort).toBe(3001);
    expect(config.isProduction).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(AppConfig.fromEnvironment({ PORT: '' }).apiPort).toBe(3000);
  });

  it('names the variable and what is expected when DATABASE_URL is nonsense', () => {
    expect(() => AppConfig.fromEnvironment({ DATABASE_URL: 'nonsense' })).toThrow(
      new ConfigurationError('Kindred cannot start: DATABASE_URL must be a URL such as postgres://postgres@127.0.0.1:5432/kindred.'),
    );
  });

  it('asks for a database name in DATABASE_URL', () => {
    expect(() => AppConfig.fromEnvironment({ DATABASE_URL: 'postgres://127.0.0.1:5432' })).toThrow(/DATABASE_URL must name a database/);
  });

  it('reports every bad variable on one line', () => {
    let message = '';
    try {
      AppConfig.fromEnvironment({ PORT: 'eighty', REDIS_URL: 'http://example.org', NODE_ENV: 'staging' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain('\n');
    expect(message).toContain('PORT must be a TCP port number');
    expect(message).toContain('REDIS_URL must be a URL such as redis://127.0.0.1:6379');
    expect(message).toContain('NODE_ENV must be one of development, test, production');
  });

  it('never echoes the rejected value, which may hold a password', () => {
    expect(() => AppConfig.fromEnvironment({ DATABASE_URL: 'mysql://kindred:s3cret@db/kindred' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });

  it('requires its own JWT_SECRET in production', () => {
    expect(() => AppConfig.fromEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set in production/);
    expect(() => AppConfig.fromEnvironment({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 characters/);
    expect(
      AppConfig.fromEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), FIELD_ENCRYPTION_KEYS: PRODUCTION_KEYS, ...PRODUCTION_VAPID }).jwtSecret,
    ).toBe('x'.repeat(40));
  });

  describe('VAPID keys for Web Push', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), FIELD_ENCRYPTION_KEYS: PRODUCTION_KEYS };

    it('uses the documented development pair outside production', () => {
      expect(AppConfig.fromEnvironment({}).vapid).toEqual(DEVELOPMENT_VAPID_KEYS);
    });

    it('is required in production, with a message that says how to make one', () => {
      expect(() => AppConfig.fromEnvironment(production)).toThrow(/VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT must be set in production/);
      expect(() => AppConfig.fromEnvironment({ ...production, ...PRODUCTION_VAPID, VAPID_SUBJECT: '' })).toThrow(/web-push generate-vapid-keys/);
      expect(AppConfig.fromEnvironment({ ...production, ...PRODUCTION_VAPID }).vapid).toEqual({
        publicKey: PRODUCTION_VAPID.VAPID_PUBLIC_KEY,
        privateKey: PRODUCTION_VAPID.VAPID_PRIVATE_KEY,
        subject: PRODUCTION_VAPID.VAPID_SUBJECT,
      });
    });

    it('refuses a malformed key, half a pair, or a subject push services cannot reach', () => {
      expect(() => AppConfig.fromEnvironment({ VAPID_PUBLIC_KEY: 'not-a-key' })).toThrow(/VAPID_PUBLIC_KEY must be an uncompressed P-256 public key/);
      expect(() => AppConfig.fromEnvironment({ VAPID_PUBLIC_KEY: PRODUCTION_VAPID.VAPID_PUBLIC_KEY })).toThrow(/must be set together/);
      expect(() => AppConfig.fromEnvironment({ VAPID_SUBJECT: 'http://example.org' })).toThrow(/VAPID_SUBJECT must be a mailto: address or an https: URL/);
    });
  });

  describe('FIELD_ENCRYPTION_KEYS', () => {
    it('uses the documented development key outside production', () => {
      const keys = AppConfig.fromEnvironment({}).fieldEncryptionKeys;
      expect(keys.map((entry) => entry.id)).toEqual(['dev']);
      expect(keys[0]?.key).toHaveLength(32);
    });

    it('is required in production', () => {
      expect(() => AppConfig.fromEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(
        /FIELD_ENCRYPTION_KEYS must be set in production/,
      );
    });

    it('keeps the keys in order, the first being the one new data is encrypted with', () => {
      const keys = AppConfig.fromEnvironment({ FIELD_ENCRYPTION_KEYS: `k2:${KEY_B}, k1:${KEY_A}` }).fieldEncryptionKeys;
      expect(keys.map((entry) => entry.id)).toEqual(['k2', 'k1']);
      expect(keys[0]?.key.toString('base64')).toBe(KEY_B);
    });

    it.each([
      ['a key that is not 32 bytes', `k1:${Buffer.alloc(16, 1).toString('base64')}`],
      ['text that is not base64', `k1:${'*'.repeat(44)}`],
      ['an entry without a key id', KEY_A],
      ['a key id with a dot', `k.1:${KEY_A}`],
    ])('refuses %s, without echoing the key', (_case, value) => {
      expect(() => AppConfig.fromEnvironment({ FIELD_ENCRYPTION_KEYS: value })).toThrow(
        expect.objectContaining({ message: expect.stringMatching(/FIELD_ENCRYPTION_KEYS must be comma-separated keyId:base64key/) }),
      );
      expect(() => AppConfig.fromEnvironment({ FIELD_ENCRYPTION_KEYS: value })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining(value.slice(-20)) }),
      );
    });

    it('refuses the same key id twice', () => {
      expect(() => AppConfig.fromEnvironment({ FIELD_ENCRYPTION_KEYS: `k1:${KEY_A},k1:${KEY_B}` })).toThrow(/must not name a key id twice/);
    });
  });

  it('rejects a port out of range', () => {
    expect(() => AppConfig.fromEnvironment({ WORKER_PORT: '70000' })).toThrow(/WORKER_PORT must be a TCP port/);
  });

  describe('limits against floods', () => {
    it('has documented defaults', () => {
      const config = AppConfig.fromEnvironment({});
      expect(config.httpTimeouts).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 10_000 });
      expect(config.maxConnectionsPerAddress).toBe(256);
      expect(config.webSocketLimits).toEqual({ connectionsPerPerson: 10, subscriptionsPerConnection: 50, maxMessageBytes: 65_536 });
      expect(config.passwordHashing.queue).toBe(32);
      expect([1, 2]).toContain(config.passwordHashing.concurrency);
    });

    it('takes them from the environment', () => {
      const config = AppConfig.fromEnvironment({ HTTP_REQUEST_TIMEOUT_MS: '60000', WS_MAX_MESSAGE_BYTES: '4096', PASSWORD_HASHING_CONCURRENCY: '4' });
      expect(config.httpTimeouts.requestMs).toBe(60_000);
      expect(config.webSocketLimits.maxMessageBytes).toBe(4096);
      expect(config.passwordHashing.concurrency).toBe(4);
    });

    it('refuses a headers timeout longer than the request timeout, and a cap of nothing', () => {
      expect(() => AppConfig.fromEnvironment({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' })).toThrow(
        'Kindred cannot start: HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS.',
      );
      expect(() => AppConfig.fromEnvironment({ MAX_CONNECTIONS_PER_ADDRESS: '0' })).toThrow(
        /MAX_CONNECTIONS_PER_ADDRESS must be a whole number of connections from 1 to 100000/,
      );
    });
  });
});
