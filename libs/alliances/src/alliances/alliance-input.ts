import { BadUserInputError, checkCurrencyCode, checkLanguageCodes, checkText } from '@kindred/core';
import type { CrisisResource, PartnerOrganisation } from './alliance.entity';
import type { AllianceInput } from './alliance.types';

/** "sw1a 1" → "SW1A1": postcodes are compared without spaces or case. */
export function normalisePostcode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function checkUrl(url: string | null | undefined, field: string): string | null {
  if (!url || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed.toString();
  } catch {
    // Reported below.
  }
  throw new BadUserInputError('Please give a web address starting with https://.', { field });
}

/** Validates and tidies everything that describes an alliance. */
export function checkAllianceInput(input: AllianceInput) {
  const postcodePrefixes = [...new Set(input.postcodePrefixes.map(normalisePostcode).filter((prefix) => prefix.length > 0))];
  if (postcodePrefixes.some((prefix) => !/^[A-Z0-9]{1,8}$/.test(prefix))) {
    throw new BadUserInputError('Postcode prefixes are letters and digits, up to 8 characters, such as SW1A or 750.', {
      field: 'postcodePrefixes',
    });
  }
  const crisisResources: CrisisResource[] = input.crisisResources.map((resource, index) => ({
    name: checkText(resource.name, `crisisResources.${index}.name`, 'a name', { max: 120 }),
    phone: checkText(resource.phone, `crisisResources.${index}.phone`, 'a phone number', { max: 40 }),
    hours: checkText(resource.hours, `crisisResources.${index}.hours`, 'opening hours', { max: 120 }),
    languages: checkLanguageCodes(resource.languages, `crisisResources.${index}.languages`),
  }));
  const partnerOrganisations: PartnerOrganisation[] = input.partnerOrganisations.map((partner, index) => ({
    name: checkText(partner.name, `partnerOrganisations.${index}.name`, 'a name', { max: 120 }),
    kind: partner.kind,
    description: checkText(partner.description ?? '', `partnerOrganisations.${index}.description`, 'a description', { min: 0, max: 500 }),
    url: checkUrl(partner.url, `partnerOrganisations.${index}.url`),
  }));
  return {
    name: checkText(input.name, 'name', 'a name', { min: 3, max: 120 }),
    description: checkText(input.description ?? '', 'description', 'a description', { min: 0, max: 2000 }),
    region: checkText(input.region, 'region', 'a region', { max: 120 }),
    city: checkText(input.city, 'city', 'a city or town', { max: 120 }),
    postcodePrefixes,
    languages: checkLanguageCodes(input.languages, 'languages'),
    currency: checkCurrencyCode(input.currency, 'currency'),
    crisisResources,
    partnerOrganisations,
  };
}
