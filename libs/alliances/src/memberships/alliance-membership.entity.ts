import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AllianceCapacity {
  MEMBER = 'MEMBER',
  SUPPORTER = 'SUPPORTER',
  PEER_MENTOR = 'PEER_MENTOR',
}

export enum MembershipStatus {
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  LEFT = 'LEFT',
}

/** A person's place in an alliance, in one capacity, from request to leaving. */
@Entity({ name: 'alliance_memberships' })
export class AllianceMembership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', enum: AllianceCapacity })
  capacity!: AllianceCapacity;

  @Column({ type: 'text', default: MembershipStatus.REQUESTED, enum: MembershipStatus })
  status!: MembershipStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}
