import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CoordinatorsService, MOST_MENTOR_PLACES, MentorVettingService } from '@kindred/alliances';
import { BadUserInputError, ConflictError, ForbiddenError, KindredError, NotFoundError, OwnCaseError, Outbox, type Viewer } from '@kindred/core';
import { AuditAction, AuditLog } from '@kindred/identity';
import { MentorCapacity, lockPeople } from '../mentorships/mentor-capacity';
import type { MentorPlacesObject } from './mentor-places.types';

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
      throw new BadUserInputError(`Please choose a number of places from 1 to ${MOST_MENTOR_PLACES}.`, { field: 'places' });
    }
    const ownCase = viewer.userId === mentorId;
    return this.dataSource.transaction(async (manager) => {
      await lockPeople(manager, mentorId);
      const vetting = await this.vetting.placesFor(manager, mentorId, allianceId);
      if (!vetting) throw new NotFoundError(ownCase ? 'You are not a vetted mentor in that alliance.' : 'We could not find a vetted mentor with that id in this alliance.');
      if (ownCase && places > Math.max(vetting.places, vetting.placesLimit)) throw await this.beyondOwnLimit(viewer, allianceId, vetting.placesLimit);
      const taken = await this.capacity.taken(manager, mentorId);
      if (places < taken) {
        throw new ConflictError(
          ownCase
            ? `You mentor ${taken} people now, so your places cannot go below ${taken}. A place frees up when a mentorship comes to its close.`
            : `This mentor has ${taken} mentees now, so their places cannot go below ${taken}.`,
          { field: 'places' },
        );
      }
      await this.vetting.setPlaces(manager, vetting.applicationId, places);
      await this.audit.record(
        manager,
        { action: AuditAction.MENTOR_PLACES_CHANGED, actorId: viewer.userId, subjectId: mentorId, requestId, details: { allianceId, from: vetting.places, to: places } },
      );
      // Fewer or more free places change who can be suggested, and how the load weighs.
      await this.outbox.stage(manager, { name: 'mentorship.refresh-alliance-suggestions', data: { allianceId } });
      await this.capacity.answerWaitingIfFull(manager, mentorId);
      return { allianceId, mentorId, places, taken, allianceLimit: vetting.placesLimit };
    });
  }

  /** Nobody decides their own case: a coordinator who mentors here asks another coordinator, like any mentor. */
  private async beyondOwnLimit(viewer: Viewer, allianceId: string, limit: number): Promise<KindredError> {
    if (await this.coordinators.isCoordinator(this.dataSource.manager, viewer.userId, allianceId)) {
      return new OwnCaseError(
        `Like every mentor here, you can give yourself up to ${limit} places. For more, please ask another coordinator of the alliance: nobody decides their own case.`,
      );
    }
    return new ForbiddenError(`You can give yourself up to ${limit} places in this alliance. For more, please ask one of its coordinators: they can raise your number.`);
  }
}
