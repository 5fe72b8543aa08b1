import { z } from 'zod/mini';
import { verdicts } from '../rules';
import { noHiddenCharacters } from './contract';
import { statuses } from './intake-status';

// The staff API's requests, defined once: the routes validate with these, the OpenAPI document is
// generated from them, and the inbox types its calls by them.

export { statuses, statusWords, type Status } from './intake-status';

export const loginSchema = z.strictObject({
  email: z.string().check(z.maxLength(254), noHiddenCharacters()),
  password: z.string().check(z.maxLength(1024)),
});

/** A code of the second factor: six digits from the authenticator app, or a recovery code. */
export const mfaCodeSchema = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
});

export const setupSchema = z.strictObject({
  token: z.string().check(z.maxLength(100)),
  email: z.string().check(z.maxLength(254), noHiddenCharacters()),
  password: z.string().check(z.maxLength(1024)),
});

export const listQuery = z.object({
  status: z.optional(z.enum(statuses)),
  verdict: z.optional(z.enum(verdicts)),
  /**
   * Whole words of the patient's first or last name, any case or accent (names are encrypted and
   * searched through a blind index: no parts of words), or part of the reference.
   */
  q: z.optional(z.string().check(z.maxLength(100), noHiddenCharacters())),
  /** Received on or after this day (YYYY-MM-DD, UTC). */
  from: z.optional(z.iso.date()),
  /** Received on or before this day (YYYY-MM-DD, UTC). */
  to: z.optional(z.iso.date()),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
});
export type ListQuery = z.infer<typeof listQuery>;

/** A note of only blanks, marks or joiners says nothing: it cannot record a call. */
export const noWordsMessage = 'must say something in letters or digits';

/**
 * A change to an intake: a status, a note, or both (the note is written first). `outreach: true`
 * marks the note as the record of the same-day call a self-harm "yes" asks for; only then can such
 * an intake be closed.
 */
export const patchSchema = z.strictObject({
  status: z.optional(z.enum(statuses)),
  note: z.optional(
    z.string().check(
      z.trim(),
      z.minLength(1),
      z.maxLength(5000),
      noHiddenCharacters('lines'),
      z.refine((note) => /[\p{L}\p{N}]/u.test(note), noWordsMessage),
    ),
  ),
  outreach: z.optional(z.boolean()),
});
export type IntakePatch = z.infer<typeof patchSchema>;

export const intakeParams = z.object({
  id: z.pipe(
    z.uuid(),
    z.transform((id) => id.toLowerCase()),
  ),
});

/** The audit log's filters: entries before an id (the next page), or those naming one intake. */
export const auditQuery = z.object({
  before: z.optional(z.string().check(z.regex(/^\d{1,15}$/))),
  intake: z.optional(
    z.pipe(
      z.uuid(),
      z.transform((id) => id.toLowerCase()),
    ),
  ),
});

/** Reading a FHIR Questionnaire by id, or (the canonical id) at one version. */
export const questionnaireReadQuery = z.object({
  version: z.optional(z.string().check(z.maxLength(40))),
});

/** Searching the FHIR Questionnaires by canonical URL (`url|version` allowed) and version. */
export const questionnaireSearchQuery = z.object({
  url: z.optional(z.string().check(z.maxLength(500))),
  version: z.optional(z.string().check(z.maxLength(40))),
});

export const questionnaireParams = z.object({ id: z.string() });

/** Notifications by where they stand: given up on (the default), still being tried, or delivered. */
export const deliveryStates = ['failed', 'pending', 'delivered'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

export const deliveriesQuery = z.object({
  state: z._default(z.enum(deliveryStates), 'failed'),
});

export const deliveryParams = z.object({
  id: z.pipe(
    z.uuid(),
    z.transform((id) => id.toLowerCase()),
  ),
});
