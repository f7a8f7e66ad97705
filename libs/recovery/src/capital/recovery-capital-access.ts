import { Injectable } from '@nestjs/common';
import { NotFoundError, type Viewer } from '@kindred/core';

/**
 * Who may read a person's recovery capital (assessments, ratings, notes). Private by default:
 * today only the person themselves. Every read goes through here with the owner named, so
 * sharing grants (support circles) and consented mentorships can be added in this one place,
 * together with the disclosure-log entry each such read must write.
 */
@Injectable()
export class RecoveryCapitalAccess {
  /**
   * Resolves when the viewer may read the owner's recovery capital. Anyone else is told it
   * does not exist, never "forbidden", so whether a person has assessments is not revealed.
   */
  async assertCanRead(viewer: Viewer, ownerId: string): Promise<void> {
    if (viewer.userId === ownerId) return;
    throw new NotFoundError('We could not find that.');
  }
}
