import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import type { GraphqlContext } from '../graphql/graphql-context';
import { ACCESS_RULE, type AccessRule } from './access-rule';
import { Authenticator } from './authenticator';
import type { Policy } from './policy';
import { hasAnyRole, type Viewer } from './viewer';

/**
 * Deny by default: a GraphQL operation runs only when its resolver names an access rule
 * and the caller satisfies it. HTTP controllers (health probes) are not GraphQL and pass.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<'graphql' | 'http'>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ parentType: { name: string } }>();
    // Field resolvers of object types inherit the decision made for their root operation.
    if (!['Query', 'Mutation', 'Subscription'].includes(info.parentType.name)) return true;

    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    if (!rule) throw new ForbiddenError();
    if (rule.kind === 'public') {
      // Only an operation that answers signed-in people differently looks at the token; an invalid one leaves the caller anonymous.
      if (rule.knowsSignedIn) await this.viewerOf(gql.getContext<GraphqlContext>());
      return true;
    }

    const viewer = await this.viewerOf(gql.getContext<GraphqlContext>());
    if (rule.kind === 'policy') {
      const policy = this.moduleRef.get<Policy>(rule.policy, { strict: false });
      const args = gql.getArgs<Record<string, unknown>>();
      if (await policy.allows(viewer, args)) return true;
      if (!viewer) throw new UnauthenticatedError();
      throw new ForbiddenError(policy.refusal ? await policy.refusal(viewer, args) : undefined);
    }
    if (!viewer) throw new UnauthenticatedError();
    if (rule.kind === 'roles' && !hasAnyRole(viewer, rule.roles)) throw new ForbiddenError();
    return true;
  }

  private async viewerOf(context: GraphqlContext): Promise<Viewer | null> {
    if (context.viewer === undefined) {
      const authenticator = this.moduleRef.get(Authenticator, { strict: false });
      context.viewer = context.bearerToken ? await authenticator.authenticate(context.bearerToken) : null;
    }
    return context.viewer;
  }
}
