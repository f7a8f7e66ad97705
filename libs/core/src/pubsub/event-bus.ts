import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { AppConfig } from '../config/app-config';
import { CoreMessages } from '../core.messages';
import { ServiceUnavailableError } from '../graphql/errors';
import { withinRedisDeadline } from '../redis/redis-deadline';

/** A slow subscriber keeps at most this many unread events; older ones are not kept waiting. */
const MAX_BUFFERED_EVENTS = 1000;

/** A live event: ids and small facts only; subscribers reload and re-authorize what they show. */
export type EventPayload = Record<string, string | number | boolean | null>;

/**
 * Cross-process live events over Redis pub/sub, so a subscriber connected to one API copy
 * hears what happened in another copy or in the worker. Topics are namespaced by the
 * Redis prefix, so test runs and environments sharing a Redis never hear each other.
 */
@Injectable()
export class EventBus implements OnApplicationShutdown {
  private readonly pubsub: RedisPubSub;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private shutDown = false;

  constructor(
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.publisher = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    this.subscriber = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.logger.warn({ err: error.message }, 'redis pub/sub connection problem'));
    }
    this.pubsub = new RedisPubSub({ publisher: this.publisher, subscriber: this.subscriber });
  }

  /**
   * Best effort, as live events are: the fact is already in Postgres and subscribers reload
   * from there. While Redis is down or frozen the event is dropped after a short wait, so the
   * request that caused it neither hangs nor fails.
   */
  async publish(topic: string, payload: EventPayload): Promise<void> {
    try {
      await withinRedisDeadline(this.publisher, () => this.pubsub.publish(this.channel(topic), payload));
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : 'unknown' }, 'live event dropped');
    }
  }

  /**
   * Listens to a topic. Resolves once Redis has confirmed the subscription, so an event
   * published after this returns is never missed. Call `return()` (for-await does) to stop.
   */
  async subscribe<T extends EventPayload>(topic: string): Promise<AsyncIterableIterator<T>> {
    const buffered: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | undefined;
    let closed = false;
    let subscribing: Promise<number> | undefined;
    let subscriptionId: number;
    try {
      subscriptionId = await withinRedisDeadline(this.subscriber, () => {
        subscribing = this.pubsub.subscribe(this.channel(topic), (payload: T) => {
          if (waiting) {
            const resolve = waiting;
            waiting = undefined;
            resolve({ value: payload, done: false });
          } else if (buffered.length < MAX_BUFFERED_EVENTS) {
            buffered.push(payload);
          }
        });
        return subscribing;
      });
    } catch {
      // Confirmed after the deadline: nobody is listening any more.
      void subscribing?.then(
        (id) => this.release(id),
        () => undefined,
      );
      throw new ServiceUnavailableError(CoreMessages.LIVE_UPDATES_UNAVAILABLE());
    }
    const finished: IteratorReturnResult<undefined> = { value: undefined, done: true };
    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        const value = buffered.shift();
        if (value !== undefined) return Promise.resolve({ value, done: false });
        if (closed) return Promise.resolve(finished);
        return new Promise((resolve) => (waiting = resolve));
      },
      return: async () => {
        if (!closed) {
          closed = true;
          this.release(subscriptionId);
          waiting?.(finished);
          waiting = undefined;
        }
        return finished;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /**
   * A listener for the life of the process, not of a request: it waits for Redis rather than
   * refusing. SUBSCRIBE is sent only once connected, because one queued while Redis is away
   * is failed at shutdown and graphql-redis-subscriptions leaves that failure unhandled;
   * after a reconnect ioredis subscribes again by itself.
   */
  async follow<T extends EventPayload>(topic: string): Promise<AsyncIterableIterator<T>> {
    for (;;) {
      if (this.subscriber.status !== 'ready') await new Promise((resolve) => this.subscriber.once('ready', resolve));
      try {
        return await this.subscribe<T>(topic);
      } catch (error) {
        if (!(error instanceof ServiceUnavailableError)) throw error;
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.shutDown = true;
    // QUIT waits for a connection that may never come back; a closed socket is enough then.
    await Promise.all(
      [this.publisher, this.subscriber].map((client) => (client.status === 'ready' ? client.quit().then(() => undefined) : client.disconnect())),
    );
  }

  /**
   * Once shut down the connection is gone: graphql-redis-subscriptions would still send
   * UNSUBSCRIBE on it and leave the rejection unhandled (a listener confirmed just as the
   * process stops, then ended by its owner).
   */
  private release(subscriptionId: number): void {
    if (!this.shutDown) this.pubsub.unsubscribe(subscriptionId);
  }

  private channel(topic: string): string {
    return `${this.config.redisPrefix}:events:${topic}`;
  }
}

/**
 * Makes a generator reading from `source` stop at once when its consumer stops. An async
 * generator waiting for its next event queues return() behind that wait, so an unsubscribing
 * client would otherwise keep its Redis listener until the next event arrived.
 */
export function endingWithSource<T>(stream: AsyncGenerator<T>, source: AsyncIterableIterator<unknown>): AsyncGenerator<T> {
  const finish = stream.return.bind(stream);
  stream.return = async (value) => {
    await source.return?.();
    return finish(value);
  };
  return stream;
}
