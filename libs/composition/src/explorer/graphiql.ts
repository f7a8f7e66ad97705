import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GRAPHQL_PATH } from '@kindred/core';
import { DEMO_PASSWORD, demoEmail } from '../demo/demo-personas';

/** Where the explorer is served, in development only. */
export const GRAPHIQL_PATH = '/graphiql';

/** The prebuilt GraphiQL of @graphql-yoga/render-graphiql: React, GraphiQL and Monaco in one bundle, as strings. */
interface GraphiqlBundle {
  js: string;
  css: string;
  editorWorkerService: string;
  jsonWorker: string;
  graphqlWorker: string;
}

function loadBundle(): GraphiqlBundle {
  const require = createRequire(__filename);
  // The package exports only its HTML renderer; the bundle beside it is what that renderer inlines.
  return require(join(dirname(require.resolve('@graphql-yoga/render-graphiql')), 'graphiql.js')) as GraphiqlBundle;
}

/** Its own policy: Monaco runs its language services in workers and styles its editors inline. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SIGN_IN = `# Kindred's GraphQL explorer (development only).
#
# 1. Run this tab (the ▶ button) to sign in as Sam,
#    the demo member. Every demo person's password is
#    "${DEMO_PASSWORD}"; the API's start lists them.
# 2. Copy accessToken. Open Headers (below), write:
#    { "authorization": "Bearer <accessToken>" }
# 3. Run the next tab, SamsFirstLook.
mutation SignIn {
  login(email: "${demoEmail('sam')}", password: "${DEMO_PASSWORD}") {
    accessToken
  }
}
`;

const FIRST_LOOK = `# What Sam sees first: mentors suggested with their reasons, his conversations, his circle.
query SamsFirstLook {
  me { displayName }
  mentorSuggestions(first: 5) { displayName reasons }
  myConversations(first: 10) {
    edges { node { title lastMessage { body } } }
  }
  mySupportCircle { members { displayName } }
}
`;

const NO_SIGN_IN = `# Needs no sign-in: crisis lines are reachable by everyone.
query CrisisSupport {
  crisisSupport(locale: "fr") { message platformLines { name phone hours } }
}
`;

function page(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kindred GraphQL explorer</title>
    <link rel="stylesheet" href="${GRAPHIQL_PATH}/assets/graphiql.css" />
  </head>
  <body>
    <noscript>The explorer needs JavaScript.</noscript>
    <div id="root" style="height: 100vh"></div>
    <script src="${GRAPHIQL_PATH}/assets/graphiql.js"></script>
    <script src="${GRAPHIQL_PATH}/assets/start.js"></script>
  </body>
</html>
`;
}

function startScript(): string {
  const options = {
    title: 'Kindred',
    endpoint: GRAPHQL_PATH,
    subscriptionsProtocol: 'WS',
    defaultTabs: [{ query: SIGN_IN }, { query: FIRST_LOOK }, { query: NO_SIGN_IN }],
  };
  return `self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    return '${GRAPHIQL_PATH}/assets/worker-' + (label === 'json' || label === 'graphql' ? label : 'editor') + '.js';
  },
};
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${JSON.stringify(options)});
`;
}

/**
 * GraphiQL at GET /graphiql, for development only: served from the npm package on this
 * machine (no CDN), with the demo member's sign-in as its first tab. GraphQL itself still
 * runs only over POST (and graphql-ws), so nothing personal travels in a URL.
 */
export function serveGraphiql(app: NestFastifyApplication): void {
  const bundle = loadBundle();
  const assets: Record<string, { type: string; body: string }> = {
    'graphiql.js': { type: 'text/javascript; charset=utf-8', body: bundle.js },
    'graphiql.css': { type: 'text/css; charset=utf-8', body: bundle.css },
    'start.js': { type: 'text/javascript; charset=utf-8', body: startScript() },
    'worker-editor.js': { type: 'text/javascript; charset=utf-8', body: bundle.editorWorkerService },
    'worker-json.js': { type: 'text/javascript; charset=utf-8', body: bundle.jsonWorker },
    'worker-graphql.js': { type: 'text/javascript; charset=utf-8', body: bundle.graphqlWorker },
  };
  const html = page();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get(GRAPHIQL_PATH, (_request, reply) => reply.header('content-security-policy', CONTENT_SECURITY_POLICY).type('text/html; charset=utf-8').send(html));
  fastify.get<{ Params: { name: string } }>(`${GRAPHIQL_PATH}/assets/:name`, (request, reply) => {
    const asset = assets[request.params.name];
    if (!asset) return reply.code(404).send();
    return reply.header('content-security-policy', CONTENT_SECURITY_POLICY).type(asset.type).send(asset.body);
  });
}
