import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { isUuid } from '../validation/codes';
import { hasUnstorableCharacters } from '../validation/storable-text';
import { CoreMessages } from '../core.messages';
import { BadUserInputError } from './errors';

// `field` names the argument or input field itself, as the services' own checks do.
function notAnId(field: string): BadUserInputError {
  return new BadUserInputError(CoreMessages.INVALID_ID({ field }), { field });
}

function unstorableText(field: string): BadUserInputError {
  return new BadUserInputError(CoreMessages.UNSTORABLE_TEXT({ field }), { field });
}

function checkValue(type: GraphQLInputType, value: unknown, field: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) for (const item of value as unknown[]) checkValue(nullable.ofType, item, field);
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const inner of Object.values(nullable.getFields())) checkValue(inner.type, (value as Record<string, unknown>)[inner.name], inner.name);
    return;
  }
  if (!isScalarType(nullable)) return;
  if (nullable.name === 'ID' && !isUuid(value)) throw notAnId(field);
  if (nullable.name === 'String' && typeof value === 'string' && hasUnstorableCharacters(value)) throw unstorableText(field);
}

/**
 * Checks a field's coerced arguments against their schema types: every ID is a UUID (all
 * Kindred ids are), and no String holds a character PostgreSQL cannot store.
 */
export function checkArguments(definitions: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const definition of definitions) checkValue(definition.type, values[definition.name], definition.name);
}

function checked<TSource, TContext>(
  definitions: readonly GraphQLArgument[],
  resolver: GraphQLFieldResolver<TSource, TContext>,
): GraphQLFieldResolver<TSource, TContext> {
  return (source, args: Record<string, unknown>, context, info) => {
    checkArguments(definitions, args);
    return resolver(source, args, context, info);
  };
}

/**
 * The edge check for every operation, over HTTP and WebSocket alike: each field that takes
 * arguments checks them before its resolver runs (a subscription, before it subscribes), so
 * a malformed id or a NUL is refused as BAD_USER_INPUT naming the argument, and never
 * reaches a service or PostgreSQL. Applied to the built schema, in place.
 */
export function checkArgumentsBeforeResolving(schema: GraphQLSchema): GraphQLSchema {
  const subscription = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      if (type === subscription && field.subscribe) field.subscribe = checked(field.args, field.subscribe);
      else field.resolve = checked(field.args, field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}
