import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { clinicConfigSchema } from '../config';
import { freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { validRequest } from '../testing/requests.testing';
import { postIntake } from '../testing/staff.testing';
import { BackupError, backupSqlite, checkBackup, restoreSqlite } from './backup';
import { createDb } from './database';
import { migrateToLatest } from './migrations';

// Backups of a SQLite file while another connection writes to it, and their restoration.

const root = new URL('../../..', import.meta.url).pathname;
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipm-backup-'));
  folders.push(dir);
  return dir;
};
let database: TestDatabase;
let file: string;
/** The columns of intakes, to copy a stored intake under new ids. */
let clone: (count: number, connection: SQLite.Database) => string[];

beforeAll(async () => {
  database = await freshDatabase('sqlite');
  file = database.db.file ?? '';
  const app = await buildApp({ db: database.db, clinic: clinicConfigSchema.parse({}) });
  expect((await postIntake(app, validRequest())).statusCode).toBe(201);
  await app.close();
  // Thousands of intakes, quickly: copies of the one the app stored, each under its own id.
  clone = (count, connection) => {
    const columns = (connection.pragma('table_info(intakes)') as { name: string }[])
      .map((c) => c.name)
      .filter((name) => name !== 'id' && name !== 'reference');
    const insert = connection.prepare(
      `insert into intakes (id, reference, ${columns.join(', ')})
       select ?, ?, ${columns.join(', ')} from intakes limit 1`,
    );
    const ids = Array.from({ length: count }, () => randomUUID());
    connection.transaction(() => {
      for (const id of ids) insert.run(id, id.slice(0, 12));
    })();
    return ids;
  };
  const writer = new SQLite(file);
  clone(3000, writer);
  writer.close();
});
afterAll(async () => {
  await database.drop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('backupSqlite', () => {
  it('copies one moment of the database while another connection keeps writing, into a private file', async () => {
    const writer = new SQLite(file);
    writer.pragma('busy_timeout = 5000');
    const count = () =>
      (writer.prepare('select count(*) as n from intakes').get() as { n: number }).n;
    const before = count();
    const during: string[] = [];
    let steps = 0;
    const destination = join(folder(), 'intake-backup.db');
    const summary = await backupSqlite(file, destination, {
      // A few pages at a time, and a commit by the other connection between every two steps:
      // without the snapshot the copy would start over at each, or mix two moments.
      pagesPerStep: 8,
      onProgress: () => {
        steps++;
        during.push(...clone(1, writer));
      },
    });
    writer.close();
    expect(steps).toBeGreaterThan(20);
    expect(summary).toMatchObject({ file: destination, intakes: before });

    const copy = new SQLite(destination, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect((copy.prepare('select count(*) as n from intakes').get() as { n: number }).n).toBe(
      before,
    );
    const inCopy = copy.prepare('select 1 from intakes where id = ?');
    expect(during.filter((id) => inCopy.get(id) !== undefined)).toEqual([]);
    copy.close();
    expect(statSync(destination).mode & 0o777).toBe(0o600);
    // One self-contained file, and nothing left beside it.
    expect(existsSync(`${destination}-wal`)).toBe(false);
    expect(existsSync(destination) && readFileSync(destination).subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    );
  });

  it('never replaces an existing file unless told to', async () => {
    const destination = join(folder(), 'taken.db');
    writeFileSync(destination, 'precious');
    await expect(backupSqlite(file, destination)).rejects.toThrow(
      /taken\.db already exists: name another file, or add --force/,
    );
    expect(readFileSync(destination, 'utf8')).toBe('precious');
    const summary = await backupSqlite(file, destination, { force: true });
    expect(checkBackup(destination).intakes).toBe(summary.intakes);
  });

  it('says so when there is no database to back up', async () => {
    await expect(backupSqlite(join(folder(), 'intake.db'), join(folder(), 'b.db'))).rejects.toThrow(
      /There is no database at .*intake\.db: is DATA_DIR the server's\?/,
    );
  });
});

describe('restoreSqlite', () => {
  let backup: string;
  beforeAll(async () => {
    backup = join(folder(), 'backup.db');
    await backupSqlite(file, backup);
  });

  it('restores into an empty DATA_DIR: folder 0700, file 0600, ready for the server', async () => {
    const dataDir = join(folder(), 'data');
    const target = join(dataDir, 'intake.db');
    const { intakes } = await restoreSqlite(backup, target);
    expect(intakes).toBe(checkBackup(backup).intakes);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const restored = createDb({ kind: 'sqlite', file: target });
    try {
      await migrateToLatest(restored.db);
      const row = await restored.db
        .selectFrom('intakes')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(row.n)).toBe(intakes);
    } finally {
      await restored.close();
    }
  });

  it('refuses a DATA_DIR that already holds a database, and changes nothing', async () => {
    const dataDir = folder();
    writeFileSync(join(dataDir, 'intake.db'), 'the clinic’s live data');
    await expect(restoreSqlite(backup, join(dataDir, 'intake.db'))).rejects.toThrow(
      /already holds a database \(intake\.db\): a backup is restored only into an empty DATA_DIR/,
    );
    expect(readFileSync(join(dataDir, 'intake.db'), 'utf8')).toBe('the clinic’s live data');
  });

  it('refuses a file that is not a backup of this app before copying anything', async () => {
    const dataDir = join(folder(), 'data');
    const target = join(dataDir, 'intake.db');
    const text = join(folder(), 'notes.txt');
    writeFileSync(text, 'not a database at all, just some words');
    await expect(restoreSqlite(text, target)).rejects.toThrow(
      /notes\.txt is not a SQLite database/,
    );
    const other = join(folder(), 'other.db');
    const db = new SQLite(other);
    db.exec('create table photos (id integer primary key)');
    db.close();
    await expect(restoreSqlite(other, target)).rejects.toThrow(
      /other\.db is a SQLite database, but not one of this app/,
    );
    await expect(restoreSqlite(join(folder(), 'missing.db'), target)).rejects.toThrow(BackupError);
    expect(existsSync(target)).toBe(false);
  });
});

describe('npm run backup with DATABASE_URL', () => {
  it('says to use pg_dump, with the command', async () => {
    const out = await new Promise<{ code: number; text: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/server/backup-cli.ts', 'backup', join(folder(), 'x.db')],
        { cwd: root, env: { ...process.env, DATABASE_URL: 'postgres://u@127.0.0.1:1/none' } },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, text: `${stdout}${stderr}` }),
      );
    });
    expect(out.code).toBe(2);
    expect(out.text).toContain('pg_dump --format=custom --file=intake.dump "$DATABASE_URL"');
    expect(out.text).not.toContain('postgres://u@');
  }, 60_000);
});
