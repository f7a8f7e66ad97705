import { Inject, Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { AppConfig, LOGGER } from '@kindred/core';
import type { RenderedEmail } from './email-templates';

/** Where email goes: SMTP when SMTP_URL is set, otherwise a redacted log line (development). */
export abstract class MailTransport {
  abstract send(to: string, email: RenderedEmail, template: string): Promise<void>;
}

/** "sam@example.org" → "s**@example.org": enough to debug delivery, not enough to identify. */
export function redactAddress(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 1)}${'*'.repeat(Math.max(1, local.length - 1))}@${domain}`;
}

@Injectable()
export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(private readonly config: AppConfig) {
    super();
    this.transporter = nodemailer.createTransport(config.smtpUrl ?? '');
  }

  async send(to: string, email: RenderedEmail): Promise<void> {
    await this.transporter.sendMail({ from: this.config.mailFrom, to, subject: email.subject, text: email.text });
  }
}

/** Logs that an email would be sent, without its address in full, its link or its text. */
@Injectable()
export class LogMailTransport extends MailTransport {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {
    super();
  }

  async send(to: string, _email: RenderedEmail, template: string): Promise<void> {
    this.logger.info({ to: redactAddress(to), template }, 'email not sent: SMTP_URL is not set (development transport)');
  }
}

export const mailTransportProvider = {
  provide: MailTransport,
  inject: [AppConfig, LOGGER],
  useFactory: (config: AppConfig, logger: Logger): MailTransport => (config.smtpUrl ? new SmtpMailTransport(config) : new LogMailTransport(logger)),
};
