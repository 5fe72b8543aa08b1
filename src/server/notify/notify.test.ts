import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeRequest } from '../../api/contract';
import { buildApp, type App } from '../app';
import { clinicConfigSchema } from '../config';
import { addStaff } from '../staff/accounts';
import { dialects, freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { contactFor, validRequest } from '../testing/requests.testing';
import { postIntake, sessionCookie } from '../testing/staff.testing';
import {
  newWebhookSecret,
  startSmtpServer,
  startWebhookReceiver,
  until,
  type ReceivedWebhook,
} from './receivers.testing';

// Notifications end to end through the real app (app.inject), a real SMTP server and a real HTTP
// receiver that checks every signature with the Standard Webhooks verifier. On SQLite the intakes
// go through the group-commit worker thread; on PostgreSQL through storeIntake.

const password = 'my knees ache on the stairs';
const publicUrl = 'https://selfcheck.clinic.example';
const letters = (n: number) =>
  Array.from(randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');

/** A request whose contact details are unlike anything else, so they can be searched for. */
function traceable(edit?: Parameters<typeof validRequest>[0]): IntakeRequest {
  const request = validRequest(edit);
  request.contact = contactFor(request.answers, {
    firstName: `Zq${letters(8)}`,
    lastName: `Xv${letters(8)}`,
    phone: `+1 (732) 555-${String(1000 + Math.floor(Math.random() * 8999))}`,
    email: `${letters(10)}@example.org`,
    message: `Note ${letters(12)}`,
  });
  return request;
}

/** Every answer value and key long enough to mean something ("belowKnee", "selfHarmThoughts"). */
function answerWords(request: IntakeRequest): string[] {
  const words = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') words.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) {
        words.add(key);
        walk(inner);
      }
  };
  walk(request.answers);
  // `version` is the answers' own; MIME-Version is every e-mail's.
  return [...words].filter((word) => word.length >= 5 && word !== 'version');
}

/** Mood words that would betray a mood answer, whatever the answers' spelling. */
const moodWords = [
  'mood',
  'self-harm',
  'selfharm',
  'suicid',
  'phq',
  'gad-2',
  'gad2',
  'depress',
  'anxi',
  'hopeless',
  'harm',
];

const selfHarmYes = (a: IntakeRequest['answers']) => {
  a.mood = { phq2: [2, 1], gad2: [1, 1], selfHarmThoughts: true };
};
const urgentFlag = (a: IntakeRequest['answers']) => {
  a.redFlags = ['nightPain'];
};

