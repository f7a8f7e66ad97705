import { randomBytes } from 'node:crypto';
import { generateVAPIDKeys } from 'web-push';

/**
 * What Kindred refuses to start without in production, freshly made per call: tests and
 * benchmarks that run the processes as deployed spread this, so a new required secret is
 * added here once rather than in every production-mode scene.
 */
export function productionEnvironment(jwtSecret = randomBytes(32).toString('base64url')): Record<string, string> {
  const vapid = generateVAPIDKeys();
  return {
    NODE_ENV: 'production',
    JWT_SECRET: jwtSecret,
    FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: 'mailto:operators@example.org',
  };
}
