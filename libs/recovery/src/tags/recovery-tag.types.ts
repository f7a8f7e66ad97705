import { Field, ObjectType } from '@nestjs/graphql';
import { RecoveryDomain } from '../domains/recovery-domain';
import { RecoveryTagKind } from './recovery-tags';

@ObjectType('RecoveryTag', { description: 'A word for what helped or what got in the way, tied to a recovery capital domain.' })
export class RecoveryTagObject {
  @Field({ description: 'Its id, as given in tags lists.' })
  id!: string;

  @Field(() => RecoveryTagKind, { description: 'Whether it helped or got in the way.' })
  kind!: RecoveryTagKind;

  @Field(() => RecoveryDomain, { description: 'The recovery capital domain it belongs to.' })
  domain!: RecoveryDomain;

  @Field({ description: 'What it says, in the language asked for.' })
  label!: string;
}
