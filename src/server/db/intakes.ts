import type { Kysely } from 'kysely';
import type { IntakeReceipt, IntakeRecord, IntakeRequest } from '../../api/contract';
import { rulesetVersion, type Assessment, type Verdict } from '../../rules';
import { rulesetV1 } from '../../rules/v1';
import type { Database } from './database';
import { newIntakeOutboxRows, type Channel, type OutboxRow } from '../notify/outbox';
import type { OpenedSecrets, Vault } from '../crypto/vault';

// The intake repository: plain functions over `db` (or a transaction), the same for both dialects.

export const verdictPriority: Record<Verdict, number> = {
  emergency: 1,
  urgent: 1,
  goodCandidate: 2,
  possibleCandidate: 3,
  conservativeFirst: 4,
};

/** Whether an assessment records a self-harm "yes" (only ruleset 2026.2 asks). */
export const needsOutreach = (assessment: { moodScreen?: { selfHarmThoughts: boolean } }) =>
  assessment.moodScreen?.selfHarmThoughts === true;

/** The staff order: a self-harm "yes" first whatever the verdict (CLINICAL section 5), then urgent. */
export const priorityOf = (assessment: Assessment) =>
  needsOutreach(assessment) ? 0 : verdictPriority[assessment.verdict];

export interface NewIntake {
  id: string;
  reference: string;
  idempotencyKey: string;
  requestHash: string;
  request: IntakeRequest;
  assessment: Assessment;
  now: Date;
}

export type StoreOutcome =
  | { kind: 'created'; receipt: IntakeReceipt }
  | { kind: 'replayed'; receipt: IntakeReceipt }
  | { kind: 'keyConflict' };

/** True for a unique-constraint violation in either dialect: a concurrent twin won the race. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/**
 * An intake ready to store: its rows, sealed (crypto/vault.ts), with its name's blind index and its
 * notifications. Made on the server's thread before the intake reaches a writer, so the writers
 * (storeIntake, and the SQLite group commit's thread) never see a patient's data in clear.
 */
export interface PreparedIntake {
  idempotencyKey: string;
  requestHash: string;
  receipt: IntakeReceipt;
  intake: Database['intakes'];
  key: Database['idempotency_keys'];
  tokens: Database['intake_name_tokens'][];
  outbox: OutboxRow[];
}

export function prepareIntake(
  intake: NewIntake,
  vault: Vault,
  channels: readonly Channel[] = [],
): PreparedIntake {
  const receipt: IntakeReceipt = {
    reference: intake.reference,
    verdict: intake.assessment.verdict,
  };
  const createdAt = intake.now.toISOString();
  const { answers, contact, locale } = intake.request;
  const sealed = vault.sealIntake(intake.id, {
    contact: JSON.stringify(contact),
    answers: JSON.stringify(answers),
    assessment: JSON.stringify(intake.assessment),
  });
  return {
    idempotencyKey: intake.idempotencyKey,
    requestHash: intake.requestHash,
    receipt,
    intake: {
      id: intake.id,
      reference: intake.reference,
      created_at: createdAt,
      verdict: intake.assessment.verdict,
      priority: priorityOf(intake.assessment),
      needs_outreach: needsOutreach(intake.assessment) ? 1 : 0,
      status: 'new',
      closed_at: null,
      locale,
      ruleset_version: intake.assessment.rulesetVersion,
      key_id: sealed.key_id,
      data_key: sealed.data_key,
      sealed: sealed.sealed,
    },
    key: {
      key: intake.idempotencyKey,
      request_hash: intake.requestHash,
      intake_id: intake.id,
      response: JSON.stringify(receipt),
      created_at: createdAt,
    },
    tokens: vault
      .nameTokens(contact.firstName, contact.lastName)
      .map((token) => ({ token, intake_id: intake.id })),
    outbox: newIntakeOutboxRows(intake, channels),
  };
}

/** What an earlier request with the same key means for this one. */
export function replayOf(
  earlier: { request_hash: string; response: string },
  requestHash: string,
): StoreOutcome {
  return earlier.request_hash === requestHash
    ? { kind: 'replayed', receipt: JSON.parse(earlier.response) as IntakeReceipt }
    : { kind: 'keyConflict' };
}

/**
 * Stores an intake and its idempotency record in one transaction, or answers from the record an
 * earlier request with the same key left: the same receipt for the same body, a conflict otherwise.
 * The notifications of the configured `channels` are written in the same transaction.
 */
export function storeIntake(db: Kysely<Database>, prepared: PreparedIntake): Promise<StoreOutcome> {
  return db.transaction().execute(async (trx) => {
    const earlier = await trx
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'response'])
      .where('key', '=', prepared.idempotencyKey)
      .executeTakeFirst();
    if (earlier !== undefined) return replayOf(earlier, prepared.requestHash);
    await trx.insertInto('intakes').values(prepared.intake).execute();
    await trx.insertInto('idempotency_keys').values(prepared.key).execute();
    if (prepared.tokens.length > 0)
      await trx.insertInto('intake_name_tokens').values(prepared.tokens).execute();
    if (prepared.outbox.length > 0)
      await trx.insertInto('outbox').values(prepared.outbox).execute();
    return { kind: 'created', receipt: prepared.receipt };
  });
}

