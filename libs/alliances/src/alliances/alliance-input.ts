import { BadUserInputError, checkCurrencyCode, checkLanguageCodes, checkText } from '@kindred/core';
import type { CrisisResource, PartnerOrganisation } from './alliance.entity';
import type { AllianceInput } from './alliance.types';
import { AllianceMessages } from '../alliances.messages';

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
  throw new BadUserInputError(AllianceMessages.ALLIANCE_WEB_ADDRESS_HTTPS(), { field });
}

/** Validates and tidies everything that describes an alliance. */
export function checkAllianceInput(input: AllianceInput) {
  const postcodePrefixes = [...new Set(input.postcodePrefixes.map(normalisePostcode).filter((prefix) => prefix.length > 0))];
  if (postcodePrefixes.some((prefix) => !/^[A-Z0-9]{1,8}$/.test(prefix))) {
    throw new BadUserInputError(AllianceMessages.POSTCODE_PREFIXES_FORMAT(), {
      field: 'postcodePrefixes',
    });
  }
  const crisisResources: CrisisResource[] = input.crisisResources.map((resource, index) => ({
    name: checkText(resource.name, `crisisResources.${index}.name`, AllianceMessages.ALLIANCE_LABEL_NAME(), { max: 120 }),
    phone: checkText(resource.phone, `crisisResources.${index}.phone`, AllianceMessages.ALLIANCE_LABEL_PHONE_NUMBER(), { max: 40 }),
    hours: checkText(resource.hours, `crisisResources.${index}.hours`, AllianceMessages.ALLIANCE_LABEL_OPENING_HOURS(), { max: 120 }),
    languages: checkLanguageCodes(resource.languages, `crisisResources.${index}.languages`),
  }));
  const partnerOrganisations: PartnerOrganisation[] = input.partnerOrganisations.map((partner, index) => ({
    name: checkText(partner.name, `partnerOrganisations.${index}.name`, AllianceMessages.ALLIANCE_LABEL_NAME(), { max: 120 }),
    kind: partner.kind,
    description: checkText(partner.description ?? '', `partnerOrganisations.${index}.description`, AllianceMessages.ALLIANCE_LABEL_DESCRIPTION(), {
      min: 0,
      max: 500,
    }),
    url: checkUrl(partner.url, `partnerOrganisations.${index}.url`),
  }));
  return {
    name: checkText(input.name, 'name', AllianceMessages.ALLIANCE_LABEL_NAME(), { min: 3, max: 120 }),
    description: checkText(input.description ?? '', 'description', AllianceMessages.ALLIANCE_LABEL_DESCRIPTION(), { min: 0, max: 2000 }),
    region: checkText(input.region, 'region', AllianceMessages.ALLIANCE_LABEL_REGION(), { max: 120 }),
    city: checkText(input.city, 'city', AllianceMessages.ALLIANCE_LABEL_CITY(), { max: 120 }),
    postcodePrefixes,
    languages: checkLanguageCodes(input.languages, 'languages'),
    currency: checkCurrencyCode(input.currency, 'currency'),
    crisisResources,
    partnerOrganisations,
  };
}
