import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BadUserInputError, NotFoundError, PlatformRole, checkLanguageCodes, checkText, hasAnyRole, type Viewer } from '@kindred/core';
import { AlliancesService } from '../alliances/alliances.service';
import { CoordinatorsService } from '../coordinators/coordinators.service';
import { AllianceCapacity } from '../memberships/alliance-membership.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { AllianceResource, ResourceAudience } from './alliance-resource.entity';
import type { AllianceResourceInput } from './resource.types';

const optional = (value: string | null | undefined, field: string, label: string, max: number): string | null =>
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
    const url = optional(input.url, 'url', 'a web address', 300);
    if (url && !/^https?:\/\//i.test(url)) throw new BadUserInputError('Please give a web address starting with https://.', { field: 'url' });
    return this.resources.save(
      this.resources.create({
        allianceId,
        kind: input.kind,
        name: checkText(input.name, 'name', 'a name', { max: 120 }),
        description: optional(input.description, 'description', 'a description', 1000) ?? '',
        phone: optional(input.phone, 'phone', 'a phone number', 40),
        address: optional(input.address, 'address', 'an address', 300),
        url,
        hours: optional(input.hours, 'hours', 'opening hours', 200),
        languages: checkLanguageCodes(input.languages ?? [], 'languages'),
        audience: input.audience ?? ResourceAudience.EVERYONE,
      }),
    );
  }

  async remove(resourceId: string): Promise<void> {
    const result = await this.resources.delete({ id: resourceId });
    if (!result.affected) throw new NotFoundError('We could not find that directory entry.');
  }
}
