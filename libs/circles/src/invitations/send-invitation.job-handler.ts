import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppConfig, HandlesJob, LOGGER, type JobPayloads } from '@kindred/core';
import { hashToken, MailTransport, newOpaqueToken, PeopleDirectory } from '@kindred/identity';
import { CircleInvitation, InvitationStatus } from './circle-invitation.entity';
import { renderInvitationEmail } from './invitation-email';

/**
 * Emails an invitation. The token is minted as the email is sent, its hash stored first: a
 * retried send mints a new one (replacing the hash), so only the link in the email that went
 * out last works, and no token ever waits in Redis. A sent, answered or expired invitation is left alone.
 */
@Injectable()
export class SendInvitationJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly people: PeopleDirectory,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @HandlesJob('circles.send-invitation')
  async send({ invitationId }: JobPayloads['circles.send-invitation']): Promise<void> {
    const invitation = await this.dataSource.getRepository(CircleInvitation).findOneBy({ id: invitationId });
    if (!invitation?.email || invitation.emailSentAt || invitation.status !== InvitationStatus.PENDING || invitation.expiresAt.getTime() <= Date.now()) return;
    const token = newOpaqueToken();
    await this.dataSource.getRepository(CircleInvitation).update({ id: invitation.id }, { tokenHash: hashToken(token) });
    const inviter = (await this.people.summaries([invitation.inviterId])).get(invitation.inviterId)!;
    const locale = (await this.people.settings([invitation.inviterId])).get(invitation.inviterId)?.locale ?? 'en';
    const email = renderInvitationEmail(locale, inviter.displayName, `${this.config.publicAppUrl}/circles/join?token=${token}`);
    await this.transport.send(invitation.email, email, 'CIRCLE_INVITATION');
    await this.dataSource.getRepository(CircleInvitation).update({ id: invitation.id }, { emailSentAt: new Date() });
    this.logger.info({ invitationId }, 'circle invitation sent');
  }
}
