import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { IsNull, type Repository } from 'typeorm';
import { AppConfig, HandlesJob, LOGGER, type JobPayloads } from '@kindred/core';
import { User } from '../accounts/user.entity';
import { EmailTokenPurpose } from '../email-tokens/email-token.entity';
import { EmailTokens } from '../email-tokens/email-tokens.service';
import { renderEmail } from './email-templates';
import { MailTransport } from './mail-transport';
import { EmailTemplate, OutgoingEmail } from './outgoing-email.entity';

const LINKS: Partial<Record<EmailTemplate, { purpose: EmailTokenPurpose; path: string }>> = {
  [EmailTemplate.VERIFY_EMAIL]: { purpose: EmailTokenPurpose.VERIFY_EMAIL, path: '/verify-email' },
  [EmailTemplate.RESET_PASSWORD]: { purpose: EmailTokenPurpose.RESET_PASSWORD, path: '/reset-password' },
  [EmailTemplate.ALREADY_REGISTERED]: { purpose: EmailTokenPurpose.RESET_PASSWORD, path: '/reset-password' },
};

/** Pages an email links to without a token: opening them needs a normal sign-in. */
const PAGES: Partial<Record<EmailTemplate, string>> = {
  [EmailTemplate.NOTIFICATIONS_DIGEST]: '/notifications',
};

/**
 * Sends one queued email. The address is read now (it may have changed or been erased) and
 * any token is minted now, so no token waits in a table or in Redis. A failed send is
 * retried by the queue; a sent email is never sent again.
 */
@Injectable()
export class SendEmailJobHandler {
  constructor(
    @InjectRepository(OutgoingEmail) private readonly emails: Repository<OutgoingEmail>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: EmailTokens,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @HandlesJob('identity.send-email')
  async send({ outgoingEmailId }: JobPayloads['identity.send-email']): Promise<void> {
    const email = await this.emails.findOneBy({ id: outgoingEmailId });
    if (!email || email.sentAt || email.cancelledAt) return;
    const user = await this.users.findOneBy({ id: email.userId });
    if (!user?.email || user.erasedAt || user.erasureRequestedAt) {
      await this.emails.update(email.id, { cancelledAt: new Date() });
      return;
    }
    const link = LINKS[email.template];
    const page = PAGES[email.template];
    const url = link
      ? `${this.config.publicAppUrl}${link.path}?token=${await this.tokens.issue(user.id, link.purpose)}`
      : page
        ? `${this.config.publicAppUrl}${page}`
        : undefined;
    const rendered = renderEmail(email.template, user.locale, { displayName: user.displayName, ...(url ? { link: url } : {}) });
    await this.transport.send(user.email, rendered, email.template);
    await this.emails.update({ id: email.id, sentAt: IsNull() }, { sentAt: new Date() });
    this.logger.info({ outgoingEmailId: email.id, template: email.template }, 'email sent');
  }
}
