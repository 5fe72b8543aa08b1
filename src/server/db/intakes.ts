import type { Kysely } from 'kysely';
import type { IntakeReceipt, IntakeRecord, IntakeRequest } from '../../api/contract';
import { rulesetVersion, type Assessment, type Verdict } from '../../rules';
import { rulesetV1 } from '../../rules/v1';
import type { Database } from './database';
import { newIntakeOutboxRows, type Channel } from '../notify/outbox';

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

/** The intake's row and its idempotency record, as both write paths store them. */
export function intakeRows(intake: NewIntake) {
  const receipt: IntakeReceipt = {
    reference: intake.reference,
    verdict: intake.assessment.verdict,
  };
  const createdAt = intake.now.toISOString();
  const { answers, contact, locale } = intake.request;
  return {
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
      first_name: contact.firstName,
      last_name: contact.lastName,
      answers: JSON.stringify(answers),
      contact: JSON.stringify(contact),
      assessment: JSON.stringify(intake.assessment),
    } satisfies Database['intakes'],
    key: {
      key: intake.idempotencyKey,
      request_hash: intake.requestHash,
      intake_id: intake.id,
      response: JSON.stringify(receipt),
      created_at: createdAt,
    } satisfies Database['idempotency_keys'],
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
export function storeIntake(
  db: Kysely<Database>,
  intake: NewIntake,
  channels: readonly Channel[] = [],
): Promise<StoreOutcome> {
  return db.transaction().execute(async (trx) => {
    const earlier = await trx
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'response'])
      .where('key', '=', intake.idempotencyKey)
      .executeTakeFirst();
    if (earlier !== undefined) return replayOf(earlier, intake.requestHash);
    const rows = intakeRows(intake);
    await trx.insertInto('intakes').values(rows.intake).execute();
    await trx.insertInto('idempotency_keys').values(rows.key).execute();
    const outbox = newIntakeOutboxRows(intake, channels);
    if (outbox.length > 0) await trx.insertInto('outbox').values(outbox).execute();
    return { kind: 'created', receipt: rows.receipt };
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
  row: Pick<Database['intakes'], 'ruleset_version' | 'answers' | 'assessment'>,
): IntakeRecord {
  const answers: unknown = JSON.parse(row.answers);
  const assessment: unknown = JSON.parse(row.assessment);
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

function toStored(row: Database['intakes']): StoredIntake {
  return {
    id: row.id,
    reference: row.reference,
    createdAt: row.created_at,
    verdict: row.verdict as Verdict,
    priority: row.priority,
    status: row.status,
    locale: row.locale,
    contact: JSON.parse(row.contact) as StoredIntake['contact'],
    ...intakeRecord(row),
  };
}

export async function findIntakeByReference(
  db: Kysely<Database>,
  reference: string,
): Promise<StoredIntake | undefined> {
  const row = await db
    .selectFrom('intakes')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row && toStored(row);
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
  /** Part of a first name, last name or reference, any case. */
  q?: string | undefined;
  /** Received on or after / on or before these days (YYYY-MM-DD, UTC). */
  from?: string | undefined;
  to?: string | undefined;
}

/** The intakes matching the filters, most urgent first, then newest (ties by id): the staff order. */
export function intakesQuery(db: Kysely<Database>, filters: IntakeFilters = {}) {
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
    select = select.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['first_name']), 'like', like),
        eb(eb.fn('lower', ['last_name']), 'like', like),
        eb(eb.fn('lower', ['reference']), 'like', like),
      ]),
    );
  }
  return select;
}

/** Every intake matching the filters, in the staff order. */
export async function listIntakes(
  db: Kysely<Database>,
  filters: IntakeFilters = {},
): Promise<StoredIntake[]> {
  const rows = await intakesQuery(db, filters).selectAll().execute();
  return rows.map(toStored);
}
