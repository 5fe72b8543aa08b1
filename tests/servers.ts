import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';

// The built server as a child process, and the databases it stores into: shared by the browser
// tests, the reliability suite and the benchmark (no test framework here, so the benchmark can
// use it too).

const root = new URL('..', import.meta.url).pathname;

/** A TCP port free on 127.0.0.1 right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });

/** Waits until `url`/api/health answers 200, failing if the process exits or 15 s pass. */
export async function waitUntilHealthy(url: string, child: ChildProcess, what: string) {
  for (let i = 0; ; i++) {
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    if (i > 300 || child.exitCode !== null) throw new Error(`The server did not start (${what}).`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface BuiltServer {
  port: number;
  /** http://127.0.0.1:PORT */
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * Starts dist/server/server.js (built first) on a free port and waits for its health route. Its
 * database is DATA_DIR's SQLite file unless `env` names a DATABASE_URL: never the caller's own.
 * With `output: 'pipe'` the caller reads stdout and stderr; otherwise they are dropped.
 */
export async function startBuiltServer(
  what: string,
  env: NodeJS.ProcessEnv,
  output: 'pipe' | 'ignore' = 'ignore',
): Promise<BuiltServer> {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['dist/server/server.js'], {
    cwd: root,
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', output, output],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(url, child, what);
  return { port, url, child, exited };
}

/** A fresh PostgreSQL database `name` on the server of `adminUrl`, and how to drop it. */
export async function freshPostgresDatabase(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Where a server stored: its DATA_DIR (SQLite) or its PostgreSQL database. */
export type Store = { sqlite: string } | { postgres: string };

/** Runs SQL against the SQLite file or the PostgreSQL database a server stored into. */
export async function query<T>(where: Store, sql: string): Promise<T[]> {
  if ('sqlite' in where) {
    // Read-write, so a file left by a killed server is recovered from its WAL first.
    const db = new SQLite(join(where.sqlite, 'intake.db'));
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: where.postgres });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The single number a `select count(*) as n` answers (PostgreSQL's counts come as text). */
export async function count(where: Store, sql: string): Promise<number> {
  const [row] = await query<{ n: number | string }>(where, sql);
  return Number(row?.n ?? Number.NaN);
}
