import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CipherContext } from '@kindred/core';

/**
 * One device (browser) a person subscribed to Web Push. The endpoint and keys reach that
 * device, so they are sealed at rest; `endpointDigest` finds the row again without them.
 */
@Entity({ name: 'push_subscriptions' })
export class PushSubscription {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  /** SHA-256 of the endpoint, hex: a device is subscribed once, by whoever subscribed it last. */
  @Column({ type: 'text', unique: true })
  endpointDigest!: string;

  /** FieldCipher ciphertext of the subscription's JSON: endpoint, p256dh and auth. */
  @Column({ type: 'text' })
  subscription!: string;

  @Column({ type: 'text' })
  subscriptionKeyId!: string;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

export const pushSubscriptionContext = (id: string): CipherContext => ({ table: 'push_subscriptions', column: 'subscription', rowId: id });
