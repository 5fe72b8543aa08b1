import { randomUUID } from 'node:crypto';
import type { Contact, IntakeReceipt, IntakeRecord } from '../../api/contract';
import fixtures from '../../rules/v1/fixtures.json';
import type { Database } from '../db/database';
import type { VaultedDb } from '../crypto/vault';
import { verdictPriority } from '../db/intakes';
import { contactFor } from './requests.testing';

// Intakes as the 2026.1 release stored them (answers version 1 with their ruleset 2026.1
// assessment), written column by column as that release's intakeRows wrote them and then sealed as
// the in-place encryption seals them, so the tests can check that everything that reads intakes
// shows them as they are.

export type LegacyRecord = Extract<IntakeRecord, { rulesetVersion: '2026.1' }>;

/** The three stored-by-2026.1 intakes of src/rules/v1/fixtures.json. */
export const legacyRecords: LegacyRecord[] = fixtures.map((fixture) => ({
  rulesetVersion: '2026.1',
  ...(fixture as unknown as Omit<LegacyRecord, 'rulesetVersion'>),
}));

export interface LegacyIntake {
  id: string;
  reference: string;
  createdAt: string;
  contact: Contact;
  record: LegacyRecord;
  /** The rows exactly as written, to compare with what the database holds afterwards. */
  rows: { intake: Database['intakes']; key: Database['idempotency_keys'] };
}

/** Writes one 2026.1 intake and its idempotency record, as the 2026.1 release did. */
export async function storeLegacyIntake(
  { db, vault }: VaultedDb,
  record: LegacyRecord,
  options: { reference: string; createdAt: string; lastName: string },
): Promise<LegacyIntake> {
  const id = randomUUID();
  const contact = contactFor(record.answers, { lastName: options.lastName });
  const receipt: IntakeReceipt = {
    reference: options.reference,
    verdict: record.assessment.verdict,
  };
  const { dataKey: _, ...sealedColumns } = vault.sealIntake(id, {
    contact: JSON.stringify(contact),
    answers: JSON.stringify(record.answers),
    assessment: JSON.stringify(record.assessment),
  });
  const rows = {
    intake: {
      id,
      reference: options.reference,
      created_at: options.createdAt,
      verdict: record.assessment.verdict,
      priority: verdictPriority[record.assessment.verdict],
      needs_outreach: 0,
      status: 'new',
      closed_at: null,
      locale: 'en',
      ruleset_version: record.assessment.rulesetVersion,
      ...sealedColumns,
    } satisfies Database['intakes'],
    key: {
      key: randomUUID(),
      request_hash: 'stored-by-2026.1',
      intake_id: id,
      response: JSON.stringify(receipt),
      created_at: options.createdAt,
    } satisfies Database['idempotency_keys'],
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('intakes').values(rows.intake).execute();
    await trx.insertInto('idempotency_keys').values(rows.key).execute();
    await trx
      .insertInto('intake_name_tokens')
      .values(
        vault
          .nameTokens(contact.firstName, contact.lastName)
          .map((token) => ({ token, intake_id: id })),
      )
      .execute();
  });
  return { id, reference: options.reference, createdAt: options.createdAt, contact, record, rows };
}
