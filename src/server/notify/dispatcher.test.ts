import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../db/database';
import { dialects, freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { backoffMs, createDispatcher, defaultRetry, type Sender } from './dispatcher';
import { emailFor } from './email';
import { outboxRows } from './outbox';
import { newWebhookSecret, startWebhookReceiver } from './receivers.testing';
import { webhookSender } from './webhook';

// The dispatcher against real databases and a real receiver: several dispatchers on one database
// send each message once, and a message a crashed instance had claimed is sent after its lease.

const intake = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  reference: `REF-${String(n).padStart(3, '0')}`,
  verdict: 'goodCandidate',
  status: 'new',
  createdAt: new Date().toISOString(),
  sameDayCall: false,
});

/** A second connection (pool) to the same database, as another instance would have. */
function sameDatabase(db: Db): Db {
  if (db.kind === 'sqlite') return createDb({ kind: 'sqlite', file: db.file ?? '' });
  return createDb({
    kind: 'postgres',
    url: process.env.TEST_DATABASE_URL ?? '',
    ...(db.schema !== undefined && { searchPath: db.schema }),
  });
}

describe.each(dialects)('the dispatcher on %s', (kind) => {
  let database: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const secret = newWebhookSecret();

  beforeAll(async () => {
    database = await freshDatabase(kind);
    receiver = await startWebhookReceiver(secret);
  });
  afterAll(async () => {
    await receiver.close();
    await database.drop();
  });

  it('sends each message once with three dispatchers on one database', async () => {
    const messages = 60;
    const rows = Array.from({ length: messages }, (_, i) =>
      outboxRows('intake.created', intake(i), ['webhook'], new Date()),
    ).flat();
    await database.db.db.insertInto('outbox').values(rows).execute();
    const others = [sameDatabase(database.db), sameDatabase(database.db)];
    const sentBy = [0, 0, 0];
    const webhook = webhookSender({ url: receiver.url, secret });
    const dispatchers = [database.db, ...others].map((db, i) => {
      const counting: Sender = {
        send: async (message, signal) => {
          sentBy[i] = (sentBy[i] ?? 0) + 1;
          await webhook.send(message, signal);
        },
      };
      return createDispatcher({ db: db.db, senders: { webhook: counting }, batchSize: 4 });
    });
    try {
      // All at once, each claiming small batches until nothing is left.
      await Promise.all(
        dispatchers.map(async (d) => {
          while ((await d.runOnce()) > 0);
        }),
      );
    } finally {
      for (const other of others) await other.close();
    }
    const ids = receiver.received.map((w) => w.id);
    expect(ids).toHaveLength(messages);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
    expect(sentBy.reduce((a, b) => a + b, 0)).toBe(messages);
    expect(receiver.received.every((w) => w.verified !== undefined)).toBe(true);
    const pending = await database.db.db
      .selectFrom('outbox')
      .select('id')
      .where('delivered_at', 'is', null)
      .execute();
    expect(pending).toEqual([]);
  });

  it('sends a message a crashed instance had claimed once its lease has passed', async () => {
    const [row] = outboxRows('intake.created', intake(1000), ['webhook'], new Date());
    if (!row) throw new Error('no row');
    const leaseEnds = new Date(Date.now() + 60_000).toISOString();
    // Claimed by an instance that died mid-send: attempt 1 started, the lease still holds.
    await database.db.db
      .insertInto('outbox')
      .values({ ...row, attempts: 1, locked_until: leaseEnds, lock_token: 'dead-instance' })
      .execute();
    let clock = new Date();
    const dispatcher = createDispatcher({
      db: database.db.db,
      senders: { webhook: webhookSender({ url: receiver.url, secret }) },
      now: () => clock,
    });
    expect(await dispatcher.runOnce()).toBe(0);
    clock = new Date(Date.parse(leaseEnds) + 1);
    expect(await dispatcher.runOnce()).toBe(1);
    expect(receiver.received.filter((w) => w.id === row.id)).toHaveLength(1);
    const stored = await database.db.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ attempts: 2, locked_until: null, last_error: null });
    expect(stored.delivered_at).not.toBeNull();
  });

  it('gives up on a message of a channel no longer configured once its 24 hours are over', async () => {
    const created = new Date();
    const [row] = outboxRows('intake.created', intake(2000), ['email'], created);
    if (!row) throw new Error('no row');
    await database.db.db.insertInto('outbox').values(row).execute();
    let clock = created;
    // Only webhooks are configured now: the e-mail waits out its 24 hours, then is given up on.
    const webhooksOnly = () =>
      createDispatcher({
        db: database.db.db,
        senders: { webhook: webhookSender({ url: receiver.url, secret }) },
        now: () => clock,
      });
    const status = () =>
      database.db.db
        .selectFrom('outbox')
        .select(['failed_at', 'delivered_at', 'last_error'])
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
    await webhooksOnly().runOnce();
    expect(await status()).toMatchObject({ failed_at: null, delivered_at: null });
    clock = new Date(created.getTime() + 24 * 60 * 60 * 1000 + 1);
    await webhooksOnly().runOnce();
    expect(await status()).toMatchObject({
      delivered_at: null,
      last_error: 'This channel is no longer configured.',
    });
    expect((await status()).failed_at).not.toBeNull();
  });

  it('counts a receiver that does not answer in time as a failure, and retries under the same id', async () => {
    const [row] = outboxRows('intake.created', intake(3000), ['webhook'], new Date());
    if (!row) throw new Error('no row');
    await database.db.db.insertInto('outbox').values(row).execute();
    const dispatcher = createDispatcher({
      db: database.db.db,
      // The same code as the 10 s of production, shortened.
      senders: { webhook: webhookSender({ url: receiver.url, secret }, 200) },
      retry: { firstMs: 1 },
    });
    receiver.state.hang = true;
    try {
      expect(await dispatcher.runOnce()).toBe(1);
    } finally {
      receiver.state.hang = false;
    }
    const failed = await database.db.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({
      attempts: 1,
      last_error: 'no answer within 0.2 s',
      delivered_at: null,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await dispatcher.runOnce()).toBe(1);
    expect(receiver.received.filter((w) => w.id === row.id)).toHaveLength(1);
  });

  it('wakes when nudged and stops cleanly, leaving a message cut short due again', async () => {
    const [row] = outboxRows('intake.created', intake(2000), ['webhook'], new Date());
    if (!row) throw new Error('no row');
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (release = resolve));
    // A receiver that never answers in time: stopping must not wait the 10 s out.
    const hanging: Sender = {
      send: (_message, signal) =>
        new Promise((_resolve, reject) => {
          release();
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    };
    const dispatcher = createDispatcher({
      db: database.db.db,
      senders: { webhook: hanging },
      pollMs: 3_600_000,
    });
    dispatcher.start();
    await database.db.db.insertInto('outbox').values(row).execute();
    dispatcher.nudge();
    await started;
    await dispatcher.stop();
    const stored = await database.db.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ delivered_at: null, failed_at: null, locked_until: null });
    expect(Date.parse(stored.next_attempt_at)).toBeLessThanOrEqual(Date.now());
  });
});

describe('the retry schedule', () => {
  it('doubles from the first wait, with jitter between half and all of it, up to the cap', () => {
    const retry = defaultRetry;
    expect(backoffMs(1, retry, () => 1)).toBe(5_000);
    expect(backoffMs(1, retry, () => 0)).toBe(2_500);
    expect(backoffMs(3, retry, () => 1)).toBe(20_000);
    expect(backoffMs(20, retry, () => 1)).toBe(retry.maxMs);
    expect(backoffMs(200, retry, () => 0)).toBe(retry.maxMs / 2);
  });
});

describe('the e-mail', () => {
  it('says a same-day call is needed, and nothing of the mood screen', () => {
    const mail = emailFor({ ...intake(7), sameDayCall: true }, 'https://clinic.example');
    expect(mail.subject).toBe('Urgent: consultation request REF-007 is waiting (same-day call)');
    expect(mail.text).toContain('Needs a same-day call from a clinician.');
    expect(mail.text).toContain(
      'https://clinic.example/staff#/intake/00000000-0000-4000-8000-000000000007',
    );
    for (const part of [mail.subject, mail.text, mail.html])
      expect(part).not.toMatch(/mood|harm|suicid|phq|gad|depress|anxi/i);
  });
});
