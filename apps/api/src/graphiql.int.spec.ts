import { getIntrospectionQuery } from 'graphql';
import { post } from '@kindred/test-support/api-client';
import { productionEnvironment } from '@kindred/test-support/production-environment';
import { startTestApi, type TestApi } from '@kindred/test-support/test-api';
import { DEMO_PASSWORD, demoEmail } from '@kindred/composition';

const PRODUCTION = productionEnvironment();

describe('the GraphQL explorer', () => {
  describe('in development', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi('graphiql-dev', { NODE_ENV: 'development', DEMO_WORLD: 'false' });
    });
    afterAll(async () => {
      await api.stop();
    });

    it('serves GraphiQL from this machine under its own policy, with the demo member’s sign-in as the first tab', async () => {
      const page = await api.app.inject({ method: 'GET', url: '/graphiql' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      const scripts = [...page.body.matchAll(/src="([^"]+)"/g)].map((match) => match[1]!);
      expect(scripts).toEqual(['/graphiql/assets/graphiql.js', '/graphiql/assets/start.js']);
      expect(page.body).not.toMatch(/https?:\/\//);

      const bundle = await api.app.inject({ method: 'GET', url: '/graphiql/assets/graphiql.js' });
      expect(bundle.statusCode).toBe(200);
      expect(bundle.body).toContain('renderYogaGraphiQL');
      const start = await api.app.inject({ method: 'GET', url: '/graphiql/assets/start.js' });
      expect(start.body).toContain(demoEmail('sam'));
      expect(start.body).toContain(DEMO_PASSWORD);
      for (const worker of ['editor', 'json', 'graphql']) {
        expect((await api.app.inject({ method: 'GET', url: `/graphiql/assets/worker-${worker}.js` })).statusCode).toBe(200);
      }
      expect((await api.app.inject({ method: 'GET', url: '/graphiql/assets/../../graphql' })).statusCode).not.toBe(200);
    });

    it('answers the explorer’s introspection, which the query limits would otherwise refuse', async () => {
      const answer = await post<{ __schema: { types: unknown[] } }>(api.app, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.__schema.types.length).toBeGreaterThan(100);
    });

    it('still runs GraphQL only over POST', async () => {
      expect((await api.app.inject({ method: 'GET', url: '/graphql?query={health{status}}' })).statusCode).toBe(405);
    });
  });

  describe('in production', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi('graphiql-prod', PRODUCTION);
    });
    afterAll(async () => {
      await api.stop();
    });

    it('is not there, and GET /graphql answers as it always has', async () => {
      expect((await api.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
      expect((await api.app.inject({ method: 'GET', url: '/graphiql/assets/graphiql.js' })).statusCode).toBe(404);
      const get = await api.app.inject({ method: 'GET', url: '/graphql' });
      expect(get.statusCode).toBe(405);
      expect(get.json<{ errors: { extensions: { code: string } }[] }>().errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});
