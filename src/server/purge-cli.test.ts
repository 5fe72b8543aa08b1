import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from './app';
import { clinicConfigSchema } from './config';
import { addStaff } from './staff/accounts';
import { freshDatabase, type TestDatabase } from './testing/databases.testing';
import { submitMarkedIntakes, type MarkedIntake } from './testing/marked-intakes.testing';
import { sessionCookie } from './testing/staff.testing';

// `npm run purge` as an administrator runs it, on the DATA_DIR of a server that is running.

const root = new URL('../..', import.meta.url).pathname;
const { DATABASE_URL: _unused, RETENTION_DAYS: _unset, ...inherited } = process.env;

let database: TestDatabase;
let app: App;
let old: MarkedIntake;
let recent: MarkedIntake;

function purge(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/purge-cli.ts', ...args],
      {
        cwd: root,
        env: {
          ...inherited,
          DATA_DIR: dirname(database.db.file ?? ''),
          DATA_KEY: database.dataKey.value,
          ...env,
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}
const exists = async (intake: MarkedIntake) =>
  (await database.db.db.selectFrom('intakes').select('id').where('id', '=', intake.id).execute())
    .length === 1;
const purgeEntries = () =>
  database.db.db.selectFrom('audit_log').selectAll().where('action', '=', 'purgeIntakes').execute();

beforeAll(async () => {
  database = await freshDatabase('sqlite');
  app = await buildApp({ db: database.db, clinic: clinicConfigSchema.parse({}) });
  const password = 'my knees ache on the stairs';
  await addStaff(database.db.db, { email: 'nurse@clinic.example', role: 'staff', password });
  const cookie = await sessionCookie(app, 'nurse@clinic.example', password);
  [old, recent] = (await submitMarkedIntakes(app, cookie, 2)) as [MarkedIntake, MarkedIntake];
  for (const [intake, days] of [
    [old, 31],
    [recent, 29],
  ] as const) {
    // Closing sets closed_at (a trigger, whatever the statement says); then it is moved back.
    await database.db.db
      .updateTable('intakes')
      .set({ status: 'closed' })
      .where('id', '=', intake.id)
      .execute();
    await database.db.db
      .updateTable('intakes')
      .set({ closed_at: new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString() })
      .where('id', '=', intake.id)
      .execute();
  }
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('npm run purge', () => {
  it('refuses to run without a valid RETENTION_DAYS, saying why', async () => {
    const unset = await purge([]);
    expect(unset.code).toBe(2);
    expect(unset.out).toMatch(/RETENTION_DAYS is not set, so every intake is kept/);
    const wrong = await purge([], { RETENTION_DAYS: 'a month' });
    expect(wrong.code).toBe(2);
    expect(wrong.out).toMatch(/RETENTION_DAYS: must be a whole number of days/);
    expect(await exists(old)).toBe(true);
  }, 60_000);

  it('says with --dry-run what it would remove, and removes nothing', async () => {
    const dry = await purge(['--dry-run'], { RETENTION_DAYS: '30' });
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Would remove 1 intake(s) closed before');
    expect(dry.out).toContain(
      `with 1 note(s), 1 idempotency record(s) and 0 notification(s): ${old.reference}`,
    );
    expect(dry.out).toContain('Nothing was removed (--dry-run).');
    expect(dry.out).not.toContain(recent.reference);
    expect(await exists(old)).toBe(true);
    expect(await purgeEntries()).toEqual([]);
  }, 60_000);

  it('removes them, says which, and records it in the audit log as the command line', async () => {
    const run = await purge([], { RETENTION_DAYS: '30' });
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Removed 1 intake(s) closed before`);
    expect(run.out).toContain(old.reference);
    expect(await exists(old)).toBe(false);
    expect(await exists(recent)).toBe(true);
    const [entry] = await purgeEntries();
    expect(entry?.actor_email).toMatch(/^command line \(/);
    expect(JSON.parse(entry?.intakes ?? '[]')).toEqual([{ id: old.id, reference: old.reference }]);
    // The running server still answers from the same file.
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

    const again = await purge([], { RETENTION_DAYS: '30' });
    expect(again.out).toMatch(/nothing to remove/);
    expect(await purgeEntries()).toHaveLength(1);
  }, 60_000);
});
