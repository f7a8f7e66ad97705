import { Field, ObjectType } from '@nestjs/graphql';
import type { UserMessage } from '../i18n/user-message';

@ObjectType('Acknowledgement', { description: 'A request was received; what happens next is in the message.' })
export class AcknowledgementObject {
  @Field(() => Boolean, { description: 'Always true: the request was accepted.' })
  ok!: boolean;

  /** A catalogued sentence, said in the reader's language when the field is read (AcknowledgementWords). */
  message!: UserMessage;
}

/** The answer to a request that has nothing to return but what happens next. */
export function acknowledged(message: UserMessage): AcknowledgementObject {
  return { ok: true, message };
}
