import { renderMessage, type Locale, type UserMessage } from '@kindred/core';
import type { RecoveryDomain } from '@kindred/recovery';
import { SuggestionReasonMessages as Words } from '../mentorship.messages';

export type WeekDays = 'WEEKDAY' | 'WEEKEND';
export type DayPart = 'MORNINGS' | 'AFTERNOONS' | 'EVENINGS';

/**
 * Why a mentor is suggested, as data: stored with the suggestion (a list is ranked once for
 * many reads) and put into words only when a person reads it, in their language.
 */
export type SuggestionReason =
  | { kind: 'SPEAKS'; languages: string[] }
  | { kind: 'SUPPORTED_WITH'; domains: RecoveryDomain[] }
  | { kind: 'SIMILAR_PATHWAY' }
  | { kind: 'PREFERRED_GENDER' }
  | { kind: 'AVAILABLE'; days: WeekDays; part: DayPart }
  | { kind: 'SAME_ALLIANCE'; allianceName: string };

/** Names and list formats are made once per language: Intl is slow to construct. */
const perLocale = new Map<Locale, { language: Intl.DisplayNames; list: Intl.ListFormat; names: Map<string, string> }>();

function intlFor(locale: Locale): { languageName: (code: string) => string; list: (words: readonly string[]) => string } {
  let known = perLocale.get(locale);
  if (!known) {
    known = {
      language: new Intl.DisplayNames([locale], { type: 'language' }),
      // British English lists take no comma before "and": "health, housing and employment".
      list: new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }),
      names: new Map(),
    };
    perLocale.set(locale, known);
  }
  const { language, list, names } = known;
  return {
    languageName: (code) => {
      let name = names.get(code);
      if (name === undefined) {
        name = language.of(code) ?? code;
        names.set(code, name);
      }
      return name;
    },
    list: (words) => list.format(words),
  };
}

const WHEN: Record<`${WeekDays}_${DayPart}`, () => UserMessage> = {
  WEEKDAY_MORNINGS: Words.REASON_WHEN_WEEKDAY_MORNINGS,
  WEEKDAY_AFTERNOONS: Words.REASON_WHEN_WEEKDAY_AFTERNOONS,
  WEEKDAY_EVENINGS: Words.REASON_WHEN_WEEKDAY_EVENINGS,
  WEEKEND_MORNINGS: Words.REASON_WHEN_WEEKEND_MORNINGS,
  WEEKEND_AFTERNOONS: Words.REASON_WHEN_WEEKEND_AFTERNOONS,
  WEEKEND_EVENINGS: Words.REASON_WHEN_WEEKEND_EVENINGS,
};

const DOMAIN: Record<RecoveryDomain, () => UserMessage> = {
  PHYSICAL_AND_MENTAL_HEALTH: Words.REASON_DOMAIN_PHYSICAL_AND_MENTAL_HEALTH,
  FAMILY_SOCIAL_SUPPORT_AND_LEISURE: Words.REASON_DOMAIN_FAMILY_SOCIAL_SUPPORT_AND_LEISURE,
  SAFE_HOUSING_AND_ENVIRONMENT: Words.REASON_DOMAIN_SAFE_HOUSING_AND_ENVIRONMENT,
  PEER_SUPPORT: Words.REASON_DOMAIN_PEER_SUPPORT,
  EMPLOYMENT_AND_LEGAL: Words.REASON_DOMAIN_EMPLOYMENT_AND_LEGAL,
  SKILLS_AND_EDUCATION: Words.REASON_DOMAIN_SKILLS_AND_EDUCATION,
  COMMUNITY_AND_CULTURE: Words.REASON_DOMAIN_COMMUNITY_AND_CULTURE,
  MEANING_AND_PURPOSE: Words.REASON_DOMAIN_MEANING_AND_PURPOSE,
};

function messageOf(reason: SuggestionReason, locale: Locale): UserMessage {
  const intl = intlFor(locale);
  const say = (message: UserMessage): string => renderMessage(message, locale) ?? message.key;
  switch (reason.kind) {
    case 'SPEAKS':
      return Words.REASON_SPEAKS({ languages: intl.list(reason.languages.map(intl.languageName)) });
    case 'SUPPORTED_WITH':
      return Words.REASON_SUPPORTED_WITH({ domains: intl.list(reason.domains.map((domain) => say(DOMAIN[domain]()))) });
    case 'SIMILAR_PATHWAY':
      return Words.REASON_SIMILAR_PATHWAY();
    case 'PREFERRED_GENDER':
      return Words.REASON_PREFERRED_GENDER();
    case 'AVAILABLE':
      return Words.REASON_AVAILABLE({ when: WHEN[`${reason.days}_${reason.part}`]() });
    case 'SAME_ALLIANCE':
      return Words.REASON_SAME_ALLIANCE({ alliance: reason.allianceName });
  }
}

/** The reasons in plain words, in the reader's language. */
export function reasonWords(reasons: readonly SuggestionReason[], locale: Locale): string[] {
  return reasons.map((reason) => {
    const message = messageOf(reason, locale);
    return renderMessage(message, locale) ?? message.key;
  });
}
