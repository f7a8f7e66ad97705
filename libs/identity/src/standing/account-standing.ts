import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EventBus, KindredError } from '@kindred/core';
import { User } from '../accounts/user.entity';
import { IdentityMessages } from '../identity.messages';
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

  async of(manager: EntityManager, userId: string): Promise<Standing> {
    const row = await standingOf.one(manager, { userId });
    return { suspendedUntil: row?.suspendedUntil ?? null, banned: row?.banned ?? false };
  }

  /** The person's standing as their own screens show it, read outside any transaction. */
  current(userId: string): Promise<Standing> {
    return this.of(this.dataSource.manager, userId);
  }

  /** Refuses, kindly and with a code, a person who is suspended or banned. */
  async requireGoodStanding(manager: EntityManager, userId: string): Promise<void> {
    const standing = await this.of(manager, userId);
    if (standing.banned) {
      throw new KindredError(ACCOUNT_SUSPENDED, IdentityMessages.ACCOUNT_BANNED());
    }
    if (standing.suspendedUntil) {
      throw new KindredError(ACCOUNT_SUSPENDED, IdentityMessages.ACCOUNT_SUSPENDED_UNTIL({ until: standing.suspendedUntil.toISOString() }), {
        suspendedUntil: standing.suspendedUntil.toISOString(),
      });
    }
  }

  /** Applied in the caller's transaction; call `announce` once it committed. */
  async change(manager: EntityManager, userId: string, change: { suspendedUntil?: Date | null; banned?: boolean }): Promise<void> {
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
