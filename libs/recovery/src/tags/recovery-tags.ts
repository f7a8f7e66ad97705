import { registerEnumType } from '@nestjs/graphql';
import { BadUserInputError } from '@kindred/core';
import { RecoveryDomain } from '../domains/recovery-domain';
import { RecoveryMessages } from '../recovery.messages';

/** Whether a tag names something that helped or something that got in the way. */
export enum RecoveryTagKind {
  FACILITATOR = 'FACILITATOR',
  OBSTACLE = 'OBSTACLE',
}

registerEnumType(RecoveryTagKind, {
  name: 'RecoveryTagKind',
  description: 'What helped (a facilitator) or what got in the way (an obstacle).',
  valuesMap: {
    FACILITATOR: { description: 'Something that helped.' },
    OBSTACLE: { description: 'Something that got in the way.' },
  },
});

export interface RecoveryTag {
  id: string;
  kind: RecoveryTagKind;
  domain: RecoveryDomain;
  label: { en: string; fr: string };
}

const F = RecoveryTagKind.FACILITATOR;
const O = RecoveryTagKind.OBSTACLE;
const tag = (id: string, kind: RecoveryTagKind, domain: RecoveryDomain, en: string, fr: string): RecoveryTag => ({ id, kind, domain, label: { en, fr } });

/**
 * The words people tag check-ins and diary entries with, each tied to one of the eight
 * recovery capital domains. A fixed list rather than free text: it lets a person tag in one
 * tap, lets coordinators see what helps across an alliance without any free text ever
 * appearing in an aggregate, and keeps the words person-first. Ids are stored, so an id is
 * never renamed or reused; a retired tag keeps its entry.
 */
