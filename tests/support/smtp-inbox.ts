import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eventually } from './polling';

export interface ReceivedEmail {
  /** SMTP envelope recipients (RCPT TO), lower-cased. */
  recipients: string[];
  /** SMTP envelope sender (MAIL FROM). */
  envelopeFrom: string;
  /** The From header, decoded. */
  from: { name: string; address: string };
  subject: string;
  /** The decoded plain-text body. */
  text: string;
  /** The message exactly as it came over the wire. */
  raw: string;
}

/**
 * A real SMTP server on a free local port that keeps every message it is given, as a mail
 * provider would. No TLS and no authentication: it only listens on 127.0.0.1.
 */
export class SmtpInbox {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    /** Every message received so far, in order of arrival. */
    readonly messages: readonly ReceivedEmail[],
  ) {}

  static async start(): Promise<SmtpInbox> {
    const messages: ReceivedEmail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw)
            .then((parsed) => {
              messages.push({
                recipients: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
                envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                from: { name: parsed.from?.value[0]?.name ?? '', address: parsed.from?.value[0]?.address ?? '' },
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                raw,
              });
              callback();
            })
            .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
        });
      },
    });
    const port = await new Promise<number>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
    return new SmtpInbox(server, port, messages);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages delivered to `address` so far, oldest first. */
  to(address: string): ReceivedEmail[] {
    return this.messages.filter((message) => message.recipients.includes(address.toLowerCase()));
  }

  /** Waits (with a deadline) for a message to `address` whose subject matches. */
  waitFor(address: string, subject: RegExp, timeoutMs = 15000): Promise<ReceivedEmail> {
    return eventually(`an email to ${address} with subject ${String(subject)}`, () => this.to(address).find((message) => subject.test(message.subject)), {
      timeoutMs,
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The token of the first `${baseUrl}${path}?token=…` link in a message, or an error. */
export function linkToken(email: ReceivedEmail, baseUrl: string, path: string): string {
  const escaped = `${baseUrl}${path}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}\\?token=([A-Za-z0-9_-]+)`).exec(email.text);
  if (!match?.[1]) throw new Error(`no ${path} link in the email "${email.subject}"`);
  return match[1];
}
