import { Test, type TestingModule } from '@nestjs/testing';
import { infrastructureModules, type IntegrationEnvironment } from '@kindred/core/testing';
import { IdentityWorkerModule } from '../identity-worker.module';
import { IdentityModule } from '../identity.module';
import type { RenderedEmail } from '../mail/email-templates';
import { MailTransport } from '../mail/mail-transport';

export interface CapturedEmail extends RenderedEmail {
  to: string;
  template: string;
}

/** Stands in for SMTP, the one boundary not run for real here, and keeps what was sent. */
export class CapturingMailTransport extends MailTransport {
  readonly sent: CapturedEmail[] = [];

  async send(to: string, email: RenderedEmail, template: string): Promise<void> {
    this.sent.push({ to, template, ...email });
  }

  /** The token in the last link sent to an address. */
  lastToken(to: string): string {
    const email = [...this.sent].reverse().find((candidate) => candidate.to === to);
    const token = email?.text.match(/token=([A-Za-z0-9_-]+)/)?.[1];
    if (!token) throw new Error(`no link was emailed to ${to}`);
    return token;
  }
}

/** Identity's API and worker sides on a real database and Redis, with mail captured. */
export async function identityTestingModule(env: IntegrationEnvironment): Promise<{ moduleRef: TestingModule; mail: CapturingMailTransport }> {
  const mail = new CapturingMailTransport();
  const moduleRef = await Test.createTestingModule({
    imports: [...infrastructureModules(env), IdentityModule, IdentityWorkerModule],
  })
    .overrideProvider(MailTransport)
    .useValue(mail)
    .compile();
  await moduleRef.init();
  return { moduleRef, mail };
}
