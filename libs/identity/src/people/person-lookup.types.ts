import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlatformRole } from '@kindred/core';

@ObjectType('PersonFound', { description: 'For administrators: the account behind an email address, to appoint or give a role to.' })
export class PersonFoundObject {
  @Field(() => ID, { description: 'Identifier of the account.' })
  id!: string;

  @Field(() => String, { description: 'The pseudonymous name others see.' })
  displayName!: string;

  @Field(() => [PlatformRole], { description: 'Roles this person holds now.' })
  roles!: PlatformRole[];
}
