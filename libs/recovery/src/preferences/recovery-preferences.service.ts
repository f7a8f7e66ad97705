import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Outbox, type Viewer } from '@kindred/core';
import { checkRecoveryPreferences, type RecoveryPreferencesChange } from './recovery-preferences-input';
import { RecoveryPreference } from './recovery-preference.entity';
import { savePreferences } from './preferences.queries';

/** Preferences as read: a person who never set any has empty ones, with no date. */
export interface RecoveryPreferencesView extends RecoveryPreferencesChange {
  updatedAt: Date | null;
}

export const NO_PREFERENCES: RecoveryPreferencesView = {
  pathways: [],
  preferredMentorGender: null,
  languages: [],
  availability: [],
  updatedAt: null,
};

export function toPreferencesView(row: RecoveryPreference | null): RecoveryPreferencesView {
  if (!row) return NO_PREFERENCES;
  return {
    pathways: row.pathways,
    preferredMentorGender: row.preferredMentorGender,
    languages: row.languages,
    availability: row.availability,
    updatedAt: row.updatedAt,
  };
}

/** A member's own recovery preferences, used by matching later. */
@Injectable()
export class RecoveryPreferencesService {
  constructor(
    @InjectRepository(RecoveryPreference) private readonly preferences: Repository<RecoveryPreference>,
    private readonly outbox: Outbox,
  ) {}

  async mine(viewer: Viewer): Promise<RecoveryPreferencesView> {
    return toPreferencesView(await this.preferences.findOneBy({ userId: viewer.userId }));
  }

  /** Replaces the viewer's preferences as a whole (a field left empty clears it). */
  async update(viewer: Viewer, input: RecoveryPreferencesChange): Promise<RecoveryPreferencesView> {
    const checked = checkRecoveryPreferences(input);
    // One statement whether or not a row exists yet, so two devices saving at once cannot collide;
    // mentor suggestions follow the new preferences.
    await this.preferences.manager.transaction(async (manager) => {
      await savePreferences.affected(manager, { userId: viewer.userId, preferences: checked });
      await this.outbox.stage(manager, { name: 'mentorship.refresh-member-suggestions', data: { memberId: viewer.userId } });
    });
    return toPreferencesView(await this.preferences.findOneByOrFail({ userId: viewer.userId }));
  }
}
