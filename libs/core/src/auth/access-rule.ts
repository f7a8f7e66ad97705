import { SetMetadata, type Type } from '@nestjs/common';
import type { PlatformRole } from './platform-role';
import type { Policy } from './policy';

export const ACCESS_RULE = 'kindred:access-rule';

/** Who may call an operation. Every query, mutation and subscription names exactly one. */
export type AccessRule =
  | { kind: 'public'; reason: string; knowsSignedIn?: boolean }
  | { kind: 'signed-in' }
  | { kind: 'roles'; roles: readonly PlatformRole[] }
  | { kind: 'policy'; policy: Type<Policy> };

/**
 * Anyone, signed in or not. The reason is required so every exception is deliberate and greppable.
 * With `knowsSignedIn`, a caller who sends a valid token is known to the operation (OptionalViewer).
 */
export const Public = (reason: string, { knowsSignedIn = false }: { knowsSignedIn?: boolean } = {}): MethodDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'public', reason, knowsSignedIn } satisfies AccessRule);

/** Any signed-in person; what they may see is then scoped by the service to themselves. */
export const SignedIn = (): MethodDecorator => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** Signed-in people holding at least one of the roles. */
export const RequireRoles = (...roles: PlatformRole[]): MethodDecorator => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

/** A policy class decides, with the viewer and the operation's arguments. */
export const UsePolicy = (policy: Type<Policy>): MethodDecorator => SetMetadata(ACCESS_RULE, { kind: 'policy', policy } satisfies AccessRule);
