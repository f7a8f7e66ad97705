import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { readerLocale } from '../i18n/locale';
import { renderMessage } from '../i18n/user-message';
import { AcknowledgementObject } from './acknowledgement.types';
import type { GraphqlContext } from './graphql-context';

/**
 * Says an acknowledgement in the reader's language, as refusals are: the signed-in person's
 * own, else the first language of Accept-Language that Kindred speaks, else English.
 */
@Resolver(() => AcknowledgementObject)
export class AcknowledgementWords {
  @ResolveField(() => String, { description: 'What happens next, in plain words, in your language.' })
  message(@Parent() acknowledgement: AcknowledgementObject, @Context() context: GraphqlContext): string {
    const locale = readerLocale(context.viewer?.locale, context.req?.headers['accept-language']);
    return renderMessage(acknowledgement.message, locale) ?? acknowledgement.message.key;
  }
}
