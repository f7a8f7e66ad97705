import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When a member was last offered to retake the recovery capital assessment. */
@Entity({ name: 'reassessment_offers' })
export class ReassessmentOffer {
  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'timestamptz' })
  lastOfferedAt!: Date;
}
