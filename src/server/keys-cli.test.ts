import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess } from '../rules';
import { Keyring, newKeyText, parseKeys, writeKeyFile } from './crypto/keyring';
import { listIntakes, prepareIntake, storeIntake } from './db/intakes';
import { openDatabase, type DataKeySource } from './db/open';
import { newKey, validRequest } from './testing/requests.testing';

// `npm run keys` as an administrator runs it, on real files: a rotation rewraps every data key
// (not the data) with a new key, goes on after an interruption, and an old key is retired only
// once nothing uses it.

const root = new URL('../..', import.meta.url).pathname;
const { DATABASE_URL: _unused, DATA_KEY: _key, DATA_KEY_FILE: _file, ...cleanEnv } = process.env;

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ipm-keys-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const keyFile = () => join(dataDir, 'data.key');
const dbFile = () => join(dataDir, 'intake.db');

function keys(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/keys-cli.ts', ...args],
      {
        cwd: root,
        env: {
          ...cleanEnv,
          DATA_DIR: dataDir,
          CLINIC_CONFIG: join(root, 'clinic.config.example.json'),
          KEYS_FOLLOW_MS: '0',
          ...env,
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

/** Intakes stored as the server stores them, with the key source the server would use. */
async function storeIntakes(n: number, source: DataKeySource) {
  const db = await openDatabase({ kind: 'sqlite', file: dbFile() }, source);
  try {
    for (let i = 0; i < n; i++) {
      const request = validRequest();
      request.contact.lastName = `Rotated${i}`;
      await storeIntake(
        db.db,
        prepareIntake(
          {
            id: randomUUID(),
            reference: `K${String(i).padStart(2, '0')}-AAA`,
            idempotencyKey: newKey(),
            requestHash: 'rotation',
            request,
            assessment: assess(request.answers),
            now: new Date(),
          },
          db.vault,
        ),
      );
    }
  } finally {
    await db.close();
  }
}

async function snapshot(source: DataKeySource) {
  const db = await openDatabase({ kind: 'sqlite', file: dbFile() }, source);
  try {
    const rows = await db.db
      .selectFrom('intakes')
      .select(['id', 'key_id', 'sealed'])
      .orderBy('id')
      .execute();
    const names = (await listIntakes(db.db, db.vault)).map((i) => i.contact.lastName).sort();
    const found = await listIntakes(db.db, db.vault, { q: 'rotated7' });
    return { rows, names, found: found.map((i) => i.reference) };
  } finally {
    await db.close();
  }
}

describe('npm run keys with the key file beside the data', () => {
  const source: DataKeySource = { kind: 'file', path: '', createIfMissing: true };
  const fileSource = () => ({ ...source, path: keyFile() });

  it('rotates: a new current key, every data key rewrapped, the data itself untouched; then retires the old key', async () => {
    await storeIntakes(30, fileSource());
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    const [old] = new Keyring({ kind: 'file', path: keyFile() }).keys;
    const before = await snapshot(fileSource());
    expect(before.found).toEqual(['K07-AAA']);

    // Not while it is current, nor while it wraps anything.
    const early = await keys(['retire', old!.id]);
    expect(early.code).toBe(1);
    expect(early.out).toMatch(/current key/);

    const rotated = await keys(['rotate']);
    expect(rotated.out).toMatch(/Every data key is wrapped with/);
    expect(rotated.code).toBe(0);
    const ring = new Keyring({ kind: 'file', path: keyFile() });
    expect(ring.keys.map((k) => k.id)).toHaveLength(2);
    expect(ring.keys[1]?.id).toBe(old!.id);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);

    const after = await snapshot(fileSource());
    expect(after.rows.every((r) => r.key_id === ring.current.id)).toBe(true);
    // Rewrapped, not re-encrypted: each intake's sealed data is byte for byte what it was.
    expect(after.rows.map((r) => r.sealed)).toEqual(before.rows.map((r) => r.sealed));
    expect(after.names).toEqual(before.names);
    expect(after.found).toEqual(['K07-AAA']);

    const listed = await keys([]);
    expect(listed.out).toContain(`${ring.current.id} (current): wraps 32 data key(s)`);
    expect(listed.out).toContain(`${old!.id}: wraps 0 data key(s)`);

    const retired = await keys(['retire', old!.id]);
    expect(retired.out).toMatch(/is retired/);
    expect(retired.code).toBe(0);
    expect(new Keyring({ kind: 'file', path: keyFile() }).keys.map((k) => k.id)).toEqual([
      ring.current.id,
    ]);
    expect(readFileSync(keyFile(), 'utf8')).not.toContain(old!.key.toString('base64'));
    // And everything still opens with what is left.
    expect((await snapshot(fileSource())).names).toEqual(before.names);
  }, 60_000);

  it('goes on after an interruption with the key it had made, rather than making another', async () => {
    await storeIntakes(10, fileSource());
    // As if `rotate` died right after writing its new key: the file has it first, nothing moved.
    const ring = new Keyring({ kind: 'file', path: keyFile() });
    const fresh = parseKeys(newKeyText(), 'new');
    writeKeyFile(keyFile(), [...fresh, ...ring.keys]);
    const resumed = await keys(['rotate']);
    expect(resumed.out).toMatch(/Going on with the rotation to/);
    expect(resumed.code).toBe(0);
    const now = new Keyring({ kind: 'file', path: keyFile() });
    expect(now.keys.map((k) => k.id)).toEqual([fresh[0]!.id, ring.current.id]);
    const after = await snapshot(fileSource());
    expect(after.rows.every((r) => r.key_id === fresh[0]!.id)).toBe(true);
    expect(after.names).toHaveLength(10);
  }, 60_000);

  it('a running server follows the key file: the new key is current within seconds', async () => {
    await storeIntakes(1, fileSource());
    const ring = new Keyring({ kind: 'file', path: keyFile() });
    const stop = ring.watch(20);
    try {
      const fresh = parseKeys(newKeyText(), 'new');
      writeKeyFile(keyFile(), [...fresh, ...ring.keys]);
      await expect.poll(() => ring.current.id, { timeout: 5000 }).toBe(fresh[0]!.id);
    } finally {
      stop();
    }
  });
});

describe('npm run keys with DATA_KEY', () => {
  it('says how to rotate an environment key, then rewraps once the new key is first', async () => {
    const old = newKeyText();
    await storeIntakes(5, { kind: 'env', value: old });
    const told = await keys(['rotate'], { DATA_KEY: old });
    expect(told.code).toBe(1);
    expect(told.out).toMatch(/DATA_KEY=new,old/);
    const fresh = (await keys(['new'])).out.trim();
    expect(fresh).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const rotated = await keys(['rotate'], { DATA_KEY: `${fresh},${old}` });
    expect(rotated.code).toBe(0);
    const after = await snapshot({ kind: 'env', value: fresh });
    expect(after.names).toHaveLength(5);
    const retire = await keys(['retire', parseKeys(old, 'old')[0]!.id], {
      DATA_KEY: `${fresh},${old}`,
    });
    expect(retire.out).toMatch(/remove it from DATA_KEY/);
  }, 60_000);

  it('refuses to start on a key that does not open the data, naming it', async () => {
    await storeIntakes(1, { kind: 'env', value: newKeyText() });
    const wrong = await keys([], { DATA_KEY: newKeyText() });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/not in DATA_KEY/);
  }, 30_000);
});
