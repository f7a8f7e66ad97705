import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Someone a person chose to reach when they need support now; alerted only once they consented themself. */
@Entity({ name: 'support_responders' })
export class SupportResponder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'uuid' })
  responderId!: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  chosenAt!: Date;

  /** Set by the responder when they agree to be alerted for this person; null while not (yet) agreed. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  consentedAt!: Date | null;

  /** The responder agreed that this person's alerts reach them during their quiet hours. */
  @Column({ type: 'boolean', default: false })
  throughQuietHours!: boolean;
}

/** A person's choice to reach their alliances' on-call peers too, when nobody they chose answers. */
@Entity({ name: 'support_now_choices' })
export class SupportNowChoice {
  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'boolean', default: false })
  reachOnCall!: boolean;
}

export enum SupportRequestStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** One press of "I need support now". It never says why. */
@Entity({ name: 'support_requests' })
export class SupportRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text', enum: SupportRequestStatus, default: SupportRequestStatus.OPEN })
  status!: SupportRequestStatus;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  /** When nobody had answered in time and the on-call peers were reached. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  escalatedAt!: Date | null;

  /** When the person said they are OK now. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;
}

export enum SupportAlertReason {
  CHOSEN = 'CHOSEN',
  ON_CALL = 'ON_CALL',
}

/** One responder alerted by a call for support, and when they answered "I'm here". */
@Entity({ name: 'support_alerts' })
export class SupportAlert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @Column({ type: 'uuid' })
  responderId!: string;

  @Column({ type: 'text', enum: SupportAlertReason })
  reason!: SupportAlertReason;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt!: Date | null;
}
