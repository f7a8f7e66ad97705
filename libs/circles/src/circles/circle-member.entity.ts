import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CircleRelationship } from './circle-relationship';

/** Who ended a membership: the supporter, or the member who removed them. */
export const CIRCLE_MEMBERSHIP_ENDINGS = ['LEFT', 'REMOVED'] as const;

/** A supporter's place in a circle, from accepting to leaving or being removed. */
@Entity({ name: 'circle_members' })
export class CircleMember {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  circleId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', enum: CircleRelationship })
  relationship!: CircleRelationship;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  joinedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'text', nullable: true, enum: CIRCLE_MEMBERSHIP_ENDINGS })
  endedBy!: (typeof CIRCLE_MEMBERSHIP_ENDINGS)[number] | null;
}
