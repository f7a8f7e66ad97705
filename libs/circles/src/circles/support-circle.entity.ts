import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member's support circle: the people they chose to have around their recovery. One per member. */
@Entity({ name: 'support_circles' })
export class SupportCircle {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  conversationId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
