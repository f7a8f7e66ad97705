import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { PlatformRole } from '@kindred/core';
import { callAs, codeAs, createAccount, type TestAccount } from '@kindred/test-support/api-client';
import { startTestApi } from '@kindred/test-support/test-api';

const OPEN = 'mutation { openQueueDashboard { url expiresAt } }';

describe('the queue dashboard', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let admin: TestAccount;
  let member: TestAccount;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('queue-dashboard'));
    admin = await createAccount(app, [PlatformRole.ADMIN]);
    member = await createAccount(app, [PlatformRole.MEMBER, PlatformRole.COORDINATOR, PlatformRole.MODERATOR]);
  });

  afterAll(async () => {
    await stop();
  });

  const enter = async (url: string): Promise<{ status: number; cookie: string | undefined }> => {
    const response = await app.inject({ method: 'GET', url });
    const setCookie = response.headers['set-cookie'];
    return { status: response.statusCode, cookie: (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0] };
  };
  const page = (path: string, cookie?: string) => app.inject({ method: 'GET', url: path, headers: cookie ? { cookie } : {} });

  it('refuses anyone but an administrator, and any page without a valid visit', async () => {
    expect(await codeAs(app, member, OPEN)).toBe('FORBIDDEN');
    expect((await page('/admin/queues/')).statusCode).toBe(403);
    expect((await page('/admin/queues/api/queues')).statusCode).toBe(403);
    expect((await page('/admin/queues/', 'kindred_queues=forged-visit-token')).statusCode).toBe(403);
    expect((await enter('/admin/queues/enter?link=forged-link')).status).toBe(403);
  });

  it('lets an administrator in through a one-time link, shows the queues, lets them retry and nothing else, and audits it all', async () => {
    const { openQueueDashboard } = await callAs<{ openQueueDashboard: { url: string; expiresAt: string } }>(app, admin, OPEN);
    expect(openQueueDashboard.url).toMatch(/^\/admin\/queues\/enter\?link=/);

    const entered = await enter(openQueueDashboard.url);
    expect(entered.status).toBe(303);
    expect(entered.cookie).toMatch(/^kindred_queues=/);
    // The link works once.
    expect((await enter(openQueueDashboard.url)).status).toBe(403);

    const board = await page('/admin/queues/', entered.cookie);
    expect(board.statusCode).toBe(200);
    const queues = await page('/admin/queues/api/queues', entered.cookie);
    expect(queues.statusCode).toBe(200);
    expect(queues.body).toContain('"default"');

    const retry = await app.inject({ method: 'PUT', url: '/admin/queues/api/queues/default/retry/failed', headers: { cookie: entered.cookie! } });
    expect(retry.statusCode).toBe(200);
    const obliterate = await app.inject({ method: 'PUT', url: '/admin/queues/api/queues/default/obliterate', headers: { cookie: entered.cookie! } });
    expect(obliterate.statusCode).toBe(403);

    const audited: { action: string; actor_id: string; details: Record<string, string> }[] = await app
      .get(DataSource)
      .query(`SELECT action, actor_id, details FROM audit_events WHERE action LIKE 'operations.queue_dashboard%' ORDER BY id`);
    expect(audited).toEqual([
      { action: 'operations.queue_dashboard_opened', actor_id: admin.userId, details: {} },
      {
        action: 'operations.queue_dashboard_action',
        actor_id: admin.userId,
        details: { method: 'PUT', route: '/admin/queues/api/queues/:queueName/retry/:queueStatus' },
      },
    ]);
  });

  it('closes the door once the administrator is no longer one', async () => {
    const { openQueueDashboard } = await callAs<{ openQueueDashboard: { url: string } }>(app, admin, OPEN);
    const { cookie } = await enter(openQueueDashboard.url);
    expect((await page('/admin/queues/api/queues', cookie)).statusCode).toBe(200);
    await app.get(DataSource).query(`UPDATE users SET roles = '{MEMBER}' WHERE id = $1`, [admin.userId]);
    expect((await page('/admin/queues/api/queues', cookie)).statusCode).toBe(403);
  });
});
