// Email over SMTP (nodemailer): one message with a text and an HTML part, from the city's site
// name at the platform's sending address. Failures are classified by the SMTP reply code alone,
// never by the server's words, which may quote the address.
import nodemailer from 'nodemailer';
import { type Channel, ChannelFailure } from './channel.ts';

export interface EmailSettings {
  /** smtp://user:pass@host:port, or smtps:// for implicit TLS (SMTP_URL). */
  url: string;
  /** The sending address (SMTP_FROM); the display name is the city site's. */
  from: string;
  /** Gives up on a silent server after this long (10 s). */
  timeoutMs?: number;
}

export function emailChannel(settings: EmailSettings): Channel {
  const timeout = settings.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    url: settings.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    pool: true,
    maxConnections: 4,
  });
  return {
    name: 'EMAIL',
    async send(recipient, message) {
      try {
        const info = await transport.sendMail({
          from: { name: message.siteName, address: settings.from },
          to: { name: recipient.name, address: recipient.address },
          subject: message.subject,
          text: message.text,
          html: message.html,
          // The link is a page of the city's site that asks before it stops anything, so no
          // one-click (RFC 8058) POST is offered: a mail provider's POST would find no handler.
          headers: message.unsubscribe ? { 'List-Unsubscribe': `<${message.unsubscribe}>` } : {},
        });
        return { providerId: info.messageId };
      } catch (error) {
        throw smtpFailure(error);
      }
    },
    close: async () => transport.close(),
  };
}

/**
 * A 5xx reply to the recipient or the message is final, a 4xx one passing; no server, or one
 * that refuses our login, is the server's state, not the message's.
 */
export function smtpFailure(error: unknown): ChannelFailure {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  const name = typeof code === 'string' ? code.slice(0, 20) : 'no code';
  if (code === 'EAUTH' || typeof responseCode !== 'number') {
    return new ChannelFailure(`SMTP server unreachable (${name})`, 'UNREACHABLE');
  }
  return new ChannelFailure(`SMTP reply ${responseCode}`, responseCode >= 500 ? 'PERMANENT' : 'TRANSIENT');
}
