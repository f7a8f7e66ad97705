import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { Barc10Assessment } from '../barc10/barc10-assessment.entity';
import { DOMAIN_NOTE_COLUMN, DomainRatingNote, noteCipherContext } from '../domains/domain-rating-note.entity';
import { DomainRating, scoresOf } from '../domains/domain-rating.entity';
import { RecoveryPreference } from '../preferences/recovery-preference.entity';

/**
 * Recovery's share of export and erasure. The export is the person's own record, so notes
 * are decrypted into it (a copy of ciphertext would be of no use to them). Erasure deletes
 * every row: assessments and ratings are about the person alone, with nothing shared.
 */
@EncryptedColumns([DOMAIN_NOTE_COLUMN])
@PersonalData()
@Injectable()
export class RecoveryPersonalData implements PersonalDataContributor {
  readonly domain = 'recovery';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'barc10_assessments', personColumns: ['user_id'] },
    { table: 'domain_ratings', personColumns: ['user_id'] },
    { table: 'domain_rating_notes', personColumns: ['user_id'] },
    { table: 'recovery_preferences', personColumns: ['user_id'] },
  ];

  constructor(private readonly cipher: FieldCipher) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const assessments = await manager.getRepository(Barc10Assessment).find({ where: { userId }, order: { takenAt: 'ASC', id: 'ASC' } });
    const ratings = await manager.getRepository(DomainRating).find({ where: { userId }, order: { takenAt: 'ASC', id: 'ASC' } });
    const notes = await manager.getRepository(DomainRatingNote).find({ where: { userId } });
    const preferences = await manager.getRepository(RecoveryPreference).findOneBy({ userId });
    return {
      barc10Assessments: assessments.map((assessment) => ({
        takenAt: assessment.takenAt,
        statementsVersion: assessment.statementsVersion,
        answers: assessment.answers,
        total: assessment.total,
        recordedAt: assessment.createdAt,
      })),
      domainRatings: ratings.map((rating) => ({
        takenAt: rating.takenAt,
        scaleVersion: rating.scaleVersion,
        scores: scoresOf(rating),
        notes: Object.fromEntries(
          notes
            .filter((note) => note.ratingId === rating.id)
            .map((note) => [note.domain, this.cipher.decrypt(note.ciphertext, noteCipherContext(note.ratingId, note.domain))]),
        ),
        recordedAt: rating.createdAt,
      })),
      preferences: preferences && {
        pathways: preferences.pathways,
        preferredMentorGender: preferences.preferredMentorGender,
        languages: preferences.languages,
        availability: preferences.availability,
        updatedAt: preferences.updatedAt,
      },
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    // Notes first: they reference their ratings.
    await manager.delete(DomainRatingNote, { userId });
    await manager.delete(DomainRating, { userId });
    await manager.delete(Barc10Assessment, { userId });
    await manager.delete(RecoveryPreference, { userId });
  }
}
