import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyError, Keyring } from '../crypto/keyring';
import { openNote } from '../crypto/vault';
import { login } from '../staff/accounts';
import { dialects, emptyDatabase, testDataKey } from '../testing/databases.testing';
import { createDb } from './database';
import { listIntakes } from './intakes';
import { migrateTo, migrateToLatest, sealedFieldsMigration } from './migrations';
import { openDatabase } from './open';
import { sealInPlace } from './seal-in-place';

// A database made before encryption is sealed in place at start: every intake and note, nothing
// lost, nothing left in clear in the files, and a start cut short goes on where it stopped.

/** Made by the release of 2026-11-30 (46d8ba1), as make-release-fixture.ts.txt says. */
const fixture = new URL('../testing/fixtures/release-2026-11-30.db', import.meta.url).pathname;
const fixtureSecrets = [
  'Marisol',
  'Quintanilla',
  'Oyelaran',
  'Wąsowicz',
  'Thandiwe',
  'Okonkwo-Halvorsen',
  'marisol.q.fixture@example.org',
  'jozef.wb.fixture',
  '555 0142 7781',
  '555 0177 2204',
  'my left knee since the fall',
  'pain wakes me at night',
  'voicemail left about',
];

/** Every file of the folder, its bytes searched as UTF-8 and as UTF-16 (either could hold text). */
function findInFiles(dir: string, secrets: string[]): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, name));
    for (const secret of secrets)
      if (
        bytes.includes(Buffer.from(secret, 'utf8')) ||
        bytes.includes(Buffer.from(secret, 'utf16le'))
      )
        found.push(`${secret} in ${name}`);
  }
  return found;
}

describe('a database made by the release before encryption', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipm-release-'));
    copyFileSync(fixture, join(dir, 'intake.db'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is sealed in place at start: every intake and note readable, none of it left in the files', async () => {
    // The copy holds them in clear (the check below can fail).
    expect(findInFiles(dir, fixtureSecrets)).toHaveLength(fixtureSecrets.length);
    const progress: [number, number][] = [];
    const db = await openDatabase({ kind: 'sqlite', file: join(dir, 'intake.db') }, testDataKey(), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    try {
      expect(progress).toEqual([
        [0, 3],
        [3, 3],
      ]);
      const intakes = await listIntakes(db.db, db.vault);
      expect(intakes.map((i) => i.reference).sort()).toEqual(['9KE-KB8', 'M6T-YDG', 'XRB-AV6']);
      const marisol = intakes.find((i) => i.reference === 'XRB-AV6');
      expect(marisol?.contact).toMatchObject({
        firstName: 'Marisol',
        lastName: 'Quintanilla-Oyelaran',
        email: 'marisol.q.fixture@example.org',
        phone: '+1 555 0142 7781',
        message: 'Fixture message: my left knee since the fall in March.',
      });
      expect(marisol?.rulesetVersion).toBe('2026.2');
      expect(intakes.find((i) => i.reference === '9KE-KB8')?.priority).toBe(2);
      // The name index was built from the names in clear: whole words, any accent.
      const found = await listIntakes(db.db, db.vault, { q: 'wasowicz' });
      expect(found.map((i) => i.reference)).toEqual(['M6T-YDG']);
      // The notes, sealed with their intake's key.
      const row = await db.db
        .selectFrom('intakes')
        .selectAll()
        .where('reference', '=', 'XRB-AV6')
        .executeTakeFirstOrThrow();
      const notes = await db.db
        .selectFrom('intake_notes')
        .selectAll()
        .where('intake_id', '=', row.id)
        .execute();
      expect(notes.map((n) => openNote(db.vault.intakeKey(row), n))).toEqual([
        'Fixture note for XRB-AV6: called, voicemail left about Quintanilla.',
      ]);
      // The staff account and its password came through.
      expect(
        (
          await login(
            db.db,
            'fixture@clinic.example',
            'fixture passphrase for the old release',
            '127.0.0.1',
          )
        ).kind,
      ).toBe('ok');
    } finally {
      await db.close();
    }
    expect(findInFiles(dir, fixtureSecrets)).toEqual([]);
  });

  it('does not start without the key, and says why, changing nothing', async () => {
    const db = createDb({ kind: 'sqlite', file: join(dir, 'intake.db') });
    try {
      await expect(migrateToLatest(db.db, db.schema)).rejects.toThrow(/3 intakes .* data key/);
    } finally {
      await db.close();
    }
    expect(findInFiles(dir, ['Marisol'])).toHaveLength(1);
  });
});

