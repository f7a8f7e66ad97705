import { registerEnumType } from '@nestjs/graphql';

/** What a person does on Kindred. One person may hold several roles. */
export enum PlatformRole {
  MEMBER = 'MEMBER',
  SUPPORTER = 'SUPPORTER',
  PEER_MENTOR = 'PEER_MENTOR',
  COORDINATOR = 'COORDINATOR',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'What a person does on Kindred; one person may hold several.',
  valuesMap: {
    MEMBER: { description: 'A person in recovery.' },
    SUPPORTER: { description: 'A non-using family member or friend in a support circle.' },
    PEER_MENTOR: { description: 'A person with lived experience who mentors; effective once vetted by an alliance.' },
    COORDINATOR: { description: 'Runs a recovery alliance: vets mentors, approves small sparks.' },
    MODERATOR: { description: 'Keeps conversations safe.' },
    ADMIN: { description: 'Runs the platform: creates alliances, appoints coordinators.' },
  },
});

/** Roles anyone may choose when they join; the others are given by people who may give them. */
export const SELF_CHOSEN_ROLES: readonly PlatformRole[] = [PlatformRole.MEMBER, PlatformRole.SUPPORTER];
