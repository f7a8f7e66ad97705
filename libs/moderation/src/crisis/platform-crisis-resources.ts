/**
 * Kindred's own list of crisis lines, shown with (never instead of) an alliance's own.
 * Verified numbers only; each entry names the country it serves.
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
];

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