describe.each(dialects)('sealing in place on %s', (kind) => {
  let database: Awaited<ReturnType<typeof emptyDatabase>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema of an older release
  let old: Kysely<any>;
  beforeEach(async () => {
    database = await emptyDatabase(kind);
    old = database.db.db;
    await migrateTo(old, '2026_11_30_0005_notification_outbox', database.db.schema);
  });
  afterEach(() => database.drop());

  const storeInClear = async (n: number) => {
    for (let i = 0; i < n; i += 50)
      await old
        .insertInto('intakes')
        .values(
          Array.from({ length: Math.min(50, n - i) }, (_, j) => ({
            id: randomUUID(),
            reference: `P${String(i + j).padStart(5, '0')}`,
            created_at: '2026-11-29T09:00:00.000Z',
            verdict: 'goodCandidate',
            priority: 2,
            needs_outreach: 0,
            status: 'new',
            locale: 'en',
            ruleset_version: '2026.2',
            first_name: 'Pat',
            last_name: `Number${i + j}`,
            answers: JSON.stringify({ version: 2, n: i + j }),
            contact: JSON.stringify({ firstName: 'Pat', lastName: `Number${i + j}` }),
            assessment: JSON.stringify({ verdict: 'goodCandidate' }),
          })),
        )
        .execute();
  };

  it('goes on where a start cut short stopped: no intake sealed twice, none left', async () => {
    await storeInClear(450);
    const source = testDataKey();
    const keyring = new Keyring(source);
    await migrateTo(old, sealedFieldsMigration, database.db.schema);
    // The first start dies after its first batch of 200 has committed.
    await expect(
      sealInPlace(old, {
        keyring,
        onProgress: (done) => {
          if (done > 0) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const firstRun = await old
      .selectFrom('intakes')
      .select(['id', 'data_key'])
      .where('sealed', 'is not', null)
      .execute();
    expect(firstRun).toHaveLength(200);
    const progress: [number, number][] = [];
    await migrateToLatest(database.db.db, database.db.schema, {
      keyring,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress.at(0)).toEqual([0, 250]);
    expect(progress.at(-1)).toEqual([250, 250]);
    const db = await openDatabase(
      kind === 'sqlite'
        ? { kind: 'sqlite', file: database.db.file ?? '' }
        : {
            kind: 'postgres',
            url: process.env.TEST_DATABASE_URL ?? '',
            searchPath: database.db.schema ?? 'public',
          },
      source,
    );
    try {
      const all = await listIntakes(db.db, db.vault);
      expect(all).toHaveLength(450);
      expect(new Set(all.map((i) => (i.answers as unknown as { n: number }).n)).size).toBe(450);
      // What the first start sealed kept its key.
      const after = new Map(
        (await db.db.selectFrom('intakes').select(['id', 'data_key']).execute()).map((r) => [
          r.id,
          r.data_key,
        ]),
      );
      for (const row of firstRun) expect(after.get(row.id as string)).toBe(row.data_key);
      expect(
        (await listIntakes(db.db, db.vault, { q: 'number449' })).map((i) => i.reference),
      ).toEqual(['P00449']);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('refuses a key that is not the one the data was sealed with', async () => {
    await storeInClear(3);
    await migrateToLatest(database.db.db, database.db.schema, {
      keyring: new Keyring(testDataKey()),
    });
    const config =
      kind === 'sqlite'
        ? ({ kind: 'sqlite', file: database.db.file ?? '' } as const)
        : ({
            kind: 'postgres',
            url: process.env.TEST_DATABASE_URL ?? '',
            searchPath: database.db.schema ?? 'public',
          } as const);
    await expect(openDatabase(config, testDataKey())).rejects.toThrow(KeyError);
  });
});
