import { sql, type Kysely } from 'kysely';
import { isSqlite, takeTurns, type Database } from '../db/database';
import type { StaffUser } from './accounts';
import { auditRowHash, chainStart } from './audit-chain';

// The append-only audit trail: who did what, to which intakes, when and from where. Details name
// actions and statuses only, never answers or contact details. The database refuses UPDATE and
// DELETE on the table (triggers, see migrations.ts); each row's hash chains it to the one before,
// and `verifyAuditChain` finds the first link that does not hold.

export type AuditAction =
  | 'login'
  | 'loginFailed'
  | 'loginLocked'
  | 'loginThrottled'
  | 'logout'
  | 'setupAdmin'
  | 'listIntakes'
  | 'viewIntake'
  | 'changeStatus'
  | 'addNote'
  | 'exportCsv'
  | 'exportFhir'
  | 'viewAudit'
  | 'addStaff'
  | 'resetPassword'
  | 'disableStaff'
  | 'enrolMfa'
  | 'useRecoveryCode'
  | 'resetMfa'
  | 'viewDeliveries'
  | 'retryDelivery'
  | 'rotateKeys'
  | 'retireKey'
  | 'purgeIntakes';

/** An intake named by an entry: its id, and the reference a person reads. */
export interface AuditedIntake {
  id: string;
  reference: string;
}

export interface AuditEntry {
  actor: StaffUser | { id: null; email: string } | null;
  action: AuditAction;
  intakeId?: string;
  /** Every intake a list page, search or export showed. */
  intakes?: AuditedIntake[];
  detail?: string;
  ip: string;
  at?: Date;
}

/** One key for PostgreSQL's advisory lock: appends to the chain take turns. */
const chainLock = 0x1a0d17;

/**
 * Text exactly as the database will give it back: a lone UTF-16 surrogate (which no database can
 * store, and which either would turn into U+FFFD) is replaced here, before the hash is taken, so
 * that no input can make a row that no longer matches its own hash.
 */
const stored = (text: string) => text.replace(/\p{Cs}/gu, '\uFFFD');
const storedOrNull = (text: string | null) => (text === null ? null : stored(text));

async function append(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await takeTurns(db, chainLock);
  const last = await db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prev = last?.hash ?? chainStart;
  const row = {
    at: (entry.at ?? new Date()).toISOString(),
    actor_id: entry.actor?.id ?? null,
    actor_email: storedOrNull(entry.actor?.email ?? null),
    action: entry.action,
    intake_id: entry.intakeId ?? null,
    intakes: stored(JSON.stringify(entry.intakes ?? [])),
    detail: stored(entry.detail ?? ''),
    ip: stored(entry.ip),
  };
  await db
    .insertInto('audit_log')
    .values({ ...row, prev_hash: prev, hash: auditRowHash(prev, row) })
    .execute();
}

/**
 * Appends an entry inside a write transaction the caller opened on one connection itself (SQLite's
 * `begin immediate`, which Kysely's own transactions do not take): `audit` would begin another.
 */
export const auditInOpenTransaction = append;

/**
 * Appends an entry. Inside a caller's transaction it joins that transaction; otherwise it takes
 * the write lock first (SQLite `begin immediate`, a PostgreSQL advisory lock), so two writers,
 * in this process or another, never chain onto the same row. Inside a transaction, pass that
 * transaction: the outer `db` would wait for the connection (SQLite) or the lock (PostgreSQL)
 * the transaction itself holds.
 */
export async function audit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  if (db.isTransaction) return append(db, entry);
  if (!isSqlite(db)) return db.transaction().execute((trx) => append(trx, entry));
  await db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      await append(connection, entry);
      await sql`commit`.execute(connection);
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

export async function listAudit(
  db: Kysely<Database>,
  options: { limit: number; before?: number; intakeId?: string },
) {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(options.limit);
  if (options.before !== undefined) query = query.where('id', '<', options.before);
  const { intakeId } = options;
  if (intakeId !== undefined) {
    query = query.where((eb) =>
      eb.or([eb('intake_id', '=', intakeId), eb('intakes', 'like', `%"id":"${intakeId}"%`)]),
    );
  }
  const rows = await query.execute();
  // The intake a single-intake entry names, by its reference (the audit row keeps only the id).
  const single = [...new Set(rows.flatMap((r) => (r.intake_id ? [r.intake_id] : [])))];
  const references = new Map(
    single.length === 0
      ? []
      : (
          await db
            .selectFrom('intakes')
            .select(['id', 'reference'])
            .where('id', 'in', single)
            .execute()
        ).map((r) => [r.id, r.reference] as const),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    at: row.at,
    actorEmail: row.actor_email,
    action: row.action,
    intake:
      row.intake_id === null
        ? null
        : { id: row.intake_id, reference: references.get(row.intake_id) ?? null },
    intakes: JSON.parse(row.intakes) as AuditedIntake[],
    detail: row.detail,
    ip: row.ip,
  }));
}

export type ChainCheck =
  { ok: true; rows: number } | { ok: false; rows: number; firstBroken: number; reason: string };

/** Walks the whole log in order and reports the first row whose link does not hold. */
export async function verifyAuditChain(db: Kysely<Database>, pageSize = 1000): Promise<ChainCheck> {
  let prev = chainStart;
  let rows = 0;
  let after: number | undefined;
  for (;;) {
    let query = db.selectFrom('audit_log').selectAll().orderBy('id').limit(pageSize);
    if (after !== undefined) query = query.where('id', '>', after);
    const page = await query.execute();
    for (const row of page) {
      rows++;
      const id = Number(row.id);
      if (row.prev_hash !== prev)
        return { ok: false, rows, firstBroken: id, reason: 'it does not follow the row before it' };
      if (auditRowHash(prev, row) !== row.hash)
        return { ok: false, rows, firstBroken: id, reason: 'its content does not match its hash' };
      prev = row.hash;
      after = id;
    }
    if (page.length < pageSize) return { ok: true, rows };
  }
}
