import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

/**
 * Limits against abusive queries. Deep nesting, alias floods and huge documents cost the
 * server far more than the client, so they are refused before execution.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 1000,
  maxDirectives: 50,
} as const;

export interface QueryLimitProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

/**
 * graphql-armor's validation rules, configured once for HTTP and reused for WebSocket.
 * `exemptIntrospection` (development only) lets the explorer's introspection query past the
 * depth and cost limits, which it exceeds many times over.
 */
export function queryLimitProtection(options: { blockFieldSuggestions: boolean; exemptIntrospection: boolean }): QueryLimitProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: options.exemptIntrospection, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: options.exemptIntrospection },
    // graphql-armor counts tokens in a plugin that throws while Apollo parses, which Apollo
    // answers with HTTP 500 (even for a plain syntax error); Apollo's own parse options
    // count them instead (see graphql.module.ts).
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules };
}
