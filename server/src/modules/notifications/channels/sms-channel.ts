import { randomUUID } from 'node:crypto';
import { decryptField, mask, type Keyring } from '../../../platform/pii/index.js';
import { MOBILE_CONTEXT } from '../../users/find-users.js';
import type { Channel, NotificationLogger } from './channel.js';

/**
 * One send request in the shape the domestic SMS providers take (Aliyun SendSms, Tencent
 * SendSms): a registered signature (签名) and template (模板) with its variables. `text` is the
 * same message rendered here, for providers that take free content and for the log.
 */
export type SmsRequest = {
  phoneNumbers: string[];
  signName: string;
  templateCode: string;
  templateParam: Record<string, string>;
  /** Our own id for the message (Aliyun OutId / Tencent SessionContext). */
  outId: string;
  text: string;
};

/** `code` is 'OK' when the provider accepted the message; anything else is its error code. */
export type SmsResponse = { requestId: string; bizId: string; code: string; message?: string };

/** A driver for one SMS provider. */
export type SmsGateway = { sendSms(request: SmsRequest): Promise<SmsResponse> };

export type SentSms = SmsRequest & { at: Date };
export type LoggingSmsGateway = SmsGateway & { readonly sent: SentSms[] };

const KEEP_SENT = 1000;

/**
 * The driver for development and tests: writes each message to the log (number masked) and
 * keeps the latest ones in memory with the clear number, for tests to read.
 */
export function createLoggingSmsGateway(logger: NotificationLogger): LoggingSmsGateway {
  const sent: SentSms[] = [];
  let count = 0;
  return {
    sent,
    async sendSms(request) {
      sent.push({ ...request, at: new Date() });
      if (sent.length > KEEP_SENT) sent.splice(0, sent.length - KEEP_SENT);
      logger.info(
        {
          to: request.phoneNumbers.map((n) => mask('mobile', n)),
          templateCode: request.templateCode,
          outId: request.outId,
          text: `【${request.signName}】${request.text}`,
        },
        'SMS (logging driver, not sent)',
      );
      return { requestId: randomUUID(), bizId: `log-${++count}`, code: 'OK' };
    },
  };
}

export type SmsChannelOptions = { gateway: SmsGateway; keyring: Keyring; signName: string };

/** SMS through a gateway driver. The mobile number is unsealed only here, for the one request. */
export function createSmsChannel({ gateway, keyring, signName }: SmsChannelOptions): Channel {
  return {
    async send(message) {
      if (!message.template) throw new Error('An SMS needs a provider template');
      const mobile = decryptField(keyring, message.to, { context: MOBILE_CONTEXT });
      const response = await gateway.sendSms({
        phoneNumbers: [mobile],
        signName,
        templateCode: message.template.code,
        templateParam: message.template.params,
        outId: message.messageId,
        text: message.text,
      });
      if (response.code !== 'OK') {
        throw new Error(`SMS provider refused the message: ${response.code}${response.message ? ` ${response.message}` : ''}`);
      }
      return { providerMessageId: response.bizId };
    },
  };
}
