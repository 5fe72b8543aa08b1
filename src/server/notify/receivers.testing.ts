import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';

// Real receivers for the notification tests: an SMTP server (smtp-server) that keeps every message
// it accepts, and an HTTP server that keeps every webhook request. Each can be taken down and
// brought back up on the same port, as a receiver that is away for a while would be.

export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** Waits for `condition` (checked every 20 ms); the test's own timeout bounds the wait. */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

export interface ReceivedMail {
  /** The message as it crossed the wire (headers and MIME parts). */
  raw: string;
  parsed: ParsedMail;
  envelope: { from: string; to: string[] };
}

export async function startSmtpServer(credentials = { user: 'notify', pass: 'p@ss word' }) {
  const messages: ReceivedMail[] = [];
  let port = 0;
  let server: SMTPServer | undefined;
  const listen = async () => {
    const started = new SMTPServer({
      // Plain SMTP on 127.0.0.1: no STARTTLS to offer, and AUTH allowed without it.
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      // Going down closes the connections the sender keeps open (a pool), as a crash would.
      closeTimeout: 50,
      onAuth(auth, _session, callback) {
        if (auth.username === credentials.user && auth.password === credentials.pass)
          callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then(
            (parsed) => {
              const from = session.envelope.mailFrom;
              messages.push({
                raw,
                parsed,
                envelope: {
                  from: from === false ? '' : from.address,
                  to: session.envelope.rcptTo.map((r) => r.address),
                },
              });
              callback();
            },
            (error: unknown) => callback(error as Error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      started.once('error', reject);
      started.listen(port, '127.0.0.1', () => resolve());
    });
    port = (started.server.address() as AddressInfo).port;
    server = started;
  };
  await listen();
  const auth = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}`;
  /** Stops accepting connections; `up` listens again on the same port. */
  const down = () =>
    new Promise<void>((resolve) => {
      const stopping = server;
      server = undefined;
      if (stopping) stopping.close(resolve);
      else resolve();
    });
  return { messages, url: `smtp://${auth}@127.0.0.1:${port}`, down, up: listen, close: down };
}

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  body: string;
  headers: IncomingHttpHeaders;
  /** What Webhook.verify returned: the parsed body, or undefined when the signature failed. */
  verified: unknown;
}

export async function startWebhookReceiver(secret: string) {
  const verifier = new Webhook(secret);
  const received: ReceivedWebhook[] = [];
  /** Answers this many requests with a 500 (or, `hang`, never answers them) before accepting. */
  const state = { failNext: 0, hang: false };
  let port = 0;
  let server: Server | undefined;
  const listen = async () => {
    const started = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (state.hang) return;
        if (state.failNext > 0) {
          state.failNext--;
          response.writeHead(500).end();
          return;
        }
        let verified: unknown;
        try {
          verified = verifier.verify(body, request.headers as Record<string, string>);
        } catch {
          verified = undefined;
        }
        received.push({
          id: String(request.headers['webhook-id']),
          timestamp: String(request.headers['webhook-timestamp']),
          body,
          headers: request.headers,
          verified,
        });
        response.writeHead(verified === undefined ? 401 : 204).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      started.once('error', reject);
      started.listen(port, '127.0.0.1', () => resolve());
    });
    port = (started.address() as AddressInfo).port;
    server = started;
  };
  await listen();
  const down = () =>
    new Promise<void>((resolve) => {
      const stopping = server;
      server = undefined;
      if (!stopping) {
        resolve();
        return;
      }
      stopping.close(() => resolve());
      stopping.closeAllConnections();
    });
  return {
    received,
    state,
    url: `http://127.0.0.1:${port}/hooks/intake`,
    down,
    up: listen,
    close: down,
  };
}
