import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { BadUserInputError, NotFoundError, checkLanguageCodes, checkText } from '@kindred/core';
import { AlliancesService } from '../alliances/alliances.service';
import { AllianceResource } from './alliance-resource.entity';
import type { AllianceResourceInput } from './resource.types';

const optional = (value: string | null | undefined, field: string, label: string, max: number): string | null =>
  value && value.trim() ? checkText(value, field, label, { max }) : null;

/** Each alliance's directory of drop-in centres, helplines and services. */
@Injectable()
export class ResourcesService {
  constructor(
    @InjectRepository(AllianceResource) private readonly resources: Repository<AllianceResource>,
    private readonly alliances: AlliancesService,
  ) {}

  async list(allianceId: string): Promise<AllianceResource[]> {
    await this.alliances.get(allianceId);
    return this.resources.find({ where: { allianceId }, order: { kind: 'ASC', name: 'ASC' } });
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
      }),
    );
  }

  async remove(resourceId: string): Promise<void> {
    const result = await this.resources.delete({ id: resourceId });
    if (!result.affected) throw new NotFoundError('We could not find that directory entry.');
  }
}
