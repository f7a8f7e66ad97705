import { Redis } from 'ioredis';
import { TEST_REDIS_URL } from '@kindred/core/testing';
import { eventually } from './polling';

/**
 * Harness synchronisation, not an assertion: an API copy listens on a live-event channel
 * only once a subscription to it passed its access check. Waiting for that lets a test send
 * an event knowing the subscriber is live, instead of sleeping and hoping.
 */
export async function waitForListeners(redisPrefix: string, topic: string, count: number): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    await eventually(`${count} API cop${count === 1 ? 'y' : 'ies'} to listen on ${topic}`, async () => {
      const [, listeners] = (await redis.pubsub('NUMSUB', `${redisPrefix}:events:${topic}`)) as [string, number];
      return listeners >= count ? true : undefined;
    });
  } finally {
    redis.disconnect();
  }
}
