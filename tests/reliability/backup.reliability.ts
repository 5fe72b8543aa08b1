import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { newKeyText } from '../../src/server/crypto/keyring';
import {
  expectNoPersonalDataInLogs,
  post,
  record,
  secretsInFolder,
  signedInCookie,
  startServer,
  traceableIntake,
  type RunningServer,
} from './support';

// Backups as a clinic takes them: `npm run backup` while the built server takes intakes as fast as
// clients send them, then `npm run restore` into an empty DATA_DIR and a server started on it.
// Every intake acknowledged (201) before the backup began must be there, readable through the
// staff API.

const root = new URL('../..', import.meta.url).pathname;
const SENDERS = 8;
const email = 'frontdesk@clinic.example';
const password = 'correct horse battery staple 42';
const { DATABASE_URL: _unused, ...inherited } = process.env;

/** One of the project's commands (`npm run staff|backup|restore` run what this runs). */
function command(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; out: string; err: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: root, env: { ...inherited, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr }),
    );
  });
}

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) {
    server.process.kill('SIGTERM');
    await server.exited;
  }
  expectNoPersonalDataInLogs();
});

describe('backup and restore', () => {
  it('backs up while intakes keep arriving, and the restored server has every one acknowledged before', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ipm-backup-live-'));
    // The administrator the restored server will be signed in as, added the documented way.
    const added = await command('src/server/staff-cli.ts', ['add', email, '--role', 'staff'], {
      DATA_DIR: dataDir,
      STAFF_PASSWORD: password,
    });
    expect(added.code, added.err).toBe(0);
    const live = await startServer({ label: 'backup-live', dataDir });
    servers.push(live);

    /** reference → the first name it was sent with, and when its 201 arrived. */
    const acknowledged = new Map<string, { firstName: string; at: number }>();
    /** Every patient's details sent, to look for in the backup file. */
    const details: string[] = [];
    let stop = false;
    let failures = 0;
    const sender = async () => {
      while (!stop) {
        const intake = traceableIntake();
        const response = await post(live.url, intake);
        if (response.status !== 201) {
          failures++;
          continue;
        }
        const { reference } = (await response.json()) as { reference: string };
        acknowledged.set(reference, { firstName: intake.contact.firstName, at: performance.now() });
        const { firstName, lastName, phone, email: address, message } = intake.contact;
        details.push(firstName, lastName, phone, address ?? '', message ?? '');
      }
    };
    const senders = Array.from({ length: SENDERS }, sender);
    // A database of some size first, so the copy takes many steps while the writes go on.
    while (acknowledged.size < 2000 && failures === 0)
      await new Promise((resolve) => setTimeout(resolve, 20));

    const backupFile = join(mkdtempSync(join(tmpdir(), 'ipm-backup-file-')), 'intake-backup.db');
    const started = performance.now();
    const before = [...acknowledged].filter(([, ack]) => ack.at < started);
    const backup = await command('src/server/backup-cli.ts', ['backup', backupFile], {
      DATA_DIR: dataDir,
    });
    const finished = performance.now();
    // Writes went on while the backup ran, then stop.
    const during = [...acknowledged.values()].filter(
      (ack) => ack.at > started && ack.at < finished,
    ).length;
    stop = true;
    await Promise.all(senders);
    expect(backup.code, backup.err).toBe(0);
    expect(failures).toBe(0);
    expect(during).toBeGreaterThan(0);
    const backedUp = Number(
      /Backed up ([\d,]+) intakes to /.exec(backup.out)?.[1]?.replace(/,/g, ''),
    );
    expect(backup.out).toContain(backupFile);
    expect(backedUp).toBeGreaterThanOrEqual(before.length);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    // Again to the same name: refused, the first backup kept.
    const again = await command('src/server/backup-cli.ts', ['backup', backupFile], {
      DATA_DIR: dataDir,
    });
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists: name another file, or add --force/);

    // The backup is sealed like the database: no patient's detail in it, byte for byte.
    expect(secretsInFolder(dirname(backupFile), details)).toEqual([]);

    // Restored into a folder that does not exist yet, as onto a new machine: without the key, the
    // command says the data cannot be read yet, and a server will not start on it.
    const restoredDir = join(mkdtempSync(join(tmpdir(), 'ipm-backup-restored-')), 'data');
    const restore = await command('src/server/backup-cli.ts', ['restore', backupFile], {
      DATA_DIR: restoredDir,
    });
    expect(restore.code).toBe(1);
    expect(restore.err).toContain(`Restored ${backedUp.toLocaleString('en-US')} intakes`);
    expect(restore.err).toMatch(/cannot be read yet.*key file .* is missing/s);
    await expect(
      startServer({ label: 'backup-restored-keyless', dataDir: restoredDir }),
    ).rejects.toThrow(/did not start/);
    // Another key does not open it either.
    const otherKey = join(mkdtempSync(join(tmpdir(), 'ipm-other-key-')), 'other.key');
    writeFileSync(otherKey, `${newKeyText()}\n`, { mode: 0o600 });
    await expect(
      startServer({
        label: 'backup-restored-wrong-key',
        dataDir: restoredDir,
        env: { DATA_KEY_FILE: otherKey },
      }),
    ).rejects.toThrow(/did not start/);
    // The key, kept apart from the backup, put back beside the data.
    copyFileSync(join(dataDir, 'data.key'), join(restoredDir, 'data.key'));
    expect(statSync(restoredDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(restoredDir, 'intake.db')).mode & 0o777).toBe(0o600);
    // Not over it a second time.
    const over = await command('src/server/backup-cli.ts', ['restore', backupFile], {
      DATA_DIR: restoredDir,
    });
    expect(over.code).toBe(1);
    expect(over.err).toMatch(/already holds a database \(intake\.db\)/);

    const restored = await startServer({ label: 'backup-restored', dataDir: restoredDir });
    servers.push(restored);
    const cookie = await signedInCookie(restored.url, email, password);
    const listed = new Map<string, string>();
    for (let cursor: string | null = ''; cursor !== null;) {
      const page = await fetch(
        `${restored.url}/api/staff/intakes?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        { headers: { cookie } },
      );
      expect(page.status).toBe(200);
      const body = (await page.json()) as {
        items: { reference: string; name: string }[];
        nextCursor: string | null;
      };
      for (const item of body.items) listed.set(item.reference, item.name);
      cursor = body.nextCursor;
    }
    expect(listed.size).toBe(backedUp);
    const missing = before.filter(([reference]) => !listed.has(reference));
    expect(missing).toEqual([]);
    const misnamed = before.filter(
      ([reference, ack]) => !listed.get(reference)?.startsWith(`${ack.firstName} `),
    );
    expect(misnamed).toEqual([]);
    record('backup during writes: intakes acknowledged before it, all restored', before.length);
    record('backup during writes: intakes acknowledged while it ran', during);
  });
});
