import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum PartnerKind {
  TREATMENT_SERVICE = 'TREATMENT_SERVICE',
  COMMUNITY_GROUP = 'COMMUNITY_GROUP',
  LOCAL_BUSINESS = 'LOCAL_BUSINESS',
  VOLUNTEER_GROUP = 'VOLUNTEER_GROUP',
  HOUSING = 'HOUSING',
  EMPLOYMENT = 'EMPLOYMENT',
  OTHER = 'OTHER',
}

/** A helpline or service to reach in a crisis: always shown with the alliance. */
export interface CrisisResource {
  name: string;
  phone: string;
  hours: string;
  languages: string[];
}

export interface PartnerOrganisation {
  name: string;
  kind: PartnerKind;
  description: string;
  url: string | null;
}

/** A local recovery alliance: service users, community workers, businesses and volunteers. */
@Entity({ name: 'alliances' })
export class Alliance {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ type: 'text' })
  city!: string;

  /** Upper-cased, spaces removed: "SW1A", "75011". */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  postcodePrefixes!: string[];

  /** ISO 639-1 codes. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages!: string[];

  /** ISO 4217, for small sparks grants. */
  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  crisisResources!: CrisisResource[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  partnerOrganisations!: PartnerOrganisation[];

  /**
   * The most places a vetted mentor may give themself; only a coordinator (never the mentor
   * themself) sets more. Lowering it leaves places already given as they are.
   */
  @Column({ type: 'smallint', default: 3 })
  mentorPlacesLimit!: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