describe.each(dialects)('notifications on %s', (kind) => {
  let database: TestDatabase;
  let app: App;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const secret = newWebhookSecret();
  /** Moves the dispatcher's clock (the 24-hour give-up) without waiting a day. */
  let skewMs = 0;
  let admin: string;
  let nurse: string;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    smtp = await startSmtpServer();
    receiver = await startWebhookReceiver(secret);
    app = await buildApp({
      db: database.db,
      clinic: clinicConfigSchema.parse({}),
      intakeRateLimit: 1000,
      publicUrl,
      // Not about sign-in: its administrator signs in with a password alone.
      staffMfa: 'optional',
      notify: {
        email: {
          smtpUrl: smtp.url,
          to: ['front-desk@clinic.example', 'dr.lee@clinic.example'],
          from: 'Intake <intake@clinic.example>',
        },
        webhook: { url: receiver.url, secret },
      },
      // Retries within milliseconds, so a receiver away for a while is retried many times.
      dispatcher: {
        retry: { firstMs: 20, maxMs: 200 },
        pollMs: 50,
        now: () => new Date(Date.now() + skewMs),
      },
    });
    await addStaff(database.db.db, { email: 'admin@clinic.example', role: 'admin', password });
    await addStaff(database.db.db, { email: 'nurse@clinic.example', role: 'staff', password });
    admin = await sessionCookie(app, 'admin@clinic.example', password);
    nurse = await sessionCookie(app, 'nurse@clinic.example', password);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await smtp.close();
    await receiver.close();
  });

  const outboxOf = (intakeId: string) =>
    database.db.db.selectFrom('outbox').selectAll().where('intake_id', '=', intakeId).execute();
  const intakeIdOf = async (reference: string) =>
    (
      await database.db.db
        .selectFrom('intakes')
        .select('id')
        .where('reference', '=', reference)
        .executeTakeFirstOrThrow()
    ).id;
  const send = async (request: IntakeRequest) => {
    const response = await postIntake(app, request);
    expect(response.statusCode, response.body).toBe(201);
    const { reference } = response.json<{ reference: string }>();
    return { reference, id: await intakeIdOf(reference), request };
  };
  const webhooksFor = (intakeId: string) =>
    receiver.received.filter(
      (w) => (w.verified as { data?: { id?: string } } | undefined)?.data?.id === intakeId,
    );

  it('sends one e-mail and one signed webhook per new intake, with no health data or contact details', async () => {
    const mailsBefore = smtp.messages.length;
    const sent = [
      await send(traceable()),
      await send(traceable(selfHarmYes)),
      await send(traceable(urgentFlag)),
    ];
    await until(
      () =>
        smtp.messages.length >= mailsBefore + 3 && sent.every((s) => webhooksFor(s.id).length >= 1),
    );

    const mails = smtp.messages.slice(mailsBefore);
    for (const [i, { reference, id, request }] of sent.entries()) {
      // Exactly one webhook, verified by the Standard Webhooks verifier, with exactly these fields.
      const [webhook, ...more] = webhooksFor(id);
      expect(more).toEqual([]);
      expect(webhook?.verified).toEqual({
        type: 'intake.created',
        timestamp: expect.any(String) as string,
        data: {
          id,
          reference,
          verdict: i === 2 ? 'urgent' : 'goodCandidate',
          status: 'new',
          createdAt: expect.any(String) as string,
          sameDayCall: i === 1,
        },
      });
      expect(webhook?.headers['content-type']).toBe('application/json');
      expect(webhook?.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);

      // Exactly one e-mail, to the configured addresses, naming the reference and linking to it.
      const forThis = mails.filter((m) => m.parsed.subject?.includes(reference));
      expect(forThis).toHaveLength(1);
      const [mail] = forThis;
      expect(mail?.envelope.to).toEqual(['front-desk@clinic.example', 'dr.lee@clinic.example']);
      expect(mail?.envelope.from).toBe('intake@clinic.example');
      expect(mail?.parsed.text).toContain(`${publicUrl}/staff#/intake/${id}`);
      expect(mail?.parsed.text).toContain(`Reference: ${reference}`);
      if (i === 0) {
        expect(mail?.parsed.subject).toBe(`New consultation request ${reference} is waiting`);
        expect(mail?.parsed.text).toContain('Not marked urgent.');
      }
      if (i === 1) {
        expect(mail?.parsed.subject).toMatch(/^Urgent: .*same-day call/);
        expect(mail?.parsed.text).toContain('Needs a same-day call from a clinician.');
      }
      if (i === 2) {
        expect(mail?.parsed.subject).toMatch(/^Urgent: /);
        expect(mail?.parsed.text).toContain('Marked urgent');
      }

      // Nothing of the patient anywhere: not in the raw e-mail (headers, text and HTML parts) nor
      // in any webhook body that names this intake.
      const bodies = [
        mail?.raw ?? '',
        mail?.parsed.html || '',
        ...webhooksFor(id).map((w) => w.body),
      ];
      const { firstName, lastName, phone, email, message, dateOfBirth } = request.contact;
      const secrets = [
        firstName,
        lastName,
        phone,
        phone.replace(/\D/g, ''),
        email ?? '',
        message ?? '',
        dateOfBirth,
        ...answerWords(request),
        ...moodWords,
      ];
      expect(secrets.length).toBeGreaterThan(20);
      for (const body of bodies)
        for (const secret of secrets)
          expect(body.toLowerCase(), `"${secret}" in a notification`).not.toContain(
            secret.toLowerCase(),
          );

      // Marked delivered once the sender has the receiver's answer, a moment after it arrived.
      await until(async () => (await outboxOf(id)).every((r) => r.delivered_at !== null));
      const rows = await outboxOf(id);
      expect(rows.map((r) => [r.channel, r.attempts, r.delivered_at !== null]).sort()).toEqual([
        ['email', 1, true],
        ['webhook', 1, true],
      ]);
    }
  });

  it('announces a status change by webhook (not by e-mail), written with the change', async () => {
    const { id, reference } = await send(traceable(selfHarmYes));
    await until(() => webhooksFor(id).length >= 1);
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/staff/intakes/${id}`,
      headers: { cookie: nurse, host: 'clinic.test' },
      payload: { status: 'contacted' },
    });
    expect(patch.statusCode).toBe(200);
    await until(() => webhooksFor(id).length >= 2);
    const changed = webhooksFor(id)[1];
    expect(changed?.verified).toMatchObject({
      type: 'intake.status_changed',
      data: { id, reference, status: 'contacted', sameDayCall: true },
    });
    expect(changed?.id).not.toBe(webhooksFor(id)[0]?.id);
    const rows = await outboxOf(id);
    expect(rows.filter((r) => r.event === 'intake.status_changed').map((r) => r.channel)).toEqual([
      'webhook',
    ]);
    // A note alone changes no status: nothing is announced.
    await app.inject({
      method: 'PATCH',
      url: `/api/staff/intakes/${id}`,
      headers: { cookie: nurse, host: 'clinic.test' },
      payload: { note: 'Called, left a message.' },
    });
    expect(await outboxOf(id)).toHaveLength(rows.length);
  });

  it('delivers every message once the receivers are back, each webhook under one id through its retries', async () => {
    await receiver.down();
    await smtp.down();
    const sent: Awaited<ReturnType<typeof send>>[] = [];
    for (let i = 0; i < 5; i++) sent.push(await send(traceable(i === 0 ? selfHarmYes : undefined)));
    // Refused, and retried, while away.
    await until(async () => {
      const rows = await Promise.all(sent.map((s) => outboxOf(s.id)));
      return rows.flat().every((r) => r.attempts >= 3 && r.delivered_at === null);
    });
    const refused = (await outboxOf(sent[0]?.id ?? '')).find((r) => r.channel === 'webhook');
    expect(refused?.last_error).toBe('connection refused');

    // Back, but answering 500 to the first few requests: those are retried too.
    receiver.state.failNext = 3;
    await receiver.up();
    await smtp.up();
    await until(async () => {
      const rows = await Promise.all(sent.map((s) => outboxOf(s.id)));
      return rows.flat().every((r) => r.delivered_at !== null);
    });
    expect(receiver.state.failNext).toBe(0);

    const ids = new Map<string, ReceivedWebhook[]>();
    for (const { id, reference } of sent) {
      const forThis = webhooksFor(id);
      expect(forThis.length).toBeGreaterThanOrEqual(1);
      // Every copy is the same message: one webhook-id, one body, each correctly signed.
      expect(new Set(forThis.map((w) => w.id)).size).toBe(1);
      expect(new Set(forThis.map((w) => w.body)).size).toBe(1);
      expect(forThis[0]?.verified).toMatchObject({ type: 'intake.created', data: { reference } });
      ids.set(forThis[0]?.id ?? '', forThis);
      const [row] = (await outboxOf(id)).filter((r) => r.channel === 'webhook');
      expect(row?.id).toBe(forThis[0]?.id);
      expect(smtp.messages.filter((m) => m.parsed.subject?.includes(reference))).toHaveLength(1);
    }
    expect(ids.size).toBe(sent.length);
  });

  it('gives up after 24 hours; administrators see the failure and can retry it', async () => {
    await receiver.down();
    const { id, reference } = await send(traceable());
    await until(async () =>
      (await outboxOf(id)).some((r) => r.channel === 'webhook' && r.attempts >= 1),
    );
    skewMs = 24 * 60 * 60 * 1000 + 60_000;
    let failed: Awaited<ReturnType<typeof outboxOf>>[number] | undefined;
    await until(async () => {
      failed = (await outboxOf(id)).find((r) => r.channel === 'webhook' && r.failed_at !== null);
      return failed !== undefined;
    });
    skewMs = 0;

    const list = (cookie: string, state = 'failed') =>
      app.inject({
        method: 'GET',
        url: `/api/staff/deliveries?state=${state}`,
        headers: { cookie, host: 'clinic.test' },
      });
    expect((await list(nurse)).statusCode).toBe(403);
    const response = await list(admin);
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      items: {
        id: string;
        channel: string;
        intake: { id: string; reference: string };
        lastError: string;
      }[];
      counts: { failed: number; pending: number };
    }>();
    expect(body.items).toContainEqual(
      expect.objectContaining({
        id: failed?.id,
        channel: 'webhook',
        intake: { id, reference },
        lastError: 'connection refused',
      }),
    );
    expect(body.counts.failed).toBeGreaterThanOrEqual(1);
    const audited = await database.db.db
      .selectFrom('audit_log')
      .select(['action', 'detail', 'intakes'])
      .where('action', '=', 'viewDeliveries')
      .execute();
    expect(audited.at(-1)).toMatchObject({ detail: 'state=failed' });
    expect(audited.at(-1)?.intakes).toContain(id);

    await receiver.up();
    const retry = (cookie: string) =>
      app.inject({
        method: 'POST',
        url: `/api/staff/deliveries/${failed?.id ?? ''}/retry`,
        headers: { cookie, host: 'clinic.test' },
      });
    expect((await retry(nurse)).statusCode).toBe(403);
    expect((await retry(admin)).statusCode).toBe(200);
    await until(() => webhooksFor(id).length >= 1);
    expect(webhooksFor(id).map((w) => w.id)).toEqual([failed?.id]);
    await until(async () =>
      (await outboxOf(id)).every((r) => r.channel !== 'webhook' || r.delivered_at !== null),
    );
    expect((await retry(admin)).statusCode).toBe(409);
    const delivered = (await list(admin, 'delivered')).json<{ items: { id: string }[] }>();
    expect(delivered.items.map((i) => i.id)).toContain(failed?.id);
  });
});
