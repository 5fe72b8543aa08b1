import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from './app';
import { clinicConfigSchema } from './config';
import type { VaultedDb } from './crypto/vault';
import { migrateTo, migrateToLatest } from './db/migrations';
import { outboxRows } from './notify/outbox';
import {
  purgeClosedIntakes,
  retentionJobActor,
  type PurgeResult,
  type Scheduler,
} from './retention';
import { addStaff } from './staff/accounts';
import { audit, verifyAuditChain } from './staff/audit';
import {
  dialects,
  emptyDatabase,
  freshDatabase,
  testDataKey,
  type TestDatabase,
} from './testing/databases.testing';
import { Keyring } from './crypto/keyring';
import { submitMarkedIntakes, type MarkedIntake } from './testing/marked-intakes.testing';
import { sessionCookie } from './testing/staff.testing';

// Retention over real databases: what RETENTION_DAYS removes (and keeps), what the audit log says
// of it, the server's daily run, and, on SQLite, that nothing removed is left in the files.

const password = 'my knees ache on the stairs';
const host = 'clinic.test';
const day = 24 * 60 * 60 * 1000;
const daysAgo = (n: number, now = new Date()) => new Date(now.getTime() - n * day).toISOString();
const cli = { id: null, email: 'command line (test)' } as const;