export class UnknownRulesetError extends Error {
  constructor(readonly rulesetVersion: string) {
    super(`An intake was stored under ruleset ${rulesetVersion}, which this release cannot read.`);
  }
}

/**
 * A row's answers and assessment exactly as stored, typed by the ruleset they were made under
 * (the row's `ruleset_version` column). Nothing is re-assessed: an intake of ruleset 2026.1 keeps
 * its 2026.1 assessment. A ruleset this release does not know is an error, never a guess.
 */
export function intakeRecord(
  row: Pick<Database['intakes'], 'ruleset_version'> & Pick<OpenedSecrets, 'answers' | 'assessment'>,
): IntakeRecord {
  const { answers, assessment } = row;
  switch (row.ruleset_version) {
    case rulesetVersion:
      return {
        rulesetVersion,
        answers: answers as Extract<
          IntakeRecord,
          { rulesetVersion: typeof rulesetVersion }
        >['answers'],
        assessment: assessment as Assessment,
      };
    case rulesetV1:
      return {
        rulesetVersion: rulesetV1,
        answers: answers as Extract<IntakeRecord, { rulesetVersion: typeof rulesetV1 }>['answers'],
        assessment: assessment as Extract<
          IntakeRecord,
          { rulesetVersion: typeof rulesetV1 }
        >['assessment'],
      };
    default:
      throw new UnknownRulesetError(row.ruleset_version);
  }
}

export type StoredIntake = {
  id: string;
  reference: string;
  createdAt: string;
  verdict: Verdict;
  priority: number;
  status: string;
  locale: string;
  contact: IntakeRequest['contact'];
} & IntakeRecord;

/** A row with its sealed fields opened. */
export const openRow = <
  T extends Pick<Database['intakes'], 'id' | 'key_id' | 'data_key' | 'sealed'>,
>(
  vault: Vault,
  row: T,
): T & OpenedSecrets => ({ ...row, ...vault.openIntake(row) });

function toStored(vault: Vault, sealedRow: Database['intakes']): StoredIntake {
  const row = openRow(vault, sealedRow);
  return {
    id: row.id,
    reference: row.reference,
    createdAt: row.created_at,
    verdict: row.verdict as Verdict,
    priority: row.priority,
    status: row.status,
    locale: row.locale,
    contact: row.contact,
    ...intakeRecord(row),
  };
}

export async function findIntakeByReference(
  db: Kysely<Database>,
  vault: Vault,
  reference: string,
): Promise<StoredIntake | undefined> {
  const row = await db
    .selectFrom('intakes')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row && toStored(vault, row);
}

export async function countIntakes(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('intakes')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

export interface IntakeFilters {
  status?: string | undefined;
  verdict?: string | undefined;
  /**
   * Words of the patient's name (each a whole word of the first or last name, any case or accent:
   * the blind index holds no parts of words), or part of the reference.
   */
  q?: string | undefined;
  /** Received on or after / on or before these days (YYYY-MM-DD, UTC). */
  from?: string | undefined;
  to?: string | undefined;
}

/** The intakes matching the filters, most urgent first, then newest (ties by id): the staff order. */
export function intakesQuery(db: Kysely<Database>, vault: Vault, filters: IntakeFilters = {}) {
  let select = db
    .selectFrom('intakes')
    .orderBy('priority', 'asc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  if (filters.status) select = select.where('status', '=', filters.status);
  if (filters.verdict) select = select.where('verdict', '=', filters.verdict);
  if (filters.from) select = select.where('created_at', '>=', `${filters.from}T00:00:00.000Z`);
  if (filters.to) select = select.where('created_at', '<=', `${filters.to}T23:59:59.999Z`);
  if (filters.q) {
    const like = `%${filters.q.toLowerCase().replace(/[%_\\]/g, '')}%`;
    const tokens = vault.nameTokens(filters.q);
    select = select.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['reference']), 'like', like),
        // Every word searched for is a word of the name.
        ...(tokens.length > 0
          ? [
              eb.and(
                tokens.map((token) =>
                  eb.exists(
                    eb
                      .selectFrom('intake_name_tokens')
                      .select('intake_name_tokens.token')
                      .whereRef('intake_name_tokens.intake_id', '=', 'intakes.id')
                      .where('intake_name_tokens.token', '=', token),
                  ),
                ),
              ),
            ]
          : []),
      ]),
    );
  }
  return select;
}

/** Every intake matching the filters, in the staff order. */
export async function listIntakes(
  db: Kysely<Database>,
  vault: Vault,
  filters: IntakeFilters = {},
): Promise<StoredIntake[]> {
  const rows = await intakesQuery(db, vault, filters).selectAll('intakes').execute();
  return rows.map((row) => toStored(vault, row));
}
