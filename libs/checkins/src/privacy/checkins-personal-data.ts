import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { Checkin, checkinNoteContext } from '../checkins/checkin.entity';
import { EarlyHelpEpisode } from '../early-help/early-help.entities';
import { ReassessmentOffer } from '../reassessment/reassessment-offer.entity';
import { CheckinPreferences } from '../rhythm/checkin-preferences.entity';
import { countAlertsReceived, eraseAlertsOf, eraseCheckinsOf, eraseEpisodesOf, erasePreferencesOf, eraseReassessmentOfferOf } from './checkins-privacy.queries';

/**
 * Check-ins' share of export and erasure. Export: every check-in with its note decrypted for
 * its owner, their rhythm and consents, the early help offered to them, and how many alerts
 * they received as a mentor (not about whom). Erasure: all of it, and alerts about or to them.
 */
@EncryptedColumns([{ table: 'checkins', column: 'note', keyIdColumn: 'note_key_id', context: (row) => checkinNoteContext(row['id']!) }])
@PersonalData()
@Injectable()
export class CheckinsPersonalData implements PersonalDataContributor {
  readonly domain = 'checkins';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'checkins', personColumns: ['member_id'] },
    { table: 'checkin_preferences', personColumns: ['member_id'] },
    { table: 'early_help_episodes', personColumns: ['member_id'] },
    { table: 'early_help_alerts', personColumns: ['mentor_id', 'member_id'] },
    { table: 'reassessment_offers', personColumns: ['member_id'] },
  ];

  constructor(private readonly cipher: FieldCipher) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const checkins = await manager.getRepository(Checkin).find({ where: { memberId: userId }, order: { checkedInAt: 'ASC' } });
    const preferences = await manager.getRepository(CheckinPreferences).findOneBy({ memberId: userId });
    const episodes = await manager.getRepository(EarlyHelpEpisode).find({ where: { memberId: userId }, order: { openedAt: 'ASC' } });
    const offer = await manager.getRepository(ReassessmentOffer).findOneBy({ memberId: userId });
    const alertsReceived = (await countAlertsReceived.one(manager, { userId }))?.count ?? 0;
    return {
      checkins: checkins.map((row) => ({
        mood: row.mood,
        cravings: row.cravings,
        note: row.note ? this.cipher.decrypt(row.note, checkinNoteContext(row.id)) : null,
        tags: row.tags,
        checkedInAt: row.checkedInAt,
      })),
      preferences: preferences && {
        cadence: preferences.cadence,
        days: preferences.days,
        localTime: preferences.localTime,
        mentorAlertsSince: preferences.mentorAlertsSince,
        reassessEveryDays: preferences.reassessEveryDays,
      },
      earlyHelpOffered: episodes.map((row) => ({ reason: row.reason, openedAt: row.openedAt, closedAt: row.closedAt })),
      lastReassessmentOffer: offer?.lastOfferedAt ?? null,
      earlyHelpAlertsReceivedAsMentor: alertsReceived,
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await eraseAlertsOf.affected(manager, { userId });
    await eraseEpisodesOf.affected(manager, { userId });
    await eraseCheckinsOf.affected(manager, { userId });
    await erasePreferencesOf.affected(manager, { userId });
    await eraseReassessmentOfferOf.affected(manager, { userId });
  }
}
