import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { emailSender, mustStartTls } from './email';

// The SMTP password never crosses the network in clear: over smtp:// with credentials, a server
// that offers no STARTTLS (or someone in between who strips the offer) gets nothing.

/** This machine's address on a network interface (not loopback), if it has one. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address;

describe('e-mail transport security', () => {
  it('requires STARTTLS for credentials sent to another machine, not to a local relay', () => {
    expect(mustStartTls('smtp://user:pass@mail.clinic.example:587')).toBe(true);
    expect(mustStartTls('smtp://user:pass@127.0.0.1:25')).toBe(false);
    expect(mustStartTls('smtp://user:pass@localhost:25')).toBe(false);
    expect(mustStartTls('smtp://mail.clinic.example:25')).toBe(false);
    expect(mustStartTls('smtps://user:pass@mail.clinic.example:465')).toBe(false);
  });

  it.skipIf(lanAddress === undefined)(
    'sends no password to a server that offers no STARTTLS',
    async () => {
      const authAttempts: string[] = [];
      const server = new SMTPServer({
        disabledCommands: ['STARTTLS'],
        allowInsecureAuth: true,
        logger: false,
        onAuth(auth, _session, callback) {
          authAttempts.push(`${auth.username}:${auth.password ?? ''}`);
          callback(null, { user: auth.username });
        },
        onData(stream, _session, callback) {
          stream.resume();
          stream.on('end', () => callback());
        },
      });
      await new Promise<void>((resolve) => server.listen(0, lanAddress, resolve));
      const { port } = server.server.address() as AddressInfo;
      const sender = emailSender(
        {
          smtpUrl: `smtp://desk:s3cret@${lanAddress}:${port}`,
          to: ['desk@clinic.example'],
          from: 'intake@clinic.example',
        },
        'https://selfcheck.clinic.example',
      );
      try {
        await expect(
          sender.send(
            {
              id: '7d7c1c52-5a55-4c2b-9d1e-0f3b6a0e2f11',
              channel: 'email',
              event: 'intake.created',
              createdAt: '2026-11-30T09:00:00.000Z',
              data: {
                id: '0c2b8d8e-3f0a-4d3b-9a51-6f9e2d1c7b40',
                reference: 'ABC-123',
                verdict: 'goodCandidate',
                status: 'new',
                createdAt: '2026-11-30T09:00:00.000Z',
                sameDayCall: false,
              },
              attempt: 1,
            },
            new AbortController().signal,
          ),
        ).rejects.toThrow(/STARTTLS/i);
        expect(authAttempts).toEqual([]);
      } finally {
        sender.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  );
});
