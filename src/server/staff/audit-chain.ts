import { createHash } from 'node:crypto';
import type { AuditTable } from '../db/database';

// The audit log's hash chain: each row's hash covers its content and the previous row's hash, so
// a row removed, altered or slipped in breaks every link after it. This is the format on disk:
// changing it needs a new version of the chain, not an edit.

/** Where the chain starts: the `prev_hash` of the first row. */
export const chainStart = '0'.repeat(64);

/** What a row's hash covers: all of it but its id and the hashes themselves. */
export type ChainedFields = Omit<AuditTable, 'id' | 'prev_hash' | 'hash'>;

export function auditRowHash(prevHash: string, row: ChainedFields): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        'audit-v1',
        prevHash,
        row.at,
        row.actor_id,
        row.actor_email,
        row.action,
        row.intake_id,
        row.intakes,
        row.detail,
        row.ip,
      ]),
    )
    .digest('hex');
}
