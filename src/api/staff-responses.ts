import { z } from 'zod/mini';
import {
  answersSchema,
  cautionIds,
  expectationIds,
  fits,
  procedureIds,
  redFlagLevels,
  redFlags,
  rulesetVersion,
  severities,
  sourceIds,
  verdictReasons,
  verdicts,
} from '../rules';
import {
  answersV1Schema,
  cautionIdsV1,
  expectationIdsV1,
  redFlagsV1,
  rulesetV1,
} from '../rules/v1';
import { contactSchema, localeSchema } from './contract';
import { statuses } from './staff-contract';

// What the staff API answers, as schemas: the OpenAPI document is generated from them, and its
// test holds real answers to them (strict objects: a field added to an answer must be added here).
// They describe; the routes do not validate what they send with them.

const timestamp = z.iso.datetime();

/** A member of staff, as signing in, setting up and /me answer. */
export const staffUserSchema = z.strictObject({
  id: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'staff']),
});
export const staffUserResponseSchema = z.strictObject({ user: staffUserSchema });

/** The right password of an account with a second factor: send the code next. */
export const mfaChallengeSchema = z.strictObject({
  mfaRequired: z
    .literal(true)
    .check(
      z.describe(
        'The password was right; the pre-session cookie lets POST /api/staff/login/mfa finish the sign-in with a code, within 5 minutes.',
      ),
    ),
});

/** What signing in answers: signed in, or the code step next. */
export const loginResponseSchema = z.union([staffUserResponseSchema, mfaChallengeSchema]);

/** Who is signed in, and where their second factor stands. */
export const meResponseSchema = z.strictObject({
  user: staffUserSchema,
  mfa: z.strictObject({
    enabled: z.boolean(),
    required: z
      .boolean()
      .check(
        z.describe(
          'The clinic (STAFF_MFA) asks this account for a second factor: while it has none, only enrolment, sign-out and this route answer.',
        ),
      ),
    recoveryCodesLeft: z.int().check(z.gte(0)),
  }),
});

/** A new TOTP secret to confirm: for the QR code, or for typing in by hand. */
export const mfaEnrolmentSchema = z.strictObject({
  otpauthUrl: z
    .string()
    .check(z.describe('otpauth://totp/… (SHA-1, 6 digits, 30 seconds), what the QR code says.')),
  secret: z.string().check(z.describe('The same secret in base32, to type in by hand.')),
  qrSvg: z.string().check(z.describe('The QR code of otpauthUrl, as an SVG document.')),
});

/** The second factor is on: ten one-time recovery codes, shown this once (only hashes are kept). */
export const recoveryCodesSchema = z.strictObject({
  recoveryCodes: z.array(z.string()).check(z.length(10)),
});

/** The rulesets an intake may have been assessed under: the current one, and 2026.1 kept as stored. */
export const storedRulesetVersions = [rulesetVersion, rulesetV1] as const;

/** One row of the inbox list. */
export const intakeListItemSchema = z.strictObject({
  id: z.uuid(),
  reference: z.string(),
  verdict: z.enum(verdicts),
  status: z.enum(statuses),
  createdAt: timestamp,
  name: z.string().check(z.describe('First and last name.')),
  phone: z.string(),
  age: z.int().check(z.describe('The age the patient answered.')),
  warningSigns: z
    .array(z.string())
    .check(z.describe('The warning signs ticked, in a few words each; empty for none.')),
  sameDayCall: z
    .boolean()
    .check(
      z.describe(
        'Thoughts of self-harm, and no outreach record yet: a clinician should call the same business day. Sorted first.',
      ),
    ),
  outreachRecorded: z
    .boolean()
    .check(z.describe('Thoughts of self-harm, and the outreach call is recorded in a note.')),
  locale: localeSchema,
  rulesetVersion: z.enum(storedRulesetVersions),
});

/** A page of the inbox list: most pressing first; `nextCursor` fetches the next page. */
export const intakeListPageSchema = z.strictObject({
  items: z.array(intakeListItemSchema),
  nextCursor: z
    .nullable(z.string())
    .check(z.describe('Send as `cursor` for the next page; null on the last one.')),
  newCount: z
    .int()
    .check(z.gte(0), z.describe('How many intakes are `new`, whatever the filters.')),
});

const reason = (sources: z.ZodMiniType<string>) =>
  z.strictObject({ answer: z.string(), source: sources });

/** An assessment as the current ruleset makes it (src/rules/assessment.ts). */
export const assessmentSchema = z.strictObject({
  rulesetVersion: z.literal(rulesetVersion),
  verdict: z.enum(verdicts),
  verdictBecause: z.array(z.enum(verdictReasons)),
  redFlags: z.array(z.strictObject({ id: z.enum(redFlags), level: z.enum(redFlagLevels) })),
  procedures: z.array(
    z.strictObject({
      id: z.enum(procedureIds),
      fit: z.enum(fits),
      reasons: z.array(reason(z.enum(sourceIds))),
    }),
  ),
  cautions: z.array(
    z.strictObject({
      id: z.enum(cautionIds),
      severity: z.enum(severities),
      reasons: z.array(reason(z.enum(sourceIds))),
    }),
  ),
  expectations: z.array(
    z.strictObject({ id: z.enum(expectationIds), reasons: z.array(reason(z.enum(sourceIds))) }),
  ),
  moodScreen: z.strictObject({
    phq2: z.int().check(z.gte(0), z.lte(6)),
    gad2: z.int().check(z.gte(0), z.lte(6)),
    positive: z.boolean(),
    selfHarmThoughts: z.boolean(),
  }),
});

