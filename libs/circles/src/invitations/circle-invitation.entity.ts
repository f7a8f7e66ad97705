import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CircleRelationship } from '../circles/circle-relationship';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
}

/**
 * An invitation into a circle: by email (a single-use token, whose hash alone is stored, sent
 * by the worker) or to a person already on Kindred. Valid 7 days; revocable until answered.
 */
@Entity({ name: 'circle_invitations' })
export class CircleInvitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  circleId!: string;

  @Column({ type: 'uuid' })
  inviterId!: string;

  @Column({ type: 'uuid', nullable: true })
  inviteeId!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', enum: CircleRelationship })
  relationship!: CircleRelationship;

  @Column({ type: 'text', default: InvitationStatus.PENDING, enum: InvitationStatus })
  status!: InvitationStatus;

  @Column({ type: 'text', nullable: true, select: false })
  tokenHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailSentAt!: Date | null;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  responderId!: string | null;
}
