import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { login } from '../staff/accounts';
import { audit, verifyAuditChain } from '../staff/audit';
import { hashPassword } from '../staff/passwords';
import { dialects, emptyDatabase } from '../testing/databases.testing';
import { migrateDown, migrateTo, migrateToLatest } from './migrations';

// A database made by the previous release is upgraded in place: its staff keep their accounts,
// its audit entries join the hash chain in their order, and the log becomes append-only.

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

  it('puts the self-harm "yes" intakes it already had first, and guards their closing', async () => {
    const { db, drop } = await emptyDatabase(kind);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the schema of an older release
    const old = db.db as unknown as Kysely<any>;
    try {
      await migrateTo(old, '2026_11_29_0003_staff_security', db.schema);
      const stored = (
        name: string,
        verdict: string,
        priority: number,
        ruleset: string,
        selfHarmThoughts?: boolean,
      ) =>
        old
          .insertInto('intakes')
          .values({
            id: randomUUID(),
            reference: name.toUpperCase().slice(0, 3) + '-AAA',
            created_at: '2026-11-29T09:00:00.000Z',
            verdict,
            priority,
            status: 'new',
            locale: 'en',
            ruleset_version: ruleset,
            first_name: 'Pat',
            last_name: name,
            answers: '{}',
            contact: '{}',
            assessment: JSON.stringify(
              selfHarmThoughts === undefined
                ? { verdict }
                : { verdict, moodScreen: { selfHarmThoughts } },
            ),
          })
          .execute();
      await stored('conservative', 'conservativeFirst', 3, '2026.2', true);
      await stored('urgent', 'urgent', 0, '2026.2', false);
      await stored('good', 'goodCandidate', 1, '2026.2', false);
      await stored('legacy', 'possibleCandidate', 2, '2026.1');
      // Up to the outbox: the intakes are still in clear there (2026_11_30_0008 seals them).
      await migrateTo(old, '2026_11_30_0005_notification_outbox', db.schema);
      const rows: { last_name: string; priority: number; needs_outreach: number; id: string }[] =
        await old
          .selectFrom('intakes')
          .select(['last_name', 'priority', 'needs_outreach', 'id'])
          .orderBy('priority')
          .execute();
      expect(rows.map((r) => [r.last_name, r.priority, r.needs_outreach])).toEqual([
        ['conservative', 0, 1],
        ['urgent', 1, 0],
        ['good', 2, 0],
        ['legacy', 3, 0],
      ]);
      await expect(
        old
          .updateTable('intakes')
          .set({ status: 'closed' })
          .where('id', '=', rows[0]!.id)
          .execute(),
      ).rejects.toThrow(/outreach_note_required/);
      // And back: the earlier release's order is restored.
      await migrateTo(old, '2026_11_29_0003_staff_security', db.schema);
      const back = await old
        .selectFrom('intakes')
        .select(['last_name', 'priority'])
        .orderBy('last_name')
        .execute();
      expect(back).toEqual([
        { last_name: 'conservative', priority: 3 },
        { last_name: 'good', priority: 1 },
        { last_name: 'legacy', priority: 2 },
        { last_name: 'urgent', priority: 0 },
      ]);
    } finally {
      await drop();
    }
  }, 60_000);
});
