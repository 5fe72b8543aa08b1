import { sql, type Kysely } from 'kysely';
import type { Database, Db } from './db/database';
import { auditInOpenTransaction, type AuditEntry, type AuditedIntake } from './staff/audit';

// Retention (RETENTION_DAYS): intakes closed longer ago than that are removed with their notes,
// their idempotency records and their notifications. The audit log keeps that each existed (id and
// reference) and when it was removed, never what it said. The server runs it daily; `npm run
// purge` runs it by hand. Both are audited.

const dayMs = 24 * 60 * 60 * 1000;

export interface PurgeOptions {
  retentionDays: number;
  /** Who removes: the server's daily job or the command line. */
  actor: NonNullable<AuditEntry['actor']>;
  now?: Date;
  /** Says what would go, removes nothing and writes no audit entry. */
  dryRun?: boolean;
  /** Intakes per transaction (and per audit entry). */
  batchSize?: number;
}

export interface PurgeResult {
  /** Intakes closed before this time (ISO-8601) are the ones removed. */
  closedBefore: string;
  intakes: AuditedIntake[];
  notes: number;
  idempotencyKeys: number;
  notifications: number;
  /**
   * SQLite: the WAL was emptied after the removal, so no earlier copy of a removed page is left in
   * it (false when a reader kept it from finishing; the next checkpoint does it). Undefined when
   * nothing was removed, or on PostgreSQL.
   */
  walCleared?: boolean;
}

export const closedBefore = (retentionDays: number, now: Date) =>
  new Date(now.getTime() - retentionDays * dayMs).toISOString();

/** The intakes retention removes: closed, and closed before `cutoff`. */
const due = (db: Kysely<Database>, cutoff: string) =>
  db
    .selectFrom('intakes')
    .where('status', '=', 'closed')
    .where('closed_at', 'is not', null)
    .where('closed_at', '<', cutoff);

const count = (rows: { numDeletedRows: bigint }[]) =>
  rows.reduce((sum, row) => sum + Number(row.numDeletedRows), 0);

async function removeBatch(
  trx: Kysely<Database>,
  kind: Db['kind'],
  cutoff: string,
  options: PurgeOptions,
  batchSize: number,
): Promise<Omit<PurgeResult, 'closedBefore'>> {
  let pick = due(trx, cutoff)
    .select(['id', 'reference'])
    .orderBy('closed_at')
    .orderBy('id')
    .limit(batchSize);
  // A status change under way holds its row (see the staff PATCH): this run leaves it for the next.
  if (kind === 'postgres') pick = pick.forUpdate().skipLocked();
  const intakes = await pick.execute();
  if (intakes.length === 0) return { intakes: [], notes: 0, idempotencyKeys: 0, notifications: 0 };
  const ids = intakes.map((intake) => intake.id);
  // Children first: intake_notes and idempotency_keys reference intakes(id).
  const notes = count(await trx.deleteFrom('intake_notes').where('intake_id', 'in', ids).execute());
  const idempotencyKeys = count(
    await trx.deleteFrom('idempotency_keys').where('intake_id', 'in', ids).execute(),
  );
  const notifications = count(
    await trx.deleteFrom('outbox').where('intake_id', 'in', ids).execute(),
  );
  await trx.deleteFrom('intakes').where('id', 'in', ids).execute();
  await auditInOpenTransaction(trx, {
    actor: options.actor,
    action: 'purgeIntakes',
    intakes: intakes.map(({ id, reference }) => ({ id, reference })),
    detail: `removed ${intakes.length} intake(s) closed before ${cutoff} (RETENTION_DAYS=${options.retentionDays}), with ${notes} note(s), ${idempotencyKeys} idempotency record(s) and ${notifications} notification(s)`,
    ip: 'local',
    ...(options.now && { at: options.now }),
  });
  return { intakes, notes, idempotencyKeys, notifications };
}

/**
 * One batch in one write transaction. On SQLite the write lock is taken first (`begin
 * immediate`): a transaction that read before it wrote could not become the writer once another
 * connection (the intake writer's) had committed since.
 */
