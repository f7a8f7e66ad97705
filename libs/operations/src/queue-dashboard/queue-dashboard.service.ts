import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { Authenticator, PlatformRole, REDIS, type Viewer } from '@kindred/core';
import { AuditAction, AuditLog } from '@kindred/identity';

/** Where Bull Board is mounted on the API. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
/** The cookie that lets a browser's page loads through; sent only under the dashboard's path. */
export const QUEUE_DASHBOARD_COOKIE = 'kindred_queues';
/** A link from openQueueDashboard works once, within this long. */
const LINK_TTL_SECONDS = 60;
/** A dashboard visit lasts this long before the administrator opens it again from the app. */
const VISIT_TTL_SECONDS = 30 * 60;

interface Pass {
  userId: string;
  sessionId: string;
}

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Administrators' access to the queue dashboard. A browser cannot send the bearer token when it
 * loads a page, so an administrator asks the API (openQueueDashboard, audited) for a one-time
 * link; following it exchanges the link for an httpOnly, SameSite=Strict cookie scoped to the
 * dashboard. Both are random tokens kept hashed in Redis (losing them only means opening the
 * dashboard again); every request checks that the session behind the cookie is still signed in
 * and still an administrator's.
 */
@Injectable()
export class QueueDashboardAccess {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly authenticator: Authenticator,
    private readonly audit: AuditLog,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async open(viewer: Viewer, requestId: string | null): Promise<{ url: string; expiresAt: Date }> {
    const link = randomBytes(32).toString('base64url');
    await this.redis.set(this.key('link', link), JSON.stringify({ userId: viewer.userId, sessionId: viewer.sessionId } satisfies Pass), 'EX', LINK_TTL_SECONDS);
    await this.audit.record(this.dataSource.manager, { action: AuditAction.QUEUE_DASHBOARD_OPENED, actorId: viewer.userId, requestId });
    return { url: `${QUEUE_DASHBOARD_PATH}/enter?link=${link}`, expiresAt: new Date(Date.now() + LINK_TTL_SECONDS * 1000) };
  }

  /** Spends a link (once) for a visit token, or null when it is unknown, used or expired. */
  async enter(link: string): Promise<string | null> {
    const pass = await this.redis.getdel(this.key('link', link));
    if (!pass || !(await this.stillAdministrator(JSON.parse(pass) as Pass))) return null;
    const visit = randomBytes(32).toString('base64url');
    await this.redis.set(this.key('visit', visit), pass, 'EX', VISIT_TTL_SECONDS);
    return visit;
  }

  /** The administrator behind a visit cookie, or null: read again on every request. */
  async visitor(visit: string | undefined): Promise<Pass | null> {
    if (!visit) return null;
    const pass = await this.redis.get(this.key('visit', visit));
    if (!pass) return null;
    const parsed = JSON.parse(pass) as Pass;
    return (await this.stillAdministrator(parsed)) ? parsed : null;
  }

  /** A retry from the dashboard: who did what, never a job's data. */
  async recordAction(pass: Pass, method: string, route: string, requestId: string): Promise<void> {
    await this.audit.record(this.dataSource.manager, {
      action: AuditAction.QUEUE_DASHBOARD_ACTION,
      actorId: pass.userId,
      requestId,
      details: { method, route },
    });
  }

  cookie(visit: string): string {
    return `${QUEUE_DASHBOARD_COOKIE}=${visit}; Path=${QUEUE_DASHBOARD_PATH}; HttpOnly; Secure; SameSite=Strict; Max-Age=${VISIT_TTL_SECONDS}`;
  }

  private async stillAdministrator(pass: Pass): Promise<boolean> {
    const viewer = await this.authenticator.viewerForSession(pass.sessionId);
    return viewer !== null && viewer.userId === pass.userId && viewer.roles.includes(PlatformRole.ADMIN);
  }

  private key(kind: 'link' | 'visit', token: string): string {
    // The client adds the environment's prefix.
    return `queue-dashboard:${kind}:${digest(token)}`;
  }
}
