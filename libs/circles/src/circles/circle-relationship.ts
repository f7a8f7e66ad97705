import { registerEnumType } from '@nestjs/graphql';

/** Who a supporter is to the member, in the member's words. Stored as text. */
export enum CircleRelationship {
  FAMILY = 'FAMILY',
  PARTNER = 'PARTNER',
  FRIEND = 'FRIEND',
  NEIGHBOUR = 'NEIGHBOUR',
  PROFESSIONAL = 'PROFESSIONAL',
}

registerEnumType(CircleRelationship, {
  name: 'CircleRelationship',
  description: 'Who a supporter is to the member.',
  valuesMap: {
    FAMILY: { description: 'A family member.' },
    PARTNER: { description: 'A partner.' },
    FRIEND: { description: 'A friend.' },
    NEIGHBOUR: { description: 'A neighbour.' },
    PROFESSIONAL: { description: 'A professional, such as a key worker.' },
  },
});
