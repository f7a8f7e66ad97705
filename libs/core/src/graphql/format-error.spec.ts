import { BadRequestException, ConflictException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { NotFoundError, RateLimitedError } from './errors';
import { inLanguage } from './error-language';
import { createErrorFormatter } from './format-error';

describe('createErrorFormatter', () => {
  const format = createErrorFormatter({ exposeDetails: false });
  const formatted = (error: GraphQLError) => format({ message: error.message, extensions: error.extensions }, error);

  it('keeps a Kindred error as written, with its code and details', () => {
    expect(formatted(new RateLimitedError(30))).toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 },
    });
    expect(formatted(new NotFoundError()).message).toBe('We could not find that. It may have been removed.');
    expect(formatted(new RateLimitedError(30)).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30, messageKey: 'TOO_MANY_ATTEMPTS' });
  });

  it('names the catalogued sentence, which inLanguage says in another language', () => {
    const refused = formatted(new NotFoundError());
    expect(refused.extensions?.['messageKey']).toBe('NOT_FOUND');
    expect(inLanguage(refused, 'fr').message).toBe('Nous ne trouvons pas ce que vous cherchez. Il a peut-être été supprimé.');
    expect(inLanguage(refused, 'en').message).toBe('We could not find that. It may have been removed.');
    const request = formatted(new GraphQLError('Syntax Error: Unexpected Name "x".', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }));
    expect(inLanguage(request, 'fr')).toBe(request);
  });

  it('maps Nest HTTP exceptions (such as validation failures) to the agreed codes', () => {
    const wrapped = (exception: Error) => new GraphQLError(exception.message, { originalError: exception, path: ['x'] });
    expect(formatted(wrapped(new BadRequestException(['name must not be empty'])))).toMatchObject({
      message: 'name must not be empty',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(formatted(wrapped(new ConflictException('taken'))).extensions?.['code']).toBe('CONFLICT');
  });

  it('turns request validation failures into BAD_USER_INPUT, keeping the reason', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatted(error).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('treats graphql-js’s own uncoded refusals (too many variable errors, over WebSocket) as BAD_USER_INPUT, not faults of ours', () => {
    const tooMany = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    expect(formatted(tooMany).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const ours = new GraphQLError('connection terminated', { originalError: new Error('connection terminated') });
    expect(formatted(ours).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', messageKey: 'INTERNAL_ERROR' });
  });

  it('hides unexpected errors behind a kind, generic message', () => {
    const bug = new GraphQLError('relation "users" does not exist', {
      originalError: new Error('relation "users" does not exist'),
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at somewhere'] },
    });
    const result = format({ message: bug.message, extensions: bug.extensions, path: bug.path }, bug);
    expect(result.message).toMatch(/Something went wrong on our side/);
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', messageKey: 'INTERNAL_ERROR' });
    expect(JSON.stringify(result)).not.toContain('users');
  });

  it('removes "did you mean" hints in production, wherever graphql-js put them', () => {
    const production = createErrorFormatter({ exposeDetails: false, hideSuggestions: true });
    const error = new GraphQLError(
      'Variable "$r" got invalid value "ADMINN"; Value "ADMINN" does not exist in "PlatformRole" enum. Did you mean the enum value "ADMIN"?',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
    expect(production({ message: error.message, extensions: error.extensions }, error).message).toBe(
      'Variable "$r" got invalid value "ADMINN"; Value "ADMINN" does not exist in "PlatformRole" enum.',
    );
    expect(formatted(error).message).toMatch(/Did you mean/);
  });
});
