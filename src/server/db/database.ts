import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  sql,
  type DialectAdapter,
  type Generated,
} from 'kysely';
import pg from 'pg';

// One Database interface for both dialects. JSON is stored as text and times as ISO-8601 UTC
// strings, so the same queries, orderings and tests hold for SQLite and PostgreSQL alike.

export interface IntakeTable {
  id: string;
  reference: string;
  created_at: string;
  verdict: string;
  /**
   * Staff sort by it: 0 a self-harm "yes" (whatever the verdict), 1 urgent, 2 good candidate,
   * 3 possible candidate, 4 conservative first.
   */
  priority: number;
  /** 1 for a self-harm "yes": the intake cannot be closed until an outreach note exists. */
  needs_outreach: number;
  status: string;
  /**
   * When the status last became 'closed' (ISO-8601 UTC), null while open: set and cleared by a
   * trigger (migrations.ts), read by retention.
   */
  closed_at: string | null;
  locale: string;
  ruleset_version: string;
  /** The id of the key-encryption key that wraps `data_key` (crypto/keyring.ts). */
  key_id: string;
  /** The intake's own AES-256-GCM key, wrapped (crypto/vault.ts). */
  data_key: string;
  /** The contact details, answers and assessment, sealed with the data key. */
  sealed: string;
}

/** The blind index of the patients' names: one row for each word of an intake's name. */
export interface IntakeNameTokenTable {
  /** HMAC of the word, lower-cased and without accents, under the name index's key. */
  token: string;
  intake_id: string;
}

/** Keys of the database's own, stored wrapped like the intakes' data keys: the name index's key. */
export interface DataKeyTable {
  purpose: string;
  key_id: string;
  data_key: string;
}

export interface IdempotencyTable {
  key: string;
  request_hash: string;
  intake_id: string;
  response: string;
  created_at: string;
}

export interface StaffUserTable {
  id: string;
  /** Stored lower-case. */
  email: string;
  role: 'admin' | 'staff';
  password_hash: string;
  /** 1 when disabled: the account can no longer sign in. */
  disabled: number;
  created_at: string;
  /**
   * The TOTP secret (base32), set at enrolment and kept while the second factor is on; null when
   * the account has none. Stored as it is for now, in a column of its own so that field
   * encryption (issue 17) can wrap it without touching anything else.
   */
  mfa_secret: string | null;
  /** 1 once an enrolment was confirmed with a code: signing in then asks for one. */
  mfa_enabled: Generated<number>;
  /**
   * The last TOTP time step (Unix time / 30 s) accepted for this account: a code is accepted only
   * for a later step, set by one conditional UPDATE, so no code works twice.
   */
  mfa_last_step: number | null;
}

/** One-time recovery codes: the SHA-256 of each (with the account's id), never the code. */
export interface StaffRecoveryCodeTable {
  user_id: string;
  code_hash: string;
  created_at: string;
  /** When it was spent; each works once. */
  used_at: string | null;
}

/**
 * The step between a right password and the code of an account with a second factor: it grants
 * nothing but `POST /api/staff/login/mfa`, for 5 minutes, once. Only the token's SHA-256 is stored.
 */
export interface StaffMfaChallengeTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  ip: string;
}

/**
 * Sign-in attempts counted in the database, so a lockout holds under concurrency and across
 * instances: one row per account (by email hash, known or not) and one per client address.
 */
export interface LoginThrottleTable {
  /** `account:<sha256 of the email>` or `address:<ip>`. */
  bucket: string;
  /** Attempts in the window that have not (yet) succeeded: counted before the password is checked. */
  hits: number;
  window_start: string;
  locked_until: string | null;
}

export interface StaffSessionTable {
  /** SHA-256 of the 256-bit token; the token itself lives only in the cookie. */
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  ip: string;
}

