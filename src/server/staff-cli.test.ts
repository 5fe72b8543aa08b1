import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

// The staff command line as an administrator runs it: `npm run staff -- …` on a DATA_DIR.

const root = new URL('../..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'ipm-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const { DATABASE_URL: _unused, ...withoutDatabaseUrl } = process.env;

function staff(args: string[], password?: string) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/staff-cli.ts', ...args],
      {
        cwd: root,
        env: {
          ...withoutDatabaseUrl,
          DATA_DIR: dataDir,
          CLINIC_CONFIG: join(root, 'clinic.config.example.json'),
          STAFF_PASSWORD: password ?? '',
        },
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` });
      },
    );
  });
}

describe('npm run staff', () => {
  it('refuses the passwords people actually choose, saying what works', async () => {
    for (const weak of ['Password123!', 'Summer2024!!', 'abababababab', 'letmeinletmein']) {
      const result = await staff(['add', 'nurse@clinic.example', '--role', 'staff'], weak);
      expect(result.code, weak).toBe(1);
      expect(result.out).toMatch(/passphrase/);
    }
    const ok = await staff(
      ['add', 'nurse@clinic.example', '--role', 'staff'],
      'my knees ache on the stairs',
    );
    expect(ok.out).toMatch(/Added nurse@clinic.example/);
    expect(ok.code).toBe(0);
    const reset = await staff(['reset', 'nurse@clinic.example'], 'Password123!');
    expect(reset.code).toBe(1);
    expect(reset.out).toMatch(/too easy to guess/);
  }, 60_000);

  it('verifies the audit log and names the first broken link', async () => {
    const intact = await staff(['verify-audit']);
    expect(intact.out).toMatch(/intact: 1 entries/);
    expect(intact.code).toBe(0);
    // Someone with the file appends a row of their own, bypassing the application.
    const db = new SQLite(join(dataDir, 'intake.db'));
    const { id } = db
      .prepare(
        `insert into audit_log (at, actor_id, actor_email, action, intake_id, intakes, detail, ip, prev_hash, hash)
         values ('2026-11-29T00:00:00.000Z', null, 'mallory@example.org', 'login', null, '[]', '', '1.2.3.4', 'f00', 'ba4') returning id`,
      )
      .get() as { id: number };
    // The database itself refuses to change or remove what is there.
    expect(() => db.prepare('delete from audit_log where id = ?').run(id)).toThrow(/append-only/);
    db.close();
    const broken = await staff(['verify-audit']);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`broken at entry ${id}`);
  }, 60_000);
});
