/**
 * Kindred's own list of crisis lines, shown with (never instead of) an alliance's own.
 * Verified numbers only, each with its source; each entry names the country it serves.
 */
export interface PlatformCrisisLine {
  country: string;
  name: string;
  phone: string;
  hours: string;
  languages: string[];
  description: string;
}

export const PLATFORM_CRISIS_LINES: readonly PlatformCrisisLine[] = [
  {
    country: 'US',
    name: '988 Suicide & Crisis Lifeline',
    phone: '988',
    hours: '24 hours, every day (call or text)',
    languages: ['en', 'es'],
    description: 'Free, confidential support for anyone in distress, including thoughts of suicide or a substance use crisis.',
  },
  {
    country: 'US',
    name: 'SAMHSA National Helpline',
    phone: '1-800-662-4357',
    hours: '24 hours, every day',
    languages: ['en', 'es'],
    description: 'Free, confidential treatment referral and information about substance use and mental health.',
  },
  {
    country: 'FR',
    name: '3114 — Numéro national de prévention du suicide',
    phone: '3114',
    hours: '24h/24, 7j/7',
    languages: ['fr'],
    description: 'Écoute et soutien pour les personnes en détresse et leurs proches.',
  },
  {
    country: 'FR',
    name: 'Drogues Info Service',
    phone: '0 800 23 13 13',
    hours: '7j/7, de 8h à 2h',
    languages: ['fr'],
    description: 'Information, écoute et orientation sur les drogues, anonyme et gratuit.',
  },
  // Source: https://www.samaritans.org/how-we-can-help/contact-samaritan/ (116 123, free, any time, day or night).
  {
    country: 'GB',
    name: 'Samaritans',
    phone: '116 123',
    hours: '24 hours, every day (free to call)',
    languages: ['en'],
    description: 'Free, confidential listening for anyone who is struggling to cope, whatever they are going through.',
  },
  // Source: https://www.talktofrank.com/contact-frank (0300 123 6600, 24 hours a day, 7 days a week).
  {
    country: 'GB',
    name: 'FRANK',
    phone: '0300 123 6600',
    hours: '24 hours, every day',
    languages: ['en'],
    description: 'Honest, confidential information and advice about drugs, and where to find support.',
  },
  // Source: https://www.sns24.gov.pt/contactos/ (SNS 24 — Centro de Contacto do Serviço Nacional de Saúde, 808 24 24 24, 24 horas).
  {
    country: 'PT',
    name: 'SNS 24',
    phone: '808 24 24 24',
    hours: '24 horas, todos os dias',
    languages: ['pt'],
    description: 'Linha do Serviço Nacional de Saúde: aconselhamento clínico e apoio psicológico, a qualquer hora.',
  },
];

/**
 * The country of a time zone, for the few countries Kindred lists lines for; null elsewhere.
 * A time zone is the one hint a signed-out browser gives without asking anything.
 */
const COUNTRY_OF_TIME_ZONE: Readonly<Record<string, string>> = {
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  'Europe/Lisbon': 'PT',
  'Atlantic/Madeira': 'PT',
  'Atlantic/Azores': 'PT',
  'Europe/Paris': 'FR',
  'America/New_York': 'US',
  'America/Chicago': 'US',
  'America/Denver': 'US',
  'America/Phoenix': 'US',
  'America/Los_Angeles': 'US',
  'America/Anchorage': 'US',
  'Pacific/Honolulu': 'US',
  'America/Detroit': 'US',
  'America/Boise': 'US',
};

export function countryOfTimeZone(timeZone: string | null | undefined): string | null {
  return timeZone ? (COUNTRY_OF_TIME_ZONE[timeZone] ?? null) : null;
}

/** The lines of these countries first, the first country first, each country's lines in their listed order. */
export function linesForCountries(countries: readonly string[]): PlatformCrisisLine[] {
  const rank = (line: PlatformCrisisLine) => {
    const index = countries.indexOf(line.country);
    return index === -1 ? countries.length : index;
  };
  return [...PLATFORM_CRISIS_LINES].sort((a, b) => rank(a) - rank(b));
}

/**
 * What Kindred says to someone who may be in crisis, following safe-messaging guidance
 * (988 Lifeline and reportingonsuicide.org): warm, direct, hopeful, no judgement, help
 * named concretely, nothing about what triggered the message or who saw it.
 */
export const SUPPORT_MESSAGE: Record<'en' | 'fr', string> = {
  en: 'It sounds like things may be really hard right now. You are not alone, and you deserve support. If you are in danger or have taken too much, call your local emergency number now. You can also reach a trained, caring person at any of these lines, any time.',
  fr: 'On dirait que les choses sont très difficiles en ce moment. Vous n’êtes pas seul·e, et vous méritez du soutien. Si vous êtes en danger ou avez trop consommé, appelez tout de suite le numéro d’urgence local. Vous pouvez aussi joindre à tout moment une personne formée et bienveillante à ces numéros.',
};

/** For a mentor receiving an alert: how to reach out safely. */
export const MENTOR_GUIDANCE: Record<'en' | 'fr', string> = {
  en: 'Reach out privately and gently, soon. Ask directly how they are doing, listen without judging, and let them know you care. Share the crisis lines with them. If you believe their life is in danger, call emergency services. Do not share this alert with anyone else.',
  fr: 'Contactez la personne en privé, avec douceur, rapidement. Demandez-lui directement comment elle va, écoutez sans juger et dites-lui qu’elle compte. Partagez les numéros d’aide. Si vous pensez que sa vie est en danger, appelez les secours. Ne partagez cette alerte avec personne.',
};
