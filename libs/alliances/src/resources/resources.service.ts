import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BadUserInputError, NotFoundError, PlatformRole, checkLanguageCodes, checkText, hasAnyRole, type UserMessage, type Viewer } from '@kindred/core';
import { AlliancesService } from '../alliances/alliances.service';
import { CoordinatorsService } from '../coordinators/coordinators.service';
import { AllianceCapacity } from '../memberships/alliance-membership.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { AllianceResource, ResourceAudience } from './alliance-resource.entity';
import type { AllianceResourceInput } from './resource.types';
import { AllianceMessages } from '../alliances.messages';

const optional = (value: string | null | undefined, field: string, label: UserMessage, max: number): string | null =>
  value && value.trim() ? checkText(value, field, label, { max }) : null;

/**
 * Each alliance's directory of drop-in centres, helplines and services, and its resources for
 * families (guides, groups, meetings), which only its supporters, coordinators and
 * administrators read.
 */
@Injectable()
export class ResourcesService {
  constructor(
    @InjectRepository(AllianceResource) private readonly resources: Repository<AllianceResource>,
    private readonly alliances: AlliancesService,
    private readonly memberships: MembershipsService,
    private readonly coordinators: CoordinatorsService,
  ) {}

  async list(viewer: Viewer, allianceId: string): Promise<AllianceResource[]> {
    await this.alliances.get(allianceId);
    const audiences = (await this.readsSupporterResources(viewer, allianceId)) ? Object.values(ResourceAudience) : [ResourceAudience.EVERYONE];
    return this.resources.find({ where: { allianceId, audience: In(audiences) }, order: { kind: 'ASC', name: 'ASC' } });
  }

  private async readsSupporterResources(viewer: Viewer, allianceId: string): Promise<boolean> {
    return (
      hasAnyRole(viewer, [PlatformRole.ADMIN]) ||
      (await this.memberships.isActive(viewer.userId, allianceId, AllianceCapacity.SUPPORTER)) ||
      (await this.coordinators.isCoordinator(this.resources.manager, viewer.userId, allianceId))
    );
  }

  async add(allianceId: string, input: AllianceResourceInput): Promise<AllianceResource> {
    await this.alliances.get(allianceId);
    const url = optional(input.url, 'url', AllianceMessages.ALLIANCE_LABEL_WEB_ADDRESS(), 300);
    if (url && !/^https?:\/\//i.test(url)) throw new BadUserInputError(AllianceMessages.ALLIANCE_WEB_ADDRESS_HTTPS(), { field: 'url' });
    return this.resources.save(
      this.resources.create({
        allianceId,
        kind: input.kind,
        name: checkText(input.name, 'name', AllianceMessages.ALLIANCE_LABEL_NAME(), { max: 120 }),
        description: optional(input.description, 'description', AllianceMessages.ALLIANCE_LABEL_DESCRIPTION(), 1000) ?? '',
        phone: optional(input.phone, 'phone', AllianceMessages.ALLIANCE_LABEL_PHONE_NUMBER(), 40),
        address: optional(input.address, 'address', AllianceMessages.ALLIANCE_LABEL_ADDRESS(), 300),
        url,
        hours: optional(input.hours, 'hours', AllianceMessages.ALLIANCE_LABEL_OPENING_HOURS(), 200),
        languages: checkLanguageCodes(input.languages ?? [], 'languages'),
        audience: input.audience ?? ResourceAudience.EVERYONE,
      }),
    );
  }

  async remove(resourceId: string): Promise<void> {
    const result = await this.resources.delete({ id: resourceId });
    if (!result.affected) throw new NotFoundError(AllianceMessages.DIRECTORY_ENTRY_NOT_FOUND());
  }
}
