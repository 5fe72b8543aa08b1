import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Generated } from 'kysely';
import pg from 'pg';

// One Database interface for both dialects. JSON is stored as text and times as ISO-8601 UTC
// strings, so the same queries, orderings and tests hold for SQLite and PostgreSQL alike.

export interface IntakeTable {
  id: string;
  reference: string;
  created_at: string;
  verdict: string;
  /** 0 urgent, 1 good candidate, 2 possible candidate, 3 conservative first: staff sort by it. */
  priority: number;
  status: string;
  locale: string;
  ruleset_version: string;
  first_name: string;
  last_name: string;
  answers: string;
  contact: string;
  assessment: string;
}

export interface IdempotencyTable {
  key: string;
  request_hash: string;
  intake_id: string;
  response: string;
  created_at: string;
}

export interface Database {
  intakes: IntakeTable;
  idempotency_keys: IdempotencyTable;
}

export type DbKind = 'sqlite' | 'postgres';

export type DbConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; poolSize?: number; searchPath?: string };

export interface Db {
  kind: DbKind;
  db: Kysely<Database>;
  close: () => Promise<void>;
}

export function createDb(config: DbConfig): Db {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      ...(config.searchPath !== undefined && { options: `-c search_path=${config.searchPath}` }),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgres', db, close: () => db.destroy() };
  }
  if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
  const sqlite = new SQLite(config.file);
  // WAL with full sync: an intake is on disk before it is acknowledged.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kind: 'sqlite', db, close: () => db.destroy() };
}

export type { Generated };
