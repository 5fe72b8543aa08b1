import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from '../../../tests/servers';
import { buildApp, type App } from '../app';
import { clinicConfigSchema } from '../config';
import { addStaff } from '../staff/accounts';
import { freshDatabase, type TestDatabase } from '../testing/databases.testing';
import { submitMarkedIntakes, type MarkedIntake } from '../testing/marked-intakes.testing';
import { sessionCookie } from '../testing/staff.testing';

// On PostgreSQL, backups are pg_dump's (README, "Backups and retention"): the commands the README
// gives, run on intakes stored through the API, make a dump that holds them and restores them.

const url = process.env.TEST_DATABASE_URL;
const run = promisify(execFile);

describe.skipIf(url === undefined)('pg_dump of the intakes', () => {
  let database: TestDatabase;
  let app: App;
  let intakes: MarkedIntake[];
  const dir = mkdtempSync(join(tmpdir(), 'ipm-pg-dump-'));
  const dump = join(dir, 'intake.dump');
  /** The dump as SQL text: what anyone holding the file can read from it. */
  let text: string;

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    app = await buildApp({ db: database.db, clinic: clinicConfigSchema.parse({}) });
    const password = 'my knees ache on the stairs';
    await addStaff(database.db.db, { email: 'nurse@clinic.example', role: 'staff', password });
    const cookie = await sessionCookie(app, 'nurse@clinic.example', password);
    intakes = await submitMarkedIntakes(app, cookie, 5);
    // As the README says, with the test's schema named (the tests share one database).
    await run('pg_dump', [
      '--format=custom',
      `--schema=${database.db.schema ?? 'public'}`,
      `--file=${dump}`,
      url ?? '',
    ]);
    text = (await run('pg_restore', ['--file=-', dump], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const found = (markers: string[]) => markers.filter((marker) => text.includes(marker));

  it('holds every intake, by reference, with its notes', () => {
    expect(found(intakes.map((i) => i.reference))).toHaveLength(intakes.length);
    // Sealed at rest: the dump holds no name, e-mail, message or note (the references are there).
    expect(found(intakes.flatMap((i) => i.markers))).toEqual([]);
  });

  it('restores into an empty database with pg_restore, every intake there', async () => {
    const target = await freshPostgresDatabase(url ?? '', `ipm_restore_${process.pid}`);
    try {
      await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${target.url}`, dump]);
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ reference: string }>(
          `select reference from ${database.db.schema ?? 'public'}.intakes order by reference`,
        );
        expect(rows.map((r) => r.reference)).toEqual(intakes.map((i) => i.reference).sort());
      } finally {
        await client.end();
      }
    } finally {
      await target.drop();
    }
  }, 60_000);
});
