/** Where GraphQL is served: POST over HTTP, and graphql-ws over WebSocket. */
export const GRAPHQL_PATH = '/graphql';
