import {
  Migrator,
  SqliteAdapter,
  type Kysely,
  type Migration,
  type MigrationProvider,
} from 'kysely';

// Migrations named by timestamp, each with up and down, applied at start. `any` is allowed here
// only: a migration must not depend on today's Database interface.

/* eslint-disable @typescript-eslint/no-explicit-any */
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
      const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
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
};
/* eslint-enable @typescript-eslint/no-explicit-any */

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * `schema` names where PostgreSQL keeps the migration records: without it Kysely looks for them in
 * every schema of the database and may find another's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    ...(schema !== undefined && { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
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
