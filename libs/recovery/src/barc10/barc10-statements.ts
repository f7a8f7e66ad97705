/**
 * The Brief Assessment of Recovery Capital (BARC-10), kept as versioned data: every stored
 * assessment names the version it answered, so a future wording change never reinterprets
 * old answers.
 *
 * Source: Vilsaint CL, Kelly JF, Bergman BG, Groshkova T, Best D, White W. Development and
 * validation of a Brief Assessment of Recovery Capital (BARC-10) for alcohol and drug use
 * disorder. Drug and Alcohol Dependence 2017;177:71–76. doi:10.1016/j.drugalcdep.2017.03.022.
 * Freely available for use, as distributed by the PhenX Toolkit (protocol "Brief Assessment
 * of Recovery Capital").
 *
 * The English statements and scale are the published ones, word for word. The French texts
 * are Kindred's own translations, NOT a validated version of the instrument: they are marked
 * `official: false` and the app must say so.
 */

export interface TranslatedText {
  locale: string;
  text: string;
  /** Whether the text is a published, validated version of the instrument. */
  official: boolean;
}

export interface Barc10Statement {
  number: number;
  /** The published English wording. */
  text: string;
  translations: readonly TranslatedText[];
}

export interface ScaleLabel {
  value: number;
  label: string;
  translations: readonly TranslatedText[];
}

const unofficialFrench = (text: string): TranslatedText[] => [{ locale: 'fr', text, official: false }];

export const BARC10_VERSION = 'barc10-vilsaint-2017';

export const BARC10_SOURCE =
  'Vilsaint CL, Kelly JF, Bergman BG, Groshkova T, Best D, White W. Development and validation of a Brief Assessment of ' +
  'Recovery Capital (BARC-10) for alcohol and drug use disorder. Drug and Alcohol Dependence 2017;177:71–76. ' +
  'doi:10.1016/j.drugalcdep.2017.03.022. Freely available through the PhenX Toolkit.';

export const BARC10_STATEMENTS: readonly Barc10Statement[] = [
  {
    number: 1,
    text: 'There are more important things to me in life than using substances.',
    translations: unofficialFrench('Il y a des choses plus importantes pour moi dans la vie que de consommer des substances.'),
  },
  {
    number: 2,
    text: 'In general I am happy with my life.',
    translations: unofficialFrench('Dans l’ensemble, je suis satisfait·e de ma vie.'),
  },
  {
    number: 3,
    text: 'I have enough energy to complete the tasks I set myself.',
    translations: unofficialFrench('J’ai assez d’énergie pour accomplir les tâches que je me fixe.'),
  },
  {
    number: 4,
    text: 'I am proud of the community I live in and feel a part of it.',
    translations: unofficialFrench('Je suis fier·e de la communauté où je vis et je m’y sens à ma place.'),
  },
  {
    number: 5,
    text: 'I get lots of support from friends.',
    translations: unofficialFrench('Je reçois beaucoup de soutien de mes ami·es.'),
  },
  {
    number: 6,
    text: 'I regard my life as challenging and fulfilling without the need for using drugs or alcohol.',
    translations: unofficialFrench('Je trouve ma vie stimulante et épanouissante sans avoir besoin de drogues ni d’alcool.'),
  },
  {
    number: 7,
    text: 'My living space has helped to drive my recovery journey.',
    translations: unofficialFrench('Mon lieu de vie m’a aidé·e à avancer sur mon chemin de rétablissement.'),
  },
  {
    number: 8,
    text: 'I take full responsibility for my actions.',
    translations: unofficialFrench('J’assume pleinement la responsabilité de mes actes.'),
  },
  {
    number: 9,
    text: 'I am happy dealing with a range of professional people.',
    translations: unofficialFrench('Je suis à l’aise avec des professionnel·les de toutes sortes.'),
  },
  {
    number: 10,
    text: 'I am making good progress on my recovery journey.',
    translations: unofficialFrench('Je progresse bien sur mon chemin de rétablissement.'),
  },
];

/** The published six-point agreement scale. */
export const BARC10_SCALE: readonly ScaleLabel[] = [
  { value: 1, label: 'Strongly disagree', translations: unofficialFrench('Pas du tout d’accord') },
  { value: 2, label: 'Disagree', translations: unofficialFrench('Pas d’accord') },
  { value: 3, label: 'Somewhat disagree', translations: unofficialFrench('Plutôt pas d’accord') },
  { value: 4, label: 'Somewhat agree', translations: unofficialFrench('Plutôt d’accord') },
  { value: 5, label: 'Agree', translations: unofficialFrench('D’accord') },
  { value: 6, label: 'Strongly agree', translations: unofficialFrench('Tout à fait d’accord') },
];

export const BARC10_MIN_ANSWER = 1;
export const BARC10_MAX_ANSWER = 6;
export const BARC10_MIN_TOTAL = BARC10_STATEMENTS.length * BARC10_MIN_ANSWER;
export const BARC10_MAX_TOTAL = BARC10_STATEMENTS.length * BARC10_MAX_ANSWER;

/**
 * The published reference point, shown as information only. Kindred never turns it into a
 * verdict on a person (no "pass", no flag): a total is theirs to reflect on.
 */
export const BARC10_REFERENCE_POINT = {
  total: 47,
  explanation:
    'In the study that developed BARC-10 (Vilsaint et al., 2017), totals of 47 and above were associated with sustained ' +
    'remission. It is a research reference point, not a judgement about you: recovery capital grows and changes, and ' +
    'every total is a place to start from.',
  translations: unofficialFrench(
    'Dans l’étude qui a créé le BARC-10 (Vilsaint et al., 2017), les totaux de 47 et plus étaient associés à une rémission ' +
      'durable. C’est un repère de recherche, pas un jugement sur vous : le capital de rétablissement grandit et change, ' +
      'et chaque total est un point de départ.',
  ),
} as const;
