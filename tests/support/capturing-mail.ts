import { MailTransport } from '@kindred/identity';
import { waitFor } from './polling';

/** Keeps what would be emailed, so a test can follow a link as the person receiving it would. */
export class CapturingMailTransport extends MailTransport {
  readonly sent: { to: string; subject: string; text: string }[] = [];

  async send(to: string, email: { subject: string; text: string }): Promise<void> {
    this.sent.push({ to, ...email });
  }

  /** The token of the newest circle invitation emailed to this address, once the worker sent it. */
  async invitationTokenSentTo(email: string): Promise<string> {
    const token = await waitFor(
      () =>
        [...this.sent]
          .reverse()
          .find((sent) => sent.to === email && sent.subject.includes('support circle'))
          ?.text.match(/token=([A-Za-z0-9_-]+)/)?.[1],
      (found) => found !== undefined,
      `an invitation email to ${email}`,
    );
    return token!;
  }
}
