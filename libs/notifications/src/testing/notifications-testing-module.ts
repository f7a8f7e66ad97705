import { randomBytes } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import type { DataSource } from 'typeorm';
import { PersonalDataModule, PlatformRole, type Viewer } from '@kindred/core';
import { infrastructureModules, type IntegrationEnvironment } from '@kindred/core/testing';
import { IdentityModule, IdentityWorkerModule, MailTransport } from '@kindred/identity';
import { NotificationsWorkerModule } from '../notifications-worker.module';
import { NotificationsModule } from '../notifications.module';

/** Stands in for SMTP, the one boundary not run for real here, and keeps what was sent. */
export class CapturingMailTransport extends MailTransport {
  readonly sent: { to: string; template: string; subject: string; text: string }[] = [];

  async send(to: string, email: { subject: string; text: string }, template: string): Promise<void> {
    this.sent.push({ to, template, ...email });
  }
}

/** Notifications' API and worker sides, with identity's, on a real database and Redis. */
export async function notificationsTestingModule(env: IntegrationEnvironment): Promise<{ moduleRef: TestingModule; mail: CapturingMailTransport }> {
  const mail = new CapturingMailTransport();
  const moduleRef = await Test.createTestingModule({
    imports: [...infrastructureModules(env), PersonalDataModule, IdentityModule, IdentityWorkerModule, NotificationsModule, NotificationsWorkerModule],
  })
    .overrideProvider(MailTransport)
    .useValue(mail)
    .compile();
  await moduleRef.init();
  return { moduleRef, mail };
}

export interface TestPerson extends Viewer {
  email: string;
}

/**
 * A signed-in person as the access guard would hand them to a service: an account row and an
 * open session, inserted directly (these tests need someone to notify, not the sign-up flow).
 */
export async function newPerson(dataSource: DataSource, options: { locale?: 'en' | 'fr'; timeZone?: string } = {}): Promise<TestPerson> {
  const tag = randomBytes(4).toString('hex');
  const email = `notified-${tag}@example.org`;
  const [user] = (await dataSource.query(
    `INSERT INTO users (email, password_hash, display_name, locale, time_zone) VALUES ($1, 'x', $2, $3, $4) RETURNING id`,
    [email, `Person ${tag}`, options.locale ?? 'en', options.timeZone ?? 'UTC'],
  )) as { id: string }[];
  if (!user) throw new Error('test person not created');
  const [session] = (await dataSource.query(`INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + interval '1 day') RETURNING id`, [user.id])) as {
    id: string;
  }[];
  if (!session) throw new Error('test session not created');
  return { userId: user.id, sessionId: session.id, roles: [PlatformRole.MEMBER], email };
}
