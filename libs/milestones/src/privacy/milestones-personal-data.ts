import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { MilestoneCelebration, RecoveryJourney, Setback, setbackNoteContext } from '../journey/journey.entities';

/** Milestones' share of export and erasure: the start date, setbacks (notes decrypted for their owner) and milestones. */
@EncryptedColumns([{ table: 'setbacks', column: 'note', keyIdColumn: 'note_key_id', context: (row) => setbackNoteContext(row['id']!) }])
@PersonalData()
@Injectable()
export class MilestonesPersonalData implements PersonalDataContributor {
  readonly domain = 'milestones';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'recovery_journeys', personColumns: ['member_id'] },
    { table: 'setbacks', personColumns: ['member_id'] },
    { table: 'milestone_celebrations', personColumns: ['member_id'] },
  ];

  constructor(private readonly cipher: FieldCipher) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const journey = await manager.getRepository(RecoveryJourney).findOneBy({ memberId: userId });
    const setbacks = await manager.getRepository(Setback).find({ where: { memberId: userId }, order: { occurredOn: 'ASC' } });
    const milestones = await manager.getRepository(MilestoneCelebration).find({ where: { memberId: userId }, order: { days: 'ASC' } });
    return {
      recoveryStartDate: journey?.startedOn ?? null,
      setbacks: setbacks.map((row) => ({
        occurredOn: row.occurredOn,
        note: row.note ? this.cipher.decrypt(row.note, setbackNoteContext(row.id)) : null,
        recordedAt: row.recordedAt,
      })),
      milestones: milestones.map((row) => ({ days: row.days, reachedOn: row.reachedOn })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    for (const entity of [Setback, MilestoneCelebration, RecoveryJourney]) await manager.delete(entity, { memberId: userId });
  }
}
