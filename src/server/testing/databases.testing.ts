import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDb, type Db, type DbKind } from '../db/database';
import { migrateToLatest } from '../db/migrations';

/** The dialects the storage tests run on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const dialects: DbKind[] = process.env.TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export interface TestDatabase {
  db: Db;
  drop: () => Promise<void>;
}

/** A fresh, migrated database: a SQLite file in a temporary folder, or a PostgreSQL schema of its own. */
export async function freshDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const db = createDb({ kind: 'postgres', url, searchPath: schema, poolSize: 25 });
    const drop = async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema if exists ${schema} cascade`);
      await cleanup.end();
    };
    try {
      await migrateToLatest(db.db, db.schema);
    } catch (error) {
      await drop();
      throw error;
    }
    return { db, drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ipm-db-'));
  const db = createDb({ kind: 'sqlite', file: join(dir, 'intake.db') });
  await migrateToLatest(db.db);
  return {
    db,
    drop: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
