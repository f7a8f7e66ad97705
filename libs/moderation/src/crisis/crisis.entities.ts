import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A person's consent that their mentor is alerted when they seem to be in crisis. */
@Entity({ name: 'crisis_alert_consents' })
export class CrisisAlertConsent {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  consentedAt!: Date;
}

/** Crisis support offered privately to an author, once per piece of content. */
@Entity({ name: 'crisis_support_offers' })
export class CrisisSupportOffer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  contentKind!: string;

  @Column({ type: 'uuid' })
  contentRef!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  seenAt!: Date | null;
}

/** An alert to a consenting member's mentor; it never carries what the member wrote. */
@Entity({ name: 'crisis_mentor_alerts' })
export class CrisisMentorAlert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  offerId!: string;

  @Column({ type: 'uuid' })
  mentorId!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
