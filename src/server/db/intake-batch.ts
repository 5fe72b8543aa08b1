import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type Compilable } from 'kysely';
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
  // each distinct statement is prepared once.
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const statements = new Map<string, SQLite.Statement>();
  const run = (query: Compilable) => {
    const { sql, parameters } = query.compile();
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    statement.run(...parameters);
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
    run(db.insertInto('intakes').values(prepared.intake));
    run(db.insertInto('idempotency_keys').values(prepared.key));
    if (prepared.tokens.length > 0)
      run(db.insertInto('intake_name_tokens').values(prepared.tokens));
    for (const row of prepared.outbox) run(db.insertInto('outbox').values(row));
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
