import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config';
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
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 2;
  }
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
        `Backed up ${summary.intakes.toLocaleString('en-US')} intakes to ${summary.file} (${megabytes(summary.bytes)}, mode 0600). Keep it as safe as the server: it holds every patient's details.`,
      );
    } else {
      const { intakes } = await restoreSqlite(path, config.db.file);
      console.log(
        `Restored ${intakes.toLocaleString('en-US')} intakes from ${path} into ${config.db.file}. Start the server to use it.`,
      );
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
