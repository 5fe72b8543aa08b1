import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { login } from '../staff/accounts';
import { audit, verifyAuditChain } from '../staff/audit';
import { hashPassword } from '../staff/passwords';
import { dialects } from '../testing/databases.testing';
import { createDb, type Db, type DbKind } from './database';
import { migrateDown, migrateTo, migrateToLatest } from './migrations';

// A database made by the previous release is upgraded in place: its staff keep their accounts,
// its audit entries join the hash chain in their order, and the log becomes append-only.

async function emptyDatabase(kind: DbKind): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL ?? '';
    const schema = `upgrade_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const db = createDb({ kind: 'postgres', url, searchPath: schema });
    return {
      db,
      drop: async () => {
        await db.close();
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`drop schema if exists ${schema} cascade`);
        await cleanup.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'ipm-upgrade-'));
  const db = createDb({ kind: 'sqlite', file: join(dir, 'intake.db') });
  return {
    db,
    drop: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe.each(dialects)('upgrading a database of the previous release on %s', (kind) => {
  it('keeps accounts and chains the audit entries it already had', async () => {
    const { db, drop } = await emptyDatabase(kind);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema of an older release
    const old = db.db as unknown as Kysely<any>;
    try {
      await migrateTo(old, '2026_11_28_0002_staff', db.schema);
      const password = 'an old account passphrase here';
      await old
        .insertInto('staff_users')
        .values({
          id: randomUUID(),
          email: 'veteran@clinic.example',
          role: 'admin',
          password_hash: await hashPassword(password),
          disabled: 0,
          failed_logins: 3,
          locked_until: null,
          created_at: '2026-11-28T08:00:00.000Z',
        })
        .execute();
      for (const action of ['login', 'listIntakes', 'logout'])
        await old
          .insertInto('audit_log')
          .values({
            at: '2026-11-28T09:00:00.000Z',
            actor_id: null,
            actor_email: 'veteran@clinic.example',
            action,
            intake_id: null,
            detail: '',
            ip: '127.0.0.1',
          })
          .execute();

      await migrateToLatest(db.db, db.schema);
      expect(await verifyAuditChain(db.db)).toEqual({ ok: true, rows: 3 });
      expect((await login(db.db, 'veteran@clinic.example', password, '127.0.0.1')).kind).toBe('ok');
      await audit(db.db, { actor: null, action: 'viewAudit', ip: '127.0.0.1' });
      expect(await verifyAuditChain(db.db)).toEqual({ ok: true, rows: 4 });
      await expect(sql`delete from audit_log`.execute(db.db)).rejects.toThrow(/append-only/);
      // An older release's insert, without the chain's columns, is refused, not left to break it.
      await expect(
        old
          .insertInto('audit_log')
          .values({ at: 'x', action: 'login', detail: '', ip: '127.0.0.1' })
          .execute(),
      ).rejects.toThrow(/chained|null value|violates/);

      // Down and up again: the release can be rolled back and forward without losing an entry.
      await migrateTo(old, '2026_11_28_0002_staff', db.schema);
      await old.deleteFrom('audit_log').where('action', '=', 'viewAudit').execute();
      await migrateToLatest(db.db, db.schema);
      expect(await verifyAuditChain(db.db)).toEqual({ ok: true, rows: 3 });
      await migrateDown(db.db, db.schema);
    } finally {
      await drop();
    }
  }, 60_000);
});
