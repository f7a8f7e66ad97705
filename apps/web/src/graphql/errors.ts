import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { TFunction } from 'i18next';

/** Codes with a kind sentence of their own when the API's message cannot be shown. */
const KNOWN_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'NETWORK'] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function known(code: unknown): KnownCode | null {
  return KNOWN_CODES.find((candidate) => candidate === code) ?? null;
}

function codeFromBody(bodyText: string): unknown {
  try {
    const body = JSON.parse(bodyText) as { errors?: { extensions?: { code?: unknown } }[]; code?: unknown };
    return body.errors?.[0]?.extensions?.code ?? body.code;
  } catch {
    return undefined;
  }
}

/**
 * The sentence to show for a failed request. The API writes its messages for the person
 * reading them, in their language, so a GraphQL error's message is shown as it is. When the
 * request never got a GraphQL answer (offline, a proxy error, a rate limit at the door) a kind
 * sentence per code stands in.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first?.message) return first.message;
    return t(`errors.codes.${known(first?.extensions?.['code']) ?? 'NETWORK'}`);
  }
  if (ServerError.is(error)) {
    const code = known(codeFromBody(error.bodyText)) ?? (error.statusCode === 429 ? 'RATE_LIMITED' : 'NETWORK');
    return t(`errors.codes.${code}`);
  }
  return t('errors.codes.NETWORK');
}

/** The `extensions.code` of the first GraphQL error, for pages that react to one. */
export function errorCode(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return typeof code === 'string' ? code : null;
  }
  return null;
}
