import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CircleRelationship } from './circle-relationship';

/** A supporter's place in a circle, from accepting to leaving or being removed. */
@Entity({ name: 'circle_members' })
export class CircleMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  circleId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  relationship!: CircleRelationship;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  joinedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  endedBy!: 'LEFT' | 'REMOVED' | null;
}
