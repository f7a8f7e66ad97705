import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One person blocking another: no messages either way, and no suggestions of each other. */
@Entity({ name: 'blocks' })
export class Block {
  @PrimaryColumn({ type: 'uuid' })
  blockerId!: string;

  @PrimaryColumn({ type: 'uuid' })
  blockedId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
