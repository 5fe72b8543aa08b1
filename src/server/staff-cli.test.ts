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

  it('reset-mfa turns a lost second factor off, ends the sessions and is audited', async () => {
    const db = new SQLite(join(dataDir, 'intake.db'));
    const nobody = await staff(['reset-mfa', 'nobody@clinic.example']);
    expect(nobody.code).toBe(1);
    expect(nobody.out).toMatch(/no account for nobody@clinic.example/);
    expect((await staff(['reset-mfa'])).code).toBe(2);
    const added = await staff(
      ['add', 'lost.phone@clinic.example', '--role', 'admin'],
      'my phone fell in the lake',
    );
    expect(added.code).toBe(0);
    // As the server leaves an enrolled account: a secret, recovery codes, a session.
    const { id } = db
      .prepare(`select id from staff_users where email = 'lost.phone@clinic.example'`)
      .get() as { id: string };
    db.prepare(
      `update staff_users set mfa_secret = 'JBSWY3DPEHPK3PXP', mfa_enabled = 1, mfa_last_step = 1 where id = ?`,
    ).run(id);
    db.prepare(
      `insert into staff_recovery_codes (user_id, code_hash, created_at) values (?, 'h', '2026-11-30T00:00:00.000Z')`,
    ).run(id);
    db.prepare(
      `insert into staff_sessions (token_hash, user_id, created_at, last_seen_at, ip) values ('t', ?, '2026-11-30T00:00:00.000Z', '2026-11-30T00:00:00.000Z', '::1')`,
    ).run(id);
    const reset = await staff(['reset-mfa', 'Lost.Phone@clinic.example']);
    expect(reset.out).toMatch(/Two-step sign-in is off for Lost.Phone@clinic.example/);
    expect(reset.code).toBe(0);
    expect(
      db
        .prepare('select mfa_secret, mfa_enabled, mfa_last_step from staff_users where id = ?')
        .get(id),
    ).toEqual({ mfa_secret: null, mfa_enabled: 0, mfa_last_step: null });
    expect(db.prepare('select count(*) as n from staff_recovery_codes').get()).toEqual({ n: 0 });
    expect(db.prepare('select count(*) as n from staff_sessions').get()).toEqual({ n: 0 });
    const entry = db
      .prepare(`select action, detail from audit_log where action = 'resetMfa'`)
      .get() as { action: string; detail: string };
    expect(entry).toEqual({ action: 'resetMfa', detail: 'lost.phone@clinic.example' });
    db.close();
  }, 60_000);
});