export interface SetupTokenTable {
  token_hash: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditTable {
  /** bigserial on PostgreSQL, which pg returns as a string. */
  id: Generated<number | string>;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  intake_id: string | null;
  /** JSON `[{ id, reference }]`: every intake a list page, search or export showed. */
  intakes: string;
  /** What changed, in words that carry no health data or contact detail. */
  detail: string;
  ip: string;
  /** The previous row's `hash` (or the chain's start): a row removed or altered breaks the chain. */
  prev_hash: string;
  hash: string;
}

export interface IntakeNoteTable {
  id: string;
  intake_id: string;
  author_id: string;
  author_email: string;
  /** The note, sealed with its intake's data key. */
  sealed: string;
  created_at: string;
  /** 1 when the note records the same-day call a self-harm "yes" asks for. */
  outreach: number;
}

/**
 * A notification on its way (notify/outbox.ts): written in the same transaction as its event,
 * sent by the dispatcher. The id is also the message's `webhook-id`, the same on every retry.
 */
export interface OutboxTable {
  id: string;
  channel: 'email' | 'webhook';
  event: 'intake.created' | 'intake.status_changed';
  intake_id: string;
  /** JSON of the event's data: id, reference, verdict, status, createdAt, sameDayCall; nothing else. */
  payload: string;
  created_at: string;
  /** Attempts started so far, counted when a dispatcher claims the message. */
  attempts: Generated<number>;
  next_attempt_at: string;
  /** The lease of the dispatcher sending it: another may claim it once this time has passed. */
  locked_until: string | null;
  lock_token: string | null;
  last_error: string | null;
  delivered_at: string | null;
  /** Given up on, 24 hours after it was written. */
  failed_at: string | null;
}

export interface Database {
  intake_notes: IntakeNoteTable;
  intakes: IntakeTable;
  intake_name_tokens: IntakeNameTokenTable;
  data_keys: DataKeyTable;
  idempotency_keys: IdempotencyTable;
  staff_users: StaffUserTable;
  staff_sessions: StaffSessionTable;
  setup_tokens: SetupTokenTable;
  audit_log: AuditTable;
  login_throttle: LoginThrottleTable;
  outbox: OutboxTable;
  staff_recovery_codes: StaffRecoveryCodeTable;
  staff_mfa_challenges: StaffMfaChallengeTable;
}

export type DbKind = 'sqlite' | 'postgres';

export type DbConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; poolSize?: number; searchPath?: string };

export interface Db {
  kind: DbKind;
  db: Kysely<Database>;
  /** PostgreSQL's schema for the tables and the migration records; undefined on SQLite. */
  schema?: string;
  /** The SQLite file, for the intake writer's own connection; undefined on PostgreSQL. */
  file?: string;
  close: () => Promise<void>;
}

/**
 * Patient data is for the server alone: its folder 0700 and the database 0600, created so before
 * SQLite opens it (SQLite gives the -wal and -shm files the database file's mode) and tightened if
 * an earlier release left them wider.
 */
export function restrictFiles(file: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    chmodSync(dir, 0o700);
  } catch {
    // A folder the server may write but does not own (a volume mounted for a group): the files
    // below are still its own, 0600; say what could not be done rather than refuse to start.
    console.warn(`Could not make ${dir} private (mode 0700): it belongs to another user.`);
  }
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`])
    if (existsSync(path)) chmodSync(path, 0o600);
}

/** True on SQLite: the few places that differ by dialect ask this. */
export const isSqlite = (db: { getExecutor(): { readonly adapter: DialectAdapter } }) =>
  db.getExecutor().adapter instanceof SqliteAdapter;

/**
 * Inside a transaction, makes every other transaction that takes turns on `key` wait until this
 * one ends: a PostgreSQL advisory lock. SQLite needs none: it has one writer at a time.
 */
export async function takeTurns(trx: Kysely<Database>, key: number): Promise<void> {
  if (!isSqlite(trx)) await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
}

/**
 * SQLite runs DDL inside transactions as well as PostgreSQL does; Kysely assumes it cannot, and
 * would run each migration statement by statement. Saying so makes a migration and its record
 * one transaction: a start killed halfway through an upgrade leaves the database as it was.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class SqliteDialectWithMigrationsInTransactions extends SqliteDialect {
  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
}

export function createDb(config: DbConfig): Db {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      ...(config.searchPath !== undefined && { options: `-c search_path=${config.searchPath}` }),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      kind: 'postgres',
      db,
      schema: config.searchPath ?? 'public',
      close: () => db.destroy(),
    };
  }
  if (config.file !== ':memory:') restrictFiles(config.file);
  const sqlite = new SQLite(config.file);
  // WAL with full sync: an intake is on disk before it is acknowledged.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // What is deleted or overwritten is zeroed in the file, not left in free pages.
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Database>({
    dialect: new SqliteDialectWithMigrationsInTransactions({ database: sqlite }),
  });
  return { kind: 'sqlite', db, file: config.file, close: () => db.destroy() };
}
