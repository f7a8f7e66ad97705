import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EventBus, KindredError } from '@kindred/core';
import { User } from '../accounts/user.entity';
import { standingOf } from './standing.queries';

/** The code a client sees when a suspended or banned person tries to write. */
export const ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED';

export interface Standing {
  suspendedUntil: Date | null;
  banned: boolean;
}

/** The live topic one person's sessions listen to for changes to their standing. */
export function standingTopic(userId: string): string {
  return `identity.standing.${userId}`;
}

/**
 * Whether a person may write (send, post, edit) now. Moderation changes it; every domain
 * that accepts writing asks it, so a suspension holds everywhere at once.
 */
@Injectable()
export class AccountStanding {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  async of(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Standing> {
    const row = await standingOf.one(manager, { userId });
    return { suspendedUntil: row?.suspendedUntil ?? null, banned: row?.banned ?? false };
  }

  /** Refuses, kindly and with a code, a person who is suspended or banned. */
  async requireGoodStanding(userId: string, manager?: EntityManager): Promise<void> {
    const standing = await this.of(userId, manager);
    if (standing.banned) {
      throw new KindredError(ACCOUNT_SUSPENDED, 'Your account can no longer send or post. You can still read your messages and appeal the decision.');
    }
    if (standing.suspendedUntil) {
      throw new KindredError(
        ACCOUNT_SUSPENDED,
        `Your account is paused from sending and posting until ${standing.suspendedUntil.toISOString()}. You can still read, and appeal the decision.`,
        { suspendedUntil: standing.suspendedUntil.toISOString() },
      );
    }
  }

  /** Applied in the caller's transaction; call `announce` once it committed. */
  async change(userId: string, change: { suspendedUntil?: Date | null; banned?: boolean }, manager: EntityManager): Promise<void> {
    const values: Partial<Pick<User, 'suspendedUntil' | 'bannedAt'>> = {};
    if (change.suspendedUntil !== undefined) values.suspendedUntil = change.suspendedUntil;
    if (change.banned !== undefined) values.bannedAt = change.banned ? new Date() : null;
    await manager.update(User, { id: userId }, values);
  }

  /** Tells every open session of the person at once. */
  async announce(userId: string): Promise<void> {
    await this.events.publish(standingTopic(userId), { userId });
  }
}
