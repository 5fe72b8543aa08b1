import { z } from 'zod/mini';
import {
  answersSchema,
  verdicts,
  type Answers,
  type Assessment,
  type rulesetVersion,
} from '../rules';
import type { AnswersV1, AssessmentV1, rulesetV1 } from '../rules/v1';

// The HTTP contract of DESIGN.md, defined once: the patient app and the server both import it.

export const localeSchema = z.enum(['en', 'es']);

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole years between a date of birth (YYYY-MM-DD) and a day, or undefined if not a real date. */
export function ageOn(dateOfBirth: string, today: Date): number | undefined {
  const match = isoDate.exec(dateOfBirth);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  const y = today.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < month - 1 ||
    (today.getUTCMonth() === month - 1 && today.getUTCDate() < day);
  return y - year - (beforeBirthday ? 1 : 0);
}

/** What a free-text field refuses: a name or note that could fool the person who reads it. */
export const hiddenCharactersMessage =
  'must not contain control characters or text-direction overrides';

// Refused: control characters (Cc: NUL and the rest of C0 and C1), invisible format characters
// (Cf: the bidirectional marks, embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069,
// zero-width space, word joiner, byte-order mark, soft hyphen, tag characters), the line and
// paragraph separators, the Hangul fillers that render as nothing, and lone UTF-16 surrogates
// (which no encoding can store). Kept: the zero-width joiner and non-joiner, which Persian, Hindi
// and emoji need, and in text with lines tab, line feed and carriage return.
const hiddenInLine = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]|(?![\u200C\u200D])\p{Cf}/u;
const hiddenInText =
  /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]|(?![\u200C\u200D])\p{Cf}/u;

/** A check that refuses hidden characters, for one line (a name) or text with lines (a message). */
export const noHiddenCharacters = (lines: 'oneLine' | 'lines' = 'oneLine') =>
  z.refine<string>(
    (value) => !(lines === 'lines' ? hiddenInText : hiddenInLine).test(value),
    hiddenCharactersMessage,
  );

const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noHiddenCharacters());

/**
 * The limits of the contact fields, in characters (UTF-16 code units, as zod counts them) unless
 * said otherwise. The patient app's messages name these same numbers.
 */
export const contactLimits = {
  name: 100,
  phone: 30,
  phoneDigits: { min: 7, max: 15 },
  email: 254,
  message: 1000,
  /** The age a date of birth may give, in whole years. */
  age: { min: 0, max: 120 },
} as const;

/** How many digits a phone number has, whatever stands between them. */
export const phoneDigitCount = (phone: string) => phone.replace(/\D/g, '').length;

export const contactSchema = z.strictObject({
  firstName: text(contactLimits.name),
  lastName: text(contactLimits.name),
  dateOfBirth: z.string().check(
    z.regex(isoDate),
    z.refine((value) => {
      const age = ageOn(value, new Date());
      return age !== undefined && age >= contactLimits.age.min && age <= contactLimits.age.max;
    }, 'Enter a real date of birth.'),
  ),
  phone: z.string().check(
    z.trim(),
    z.maxLength(contactLimits.phone),
    // Digits, spaces (a pasted no-break space too) and ( ) . - : no tab, line break or
    // invisible character.
    z.regex(/^\+?[\d \u00A0().-]+$/),
    z.refine((value) => {
      const digits = phoneDigitCount(value);
      return digits >= contactLimits.phoneDigits.min && digits <= contactLimits.phoneDigits.max;
    }, 'Enter a phone number of 7 to 15 digits.'),
  ),
  email: z.optional(z.email().check(z.maxLength(contactLimits.email))),
  preferredContact: z.enum(['phone', 'text', 'email']),
  bestTime: z.enum(['morning', 'afternoon', 'evening', 'any']),
  message: z.optional(
    z.string().check(z.maxLength(contactLimits.message), noHiddenCharacters('lines')),
  ),
  consent: z.strictObject({ contact: z.literal(true), privacy: z.literal(true) }),
});
export type Contact = z.infer<typeof contactSchema>;

/**
 * A consultation request. The date of birth must agree with the age answered; one year either way
 * is allowed, for a birthday or a time zone between answering and sending.
 */
export const intakeRequestSchema = z
  .strictObject({ answers: answersSchema, contact: contactSchema, locale: localeSchema })
  .check(
    z.refine(
      ({ answers, contact }) => {
        const age = ageOn(contact.dateOfBirth, new Date());
        return age !== undefined && Math.abs(age - answers.age) <= 1;
      },
      {
        path: ['contact', 'dateOfBirth'],
        error: 'The date of birth does not match the age given.',
      },
    ),
    z.refine(({ contact }) => contact.preferredContact !== 'email' || contact.email !== undefined, {
      path: ['contact', 'email'],
      error: 'An email address is needed to be contacted by email.',
    }),
  );
export type IntakeRequest = z.infer<typeof intakeRequestSchema>;

/** The only answers version a new intake may carry; any other is refused as `unsupported_version`. */
export const acceptedAnswersVersion = 2 as const satisfies Answers['version'];

/** An assessment as ruleset 2026.1 made it: kept as stored, never recomputed (CLINICAL section 0). */
export type StoredAssessmentV1 = Omit<AssessmentV1, 'rulesetVersion'> & {
  rulesetVersion: typeof rulesetV1;
};

/**
 * What a stored intake holds: its answers and the assessment made of them when it arrived, under
 * the ruleset of that day. Intakes of answers version 1 keep their ruleset 2026.1 assessment.
 */
export type IntakeRecord =
  | { rulesetVersion: typeof rulesetVersion; answers: Answers; assessment: Assessment }
  | { rulesetVersion: typeof rulesetV1; answers: AnswersV1; assessment: StoredAssessmentV1 };
export type StoredAnswers = IntakeRecord['answers'];
export type StoredAssessment = IntakeRecord['assessment'];

export const intakeReceiptSchema = z.strictObject({
  reference: z.string().check(z.regex(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/)),
  verdict: z.enum(verdicts),
});
export type IntakeReceipt = z.infer<typeof intakeReceiptSchema>;

export const idempotencyKeySchema = z.uuid();

export interface ApiError {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
});

export const healthSchema = z.object({
  status: z.literal('ok'),
  db: z.enum(['sqlite', 'postgres']),
});

/** The part of the clinic configuration that any visitor may read. */
export const publicConfigSchema = z.object({
  clinicName: z.optional(z.string()),
  phone: z.optional(z.string()),
  address: z.optional(z.string()),
  hours: z.optional(z.object({ en: z.optional(z.string()), es: z.optional(z.string()) })),
  languages: z.array(localeSchema),
  brandColor: z.string(),
  logoUrl: z.optional(z.string()),
  procedures: z.array(z.string()),
});
export type PublicConfig = z.infer<typeof publicConfigSchema>;
