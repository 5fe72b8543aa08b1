import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { StaffUser } from './accounts';

// The append-only audit trail: who did what, to which intake, when and from where. Details name
// actions and statuses only, never answers or contact details. Nothing here updates or deletes.

export type AuditAction =
  | 'login'
  | 'loginFailed'
  | 'loginLocked'
  | 'logout'
  | 'listIntakes'
  | 'viewIntake'
  | 'changeStatus'
  | 'addNote'
  | 'exportCsv'
  | 'exportFhir'
  | 'viewAudit';

export interface AuditEntry {
  actor: StaffUser | { id: null; email: string } | null;
  action: AuditAction;
  intakeId?: string;
  detail?: string;
  ip: string;
  at?: Date;
}

export async function audit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: (entry.at ?? new Date()).toISOString(),
      actor_id: entry.actor?.id ?? null,
      actor_email: entry.actor?.email ?? null,
      action: entry.action,
      intake_id: entry.intakeId ?? null,
      detail: entry.detail ?? '',
      ip: entry.ip,
    })
    .execute();
}

export async function listAudit(db: Kysely<Database>, options: { limit: number; before?: number }) {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(options.limit);
  if (options.before !== undefined) query = query.where('id', '<', options.before);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: Number(row.id),
    at: row.at,
    actorEmail: row.actor_email,
    action: row.action,
    intakeId: row.intake_id,
    detail: row.detail,
    ip: row.ip,
  }));
}
