import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDb, type Db, type DbConfig, type DbKind } from '../db/database';
import { listIntakes } from '../db/intakes';
import { openDatabase, type DataKeySource } from '../db/open';
import { newKeyText } from '../crypto/keyring';
import type { VaultedDb } from '../crypto/vault';

/** The dialects the storage tests run on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const dialects: DbKind[] = process.env.TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export interface TestDatabase {
  db: VaultedDb;
  /** Where its keys came from: a key of its own, in DATA_KEY's spelling. */
  dataKey: DataKeySource & { kind: 'env' };
  /** Its connection settings, to open it again (as another process would). */
  config: DbConfig;
  drop: () => Promise<void>;
}

/** A PostgreSQL schema of its own, named `<prefix>_<random>`, and the way to drop it. */
async function newSchema(url: string, prefix: string) {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create schema ${schema}`);
  return { schema, dropSchema: () => run(`drop schema if exists ${schema} cascade`) };
}

/** A new random key, as DATA_KEY holds it. */
export const testDataKey = (): DataKeySource & { kind: 'env' } => ({
  kind: 'env',
  value: newKeyText(),
});

/** A fresh, migrated database: a SQLite file in a temporary folder, or a PostgreSQL schema of its own. */
export async function freshDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const { schema, dropSchema } = await newSchema(url, 'test');
    const config: DbConfig = { kind: 'postgres', url, searchPath: schema, poolSize: 25 };
    const dataKey = testDataKey();
    let db: VaultedDb;
    try {
      db = await openDatabase(config, dataKey);
    } catch (error) {
      await dropSchema();
      throw error;
    }
    return {
      db,
      dataKey,
      config,
      drop: async () => {
        await db.close();
        await dropSchema();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ipm-db-'));
  const config: DbConfig = { kind: 'sqlite', file: join(dir, 'intake.db') };
  const dataKey = testDataKey();
  const db = await openDatabase(config, dataKey);
  return {
    db,
    dataKey,
    config,
    drop: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The one intake whose name has this word, found as staff find it (the blind index). */
export async function intakeIdByName(db: VaultedDb, name: string): Promise<string> {
  const found = await listIntakes(db.db, db.vault, { q: name });
  if (found.length !== 1 || !found[0])
    throw new Error(`${found.length} intakes are named "${name}"`);
  return found[0].id;
}

/** An empty database, not migrated: for the tests of an upgrade from an earlier release. */
export async function emptyDatabase(kind: DbKind): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL ?? '';
    const { schema, dropSchema } = await newSchema(url, 'upgrade');
    const db = createDb({ kind: 'postgres', url, searchPath: schema });
    return {
      db,
      drop: async () => {
        await db.close();
        await dropSchema();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ipm-upgrade-'));
  const db = createDb({ kind: 'sqlite', file: join(dir, 'intake.db') });
  return {
    db,
    drop: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
