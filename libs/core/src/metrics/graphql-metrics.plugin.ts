import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Plugin } from '@nestjs/apollo';
import { isObjectType, type OperationDefinitionNode, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../graphql/error-codes';
import type { GraphqlTransport } from '../graphql/graphql-context';
import { KindredMetrics } from './kindred-metrics';

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);

/**
 * The operation's first root field, when the schema has it: a client's own operation name is
 * free text, so it is not used as a label.
 */
function operationLabel(schema: GraphQLSchema, operation: OperationDefinitionNode | null | undefined): string {
  if (!operation) return 'unresolved';
  const root = schema.getRootType(operation.operation);
  const first = operation.selectionSet.selections.find((selection) => selection.kind === 'Field');
  if (!root || !isObjectType(root) || first?.kind !== 'Field') return 'unresolved';
  return root.getFields()[first.name.value] ? first.name.value : 'unresolved';
}

/** The labels of one operation, by transport: its type and first root field. */
export function operationLabels(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | null | undefined,
  transport: GraphqlTransport,
): { type: string; operation: string; transport: GraphqlTransport } {
  return { type: operation?.operation ?? 'unresolved', operation: operationLabel(schema, operation), transport };
}

/** Counts errors sent to a client by code; a code outside the known set counts as OTHER. */
export function countErrorCodes(metrics: KindredMetrics, errors: readonly { extensions?: Record<string, unknown> }[]): void {
  for (const error of errors) {
    const code = error.extensions?.['code'];
    metrics.graphqlErrors.inc({ code: typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER' });
  }
}

/** GraphQL operations over HTTP, their latency, and the codes of the errors they answer with (graphql-ws counts its own). */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: KindredMetrics) {}

  requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const metrics = this.metrics;
    const startedAt = process.hrtime.bigint();
    return Promise.resolve({
      willSendResponse({ schema, operation, response }): Promise<void> {
        const labels = operationLabels(schema, operation, 'http');
        metrics.graphqlOperations.inc(labels);
        metrics.graphqlDuration.observe(labels, Number(process.hrtime.bigint() - startedAt) / 1e9);
        countErrorCodes(metrics, response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : []);
        return Promise.resolve();
      },
    });
  }
}
