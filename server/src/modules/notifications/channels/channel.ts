import type { BaseLogger } from 'pino';

export type ChannelName = 'email' | 'sms';

export type OutgoingMessage = {
  /**
   * The recipient's address as stored on their account: an email address, or for SMS the
   * sealed mobile number (app_user.mobile_enc), which only the SMS channel unseals.
   */
  to: string;
  subject: string;
  text: string;
  /** Stable per notification and channel (`notification-42-email`): a resend carries the same id. */
  messageId: string;
  /** The provider template and its variables, for template-based SMS providers. */
  template?: { code: string; params: Record<string, string> };
};

/** One way out of the system. Throwing means "not delivered, try again later". */
export type Channel = {
  send(message: OutgoingMessage): Promise<{ providerMessageId: string }>;
};

/** The channels this process can send through; a missing one is not configured. */
export type Channels = Partial<Record<ChannelName, Channel>>;

export type NotificationLogger = Pick<BaseLogger, 'info' | 'warn' | 'error'>;
