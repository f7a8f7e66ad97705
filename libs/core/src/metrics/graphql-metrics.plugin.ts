import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Plugin } from '@nestjs/apollo';
import { isObjectType, type OperationDefinitionNode, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../graphql/error-codes';
import { KindredMetrics } from './kindred-metrics';

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);

/**
 * The operation's first root field, when the schema has it: a client's own operation name is
 * free text, so it is not used as a label.
 */
function operationLabel(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'unresolved';
  const root = schema.getRootType(operation.operation);
  const first = operation.selectionSet.selections.find((selection) => selection.kind === 'Field');
  if (!root || !isObjectType(root) || first?.kind !== 'Field') return 'unresolved';
  return root.getFields()[first.name.value] ? first.name.value : 'unresolved';
}

/** GraphQL operations over HTTP, their latency, and the codes of the errors they answer with. */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: KindredMetrics) {}

  requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const metrics = this.metrics;
    const startedAt = process.hrtime.bigint();
    return Promise.resolve({
      willSendResponse({ schema, operation, response }): Promise<void> {
        const labels = { type: operation?.operation ?? 'unresolved', operation: operationLabel(schema, operation) };
        metrics.graphqlOperations.inc(labels);
        metrics.graphqlDuration.observe(labels, Number(process.hrtime.bigint() - startedAt) / 1e9);
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        for (const error of errors) {
          const code = error.extensions?.['code'];
          metrics.graphqlErrors.inc({ code: typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER' });
        }
        return Promise.resolve();
      },
    });
  }
}
