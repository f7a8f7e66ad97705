import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Acknowledgement', { description: 'A request was received; what happens next is in the message.' })
export class AcknowledgementObject {
  @Field(() => Boolean, { description: 'Always true: the request was accepted.' })
  ok!: boolean;

  @Field(() => String, { description: 'What happens next, in plain words.' })
  message!: string;
}