/** An assessment as ruleset 2026.1 made it, kept as stored (src/rules/v1/assessment.ts). */
export const assessmentV1Schema = z.strictObject({
  rulesetVersion: z.literal(rulesetV1),
  verdict: z.enum(verdicts),
  redFlags: z.array(z.strictObject({ id: z.enum(redFlagsV1), level: z.enum(redFlagLevels) })),
  procedures: z.array(
    z.strictObject({
      id: z.enum(procedureIds),
      fit: z.enum(fits),
      reasons: z.array(reason(z.string())),
    }),
  ),
  cautions: z.array(
    z.strictObject({
      id: z.enum(cautionIdsV1),
      severity: z.enum(severities),
      reasons: z.array(reason(z.string())),
    }),
  ),
  expectations: z.array(
    z.strictObject({ id: z.enum(expectationIdsV1), reasons: z.array(reason(z.string())) }),
  ),
});

export const intakeNoteSchema = z.strictObject({
  id: z.uuid(),
  author: z.string().check(z.describe("The author's email.")),
  body: z.string(),
  createdAt: timestamp,
  outreach: z
    .boolean()
    .check(z.describe('The note records the same-day call a self-harm answer asks for.')),
});

/** The clinician's summary (src/api/clinical-summary.ts), in clinical words. */
export const clinicalSummarySchema = z.strictObject({
  line: z
    .string()
    .check(z.describe('Age, pattern, duration, pain average and worst, interference.')),
  sameDayCall: z.boolean(),
  outreachRecorded: z.boolean(),
  verdict: z.string(),
  because: z.array(z.string()),
  warningSigns: z.array(z.strictObject({ level: z.enum(redFlagLevels), text: z.string() })),
  mood: z.string(),
  background: z.array(z.strictObject({ label: z.string(), value: z.string() })),
  procedures: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      fit: z.string(),
      why: z.array(z.string()),
    }),
  ),
  cautions: z.array(
    z.strictObject({ id: z.string(), severity: z.enum(severities), text: z.string() }),
  ),
});

const intakeDetailFields = {
  id: z.uuid(),
  reference: z.string(),
  createdAt: timestamp,
  verdict: z.enum(verdicts),
  status: z.enum(statuses),
  locale: localeSchema,
  contact: contactSchema,
  summary: clinicalSummarySchema,
  sameDayCall: z.boolean(),
  outreachRecorded: z
    .boolean()
    .check(z.describe('A note marked as the outreach record exists: the intake may be closed.')),
  notes: z.array(intakeNoteSchema),
};

/**
 * One intake with everything it holds: its answers and the assessment made of them when it
 * arrived, exactly as stored (a 2026.1 intake keeps its answers version 1 and its assessment).
 */
export const intakeDetailSchema = z.discriminatedUnion('rulesetVersion', [
  z.strictObject({
    ...intakeDetailFields,
    rulesetVersion: z.literal(rulesetVersion),
    answers: answersSchema,
    assessment: assessmentSchema,
  }),
  z.strictObject({
    ...intakeDetailFields,
    rulesetVersion: z.literal(rulesetV1),
    answers: answersV1Schema,
    assessment: assessmentV1Schema,
  }),
]);

/** What a change to an intake answers once written. */
export const okSchema = z.strictObject({ ok: z.literal(true) });

/** One entry of the audit log (src/server/staff/audit.ts). */
export const auditEntrySchema = z.strictObject({
  id: z.int(),
  at: timestamp,
  actorEmail: z
    .nullable(z.string())
    .check(z.describe('Who did it (for a failed sign-in, the email tried); null for no one.')),
  action: z
    .string()
    .check(z.describe('What was done: login, viewIntake, changeStatus, exportCsv, …')),
  intake: z
    .nullable(z.strictObject({ id: z.string(), reference: z.nullable(z.string()) }))
    .check(z.describe('The one intake the entry is about, if any.')),
  intakes: z
    .array(z.strictObject({ id: z.string(), reference: z.string() }))
    .check(z.describe('Every intake a list page, search or export showed.')),
  detail: z.string(),
  ip: z.string(),
});

/** The newest 100 entries (before `before`, if given): newest first. */
export const auditPageSchema = z.strictObject({ items: z.array(auditEntrySchema) });

/** One notification in the outbox (e-mail or webhook), as administrators see it. */
export const deliverySchema = z.strictObject({
  id: z.uuid().check(z.describe('The outbox id; for a webhook, its `webhook-id`.')),
  channel: z.enum(['email', 'webhook']),
  event: z.enum(['intake.created', 'intake.status_changed']),
  intake: z.strictObject({ id: z.uuid(), reference: z.string() }),
  createdAt: timestamp,
  attempts: z.int().check(z.gte(0)),
  lastError: z.nullable(z.string()),
  nextAttemptAt: z
    .nullable(timestamp)
    .check(z.describe('When it is tried next; null once delivered or given up on.')),
  deliveredAt: z.nullable(timestamp),
  failedAt: z.nullable(timestamp).check(z.describe('Given up on, 24 hours after it was written.')),
});

/** Notifications in one state, newest first, with how many are failed and pending. */
export const deliveryPageSchema = z.strictObject({
  items: z.array(deliverySchema),
  counts: z.strictObject({ failed: z.int().check(z.gte(0)), pending: z.int().check(z.gte(0)) }),
});
