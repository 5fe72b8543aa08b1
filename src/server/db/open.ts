import { existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { createKeyFileIfMissing, KeyError, Keyring, type KeySource } from '../crypto/keyring';
import { openVault, type VaultedDb } from '../crypto/vault';
import { createDb, type Database, type DbConfig } from './database';
import { migrateToLatest } from './migrations';

// The one way the server and the commands open the database: the data keys found (or, on a first
// start, made), the schema migrated (intakes of an earlier release sealed in place), and the vault
// checked against what the database holds, so a wrong or missing key stops the start with words
// rather than failing at the first patient.

/** Where the keys come from; `createIfMissing` for the default key file beside the data. */
export type DataKeySource =
  { kind: 'env'; value: string } | { kind: 'file'; path: string; createIfMissing?: boolean };

export interface OpenOptions {
  /** Told how the sealing of an earlier release's intakes goes. */
  onProgress?: (done: number, total: number) => void;
  /** Told once when a new key file was made: the server says loudly to back it up. */
  onKeyCreated?: (path: string) => void;
}

/** Whether the database already holds data sealed with some key (its name index's key). */
async function holdsSealedData(db: Kysely<Database>): Promise<boolean> {
  try {
    return (await db.selectFrom('data_keys').select('purpose').executeTakeFirst()) !== undefined;
  } catch {
    return false; // No such table yet: a database of an earlier release, or a new one.
  }
}

export async function loadKeyring(
  source: DataKeySource,
  db: Kysely<Database>,
  onKeyCreated?: (path: string) => void,
): Promise<Keyring> {
  if (source.kind === 'env') return new Keyring(source);
  const { path } = source;
  if (!existsSync(path)) {
    if (await holdsSealedData(db))
      throw new KeyError(
        `The key file ${path} is missing, and the database holds encrypted intakes: put the key file back from its backup (or give the key in DATA_KEY). A new key would not open them.`,
      );
    if (!source.createIfMissing)
      throw new KeyError(
        `The key file ${path} (DATA_KEY_FILE) does not exist. Make one with: npm run keys -- new > ${path} && chmod 600 ${path}`,
      );
    if (createKeyFileIfMissing(path)) onKeyCreated?.(path);
  }
  return new Keyring({ kind: 'file', path } satisfies KeySource);
}

/** Every key id the database still uses, each with how many rows use it. */
export async function keysInUse(db: Kysely<Database>): Promise<Map<string, number>> {
  const used = new Map<string, number>();
  const intakes = await db
    .selectFrom('intakes')
    .select(['key_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('key_id')
    .execute();
  const own = await db.selectFrom('data_keys').select('key_id').execute();
  for (const { key_id, n } of intakes) used.set(key_id, Number(n));
  for (const { key_id } of own) used.set(key_id, (used.get(key_id) ?? 0) + 1);
  return used;
}

export async function openDatabase(
  config: DbConfig,
  source: DataKeySource,
  options: OpenOptions = {},
): Promise<VaultedDb> {
  const db = createDb(config);
  try {
    const keyring = await loadKeyring(source, db.db, options.onKeyCreated);
    await migrateToLatest(db.db, db.schema, {
      keyring,
      ...(options.onProgress && { onProgress: options.onProgress }),
    });
    const vault = await openVault(db.db, keyring);
    const unknown = [...(await keysInUse(db.db)).keys()].filter(
      (id) => !keyring.keys.some((k) => k.id === id),
    );
    if (unknown.length > 0)
      throw new KeyError(
        `The database holds intakes wrapped with key ${unknown.join(', ')}, which ${source.kind === 'env' ? 'DATA_KEY' : `the key file ${source.path}`} does not have: give every key still in use (the current one first).`,
      );
    return Object.assign(db, { vault });
  } catch (error) {
    await db.close();
    throw error;
  }
}
