import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type Insertable } from 'kysely';
import type { Database } from './database';
import { replayOf, type PreparedIntake, type StoreOutcome } from './intakes';

// One transaction for many intakes on SQLite, each in its own savepoint: the intake writer's
// worker thread runs it (see intake-writer.ts). The intakes arrive prepared and sealed
// (prepareIntake): this thread never holds a patient's data in clear, nor a key.

export type BatchResult =
  { ok: true; outcome: StoreOutcome } | { ok: false; error: { message: string; code?: string } };

export function openBatchWriter(file: string) {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  // Kysely only writes the SQL here, so the statements are the same queries as storeIntake's;
  // each is compiled and prepared once for its table and columns, then run with each row's values
  // in that column order (compiling for every row cost more than the insert itself).
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const statements = new Map<string, { statement: SQLite.Statement; columns: string[] }>();
  const insert = <T extends keyof Database>(table: T, row: Insertable<Database[T]>) => {
    const columns = Object.keys(row);
    const key = `${table} ${columns.join(',')}`;
    let prepared = statements.get(key);
    if (!prepared) {
      const { sql } = db.insertInto(table).values(row).compile();
      prepared = { statement: sqlite.prepare(sql), columns };
      statements.set(key, prepared);
    }
    prepared.statement.run(prepared.columns.map((c) => (row as Record<string, unknown>)[c]));
  };
  const findKey = sqlite.prepare<[string], { request_hash: string; response: string }>(
    db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'response'])
      .where('key', '=', '')
      .compile().sql,
  );

  const storeOne = sqlite.transaction((prepared: PreparedIntake): StoreOutcome => {
    const earlier = findKey.get(prepared.idempotencyKey);
    if (earlier) return replayOf(earlier, prepared.requestHash);
    insert('intakes', prepared.intake);
    insert('idempotency_keys', prepared.key);
    for (const token of prepared.tokens) insert('intake_name_tokens', token);
    for (const row of prepared.outbox) insert('outbox', row);
    return { kind: 'created', receipt: prepared.receipt };
  });
  // Inside the batch's transaction, better-sqlite3 runs storeOne as a savepoint: an intake that
  // fails leaves the others in.
  const storeBatch = sqlite.transaction((batch: PreparedIntake[]): BatchResult[] =>
    batch.map((intake) => {
      try {
        return { ok: true, outcome: storeOne(intake) };
      } catch (error) {
        const { message, code } = error as { message: string; code?: string };
        return { ok: false, error: { message, ...(code !== undefined && { code }) } };
      }
    }),
  );
  // BEGIN IMMEDIATE: the batch reads (the idempotency keys) before it writes, and a deferred
  // transaction whose snapshot another connection's write made stale (the notification
  // dispatcher's) cannot become a writer: SQLite fails it at once, without waiting.
  return {
    storeBatch: (batch: PreparedIntake[]) => storeBatch.immediate(batch),
    close: () => sqlite.close(),
  };
}
