import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { GraphQLFormattedError } from 'graphql';
import { Authenticator } from '../auth/authenticator';
import type { Viewer } from '../auth/viewer';
import { readerLocale, type Locale } from '../i18n/locale';
import { isUserMessage, renderMessage } from '../i18n/user-message';
import { ErrorCode } from './error-codes';
import type { GraphqlContext } from './graphql-context';

type AcceptLanguage = string | readonly string[] | undefined;

/** The catalogued sentence a formatted error names, in `locale`; the error as it was when it names none. */
export function inLanguage(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const message = { key: error.extensions?.['messageKey'], params: error.extensions?.['messageParams'] ?? {} };
  if (!isUserMessage(message)) return error;
  const words = renderMessage(message, locale);
  return words === null ? error : { ...error, message: words };
}

/**
 * Says refusals in the caller's language, over HTTP and WebSocket alike: the signed-in
 * person's own (their profile's, as notifications and emails use), else the first language
 * of Accept-Language that Kindred speaks, else English.
 */
@Injectable()
export class ErrorLanguage {
  constructor(private readonly moduleRef: ModuleRef) {}

  async translate(
    errors: readonly GraphQLFormattedError[],
    caller: { context?: GraphqlContext | undefined; viewer?: Viewer | null | undefined; acceptLanguage: AcceptLanguage },
  ): Promise<GraphQLFormattedError[]> {
    if (!errors.some((error) => typeof error.extensions?.['messageKey'] === 'string')) return [...errors];
    const viewer = caller.viewer !== undefined ? caller.viewer : await this.viewerOf(caller.context, errors);
    const locale = readerLocale(viewer?.locale, caller.acceptLanguage);
    return errors.map((error) => inLanguage(error, locale));
  }

  /**
   * The person the access guard found, or, when the refusal came before it (a malformed
   * argument), the one the token names. Not looked up while a part of Kindred is down: the
   * refusal is said at once, in the caller's Accept-Language.
   */
  private async viewerOf(context: GraphqlContext | undefined, errors: readonly GraphQLFormattedError[]): Promise<Viewer | null> {
    if (!context) return null;
    if (context.viewer !== undefined) return context.viewer;
    const unavailable = errors.some(
      (error) => error.extensions?.['code'] === ErrorCode.ServiceUnavailable || error.extensions?.['code'] === ErrorCode.Internal,
    );
    if (!context.bearerToken || unavailable) return null;
    try {
      return await this.moduleRef.get(Authenticator, { strict: false }).authenticate(context.bearerToken);
    } catch {
      return null;
    }
  }
}

/** Over HTTP, the response's errors are said in the caller's language just before they are sent. */
@Plugin()
export class ErrorLanguagePlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(private readonly language: ErrorLanguage) {}

  requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    const language = this.language;
    return Promise.resolve({
      async willSendResponse({ contextValue, response }): Promise<void> {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = await language.translate(response.body.singleResult.errors, {
          context: contextValue,
          acceptLanguage: contextValue.req?.headers['accept-language'],
        });
      },
    });
  }
}
