import { sql, type Kysely } from 'kysely';
import { openVault, sealNote } from '../crypto/vault';
import type { Keyring } from '../crypto/keyring';
import { isSqlite, type Database } from './database';

// The intakes and notes an earlier release stored in clear, sealed where they are: at start, after
// migration 2026_11_30_0008 added the sealed columns and before 2026_11_30_0009 drops the columns
// in clear. A batch is one transaction, so a start killed halfway goes on where it stopped. Typed
// loosely: these columns are not in today's Database interface.

/* eslint-disable @typescript-eslint/no-explicit-any */

const batchSize = 200;

interface ClearIntake {
  id: string;
  first_name: string;
  last_name: string;
  answers: string;
  contact: string;
  assessment: string;
}

/** Seals every intake still in clear, with its notes; the number sealed. */
export async function sealInPlace(
  db: Kysely<any>,
  options: { keyring?: Keyring; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  const waiting = await db
    .selectFrom('intakes')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('sealed', 'is', null)
    .executeTakeFirstOrThrow();
  const total = Number(waiting.n);
  if (total === 0) return 0;
  if (!options.keyring)
    throw new Error(
      `${total} intakes stored by an earlier release are to be encrypted: the data key is needed (DATA_KEY or DATA_KEY_FILE).`,
    );
  const vault = await openVault(db as Kysely<Database>, options.keyring);
  let done = 0;
  options.onProgress?.(done, total);
  for (;;) {
    const rows = (await db
      .selectFrom('intakes')
      .select(['id', 'first_name', 'last_name', 'answers', 'contact', 'assessment'])
      .where('sealed', 'is', null)
      .orderBy('id')
      .limit(batchSize)
      .execute()) as ClearIntake[];
    if (rows.length === 0) break;
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        const sealed = vault.sealIntake(row.id, row);
        const updated = await trx
          .updateTable('intakes')
          .set({
            key_id: sealed.key_id,
            data_key: sealed.data_key,
            sealed: sealed.sealed,
            first_name: '',
            last_name: '',
            answers: '',
            contact: '',
            assessment: '',
          })
          .where('id', '=', row.id)
          .where('sealed', 'is', null)
          .executeTakeFirst();
        // Another server starting at the same moment sealed it first: its key, its notes.
        if (Number(updated.numUpdatedRows) === 0) continue;
        const tokens = vault.nameTokens(row.first_name, row.last_name);
        if (tokens.length > 0)
          await trx
            .insertInto('intake_name_tokens')
            .values(tokens.map((token) => ({ token, intake_id: row.id })))
            .onConflict((oc) => oc.doNothing())
            .execute();
        const notes = (await trx
          .selectFrom('intake_notes')
          .select(['id', 'intake_id', 'body'])
          .where('intake_id', '=', row.id)
          .where('sealed', 'is', null)
          .execute()) as { id: string; intake_id: string; body: string }[];
        for (const note of notes)
          await trx
            .updateTable('intake_notes')
            .set({ sealed: sealNote(sealed.dataKey, note, note.body), body: '' })
            .where('id', '=', note.id)
            .execute();
      }
    });
    done += rows.length;
    options.onProgress?.(Math.min(done, total), total);
  }
  return done;
}

/**
 * After the columns in clear are dropped: the file rewritten without the pages that held them,
 * and SQLite's write-ahead log emptied (its old frames held them too).
 */
export async function scrub(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) {
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
    await sql`vacuum`.execute(db);
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  } else {
    await sql`vacuum full intakes, intake_notes`.execute(db);
  }
}
