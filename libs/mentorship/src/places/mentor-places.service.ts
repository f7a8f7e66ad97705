import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CoordinatorsService, MOST_MENTOR_PLACES, MentorVettingService } from '@kindred/alliances';
import { BadUserInputError, ConflictError, ForbiddenError, KindredError, NotFoundError, OwnCaseError, Outbox, type Viewer } from '@kindred/core';
import { AuditAction, AuditLog } from '@kindred/identity';
import { MentorCapacity, lockPeople } from '../mentorships/mentor-capacity';
import type { MentorPlacesObject } from './mentor-places.types';
import { MentorshipMessages } from '../mentorship.messages';

/**
 * A vetted mentor's places in an alliance. The mentor sets their own up to the alliance's
 * limit; beyond it, a coordinator of the alliance decides, and never about themself. Never
 * below the mentees they have now. Under the mentor's lock, like every acceptance, so a
 * change and an acceptance cannot overfill them; audited; suggestions follow.
 */
@Injectable()
export class MentorPlacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vetting: MentorVettingService,
    private readonly coordinators: CoordinatorsService,
    private readonly capacity: MentorCapacity,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async set(viewer: Viewer, allianceId: string, mentorId: string, places: number, requestId: string): Promise<MentorPlacesObject> {
    if (!Number.isInteger(places) || places < 1 || places > MOST_MENTOR_PLACES) {
      throw new BadUserInputError(MentorshipMessages.MENTOR_PLACES_RANGE_CHOICE({ max: MOST_MENTOR_PLACES }), { field: 'places' });
    }
    const ownCase = viewer.userId === mentorId;
    return this.dataSource.transaction(async (manager) => {
      await lockPeople(manager, mentorId);
      const vetting = await this.vetting.placesFor(manager, mentorId, allianceId);
      if (!vetting) throw new NotFoundError(ownCase ? MentorshipMessages.NOT_A_VETTED_MENTOR_HERE() : MentorshipMessages.VETTED_MENTOR_NOT_FOUND());
      if (ownCase && places > Math.max(vetting.places, vetting.placesLimit)) throw await this.beyondOwnLimit(viewer, allianceId, vetting.placesLimit);
      const taken = await this.capacity.taken(manager, mentorId);
      if (places < taken) {
        throw new ConflictError(ownCase ? MentorshipMessages.OWN_PLACES_BELOW_TAKEN({ taken }) : MentorshipMessages.MENTOR_PLACES_BELOW_TAKEN({ taken }), {
          field: 'places',
        });
      }
      await this.vetting.setPlaces(manager, vetting.applicationId, places);
      await this.audit.record(manager, {
        action: AuditAction.MENTOR_PLACES_CHANGED,
        actorId: viewer.userId,
        subjectId: mentorId,
        requestId,
        details: { allianceId, from: vetting.places, to: places },
      });
      // Fewer or more free places change who can be suggested, and how the load weighs.
      await this.outbox.stage(manager, { name: 'mentorship.refresh-alliance-suggestions', data: { allianceId } });
      await this.capacity.answerWaitingIfFull(manager, mentorId);
      return { allianceId, mentorId, places, taken, allianceLimit: vetting.placesLimit };
    });
  }

  /** Nobody decides their own case: a coordinator who mentors here asks another coordinator, like any mentor. */
  private async beyondOwnLimit(viewer: Viewer, allianceId: string, limit: number): Promise<KindredError> {
    if (await this.coordinators.isCoordinator(this.dataSource.manager, viewer.userId, allianceId)) {
      return new OwnCaseError(MentorshipMessages.OWN_PLACES_COORDINATOR({ limit }));
    }
    return new ForbiddenError(MentorshipMessages.OWN_PLACES_LIMIT({ limit }));
  }
}