function inWriteTransaction<T>(db: Db, run: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.kind === 'postgres') return db.db.transaction().execute(run);
  return db.db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await run(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

/** Removes (or with `dryRun`, lists) the intakes closed for longer than `retentionDays`. */
export async function purgeClosedIntakes(db: Db, options: PurgeOptions): Promise<PurgeResult> {
  const cutoff = closedBefore(options.retentionDays, options.now ?? new Date());
  if (options.dryRun === true) {
    const intakes = await due(db.db, cutoff)
      .select(['id', 'reference'])
      .orderBy('closed_at')
      .orderBy('id')
      .execute();
    const children = async (table: 'intake_notes' | 'idempotency_keys' | 'outbox') => {
      const row = await db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('intake_id', 'in', due(db.db, cutoff).select('id'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    return {
      closedBefore: cutoff,
      intakes,
      notes: await children('intake_notes'),
      idempotencyKeys: await children('idempotency_keys'),
      notifications: await children('outbox'),
    };
  }
  const batchSize = options.batchSize ?? 500;
  const result: PurgeResult = {
    closedBefore: cutoff,
    intakes: [],
    notes: 0,
    idempotencyKeys: 0,
    notifications: 0,
  };
  for (;;) {
    const batch = await inWriteTransaction(db, (trx) =>
      removeBatch(trx, db.kind, cutoff, options, batchSize),
    );
    result.intakes.push(...batch.intakes);
    result.notes += batch.notes;
    result.idempotencyKeys += batch.idempotencyKeys;
    result.notifications += batch.notifications;
    if (batch.intakes.length < batchSize) break;
  }
  if (db.kind === 'sqlite' && result.intakes.length > 0) {
    // secure_delete zeroes what was removed in the pages; the WAL still holds the pages as they
    // were before, until a checkpoint copies them back and the log is truncated.
    const [checkpoint] = (
      await sql<{ busy: number }>`pragma wal_checkpoint(truncate)`.execute(db.db)
    ).rows;
    result.walCleared = checkpoint?.busy === 0;
  }
  return result;
}

/** How the daily job waits: real timers, unref'd, in the server; the tests call the runs themselves. */
export interface Scheduler {
  after: (ms: number, run: () => void) => () => void;
  every: (ms: number, run: () => void) => () => void;
}

export const timers: Scheduler = {
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
  every: (ms, run) => {
    const timer = setInterval(run, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

export interface RetentionJobOptions {
  db: Db;
  retentionDays: number;
  log: {
    info: (details: object, message: string) => void;
    warn: (details: object, message: string) => void;
  };
  now?: () => Date;
  scheduler?: Scheduler;
  /** The first run, shortly after start: a restart does not postpone it by a day. */
  firstRunAfterMs?: number;
  everyMs?: number;
  /** Told of each run's outcome (tests wait on it). */
  onRun?: (outcome: PurgeResult | Error) => void;
}

export const retentionJobActor = { id: null, email: 'system (retention)' } as const;

/** The server's daily run of retention; `stop` cancels it and waits for a run under way. */
export function startRetentionJob(options: RetentionJobOptions): { stop: () => Promise<void> } {
  const scheduler = options.scheduler ?? timers;
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = purgeClosedIntakes(options.db, {
      retentionDays: options.retentionDays,
      actor: retentionJobActor,
      now: (options.now ?? (() => new Date()))(),
    })
      .then(
        (result) => {
          // Counts only: references and ids are in the audit log, never in the logs.
          options.log.info(
            {
              intakes: result.intakes.length,
              notes: result.notes,
              idempotencyKeys: result.idempotencyKeys,
              notifications: result.notifications,
              closedBefore: result.closedBefore,
            },
            'retention: removed intakes closed longer than RETENTION_DAYS',
          );
          options.onRun?.(result);
        },
        (error: unknown) => {
          options.log.warn({ err: { name: (error as Error).name } }, 'retention run failed');
          options.onRun?.(error as Error);
        },
      )
      .finally(() => {
        running = undefined;
      });
  };
  const cancelFirst = scheduler.after(options.firstRunAfterMs ?? 60_000, run);
  const cancelDaily = scheduler.every(options.everyMs ?? dayMs, run);
  return {
    stop: async () => {
      cancelFirst();
      cancelDaily();
      await running;
    },
  };
}
