import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { settingsOrSay } from './cli';
import { KeyError } from './crypto/keyring';
import { openDatabase } from './db/open';
import { BackupError, backupSqlite, restoreSqlite, type BackupProgress } from './db/backup';

// npm run backup -- <file> [--force]   a consistent copy of the SQLite database, while it runs
// npm run restore -- <file>            that copy into an empty DATA_DIR
// Uses the server's settings (DATA_DIR, DATABASE_URL); run it as the server's user. PostgreSQL
// has its own tools: pg_dump and pg_restore (see the README).

const usage = `Usage:
  npm run backup -- <file> [--force]   copy the database, while the server runs, into a new file
  npm run restore -- <file>            restore a backup into an empty DATA_DIR (server stopped)`;

const postgres = (command: 'backup' | 'restore') =>
  `DATABASE_URL is set: the intakes are in PostgreSQL, which npm run ${command} does not copy. Use PostgreSQL's own tools (README, "Backups and retention"):
  pg_dump --format=custom --file=intake.dump "$DATABASE_URL"
  pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" intake.dump   (into an empty database)`;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** A line on stderr at most every second: nothing for a small database, progress for a big one. */
function progressLine(): (progress: BackupProgress) => void {
  let last = Date.now();
  return ({ totalPages, remainingPages }) => {
    if (Date.now() - last < 1000 || totalPages === 0) return;
    last = Date.now();
    const done = totalPages - remainingPages;
    console.error(
      `  ${Math.floor((done / totalPages) * 100)}% (${done.toLocaleString('en-US')} of ${totalPages.toLocaleString('en-US')} pages)`,
    );
  };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } });
  } catch {
    console.error(usage);
    return 2;
  }
  const [command, file, extra] = parsed.positionals;
  if (
    (command !== 'backup' && command !== 'restore') ||
    file === undefined ||
    extra !== undefined
  ) {
    console.error(usage);
    return 2;
  }
  const config = settingsOrSay();
  if (!config) return 2;
  if (config.db.kind === 'postgres') {
    console.error(postgres(command));
    return 2;
  }
  // npm runs scripts in the project's folder: a relative name is where the command was typed.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  try {
    if (command === 'backup') {
      console.error(`Backing up ${config.db.file} to ${path} …`);
      const summary = await backupSqlite(config.db.file, path, {
        force: parsed.values.force === true,
        onProgress: progressLine(),
      });
      console.log(
        `Backed up ${summary.intakes.toLocaleString('en-US')} intakes to ${summary.file} (${megabytes(summary.bytes)}, mode 0600). Their details are encrypted: the backup opens only with today's data key (${config.dataKey.kind === 'env' ? 'DATA_KEY' : config.dataKey.path}), which is not in it. Keep a copy of that key, apart from the backups.`,
      );
    } else {
      const { intakes } = await restoreSqlite(path, config.db.file);
      const restored = `Restored ${intakes.toLocaleString('en-US')} intakes from ${path} into ${config.db.file}`;
      // The data opens only with the key of the backup's day: said now, not at the server's start.
      try {
        const db = await openDatabase(config.db, {
          ...config.dataKey,
          ...(config.dataKey.kind === 'file' && { createIfMissing: false }),
        });
        await db.close();
      } catch (error) {
        if (!(error instanceof KeyError)) throw error;
        console.error(
          `${restored}, but they cannot be read yet. ${error.message}\nThe backup holds each intake's key wrapped by the data key of the day it was made: put that key back (DATA_KEY, or the key file), then start the server.`,
        );
        return 1;
      }
      console.log(`${restored}; the data key opens them. Start the server to use it.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

// Whatever this writes (the backup, the restored database) is for the server's user alone.
process.umask(0o077);
process.exitCode = await main();
