// A real SMTP server on loopback (smtp-server) that keeps what it receives, parsed (mailparser):
// tests read the delivered messages. It can be stopped and started again on the same port, and
// told to refuse chosen recipients with a 5xx reply.
import type { AddressInfo, Socket } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpInbox {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Recipients answered with 550 (mailbox unavailable). */
  refuse: Set<string>;
  /** Resolves once `count` messages have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startSmtpInbox(port = 0): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  const refuse = new Set<string>();
  let server: SMTPServer | undefined;
  let boundPort = port;

  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (refuse.has(address.address.toLowerCase())) {
          const error = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 });
          callback(error);
        } else callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            messages.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });

  const sockets = new Set<Socket>();

  async function start() {
    server = make();
    server.server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server?.once('error', reject);
      server?.listen(boundPort, '127.0.0.1', () => resolve());
    });
    boundPort = (server.server.address() as AddressInfo).port;
  }
  await start();

  return {
    get url() {
      return `smtp://127.0.0.1:${boundPort}`;
    },
    get port() {
      return boundPort;
    },
    messages,
    refuse,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`${messages.length} of ${count} messages arrived`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return messages;
    },
    async stop() {
      const running = server;
      server = undefined;
      if (!running) return;
      // Down means down: the connections a pooled client keeps open are cut too.
      const closed = new Promise<void>((resolve) => running.server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    start,
  };
}
