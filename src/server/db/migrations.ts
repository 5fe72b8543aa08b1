import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { isSqlite } from './database';
import { auditRowHash, chainStart, type ChainedFields } from '../staff/audit-chain';
import type { Keyring } from '../crypto/keyring';
import { scrub, sealInPlace } from './seal-in-place';

// Migrations named by timestamp, each with up and down, applied at start. `any` is allowed here
// only: a migration must not depend on today's Database interface.

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The intakes' columns in clear before 2026_11_30_0009. */
export const plaintextColumns = [
  'first_name',
  'last_name',
  'answers',
  'contact',
  'assessment',
] as const;

const migrations: Record<string, Migration> = {
  '2026_11_28_0001_intakes': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('intakes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('verdict', 'text', (c) => c.notNull())
        .addColumn('priority', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('ruleset_version', 'text', (c) => c.notNull())
        .addColumn('first_name', 'text', (c) => c.notNull())
        .addColumn('last_name', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('contact', 'text', (c) => c.notNull())
        .addColumn('assessment', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('intakes_priority_created')
        .on('intakes')
        .columns(['priority', 'created_at'])
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id'))
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('idempotency_keys').execute();
      await db.schema.dropTable('intakes').execute();
    },
  },
  '2026_11_28_0002_staff': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('staff_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('setup_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema
        .createTable('intake_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id'))
        .addColumn('author_id', 'text', (c) => c.notNull().references('staff_users.id'))
        .addColumn('author_email', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // An ever-growing id gives the audit log its order; each dialect spells it its own way.
      const sqlite = isSqlite(db);
      await db.schema
        .createTable('audit_log')
        .addColumn('id', sqlite ? 'integer' : 'bigserial', (c) =>
          sqlite ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_email', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('intake_id', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      for (const table of [
        'audit_log',
        'intake_notes',
        'setup_tokens',
        'staff_sessions',
        'staff_users',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '2026_11_29_0003_staff_security': {
    async up(db: Kysely<any>) {
      const sqlite = isSqlite(db);
      // Sign-in attempts move to their own table, counted atomically (see staff/throttle.ts).
      await db.schema
        .createTable('login_throttle')
        .addColumn('bucket', 'text', (c) => c.primaryKey())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .execute();
      await db.schema.alterTable('staff_users').dropColumn('failed_logins').execute();
      await db.schema.alterTable('staff_users').dropColumn('locked_until').execute();

      // The audit log names every intake a list or export showed, and is chained by hashes.
      await db.schema
        .alterTable('audit_log')
        .addColumn('intakes', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema
        .alterTable('audit_log')
        .addColumn('prev_hash', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .alterTable('audit_log')
        .addColumn('hash', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      // Rows written before this release join the chain in their order.
      const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
      let prev = chainStart;
      for (const row of rows) {
        const hash = auditRowHash(prev, { ...(row as ChainedFields), intakes: '[]' });
        await db
          .updateTable('audit_log')
          .set({ prev_hash: prev, hash })
          .where('id', '=', row.id)
          .execute();
        prev = hash;
      }
      // From here on a row must carry its place in the chain: an insert without one (an older
      // release still running against this database) fails instead of breaking the chain.
      if (sqlite) {
        await sql`create trigger audit_log_chained before insert on audit_log
          when new.hash = '' or new.prev_hash = ''
          begin select raise(abort, 'audit_log rows must be chained: is an older release still running?'); end`.execute(
          db,
        );
      } else {
        await sql`alter table audit_log alter column prev_hash drop default,
          alter column hash drop default,
          add constraint audit_log_chained check (hash <> '' and prev_hash <> '')`.execute(db);
      }
      // Append-only in the database itself: no UPDATE, DELETE (or TRUNCATE) gets through, whatever
      // the application's code does.
      if (sqlite) {
        for (const op of ['update', 'delete']) {
          await sql
            .raw(
              `create trigger audit_log_no_${op} before ${op} on audit_log begin select raise(abort, 'audit_log is append-only'); end`,
            )
            .execute(db);
        }
      } else {
        await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
          begin raise exception 'audit_log is append-only'; end $$`.execute(db);
        await sql`create trigger audit_log_no_change before update or delete on audit_log
          for each row execute function audit_log_append_only()`.execute(db);
        await sql`create trigger audit_log_no_truncate before truncate on audit_log
          for each statement execute function audit_log_append_only()`.execute(db);
      }
    },
    async down(db: Kysely<any>) {
      const sqlite = isSqlite(db);
      if (sqlite) {
        await sql`drop trigger if exists audit_log_no_update`.execute(db);
        await sql`drop trigger if exists audit_log_no_delete`.execute(db);
        await sql`drop trigger if exists audit_log_chained`.execute(db);
      } else {
        await sql`alter table audit_log drop constraint if exists audit_log_chained`.execute(db);
        await sql`drop trigger if exists audit_log_no_change on audit_log`.execute(db);
        await sql`drop trigger if exists audit_log_no_truncate on audit_log`.execute(db);
        await sql`drop function if exists audit_log_append_only()`.execute(db);
      }
      for (const column of ['hash', 'prev_hash', 'intakes'])
        await db.schema.alterTable('audit_log').dropColumn(column).execute();
      await db.schema
        .alterTable('staff_users')
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('staff_users').addColumn('locked_until', 'text').execute();
      await db.schema.dropTable('login_throttle').execute();
    },
  },
  '2026_11_30_0004_self_harm_outreach': {
    async up(db: Kysely<any>) {
      const sqlite = isSqlite(db);
      // A self-harm "yes" sorts above everything (priority 0) and needs an outreach note to close.
      await db.schema
        .alterTable('intakes')
        .addColumn('needs_outreach', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable('intake_notes')
        .addColumn('outreach', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db
        .updateTable('intakes')
        .set((eb) => ({ priority: eb('priority', '+', 1) }))
        .execute();
      // Only ruleset 2026.2 asked the question; its assessment says the answer.
      const rows = await db
        .selectFrom('intakes')
        .select(['id', 'assessment'])
        .where('ruleset_version', '=', '2026.2')
        .execute();
      for (const row of rows as { id: string; assessment: string }[]) {
        const assessment = JSON.parse(row.assessment) as {
          moodScreen?: { selfHarmThoughts?: boolean };
        };
        if (assessment.moodScreen?.selfHarmThoughts === true)
          await db
            .updateTable('intakes')
            .set({ priority: 0, needs_outreach: 1 })
            .where('id', '=', row.id)
            .execute();
      }
      // The database itself refuses to close such an intake without an outreach note, whatever
      // the code in front of it does (the route checks first, for a clear message).
      if (sqlite) {
        for (const op of ['insert', 'update of status'])
          await sql
            .raw(
              `create trigger intakes_outreach_before_close_${op.split(' ')[0]} before ${op} on intakes
              when new.status = 'closed' and new.needs_outreach = 1
                and not exists (select 1 from intake_notes where intake_id = new.id and outreach = 1)
              begin select raise(abort, 'outreach_note_required'); end`,
            )
            .execute(db);
      } else {
        await sql`create function intakes_outreach_before_close() returns trigger language plpgsql as $$
          begin
            if new.status = 'closed' and new.needs_outreach = 1 and not exists
              (select 1 from intake_notes where intake_id = new.id and outreach = 1) then
              raise exception 'outreach_note_required';
            end if;
            return new;
          end $$`.execute(db);
        await sql`create trigger intakes_outreach_before_close before insert or update of status
          on intakes for each row execute function intakes_outreach_before_close()`.execute(db);
      }
    },
    async down(db: Kysely<any>) {
      if (isSqlite(db)) {
        await sql`drop trigger if exists intakes_outreach_before_close_insert`.execute(db);
        await sql`drop trigger if exists intakes_outreach_before_close_update`.execute(db);
      } else {
        await sql`drop trigger if exists intakes_outreach_before_close on intakes`.execute(db);
        await sql`drop function if exists intakes_outreach_before_close()`.execute(db);
      }
      await db
        .updateTable('intakes')
        .set((eb) => ({ priority: eb('priority', '-', 1) }))
        .where('priority', '>', 0)
        .execute();
      // A self-harm intake goes back to its verdict's place: urgent ones were 0, the rest by verdict.
      const rows = await db
        .selectFrom('intakes')
        .select(['id', 'verdict'])
        .where('needs_outreach', '=', 1)
        .execute();
      const byVerdict: Record<string, number> = {
        emergency: 0,
        urgent: 0,
        goodCandidate: 1,
        possibleCandidate: 2,
        conservativeFirst: 3,
      };
      for (const row of rows as { id: string; verdict: string }[])
        await db
          .updateTable('intakes')
          .set({ priority: byVerdict[row.verdict] ?? 3 })
          .where('id', '=', row.id)
          .execute();
      await db.schema.alterTable('intake_notes').dropColumn('outreach').execute();
      await db.schema.alterTable('intakes').dropColumn('needs_outreach').execute();
    },
  },
  // Notifications leave through an outbox written in the intake's (or the status change's)
  // transaction: a crash between the commit and the send loses none (see notify/dispatcher.ts).
  '2026_11_30_0005_notification_outbox': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('intake_id', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('lock_token', 'text')
        .addColumn('last_error', 'text')
        .addColumn('delivered_at', 'text')
        .addColumn('failed_at', 'text')
        .execute();
      // The dispatcher's question, "what is due?", reads only the messages still on their way.
      await db.schema
        .createIndex('outbox_due')
        .on('outbox')
        .column('next_attempt_at')
        .where(sql.ref('delivered_at'), 'is', null)
        .where(sql.ref('failed_at'), 'is', null)
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('outbox').execute();
    },
  },
  // Patient data leaves the clear (crypto/vault.ts). This one adds the sealed columns; the
  // intakes already stored are sealed in place after it (seal-in-place.ts, resumable), and the next
  // drops the columns in clear, refusing while any intake is not yet sealed.
  '2026_11_30_0008_sealed_fields': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('data_keys')
        .addColumn('purpose', 'text', (c) => c.primaryKey())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('data_key', 'text', (c) => c.notNull())
        .execute();
      for (const column of ['key_id', 'data_key', 'sealed'])
        await db.schema.alterTable('intakes').addColumn(column, 'text').execute();
      await db.schema.alterTable('intake_notes').addColumn('sealed', 'text').execute();
      // The inbox's order and its count of new intakes, read from indexes: a sort of every row
      // would carry each row's sealed data through the sorter. The order's index replaces the
      // first release's (priority, created_at): one index less to write with each intake.
      await db.schema.dropIndex('intakes_priority_created').execute();
      await db.schema
        .createIndex('intakes_staff_order')
        .on('intakes')
        .columns(['priority', 'created_at desc', 'id desc'])
        .execute();
      await db.schema.createIndex('intakes_status').on('intakes').column('status').execute();
      await db.schema
        .createTable('intake_name_tokens')
        .addColumn('token', 'text', (c) => c.notNull())
        .addColumn('intake_id', 'text', (c) =>
          c.notNull().references('intakes.id').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('intake_name_tokens_pk', ['token', 'intake_id'])
        .execute();
      await db.schema
        .createIndex('intake_name_tokens_intake')
        .on('intake_name_tokens')
        .column('intake_id')
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('intake_name_tokens').execute();
      await db.schema.dropIndex('intakes_staff_order').execute();
      await db.schema
        .createIndex('intakes_priority_created')
        .on('intakes')
        .columns(['priority', 'created_at'])
        .execute();
      await db.schema.dropIndex('intakes_status').execute();
      await db.schema.alterTable('intake_notes').dropColumn('sealed').execute();
      for (const column of ['sealed', 'data_key', 'key_id'])
        await db.schema.alterTable('intakes').dropColumn(column).execute();
      await db.schema.dropTable('data_keys').execute();
    },
  },
  '2026_11_30_0009_drop_plaintext': {
    async up(db: Kysely<any>) {
      const open = await db
        .selectFrom('intakes')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('sealed', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(open.n) > 0)
        throw new Error(`${open.n} intakes are not encrypted yet: give the server its data key.`);
      for (const column of plaintextColumns)
        await db.schema.alterTable('intakes').dropColumn(column).execute();
      await db.schema.alterTable('intake_notes').dropColumn('body').execute();
      // Nothing is stored unsealed again, whatever the code in front of the database does.
      if (isSqlite(db)) {
        for (const [table, columns] of [
          ['intakes', ['key_id', 'data_key', 'sealed']],
          ['intake_notes', ['sealed']],
        ] as const)
          for (const op of ['insert', 'update'])
            await sql
              .raw(
                `create trigger ${table}_sealed_${op} before ${op} on ${table}
                when ${columns.map((c) => `new.${c} is null`).join(' or ')}
                begin select raise(abort, 'not_sealed'); end`,
              )
              .execute(db);
      } else {
        for (const column of ['key_id', 'data_key', 'sealed'])
          await db.schema
            .alterTable('intakes')
            .alterColumn(column, (c) => c.setNotNull())
            .execute();
        await db.schema
          .alterTable('intake_notes')
          .alterColumn('sealed', (c) => c.setNotNull())
          .execute();
      }
    },
    async down(db: Kysely<any>) {
      // What was in clear is sealed now: going down leaves these columns empty (the data stays
      // in `sealed`, readable with the key).
      if (isSqlite(db))
        for (const table of ['intakes', 'intake_notes'])
          for (const op of ['insert', 'update'])
            await sql.raw(`drop trigger if exists ${table}_sealed_${op}`).execute(db);
      for (const column of plaintextColumns)
        await db.schema
          .alterTable('intakes')
          .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
          .execute();
      await db.schema
        .alterTable('intake_notes')
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
    },
  },
  // Retention (retention.ts) removes intakes closed longer ago than RETENTION_DAYS, so each needs
  // the time it was closed. The database keeps it, by trigger: every path that changes a status
  // (the staff PATCH today, whatever comes later) sets it on closing and clears it on reopening;
  // a closed_at written in the statement that changes the status is overridden.
  '2026_11_30_0007_intake_closed_at': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('intakes').addColumn('closed_at', 'text').execute();
      // Intakes closed before this release: when the audit log saw them closed last, or else when
      // they arrived (the earliest they can have been closed, so retention never keeps one longer).
      await sql`update intakes set closed_at = coalesce(
          (select max(a.at) from audit_log a
            where a.intake_id = intakes.id and a.action = 'changeStatus' and a.detail like ${'%→ closed'}),
          intakes.created_at)
        where status = 'closed'`.execute(db);
      // What retention asks for: the closed intakes, oldest first. Open ones are not in it.
      await db.schema
        .createIndex('intakes_closed_at')
        .on('intakes')
        .column('closed_at')
        .where(sql.ref('closed_at'), 'is not', null)
        .execute();
      if (isSqlite(db)) {
        // SQLite's triggers cannot change NEW: the row is updated after, in the same statement's
        // transaction. ISO-8601 with milliseconds and Z, as JavaScript's toISOString writes times.
        await sql`create trigger intakes_closed_at after update of status on intakes
          when new.status is not old.status
          begin
            update intakes set closed_at = case when new.status = 'closed'
              then strftime('%Y-%m-%dT%H:%M:%fZ', 'now') else null end
            where id = new.id;
          end`.execute(db);
      } else {
        await sql`create function intakes_closed_at() returns trigger language plpgsql as $$
          begin
            if new.status is distinct from old.status then
              new.closed_at := case when new.status = 'closed'
                then to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') else null end;
            end if;
            return new;
          end $$`.execute(db);
        await sql`create trigger intakes_closed_at before update of status on intakes
          for each row execute function intakes_closed_at()`.execute(db);
      }
    },
    async down(db: Kysely<any>) {
      if (isSqlite(db)) {
        await sql`drop trigger if exists intakes_closed_at`.execute(db);
      } else {
        await sql`drop trigger if exists intakes_closed_at on intakes`.execute(db);
        await sql`drop function if exists intakes_closed_at()`.execute(db);
      }
      await db.schema.dropIndex('intakes_closed_at').execute();
      await db.schema.alterTable('intakes').dropColumn('closed_at').execute();
    },
  },
  // A second factor for staff sign-in (TOTP, RFC 6238), its recovery codes, and the 5-minute step
  // between a right password and the code.
  '2026_11_30_0006_staff_mfa': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('staff_users').addColumn('mfa_secret', 'text').execute();
      await db.schema
        .alterTable('staff_users')
        .addColumn('mfa_enabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('staff_users').addColumn('mfa_last_step', 'integer').execute();
      await db.schema
        .createTable('staff_recovery_codes')
        .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addPrimaryKeyConstraint('staff_recovery_codes_pk', ['user_id', 'code_hash'])
        .execute();
      await db.schema
        .createTable('staff_mfa_challenges')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('staff_mfa_challenges').execute();
      await db.schema.dropTable('staff_recovery_codes').execute();
      await db.schema.alterTable('staff_users').dropColumn('mfa_last_step').execute();
      await db.schema.alterTable('staff_users').dropColumn('mfa_enabled').execute();
      await db.schema.alterTable('staff_users').dropColumn('mfa_secret').execute();
    },
  },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * `schema` names where PostgreSQL keeps the migration records: without it Kysely looks for them in
 * every schema of the database and may find another's.
 */
export const sealedFieldsMigration = '2026_11_30_0008_sealed_fields';
const dropPlaintextMigration = '2026_11_30_0009_drop_plaintext';

/** The names of the migrations applied, from Kysely's own table; none on a new database. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function appliedMigrations(db: Kysely<any>, schema?: string): Promise<Set<string>> {
  const table = schema === undefined ? 'kysely_migration' : `${schema}.kysely_migration`;
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(table)}`.execute(db);
    return new Set(rows.map((row) => row.name));
  } catch {
    return new Set();
  }
}

export interface MigrateOptions {
  /** The data keys: needed only when intakes stored by an earlier release are to be sealed. */
  keyring?: Keyring;
  /** Told how the sealing of earlier intakes goes: done of total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Migrates to the latest schema. A database of a release before encryption is brought up to
 * 2026_11_30_0008, its intakes and notes are sealed in place in batches (a start killed halfway
 * goes on where it stopped), the columns in clear are dropped, and the file is rewritten without
 * the old pages (SQLite's VACUUM; PostgreSQL's VACUUM FULL).
 */
export async function migrateToLatest(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  schema?: string,
  options: MigrateOptions = {},
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    ...(schema !== undefined && { migrationTableSchema: schema }),
  });
  // Read from the migration table itself: Kysely's getMigrations() introspects every schema of
  // a PostgreSQL database, and trips over another's being dropped meanwhile.
  const applied = await appliedMigrations(db, schema);
  let sealed = 0;
  // A new database has nothing to seal; a database at or past 0009 has nothing in clear.
  if (applied.size > 0 && !applied.has(dropPlaintextMigration)) {
    const { error } = await migrator.migrateTo(sealedFieldsMigration);
    if (error !== undefined)
      throw new Error(`Database migration to ${sealedFieldsMigration} failed`, { cause: error });
    sealed = await sealInPlace(db, options);
  }
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
  if (sealed > 0) await scrub(db);
}

/** Migrates up or down to the named migration (tests of an upgrade from an earlier release). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateTo(db: Kysely<any>, target: string, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    ...(schema !== undefined && { migrationTableSchema: schema }),
  });
  const { error } = await migrator.migrateTo(target);
  if (error !== undefined)
    throw new Error(`Database migration to ${target} failed`, { cause: error });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateDown(db: Kysely<any>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    ...(schema !== undefined && { migrationTableSchema: schema }),
  });
  for (;;) {
    const { error, results } = await migrator.migrateDown();
    if (error !== undefined) throw new Error('Database migration down failed', { cause: error });
    if (!results || results.length === 0) return;
  }
}