describe.each(dialects)('retention on %s', (dialect) => {
  let database: TestDatabase;
  let app: App;
  let cookie: string;
  let db: VaultedDb;

  const patch = (id: string, payload: object) =>
    app.inject({
      method: 'PATCH',
      url: `/api/staff/intakes/${id}`,
      headers: { host, cookie, origin: `https://${host}` },
      payload,
    });
  const closedAt = async (id: string) =>
    (
      await db.db
        .selectFrom('intakes')
        .select('closed_at')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).closed_at;
  /** Closed through the API, then made to have been closed `days` ago. */
  const closedDaysAgo = async (intake: MarkedIntake, days: number) => {
    expect((await patch(intake.id, { status: 'closed' })).statusCode).toBe(200);
    await db.db
      .updateTable('intakes')
      .set({ closed_at: daysAgo(days) })
      .where('id', '=', intake.id)
      .execute();
  };
  /** Two notifications per intake, as a webhook channel writes them. */
  const withNotifications = async (intakes: MarkedIntake[]) => {
    for (const intake of intakes)
      for (const event of ['intake.created', 'intake.status_changed'] as const)
        await db.db
          .insertInto('outbox')
          .values(
            outboxRows(
              event,
              {
                id: intake.id,
                reference: intake.reference,
                verdict: 'goodCandidate',
                status: 'new',
                createdAt: new Date().toISOString(),
                sameDayCall: false,
              },
              ['webhook'],
              new Date(),
            ),
          )
          .execute();
  };
  const rowsOf = async (intake: MarkedIntake) => ({
    intakes: (await db.db.selectFrom('intakes').select('id').where('id', '=', intake.id).execute())
      .length,
    notes: (
      await db.db
        .selectFrom('intake_notes')
        .select('id')
        .where('intake_id', '=', intake.id)
        .execute()
    ).length,
    keys: (
      await db.db
        .selectFrom('idempotency_keys')
        .select('key')
        .where('intake_id', '=', intake.id)
        .execute()
    ).length,
    notifications: (
      await db.db.selectFrom('outbox').select('id').where('intake_id', '=', intake.id).execute()
    ).length,
  });
  const purgeEntries = () =>
    db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'purgeIntakes')
      .orderBy('id')
      .execute();

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    db = database.db;
    app = await buildApp({
      db,
      clinic: clinicConfigSchema.parse({}),
      intakeRateLimit: 1000,
      // Password-only sign-ins: the administrator below reads the audit trail.
      staffMfa: 'optional',
    });
    await addStaff(db.db, { email: 'nurse@clinic.example', role: 'staff', password });
    cookie = await sessionCookie(app, 'nurse@clinic.example', password);
  });
  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  it('keeps the time of closing: set when an intake is closed, cleared when it is reopened', async () => {
    const [intake] = await submitMarkedIntakes(app, cookie, 1);
    if (!intake) throw new Error('no intake');
    expect(await closedAt(intake.id)).toBeNull();
    const before = new Date().toISOString();
    await patch(intake.id, { status: 'closed' });
    const closed = await closedAt(intake.id);
    expect(closed).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(closed! >= before.slice(0, 19)).toBe(true);
    // A note on a closed intake is not a reopening.
    await patch(intake.id, { note: 'Sent the leaflet.' });
    expect(await closedAt(intake.id)).toBe(closed);
    await patch(intake.id, { status: 'contacted' });
    expect(await closedAt(intake.id)).toBeNull();
  });

  it('removes intakes closed longer than RETENTION_DAYS with their notes, idempotency records and notifications, and keeps the rest', async () => {
    const [old, older, recent, open, reopened] = await submitMarkedIntakes(app, cookie, 5);
    if (!old || !older || !recent || !open || !reopened) throw new Error('no intakes');
    await closedDaysAgo(old, 31);
    await closedDaysAgo(older, 400);
    await closedDaysAgo(recent, 29);
    // Open for 100 days: never closed, so never removed, however old.
    await db.db
      .updateTable('intakes')
      .set({ created_at: daysAgo(100), status: 'contacted' })
      .where('id', '=', open.id)
      .execute();
    // Closed 40 days ago, then reopened.
    await closedDaysAgo(reopened, 40);
    expect((await patch(reopened.id, { status: 'scheduled' })).statusCode).toBe(200);
    await withNotifications([old, older, recent, open, reopened]);
    for (const intake of [old, older])
      expect(await rowsOf(intake)).toEqual({ intakes: 1, notes: 1, keys: 1, notifications: 2 });

    // One intake per transaction: each batch is removed and audited on its own.
    const result = await purgeClosedIntakes(db, { retentionDays: 30, actor: cli, batchSize: 1 });

    expect(result.intakes.map((i) => i.reference).sort()).toEqual(
      [old.reference, older.reference].sort(),
    );
    expect(result).toMatchObject({ notes: 2, idempotencyKeys: 2, notifications: 4 });
    for (const gone of [old, older]) {
      expect(await rowsOf(gone)).toEqual({ intakes: 0, notes: 0, keys: 0, notifications: 0 });
      const view = await app.inject({
        method: 'GET',
        url: `/api/staff/intakes/${gone.id}`,
        headers: { host, cookie },
      });
      expect(view.statusCode).toBe(404);
    }
    for (const kept of [recent, open, reopened])
      expect(await rowsOf(kept)).toEqual({ intakes: 1, notes: 1, keys: 1, notifications: 2 });

    // The audit log keeps that they existed and when they were removed, and nothing they said.
    const entries = await purgeEntries();
    expect(entries).toHaveLength(2);
    expect(entries.flatMap((e) => JSON.parse(e.intakes) as unknown[])).toEqual(
      [older, old].map(({ id, reference }) => ({ id, reference })),
    );
    for (const entry of entries) {
      expect(entry).toMatchObject({ actor_id: null, actor_email: cli.email, ip: 'local' });
      expect(entry.detail).toMatch(/^removed 1 intake\(s\) closed before .* \(RETENTION_DAYS=30\)/);
      for (const marker of [...old.markers, ...older.markers])
        expect(JSON.stringify(entry)).not.toContain(marker);
    }
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });
    // An administrator reading the audit trail of a removed intake finds when it went.
    await addStaff(db.db, { email: 'admin@clinic.example', role: 'admin', password });
    const admin = await sessionCookie(app, 'admin@clinic.example', password, { ip: '203.0.113.9' });
    const trail = await app.inject({
      method: 'GET',
      url: `/api/staff/audit?intake=${old.id}`,
      headers: { host, cookie: admin },
    });
    const items = trail.json<{ items: { action: string; intakes: unknown[] }[] }>().items;
    expect(items.find((item) => item.action === 'purgeIntakes')?.intakes).toEqual([
      { id: old.id, reference: old.reference },
    ]);

    // Run again: nothing left to remove, and no entry for nothing.
    const again = await purgeClosedIntakes(db, { retentionDays: 30, actor: cli });
    expect(again.intakes).toEqual([]);
    expect(await purgeEntries()).toHaveLength(2);
  });

  it('says in a dry run what would go, and removes nothing', async () => {
    const [old, recent] = await submitMarkedIntakes(app, cookie, 2);
    if (!old || !recent) throw new Error('no intakes');
    await closedDaysAgo(old, 31);
    await closedDaysAgo(recent, 29);
    await withNotifications([old, recent]);
    const dry = await purgeClosedIntakes(db, { retentionDays: 30, actor: cli, dryRun: true });
    expect(dry).toMatchObject({
      intakes: [{ id: old.id, reference: old.reference }],
      notes: 1,
      idempotencyKeys: 1,
      notifications: 2,
    });
    expect(await rowsOf(old)).toEqual({ intakes: 1, notes: 1, keys: 1, notifications: 2 });
    expect(await purgeEntries()).toEqual([]);
  });

  it('runs daily in the server, first shortly after start, as the system', async () => {
    const [old, recent] = await submitMarkedIntakes(app, cookie, 2);
    if (!old || !recent) throw new Error('no intakes');
    await closedDaysAgo(old, 31);
    await closedDaysAgo(recent, 29);
    // The server's clock says two days later: the one closed 29 days ago is now 31 days closed.
    const later = new Date(Date.now() + 2 * day);
    const scheduled: {
      kind: 'after' | 'every';
      ms: number;
      run: () => void;
      cancelled: boolean;
    }[] = [];
    const scheduler: Scheduler = {
      after: (ms, run) => {
        const entry = { kind: 'after' as const, ms, run, cancelled: false };
        scheduled.push(entry);
        return () => (entry.cancelled = true);
      },
      every: (ms, run) => {
        const entry = { kind: 'every' as const, ms, run, cancelled: false };
        scheduled.push(entry);
        return () => (entry.cancelled = true);
      },
    };
    let outcome: (value: PurgeResult | Error) => void = () => undefined;
    const nextRun = () =>
      new Promise<PurgeResult | Error>((resolve) => {
        outcome = resolve;
      });
    const server = await buildApp({
      db,
      clinic: clinicConfigSchema.parse({}),
      now: () => later,
      retention: { retentionDays: 30, scheduler, onRun: (result) => outcome(result) },
    });
    try {
      expect(scheduled.map(({ kind, ms }) => ({ kind, ms }))).toEqual([
        { kind: 'after', ms: 60_000 },
        { kind: 'every', ms: day },
      ]);
      // Nothing runs before its time.
      expect(await rowsOf(old)).toMatchObject({ intakes: 1 });

      let run = nextRun();
      scheduled[0]?.run();
      const first = await run;
      if (first instanceof Error) throw first;
      expect(first.intakes.map((i) => i.id).sort()).toEqual([old.id, recent.id].sort());
      expect(await rowsOf(old)).toEqual({ intakes: 0, notes: 0, keys: 0, notifications: 0 });
      const [entry] = await purgeEntries();
      expect(entry).toMatchObject({
        actor_email: retentionJobActor.email,
        at: later.toISOString(),
      });

      // A day later: nothing more to remove.
      run = nextRun();
      scheduled[1]?.run();
      const second = await run;
      if (second instanceof Error) throw second;
      expect(second.intakes).toEqual([]);
    } finally {
      await server.close();
    }
    // Closing the server stops the job.
    expect(scheduled.every((entry) => entry.cancelled)).toBe(true);
  });
});

