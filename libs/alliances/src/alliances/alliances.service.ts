import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError, paginateByKeyset, type Connection, isUuid } from '@kindred/core';
import { AuditAction, AuditLog } from '@kindred/identity';
import { MOST_MENTOR_PLACES } from '../mentor-vetting/mentor-application.entity';
import { checkAllianceInput, normalisePostcode } from './alliance-input';
import { Alliance } from './alliance.entity';
import type { AllianceInput, AllianceSearchArgs } from './alliance.types';
import { AllianceMessages } from '../alliances.messages';

const UNIQUE_VIOLATION = '23505';

/** Alliances themselves: created by admins, described by their coordinators, found by anyone signed in. */
@Injectable()
export class AlliancesService {
  constructor(
    @InjectRepository(Alliance) private readonly alliances: Repository<Alliance>,
    private readonly audit: AuditLog,
  ) {}

  async create(input: AllianceInput, createdBy: string): Promise<Alliance> {
    const values = checkAllianceInput(input);
    try {
      return await this.alliances.save(this.alliances.create({ ...values, createdBy }));
    } catch (error) {
      throw this.explainDuplicate(error);
    }
  }

  async update(allianceId: string, input: AllianceInput): Promise<Alliance> {
    const alliance = await this.get(allianceId);
    try {
      return await this.alliances.save(Object.assign(alliance, checkAllianceInput(input)));
    } catch (error) {
      throw this.explainDuplicate(error);
    }
  }

  /** How many mentees a mentor here may take on by their own choice; audited, with the number it replaced. */
  async setMentorPlacesLimit(coordinatorId: string, allianceId: string, limit: number, requestId: string): Promise<Alliance> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MOST_MENTOR_PLACES) {
      throw new BadUserInputError(AllianceMessages.MENTOR_PLACES_RANGE({ max: MOST_MENTOR_PLACES }), { field: 'limit' });
    }
    return this.alliances.manager.transaction(async (manager) => {
      const alliance = isUuid(allianceId)
        ? await manager.getRepository(Alliance).findOne({ where: { id: allianceId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!alliance) throw new NotFoundError(AllianceMessages.ALLIANCE_NOT_FOUND());
      const previous = alliance.mentorPlacesLimit;
      await manager.update(Alliance, { id: alliance.id }, { mentorPlacesLimit: limit });
      await this.audit.record(manager, {
        action: AuditAction.MENTOR_PLACES_LIMIT_CHANGED,
        actorId: coordinatorId,
        requestId,
        details: { allianceId: alliance.id, from: previous, to: limit },
      });
      return { ...alliance, mentorPlacesLimit: limit };
    });
  }

  async get(allianceId: string): Promise<Alliance> {
    const alliance = isUuid(allianceId) ? await this.alliances.findOneBy({ id: allianceId }) : null;
    if (!alliance) throw new NotFoundError(AllianceMessages.ALLIANCE_NOT_FOUND());
    return alliance;
  }

  /** By name, city, region or a postcode that one of its prefixes matches; alphabetical. */
  search(args: AllianceSearchArgs): Promise<Connection<Alliance>> {
    const query = this.alliances.createQueryBuilder('alliance');
    if (args.name?.trim()) query.andWhere('alliance.name ILIKE :name', { name: `%${escapeLike(args.name.trim())}%` });
    if (args.city?.trim()) query.andWhere('alliance.city ILIKE :city', { city: escapeLike(args.city.trim()) });
    if (args.region?.trim()) query.andWhere('alliance.region ILIKE :region', { region: escapeLike(args.region.trim()) });
    if (args.postcode?.trim()) {
      query.andWhere(`EXISTS (SELECT 1 FROM unnest(alliance.postcode_prefixes) AS prefix WHERE :postcode LIKE prefix || '%')`, {
        postcode: normalisePostcode(args.postcode),
      });
    }
    return paginateByKeyset(query, args, {
      sortColumn: 'alliance.name',
      idColumn: 'alliance.id',
      direction: 'ASC',
      keyOf: (alliance) => [alliance.name, alliance.id],
    });
  }

  private explainDuplicate(error: unknown): unknown {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      return new ConflictError(AllianceMessages.ALLIANCE_NAME_TAKEN(), { field: 'name' });
    }
    return error;
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
