import nodemailer from 'nodemailer';
import type { Channel } from './channel.js';

export type EmailChannelOptions = {
  /** e.g. `smtp://mail.example.cn:25` or `smtps://user:pass@host:465`. */
  url: string;
  /** e.g. `"安心 Anxin" <noreply@example.cn>`. */
  from: string;
};

/**
 * Email over SMTP. The Message-ID is fixed per notification: if the process dies after the
 * server accepted a message but before the delivery was marked sent, the resend carries the
 * same id, so mail systems and clients can recognise the duplicate.
 */
export function createEmailChannel({ url, from }: EmailChannelOptions): Channel {
  // Timeouts well inside the dispatcher's lease, so a hung server cannot outlive the claim.
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    async send(message) {
      const info = await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.messageId}@anxin>`,
        // Chinese text: base64 is a third larger, quoted-printable three times.
        textEncoding: 'base64',
      });
      if (info.rejected.length > 0) throw new Error(`SMTP server rejected the recipient: ${info.response}`);
      return { providerMessageId: info.messageId };
    },
  };
}