describe('retention on a SQLite file', () => {
  it('leaves no byte of a removed intake in the database file or its WAL (secure_delete, then a checkpoint)', async () => {
    const database = await freshDatabase('sqlite');
    const file = database.db.file ?? '';
    const app = await buildApp({
      db: database.db,
      clinic: clinicConfigSchema.parse({}),
      intakeRateLimit: 1000,
    });
    try {
      await addStaff(database.db.db, { email: 'nurse@clinic.example', role: 'staff', password });
      const cookie = await sessionCookie(app, 'nurse@clinic.example', password);
      const intakes = await submitMarkedIntakes(app, cookie, 40);
      const removed = intakes.slice(0, 20);
      const kept = intakes.slice(20);
      for (const intake of removed)
        await database.db.db
          .updateTable('intakes')
          .set({ status: 'closed' })
          .where('id', '=', intake.id)
          .execute();
      await database.db.db
        .updateTable('intakes')
        .set({ closed_at: daysAgo(31) })
        .where('status', '=', 'closed')
        .execute();
      const bytes = () =>
        Buffer.concat(
          [file, `${file}-wal`].map((path) => {
            try {
              return readFileSync(path);
            } catch {
              return Buffer.alloc(0);
            }
          }),
        );
      const found = (markers: string[], haystack: Buffer) =>
        markers.filter((marker) => haystack.includes(Buffer.from(marker)));
      // Sealed at rest: no detail is in the files even before. What the purge must zero is what
      // the removed intakes left there: their sealed data and wrapped keys, and their notes'.
      const removedIds = removed.map((i) => i.id);
      const sealedRows = await database.db.db
        .selectFrom('intakes')
        .select(['sealed', 'data_key'])
        .where('id', 'in', removedIds)
        .execute();
      const sealedNotes = await database.db.db
        .selectFrom('intake_notes')
        .select('sealed')
        .where('intake_id', 'in', removedIds)
        .execute();
      const ciphertexts = [
        ...sealedRows.flatMap((r) => [r.sealed, r.data_key]),
        ...sealedNotes.map((n) => n.sealed),
      ];
      await sql`pragma wal_checkpoint(truncate)`.execute(database.db.db);
      const before = bytes();
      expect(
        found(
          removed.flatMap((i) => i.markers),
          before,
        ),
      ).toEqual([]);
      // The search can find what it looks for: every ciphertext is in the file before.
      expect(found(ciphertexts, before)).toHaveLength(removed.length * 3);

      const result = await purgeClosedIntakes(database.db, {
        retentionDays: 30,
        actor: cli,
        batchSize: 7,
      });
      expect(result.intakes).toHaveLength(20);
      // The purge checkpoints and truncates the WAL itself; nothing else holds it here.
      expect(result.walCleared).toBe(true);

      const after = bytes();
      expect(found(ciphertexts, after)).toEqual([]);
      // What was kept is still there, and still readable through the staff API.
      expect(kept.every((intake) => after.includes(Buffer.from(intake.reference)))).toBe(true);
      const view = await app.inject({
        method: 'GET',
        url: `/api/staff/intakes/${kept[0]?.id ?? ''}`,
        headers: { host, cookie },
      });
      expect(view.body).toContain(kept[0]?.markers[0]);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

describe.each(dialects)('upgrading to closed_at on %s', (kind) => {
  it('dates the intakes already closed from the audit log, or from their arrival', async () => {
    const { db, drop } = await emptyDatabase(kind);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema of an older release
    const old = db.db as unknown as Kysely<any>;
    try {
      await migrateTo(old, '2026_11_30_0005_notification_outbox', db.schema);
      const intake = (reference: string, status: string) => ({
        id: randomUUID(),
        reference,
        created_at: '2026-01-05T10:00:00.000Z',
        verdict: 'goodCandidate',
        priority: 2,
        needs_outreach: 0,
        status,
        locale: 'en',
        ruleset_version: '2026.2',
        first_name: 'Ana',
        last_name: 'Ruiz',
        answers: '{}',
        contact: '{}',
        assessment: '{}',
      });
      const audited = intake('AAA-0001', 'closed');
      const unaudited = intake('AAA-0002', 'closed');
      const reopened = intake('AAA-0003', 'contacted');
      await old.insertInto('intakes').values([audited, unaudited, reopened]).execute();
      const change = (id: string, detail: string, at: string) =>
        audit(db.db, {
          actor: null,
          action: 'changeStatus',
          intakeId: id,
          detail,
          ip: '127.0.0.1',
          at: new Date(at),
        });
      await change(audited.id, 'new → closed', '2026-02-01T09:00:00.000Z');
      await change(audited.id, 'closed → contacted', '2026-02-03T09:00:00.000Z');
      await change(audited.id, 'contacted → closed', '2026-02-10T09:00:00.000Z');
      await change(reopened.id, 'new → closed', '2026-02-01T09:00:00.000Z');
      await change(reopened.id, 'closed → contacted', '2026-02-02T09:00:00.000Z');

      await migrateToLatest(db.db, db.schema, { keyring: new Keyring(testDataKey()) });

      const closedAt = Object.fromEntries(
        (await db.db.selectFrom('intakes').select(['reference', 'closed_at']).execute()).map(
          (row) => [row.reference, row.closed_at],
        ),
      );
      expect(closedAt).toEqual({
        'AAA-0001': '2026-02-10T09:00:00.000Z',
        'AAA-0002': '2026-01-05T10:00:00.000Z',
        'AAA-0003': null,
      });
      // From here on the database keeps it itself.
      await db.db
        .updateTable('intakes')
        .set({ status: 'closed' })
        .where('id', '=', reopened.id)
        .execute();
      const [row] = await db.db
        .selectFrom('intakes')
        .select('closed_at')
        .where('id', '=', reopened.id)
        .execute();
      expect(row?.closed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    } finally {
      await drop();
    }
  });
});