export const RECOVERY_TAGS: readonly RecoveryTag[] = [
  tag('health.slept-well', F, RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH, 'Slept well', 'Bien dormi'),
  tag('health.moved-body', F, RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH, 'Exercise or a walk', 'Sport ou marche'),
  tag('health.care-appointment', F, RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH, 'Saw a health or care worker', 'Vu un soignant ou un intervenant'),
  tag('health.medication-on-track', F, RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH, 'Medication on track', 'Traitement suivi'),
  tag('health.poor-sleep', O, RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH, 'Poor sleep', 'Mal dormi'),
  tag('health.pain-or-illness', O, RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH, 'Pain or illness', 'Douleur ou maladie'),
  tag('health.stress-or-anxiety', O, RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH, 'Stress or anxiety', 'Stress ou anxiété'),
  tag('family.time-with-family', F, RecoveryDomain.FAMILY_SOCIAL_SUPPORT_AND_LEISURE, 'Time with family', 'Du temps en famille'),
  tag('family.friend-support', F, RecoveryDomain.FAMILY_SOCIAL_SUPPORT_AND_LEISURE, 'Support from a friend', 'Le soutien d’un ami'),
  tag('family.leisure', F, RecoveryDomain.FAMILY_SOCIAL_SUPPORT_AND_LEISURE, 'Something I enjoy', 'Un loisir'),
  tag('family.conflict', O, RecoveryDomain.FAMILY_SOCIAL_SUPPORT_AND_LEISURE, 'Conflict at home', 'Des tensions à la maison'),
  tag('family.loneliness', O, RecoveryDomain.FAMILY_SOCIAL_SUPPORT_AND_LEISURE, 'Feeling lonely', 'Sentiment de solitude'),
  tag('family.people-using', O, RecoveryDomain.FAMILY_SOCIAL_SUPPORT_AND_LEISURE, 'Around people who use', 'Entouré de personnes qui consomment'),
  tag('housing.safe-place', F, RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT, 'A safe place to stay', 'Un lieu sûr où dormir'),
  tag('housing.routine', F, RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT, 'A routine at home', 'Une routine à la maison'),
  tag('housing.insecure', O, RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT, 'Housing worries', 'Inquiétudes de logement'),
  tag('housing.unsafe', O, RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT, 'Not feeling safe where I live', 'Pas en sécurité chez moi'),
  tag('peer.meeting', F, RecoveryDomain.PEER_SUPPORT, 'Went to a meeting or group', 'Allé à une réunion ou un groupe'),
  tag('peer.mentor-talk', F, RecoveryDomain.PEER_SUPPORT, 'Talked with my mentor', 'Parlé avec mon mentor'),
  tag('peer.helped-someone', F, RecoveryDomain.PEER_SUPPORT, 'Helped someone else', 'Aidé quelqu’un'),
  tag('peer.missed-meeting', O, RecoveryDomain.PEER_SUPPORT, 'Missed a meeting', 'Manqué une réunion'),
  tag('peer.no-one-to-talk-to', O, RecoveryDomain.PEER_SUPPORT, 'No one to talk to', 'Personne à qui parler'),
  tag('work.work-or-volunteering', F, RecoveryDomain.EMPLOYMENT_AND_LEGAL, 'Work or volunteering', 'Travail ou bénévolat'),
  tag('work.legal-progress', F, RecoveryDomain.EMPLOYMENT_AND_LEGAL, 'Progress on a legal matter', 'Une démarche juridique avance'),
  tag('work.money-worries', O, RecoveryDomain.EMPLOYMENT_AND_LEGAL, 'Money worries', 'Soucis d’argent'),
  tag('work.legal-stress', O, RecoveryDomain.EMPLOYMENT_AND_LEGAL, 'Legal worries', 'Soucis juridiques'),
  tag('work.work-stress', O, RecoveryDomain.EMPLOYMENT_AND_LEGAL, 'Stress at work', 'Stress au travail'),
  tag('skills.learning', F, RecoveryDomain.SKILLS_AND_EDUCATION, 'Learned something', 'Appris quelque chose'),
  tag('skills.training', F, RecoveryDomain.SKILLS_AND_EDUCATION, 'A course or training', 'Une formation'),
  tag('skills.paperwork', O, RecoveryDomain.SKILLS_AND_EDUCATION, 'Overwhelmed by paperwork', 'Débordé par les papiers'),
  tag('skills.no-access', O, RecoveryDomain.SKILLS_AND_EDUCATION, 'Could not get to training', 'Pas pu accéder à une formation'),
  tag('community.activity', F, RecoveryDomain.COMMUNITY_AND_CULTURE, 'A community activity', 'Une activité de quartier'),
  tag('community.faith-or-culture', F, RecoveryDomain.COMMUNITY_AND_CULTURE, 'Faith or cultural practice', 'Pratique spirituelle ou culturelle'),
  tag('community.stigma', O, RecoveryDomain.COMMUNITY_AND_CULTURE, 'Was treated with stigma', 'Subi de la stigmatisation'),
  tag('community.isolated', O, RecoveryDomain.COMMUNITY_AND_CULTURE, 'Felt left out', 'Sentiment d’exclusion'),
  tag('meaning.purpose', F, RecoveryDomain.MEANING_AND_PURPOSE, 'A sense of purpose', 'Un sens, un but'),
  tag('meaning.creative', F, RecoveryDomain.MEANING_AND_PURPOSE, 'Something creative', 'Une activité créative'),
  tag('meaning.nature', F, RecoveryDomain.MEANING_AND_PURPOSE, 'Time outdoors', 'Du temps dehors'),
  tag('meaning.boredom', O, RecoveryDomain.MEANING_AND_PURPOSE, 'Boredom', 'L’ennui'),
  tag('meaning.stuck', O, RecoveryDomain.MEANING_AND_PURPOSE, 'Feeling stuck', 'Sentiment d’être bloqué'),
];

const BY_ID = new Map(RECOVERY_TAGS.map((entry) => [entry.id, entry]));

export function recoveryTag(id: string): RecoveryTag | undefined {
  return BY_ID.get(id);
}

/** Up to this many tags on one check-in or diary entry. */
export const MAX_TAGS = 12;

/** The tag ids as given, without repeats, or a kind error naming the first unknown one. */
export function recoveryTagIds(ids: readonly string[], field = 'tags'): string[] {
  const unique = [...new Set(ids)];
  const unknown = unique.find((id) => !BY_ID.has(id));
  if (unknown !== undefined) throw new BadUserInputError(RecoveryMessages.RECOVERY_TAG_UNKNOWN({ tag: unknown.slice(0, 60) }), { field });
  if (unique.length > MAX_TAGS) throw new BadUserInputError(RecoveryMessages.TOO_MANY_TAGS({ max: MAX_TAGS }), { field });
  return unique;
}
