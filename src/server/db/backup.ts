import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import SQLite from 'better-sqlite3';
import { restrictFiles } from './database';

// Backups of the SQLite database while the server runs and writes, and their restoration into an
// empty DATA_DIR (`npm run backup`, `npm run restore`: backup-cli.ts). PostgreSQL has pg_dump.

/** What the administrator is told, as it is: no stack trace. */
export class BackupError extends Error {}

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

export interface BackupOptions {
  /** Replace `destination` if it exists. */
  force?: boolean;
  onProgress?: (progress: BackupProgress) => void;
  /** Pages copied per step (each step lets the event loop run). */
  pagesPerStep?: number;
}

export interface BackupSummary {
  file: string;
  intakes: number;
  bytes: number;
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/** The intakes a database of this app holds; a BackupError if it is not one. */
function intakesIn(sqlite: SQLite.Database, file: string): number {
  const tables = new Set(
    sqlite
      .prepare<[], { name: string }>("select name from sqlite_master where type = 'table'")
      .all()
      .map((row) => row.name),
  );
  if (!tables.has('kysely_migration') || !tables.has('intakes'))
    throw new BackupError(
      `${file} is a SQLite database, but not one of this app: it has no ${tables.has('intakes') ? 'migration' : 'intakes'} table.`,
    );
  return sqlite.prepare<[], { n: number }>('select count(*) as n from intakes').get()?.n ?? 0;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const removeQuietly = (path: string) => rmSync(path, { force: true });

/**
 * Copies the live database at `source` to `destination` with SQLite's backup API, consistent as of
 * one moment: a read transaction held on the source for the whole copy pins its snapshot (in WAL
 * mode writers carry on meanwhile), so a write by the server neither restarts the copy nor gets
 * half into it. The copy is written beside the destination under another name, checked, made a
 * single self-contained file (rollback journal), and only then given its name: no half-written
 * backup ever carries it. Mode 0600; an existing file is replaced only with `force`.
 */
export async function backupSqlite(
  source: string,
  destination: string,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  if (existsSync(destination) && options.force !== true)
    throw new BackupError(
      `${destination} already exists: name another file, or add --force to replace it.`,
    );
  if (!existsSync(dirname(destination)))
    throw new BackupError(`The folder ${dirname(destination)} does not exist.`);
  if (!existsSync(source))
    throw new BackupError(`There is no database at ${source}: is DATA_DIR the server's?`);
  const partial = join(
    dirname(destination),
    `.${basename(destination)}.partial-${randomBytes(4).toString('hex')}`,
  );
  // Created here, private, before SQLite writes a byte into it (its journal takes the same mode).
  closeSync(openSync(partial, 'wx', 0o600));
  try {
    const live = new SQLite(source, { fileMustExist: true });
    let intakes: number;
    try {
      live.pragma('busy_timeout = 5000');
      live.exec('begin');
      // The first read opens the transaction: from here on this connection sees one snapshot.
      intakes = intakesIn(live, source);
      await live.backup(partial, {
        progress: (progress) => {
          options.onProgress?.(progress);
          return options.pagesPerStep ?? 1000;
        },
      });
      live.exec('commit');
    } finally {
      live.close();
    }

    const copy = new SQLite(partial, { fileMustExist: true });
    try {
      // A WAL-mode header would want -wal and -shm files beside the backup: one file is a backup.
      copy.pragma('journal_mode = DELETE');
      const check = String(copy.pragma('integrity_check', { simple: true }));
      if (check !== 'ok') throw new BackupError(`The copy failed its integrity check: ${check}`);
      const copied = intakesIn(copy, partial);
      if (copied !== intakes)
        throw new BackupError(`The copy holds ${copied} intakes, the snapshot ${intakes}.`);
    } finally {
      copy.close();
    }
    fsyncPath(partial);
    if (options.force === true) renameSync(partial, destination);
    else {
      try {
        // link, unlike rename, fails if another file took the name meanwhile.
        linkSync(partial, destination);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw new BackupError(
            `${destination} already exists: name another file, or add --force to replace it.`,
          );
        throw error;
      }
      unlinkSync(partial);
    }
    fsyncPath(dirname(destination));
    return { file: destination, intakes, bytes: statSync(destination).size };
  } finally {
    for (const path of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`])
      removeQuietly(path);
  }
}

/** What a backup file holds, checked before anything is copied: a BackupError if it will not do. */
export function checkBackup(file: string): { intakes: number } {
  if (!existsSync(file)) throw new BackupError(`There is no file ${file}.`);
  const header = Buffer.alloc(sqliteHeader.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.equals(sqliteHeader)) throw new BackupError(`${file} is not a SQLite database.`);
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const intakes = intakesIn(sqlite, file);
    const check = String(sqlite.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw new BackupError(`${file} is damaged: ${check}`);
    return { intakes };
  } finally {
    sqlite.close();
  }
}

const nonEmpty = (path: string) => existsSync(path) && statSync(path).size > 0;

/**
 * Restores a backup as `target` (DATA_DIR/intake.db), which must not hold a database yet: never
 * over one. The file is copied under another name, synced, then given its name; the folder 0700
 * and the file 0600, as the server makes them.
 */
export async function restoreSqlite(backup: string, target: string): Promise<{ intakes: number }> {
  const dataDir = dirname(target);
  const present = [target, `${target}-wal`, `${target}-journal`].filter(nonEmpty);
  if (present.length > 0)
    throw new BackupError(
      `${dataDir} already holds a database (${present.map((p) => basename(p)).join(', ')}): a backup is restored only into an empty DATA_DIR. Stop the server, move that folder aside (keep it until the restored one is checked), and run this again, or set DATA_DIR to an empty folder.`,
    );
  const { intakes } = checkBackup(backup);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const partial = join(dataDir, `.${basename(target)}.restoring-${randomBytes(4).toString('hex')}`);
  try {
    await pipeline(
      createReadStream(backup),
      createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
    );
    fsyncPath(partial);
    // Empty leftovers (a server that never stored anything) make way.
    for (const path of [target, `${target}-wal`, `${target}-shm`, `${target}-journal`])
      if (existsSync(path) && !nonEmpty(path)) unlinkSync(path);
    try {
      linkSync(partial, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new BackupError(`${target} appeared while restoring: nothing was changed.`);
      throw error;
    }
    restrictFiles(target);
    fsyncPath(dataDir);
    return { intakes };
  } finally {
    removeQuietly(partial);
  }
}
