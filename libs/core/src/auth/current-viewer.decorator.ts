import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../graphql/errors';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { Viewer } from './viewer';

/** The signed-in caller, as established by the access guard. Use on signed-in operations. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<GraphqlContext>().viewer;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
});

/** The caller if signed in, or null: for public operations declared with `knowsSignedIn`. */
export const OptionalViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null => GqlExecutionContext.create(context).getContext<GraphqlContext>().viewer ?? null,
);

/** The whole GraphQL context (request id, client IP, viewer), for services that need it. */
export const RequestContext = createParamDecorator((_data: unknown, context: ExecutionContext): GraphqlContext =>
  GqlExecutionContext.create(context).getContext<GraphqlContext>(),
);
