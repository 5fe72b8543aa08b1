import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { keysInUse } from '../db/open';
import type { Keyring } from './keyring';
import { seal, unwrapKey } from './vault';

// Key rotation rewraps data keys, never data: each intake's data key is unwrapped with the key
// that wraps it now and wrapped again with the current key, in batches, each row changed only if
// no one changed it meanwhile. It runs while the servers run, and running it again after an
// interruption goes on with what is left.

const batchSize = 500;

/** Rewraps every data key not yet under the current key; the number rewrapped. */
export async function rewrapAll(
  db: Kysely<Database>,
  keyring: Keyring,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const current = keyring.current;
  const total = [...(await keysInUse(db)).entries()]
    .filter(([id]) => id !== current.id)
    .reduce((sum, [, n]) => sum + n, 0);
  let done = 0;
  if (total > 0) onProgress?.(0, total);
  // The database's own keys (the name index's).
  for (const row of await db
    .selectFrom('data_keys')
    .selectAll()
    .where('key_id', '!=', current.id)
    .execute()) {
    const key = unwrapKey(keyring, row, row.purpose);
    await db
      .updateTable('data_keys')
      .set({ key_id: current.id, data_key: seal(current.key, key, `data-key:${row.purpose}`) })
      .where('purpose', '=', row.purpose)
      .where('key_id', '=', row.key_id)
      .execute();
    done++;
  }
  // In id order from where the last batch ended: one pass over the table, by its primary key.
  for (let after = ''; ;) {
    const rows = await db
      .selectFrom('intakes')
      .select(['id', 'key_id', 'data_key'])
      .where('id', '>', after)
      .where('key_id', '!=', current.id)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) break;
    after = rows.at(-1)?.id ?? after;
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        const aad = `intake:${row.id}`;
        const key = unwrapKey(keyring, row, aad);
        await trx
          .updateTable('intakes')
          .set({ key_id: current.id, data_key: seal(current.key, key, `data-key:${aad}`) })
          .where('id', '=', row.id)
          .where('key_id', '=', row.key_id)
          .execute();
      }
    });
    done += rows.length;
    onProgress?.(Math.min(done, Math.max(total, done)), Math.max(total, done));
  }
  return done;
}

/** Why a key may not be retired, or undefined when it may. */
export async function retireRefusal(
  db: Kysely<Database>,
  keyring: Keyring,
  id: string,
): Promise<string | undefined> {
  if (!keyring.keys.some((k) => k.id === id))
    return `There is no key ${id}: the keys are ${keyring.keys.map((k) => k.id).join(', ')}.`;
  if (keyring.current.id === id)
    return `Key ${id} is the current key: rotate first (npm run keys -- rotate), then retire it.`;
  const used = (await keysInUse(db)).get(id) ?? 0;
  if (used > 0)
    return `Key ${id} still wraps ${used} data key(s): finish the rotation first (npm run keys -- rotate).`;
  return undefined;
}
