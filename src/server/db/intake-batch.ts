import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { rulesetVersion } from '../../rules';
import type { Database } from './database';
import { intakeRows, replayOf, type NewIntake, type StoreOutcome } from './intakes';
import { newIntakeOutboxRows, outboxRows, type Channel } from '../notify/outbox';

// One transaction for many intakes on SQLite, each in its own savepoint: the intake writer's
// worker thread runs it (see intake-writer.ts).

export type BatchResult =
  { ok: true; outcome: StoreOutcome } | { ok: false; error: { message: string; code?: string } };

export function openBatchWriter(file: string, channels: readonly Channel[] = []) {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // As createDb's connection: pages this one rewrites keep no freed content.
  sqlite.pragma('secure_delete = ON');
  // Kysely only writes the SQL here, so the statements are the same queries as storeIntake's.
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  // Only the rows' column names matter here: the values are placeholders.
  const sample = intakeRows({
    id: '',
    reference: '',
    idempotencyKey: '',
    requestHash: '',
    now: new Date(0),
    request: {
      answers: {},
      contact: { firstName: '', lastName: '' },
      locale: 'en',
    } as NewIntake['request'],
    assessment: {
      rulesetVersion,
      verdict: 'goodCandidate',
      verdictBecause: ['strongMatch'],
      redFlags: [],
      procedures: [],
      cautions: [],
      expectations: [],
      moodScreen: { phq2: 0, gad2: 0, positive: false, selfHarmThoughts: false },
    },
  });
  const compile = <T extends object>(query: { compile: () => { sql: string } }, row: T) => ({
    statement: sqlite.prepare(query.compile().sql),
    columns: Object.keys(row) as (keyof T)[],
  });
  const insertIntake = compile(db.insertInto('intakes').values(sample.intake), sample.intake);
  const insertKey = compile(db.insertInto('idempotency_keys').values(sample.key), sample.key);
  const [sampleOutbox] = outboxRows(
    'intake.created',
    { id: '', reference: '', verdict: '', status: '', createdAt: '', sameDayCall: false },
    ['webhook'],
    new Date(0),
  );
  if (!sampleOutbox) throw new Error('no outbox row');
  const insertOutbox = compile(db.insertInto('outbox').values(sampleOutbox), sampleOutbox);
  const findKey = sqlite.prepare<[string], { request_hash: string; response: string }>(
    db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'response'])
      .where('key', '=', '')
      .compile().sql,
  );

  const storeOne = sqlite.transaction((intake: NewIntake): StoreOutcome => {
    const earlier = findKey.get(intake.idempotencyKey);
    if (earlier) return replayOf(earlier, intake.requestHash);
    const rows = intakeRows(intake);
    insertIntake.statement.run(insertIntake.columns.map((c) => rows.intake[c]));
    insertKey.statement.run(insertKey.columns.map((c) => rows.key[c]));
    for (const row of newIntakeOutboxRows(intake, channels))
      insertOutbox.statement.run(insertOutbox.columns.map((c) => row[c]));
    return { kind: 'created', receipt: rows.receipt };
  });
  // Inside the batch's transaction, better-sqlite3 runs storeOne as a savepoint: an intake that
  // fails leaves the others in.
  const storeBatch = sqlite.transaction((batch: NewIntake[]): BatchResult[] =>
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
    storeBatch: (batch: NewIntake[]) => storeBatch.immediate(batch),
    close: () => sqlite.close(),
  };
}
