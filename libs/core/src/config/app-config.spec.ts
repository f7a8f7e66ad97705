import { AppConfig, ConfigurationError } from './app-config';

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
      new ConfigurationError(
        'Kindred cannot start: DATABASE_URL must be a URL such as postgres://postgres@127.0.0.1:5432/kindred.',
      ),
    );
  });

  it('asks for a database name in DATABASE_URL', () => {
    expect(() => AppConfig.fromEnvironment({ DATABASE_URL: 'postgres://127.0.0.1:5432' })).toThrow(
      /DATABASE_URL must name a database/,
    );
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
    expect(AppConfig.fromEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe('x'.repeat(40));
  });

  it('rejects a port out of range', () => {
    expect(() => AppConfig.fromEnvironment({ WORKER_PORT: '70000' })).toThrow(/WORKER_PORT must be a TCP port/);
  });
});
