import { z } from 'zod/mini';

// The questionnaire's output, CLINICAL.md section 1. Field names and enum values are a public
// contract (HTTP API, stored intakes, FHIR export): keep them verbatim.

export const emergencyRedFlags = [
  'bladderBowelChange',
  'saddleNumbness',
  'progressiveWeakness',
  'seriousInjury',
  'thunderclapHeadache',
  'headacheNeuroSymptoms',
  'spinalInfectionRisk',
  'hotSwollenJoint',
  'giantCellArteritisSigns',
] as const;
export const urgentRedFlags = [
  'feverChills',
  'cancerHistory',
  'unexplainedWeightLoss',
  'nightPain',
  'myelopathySigns',
  'fractureRisk',
  'positionalOrCoughHeadache',
] as const;
/** Offered, and accepted by the schema, only from this age (CLINICAL section 1, R2). */
export const giantCellArteritisMinAge = 50;
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
  'osteoporosis',
  'glp1Agonist',
] as const;
export const bloodThinnerKinds = [
  'aspirin',
  'antiplatelet',
  'warfarin',
  'doac',
  'heparin',
  'unsure',
] as const;
export const priorProcedureKinds = [
  'epidural',
  'facetOrMedialBranchBlock',
  'radiofrequencyAblation',
  'kneeInjection',
  'headOrNerveBlock',
  'spinalCordStimulatorTrial',
  'other',
] as const;
/** The most an earlier procedure helped, in percent. */
export const procedureReliefs = ['none', 'under50', '50to79', '80plus'] as const;
export const procedureLasted = ['underOneDay', 'daysToWeeks', 'monthsOrMore'] as const;
export const imagingKinds = [
  'none',
  'xrayOnly',
  'mriOrCtWithin2Years',
  'mriOrCtOlder',
  'unsure',
] as const;
/** PHQ-2 and GAD-2 item scores: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day. */
export const moodItemScores = [0, 1, 2, 3] as const;
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

export const priorProcedureSchema = z.strictObject({
  kind: z.enum(priorProcedureKinds),
  relief: z.enum(procedureReliefs),
  lasted: z.enum(procedureLasted),
});

/** One to seven earlier procedures, each kind at most once. */
export const priorProceduresSchema = z.array(priorProcedureSchema).check(
  z.minLength(1, { error: 'Choose at least one earlier procedure.' }),
  z.maxLength(priorProcedureKinds.length),
  z.refine((list) => new Set(list.map((p) => p.kind)).size === list.length, {
    error: 'Each kind of procedure may appear once.',
  }),
);

const moodItem = range(0, 3);
export const moodSchema = z.strictObject({
  phq2: z.tuple([moodItem, moodItem]),
  gad2: z.tuple([moodItem, moodItem]),
  selfHarmThoughts: z.boolean(),
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
  version: z.literal(2),
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
  priorProcedures: z.optional(priorProceduresSchema),
  imaging: z.enum(imagingKinds),
  steroidInjectionsPast12Months: range(0, 24),
  steroidCoursesPast12Months: range(0, 24),
  history: choices(historyItems),
  bloodThinnerKinds: z.optional(choices(bloodThinnerKinds, 1, 'Choose at least one.')),
  allergies: choices(allergyKinds),
  mood: moodSchema,
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
    const injectionsTried = answers.treatments.injections !== 'notTried';
    if (injectionsTried !== (answers.priorProcedures !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['priorProcedures'],
        message: injectionsTried
          ? 'Earlier procedures are required when injections were tried.'
          : 'Earlier procedures are allowed only when injections were tried.',
      });
    }
    const onBloodThinners = answers.history.includes('bloodThinners');
    if (onBloodThinners !== (answers.bloodThinnerKinds !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['bloodThinnerKinds'],
        message: onBloodThinners
          ? 'The kind of blood thinner is required when blood thinners are taken.'
          : 'Blood thinner kinds are allowed only when blood thinners are taken.',
      });
    }
    if (
      answers.age < giantCellArteritisMinAge &&
      answers.redFlags.includes('giantCellArteritisSigns')
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['redFlags'],
        message: `giantCellArteritisSigns applies only from age ${giantCellArteritisMinAge}.`,
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
export type BloodThinnerKind = (typeof bloodThinnerKinds)[number];
export type PriorProcedureKind = (typeof priorProcedureKinds)[number];
export type PriorProcedure = z.infer<typeof priorProcedureSchema>;
export type ProcedureRelief = (typeof procedureReliefs)[number];
export type ProcedureLasted = (typeof procedureLasted)[number];
export type Imaging = (typeof imagingKinds)[number];
export type Mood = z.infer<typeof moodSchema>;
