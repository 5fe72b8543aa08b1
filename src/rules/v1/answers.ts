import { z } from 'zod/mini';

// Answers version 1 (ruleset 2026.1), frozen: the schema that stored version-1 intakes were
// checked against. Do not change it; see ./index.ts.

export const emergencyRedFlags = [
  'bladderBowelChange',
  'saddleNumbness',
  'progressiveWeakness',
  'seriousInjury',
  'thunderclapHeadache',
  'headacheNeuroSymptoms',
] as const;
export const urgentRedFlags = [
  'feverChills',
  'cancerHistory',
  'unexplainedWeightLoss',
  'nightPain',
] as const;
export const redFlags = [...emergencyRedFlags, ...urgentRedFlags] as const;

export const locations = ['lowerBack', 'neck', 'knee', 'head', 'nervePain', 'other'] as const;
export const durations = [
  'under6Weeks',
  '6WeeksTo3Months',
  '3To6Months',
  '6To12Months',
  'over1Year',
] as const;
export const treatmentKinds = [
  'otcMedication',
  'prescriptionMedication',
  'opioids',
  'physicalTherapy',
  'chiropractic',
  'exercise',
  'injections',
  'surgery',
] as const;
export const treatmentOutcomes = [
  'notTried',
  'noRelief',
  'temporaryRelief',
  'lastingRelief',
] as const;
export const historyItems = [
  'bloodThinners',
  'bleedingDisorder',
  'activeInfection',
  'pregnant',
  'diabetes',
  'implantedDevice',
  'immunosuppressed',
] as const;
export const allergyKinds = ['contrastDye', 'localAnesthetic', 'steroids', 'latex'] as const;
export const goalKinds = [
  'lessPain',
  'lessMedication',
  'backToActivities',
  'betterSleep',
  'avoidSurgery',
  'painFree',
] as const;

export const backLegPain = ['none', 'buttockOrThigh', 'belowKnee'] as const;
export const backWorseWith = [
  'standingWalking',
  'bendingBackwardTwisting',
  'sittingBendingForward',
] as const;
export const backDiagnoses = [
  'discHerniation',
  'spinalStenosis',
  'facetArthritis',
  'degenerativeDisc',
  'sciatica',
] as const;
export const neckArmPain = ['none', 'shoulder', 'belowElbow'] as const;
export const neckWorseWith = ['turningOrLookingUp'] as const;
export const neckDiagnoses = [
  'discHerniation',
  'pinchedNerve',
  'facetArthritis',
  'degenerativeDisc',
] as const;
export const kneeDiagnoses = ['osteoarthritis', 'bursitis', 'meniscusTear'] as const;
export const kneeReplacement = ['none', 'hadReplacement', 'notWantedOrNotAdvised'] as const;
export const headacheTypes = ['migraine', 'cluster', 'backOfHead', 'other'] as const;
export const nerveCauses = [
  'diabetes',
  'afterSurgeryOrInjury',
  'crps',
  'chemotherapy',
  'shingles',
  'unknown',
] as const;

/** A set of choices: each value at most once, and at least `minLength` of them. */
const choices = <const T extends readonly [string, ...string[]]>(
  values: T,
  minLength = 0,
  error?: string,
) =>
  z.array(z.enum(values)).check(
    z.minLength(minLength, error === undefined ? undefined : { error }),
    z.refine((list) => new Set(list).size === list.length, {
      error: 'Each choice may appear once.',
    }),
  );

const range = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const scale = (max: number) => range(0, max);

export const backDetailsSchema = z.strictObject({
  legPain: z.enum(backLegPain),
  worseWith: choices(backWorseWith),
  diagnoses: choices(backDiagnoses),
  priorSurgery: z.boolean(),
});

export const neckDetailsSchema = z.strictObject({
  armPain: z.enum(neckArmPain),
  worseWith: choices(neckWorseWith),
  diagnoses: choices(neckDiagnoses),
  priorSurgery: z.boolean(),
});

export const kneeDetailsSchema = z.strictObject({
  diagnoses: choices(kneeDiagnoses),
  replacement: z.enum(kneeReplacement),
});

export const headDetailsSchema = z.strictObject({
  types: choices(headacheTypes, 1, 'Choose at least one kind of headache.'),
  daysPerMonth: scale(31),
});

export const nerveDetailsSchema = z.strictObject({
  cause: z.enum(nerveCauses),
});

const outcome = z.enum(treatmentOutcomes);
export const treatmentsSchema = z.strictObject({
  otcMedication: outcome,
  prescriptionMedication: outcome,
  opioids: outcome,
  physicalTherapy: outcome,
  chiropractic: outcome,
  exercise: outcome,
  injections: outcome,
  surgery: outcome,
} satisfies Record<(typeof treatmentKinds)[number], typeof outcome>);

/**
 * The fields of Answers without the cross-field rules. Step schemas of the questionnaire are
 * `z.pick()`ed from this (zod refuses to pick from a refined object).
 */
export const answersShape = z.strictObject({
  version: z.literal(1),
  age: range(18, 120),
  redFlags: choices(redFlags),
  locations: choices(locations, 1, 'Choose at least one place where it hurts.'),
  back: z.optional(backDetailsSchema),
  neck: z.optional(neckDetailsSchema),
  knee: z.optional(kneeDetailsSchema),
  head: z.optional(headDetailsSchema),
  nerve: z.optional(nerveDetailsSchema),
  duration: z.enum(durations),
  painAverage: scale(10),
  painWorst: scale(10),
  interference: scale(10),
  treatments: treatmentsSchema,
  steroidInjectionsPast12Months: range(0, 24),
  history: choices(historyItems),
  allergies: choices(allergyKinds),
  goals: choices(goalKinds, 1, 'Choose at least one goal.'),
});

/** Which details object belongs to which location. */
export const detailsByLocation = {
  lowerBack: 'back',
  neck: 'neck',
  knee: 'knee',
  head: 'head',
  nervePain: 'nerve',
} as const satisfies Partial<Record<(typeof locations)[number], string>>;

export const answersSchema = answersShape.check(
  z.superRefine((answers, ctx) => {
    for (const [location, field] of Object.entries(detailsByLocation)) {
      const chosen = answers.locations.includes(location as Location);
      const present = answers[field] !== undefined;
      if (chosen && !present) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `Details are required when ${location} is chosen.`,
        });
      } else if (!chosen && present) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `Details are allowed only when ${location} is chosen.`,
        });
      }
    }
    if (answers.painWorst < answers.painAverage) {
      ctx.addIssue({
        code: 'custom',
        path: ['painWorst'],
        message: 'Worst pain cannot be lower than average pain.',
      });
    }
  }),
);

export type Answers = z.infer<typeof answersSchema>;
export type RedFlag = (typeof redFlags)[number];
export type Location = (typeof locations)[number];
export type Duration = (typeof durations)[number];
export type TreatmentKind = (typeof treatmentKinds)[number];
export type TreatmentOutcome = (typeof treatmentOutcomes)[number];
export type HistoryItem = (typeof historyItems)[number];
export type Allergy = (typeof allergyKinds)[number];
export type Goal = (typeof goalKinds)[number];
export type BackDetails = z.infer<typeof backDetailsSchema>;
export type NeckDetails = z.infer<typeof neckDetailsSchema>;
export type KneeDetails = z.infer<typeof kneeDetailsSchema>;
export type HeadDetails = z.infer<typeof headDetailsSchema>;
export type NerveDetails = z.infer<typeof nerveDetailsSchema>;
