import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IntakeRequest } from '../../src/api/contract';
import { dialects } from '../../src/server/testing/databases.testing';
import {
  newWebhookSecret,
  startSmtpServer,
  startWebhookReceiver,
  until,
} from '../../src/server/notify/receivers.testing';
import { freshPostgresDatabase, query } from '../servers';
import { expectNoPersonalDataInLogs, post, record, startServer, traceableIntake } from './support';

// A SIGKILL between the commit and the send loses no notification: the real server takes intakes
// while the mail server and the webhook receiver are away (nothing can be sent), is killed, and
// is started again on the same data with both back. Every e-mail and every webhook arrives, each
// webhook under the id its outbox row was given in the intake's transaction.

const INTAKES = 5;

afterAll(() => {
  expectNoPersonalDataInLogs();
});

describe.each(dialects)('notifications through a SIGKILL on %s', (kind) => {
  it(`delivers the notifications of ${INTAKES} intakes acknowledged before the kill`, async () => {
    const pgDb =
      kind === 'postgres'
        ? await freshPostgresDatabase(
            process.env.TEST_DATABASE_URL ?? '',
            `ipm_notify_${randomBytes(4).toString('hex')}`,
          )
        : undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'ipm-notify-'));
    const where = pgDb ? { postgres: pgDb.url } : { sqlite: dataDir };
    const secret = newWebhookSecret();
    const smtp = await startSmtpServer();
    const receiver = await startWebhookReceiver(secret);
    const env = {
      SMTP_URL: smtp.url,
      NOTIFY_EMAIL_TO: 'front-desk@clinic.example',
      NOTIFY_EMAIL_FROM: 'intake@clinic.example',
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: secret,
      PUBLIC_URL: 'https://selfcheck.clinic.example',
    };
    const server = (label: string) =>
      startServer({ label, dataDir, env, ...(pgDb && { databaseUrl: pgDb.url }) });
    try {
      await smtp.down();
      await receiver.down();
      const first = await server(`notify-${kind}`);
      const sent: { reference: string; request: IntakeRequest }[] = [];
      for (let i = 0; i < INTAKES; i++) {
        const request = traceableIntake();
        const response = await post(first.url, request);
        expect(response.status).toBe(201);
        sent.push({
          reference: ((await response.json()) as { reference: string }).reference,
          request,
        });
      }
      // Killed at once: whatever the dispatcher had begun, nothing reached anyone.
      first.process.kill('SIGKILL');
      await first.exited;
      const rows = await query<{
        id: string;
        channel: string;
        payload: string;
        delivered: unknown;
      }>(where, 'select id, channel, payload, delivered_at as delivered from outbox');
      expect(rows).toHaveLength(INTAKES * 2);
      expect(rows.filter((r) => r.delivered !== null)).toEqual([]);
      expect(receiver.received).toEqual([]);
      expect(smtp.messages).toEqual([]);

      await smtp.up();
      await receiver.up();
      const second = await server(`notify-${kind}-restarted`);
      await until(() => receiver.received.length >= INTAKES && smtp.messages.length >= INTAKES);
      const webhookRows = rows.filter((r) => r.channel === 'webhook');
      // Each webhook under its row's id, verified; duplicates only as retries of one id.
      expect(new Set(receiver.received.map((w) => w.id))).toEqual(
        new Set(webhookRows.map((r) => r.id)),
      );
      expect(receiver.received.every((w) => w.verified !== undefined)).toBe(true);
      for (const { reference, request } of sent) {
        const hooks = receiver.received.filter((w) => w.body.includes(`"${reference}"`));
        expect(new Set(hooks.map((w) => w.id)).size).toBe(1);
        expect(smtp.messages.filter((m) => m.parsed.subject?.includes(reference))).toHaveLength(1);
        const { firstName, lastName, phone, email } = request.contact;
        for (const text of [...hooks.map((w) => w.body), ...smtp.messages.map((m) => m.raw)])
          for (const detail of [firstName, lastName, phone, email ?? ''])
            expect(text).not.toContain(detail);
      }
      record(
        `notifications after a SIGKILL between commit and send (${kind})`,
        `${receiver.received.length} webhooks, ${smtp.messages.length} e-mails for ${INTAKES} intakes`,
      );
      second.process.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      await smtp.close();
      await receiver.close();
      await pgDb?.drop();
    }
  });
});
