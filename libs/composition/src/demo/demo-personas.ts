/**
 * The people of the demo world. Pseudonymous, as everyone on Kindred may be; the addresses
 * are on a reserved domain (RFC 2606), so no email can reach anyone.
 */
export const DEMO_PASSWORD = 'gentle harbour light';

export const DEMO_EMAIL_DOMAIN = 'kindred-demo.example';

export type DemoPersonaKey =
  | 'morgan'
  | 'helen'
  | 'kwame'
  | 'jo'
  | 'dev'
  | 'rosa'
  | 'tom'
  | 'sam'
  | 'priya'
  | 'alex'
  | 'chris'
  | 'niamh'
  | 'lee'
  | 'maggie'
  | 'ben'
  | 'camille'
  | 'yanis'
  | 'nadia'
  | 'luc'
  | 'ines'
  | 'mathis'
  | 'lea'
  | 'karim'
  | 'zoe';

export interface DemoPersona {
  key: DemoPersonaKey;
  displayName: string;
  /** What they do in the demo world, in their own language. */
  role: string;
  locale: 'en' | 'fr';
  pronouns?: string;
  /** Family and friends register as supporters; everyone else as a member. */
  supporter?: boolean;
  /** Printed at start-up: the people a newcomer is most likely to want to be. */
  featured?: boolean;
}

const EN = { locale: 'en' } as const;
const FR = { locale: 'fr' } as const;

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  { key: 'sam', displayName: 'Sam', role: 'Member, Riverside (mentor suggestions, a circle, conversations)', ...EN, pronouns: 'he/him', featured: true },
  { key: 'maggie', displayName: 'Maggie', role: 'Supporter in Sam’s circle (sees his check-ins)', ...EN, supporter: true, featured: true },
  { key: 'rosa', displayName: 'Rosa', role: 'Peer mentor, Riverside (mentors Priya)', ...EN, pronouns: 'she/her', featured: true },
  { key: 'helen', displayName: 'Helen', role: 'Coordinator, Riverside (fund, insights, vetting)', ...EN, featured: true },
  { key: 'jo', displayName: 'Jo', role: 'Moderator, Riverside (a case waits)', ...EN, pronouns: 'they/them', featured: true },
  { key: 'morgan', displayName: 'Morgan', role: 'Administrator (queue dashboard)', ...EN, featured: true },
  { key: 'ines', displayName: 'Inès', role: 'Membre, Entraide Croix-Rousse (une mentore, une conversation)', ...FR, pronouns: 'elle', featured: true },
  { key: 'camille', displayName: 'Camille', role: 'Coordinatrice, Entraide Croix-Rousse', ...FR, featured: true },
  { key: 'kwame', displayName: 'Kwame', role: 'Coordinator, Riverside (records payments)', ...EN },
  { key: 'dev', displayName: 'Dev', role: 'Peer mentor, Riverside', ...EN, pronouns: 'he/him' },
  { key: 'tom', displayName: 'Tom', role: 'Peer mentor, Riverside', ...EN },
  { key: 'priya', displayName: 'Priya', role: 'Member, Riverside (mentored by Rosa)', ...EN },
  { key: 'alex', displayName: 'Alex', role: 'Member, Riverside', ...EN, pronouns: 'they/them' },
  { key: 'chris', displayName: 'Chris', role: 'Member, Riverside', ...EN },
  { key: 'niamh', displayName: 'Niamh', role: 'Member, Riverside', ...EN },
  { key: 'lee', displayName: 'Lee', role: 'Member, Riverside', ...EN },
  { key: 'ben', displayName: 'Ben', role: 'Supporter in Sam’s circle', ...EN, supporter: true },
  { key: 'yanis', displayName: 'Yanis', role: 'Modérateur, Entraide Croix-Rousse', ...FR },
  { key: 'nadia', displayName: 'Nadia', role: 'Mentore paire, Entraide Croix-Rousse', ...FR, pronouns: 'elle' },
  { key: 'luc', displayName: 'Luc', role: 'Mentor pair, Entraide Croix-Rousse', ...FR },
  { key: 'mathis', displayName: 'Mathis', role: 'Membre, Entraide Croix-Rousse', ...FR },
  { key: 'lea', displayName: 'Léa', role: 'Membre, Entraide Croix-Rousse', ...FR },
  { key: 'karim', displayName: 'Karim', role: 'Membre, Entraide Croix-Rousse', ...FR },
  { key: 'zoe', displayName: 'Zoé', role: 'Membre, Entraide Croix-Rousse', ...FR },
];

export const demoEmail = (key: DemoPersonaKey): string => `${key}@${DEMO_EMAIL_DOMAIN}`;

/** The lines printed at start-up: who to be, and how to sign in as them. */
export function demoPersonasText(explorerUrl: string | null, webAppUrl: string | null = null): string {
  const featured = DEMO_PERSONAS.filter((persona) => persona.featured);
  const width = Math.max(...featured.map((persona) => demoEmail(persona.key).length));
  const lines = [
    '',
    'Demo world: every person below signs in with the password "' + DEMO_PASSWORD + '" (development only).',
    ...featured.map((persona) => `  ${demoEmail(persona.key).padEnd(width)}  ${persona.displayName.padEnd(8)} ${persona.role}`),
    `  …and ${DEMO_PERSONAS.length - featured.length} more people @${DEMO_EMAIL_DOMAIN} (run \`npm run seed\` to list them all).`,
  ];
  if (webAppUrl) lines.push(`In the browser: open ${webAppUrl} and sign in as any of them (Sam shows a member's side).`);
  if (explorerUrl) {
    lines.push(
      `To sign in: open ${explorerUrl}, run its SignIn tab (Sam), copy accessToken into the Headers pane as`,
      '  { "authorization": "Bearer <accessToken>" }, then run the SamsFirstLook tab.',
    );
  } else {
    lines.push(
      'To sign in: mutation { login(email: "sam@' +
        DEMO_EMAIL_DOMAIN +
        '", password: "' +
        DEMO_PASSWORD +
        '") { accessToken } }, then send the header authorization: Bearer <accessToken>.',
    );
  }
  return lines.join('\n');
}

/** Every persona, for `npm run seed`. */
export function allDemoPersonasText(): string {
  const width = Math.max(...DEMO_PERSONAS.map((persona) => demoEmail(persona.key).length));
  return DEMO_PERSONAS.map((persona) => `  ${demoEmail(persona.key).padEnd(width)}  ${persona.displayName.padEnd(8)} ${persona.role}`).join('\n');
}
